# aidkiosk visitor and set-up messages: English (the reference catalog).
# Every other language has exactly these message ids with the same $placeholders.
# Keep lines short: the kiosk is 80 columns wide at the least.

## About this language
# The language's own name, in its own script, as shown on the language menu.
language-name = English

## Welcome
welcome-greeting = Welcome
welcome-start = Press any key to start

## Language
language-prompt = Choose your language

## Home
home-prompt = What would you like to do?
home-need = I need something
home-offer = I can offer something
home-check = Check my ticket
home-board = What is needed now
home-events = Community events

## Category
category-prompt-need = What do you need?
category-prompt-offer = What can you offer?
category-food = Food
category-hygiene = Soap & hygiene
category-baby-child = Baby & child
category-clothing = Clothing
category-housing = Housing help
category-transport = Transport & rides
category-childcare = Childcare
category-medical = Health & medicine
category-skills = Skills & repairs
category-language-tech = Language & tech help
category-companionship = Someone to talk to
category-other = Something else
menu-more = More choices
menu-page = Page { $page } of { $pages }

## Details
details-prompt = A few questions. Press Enter to keep these answers.
details-quantity-need = How many do you need
details-quantity-offer = How many can you give
details-urgency = When
urgency-today = Today
urgency-week = This week
urgency-flexible = Any time
details-mode = How
mode-pickup = I pick it up here
mode-delivery = Bring it to me
mode-call = Call me
details-detail = Note (you can skip this)
details-name = First name (you can skip this)
details-phone = Phone (if you want a call)
details-privacy = Only volunteers see your name and phone. We delete them after { $days ->
    [one] one day.
   *[other] { $days } days.
}
details-change = Press a number to change an answer.
details-continue = Press Enter to continue.
details-phone-needed = Please add a phone number so we can call you.
field-empty = (none)
edit-type = Type your answer, then press Enter.
edit-number = Type a number from 1 to 99, then press Enter.
edit-choose = Press a number to choose.

## Review
review-prompt = Is this right?
review-category = What
review-quantity = How many
review-urgency = When
review-mode = How
review-detail = Note
review-name = Name
review-phone = Phone
# A quantity on the review screen and the desk: "1 item", "3 items".
quantity-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
review-save = Press Enter to save and print. Press Esc to change.
# Several things in one visit, on one ticket.
review-also = Also on this ticket:
review-add = Add something else

## Slip
slip-title = Your ticket
slip-code = Your code: { $code }
slip-keep = Keep this code. Show it to a volunteer.
slip-print-pending = Printing your ticket…
slip-print-done = Printed. Please take your ticket.
slip-print-failed = The printer is not working. Please write down your code or show this screen to a volunteer.
slip-done = Press Enter when you are finished.
slip-saving = Saving…
slip-save-failed = Sorry, this could not be saved. Your answers are still here: press Enter to try again, or ask a volunteer.

## Check my ticket
check-prompt = Type or scan the code on your ticket
check-hint = The code has 8 letters and numbers, like 7K3M-Q9PX.
check-searching = Looking…
check-not-found = We could not find this code. Please check it and try again.
check-again = Press Enter to check another code.

## Footer keys
key-hint = { $key }: { $action }
key-any = Any key
key-start = start
key-choose = choose
key-ok = OK
key-back = back
key-speak = read aloud
key-stay = keep my answers
check-code = Code

## Reading aloud (spoken, or shown when speech cannot speak this language)
# How each choice is spoken after the prompt: "1: Food."
speech-choice = { $digit }: { $label }.
speech-unavailable = Reading aloud is not available in this language.

## Idle
idle-title = Are you still there?
idle-countdown = Your answers will be cleared in { $seconds ->
    [one] one second.
   *[other] { $seconds } seconds.
}
idle-continue = Press any key to keep them.

## Labels and their values ("When: This week"); punctuation differs by language
label-pair = { $label }: { $value }

## When the kiosk cannot open its data (a full or damaged disk): shown alone, in every language
kiosk-resting = This kiosk is not working right now. Please ask a volunteer.

## Small screen
screen-enlarge = Please make this window larger.

## Kinds, shown on slips and to volunteers
kind-need = Need
kind-offer = Offer

## Printed slip
slip-print-date = Date: { $date }
slip-print-code = Code: { $code }
# A ticket of several things: "3 things on this ticket".
slip-print-items = { $count ->
    [one] { $count } thing on this ticket
   *[other] { $count } things on this ticket
}

## First-run set-up (shown in the staff language)
setup-title = Set up this kiosk
setup-intro = No coordinator exists yet. Please set up the site.
setup-site = Site name
setup-admin = Coordinator name
setup-pin = Coordinator PIN (4 to 8 digits)
setup-pin-again = PIN again
setup-hint = Type each answer and press Enter. Esc goes back one field.
setup-pin-mismatch = The two PINs are not the same. Please type them again.
setup-pin-invalid = A PIN has 4 to 8 digits.
setup-name-missing = Please type a name.
setup-working = Setting up…
setup-failed = Set-up failed: { $reason }

## What is needed now (a board with no personal details)
board-title = What is needed now
board-needs = { $count ->
    [one] { $count } need
   *[other] { $count } needs
}
board-offers = { $count ->
    [one] { $count } offer
   *[other] { $count } offers
}
# One category's counts: "14 needs, 3 offers".
board-counts = { $needs }, { $offers }
board-invite = Most needed: { $category }. Can you help with this?
board-hint = Press a number to offer something in that category.
board-empty = Nothing is needed right now. Thank you!
# The bars use two patterns, so colour is never needed to tell them apart.
board-legend = █ needs   ░ offers

## Gatherings (posted by staff)
events-title = Community events
events-empty = No community events are planned yet.
events-hint = Press a number to see an event and print it.
event-when = When
event-where = Where
# "Saturday 2026-12-05, 10:00–12:00"
event-time = { $weekday } { $date }, { $start }–{ $end }
event-print = Press Enter to print this.
event-scan = Scan the square code with your phone to add this to your calendar.
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

## Paper intake form (printed for when the machine is down; filled in by hand)
form-title = Paper form: a need or an offer
form-intro = Mark one box in each part and write clearly. A volunteer will enter it for you and give you a code.
form-staff = For volunteers: entered on ________ by ________, code ____-____

## What happens next for a slip
next-need-waiting = We have your request. A volunteer is looking for what you need.
next-offer-waiting = Thank you! A volunteer is looking for someone who needs what you offer.
next-need-coming = Someone is bringing what you need. Check again soon.
next-bring-it = Someone needs what you offered: please bring it here.
next-we-collect = Someone needs what you offered: a volunteer will come to get it.
next-pick-up = Ready: please come and pick it up. Bring this ticket.
next-we-deliver = Ready: a volunteer will bring it to you.
next-we-call = A volunteer will call you.
next-in-touch-soon = A volunteer will put you in touch with the other person.
next-in-touch = You have been put in touch. Thank you!
next-handed-over = Handed over. We hope it helps!
next-received = Received. Thank you!
next-done = Done. Thank you!
next-closed = This ticket is closed.

## Details: the questions per kind and category
details-quantity-people = How many people live in your home
details-quantity-hours = How many hours can you give
offer-mode-pickup = I bring it here
offer-mode-delivery = Come and get it from me
service-mode-pickup = We meet here
service-mode-delivery = At my home
details-phone-required = Phone (needed to reach you)
details-phone-needed-delivery = Please add a phone number: a volunteer will call to ask where to come.
# The answer to "how many people live in your home": "1 person", "4 people".
quantity-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
# Hours of time offered: "1 hour", "3 hours".
quantity-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}

## Member card (optional): remembers the language and household size, never a name
card-title = Member card
card-next-time = Next time, scan this card at the kiosk: your language and the size of your household are filled in for you.
card-private = Your name is not on this card. If you lose it, ask a volunteer for a new one.
# Hours given and received in the time bank: "Hours given: 3½ · received: 1"
card-hours = Hours given: { $given } · received: { $received }
card-take = Take a member card for next time
card-printing = Printing your member card…
card-printed = Your member card is printed. Please take it too.
card-failed = The card could not be printed. A volunteer can make one for you at the desk.
card-welcome = Welcome back! Your language and household size are filled in.
card-shown = This is your member card.
card-start = Press Enter to start with this card.
card-refused = This card does not work any more. Please ask a volunteer for a new one.
statement-title = Your hours
# One line of a statement of hours: "2026-11-25 · Skills · +1½"
statement-line = { $date } · { $category } · { $hours }
statement-correction = correction
statement-balance = Balance: { $hours }
# A ticket printed at another site of the network; $site is its name.
check-elsewhere = This ticket is from { $site }, another place of our network.
# Open needs of one category at the network's other sites, under this site's counts.
board-network = { $count ->
    [one] { $count } need at other places of our network
   *[other] { $count } needs at other places of our network
}
