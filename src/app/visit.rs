//! A visitor's steps: Home, categories, the details form, review, the slip, "check my slip",
//! the board and gatherings; and the numbered menus they share.

use super::*;
use crate::domain::limits::QUANTITY as MAX_QUANTITY;
use crate::domain::{Mode, Urgency};

pub(super) enum MenuOutcome {
    Picked(usize),
    Back,
    Stay,
}

pub(super) fn menu_key(menu: &mut Menu, len: usize, action: &Action) -> MenuOutcome {
    if len == 0 {
        return match action {
            Action::Back => MenuOutcome::Back,
            _ => MenuOutcome::Stay,
        };
    }
    let paged = Menu::pages(len) > 1;
    match *action {
        Action::Digit(9) if paged => {
            menu.page = (menu.page + 1) % Menu::pages(len);
            menu.cursor = menu.page * PAGE;
            MenuOutcome::Stay
        }
        Action::Digit(d) => {
            let (start, count) = menu.page_range(len);
            let d = usize::from(d);
            if (1..=count).contains(&d) {
                MenuOutcome::Picked(start + d - 1)
            } else {
                MenuOutcome::Stay
            }
        }
        Action::Up | Action::Down => {
            menu.cursor = if *action == Action::Up {
                (menu.cursor + len - 1) % len
            } else {
                (menu.cursor + 1) % len
            };
            if paged {
                menu.page = menu.cursor / PAGE;
            }
            MenuOutcome::Stay
        }
        Action::Confirm => MenuOutcome::Picked(menu.cursor.min(len - 1)),
        Action::Back => MenuOutcome::Back,
        _ => MenuOutcome::Stay,
    }
}

/// A key on the language menu. Up to [`LANGUAGES_AT_ONCE`] languages show at once, numbered
/// from 1: a digit that no longer number starts with picks at once; one that does ("1" of 13)
/// moves there and waits for a second digit ("3"), Enter, or [`SECOND_DIGIT_MS`] without a
/// key (then it picks what it moved to). More languages than that page as other menus do.
pub(super) fn language_key(menu: &mut Menu, len: usize, action: &Action) -> MenuOutcome {
    if len > LANGUAGES_AT_ONCE {
        return menu_key(menu, len, action);
    }
    let typed = menu.typed.take();
    match (action, typed) {
        (&Action::Digit(d), Some(first)) => {
            let n = usize::from(first) * 10 + usize::from(d);
            if (1..=len).contains(&n) {
                MenuOutcome::Picked(n - 1)
            } else {
                // Not a number on the menu: the first digit stands, and so does the wait.
                menu.typed = Some(first);
                MenuOutcome::Stay
            }
        }
        (&Action::Digit(d), None) => {
            let d = usize::from(d);
            if d == 0 || d > len {
                MenuOutcome::Stay
            } else if d * 10 <= len {
                menu.cursor = d - 1;
                menu.typed = u8::try_from(d).ok();
                MenuOutcome::Stay
            } else {
                MenuOutcome::Picked(d - 1)
            }
        }
        (&Action::Confirm, Some(first)) => MenuOutcome::Picked(usize::from(first) - 1),
        (Action::Up | Action::Down, _) => {
            menu.cursor = if *action == Action::Up {
                (menu.cursor + len - 1) % len
            } else {
                (menu.cursor + 1) % len
            };
            MenuOutcome::Stay
        }
        (Action::Confirm, None) => MenuOutcome::Picked(menu.cursor.min(len - 1)),
        (Action::Back, _) => MenuOutcome::Back,
        // Anything else (a print result, a letter) leaves a first digit waiting.
        _ => {
            menu.typed = typed;
            MenuOutcome::Stay
        }
    }
}

/// Where a visit goes next.
pub(super) enum Next {
    Stay(Vec<Effect>),
    /// Back to the language menu.
    Languages,
    /// The visit is over: wipe and welcome the next person.
    Done,
}

pub(super) fn visit_step(
    visit: &mut Visit,
    settings: &Settings,
    action: Action,
    now: Millis,
) -> Next {
    let stay = Next::Stay(Vec::new());
    let lang = visit.lang.clone();
    let member = visit.member.as_ref().map(|m| m.id.clone());
    let household = visit.member.as_ref().and_then(|m| m.household);
    let step = &mut visit.step;
    let kept = &mut visit.kept;
    let basket = &mut visit.basket;
    // A member card scanned or confirmed on the check screen: the visit starts over as theirs.
    let mut card: Option<Box<crate::domain::member::MemberView>> = None;
    match step {
        Step::Home(menu) => match menu_key(menu, HomeChoice::ALL.len(), &action) {
            MenuOutcome::Picked(i) => match HomeChoice::ALL.get(i) {
                Some(HomeChoice::Need) => *step = category(Kind::Need, settings, None),
                Some(HomeChoice::Offer) => *step = category(Kind::Offer, settings, None),
                Some(HomeChoice::Check) => {
                    *step = Step::Check(CheckView::new("", CheckState::Typing))
                }
                Some(HomeChoice::Board) => {
                    *step = Step::Board(BoardView::default());
                    return Next::Stay(vec![Effect::LoadBoard]);
                }
                Some(HomeChoice::Events) => {
                    *step = Step::Events(EventsView::default());
                    return Next::Stay(vec![Effect::LoadEvents { lang }]);
                }
                None => {}
            },
            MenuOutcome::Back => return Next::Languages,
            MenuOutcome::Stay => {}
        },
        Step::Board(board) => {
            if let Action::BoardLoaded(rows) = action {
                board.rows = Some(rows);
                return stay;
            }
            // Picking a category starts an offer there: the board invites one.
            match menu_key(&mut board.menu, settings.categories.len(), &action) {
                MenuOutcome::Picked(i) => {
                    if let Some(c) = settings.categories.get(i) {
                        *step = Step::Details(Details::new(Draft::new(Kind::Offer, *c)));
                    }
                }
                MenuOutcome::Back => *step = Step::Home(HomeChoice::Board.menu()),
                MenuOutcome::Stay => {}
            }
        }
        Step::Events(view) => match action {
            Action::EventsLoaded(events) => view.events = Some(events),
            Action::EventPrinted { id, ok } => {
                let shown = view.open.and_then(|i| view.events.as_ref()?.get(i));
                if shown.is_some_and(|e| e.id == id) {
                    view.print = Some(if ok {
                        PrintStatus::Done
                    } else {
                        PrintStatus::Failed
                    });
                }
            }
            _ => match view.open {
                Some(i) => match action {
                    Action::Confirm if view.print != Some(PrintStatus::Pending) => {
                        if let Some(e) = view.events.as_ref().and_then(|es| es.get(i)) {
                            view.print = Some(PrintStatus::Pending);
                            return Next::Stay(vec![Effect::PrintEvent {
                                id: e.id.clone(),
                                lang,
                            }]);
                        }
                    }
                    Action::Back => {
                        view.open = None;
                        view.print = None;
                    }
                    _ => {}
                },
                None => {
                    let len = view.events.as_ref().map_or(0, Vec::len);
                    match menu_key(&mut view.menu, len, &action) {
                        MenuOutcome::Picked(i) => view.open = Some(i),
                        MenuOutcome::Back => *step = Step::Home(HomeChoice::Events.menu()),
                        MenuOutcome::Stay => {}
                    }
                }
            },
        },
        Step::Category { kind, menu } => {
            let kind = *kind;
            match menu_key(menu, settings.categories.len(), &action) {
                MenuOutcome::Picked(i) => {
                    if let Some(c) = settings.categories.get(i) {
                        let draft = match kept.take() {
                            // Back from the questions to fix the category: every answer kept.
                            Some(old) if old.kind == kind => {
                                rehome(old, *c, household, &settings.services)
                            }
                            _ => fill_household(Draft::new(kind, *c), household, settings),
                        };
                        *step = Step::Details(Details::new(draft));
                    }
                }
                // Back from choosing one more thing: the ticket as it was, to save or change.
                MenuOutcome::Back => match basket.pop() {
                    Some(last) => {
                        *kept = None;
                        *step = Step::Review(last);
                    }
                    None => *step = home(kind),
                },
                MenuOutcome::Stay => {}
            }
        }
        Step::Details(details) => {
            if let Some(next) = details_key(details, action, &settings.services) {
                *step = match next {
                    DetailsNext::Review => Step::Review(details.draft.clone()),
                    DetailsNext::Back => {
                        *kept = Some(details.draft.clone());
                        category(details.draft.kind, settings, Some(details.draft.category))
                    }
                };
            }
        }
        Step::Review(draft) => match action {
            Action::Confirm => {
                let drafts = ticket(basket, draft);
                *step = Step::Saving(draft.clone());
                return Next::Stay(vec![Effect::Save {
                    drafts,
                    lang,
                    member,
                }]);
            }
            // "Add something else": this thing goes on the ticket, the next one starts from
            // the same name, phone and household.
            Action::Digit(1) if can_add(basket) => {
                let kind = draft.kind;
                basket.push(draft.clone());
                *kept = Some(next_thing(draft, &settings.services));
                *step = category(kind, settings, None);
            }
            Action::Back => *step = Step::Details(Details::new(draft.clone())),
            _ => {}
        },
        Step::Saving(draft) => match action {
            Action::Saved(Ok(issued)) => {
                let code = issued.code;
                let things = basket.len() + 1;
                let counted = household_of(&ticket(basket, draft), &settings.services);
                basket.clear();
                *step = Step::Slip(SlipView {
                    code,
                    payload: issued.payload,
                    things,
                    print: PrintStatus::Pending,
                    attempts: 1,
                    since: now,
                    shown: now,
                    card: if member.is_some() {
                        CardOffer::Member
                    } else {
                        CardOffer::Offered
                    },
                    household: counted,
                });
                return Next::Stay(vec![Effect::Print { code }]);
            }
            Action::Saved(Err(_)) => *step = Step::SaveFailed(draft.clone()),
            _ => {}
        },
        Step::SaveFailed(draft) => match action {
            Action::Confirm => {
                let drafts = ticket(basket, draft);
                *step = Step::Saving(draft.clone());
                return Next::Stay(vec![Effect::Save {
                    drafts,
                    lang,
                    member,
                }]);
            }
            Action::Back => *step = Step::Review(draft.clone()),
            _ => {}
        },
        Step::Slip(view) => match action {
            Action::Printed { code, error } if code == view.code => {
                view.print = if error.is_none() {
                    PrintStatus::Done
                } else {
                    PrintStatus::Failed
                };
                view.since = now;
            }
            // "Take a member card for next time": made for this ticket, printed after it.
            Action::Digit(1) if view.card == CardOffer::Offered => {
                view.card = CardOffer::Printing;
                return Next::Stay(vec![Effect::IssueCard {
                    ticket: view.code,
                    lang,
                    household: view.household,
                }]);
            }
            Action::CardPrinted { ticket, ok, .. }
                if view.card == CardOffer::Printing && ticket == view.code =>
            {
                view.card = if ok {
                    CardOffer::Printed
                } else {
                    CardOffer::Failed
                };
            }
            Action::Confirm | Action::Back => return Next::Done,
            _ => {}
        },
        Step::Check(view) => {
            // A slip scanned before a language was chosen answers in the slip's own language.
            if let Action::Looked(Lookup::Found { .. }, Some(slip_lang)) = &action
                && view.follow_slip
                && view.result == CheckState::Searching
                && settings.languages.contains(slip_lang)
            {
                visit.lang.clone_from(slip_lang);
            }
            card = match (&action, &view.result) {
                // A card scanned: straight to Home as its member (express return).
                (Action::Looked(Lookup::Card(m), _), CheckState::Searching) if view.scanned => {
                    Some(m.clone())
                }
                // A card's code typed and shown: Enter starts with it.
                (Action::Confirm, CheckState::Shown(Lookup::Card(m))) => Some(m.clone()),
                _ => None,
            };
            if card.is_none() && check_key(view, &action) {
                *step = Step::Home(HomeChoice::Check.menu());
            } else if card.is_none()
                && action == Action::Confirm
                && view.result == CheckState::Searching
            {
                return Next::Stay(vec![Effect::Lookup {
                    input: view.input.text(),
                }]);
            }
        }
    }
    if let Some(m) = card {
        if settings.languages.contains(&m.language) {
            visit.lang.clone_from(&m.language);
        }
        visit.member = Some(m);
        visit.kept = None;
        visit.basket.clear();
        visit.step = Step::Home(Menu::default());
    }
    stay
}

/// A new draft of a member's visit: the household size they gave fills a count of people.
fn fill_household(mut draft: Draft, household: Option<u8>, settings: &Settings) -> Draft {
    if let Some(h) = household
        && draft.count(&settings.services) == crate::domain::Count::People
    {
        draft.quantity = h;
    }
    draft
}

/// The household size a ticket counted (its first count of people), for a card taken now.
fn household_of(drafts: &[Draft], services: &[crate::domain::Category]) -> Option<u8> {
    drafts
        .iter()
        .find(|d| d.count(services) == crate::domain::Count::People)
        .map(|d| d.quantity)
}

/// Whether one more thing fits on this visit's ticket.
pub fn can_add(basket: &[Draft]) -> bool {
    basket.len() + 1 < crate::domain::limits::TICKET_ITEMS
}

/// Everything on the ticket: the things added before, then the one in hand.
fn ticket(basket: &[Draft], draft: &Draft) -> Vec<Draft> {
    basket
        .iter()
        .chain(std::iter::once(draft))
        .cloned()
        .collect()
}

/// The answers the next thing on a ticket starts from: who and how to reach them, when and
/// how; the household size when it is counted; never the note, which was about that thing.
fn next_thing(draft: &Draft, services: &[crate::domain::Category]) -> Draft {
    let people = draft.count(services) == crate::domain::Count::People;
    Draft {
        detail: String::new(),
        quantity: if people { draft.quantity } else { 1 },
        ..draft.clone()
    }
}

fn home(kind: Kind) -> Step {
    Step::Home(match kind {
        Kind::Need => HomeChoice::Need.menu(),
        Kind::Offer => HomeChoice::Offer.menu(),
    })
}

fn category(kind: Kind, settings: &Settings, selected: Option<Category>) -> Step {
    let cursor = selected
        .and_then(|c| settings.categories.iter().position(|x| *x == c))
        .unwrap_or(0);
    Step::Category {
        kind,
        menu: Menu {
            cursor,
            typed: None,
            page: if settings.categories.len() > 9 {
                cursor / PAGE
            } else {
                0
            },
        },
    }
}

/// `draft` moved to `category`: the answers stay; a count that now counts something else
/// (people, not items) starts again: from a member's household size when it counts people,
/// else from 1.
fn rehome(draft: Draft, category: Category, household: Option<u8>, services: &[Category]) -> Draft {
    let before = draft.count(services);
    let mut draft = Draft { category, ..draft };
    let now = draft.count(services);
    if now != before {
        draft.quantity = match (now, household) {
            (crate::domain::Count::People, Some(h)) => h,
            _ => 1,
        };
    }
    draft
}

enum DetailsNext {
    Review,
    Back,
}

fn details_key(
    details: &mut Details,
    action: Action,
    services: &[Category],
) -> Option<DetailsNext> {
    details.notice = None;
    let draft = &mut details.draft;
    match details.edit.take() {
        None => match action {
            Action::Digit(d) if d >= 1 => {
                // A digit past the questions asked (a ride has five) does nothing.
                let &field = draft.fields(services).get(usize::from(d - 1))?;
                details.edit = Some(match field.input() {
                    None => Editing::Choice(field),
                    // A quantity is typed afresh; text answers are changed where they are.
                    Some(input) if field == Field::Quantity => Editing::Text { field, input },
                    Some(input) => Editing::Text {
                        field,
                        input: input.with_text(draft.text(field)),
                    },
                });
            }
            Action::Confirm if draft.phone_wanted().is_some() => {
                details.notice = draft.phone_wanted().map(Notice::PhoneNeeded);
                details.edit = Field::Phone.input().map(|input| Editing::Text {
                    field: Field::Phone,
                    input,
                });
            }
            Action::Confirm => return Some(DetailsNext::Review),
            Action::Back => return Some(DetailsNext::Back),
            _ => {}
        },
        Some(Editing::Choice(field)) => match action {
            Action::Digit(d @ 1..=3) => {
                let i = usize::from(d - 1);
                if field == Field::Urgency {
                    draft.urgency = Urgency::ALL.get(i).copied().unwrap_or(draft.urgency);
                } else {
                    draft.mode = Mode::ALL.get(i).copied().unwrap_or(draft.mode);
                }
            }
            Action::Back | Action::Confirm => {}
            _ => details.edit = Some(Editing::Choice(field)),
        },
        Some(Editing::Text { field, mut input }) => match action {
            Action::Char(c) => {
                input.insert(c);
                details.edit = Some(Editing::Text { field, input });
            }
            Action::Edit(e) => {
                input.edit(e);
                details.edit = Some(Editing::Text { field, input });
            }
            Action::Confirm => {
                let value = input.trimmed();
                match field {
                    Field::Quantity => match value.parse::<u8>() {
                        Ok(n) if (1..=MAX_QUANTITY).contains(&n) => draft.quantity = n,
                        _ if value.is_empty() => {}
                        _ => {
                            details.notice = Some(Notice::BadNumber);
                            input.clear();
                            details.edit = Some(Editing::Text { field, input });
                        }
                    },
                    Field::Detail => draft.detail = value,
                    Field::Name => draft.name = value,
                    Field::Phone => draft.phone = value,
                    Field::Urgency | Field::Mode => {}
                }
            }
            Action::Back => {}
            _ => details.edit = Some(Editing::Text { field, input }),
        },
    }
    None
}

/// Handles a key on the check screen; true means "go back home".
fn check_key(view: &mut CheckView, action: &Action) -> bool {
    let shown = matches!(view.result, CheckState::Shown(_));
    match action {
        Action::Looked(found, _) if view.result == CheckState::Searching => {
            view.result = CheckState::Shown(found.clone());
        }
        _ if view.result == CheckState::Searching => {}
        Action::Char(c) => {
            if shown {
                view.input.clear();
                view.result = CheckState::Typing;
            }
            view.input.insert(*c);
        }
        Action::Edit(e) => {
            view.input.edit(*e);
            view.result = CheckState::Typing;
        }
        Action::Confirm if shown => {
            view.input.clear();
            view.result = CheckState::Typing;
        }
        Action::Confirm if !view.input.is_blank() => view.result = CheckState::Searching,
        Action::Back => return true,
        _ => {}
    }
    false
}
