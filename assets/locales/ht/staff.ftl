# aidkiosk staff desk messages: Haitian Creole (ht, Kreyòl ayisyen), standard spelling.
# Shown to volunteers and coordinators in the site's staff language.

## Unlock
desk-title = Biwo ekip la
desk-pin-wrong = Non an ak PIN nan pa koresponn. { $left ->
    [one] Ou gen yon sèl chans ankò anvan antre a bloke.
   *[other] Ou gen { $left } chans ankò anvan antre a bloke.
}
desk-locked = Twòp esè ki pa bon: antre nan konsòl sa a bloke jiska { $time }. Yon kowòdonatè ka debloke l nan Ekip.
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
age-minutes = { $minutes } min
age-hours = { $hours } h
age-days = { $days ->
    [one] { $days } jou
   *[other] { $days } jou
}
status-open = ouvè
status-matched = konekte
status-picked = remèt
status-closed = fèmen
category-any = tout kategori
desk-entry-pickup = Enter: remèt li
desk-entry-dropoff = Enter: anrejistre sa yo pote a
desk-entry-match = F9: chèche yon koneksyon

## Results
desk-picked-up = Remèt: { $code }. Mèsi.
desk-already-picked = Refize: { $name } te deja remèt oswa resevwa { $code } nan dat { $time }.
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
desk-confirm-failed = Nou pa ka konfime koneksyon sa a ankò: youn nan de bò yo chanje.
desk-cancelled = Koneksyon an anile.
desk-error = Gen yon bagay ki pa mache; li nan jounal la. Anyen pa chanje.

desk-reprinted = Nou voye { $code } nan enprimant lan ankò.

## Views
desk-queue-empty = Pa gen anyen pou fè: tout bagay fini.
desk-needs-empty = Chak bezwen ki ouvè gen yon koneksyon.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Koneksyon pou { $code } ({ $category })
desk-candidates-empty = Poko gen anyen ki ouvè nan kategori sa a.
desk-candidate-offer = Òf { $code }: { $quantity } · { $urgency } · { $age }
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
desk-staff-disabled = { $name } dezaktive. F7 ankò reaktive l.
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

## The desk on a pantry day
desk-sign-in = Ekri non ou, epi PIN ou.
desk-pepper-missing = Nou pa ka verifye PIN yo: pepper.key pa nan dosye done a. Kopye l nan kopi sekirite yo, oswa yon kowòdonatè mete nouvo PIN ak: aidkiosk staff set-pin NAME
desk-pepper-mismatch = Nou pa ka verifye PIN yo: pepper.key sa a se pa sa yo te itilize pou mete PIN sa yo. Kopye bon an nan kopi sekirite yo, oswa mete nouvo PIN ak: aidkiosk staff set-pin NAME
desk-pepper-stale = Yo te mete PIN sa a anvan pepper.key la te chanje: fòk yon kowòdonatè ba ou yon nouvo PIN.
desk-printer-none = enprimant: poko enprime anyen
desk-printer-ok = enprimant: { $code } enprime
desk-printer-failed = enprimant: { $code } PA enprime ({ $reason })
tab-calls = Pou rele / pote
tab-printing = Pa enprime
key-new-entry = nouvo tikè
key-count = konte
key-close-entry = fèmen
key-clear-lock = debloke
key-my-pin = PIN mwen
queue-todo = Pou fè
queue-open = Ouvè
queue-matched = Konekte
queue-ready = Pare
queue-connected = An kontak
queue-fulfilled = Fini jodi a
queue-closed = Fèmen jodi a
desk-queue-none = Pa gen tikè isit la.
desk-kind-need = bez.
desk-kind-offer = òf
desk-mode-call = rele
desk-mode-delivery = livre
desk-quantity = { $count ->
    [one] { $count } pyès
   *[other] { $count } pyès
}
age-now = kounye a
status-ready = pare
status-received = resevwa
status-connected = an kontak
status-done = fini
close-reason-expired = pèsonn pa vin alè
close-reason-not-needed = pa bezwen l ankò
close-reason-unreachable = nou pa t ka jwenn yo
close-reason-duplicate = antre de fwa
close-reason-other = lòt rezon
field-matched = Konekte ak
field-phone = Telefòn
desk-partner-entry = { $kind } { $code } ({ $category }, { $status })
desk-partner-stock = envantè: { $item }
desk-partner-proposed = pwopoze: { $with }
desk-partner-received = yo pote: { $quantity } × { $item }
desk-entry-pickup-early = Òf li a poko rive. Enter: remèt li kanmenm, ak sa ki isit la
desk-entry-dropoff-for = Enter: anrejistre sa yo pote a; l ap rete sou kote pou bezwen ki konekte avè l la
desk-entry-connect = Enter: mete de moun yo an kontak (montre tou de kontak yo)
desk-entry-finish = Enter: sa fèt, make l fini
desk-entry-cancel-match = F8: anile koneksyon an
desk-entry-undo = F3: defèt (yon erè, jodi a)
desk-typed-code = Yo te tape kòd sa a, yo pa t eskane l. Anvan ou remèt li, mande moun nan kiyès li ye.
desk-check-name = Mande non li: { $name }. Enter ankò pou remèt li.
desk-check-phone = Mande dènye chif telefòn li: …{ $digits }. Enter ankò pou remèt li.
desk-check-nothing = Pa gen non ni telefòn pou verifye. Remèt li sèlman si ou sèten: Enter ankò.
desk-not-now = Eta { $code }: { $status }. Etap sa a pa aplike pou li.
desk-undo-not-yours = Se sèlman volontè ki te fè l la, oswa yon kowòdonatè, ki ka defèt sa.
desk-undo-too-late = Sa pa t fèt jodi a: mande yon kowòdonatè pou korije l.
desk-undo-stock-gone = Nou pa ka defèt sa: sa yo te pote a te deja bay depi lè sa a. Pito korije kantite a.
desk-undone = Defèt: { $code } tounen jan l te ye anvan an.
desk-closed = Fèmen: { $code }.
desk-connected = An kontak: { $code }. Tou de kontak yo anba a.
desk-finished = Fini: { $code }. Mèsi.
desk-nothing-found = Nou pa jwenn anyen pou «{ $text }».
desk-found-title = Sa nou jwenn pou «{ $text }»: { $count }
desk-set-aside = Resevwa { $quantity } × { $item }: mete sou kote pou { $code }, ki pare kounye a.
desk-counted = { $item }: kounye a gen { $quantity } sou etajè a.
desk-propose-failed = Pa pwopoze: youn nan yo gen yon pwopozisyon deja, oswa li pa ouvè ankò.
desk-printed = Enprime: { $code }.
desk-print-failed = { $code } pa enprime: { $reason }. Tcheke enprimant lan, epi F4 pou eseye ankò.
desk-entered = Anrejistre kòm { $code }; tikè li ap enprime. Li kòd la ba yo.
desk-staff-enabled = { $name } ka antre ankò.
desk-lock-cleared = { $name } ka eseye PIN li ankò.
desk-name-taken = Gen yon kont ki rele { $name } deja.
desk-last-coordinator = { $name } se dènye kowòdonatè a: ajoute yon lòt kowòdonatè anvan.
desk-old-pin-wrong = Ansyen PIN nan pa bon. Anyen pa chanje.
desk-staff-locked = bloke jiska { $time }
desk-calls-hint = Moun ki mande pou yo rele yo oswa pou yo pote bagay ba yo, sa ki pi ijan yo an premye.
desk-calls-empty = Pa gen pèsonn k ap tann yon apèl oswa yon livrezon.
desk-unprinted-hint = Tikè 7 dènye jou yo ki pa janm enprime: petèt pèsonn pa gen kòd la. Enter enprime l ankò.
desk-unprinted-empty = Tout tikè yo enprime.
desk-connected-title = Mete de moun sa yo an kontak
desk-connected-need = Bezwen l ({ $code })
desk-connected-offer = Ofri l ({ $code })
desk-connected-hint = Rele yo oswa bay chak moun kontak lòt la, epi Esc. Lè sa fèt, louvri tikè a epi peze Enter pou make l fini.
desk-close-title = Fèmen { $code }: poukisa?
desk-count-title = Konbyen { $item } ki sou etajè a?
desk-my-pin-title = Chanje PIN ou
field-old-pin = Ansyen PIN
field-new-pin = Nouvo PIN (4 rive 8 chif)
field-new-pin-again = Nouvo PIN nan ankò
desk-intake-title = Yon bezwen oswa yon òf pou yon moun nan telefòn oswa sou papye
desk-intake-phone = «Rele m» bezwen yon nimewo telefòn.
desk-intake-number = Konbyen: yon nimewo ant 1 ak 99.
language-in-en = angle
language-in-ar = arab
language-in-es = panyòl
language-in-fa = pèsan
language-in-fr = franse
language-in-ht = kreyòl ayisyen
language-in-ko = koreyen
language-in-pt = pòtigè
language-in-ru = ris
language-in-so = somali
language-in-uk = ikrenyen
language-in-vi = vyetnamyen
language-in-zh-Hans = chinwa
list-position-cut = { $first }–{ $last } sou { $shown } premye yo ({ $total } an tout)
desk-found-none = Nou pa jwenn anyen.
desk-queue-none-fulfilled = Jodi a, pa gen anyen ki remèt, pa gen anyen yo pote, e pa gen moun nou mete an kontak.
desk-queue-none-closed = Pa gen anyen ki fèmen jodi a.
report-week-figures = semèn pase { $last }, an mwayèn { $mean }
desk-event-over = Rasanbleman sa a deja fini: lè li fini an deja pase.
roster-calls-title = Moun pou rele oswa pou pote bagay ba yo, { $date }
roster-calls-hint = Rele chak moun, oswa pote bagay yo ba yo, epi ekri bò kote l sa k te pase; antre l nan biwo ekip la lè kyòsk la mache ankò.
roster-calls-private = Paj sa a gen non ak nimewo telefòn moun: kenbe l sou ou, epi dechire l an ti moso lè ou fini.
roster-calls-empty = Pa gen pèsonn pou rele oswa pou pote bagay ba yo.
roster-calls-line = [  ] { $code }   { $how }   { $who }   { $category }   { $language }
desk-connected-no-contact = li pa kite okenn kontak: ba li kontak lòt moun nan lè li vini nan biwo ekip la
desk-confirmed-stock = Koneksyon an konfime: nou mete l sou kote nan envantè a, bezwen an pare pou remèt.
desk-confirmed-offer = Koneksyon an konfime: moun ki ofri a dwe pote l; bezwen an ap pare lè l rive.
desk-confirmed-service = Koneksyon an konfime: kounye a mete de moun yo an kontak (louvri youn nan de tikè yo, epi Enter).
desk-short-of-stock = Gen sèlman { $have } { $item } nan envantè, men yo bezwen { $want }: konte etajè a nan Envantè, oswa anile koneksyon sa a (F8).
desk-cancel-failed = Nou pa ka anile koneksyon sa a ankò: yo te deja remèt li, mete moun yo an kontak, oswa anile l.
desk-staff-pin-in-name = Non sa a gen kat chif youn dèyè lòt, tankou yon PIN: èske yo te tape PIN nan nan non an? Tab mennen ou nan PIN nan.
desk-ticket-title = Tikè { $code }: { $count } bagay. Enter louvri youn pou remèt li.
tab-members = Manm
desk-members-hint = Eskane kat yon manm pou louvri l. Enter louvri sa ki chwazi a.
desk-members-empty = Poko gen manm. Yon vizitè ka pran yon kat nan fen vizit li, oswa F6 fè youn isit la.
desk-member-hours = bay { $given } h · resevwa { $received } h
desk-member-no-card = pa gen kat
desk-member-title = Kat manm { $card }
desk-member-seen = dènye vizit: { $age }
desk-member-balance = Bay { $given } h · resevwa { $received } h · balans { $balance } h
desk-member-debt = Li resevwa plis pase { $hours } h anplis sa li te bay: se yon limit fleksib, nou pa refize anyen. Yon ti pale avè l ka ede.
desk-member-statement-empty = Poko gen èdtan ki anrejistre. F7 anrejistre yon echanj.
desk-member-correction = (koreksyon)
desk-member-reversed = (anile)
desk-member-form-title = Nouvo kat manm
desk-member-form-hint = Anyen isit la pa obligatwa. Pa gen non sou kat la: se kòd li sèlman.
field-nickname = Ti non (pa obligatwa)
field-household = Konbyen moun lakay (pa obligatwa)
desk-household-bad = Ekri yon nimewo ant 1 ak 99, oswa kite l vid.
desk-exchange-title = Anrejistre èdtan ki bay ak èdtan ki resevwa
desk-exchange-hint = Eskane chak kat, oswa ekri kòd li. Kite yon bò vid pou èdtan sit la limenm.
field-provider = Moun ki bay
field-receiver = Moun ki resevwa
field-hours = Èdtan (1, 1.5, 1:45, ¾)
field-for-need = Pou bezwen an (kòd tikè)
field-from-offer = Soti nan òf la (kòd tikè)
desk-exchange-card = Kat sa a pa valab isit la: yo ranplase l, oswa li fo, oswa nou pa konnen l.
desk-exchange-same = Moun ki bay la ak moun ki resevwa a se menm moun nan.
desk-exchange-hours = Ekri èdtan yo pa ka èdtan, plis pase 0 epi pa plis pase 24: 1, 1.5, 1:45 oswa ¾.
desk-exchange-need = Pa gen okenn bezwen ak kòd tikè sa a.
desk-exchange-offer = Pa gen okenn òf ak kòd tikè sa a.
desk-card-printed = Kat { $code } enprime.
desk-card-print-failed = Kat { $code } pa enprime: tcheke enprimant lan, epi F8 enprime yon nouvo kat.
desk-card-refused = Kat sa a pa valab isit la: yo ranplase l, oswa li fo, oswa li soti nan yon lòt sit.
desk-exchanged = Anrejistre: { $hours } h.
desk-exchanged-debt = Anrejistre: { $hours } h. Kounye a, moun ki resevwa a resevwa anpil plis pase sa li te bay: se yon limit fleksib, nou pa refize anyen.
desk-reversed = Anile: nou anrejistre yon transfè pou korije l.
desk-cannot-reverse = Ou pa ka anile yon koreksyon, epi ou pa ka anile anyen de fwa: pito anrejistre echanj lan ankò.
desk-statement-printed = Rapò èdtan an enprime.
desk-statement-failed = Rapò èdtan an pa enprime: tcheke enprimant lan.
key-new-card = nouvo kat
key-exchange = anrejistre èdtan
key-statement = enprime rapò
key-replace-card = kat pèdi
key-reverse = anile echanj
desk-member-to = bay { $who }
desk-member-from = nan men { $who }
desk-member-removed = yon manm yo efase
report-members = Manm yo konte yon sèl fwa: { $served } te jwenn èd (semèn pase: { $new } nouvo, { $returning } ki te deja gen kat) · { $hours } h èd ki echanje
tab-network = Rezo
desk-elsewhere-title = Tikè { $code } soti nan { $site }, yon lòt sit nan rezo nou an
desk-elsewhere-private = Non ak nimewo telefòn yo rete nan { $site }: si ou bezwen, mande moun nan kiyès li ye.
desk-elsewhere-hand = Enter: remèt bagay ou chwazi a isit la. { $site } ap wè sa apre pwochen echanj fichye yo.
desk-elsewhere-handed = remèt nan { $sites }
notice-handed-elsewhere = { $code } remèt isit la. { $site } ap wè sa apre pwochen echanj fichye yo.
notice-elsewhere-already = { $code } te deja remèt, nan yon lòt sit nan rezo a.
network-none = Sit sa a pa nan okenn rezo. Yon kowòdonatè kreye youn nan liy kòmand: aidkiosk network create
network-this-site = sit sa a
network-last = dènye chanjman { $when }
network-never = poko resevwa okenn chanjman
network-waiting = { $count ->
    [one] { $count } fichye ki vin apre ap tann yon fichye ki manke
   *[other] { $count } fichye ki vin apre ap tann yon fichye ki manke
}
network-removed = retire nan rezo a
network-problems = Fichye ki pa aplike
network-problem-refused = { $site } { $file }: refize ({ $reason })
network-problem-newer = { $site } { $file }: se yon aidkiosk ki pi nouvo ki ekri l. Mete aidkiosk ajou isit la pou li ka li l.
network-problem-removed = { $site } { $file }: soti nan yon sit yo retire nan rezo a
network-problem-unknown = { $site }: dosye yon sit ki pa nan rezo sa a
network-conflicts = Remèt de fwa pandan sit yo pa t konekte
network-conflict = { $code } ({ $category }): { $where }
network-no-conflicts = Pa gen konfli.
network-resolve-hint = Rele lòt sit la, regle sa ak moun nan, epi peze F3 sou konfli a.
key-resolve = regle
notice-conflict-resolved = { $code } make kòm regle, nan tout sit yo apre pwochen echanj lan.
key-network-report = sit sa a / rezo a
report-network-columns = Bezwen ki anrejistre / remèt, nan chak sit nan rezo a
desk-proposed-elsewhere = Nou pwopoze koneksyon an bay { $site }. Biwo ekip la lòtbò ap konfime l; apre sa, bezwen sa a gen yon koneksyon isit la tou.
