# aidkiosk visitor and set-up messages: Haitian Creole (ht, Kreyòl ayisyen), standard spelling.
# Every other language has exactly these message ids with the same $placeholders.
# Keep lines short: the kiosk is 80 columns wide at the least.
# Plurals: CLDR has no data for ht, so Fluent uses the English one/other rules.

## About this language
# The language's own name, in its own script, as shown on the language menu.
language-name = Kreyòl ayisyen

## Welcome
welcome-greeting = Byenvini
welcome-start = Peze nenpòt touch pou kòmanse

## Language
language-prompt = Chwazi lang ou

## Home
home-prompt = Kisa ou vle fè?
home-need = Mwen bezwen yon bagay
home-offer = Mwen ka ofri yon bagay
home-check = Verifye tikè mwen
home-board = Sa moun bezwen kounye a
home-events = Aktivite nan kominote a

## Category
category-prompt-need = Kisa ou bezwen?
category-prompt-offer = Kisa ou ka ofri?
category-food = Manje
category-hygiene = Savon ak ijyèn
category-baby-child = Tibebe ak timoun
category-clothing = Rad
category-housing = Èd pou lojman
category-transport = Transpò ak woulib
category-childcare = Gade timoun
category-medical = Sante ak medikaman
category-skills = Metye ak reparasyon
category-language-tech = Èd pou lang ak teknoloji
category-companionship = Yon moun pou pale avè l
category-other = Yon lòt bagay
menu-more = Plis chwa
menu-page = Paj { $page } sou { $pages }

## Details
details-prompt = Kèk kesyon. Peze Enter pou kenbe repons sa yo.
details-quantity-need = Konbyen ou bezwen
details-quantity-offer = Konbyen ou ka bay
details-urgency = Kilè
urgency-today = Jodi a
urgency-week = Semèn sa a
urgency-flexible = Nenpòt ki lè
details-mode = Kijan
mode-pickup = M ap vin pran l isit la
mode-delivery = Pote l ban mwen
mode-call = Rele m
details-detail = Nòt (ou ka sote sa a)
details-name = Prenon (ou ka sote sa a)
details-phone = Telefòn (si w vle nou rele w)
details-privacy = Se sèlman volontè yo ki wè non ou ak telefòn ou. Nou efase yo apre { $days ->
    [one] yon jou.
   *[other] { $days } jou.
}
details-change = Peze yon nimewo pou chanje yon repons.
details-continue = Peze Enter pou kontinye.
details-phone-needed = Tanpri mete yon nimewo telefòn pou nou ka rele w.
field-empty = (anyen)
edit-type = Ekri repons ou, epi peze Enter.
edit-number = Ekri yon nimewo ant 1 ak 99, epi peze Enter.
edit-choose = Peze yon nimewo pou chwazi.

## Review
review-prompt = Èske sa kòrèk?
review-category = Kisa
review-quantity = Konbyen
review-urgency = Kilè
review-mode = Kijan
review-detail = Nòt
review-name = Non
review-phone = Telefòn
# A quantity on the review screen and the desk: "1 item", "3 items".
quantity-items = { $count ->
    [one] { $count } atik
   *[other] { $count } atik
}
review-save = Peze Enter pou anrejistre epi enprime. Peze Esc pou chanje.

## Slip
slip-title = Tikè ou
slip-code = Kòd ou: { $code }
slip-keep = Kenbe kòd sa a. Montre l bay yon volontè.
slip-print-pending = N ap enprime tikè ou…
slip-print-done = Li enprime. Tanpri pran tikè ou.
slip-print-failed = Enprimant lan pa mache. Tanpri ekri kòd ou sou yon papye, oswa montre ekran sa a bay yon volontè.
slip-done = Peze Enter lè ou fini.
slip-saving = N ap anrejistre…
slip-save-failed = Padon, nou pa t ka anrejistre sa. Repons ou yo toujou la: peze Enter pou eseye ankò, oswa mande yon volontè èd.

## Check my slip
check-prompt = Ekri oswa eskane kòd ki sou tikè ou
check-hint = Kòd la gen 8 lèt ak chif, tankou 7K3M-Q9PX.
check-searching = N ap chèche…
check-not-found = Nou pa jwenn kòd sa a. Tanpri verifye l epi eseye ankò.
check-again = Peze Enter pou verifye yon lòt kòd.

## Footer keys
key-hint = { $key }: { $action }
key-any = Nenpòt touch
key-start = kòmanse
key-choose = chwazi
key-ok = dakò
key-back = retounen
key-speak = li awotvwa
key-stay = kenbe repons mwen
check-code = Kòd

## Reading aloud (spoken, or shown when speech cannot speak this language)
# How each choice is spoken after the prompt: "1: Food."
speech-choice = { $digit }: { $label }.
speech-unavailable = Nou pa ka li awotvwa nan lang sa a.

## Idle
idle-title = Ou la toujou?
idle-countdown = Repons ou yo ap efase nan { $seconds ->
    [one] yon segonn.
   *[other] { $seconds } segonn.
}
idle-continue = Peze nenpòt touch pou kenbe yo.

## Labels and their values ("When: This week"); punctuation differs by language
label-pair = { $label }: { $value }

## Small screen
screen-enlarge = Tanpri fè fenèt sa a pi gran.

## Kinds, shown on slips and to volunteers
kind-need = Bezwen
kind-offer = Òf

## Printed slip
slip-print-date = Dat: { $date }
slip-print-code = Kòd: { $code }

## First-run set-up (shown in the staff language)
setup-title = Prepare kyòsk sa a
setup-intro = Poko gen kowòdonatè. Tanpri prepare sit la.
setup-site = Non sit la
setup-admin = Non kowòdonatè a
setup-pin = PIN kowòdonatè a (4 rive 8 chif)
setup-pin-again = Ekri PIN nan ankò
setup-hint = Ekri chak repons epi peze Enter. Esc fè w tounen nan chan anvan an.
setup-pin-mismatch = De PIN yo pa menm. Tanpri ekri yo ankò.
setup-pin-invalid = Yon PIN gen 4 rive 8 chif.
setup-name-missing = Tanpri ekri yon non.
setup-working = N ap prepare…
setup-failed = Preparasyon an pa mache: { $reason }

## What is needed now (a board with no personal details)
board-title = Sa moun bezwen kounye a
board-needs = { $count ->
    [one] { $count } bezwen
   *[other] { $count } bezwen
}
board-offers = { $count ->
    [one] { $count } òf
   *[other] { $count } òf
}
# One category's counts: "14 needs, 3 offers".
board-counts = { $needs }, { $offers }
board-invite = Sa moun plis bezwen: { $category }. Èske w ka ede ak sa?
board-hint = Peze yon nimewo pou ofri yon bagay nan kategori sa a.
board-empty = Moun pa bezwen anyen kounye a. Mèsi!
# The bars use two patterns, so colour is never needed to tell them apart.
board-legend = █ bezwen   ░ òf

## Gatherings (posted by staff)
events-title = Aktivite nan kominote a
events-empty = Poko gen okenn aktivite ki pwograme.
events-hint = Peze yon nimewo pou wè yon aktivite epi enprime l.
event-when = Kilè
event-where = Ki kote
# "Saturday 2026-12-05, 10:00–12:00"
event-time = { $weekday } { $date }, { $start }–{ $end }
event-print = Peze Enter pou enprime sa a.
event-scan = Eskane kòd kare a ak telefòn ou pou mete sa a nan kalandriye ou.
weekday-mon = Lendi
weekday-tue = Madi
weekday-wed = Mèkredi
weekday-thu = Jedi
weekday-fri = Vandredi
weekday-sat = Samdi
weekday-sun = Dimanch

## Paper intake form (printed for when the machine is down; filled in by hand)
form-title = Fòm papye: yon bezwen oswa yon òf
form-intro = Make yon sèl bwat nan chak pati, epi ekri byen klè. Yon volontè ap mete l nan òdinatè a pou ou, epi l ap ba ou yon kòd.
form-staff = Pou volontè yo: dat ________, non volontè a ________, kòd ____-____

## What happens next for a slip
next-need-waiting = Nou resevwa demann ou. Yon volontè ap chèche sa ou bezwen an.
next-offer-waiting = Mèsi! Yon volontè ap chèche yon moun ki bezwen sa ou ofri a.
next-need-coming = Gen yon moun k ap pote sa ou bezwen an. Tounen gade ankò byento.
next-bring-it = Gen yon moun ki bezwen sa ou te ofri a: tanpri pote l isit la.
next-we-collect = Gen yon moun ki bezwen sa ou te ofri a: yon volontè ap vin chèche l.
next-pick-up = Li pare: tanpri vin pran l. Pote tikè sa a.
next-we-deliver = Li pare: yon volontè ap pote l ba ou.
next-we-call = Yon volontè ap rele ou.
next-in-touch-soon = Yon volontè ap mete ou an kontak ak lòt moun nan.
next-in-touch = Nou mete ou an kontak. Mèsi!
next-handed-over = Nou remèt li ba ou. Nou espere l ap ede ou!
next-received = Nou resevwa l. Mèsi!
next-done = Sa fèt. Mèsi!
next-closed = Tikè sa a fèmen.
details-quantity-people = Konbyen moun ki rete lakay ou
details-quantity-hours = Konbyen èdtan ou ka bay
offer-mode-pickup = M ap pote l isit la
offer-mode-delivery = Vin chèche l kote mwen
service-mode-pickup = Nou rankontre isit la
service-mode-delivery = Lakay mwen
details-phone-required = Telefòn (nou bezwen l pou rele w)
details-phone-needed-delivery = Tanpri mete yon nimewo telefòn: yon volontè ap rele w pou mande ki kote pou l vini.
# The answer to "how many people live in your home": "1 person", "4 people".
quantity-people = { $count ->
    [one] { $count } moun
   *[other] { $count } moun
}
# Hours of time offered: "1 hour", "3 hours".
quantity-hours = { $count ->
    [one] { $count } èdtan
   *[other] { $count } èdtan
}
review-also = Sou tikè sa a tou:
review-add = Ajoute yon lòt bagay
slip-print-items = { $count ->
    [one] { $count } bagay sou tikè sa a
   *[other] { $count } bagay sou tikè sa a
}
kiosk-resting = Kyòsk sa a pa mache kounye a. Tanpri mande yon volontè èd.
card-title = Kat manm
card-next-time = Pwochen fwa, eskane kat sa a nan kyòsk la: lang ou ak kantite moun lakay ou ap deja ranpli pou ou.
card-private = Non ou pa sou kat sa a. Si ou pèdi l, mande yon volontè yon lòt.
card-hours = Èdtan ou bay: { $given } · èdtan ou resevwa: { $received }
card-take = Pran yon kat manm pou pwochen fwa
card-printing = N ap enprime kat manm ou…
card-printed = Kat manm ou enprime. Tanpri pran l tou.
card-failed = Nou pa t ka enprime kat la. Yon volontè ka fè youn pou ou nan biwo ekip la.
card-welcome = Byenvini ankò! Lang ou ak kantite moun lakay ou deja ranpli.
card-shown = Sa a se kat manm ou.
card-start = Peze Enter pou kòmanse ak kat sa a.
card-refused = Kat sa a pa mache ankò. Tanpri mande yon volontè yon lòt.
statement-title = Èdtan ou yo
statement-line = { $date } · { $category } · { $hours }
statement-correction = koreksyon
statement-balance = Balans: { $hours }
check-elsewhere = Tikè sa a soti nan { $site }, yon lòt kote nan rezo nou an.
board-network = { $count ->
    [one] { $count } bezwen nan lòt kote nan rezo nou an
   *[other] { $count } bezwen nan lòt kote nan rezo nou an
}
