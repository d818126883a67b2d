//! `update`: one action in, the new state and the effects to run out.

use super::*;
use crate::domain::limits::{
    DETAIL as MAX_DETAIL, NAME as MAX_NAME, PHONE as MAX_PHONE, QUANTITY as MAX_QUANTITY,
};
use crate::domain::{self, Mode, Urgency};
use crate::slip::PREFIX;

/// Applies `action` at time `now` and returns the effects the runtime must run.
pub fn update(state: &mut State, action: Action, now: Millis) -> Vec<Effect> {
    state.clock = state.clock.max(now);
    if action == Action::Tick {
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
        // `?` is never part of a scanned payload; `0` is, once a scan has begun.
        if is_speak_key(state, &action) && (state.scan.is_empty() || action != Action::Digit(0)) {
            state.scan.clear();
            return speak(state);
        }
        if let Some(effects) = capture_scan(state, &action) {
            return effects;
        }
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
            let (effects, left) = desk::update(desk, action, &settings);
            let effects = effects.into_iter().map(Effect::Desk).collect();
            if left && !settings.staff_console {
                state.screen = Screen::Welcome;
            }
            effects
        }
        Screen::Setup(form) => match setup(form, &mut state.settings, action) {
            SetupNext::Stay => Vec::new(),
            SetupNext::Submit => vec![Effect::SetUp {
                site: form.site.trim().to_owned(),
                admin: form.admin.trim().to_owned(),
                pin: form.pin.clone(),
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
            | Action::Erase
            | Action::Up
            | Action::Down
            | Action::AnyKey
            | Action::Speak
    )
}

/// F1 anywhere a visitor is; `?` and `0` where they are not typed as text (menus and the
/// welcome screen; `0` is never a menu choice).
fn is_speak_key(state: &State, action: &Action) -> bool {
    use keymap::Layer;
    let visitor = matches!(
        state.screen,
        Screen::Welcome | Screen::Language(_) | Screen::Visit(_)
    );
    let menu = matches!(keymap::layer(state), Layer::Menu | Layer::AnyKey);
    visitor
        && match action {
            Action::Speak => true,
            Action::Digit(0) | Action::Char('?' | '0') => menu,
            _ => false,
        }
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
        Screen::Setup(form) if !form.working => Screen::Setup(SetupForm {
            site: state.settings.site_name.clone(),
            ..SetupForm::default()
        }),
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
    use desk::DeskAction as D;
    matches!(
        action,
        Action::Desk(
            D::Char(_)
                | D::Erase
                | D::Confirm
                | D::Back
                | D::Up
                | D::Down
                | D::Left
                | D::Right
                | D::NextTab
                | D::PrevTab
                | D::StatusFilter
                | D::DropOff
                | D::HandOut
                | D::CancelMatch
                | D::FindMatch
                | D::Reprint
                | D::Lock
        )
    )
}

/// A barcode scanner types `AK1.…` and Enter on any menu screen: collect it and open the
/// check screen, rather than reading its digits as menu choices.
fn capture_scan(state: &mut State, action: &Action) -> Option<Vec<Effect>> {
    use keymap::Layer;
    let on_menu = keymap::layer(state) == Layer::Menu || matches!(state.screen, Screen::Welcome);
    if !on_menu {
        state.scan.clear();
        return None;
    }
    let prefix = format!("{PREFIX}.");
    let c = match action {
        Action::Char(c) => *c,
        Action::Digit(d) if !state.scan.is_empty() => char::from(b'0' + d),
        Action::Confirm if state.scan.len() > prefix.len() => {
            let input = std::mem::take(&mut state.scan);
            let lang = match &state.screen {
                Screen::Visit(v) => v.lang.clone(),
                _ => state.first_lang().to_owned(),
            };
            state.screen = Screen::Visit(Visit::new(
                &lang,
                Step::Check(CheckView {
                    input: input.clone(),
                    result: CheckState::Searching,
                }),
            ));
            return Some(vec![Effect::Lookup { input }]);
        }
        _ => {
            state.scan.clear();
            return None;
        }
    };
    let mut candidate = std::mem::take(&mut state.scan);
    candidate.push(c);
    let fits = prefix.starts_with(&candidate)
        || (candidate.starts_with(&prefix) && candidate.len() <= MAX_CHECK_INPUT);
    if fits {
        state.scan = candidate;
        // On the welcome screen the first letter also starts the visit, as any key does.
        if matches!(state.screen, Screen::Welcome) {
            state.screen = Screen::Language(Menu::default());
        }
        return Some(Vec::new());
    }
    match action {
        // A stray letter on a menu means nothing; on the welcome screen it starts.
        Action::Char(_) if !matches!(state.screen, Screen::Welcome) => Some(Vec::new()),
        _ => None,
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

const HOME_ITEMS: usize = 5;

fn visit_step(visit: &mut Visit, settings: &Settings, action: Action, now: Millis) -> Next {
    let stay = Next::Stay(Vec::new());
    let lang = visit.lang.clone();
    let step = &mut visit.step;
    match step {
        Step::Home(menu) => match menu_key(menu, HOME_ITEMS, &action) {
            MenuOutcome::Picked(0) => *step = category(Kind::Need, settings, None),
            MenuOutcome::Picked(1) => *step = category(Kind::Offer, settings, None),
            MenuOutcome::Picked(2) => {
                *step = Step::Check(CheckView {
                    input: String::new(),
                    result: CheckState::Typing,
                })
            }
            MenuOutcome::Picked(3) => {
                *step = Step::Board(BoardView::default());
                return Next::Stay(vec![Effect::LoadBoard]);
            }
            MenuOutcome::Picked(_) => {
                *step = Step::Events(EventsView::default());
                return Next::Stay(vec![Effect::LoadEvents { lang }]);
            }
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
                        *step = Step::Details(Details {
                            draft: Draft::new(Kind::Offer, *c),
                            edit: None,
                            notice: None,
                        });
                    }
                }
                MenuOutcome::Back => *step = Step::Home(Menu { cursor: 3, page: 0 }),
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
                        MenuOutcome::Back => *step = Step::Home(Menu { cursor: 4, page: 0 }),
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
                        *step = Step::Details(Details {
                            draft: Draft::new(kind, *c),
                            edit: None,
                            notice: None,
                        });
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
            Action::Back => {
                *step = Step::Details(Details {
                    draft: draft.clone(),
                    edit: None,
                    notice: None,
                })
            }
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
                *step = Step::Home(Menu { cursor: 2, page: 0 });
            } else if action == Action::Confirm && view.result == CheckState::Searching {
                return Next::Stay(vec![Effect::Lookup {
                    input: view.input.clone(),
                }]);
            }
        }
    }
    stay
}

fn home(kind: Kind) -> Step {
    Step::Home(Menu {
        cursor: usize::from(kind == Kind::Offer),
        page: 0,
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
                details.edit = Some(match field {
                    Field::Urgency | Field::Mode => Edit::Choice(field),
                    Field::Quantity => Edit::Text {
                        field,
                        buffer: String::new(),
                    },
                    Field::Detail => text_edit(field, &draft.detail),
                    Field::Name => text_edit(field, &draft.name),
                    Field::Phone => text_edit(field, &draft.phone),
                });
            }
            Action::Confirm if draft.needs_phone() => {
                details.notice = Some(Notice::PhoneNeeded);
                details.edit = Some(text_edit(Field::Phone, ""));
            }
            Action::Confirm => return Some(DetailsNext::Review),
            Action::Back => return Some(DetailsNext::Back),
            _ => {}
        },
        Some(Edit::Choice(field)) => match action {
            Action::Digit(d @ 1..=3) => {
                let i = usize::from(d - 1);
                if field == Field::Urgency {
                    draft.urgency = Urgency::ALL.get(i).copied().unwrap_or(draft.urgency);
                } else {
                    draft.mode = Mode::ALL.get(i).copied().unwrap_or(draft.mode);
                }
            }
            Action::Back | Action::Confirm => {}
            _ => details.edit = Some(Edit::Choice(field)),
        },
        Some(Edit::Text { field, mut buffer }) => match action {
            Action::Char(c) => {
                if accepts(field, &buffer, c) {
                    buffer.push(c);
                }
                details.edit = Some(Edit::Text { field, buffer });
            }
            Action::Erase => {
                buffer.pop();
                details.edit = Some(Edit::Text { field, buffer });
            }
            Action::Confirm => {
                let value = buffer.trim().to_owned();
                match field {
                    Field::Quantity => match value.parse::<u8>() {
                        Ok(n) if (1..=MAX_QUANTITY).contains(&n) => draft.quantity = n,
                        _ if value.is_empty() => {}
                        _ => {
                            details.notice = Some(Notice::BadNumber);
                            details.edit = Some(Edit::Text {
                                field,
                                buffer: String::new(),
                            });
                        }
                    },
                    Field::Detail => draft.detail = value,
                    Field::Name => draft.name = value,
                    Field::Phone => draft.phone = value,
                    Field::Urgency | Field::Mode => {}
                }
            }
            Action::Back => {}
            _ => details.edit = Some(Edit::Text { field, buffer }),
        },
    }
    None
}

fn text_edit(field: Field, current: &str) -> Edit {
    Edit::Text {
        field,
        buffer: current.to_owned(),
    }
}

/// Whether `c` may be added to `buffer` for `field`.
fn accepts(field: Field, buffer: &str, c: char) -> bool {
    let len = buffer.chars().count();
    match field {
        Field::Quantity => c.is_ascii_digit() && len < 2,
        Field::Phone => domain::is_phone_char(c) && len < MAX_PHONE,
        Field::Name => domain::is_text_char(c) && len < MAX_NAME,
        Field::Detail => domain::is_text_char(c) && len < MAX_DETAIL,
        Field::Urgency | Field::Mode => false,
    }
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
            if domain::is_text_char(*c) && view.input.len() < MAX_CHECK_INPUT {
                view.input.push(*c);
            }
        }
        Action::Erase => {
            view.input.pop();
            view.result = CheckState::Typing;
        }
        Action::Confirm if shown => {
            view.input.clear();
            view.result = CheckState::Typing;
        }
        Action::Confirm if !view.input.trim().is_empty() => view.result = CheckState::Searching,
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
    let buffer = match field {
        SetupField::Site => &mut form.site,
        SetupField::Admin => &mut form.admin,
        SetupField::Pin => &mut form.pin,
        SetupField::PinAgain => &mut form.pin_again,
    };
    match action {
        Action::Char(c) => {
            let len = buffer.chars().count();
            let ok = match field {
                SetupField::Site => domain::is_text_char(c) && len < 60,
                SetupField::Admin => domain::is_text_char(c) && len < MAX_NAME,
                SetupField::Pin | SetupField::PinAgain => c.is_ascii_digit() && len < 8,
            };
            if ok {
                buffer.push(c);
                form.error = None;
            }
        }
        Action::Erase => {
            buffer.pop();
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
            SetupField::Site | SetupField::Admin if buffer.trim().is_empty() => {
                form.error = Some(SetupError::NameMissing);
            }
            SetupField::Site => form.field = SetupField::Admin,
            SetupField::Admin => form.field = SetupField::Pin,
            SetupField::Pin if !crate::auth::valid_pin(buffer) => {
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
