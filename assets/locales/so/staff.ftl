# Fariimaha aidkiosk ee miiska shaqaalaha: Soomaali (so).
# Waxaa arka mutadawiciinta iyo isuduwayaasha, luqadda shaqaalaha goobta.

## Unlock
desk-title = Miiska shaqaalaha
desk-who = Yaad tahay?
desk-pin = { $name }, qor PIN-kaaga oo riix Enter
desk-pin-wrong = PIN khaldan. { $left ->
    [one] Hal isku day ayaa kuu haray, kadibna qalabkan waa la xirayaa.
   *[other] { $left } isku day ayaa kuu haray, kadibna qalabkan waa la xirayaa.
}
desk-locked = PIN khaldan ayaa marar badan la qoray. Qalabkan waa xiran yahay ilaa { $time }.
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
age-minutes = { $minutes ->
    [one] { $minutes } daqiiqo ka hor
   *[other] { $minutes } daqiiqo ka hor
}
age-hours = { $hours ->
    [one] { $hours } saacad ka hor
   *[other] { $hours } saacadood ka hor
}
age-days = { $days ->
    [one] { $days } maalin ka hor
   *[other] { $days } maalmood ka hor
}
status-open = furan
status-matched = diyaar u ah qaadasho
status-picked = la dhiibay
status-closed = xiran
status-any = xaalad kasta
category-any = qaybaha oo dhan
desk-entry-pickup = Enter: xaqiiji in la qaaday
desk-entry-dropoff = Enter: qor alaabta la keenay
desk-entry-match = F9: raadi isku xirid

## Results
desk-picked-up = La qaaday: { $code }. Mahadsanid.
desk-already-picked = Waa la diiday: { $code } waxaa horay u dhiibay { $name } ({ $time }).
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
desk-confirmed = Isku xiridda waa la xaqiijiyay: labada warqadood waa diyaar.
desk-confirm-failed = Isku xiriddaas hadda lama xaqiijin karo: dhinac ayaa isbeddelay.
desk-cancelled = Isku xiridda waa la joojiyay.
desk-error = Wax baa khaldamay; waxaa lagu qoray diiwaanka. Waxba lama beddelin.

desk-reprinted = { $code } mar kale ayaa loo diray mashiinka daabacaadda.
desk-entry-reprint = F4: mar kale daabac warqadda

## Views
desk-queue-empty = Maanta waxba furan ma aha.
desk-needs-empty = Baahi kasta oo furan waxay leedahay isku xirid.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Isku xirid loogu talagalay { $code } ({ $category })
desk-candidates-empty = Weli waxba kuma furna qaybtan.
desk-candidate-offer = Deeq { $code }: { $quantity } · { $urgency }
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
desk-staff-disabled = { $name } mar dambe ma geli karo.
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
