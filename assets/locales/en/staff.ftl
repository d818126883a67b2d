# aidkiosk staff desk messages: English (the reference catalog).
# Shown to volunteers and coordinators in the site's staff language.

## Unlock
desk-title = Staff desk
desk-who = Who are you?
desk-pin = { $name }, type your PIN and press Enter
desk-pin-wrong = Wrong PIN. { $left ->
    [one] One more try before this console locks.
   *[other] { $left } more tries before this console locks.
}
desk-locked = Too many wrong PINs. This console is locked until { $time }.
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
age-minutes = { $minutes ->
    [one] 1 minute ago
   *[other] { $minutes } minutes ago
}
age-hours = { $hours ->
    [one] 1 hour ago
   *[other] { $hours } hours ago
}
age-days = { $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}
status-open = open
status-matched = ready for pickup
status-picked = handed over
status-closed = closed
status-any = any status
category-any = all categories
desk-entry-pickup = Enter: confirm pickup
desk-entry-dropoff = Enter: record the drop-off
desk-entry-match = F9: find a match

## Results
desk-picked-up = Picked up: { $code }. Thank you.
desk-already-picked = Refused: { $code } was already picked up { $time } by { $name }.
desk-refused-signature = Refused: this slip's signature does not match. It has been logged.
desk-refused-site = Refused: this slip is from another site ({ $site }).
desk-refused-format = Not a slip code. A code has 8 letters and numbers.
desk-not-found = No slip with code { $code }.
desk-dropped-off = Added { $quantity } × { $item } to inventory.
desk-handed-out = Handed out one { $item }. { $left } left.
desk-none-left = None left of { $item }.
desk-proposed = Match proposed. Confirm it under "Proposed matches".
desk-confirmed = Match confirmed: both slips are ready.
desk-confirm-failed = That match can no longer be confirmed: one side changed.
desk-cancelled = Match cancelled.
desk-error = Something went wrong; it is in the log. Nothing was changed.

desk-reprinted = Sent { $code } to the printer again.
desk-entry-reprint = F4: print the slip again

## Views
desk-queue-empty = Nothing open today.
desk-needs-empty = Every open need has a match.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Matches for { $code } ({ $category })
desk-candidates-empty = Nothing open in this category yet.
desk-candidate-offer = Offer { $code }: { $quantity } · { $urgency }
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
desk-staff-disabled = { $name } can no longer sign in.
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
