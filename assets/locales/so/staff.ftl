# Fariimaha aidkiosk ee miiska shaqaalaha: Soomaali (so).
# Waxaa arka mutadawiciinta iyo isuduwayaasha, luqadda shaqaalaha goobta.

## Unlock
desk-title = Miiska shaqaalaha
desk-pin-wrong = Magaca iyo PIN-ka isma waafaqsana. { $left ->
    [one] Hal isku day ayaa kuu haray, kadibna gelitaanka waa la xirayaa.
   *[other] { $left } isku day ayaa kuu haray, kadibna gelitaanka waa la xirayaa.
}
desk-locked = Isku dayo khaldan oo badan: gelitaanka halkan waa xiran yahay ilaa { $time }. Isuduwe ayaa ka furi kara qaybta Shaqaale.
desk-checking = Waa la hubinayaa…
desk-no-staff = Ma jiro shaqaale firfircoon. Isuduwe ayaa ku dari kara: aidkiosk staff add

## Header, tabs and the scan line
desk-signed-in = { $name } ({ $role })
role-volunteer = mutadawac
role-coordinator = isuduwe
tab-queue = Safka
tab-needs = Baahiyo sugaya
tab-matches = Isku xirid la soo jeediyay
tab-inventory = Kaydka
desk-scan = Akhri warqad ama qor koodhkeeda:

## Keys
key-next-view = xiga
key-move = dhaqaaq
key-open = fur
key-close = xir
key-lock = quful
key-category = qayb
key-status = xaalad
key-drop-off = alaab la keenay
key-hand-out = bixi hal
key-confirm = xaqiiji
key-cancel = jooji
key-next-field = meesha xigta
key-save = kaydi
key-add = ku dar
key-new-pin = PIN cusub
key-disable = jooji
key-role = door
key-post = ku dar
key-take-down = ka saar
key-count-again = dib u tiri
key-reprint = mar kale daabac
list-position = { $first }–{ $last } ee { $total }
desk-unlock-failed = PIN-ka lama hubin karin: keydka xogta ma aqbalin qoraalka. Mar kale isku day; haddii ay sii socoto, u sheeg isku-duwaha.
desk-staff-empty = Weli ma jiro xisaabo shaqaale.

## Entries
desk-entry-title = Warqad { $code }
field-kind = Nooca
field-category = Qaybta
field-quantity = Tirada
field-urgency = Degdegga
field-mode = Sidee
field-language = Luqadda
field-age = La qoray
field-status = Xaaladda
field-detail = Qoraal
field-contact = Xiriir
field-item = Shay
age-minutes = { $minutes } daqiiqo
age-hours = { $hours ->
    [one] { $hours } saacad
   *[other] { $hours } saacadood
}
age-days = { $days ->
    [one] 1 maalin
   *[other] { $days } maalmood
}
status-open = furan
status-matched = isku xiran
status-picked = la dhiibay
status-closed = xiran
category-any = qaybaha oo dhan
desk-entry-pickup = Enter: dhiib
desk-entry-dropoff = Enter: qor waxay keeneen
desk-entry-match = F9: raadi isku xirid

## Results
desk-picked-up = La dhiibay: { $code }. Mahadsanid.
desk-already-picked = Waa la diiday: { $code } horay ayaa loo dhiibay ama loo keenay { $time }, waxaa qoray { $name }.
desk-refused-signature = Waa la diiday: saxiixa warqaddan isma waafaqsana. Waa la diiwaangeliyay.
desk-refused-site = Waa la diiday: warqaddan waxay ka timid goob kale ({ $site }).
desk-refused-format = Tani ma aha koodh warqad. Koodhku wuxuu leeyahay 8 xaraf iyo lambar.
desk-not-found = Ma jirto warqad leh koodhka { $code }.
desk-dropped-off = Kaydka waxaa lagu daray { $quantity } × { $item }.
desk-handed-out = Hal { $item } ayaa la bixiyay. { $left ->
    [one] { $left } ayaa haray.
   *[other] { $left } ayaa haray.
}
desk-none-left = { $item } waa dhammaaday.
desk-proposed = Isku xirid ayaa la soo jeediyay. Ku xaqiiji "Isku xirid la soo jeediyay".
desk-confirm-failed = Isku xiriddaas hadda lama xaqiijin karo: dhinac ayaa isbeddelay.
desk-cancelled = Isku xiridda waa la joojiyay.
desk-error = Wax baa khaldamay; waxaa lagu qoray diiwaanka. Waxba lama beddelin.

desk-reprinted = { $code } mar kale ayaa loo diray mashiinka daabacaadda.

## Views
desk-queue-empty = Hawl ma jirto: warqad kasta waa la dhammeeyay.
desk-needs-empty = Baahi kasta oo furan waxay leedahay isku xirid.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Isku xirid loogu talagalay { $code } ({ $category })
desk-candidates-empty = Weli waxba kuma furna qaybtan.
desk-candidate-offer = Deeq { $code }: { $quantity } · { $urgency } · { $age }
desk-candidate-stock = Kaydka ku jira: { $item } ({ $quantity })
desk-matches-empty = Ma jiro isku xirid la soo jeediyay.
desk-match-line = Baahi { $need } ⇐ { $with }
desk-inventory-empty = Kaydku waa madhan yahay. F6 ayaa lagu qoraa alaab la keenay.
desk-inventory-line = { $item }: { $quantity }

## Drop-off form
desk-dropoff-title = Qor alaab la keenay
desk-dropoff-for = Warqadda deeqda { $code }

## Staff accounts (coordinators)
tab-staff = Shaqaale
desk-staff-line = { $name } · { $role }
desk-staff-line-disabled = { $name } · { $role } · la joojiyay
desk-staff-add-title = Ku dar shaqaale
desk-staff-pin-title = PIN cusub oo loogu talagalay { $name }
field-name = Magac
field-role = Door
field-pin = PIN (4 ilaa 8 lambar)
desk-staff-added = { $name } waa lagu daray.
desk-staff-disabled = { $name } waa la joojiyay. F7 mar kale ayaa dib u furaya.
desk-pin-set = PIN cusub ayaa loo sameeyay { $name }.
desk-not-allowed = Taas halkan laguma samayn karo.

## Paper roster (aidkiosk roster)
roster-title = Baahiyaha sugaya qaadasho: { $date }
roster-hint = Sanduuqa calaamadee marka la dhiibo, kadibna ku qor miiska shaqaalaha marka mashiinku dib u shaqeeyo.
roster-empty = Ma jiraan baahiyo sugaya qaadasho.
# One need waiting to be picked up: "[ ] 7K3M-Q9PX   Food × 3   ready for pickup"
roster-line = [  ] { $code }   { $category } × { $quantity }   { $status }
# More than the roster can list: "…and 120 more; see the desk."
roster-more = { $count ->
    [one] …iyo { $count } kale; eeg miiska shaqaalaha.
   *[other] …iyo { $count } kale; eeg miiska shaqaalaha.
}

## Gatherings (posted at the desk, shown to visitors)
tab-events = Kulamada
desk-events-empty = Kulan lama qorsheyn. F6 ayaa lagu daraa kulan.
# A gathering in the list: "Saturday 2026-12-05, 10:00–12:00 · Food distribution · Main hall"
desk-event-line = { $when } · { $title } · { $place }
desk-event-title = Ku dar kulan
desk-event-hint = Cinwaan ku qoran { $language } waa waajib; luqadaha kale waa haddii aad rabto.
field-starts = Bilow (YYYY-MM-DD HH:MM)
field-ends = Dhammaad (HH:MM)
field-place = Goobta
field-title = Cinwaanka ({ $language })
desk-event-bad-start = Bilowga u qor sidan: 2026-12-05 10:00.
desk-event-bad-end = Dhammaadku waa inuu noqdaa wakhti bilowga ka dambeeya, sida 12:00.
desk-event-bad-place = Fadlan qor goobta (ilaa 80 xaraf).
desk-event-bad-title = Fadlan cinwaanka ku qor { $language } (ilaa 80 xaraf).
desk-event-posted = Waa lagu daray: { $title }.
desk-event-removed = Waa laga saaray: { $title }.

## Gap report (the last weeks)
tab-report = Waxa dhiman
report-loading = Waa la tirinayaa…
report-title = { $weeks ->
    [one] Toddobaadkii ugu dambeeyay: { $from } ilaa { $to }
   *[other] Toddobaadyadii ugu dambeeyay ({ $weeks }): { $from } ilaa { $to }
}
report-weekly-needs = Baahiyo/toddobaad
report-weekly-handed = Dhiibid/toddobaad
report-median = Sugitaanka dhexe, baahi ilaa la dhiibo (median): { $wait }
report-median-none = Toddobaadyadan wax baahi ah lama dhiibin.
report-gap = { $count ->
    [one] Farqiga ugu weyn: { $category }, { $count } baahi oo ka badan deeqaha.
   *[other] Farqiga ugu weyn: { $category }, { $count } baahiyood oo ka badan deeqaha.
}
# The numbers after each category's bars (█ needs, ░ offers).
report-columns = { $days ->
    [one] baahi/deeq/la dhiibay/sugaya ka badan { $days } maalin
   *[other] baahi/deeq/la dhiibay/sugaya ka badan { $days } maalmood
}
report-languages = Luqadaha: { $list }
# A wait: "1 d 9 h", "5 h", "40 min"
duration-days = { $days ->
    [one] { $days } maalin { $hours ->
        [one] { $hours } saacad
       *[other] { $hours } saacadood
    }
   *[other] { $days } maalmood { $hours ->
        [one] { $hours } saacad
       *[other] { $hours } saacadood
    }
}
duration-hours = { $hours ->
    [one] { $hours } saacad
   *[other] { $hours } saacadood
}
duration-minutes = { $minutes ->
    [one] { $minutes } daqiiqo
   *[other] { $minutes } daqiiqo
}

## The gap report as a page to print and pin up (report gaps --format pdf|png)
poster-title = Waxa shabakaddeennu u baahan tahay
poster-period = Laga bilaabo { $from } ilaa { $to }
poster-figure-needs = baahiyo la diiwaangeliyey
poster-figure-offers = deeqo la diiwaangeliyey
poster-figure-handed = baahiyo la dhiibay
poster-figure-wait = sugitaanka dhexe ee baahi
poster-chart-categories = Baahiyaha iyo deeqaha, qayb kasta
poster-chart-weeks = Toddobaad kasta: baahiyo la diiwaangeliyey iyo kuwo la dhiibay
poster-legend-needs = baahiyo
poster-legend-offers = deeqo
poster-legend-handed = la dhiibay
poster-gaps-title = Meelaha ugu yaraanta badan
poster-gap-line = { $category }: baahiyo { $needs }, deeqo { $offers }
poster-gaps-none = Deeqaha waxay la socdeen baahiyaha qayb kasta. Mahadsanid!
poster-help-title = Waxa ugu caawin badan
poster-help = Deeqo ah: { $list }
poster-help-how = Qof kastaa wax buu bixin karaa: kiosk-ga, dooro “Wax baan bixin karaa”.
poster-footer = Tirooyin keliya: boggan waxba kama muujinayo cidna. La sameeyey { $date }.

## The desk on a pantry day
desk-sign-in = Qor magacaaga, kadibna PIN-kaaga.
desk-pepper-missing = PIN-nada lama hubin karo: pepper.key kuma jiro galka xogta. Ka soo koobiyee nuqulada kaydka (backups), ama isuduwe ha ku dejiyo PIN cusub: aidkiosk staff set-pin NAME
desk-pepper-mismatch = PIN-nada lama hubin karo: pepper.key-gan ma aha kii PIN-nadan lagu dejiyay. Ka soo koobiyee kan saxda ah nuqulada kaydka (backups), ama ku deji PIN cusub: aidkiosk staff set-pin NAME
desk-pepper-stale = PIN-kan waxaa la dejiyay ka hor intaan pepper.key la beddelin: isuduwe waa inuu ku siiyaa PIN cusub.
desk-printer-none = daabacaha: weli waxba lama daabicin
desk-printer-ok = daabacaha: { $code } waa la daabacay
desk-printer-failed = daabacaha: { $code } LAMA daabicin ({ $reason })
tab-calls = Wicid / keenid
tab-printing = Aan la daabicin
key-new-entry = mid cusub
key-count = tiri
key-close-entry = xir
key-clear-lock = fur qufulka
key-my-pin = PIN-kayga
queue-todo = Hawlaha
queue-open = Furan
queue-matched = Isku xiran
queue-ready = Diyaar
queue-connected = La xiriiriyay
queue-fulfilled = Maanta la qabtay
queue-closed = Maanta la xiray
desk-queue-none = Halkan warqad ma jirto.
desk-kind-need = baahi
desk-kind-offer = deeq
desk-mode-call = wicid
desk-mode-delivery = keenid
desk-quantity = { $count ->
    [one] 1 xabbo
   *[other] { $count } xabbo
}
age-now = hadda
status-ready = diyaar
status-received = la helay
status-connected = la xiriiriyay
status-done = la qabtay
close-reason-expired = qofna waqtigii ma iman
close-reason-not-needed = looma baahna mar dambe
close-reason-unreachable = lalama xiriiri karin
close-reason-duplicate = laba jeer ayaa la qoray
close-reason-other = sabab kale
field-matched = Lagu xiray
field-phone = Taleefan
desk-partner-entry = { $kind } { $code } ({ $category }, { $status })
desk-partner-stock = kayd: { $item }
desk-partner-proposed = la soo jeediyay: { $with }
desk-partner-received = la keenay: { $quantity } × { $item }
desk-entry-pickup-early = Deeqda lagu xiray weli lama keenin. Enter: si kastaba u dhiib, waxa halkan yaal
desk-entry-dropoff-for = Enter: qor waxay keeneen; waxaa loo dhigayaa baahida lagu xiray
desk-entry-connect = Enter: isku xiriiri labada qof (waxay muujinaysaa labada xiriir)
desk-entry-finish = Enter: way dhacday, calaamadee inay dhammaatay
desk-entry-cancel-match = F8: jooji isku xiridda
desk-entry-undo = F3: ka noqo (qalad, maanta)
desk-typed-code = Koodhkan gacan ayaa lagu qoray, lama akhrin. Intaadan dhiibin, weydii cidda ay yihiin.
desk-check-name = Weydii magacooda: { $name }. Enter mar kale si aad u dhiibto.
desk-check-phone = Weydii lambarrada ugu dambeeya ee taleefankooda: …{ $digits }. Enter mar kale si aad u dhiibto.
desk-check-nothing = Magac ama taleefan looma reebin hubin. Dhiib keliya haddii aad hubto: Enter mar kale.
desk-not-now = { $code } waa { $status }: tallaabadaas kuma khuseyso.
desk-undo-not-yours = Mutadawicii sameeyay ama isuduwe keliya ayaa ka noqon kara taas.
desk-undo-too-late = Taasi maanta ma ahayn: weydii isuduwe inuu saxo.
desk-undo-stock-gone = Lagama noqon karo: waxii la keenay waa la bixiyay tan iyo markaas. Beddelkeeda, sax tirada.
desk-undone = Laga noqday: { $code } wuxuu ku noqday sidii uu ahaa.
desk-closed = La xiray: { $code }.
desk-connected = La isku xiriiriyay: { $code }. Labada xiriir waa hoos.
desk-finished = La qabtay: { $code }. Mahadsanid.
desk-nothing-found = Waxba looma helin “{ $text }”.
desk-found-title = Waxa loo helay “{ $text }”: { $count }
desk-set-aside = Waa la helay { $quantity } × { $item }: waxaa loo dhigay { $code }, oo hadda diyaar ah.
desk-counted = { $item }: hadda { $quantity } ayaa khaanadda saaran.
desk-propose-failed = Lama soo jeedin: mid ka mid ah horay ayuu u leeyahay soo jeedin, ama mar dambe ma furna.
desk-printed = La daabacay: { $code }.
desk-print-failed = { $code } lama daabicin: { $reason }. Hubi mashiinka daabacaadda, kadibna F4 si aad mar kale isku daydo.
desk-entered = Waxaa loo kaydiyay { $code }; warqaddeeda waa la daabacayaa. U akhri koodhka.
desk-staff-enabled = { $name } mar kale wuu geli karaa.
desk-lock-cleared = { $name } mar kale wuu isku dayi karaa PIN-kiisa.
desk-name-taken = Horay waxaa u jira xisaab la yiraahdo { $name }.
desk-last-coordinator = { $name } waa isuduwaha ugu dambeeya: marka hore ku dar isuduwe kale.
desk-old-pin-wrong = PIN-kii hore sax ma aha. Waxba lama beddelin.
desk-staff-locked = xiran ilaa { $time }
desk-calls-hint = Dadka codsaday in la soo waco ama wax loo keeno, kuwa ugu degdegsan marka hore.
desk-calls-empty = Qofna ma sugayo wicitaan ama keenid.
desk-unprinted-hint = Warqadaha 7-dii maalmood ee la soo dhaafay ee aan weligood la daabicin: laga yaabee in qofna koodhka haysan. Enter mar kale ayuu daabacaa.
desk-unprinted-empty = Warqad kasta waa la daabacay.
desk-connected-title = Isku xiriiri labadan qof
desk-connected-need = U baahan ({ $code })
desk-connected-offer = Bixinaya ({ $code })
desk-connected-hint = Wac iyaga ama mid walba u sheeg xiriirka kan kale, kadibna Esc. Marka ay dhacdo, fur warqadda oo riix Enter si aad u calaamadiso inay dhammaatay.
desk-close-title = Xir { $code }: maxaa yeelay?
desk-count-title = Imisa { $item } ayaa khaanadda saaran?
desk-my-pin-title = Beddel PIN-kaaga
field-old-pin = PIN-kii hore
field-new-pin = PIN cusub (4 ilaa 8 lambar)
field-new-pin-again = PIN cusub mar kale
desk-intake-title = Baahi ama deeq qof taleefanka ku soo wacay ama warqad buuxiyay
desk-intake-phone = “Ii soo wac” wuxuu u baahan yahay lambar taleefan.
desk-intake-number = Imisa: lambar u dhexeeya 1 iyo 99.
language-in-en = Ingiriis
language-in-ar = Carabi
language-in-es = Isbaanish
language-in-fa = Faarisi
language-in-fr = Faransiis
language-in-ht = Kiriyoolka Haiti
language-in-ko = Kuuriyaan
language-in-pt = Boortaqiis
language-in-ru = Ruush
language-in-so = Soomaali
language-in-uk = Yukreeniyaan
language-in-vi = Fiitnaamiis
language-in-zh-Hans = Shiinees
list-position-cut = { $first }–{ $last } ee { $shown }-ka ugu horreeya (wadar { $total })
desk-found-none = Waxba lama helin.
desk-queue-none-fulfilled = Maanta waxba lama dhiibin, waxba lama keenin, qofna lama isku xiriirin.
desk-queue-none-closed = Maanta waxba lama xirin.
report-week-figures = toddobaadkii hore { $last }, celcelis ahaan { $mean }
desk-event-over = Kulankaas horay ayuu u dhammaaday: wakhtigii dhammaadkiisa waa la dhaafay.
roster-calls-title = Dadka la wacayo ama wax loo keenayo: { $date }
roster-calls-hint = Mid walba wac, ama alaabtiisa u gee, oo dhinaceeda ku qor waxa dhacay; kadibna ku qor miiska shaqaalaha marka mashiinku dib u shaqeeyo.
roster-calls-private = Boggan waxaa ku qoran magacyo iyo lambarro taleefan: adigu hayso, oo jeexjeex marka aad dhammaysato.
roster-calls-empty = Ma jiro qof la waco ama wax loo keeno.
roster-calls-line = [  ] { $code }   { $how }   { $who }   { $category }   { $language }
desk-connected-no-contact = xiriir kama tagin: u sheeg xiriirka kan kale marka uu yimaado miiska
desk-confirmed-stock = Isku xiridda waa la xaqiijiyay: waxaa laga soo reebay kaydka, baahidu waa diyaar in la dhiibo.
desk-confirmed-offer = Isku xiridda waa la xaqiijiyay: qofka deeqda bixinaya ayaa keenaya; baahidu waxay diyaar noqonaysaa marka ay timaado.
desk-confirmed-service = Isku xiridda waa la xaqiijiyay: hadda isku xiriiri labada qof (fur mid ka mid ah labada warqadood, kadibna Enter).
desk-short-of-stock = Kaydka waxaa ku jira { $have } keliya oo { $item } ah, waxaa loo baahan yahay { $want }: khaanadda ku tiri Kaydka, ama jooji isku xiriddan (F8).
desk-cancel-failed = Isku xiriddaas hadda lama joojin karo: horay ayaa loo dhiibay, la isku xiriiriyay ama la joojiyay.
desk-staff-pin-in-name = Magacaas wuxuu leeyahay afar lambar oo isku xiga, sida PIN: ma PIN-kii ayaa lagu qoray magaca? Tab waxay kuu gudbisaa PIN-ka.
desk-ticket-title = Warqad { $code }: { $count } shay. Enter ayaa fura mid si aad u dhiibto.
tab-members = Xubnaha
desk-members-hint = Akhri kaarka xubinta si aad u furto. Enter wuxuu furaa kan la doortay.
desk-members-empty = Weli xubno ma jiraan. Booqde ayaa qaadan kara kaar dhammaadka booqashada, ama F6 ayaa halkan mid ku sameeya.
desk-member-hours = bixiyay { $given } saac · helay { $received } saac
desk-member-no-card = bilaa kaar
desk-member-title = Kaarka xubinnimada { $card }
desk-member-seen = ugu dambeyn la arkay: { $age }
desk-member-balance = Bixiyay { $given } saac · helay { $received } saac · haraaga { $balance } saac
desk-member-debt = Wuxuu helay in ka badan { $hours } saac wixii uu bixiyay: waa xad jilicsan, waxba lama diidayo. Hadal kooban oo lala yeesho ayaa caawin kara.
desk-member-statement-empty = Weli saacado lama qorin. F7 ayaa lagu qoraa is-weydaarsi.
desk-member-correction = (sixid)
desk-member-reversed = (dib loo celiyay)
desk-member-form-title = Kaar xubinnimo oo cusub
desk-member-form-hint = Halkan waxba waajib ma aha. Kaarku magac ma sido: koodhkiisa oo keliya.
field-nickname = Naanays (haddii aad rabto)
field-household = Dadka guriga (haddii aad rabto)
desk-household-bad = Qor lambar u dhexeeya 1 iyo 99, ama banaan u daa.
desk-exchange-title = Qor saacadaha la bixiyay iyo kuwa la helay
desk-exchange-hint = Akhri kaar kasta, ama qor koodhkiisa. Dhinac banaan u daa saacadaha goobta lafteeda.
field-provider = Waxaa bixiyay
field-receiver = Waxaa helay
field-hours = Saacado (1, 1.5, 1:45, ¾)
field-for-need = Loogu talagalay baahida (koodhka warqadda)
field-from-offer = Laga helay deeqda (koodhka warqadda)
desk-exchange-card = Kaarkaas halkan ansax kuma aha: waa la beddelay, ama waa been abuur ama lama yaqaan.
desk-exchange-same = Bixiyaha iyo helaha waa isku qof.
desk-exchange-hours = Saacadaha ku qor rubuc rubuc, ka badan 0 oo aan ka badnayn 24: 1, 1.5, 1:45 ama ¾.
desk-exchange-need = Ma jirto baahi leh koodhkaas warqadda.
desk-exchange-offer = Ma jirto deeq leh koodhkaas warqadda.
desk-card-printed = Kaarka { $code } waa la daabacay.
desk-card-print-failed = Kaarka { $code } lama daabicin: hubi mashiinka daabacaadda, kadibna F8 ayaa daabaca kaar cusub.
desk-card-refused = Kaarkan halkan ansax kuma aha: waa la beddelay, ama waa been abuur ama wuxuu ka yimid goob kale.
desk-exchanged = Waa la qoray: { $hours } saac.
desk-exchanged-debt = Waa la qoray: { $hours } saac. Helaha hadda wuxuu helay wax aad uga badan intuu bixiyay: waa xad jilicsan, waxba lama diidayo.
desk-reversed = Dib loo celiyay: waxaa la qoray wareejin sixid ah.
desk-cannot-reverse = Sixid dib looma celin karo, waxna laba jeer dib looma celiyo: beddelkeeda, mar kale qor is-weydaarsiga.
desk-statement-printed = Warbixinta saacadaha waa la daabacay.
desk-statement-failed = Warbixinta saacadaha lama daabicin: hubi mashiinka daabacaadda.
key-new-card = kaar cusub
key-exchange = qor saacadaha
key-statement = daabac warbixinta
key-replace-card = kaar lumay
key-reverse = dib u celi
desk-member-to = siiyay: { $who }
desk-member-from = ka helay: { $who }
desk-member-removed = xubin la tirtiray
report-members = Xubnaha, mid kasta hal mar ayaa la tiriyay: la caawiyay { $served } (toddobaadkii hore: cusub { $new }, hore kaar u lahaa { $returning }) · caawimo la is-weydaarsaday: { $hours } saac
tab-network = Shabakadda
desk-elsewhere-title = Warqad { $code } oo ka timid { $site }, goob kale oo ka mid ah shabakaddeenna
desk-elsewhere-private = Magacyada iyo lambarrada taleefanka waxay joogaan { $site }: haddii loo baahdo, weydii cidda ay yihiin.
desk-elsewhere-hand = Enter: halkan ku dhiib shayga la doortay. { $site } wuu arki doonaa marka faylasha la isweydaarsado marka xigta.
desk-elsewhere-handed = waxaa lagu dhiibay { $sites }
notice-handed-elsewhere = { $code } halkan ayaa lagu dhiibay. { $site } wuu arki doonaa marka faylasha la isweydaarsado marka xigta.
notice-elsewhere-already = { $code } horay ayaa loo dhiibay, goob kale oo shabakadda ah.
network-none = Goobtani kuma jirto shabakad. Isuduwe ayaa mid ka samayn kara khadka amarrada: aidkiosk network create
network-this-site = goobtan
network-last = isbeddelkii ugu dambeeyay { $when }
network-never = weli isbeddel lama helin
network-waiting = { $count ->
    [one] { $count } fayl oo dambe ayaa sugaya fayl maqan
   *[other] { $count } fayl oo dambe ayaa sugaya fayl maqan
}
network-removed = laga saaray shabakadda
network-problems = Faylal aan la dabaqin
network-problem-refused = { $site } { $file }: waa la diiday ({ $reason })
network-problem-newer = { $site } { $file }: waxaa qoray aidkiosk ka cusub. Halkan ku cusboonaysii aidkiosk si loo akhriyo.
network-problem-removed = { $site } { $file }: wuxuu ka yimid goob laga saaray shabakadda
network-problem-unknown = { $site }: gal ka mid ah goob aan ku jirin shabakaddan
network-conflicts = Laba jeer ayaa la dhiibay intii goobuhu kala go'naayeen
network-conflict = { $code } ({ $category }): { $where }
network-no-conflicts = Khilaaf ma jiro.
network-resolve-hint = Wac goobta kale, arrinta kala xalli qofka, kadibna dooro khilaafka oo riix F3.
key-resolve = la xalliyay
notice-conflict-resolved = { $code } waxaa lagu calaamadeeyay la xalliyay, goob kasta marka la isweydaarsado marka xigta.
key-network-report = goobtan / shabakadda
report-network-columns = Baahiyo la diiwaangeliyay / la dhiibay, goob kasta oo shabakadda ka mid ah
desk-proposed-elsewhere = Isku xirid ayaa loo soo jeediyay { $site }. Miiska shaqaalaha ee halkaas ayaa xaqiijinaya; kadibna baahidan halkan ayay isku xirid ku yeelanaysaa.
