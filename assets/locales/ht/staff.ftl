# aidkiosk staff desk messages: Haitian Creole (ht, Kreyòl ayisyen), standard spelling.
# Shown to volunteers and coordinators in the site's staff language.

## Unlock
desk-title = Biwo ekip la
desk-who = Ki moun ou ye?
desk-pin = { $name }, ekri PIN ou epi peze Enter
desk-pin-wrong = PIN nan pa bon. { $left ->
    [one] Ou gen yon sèl chans ankò anvan konsòl sa a bloke.
   *[other] Ou gen { $left } chans ankò anvan konsòl sa a bloke.
}
desk-locked = Twòp PIN ki pa bon. Konsòl sa a bloke jiska { $time }.
desk-checking = N ap verifye…
desk-no-staff = Pa gen moun aktif nan ekip la. Yon kowòdonatè ka ajoute moun ak: aidkiosk staff add

## Header, tabs and the scan line
desk-signed-in = { $name } ({ $role })
role-volunteer = volontè
role-coordinator = kowòdonatè
tab-queue = Fil atant
tab-needs = Bezwen pou konekte
tab-matches = Pwopozisyon
tab-inventory = Envantè
desk-scan = Eskane yon tikè oswa ekri kòd li:

## Keys
key-next-view = lòt paj
key-move = deplase
key-open = louvri
key-close = fèmen
key-lock = bloke
key-category = kategori
key-status = eta
key-drop-off = resevwa don
key-hand-out = bay youn
key-confirm = konfime
key-cancel = anile
key-next-field = lòt chan
key-save = anrejistre
key-add = ajoute
key-new-pin = nouvo PIN
key-disable = dezaktive
key-role = wòl
key-post = pibliye
key-take-down = retire
key-count-again = konte ankò
key-reprint = enprime ankò
list-position = { $first }–{ $last } sou { $total }
desk-unlock-failed = Nou pa t ka verifye PIN nan: baz done a pa t pran ekriti a. Eseye ankò; si sa kontinye, di yon kowòdonatè.
desk-staff-empty = Poko gen kont pou ekip la.

## Entries
desk-entry-title = Tikè { $code }
field-kind = Kalite
field-category = Kategori
field-quantity = Kantite
field-urgency = Ijans
field-mode = Kijan
field-language = Lang
field-age = Anrejistre
field-status = Eta
field-detail = Nòt
field-contact = Kontak
field-item = Atik
age-minutes = { $minutes ->
    [one] { $minutes } minit de sa
   *[other] { $minutes } minit de sa
}
age-hours = { $hours ->
    [one] { $hours } èdtan de sa
   *[other] { $hours } èdtan de sa
}
age-days = { $days ->
    [one] { $days } jou de sa
   *[other] { $days } jou de sa
}
status-open = ouvè
status-matched = pare pou vin pran
status-picked = remèt
status-closed = fèmen
status-any = tout eta
category-any = tout kategori
desk-entry-pickup = Enter: konfime moun nan pran l
desk-entry-dropoff = Enter: anrejistre sa yo pote a
desk-entry-match = F9: chèche yon koneksyon

## Results
desk-picked-up = Remèt: { $code }. Mèsi.
desk-already-picked = Refize: { $name } te deja remèt { $code } nan dat { $time }.
desk-refused-signature = Refize: siyati tikè sa a pa bon. Nou note sa nan jounal la.
desk-refused-site = Refize: tikè sa a soti nan yon lòt sit ({ $site }).
desk-refused-format = Sa a se pa yon kòd tikè. Yon kòd gen 8 lèt ak chif.
desk-not-found = Pa gen tikè ak kòd { $code }.
desk-dropped-off = Nou mete { $quantity } × { $item } nan envantè a.
desk-handed-out = Nou bay yon { $item }. { $left ->
    [one] Rete { $left }.
   *[other] Rete { $left }.
}
desk-none-left = Pa rete okenn { $item }.
desk-proposed = Nou pwopoze koneksyon an. Konfime l nan "Pwopozisyon".
desk-confirmed = Koneksyon an konfime: tou de tikè yo pare.
desk-confirm-failed = Nou pa ka konfime koneksyon sa a ankò: youn nan de bò yo chanje.
desk-cancelled = Koneksyon an anile.
desk-error = Gen yon bagay ki pa mache; li nan jounal la. Anyen pa chanje.

desk-reprinted = Nou voye { $code } nan enprimant lan ankò.
desk-entry-reprint = F4: enprime tikè a ankò

## Views
desk-queue-empty = Pa gen anyen ki ouvè jodi a.
desk-needs-empty = Chak bezwen ki ouvè gen yon koneksyon.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Koneksyon pou { $code } ({ $category })
desk-candidates-empty = Poko gen anyen ki ouvè nan kategori sa a.
desk-candidate-offer = Òf { $code }: { $quantity } · { $urgency }
desk-candidate-stock = Nan envantè: { $item } ({ $quantity })
desk-matches-empty = Pa gen koneksyon ki pwopoze.
desk-match-line = Bezwen { $need } ⇐ { $with }
desk-inventory-empty = Envantè a vid. F6 anrejistre sa moun pote.
desk-inventory-line = { $item }: { $quantity }

## Drop-off form
desk-dropoff-title = Anrejistre sa moun pote
desk-dropoff-for = Pou tikè òf { $code }

## Staff accounts (coordinators)
tab-staff = Ekip
desk-staff-line = { $name } · { $role }
desk-staff-line-disabled = { $name } · { $role } · dezaktive
desk-staff-add-title = Ajoute yon moun nan ekip la
desk-staff-pin-title = Nouvo PIN pou { $name }
field-name = Non
field-role = Wòl
field-pin = PIN (4 rive 8 chif)
desk-staff-added = Nou ajoute { $name }.
desk-staff-disabled = { $name } pa ka konekte ankò.
desk-pin-set = Nouvo PIN anrejistre pou { $name }.
desk-not-allowed = Sa pa posib isit la.

## Paper roster (aidkiosk roster)
roster-title = Sa ki pou remèt jou { $date }
roster-hint = Make bwat la chak fwa ou remèt yon bagay, epi antre l nan biwo ekip la lè kyòsk la mache ankò.
roster-empty = Pa gen anyen pou remèt.
# One need waiting to be picked up: "[ ] 7K3M-Q9PX   Food × 3   ready for pickup"
roster-line = [  ] { $code }   { $category } × { $quantity }   { $status }
# More than the roster can list: "…and 120 more; see the desk."
roster-more = { $count ->
    [one] …ak { $count } lòt ankò; gade nan biwo ekip la.
   *[other] …ak { $count } lòt ankò; gade nan biwo ekip la.
}

## Gatherings (posted at the desk, shown to visitors)
tab-events = Rasanbleman
desk-events-empty = Pa gen rasanbleman ki pwograme. F6 pibliye youn.
# A gathering in the list: "Saturday 2026-12-05, 10:00–12:00 · Food distribution · Main hall"
desk-event-line = { $when } · { $title } · { $place }
desk-event-title = Pibliye yon rasanbleman
desk-event-hint = Fòk gen yon tit an { $language }; lòt lang yo pa obligatwa.
field-starts = Kòmanse (YYYY-MM-DD HH:MM)
field-ends = Fini (HH:MM)
field-place = Kote
field-title = Tit an { $language }
desk-event-bad-start = Lè li kòmanse a dwe ekri konsa: 2026-12-05 10:00.
desk-event-bad-end = Lè li fini an dwe vin apre lè li kòmanse a, tankou 12:00.
desk-event-bad-place = Tanpri ekri kote a (pa plis pase 80 karaktè).
desk-event-bad-title = Tanpri ekri tit la an { $language } (pa plis pase 80 karaktè).
desk-event-posted = Pibliye: { $title }.
desk-event-removed = Retire: { $title }.

## Gap report (the last weeks)
tab-report = Mank
report-loading = N ap konte…
report-title = { $weeks ->
    [one] Dènye semèn nan: { $from } rive { $to }
   *[other] { $weeks } dènye semèn yo: { $from } rive { $to }
}
report-weekly-needs = Bezwen pa semèn
report-weekly-handed = Remèt pa semèn
report-median = Tan atant medyàn, depi bezwen rive remèt: { $wait }
report-median-none = Pa gen okenn bezwen ki te remèt nan semèn sa yo.
report-gap = { $count ->
    [one] Pi gwo mank: { $category }, { $count } bezwen plis pase òf yo.
   *[other] Pi gwo mank: { $category }, { $count } bezwen plis pase òf yo.
}
# The numbers after each category's bars (█ needs, ░ offers).
report-columns = { $days ->
    [one] bezwen/òf/remèt/ap tann plis pase { $days } jou
   *[other] bezwen/òf/remèt/ap tann plis pase { $days } jou
}
report-languages = Lang: { $list }
# A wait: "1 d 9 h", "5 h", "40 min"
duration-days = { $days ->
    [one] { $days } jou { $hours } èdtan
   *[other] { $days } jou { $hours } èdtan
}
duration-hours = { $hours ->
    [one] { $hours } èdtan
   *[other] { $hours } èdtan
}
duration-minutes = { $minutes ->
    [one] { $minutes } minit
   *[other] { $minutes } minit
}

## The gap report as a page to print and pin up (report gaps --format pdf|png)
poster-title = Sa rezo nou an bezwen
poster-period = Depi { $from } rive { $to }
poster-figure-needs = bezwen anrejistre
poster-figure-offers = òf anrejistre
poster-figure-handed = bezwen ki remèt
poster-figure-wait = tan atant medyàn pou yon bezwen
poster-chart-categories = Bezwen ak òf, pa kategori
poster-chart-weeks = Chak semèn: bezwen anrejistre ak bezwen ki remèt
poster-legend-needs = bezwen
poster-legend-offers = òf
poster-legend-handed = remèt
poster-gaps-title = Kote ki manke plis
poster-gap-line = { $category }: bezwen { $needs }, òf { $offers }
poster-gaps-none = Òf yo te swiv bezwen yo nan tout kategori. Mèsi!
poster-help-title = Sa ki ta ede plis
poster-help = Òf nan: { $list }
poster-help-how = Tout moun ka ofri: nan kyòs la, chwazi «Mwen ka ofri yon bagay».
poster-footer = Se chif sèlman: anyen sou paj sa a pa ka idantifye pèsonn. Fèt { $date }.
