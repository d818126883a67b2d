//! `update`: one action in, the new state and the effects to run out.

use super::*;
use crate::domain::PREFIX;
use crate::domain::limits::{self, QUANTITY as MAX_QUANTITY};
use crate::domain::{Mode, Urgency};
/// Applies `action` at time `now` and returns the effects the runtime must run.
pub fn update(state: &mut State, action: Action, now: Millis) -> Vec<Effect> {
    // Every print attempt is noted, whatever the screen shows by the time it comes back.
    let record = match &action {
        Action::Printed { code, ok } => Some(Effect::RecordPrint {
            code: *code,
            ok: *ok,
        }),
        _ => None,
    };
    let mut effects = apply(state, action, now);
    effects.extend(record);
    effects
}

fn apply(state: &mut State, mut action: Action, now: Millis) -> Vec<Effect> {
    state.clock = state.clock.max(now);
    if action == Action::Tick {
        return tick(state);
    }
    if let Action::StartIn(tag) = &action {
        if matches!(state.screen, Screen::Welcome) {
            state.screen = Screen::Visit(Visit::new(tag, Step::Home(Menu::default())));
            state.last_input = state.clock;
        }
        return Vec::new();
    }
    if action == Action::OpenDesk {
        return open_desk(state);
    }
    if is_key(&action) || is_desk_key(&action) {
        let cancelled_countdown = state.countdown().is_some();
        state.last_input = state.clock;
        if cancelled_countdown {
            // The key only says "I'm still here".
            return Vec::new();
        }
        if action == Action::Speak {
            state.scan.clear();
            return speak(state);
        }
        action = match capture_scan(state, action) {
            Ok(effects) => return effects,
            Err(action) => action,
        };
        if let Screen::Visit(v) = &mut state.screen
            && v.speech_note == SpeechNote::Showing
        {
            v.speech_note = SpeechNote::Shown;
        }
    }
    let settings = state.settings.clone();
    match &mut state.screen {
        Screen::Desk(desk) => {
            let Action::Desk(action) = action else {
                return Vec::new();
            };
            let (effects, left) = desk::update(desk, action, &settings, state.clock);
            // A reprint is noted by the desk and printed like any slip.
            let effects = effects
                .into_iter()
                .flat_map(|e| match e {
                    desk::DeskEffect::Reprint { code } => vec![
                        Effect::Desk(desk::DeskEffect::Reprint { code }),
                        Effect::Print { code },
                    ],
                    e => vec![Effect::Desk(e)],
                })
                .collect();
            if left && !settings.staff_console {
                state.screen = Screen::Welcome;
            }
            effects
        }
        Screen::Setup(form) => match setup(form, &mut state.settings, action) {
            SetupNext::Stay => Vec::new(),
            SetupNext::Submit => vec![Effect::SetUp {
                site: form.site.trimmed(),
                admin: form.admin.trimmed(),
                pin: form.pin.text(),
            }],
            SetupNext::Finished => {
                state.screen = Screen::Welcome;
                Vec::new()
            }
        },
        Screen::Welcome => {
            if matches!(action, Action::AnyKey | Action::Char(_)) {
                state.screen = Screen::Language(Menu::default());
            }
            Vec::new()
        }
        Screen::Language(menu) => {
            match menu_key(menu, settings.languages.len(), &action) {
                MenuOutcome::Picked(i) => {
                    if let Some(lang) = settings.languages.get(i) {
                        state.screen = Screen::Visit(Visit::new(lang, Step::Home(Menu::default())));
                    }
                }
                MenuOutcome::Back => state.screen = Screen::Welcome,
                MenuOutcome::Stay => {}
            }
            Vec::new()
        }
        Screen::Visit(visit) => {
            let lang_index = settings.languages.iter().position(|l| *l == visit.lang);
            match visit_step(visit, &settings, action, state.clock) {
                Next::Stay(effects) => effects,
                Next::Languages => {
                    state.screen = Screen::Language(Menu {
                        cursor: lang_index.unwrap_or(0),
                        page: lang_index.unwrap_or(0) / PAGE,
                    });
                    Vec::new()
                }
                Next::Done => wipe(state),
            }
        }
    }
}

/// Time passes: print retries, the idle wipe, housekeeping, and an open desk looking for other
/// processes' writes.
fn tick(state: &mut State) -> Vec<Effect> {
    if let Some(effect) = retry_print(state) {
        return vec![effect];
    }
    let idle = state.clock.saturating_sub(state.last_input);
    if idle >= state.settings.idle_timeout_ms + COUNTDOWN_MS
        && is_idle_wipeable(state)
        && state.countdown().is_some()
    {
        return wipe(state);
    }
    let clock = state.clock;
    if let Screen::Desk(desk::Desk {
        phase: desk::Phase::Open(s),
        ..
    }) = &mut state.screen
        && clock >= s.checked_at + desk::CHANGES_EVERY_MS
    {
        s.checked_at = clock;
        return vec![Effect::Desk(desk::DeskEffect::CheckChanges)];
    }
    // Daily housekeeping runs on the visitor kiosk only, never in a visitor's way.
    if !state.settings.staff_console
        && matches!(state.screen, Screen::Welcome)
        && clock >= state.next_housekeeping
    {
        state.next_housekeeping = clock + HOUSEKEEPING_EVERY_MS;
        return vec![Effect::Housekeeping];
    }
    Vec::new()
}

/// A slip that failed to print is tried again, a few times, while the visitor is still there.
fn retry_print(state: &mut State) -> Option<Effect> {
    let clock = state.clock;
    let Screen::Visit(Visit {
        step: Step::Slip(view),
        ..
    }) = &mut state.screen
    else {
        return None;
    };
    let due = view.print == PrintStatus::Failed
        && view.attempts < PRINT_TRIES
        && clock.saturating_sub(view.since) >= PRINT_RETRY_MS;
    if !due {
        return None;
    }
    view.print = PrintStatus::Pending;
    view.attempts += 1;
    view.since = clock;
    Some(Effect::Print { code: view.code })
}

fn is_key(action: &Action) -> bool {
    matches!(
        action,
        Action::Digit(_)
            | Action::Char(_)
            | Action::Confirm
            | Action::Back
            | Action::Edit(_)
            | Action::Up
            | Action::Down
            | Action::AnyKey
            | Action::Speak
    )
}

/// Reads the screen aloud, or says once that this language cannot be.
fn speak(state: &mut State) -> Vec<Effect> {
    if !state.settings.speech {
        return Vec::new();
    }
    let lang = state.lang().to_owned();
    if state.settings.spoken.contains(&lang) {
        return vec![Effect::Speak];
    }
    if let Screen::Visit(v) = &mut state.screen
        && v.speech_note == SpeechNote::NotYet
    {
        v.speech_note = SpeechNote::Showing;
    }
    Vec::new()
}

/// Whether the idle wipe may run: not while an entry is being saved (the visitor is shown
/// their slip the moment it is).
fn is_idle_wipeable(state: &State) -> bool {
    !matches!(
        &state.screen,
        Screen::Welcome
            | Screen::Visit(Visit {
                step: Step::Saving(_),
                ..
            })
    )
}

/// Drops everything typed and returns to the start; an open desk is locked.
fn wipe(state: &mut State) -> Vec<Effect> {
    state.scan.clear();
    let mut effects = Vec::new();
    if let Some(staff_id) = state.desk_staff_id() {
        effects.push(Effect::Desk(desk::DeskEffect::Lock {
            staff_id: staff_id.to_owned(),
        }));
    }
    state.screen = match &state.screen {
        Screen::Setup(form) if !form.working => {
            Screen::Setup(SetupForm::new(&state.settings.site_name))
        }
        Screen::Setup(form) => Screen::Setup(form.clone()),
        Screen::Desk(d) if state.settings.staff_console => {
            effects.push(Effect::Desk(desk::DeskEffect::LoadStaff));
            Screen::Desk(desk::Desk::locked(&d.console))
        }
        _ => Screen::Welcome,
    };
    effects
}

/// F2 on a visitor screen: the desk, locked, asking who you are.
fn open_desk(state: &mut State) -> Vec<Effect> {
    if matches!(state.screen, Screen::Setup(_) | Screen::Desk(_)) {
        return Vec::new();
    }
    state.scan.clear();
    state.last_input = state.clock;
    state.screen = Screen::Desk(desk::Desk::locked("kiosk"));
    vec![Effect::Desk(desk::DeskEffect::LoadStaff)]
}

/// Whether a desk action is a key (it resets the idle clock) rather than a result.
fn is_desk_key(action: &Action) -> bool {
    matches!(action, Action::Desk(desk::DeskAction::Key(_)))
}

/// A barcode scanner types `AK1.…` and Enter on any menu screen: collect it and open the
/// check screen, rather than reading its digits as menu choices. `Err` passes the action on
/// (a digit a person pressed after a stray letter is still a digit).
fn capture_scan(state: &mut State, action: Action) -> Result<Vec<Effect>, Action> {
    use keymap::Layer;
    let layer = keymap::layer(state);
    if !matches!(layer, Layer::Menu | Layer::Scan | Layer::Welcome) {
        state.scan.clear();
        return Err(action);
    }
    let prefix = format!("{PREFIX}.");
    let c = match action {
        Action::Char(c) => c,
        Action::Confirm if state.scan.len() > prefix.len() => {
            let input = std::mem::take(&mut state.scan);
            // The slip's own language answers once it is known; until then the visitor's.
            let lang = match &state.screen {
                Screen::Visit(v) => v.lang.clone(),
                _ => state.first_lang().to_owned(),
            };
            state.screen = Screen::Visit(Visit::new(
                &lang,
                Step::Check(CheckView::new(&input, CheckState::Searching)),
            ));
            return Ok(vec![Effect::Lookup { input }]);
        }
        Action::Back if !state.scan.is_empty() => {
            state.scan.clear();
            return Ok(Vec::new());
        }
        action => {
            state.scan.clear();
            return Err(action);
        }
    };
    let scanning = !state.scan.is_empty();
    let mut candidate = std::mem::take(&mut state.scan);
    candidate.push(c);
    let fits = prefix.starts_with(&candidate)
        || (candidate.starts_with(&prefix) && candidate.len() <= limits::SCAN);
    if fits {
        state.scan = candidate;
        // On the welcome screen the first letter also starts the visit, as any key does.
        if matches!(state.screen, Screen::Welcome) {
            state.screen = Screen::Language(Menu::default());
        }
        return Ok(Vec::new());
    }
    if scanning && let Some(d) = c.to_digit(10).and_then(|d| u8::try_from(d).ok()) {
        return Err(Action::Digit(d));
    }
    match action {
        // A stray letter on a menu means nothing; on the welcome screen it starts.
        Action::Char(_) if !matches!(state.screen, Screen::Welcome) => Ok(Vec::new()),
        action => Err(action),
    }
}

enum MenuOutcome {
    Picked(usize),
    Back,
    Stay,
}

fn menu_key(menu: &mut Menu, len: usize, action: &Action) -> MenuOutcome {
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

/// Where a visit goes next.
enum Next {
    Stay(Vec<Effect>),
    /// Back to the language menu.
    Languages,
    /// The visit is over: wipe and welcome the next person.
    Done,
}

fn visit_step(visit: &mut Visit, settings: &Settings, action: Action, now: Millis) -> Next {
    let stay = Next::Stay(Vec::new());
    let lang = visit.lang.clone();
    let step = &mut visit.step;
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
                        *step = Step::Details(Details::new(Draft::new(kind, *c)));
                    }
                }
                MenuOutcome::Back => *step = home(kind),
                MenuOutcome::Stay => {}
            }
        }
        Step::Details(details) => {
            if let Some(next) = details_key(details, action) {
                *step = match next {
                    DetailsNext::Review => Step::Review(details.draft.clone()),
                    DetailsNext::Back => {
                        category(details.draft.kind, settings, Some(details.draft.category))
                    }
                };
            }
        }
        Step::Review(draft) => match action {
            Action::Confirm => {
                let draft = draft.clone();
                *step = Step::Saving(draft.clone());
                return Next::Stay(vec![Effect::Save { draft, lang }]);
            }
            Action::Back => *step = Step::Details(Details::new(draft.clone())),
            _ => {}
        },
        Step::Saving(draft) => match action {
            Action::Saved(Ok(issued)) => {
                let code = issued.code;
                *step = Step::Slip(SlipView {
                    code,
                    payload: issued.payload,
                    kind: draft.kind,
                    category: draft.category,
                    print: PrintStatus::Pending,
                    attempts: 1,
                    since: now,
                });
                return Next::Stay(vec![Effect::Print { code }]);
            }
            Action::Saved(Err(_)) => *step = Step::SaveFailed(draft.clone()),
            _ => {}
        },
        Step::SaveFailed(draft) => match action {
            Action::Confirm => {
                let draft = draft.clone();
                *step = Step::Saving(draft.clone());
                return Next::Stay(vec![Effect::Save { draft, lang }]);
            }
            Action::Back => *step = Step::Review(draft.clone()),
            _ => {}
        },
        Step::Slip(view) => match action {
            Action::Printed { code, ok } if code == view.code => {
                view.print = if ok {
                    PrintStatus::Done
                } else {
                    PrintStatus::Failed
                };
                view.since = now;
            }
            Action::Confirm | Action::Back => return Next::Done,
            _ => {}
        },
        Step::Check(view) => {
            if check_key(view, &action) {
                *step = Step::Home(HomeChoice::Check.menu());
            } else if action == Action::Confirm && view.result == CheckState::Searching {
                return Next::Stay(vec![Effect::Lookup {
                    input: view.input.text(),
                }]);
            }
        }
    }
    stay
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
            page: if settings.categories.len() > 9 {
                cursor / PAGE
            } else {
                0
            },
        },
    }
}

enum DetailsNext {
    Review,
    Back,
}

fn details_key(details: &mut Details, action: Action) -> Option<DetailsNext> {
    details.notice = None;
    let draft = &mut details.draft;
    match details.edit.take() {
        None => match action {
            Action::Digit(d @ 1..=6) => {
                let field = Field::ALL[usize::from(d - 1)];
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
            Action::Confirm if draft.needs_phone() => {
                details.notice = Some(Notice::PhoneNeeded);
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
        Action::Looked(found) if view.result == CheckState::Searching => {
            view.result = CheckState::Shown(*found);
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

enum SetupNext {
    Stay,
    /// Everything is typed: create the site.
    Submit,
    /// The site exists: welcome the first visitor.
    Finished,
}

/// Set-up form keys.
fn setup(form: &mut SetupForm, settings: &mut Settings, action: Action) -> SetupNext {
    match action {
        Action::SetUp(Ok(site)) => {
            settings.site_name = site;
            return SetupNext::Finished;
        }
        Action::SetUp(Err(reason)) => {
            form.working = false;
            form.error = Some(SetupError::Failed(reason));
            form.pin.clear();
            form.pin_again.clear();
            form.field = SetupField::Pin;
            return SetupNext::Stay;
        }
        _ if form.working => return SetupNext::Stay,
        _ => {}
    }
    let field = form.field;
    match action {
        Action::Char(c) if form.current().insert(c) => form.error = None,
        Action::Edit(e) => {
            form.current().edit(e);
        }
        Action::Back => {
            form.error = None;
            form.field = match field {
                SetupField::Site | SetupField::Admin => SetupField::Site,
                SetupField::Pin => SetupField::Admin,
                SetupField::PinAgain => SetupField::Pin,
            };
        }
        Action::Confirm => match field {
            SetupField::Site | SetupField::Admin if form.current().is_blank() => {
                form.error = Some(SetupError::NameMissing);
            }
            SetupField::Site => form.field = SetupField::Admin,
            SetupField::Admin => form.field = SetupField::Pin,
            SetupField::Pin if !limits::valid_pin(&form.pin.text()) => {
                form.error = Some(SetupError::PinInvalid);
            }
            SetupField::Pin => form.field = SetupField::PinAgain,
            SetupField::PinAgain if form.pin_again != form.pin => {
                form.error = Some(SetupError::PinMismatch);
                form.pin.clear();
                form.pin_again.clear();
                form.field = SetupField::Pin;
            }
            SetupField::PinAgain => {
                form.error = None;
                form.working = true;
                return SetupNext::Submit;
            }
        },
        _ => {}
    }
    SetupNext::Stay
}
