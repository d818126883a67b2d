# Fariimaha aidkiosk ee booqdayaasha iyo diyaarinta: Soomaali (so).
# Luqad kastaa waxay leedahay isla aqoonsiyada fariimaha iyo isla $placeholders-ka Ingiriisiga.
# Sadarrada gaaban ka dhig: shaashadda kiyooskku ugu yaraan waa 80 tiir.

## About this language
# The language's own name, in its own script, as shown on the language menu.
language-name = Soomaali

## Welcome
welcome-greeting = Soo dhawoow
welcome-start = Riix badhan kasta si aad u bilowdo

## Language
language-prompt = Dooro luqaddaada

## Home
home-prompt = Maxaad rabtaa inaad samayso?
home-need = Wax baan u baahanahay
home-offer = Wax baan bixin karaa
home-check = Hubi warqaddayda
home-board = Waxa hadda loo baahan yahay
home-events = Kulamada bulshada

## Category
category-prompt-need = Maxaad u baahan tahay?
category-prompt-offer = Maxaad bixin kartaa?
category-food = Cunto
category-hygiene = Saabuun iyo nadaafad
category-baby-child = Ilmo yar iyo carruur
category-clothing = Dhar
category-housing = Caawimaad hoy
category-transport = Gaadiid iyo gaarsiin
category-childcare = Daryeelka carruurta
category-medical = Caafimaad iyo daawo
category-skills = Xirfado iyo dayactir
category-language-tech = Luqad iyo kombiyuutar
category-companionship = Qof aad la sheekaysato
category-other = Wax kale
menu-more = Doorashooyin kale
menu-page = Bogga { $page } ee { $pages }

## Details
details-prompt = Dhowr su'aalood. Riix Enter si aad jawaabahan u haysato.
details-quantity-need = Imisa ayaad u baahan tahay
details-quantity-offer = Imisa ayaad bixin kartaa
details-urgency = Goorma
urgency-today = Maanta
urgency-week = Toddobaadkan
urgency-flexible = Wakhti kasta
details-mode = Sidee
mode-pickup = Halkan ayaan ka qaadanayaa
mode-delivery = Ha la ii keeno
mode-call = Ii soo wac
details-detail = Qoraal (waad ka boodi kartaa)
details-name = Magaca hore (waad ka boodi kartaa)
details-phone = Taleefan (haddii aad rabto wicitaan)
details-privacy = Magacaaga iyo taleefankaaga waxaa arka mutadawiciinta oo kaliya. Waannu tirtirnaa { $days ->
    [one] hal maalin ka dib.
   *[other] { $days } maalmood ka dib.
}
details-change = Riix lambar si aad u beddesho jawaab.
details-continue = Riix Enter si aad u sii wadato.
details-phone-needed = Fadlan ku dar lambar taleefan si aan kuu soo wacno.
field-empty = (waxba)
edit-type = Qor jawaabtaada, kadibna riix Enter.
edit-number = Qor lambar u dhexeeya 1 iyo 99, kadibna riix Enter.
edit-choose = Riix lambar si aad u doorato.

## Review
review-prompt = Tani ma sax tahay?
review-category = Nooca
review-quantity = Imisa
review-urgency = Goorma
review-mode = Sidee
review-detail = Qoraal
review-name = Magac
review-phone = Taleefan
# A quantity on the review screen and the desk: "1 item", "3 items".
quantity-items = { $count ->
    [one] { $count } shay
   *[other] { $count } shay
}
review-save = Riix Enter si aad u kaydiso oo u daabacdo. Riix Esc si aad wax u beddesho.

## Slip
slip-title = Warqaddaada
slip-code = Koodhkaaga: { $code }
slip-keep = Koodhkan hay. U tus mutadawac.
slip-print-pending = Warqaddaada waa la daabacayaa…
slip-print-done = Waa la daabacay. Fadlan qaado warqaddaada.
slip-print-failed = Mashiinka daabacaaddu ma shaqaynayo. Fadlan qor koodhkaaga, ama shaashaddan u tus mutadawac.
slip-done = Riix Enter marka aad dhammayso.
slip-saving = Waa la kaydinayaa…
slip-save-failed = Waan ka xunnahay, lama kaydin karin. Jawaabahaagu weli halkan bay yaallaan: riix Enter si aad mar kale isku daydo, ama weydii mutadawac.

## Check my slip
check-prompt = Qor koodhka warqaddaada ama ku akhri iskaanka
check-hint = Koodhku wuxuu leeyahay 8 xaraf iyo lambar, sida 7K3M-Q9PX.
check-searching = Waa la raadinayaa…
check-not-found = Koodhkan lama helin. Fadlan hubi oo mar kale isku day.
check-again = Riix Enter si aad u hubiso koodh kale.

## Footer keys
key-hint = { $key }: { $action }
key-any = Badhan kasta
key-start = bilow
key-choose = dooro
key-ok = OK
key-back = dib u noqo
key-speak = cod ku akhri
key-stay = jawaabahayga hay
check-code = Koodh

## Reading aloud (spoken, or shown when speech cannot speak this language)
# How each choice is spoken after the prompt: "1: Food."
speech-choice = { $digit }: { $label }.
speech-unavailable = Weli lama heli karo akhris cod ah oo af Soomaali ah.

## Idle
idle-title = Weli ma joogtaa?
idle-countdown = Jawaabahaaga waa la tirtiri doonaa { $seconds ->
    [one] { $seconds } ilbiriqsi gudahood.
   *[other] { $seconds } ilbiriqsi gudahood.
}
idle-continue = Riix badhan kasta si aad jawaabahaaga u haysato.

## Labels and their values ("When: This week"); punctuation differs by language
label-pair = { $label }: { $value }

## Small screen
screen-enlarge = Fadlan daaqaddan ka dhig mid ka weyn.

## Kinds, shown on slips and to volunteers
kind-need = Baahi
kind-offer = Deeq

## Printed slip
slip-print-date = Taariikh: { $date }
slip-print-code = Koodh: { $code }

## First-run set-up (shown in the staff language)
setup-title = Diyaari mashiinkan
setup-intro = Weli ma jiro isuduwe. Fadlan diyaari goobta.
setup-site = Magaca goobta
setup-admin = Magaca isuduwaha
setup-pin = PIN-ka isuduwaha (4 ilaa 8 lambar)
setup-pin-again = PIN-ka mar kale
setup-hint = Qor jawaab kasta oo riix Enter. Esc wuxuu kugu celiyaa meeshii hore.
setup-pin-mismatch = Labada PIN isku mid ma aha. Fadlan mar kale qor.
setup-pin-invalid = PIN-ku waa 4 ilaa 8 lambar.
setup-name-missing = Fadlan qor magac.
setup-working = Waa la diyaarinayaa…
setup-failed = Diyaarintu way guuldareysatay: { $reason }

## What is needed now (a board with no personal details)
board-title = Waxa hadda loo baahan yahay
board-needs = { $count ->
    [one] { $count } baahi
   *[other] { $count } baahiyood
}
board-offers = { $count ->
    [one] { $count } deeq
   *[other] { $count } deeqood
}
# One category's counts: "14 needs, 3 offers".
board-counts = { $needs }, { $offers }
board-invite = Waxa ugu badan ee loo baahan yahay: { $category }. Ma caawin kartaa?
board-hint = Riix lambar si aad wax uga bixiso qaybtaas.
board-empty = Hadda waxba looma baahna. Mahadsanid!
# The bars use two patterns, so colour is never needed to tell them apart.
board-legend = █ baahiyo   ░ deeqo

## Gatherings (posted by staff)
events-title = Kulamada bulshada
events-empty = Weli kulan bulsho lama qorsheyn.
events-hint = Riix lambar si aad u aragto kulan oo aad u daabacdo.
event-when = Goorma
event-where = Halkee
# "Saturday 2026-12-05, 10:00–12:00"
event-time = { $weekday } { $date }, { $start }–{ $end }
event-print = Riix Enter si aad tan u daabacdo.
event-scan = Koodhka afargeeslaha ah ku akhri taleefankaaga si aad ugu darto jadwalkaaga.
weekday-mon = Isniin
weekday-tue = Talaado
weekday-wed = Arbaco
weekday-thu = Khamiis
weekday-fri = Jimco
weekday-sat = Sabti
weekday-sun = Axad

## Paper intake form (printed for when the machine is down; filled in by hand)
form-title = Foom warqad ah: baahi ama deeq
form-intro = Qayb kasta hal sanduuq ku calaamadee, oo si cad u qor. Mutadawac ayaa mashiinka kuu gelin doona, kadibna wuxuu ku siin doonaa koodh.
form-staff = Mutadawiciinta oo kaliya: taariikh ________, cidda gelisay ________, koodh ____-____

## What happens next for a slip
next-need-waiting = Codsigaaga waan helnay. Mutadawac ayaa raadinaya waxaad u baahan tahay.
next-offer-waiting = Mahadsanid! Mutadawac ayaa raadinaya qof u baahan waxaad bixinayso.
next-need-coming = Qof ayaa keenaya waxaad u baahan tahay. Dhowaan mar kale hubi.
next-bring-it = Qof ayaa u baahan waxaad bixisay: fadlan halkan keen.
next-we-collect = Qof ayaa u baahan waxaad bixisay: mutadawac ayaa u iman doona inuu qaado.
next-pick-up = Waa diyaar: fadlan kaalay oo qaado. Warqaddan soo qaado.
next-we-deliver = Waa diyaar: mutadawac ayaa kuu keeni doona.
next-we-call = Mutadawac ayaa ku soo wici doona.
next-in-touch-soon = Mutadawac ayaa kugu xiriirin doona qofka kale.
next-in-touch = Waa laguu xiriiriyay qofka kale. Mahadsanid!
next-handed-over = Waa la dhiibay. Waxaan rajaynaynaa inay ku caawiso!
next-received = Waa la helay. Mahadsanid!
next-done = Waa la dhammeeyay. Mahadsanid!
next-closed = Warqaddan waa la xiray.
details-quantity-people = Imisa qof ayaa gurigaaga ku nool
details-quantity-hours = Imisa saacadood ayaad bixin kartaa
offer-mode-pickup = Halkan ayaan keenayaa
offer-mode-delivery = Ii kaalaya oo iga qaada
service-mode-pickup = Halkan ayaan ku kulmaynaa
service-mode-delivery = Gurigayga
details-phone-required = Taleefan (loo baahan yahay si laguu waco)
details-phone-needed-delivery = Fadlan ku dar lambar taleefan: mutadawac ayaa ku soo wici doona si uu u weydiiyo halka uu yimaado.
# The answer to "how many people live in your home": "1 person", "4 people".
quantity-people = { $count ->
    [one] { $count } qof
   *[other] { $count } qof
}
# Hours of time offered: "1 hour", "3 hours".
quantity-hours = { $count ->
    [one] { $count } saac
   *[other] { $count } saacadood
}
review-also = Warqaddan waxaa sidoo kale ku jira:
review-add = Ku dar wax kale
slip-print-items = { $count ->
    [one] Warqaddan waxaa ku jira { $count } shay
   *[other] Warqaddan waxaa ku jira { $count } shay
}
kiosk-resting = Mashiinkan hadda ma shaqaynayo. Fadlan weydii mutadawac.
card-title = Kaarka xubinnimada
card-next-time = Marka xigta, kaarkan ku akhri mashiinka: luqaddaada iyo tirada dadka gurigaaga ayaa laguu buuxin doonaa.
card-private = Magacaagu kuma qorna kaarkan. Haddii uu kaa lumo, mutadawac weydii mid cusub.
card-hours = Saacadaha aad bixisay: { $given } · aad heshay: { $received }
card-take = Qaado kaar xubinnimo oo aad marka xigta isticmaasho
card-printing = Kaarka xubinnimadaada waa la daabacayaa…
card-printed = Kaarka xubinnimadaada waa la daabacay. Fadlan isna qaado.
card-failed = Kaarka lama daabici karin. Mutadawac ayaa miiska kuugu samayn kara mid.
card-welcome = Ku soo dhawoow mar kale! Luqaddaada iyo tirada dadka gurigaaga waa la buuxiyay.
card-shown = Kani waa kaarka xubinnimadaada.
card-start = Riix Enter si aad ugu bilowdo kaarkan.
card-refused = Kaarkan mar dambe ma shaqaynayo. Fadlan mutadawac weydii mid cusub.
statement-title = Saacadahaaga
statement-line = { $date } · { $category } · { $hours }
statement-correction = sixid
statement-balance = Haraaga: { $hours }
check-elsewhere = Warqaddan waxay ka timid { $site }, goob kale oo ka mid ah shabakaddeenna.
board-network = { $count ->
    [one] { $count } baahi oo ka jirta goobaha kale ee shabakaddeenna
   *[other] { $count } baahiyood oo ka jira goobaha kale ee shabakaddeenna
}
