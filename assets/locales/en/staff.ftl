# aidkiosk staff desk messages: English (the reference catalog).
# Shown to volunteers and coordinators in the site's staff language.

## Unlock
desk-title = Staff desk
desk-pin-wrong = That name and PIN do not match. { $left ->
    [one] One more try before signing in locks.
   *[other] { $left } more tries before signing in locks.
}
desk-locked = Too many wrong tries: signing in here is locked until { $time }. A coordinator can clear it under Staff.
desk-checking = Checking…
desk-no-staff = No active staff. A coordinator can add staff with: aidkiosk staff add

## Header, tabs and the scan line
desk-signed-in = { $name } ({ $role })
role-volunteer = volunteer
role-coordinator = coordinator
tab-queue = Queue
tab-needs = Needs to match
tab-matches = Proposed matches
tab-inventory = Inventory
desk-scan = Scan a slip or type its code:

## Keys
key-next-view = next view
key-move = move
key-open = open
key-close = close
key-lock = lock
key-category = category
key-status = status
key-drop-off = drop-off
key-hand-out = hand out one
key-confirm = confirm
key-cancel = cancel
key-next-field = next field
key-save = save
key-add = add
key-new-pin = new PIN
key-disable = disable
key-role = role
key-post = post
key-take-down = take down
key-count-again = count again
key-reprint = print again
list-position = { $first }–{ $last } of { $total }
desk-unlock-failed = The PIN could not be checked: the database did not take the write. Try again; if it keeps failing, tell a coordinator.
desk-staff-empty = No staff accounts yet.

## Entries
desk-entry-title = Slip { $code }
field-kind = Kind
field-category = Category
field-quantity = Quantity
field-urgency = Urgency
field-mode = How
field-language = Language
field-age = Logged
field-status = Status
field-detail = Note
field-contact = Contact
field-item = Item
age-minutes = { $minutes } min
age-hours = { $hours } h
age-days = { $days } d
status-open = open
status-matched = matched
status-picked = handed over
status-closed = closed
category-any = all categories
desk-entry-pickup = Enter: hand it over
desk-entry-dropoff = Enter: record what they brought
desk-entry-match = F9: find a match

## Results
desk-picked-up = Handed over: { $code }. Thank you.
desk-already-picked = Refused: { $code } was already handed over or brought in { $time } by { $name }.
desk-refused-signature = Refused: this slip's signature does not match. It has been logged.
desk-refused-site = Refused: this slip is from another site ({ $site }).
desk-refused-format = Not a slip code. A code has 8 letters and numbers.
desk-not-found = No slip with code { $code }.
desk-dropped-off = Added { $quantity } × { $item } to inventory.
desk-handed-out = Handed out one { $item }. { $left } left.
desk-none-left = None left of { $item }.
desk-proposed = Match proposed. Confirm it under "Proposed matches".
desk-confirm-failed = That match can no longer be confirmed: one side changed.
desk-cancelled = Match cancelled.
desk-error = Something went wrong; it is in the log. Nothing was changed.

desk-reprinted = Sent { $code } to the printer again.

## Views
desk-queue-empty = Nothing to do: every entry is done.
desk-needs-empty = Every open need has a match.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Matches for { $code } ({ $category })
desk-candidates-empty = Nothing open in this category yet.
desk-candidate-offer = Offer { $code }: { $quantity } · { $urgency } · { $age }
desk-candidate-stock = In stock: { $item } ({ $quantity })
desk-matches-empty = No proposed matches.
desk-match-line = Need { $need } ⇐ { $with }
desk-inventory-empty = Inventory is empty. F6 records a drop-off.
desk-inventory-line = { $item }: { $quantity }

## Drop-off form
desk-dropoff-title = Record a drop-off
desk-dropoff-for = For offer slip { $code }

## Staff accounts (coordinators)
tab-staff = Staff
desk-staff-line = { $name } · { $role }
desk-staff-line-disabled = { $name } · { $role } · disabled
desk-staff-add-title = Add a staff member
desk-staff-pin-title = New PIN for { $name }
field-name = Name
field-role = Role
field-pin = PIN (4 to 8 digits)
desk-staff-added = Added { $name }.
desk-staff-disabled = { $name } is disabled. F7 again enables them.
desk-pin-set = New PIN set for { $name }.
desk-not-allowed = That is not possible here.

## Paper roster (aidkiosk roster)
roster-title = Open pickups on { $date }
roster-hint = Tick each box when it is handed over, and enter it at the desk when the kiosk is back.
roster-empty = No open pickups.
# One need waiting to be picked up: "[ ] 7K3M-Q9PX   Food × 3   ready for pickup"
roster-line = [  ] { $code }   { $category } × { $quantity }   { $status }
# More than the roster can list: "…and 120 more; see the desk."
roster-more = …and { $count } more; see the desk.

## Gatherings (posted at the desk, shown to visitors)
tab-events = Gatherings
desk-events-empty = No gatherings planned. F6 posts one.
# A gathering in the list: "Saturday 2026-12-05, 10:00–12:00 · Food distribution · Main hall"
desk-event-line = { $when } · { $title } · { $place }
desk-event-title = Post a gathering
desk-event-hint = A title in { $language } is needed; the other languages are optional.
field-starts = Starts (YYYY-MM-DD HH:MM)
field-ends = Ends (HH:MM)
field-place = Place
field-title = Title in { $language }
desk-event-bad-start = The start must look like 2026-12-05 10:00.
desk-event-bad-end = The end must be a time after the start, like 12:00.
desk-event-bad-place = Please write the place (up to 80 characters).
desk-event-bad-title = Please write the title in { $language } (up to 80 characters).
desk-event-posted = Posted: { $title }.
desk-event-removed = Taken down: { $title }.

## Gap report (the last weeks)
tab-report = Gaps
report-loading = Counting…
report-title = Last { $weeks } weeks: { $from } to { $to }
report-weekly-needs = Needs a week
report-weekly-handed = Handed over a week
report-median = Median wait from need to hand-over: { $wait }
report-median-none = No need was handed over in these weeks.
report-gap = Largest gap: { $category }, { $count } more needs than offers.
# The numbers after each category's bars (█ needs, ░ offers).
report-columns = needs/offers/handed over/waiting over { $days } days
report-languages = Languages: { $list }
# A wait: "1 d 9 h", "5 h", "40 min"
duration-days = { $days } d { $hours } h
duration-hours = { $hours } h
duration-minutes = { $minutes } min

## The gap report as a page to print and pin up (report gaps --format pdf|png)
poster-title = What our network needs
poster-period = { $from } to { $to }
poster-figure-needs = needs logged
poster-figure-offers = offers logged
poster-figure-handed = needs handed over
poster-figure-wait = median wait for a need
poster-chart-categories = Needs and offers, by category
poster-chart-weeks = Each week: needs logged and needs handed over
poster-legend-needs = needs
poster-legend-offers = offers
poster-legend-handed = handed over
poster-gaps-title = The largest gaps
poster-gap-line = { $category }: needs { $needs }, offers { $offers }
poster-gaps-none = Offers kept up with needs in every category. Thank you!
poster-help-title = What would help most
poster-help = Offers of: { $list }
poster-help-how = Anyone can offer: at the kiosk, choose “I can offer something”.
poster-footer = Counts only: nothing on this page can identify anyone. Made on { $date }.

## The desk on a pantry day
desk-sign-in = Type your name, then your PIN.
desk-pepper-missing = PINs cannot be checked: pepper.key is missing from the data dir. Copy it from the backups, or a coordinator sets new PINs with: aidkiosk staff set-pin NAME
desk-pepper-mismatch = PINs cannot be checked: pepper.key is not the one these PINs were set with. Copy the right one from the backups, or set new PINs with: aidkiosk staff set-pin NAME
desk-pepper-stale = This PIN was set before the pepper.key changed: a coordinator must give you a new PIN.
desk-printer-none = printer: nothing printed yet
desk-printer-ok = printer: { $code } printed
desk-printer-failed = printer: { $code } did NOT print ({ $reason })
tab-calls = To call / deliver
tab-printing = Not printed
key-new-entry = new entry
key-count = count
key-close-entry = close
key-clear-lock = clear lock
key-my-pin = my PIN
queue-todo = To do
queue-open = Open
queue-matched = Matched
queue-ready = Ready
queue-connected = Connected
queue-fulfilled = Done today
queue-closed = Closed today
desk-queue-none = No entries here.
desk-kind-need = need
desk-kind-offer = offer
desk-mode-call = call
desk-mode-delivery = deliver
desk-quantity = { $count ->
    [one] 1 pc
   *[other] { $count } pcs
}
age-now = just now
status-ready = ready
status-received = received
status-connected = connected
status-done = done
close-reason-expired = nobody came in time
close-reason-not-needed = no longer needed
close-reason-unreachable = could not reach them
close-reason-duplicate = entered twice
close-reason-other = other reason
field-matched = Matched with
field-phone = Phone
desk-partner-entry = { $kind } { $code } ({ $category }, { $status })
desk-partner-stock = stock: { $item }
desk-partner-proposed = proposed: { $with }
desk-partner-received = brought in: { $quantity } × { $item }
desk-entry-pickup-early = Its offer has not come in yet. Enter: hand it over anyway, from what is here
desk-entry-dropoff-for = Enter: record what they brought; it is set aside for the need it is matched with
desk-entry-connect = Enter: put the two people in touch (shows both contacts)
desk-entry-finish = Enter: it happened, mark it done
desk-entry-cancel-match = F8: cancel the match
desk-entry-undo = F3: undo (a mistake, today)
desk-typed-code = This code was typed, not scanned. Before handing it over, ask who they are.
desk-check-name = Ask their name: { $name }. Enter again to hand it over.
desk-check-phone = Ask the last digits of their phone: …{ $digits }. Enter again to hand it over.
desk-check-nothing = No name or phone was left to check. Hand it over only if you are sure: Enter again.
desk-not-now = { $code } is { $status }: that step does not apply to it.
desk-undo-not-yours = Only the volunteer who did it, or a coordinator, can undo that.
desk-undo-too-late = That was not today: ask a coordinator to correct it.
desk-undo-stock-gone = Cannot undo: what was brought in has been handed out since. Correct the count instead.
desk-undone = Undone: { $code } is back as it was before.
desk-closed = Closed: { $code }.
desk-connected = Put in touch: { $code }. Both contacts are below.
desk-finished = Done: { $code }. Thank you.
desk-nothing-found = Nothing found for “{ $text }”.
desk-found-title = Found for “{ $text }”: { $count }
# A ticket of several things, scanned or typed.
desk-ticket-title = Ticket { $code }: { $count } things. Enter opens one to hand over.
desk-set-aside = Received { $quantity } × { $item }: set aside for { $code }, which is ready now.
desk-counted = { $item }: now { $quantity } on the shelf.
desk-propose-failed = Not proposed: one of them already has a proposal or is no longer open.
desk-printed = Printed: { $code }.
desk-print-failed = { $code } did not print: { $reason }. Check the printer, then F4 to try again.
desk-entered = Saved as { $code }; its slip is printing. Read the code to them.
desk-staff-enabled = { $name } can sign in again.
desk-lock-cleared = { $name } can try their PIN again.
desk-name-taken = There is already an account called { $name }.
desk-last-coordinator = { $name } is the last coordinator: add another coordinator first.
desk-old-pin-wrong = The old PIN is not right. Nothing was changed.
desk-staff-locked = locked until { $time }
desk-calls-hint = People who asked to be called or to have things brought, most urgent first.
desk-calls-empty = Nobody is waiting for a call or a delivery.
desk-unprinted-hint = Slips of the last 7 days that never printed: nobody may have the code. Enter prints again.
desk-unprinted-empty = Every slip printed.
desk-connected-title = Put these two people in touch
desk-connected-need = Needs it ({ $code })
desk-connected-offer = Offers it ({ $code })
desk-connected-hint = Call them or tell them each other's contact, then Esc. When it has happened, open the slip and press Enter to mark it done.
desk-close-title = Close { $code }: why?
desk-count-title = How many { $item } are on the shelf?
desk-my-pin-title = Change your PIN
field-old-pin = Old PIN
field-new-pin = New PIN (4 to 8 digits)
field-new-pin-again = New PIN again
desk-intake-title = A need or an offer for someone on the phone or on paper
desk-intake-phone = “Call me” needs a phone number.
desk-intake-number = How many: a number from 1 to 99.
language-in-en = English
language-in-ar = Arabic
language-in-es = Spanish
language-in-fa = Persian
language-in-fr = French
language-in-ht = Haitian Creole
language-in-ko = Korean
language-in-pt = Portuguese
language-in-ru = Russian
language-in-so = Somali
language-in-uk = Ukrainian
language-in-vi = Vietnamese
language-in-zh-Hans = Chinese
list-position-cut = { $first }–{ $last } of the first { $shown } ({ $total } in all)
desk-found-none = Nothing found.
desk-queue-none-fulfilled = Nothing handed over, brought in or put in touch today.
desk-queue-none-closed = Nothing closed today.
report-week-figures = last week { $last }, on average { $mean }
desk-event-over = That gathering is over already: its end is in the past.
roster-calls-title = To call or deliver to, { $date }
roster-calls-hint = Call each one, or take their things to them, and note beside it what happened; enter it at the desk when the kiosk is back.
roster-calls-private = This page has names and phone numbers: keep it with you, and shred it when you are done.
roster-calls-empty = Nobody to call or deliver to.
roster-calls-line = [  ] { $code }   { $how }   { $who }   { $category }   { $language }
desk-connected-no-contact = no contact left: tell them the other's when they come to the desk
desk-confirmed-stock = Match confirmed: set aside from stock, the need is ready to hand over.
desk-confirmed-offer = Match confirmed: the person offering is to bring it in; the need is ready once it arrives.
desk-confirmed-service = Match confirmed: now put the two people in touch (open either slip, then Enter).
desk-short-of-stock = Only { $have } of { $item } in stock, { $want } needed: count the shelf under Inventory, or cancel this match (F8).
desk-cancel-failed = That match can no longer be cancelled: it was handed over, put in touch or cancelled already.
desk-staff-pin-in-name = That name has four digits in a row, like a PIN: was the PIN typed into the name? Tab moves to the PIN.

## Members and the time bank (a member is a card, never a name)
tab-members = Members
desk-members-hint = Scan a member's card to open it. Enter opens the one selected.
desk-members-empty = No members yet. A visitor can take a card at the end of a visit, or F6 makes one here.
# Hours given and received, in a list row: "given 3½ h · received 1 h"
desk-member-hours = given { $given } h · received { $received } h
desk-member-no-card = no card
desk-member-title = Member card { $card }
desk-member-seen = last seen { $age }
desk-member-balance = Given { $given } h · received { $received } h · balance { $balance } h
desk-member-debt = Received more than { $hours } h beyond what they gave: a soft limit, nothing is refused. A word with them may help.
desk-member-statement-empty = No hours recorded yet. F7 records an exchange.
desk-member-correction = (correction)
desk-member-reversed = (reversed)
desk-member-form-title = New member card
desk-member-form-hint = Nothing here is required. The card holds no name: only its code.
field-nickname = Nickname (optional)
field-household = People at home (optional)
desk-household-bad = Type a number from 1 to 99, or leave it empty.
desk-exchange-title = Record hours given and received
desk-exchange-hint = Scan each card, or type its code. Leave a side empty for this site's own hours.
field-provider = Given by
field-receiver = Received by
field-hours = Hours (1, 1.5, 1:45, ¾)
field-for-need = For the need (ticket code)
field-from-offer = From the offer (ticket code)
desk-exchange-card = That card is not valid here: it was replaced, or it is forged or unknown.
desk-exchange-same = The giver and the receiver are the same.
desk-exchange-hours = Type hours in quarters, more than 0 and at most 24: 1, 1.5, 1:45 or ¾.
desk-exchange-need = No need has that ticket code.
desk-exchange-offer = No offer has that ticket code.
desk-card-printed = Card { $code } printed.
desk-card-print-failed = Card { $code } did not print: check the printer, then F8 prints a new card.
desk-card-refused = This card is not valid here: it was replaced, or it is forged or from another site.
desk-exchanged = Recorded: { $hours } h.
desk-exchanged-debt = Recorded: { $hours } h. The receiver has now received much more than they gave: a soft limit, nothing is refused.
desk-reversed = Reversed: a correcting transfer was recorded.
desk-cannot-reverse = A correction cannot be reversed, and nothing is reversed twice: record the exchange again instead.
desk-statement-printed = Statement printed.
desk-statement-failed = The statement did not print: check the printer.
key-new-card = new card
key-exchange = record hours
key-statement = print statement
key-replace-card = lost card
key-reverse = reverse
# A statement line's other side: "to 7K3M-Q9PX", "from Eastside Pantry" (the site's own hours)
desk-member-to = to { $who }
desk-member-from = from { $who }
desk-member-removed = a member since removed
# The Gaps tab: people counted once through their member cards, and the time bank's hours
report-members = Members counted once: { $served } served (last week { $new } new, { $returning } returning) · { $hours } h of help exchanged
tab-network = Network
# A ticket printed at another site of the network, scanned or typed at this desk.
desk-elsewhere-title = Ticket { $code } from { $site }, another site of our network
desk-elsewhere-private = Names and phone numbers stay at { $site }: ask who they are if you need to.
desk-elsewhere-hand = Enter: hand the chosen thing over here. { $site } sees it after the next exchange of files.
# $sites: the names of the sites where it was handed over, joined by commas.
desk-elsewhere-handed = handed over at { $sites }
notice-handed-elsewhere = { $code } handed over here. { $site } sees it after the next exchange of files.
notice-elsewhere-already = { $code } was already handed over, at another site of the network.
network-none = This site is not in a network. A coordinator makes one at the command line: aidkiosk network create
network-this-site = this site
# When the last file of changes from a site was written there.
network-last = last change { $when }
network-never = no changes received yet
network-waiting = { $count ->
    [one] { $count } later file waits for a missing one
   *[other] { $count } later files wait for a missing one
}
network-removed = removed from the network
network-problems = Files not applied
# $reason is a technical reason in English, from the file reader.
network-problem-refused = { $site } { $file }: refused ({ $reason })
network-problem-newer = { $site } { $file }: written by a newer aidkiosk. Update aidkiosk here to read it.
network-problem-removed = { $site } { $file }: from a site removed from the network
network-problem-unknown = { $site }: a folder of a site that is not in this network
network-conflicts = Handed over twice while the sites were apart
# $where: each site and time it was handed over, joined by commas.
network-conflict = { $code } ({ $category }): { $where }
network-no-conflicts = No conflicts.
network-resolve-hint = Call the other site, sort it out with the person, then press F3 on the conflict.
key-resolve = sorted out
notice-conflict-resolved = { $code } marked as sorted out, at every site after the next exchange.
# F6 on the Gaps tab: switch between this site's report and every site of the network.
key-network-report = this site / the network
report-network-columns = Needs made / handed over, at each site of the network
# A need here proposed to another site's offer; $site is that site's name.
desk-proposed-elsewhere = Proposed to { $site }. Their desk confirms it; then this need is matched here too.
