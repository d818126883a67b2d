//! `update`: one action in, the new state and the effects to run out.

use super::setup::{SetupNext, setup};
use super::visit::{MenuOutcome, Next, language_key, visit_step};
use super::*;
use crate::domain::PREFIX;
use crate::domain::limits;
use crate::domain::member::CARD_PREFIX;
/// Applies `action` at time `now` and returns the effects the runtime must run.
pub fn update(state: &mut State, action: Action, now: Millis) -> Vec<Effect> {
    // Every print attempt is noted, whatever the screen shows by the time it comes back, and
    // the desk hears how its own prints went.
    let mut record = Vec::new();
    if let Action::Printed { code, error } = &action {
        record.push(Effect::RecordPrint {
            code: *code,
            error: error.clone(),
        });
        state.printer = Some(PrinterNote {
            code: *code,
            error: error.clone(),
            at: state.clock,
        });
        if state.desk_staff_id().is_some() {
            let notice = match error {
                None => desk::Notice::Printed(*code),
                Some(e) => desk::Notice::PrintFailed(*code, e.clone()),
            };
            let effects = apply(state, Action::Desk(desk::DeskAction::Done(notice)), now);
            record.extend(effects);
        }
    }
    // A card that did not print is not the visitor's: the member it made goes again, so
    // nobody is counted twice when a volunteer makes them one at the desk.
    if let Action::CardPrinted {
        card: Some(card),
        ok: false,
        ..
    } = &action
    {
        record.push(Effect::ForgetCard { card: *card });
    }
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
                    desk::DeskEffect::PrintSlip { code } => vec![Effect::Print { code }],
                    desk::DeskEffect::PrintCard { code } => vec![Effect::PrintCard { code }],
                    desk::DeskEffect::PrintStatement { member_id } => {
                        vec![Effect::PrintStatement { member_id }]
                    }
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
            match language_key(menu, settings.languages.len(), &action) {
                MenuOutcome::Picked(i) => start_visit(state, i),
                MenuOutcome::Back => {
                    state.member = None;
                    state.screen = Screen::Welcome;
                }
                MenuOutcome::Stay => {}
            }
            Vec::new()
        }
        Screen::Visit(visit) => {
            let lang_index = settings.languages.iter().position(|l| *l == visit.lang);
            match visit_step(visit, &settings, action, state.clock) {
                Next::Stay(effects) => effects,
                Next::Languages => {
                    // A member choosing another language stays the member.
                    state.member = visit.member.take();
                    let cursor = lang_index.unwrap_or(0);
                    let paged = settings.languages.len() > LANGUAGES_AT_ONCE;
                    state.screen = Screen::Language(Menu {
                        cursor,
                        page: if paged { cursor / PAGE } else { 0 },
                        typed: None,
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
    // The slip goes at its fixed time, whatever keys were pressed since.
    if let Screen::Visit(Visit {
        step: Step::Slip(view),
        ..
    }) = &state.screen
        && state.clock >= view.ends()
    {
        state.screen = Screen::Welcome;
        return Vec::new();
    }
    let idle = state.clock.saturating_sub(state.last_input);
    // A first digit on the language menu that no second digit followed: it picks, as Enter
    // would.
    if let Screen::Language(menu) = &mut state.screen
        && menu.typed.is_some()
        && idle >= SECOND_DIGIT_MS
    {
        let len = state.settings.languages.len();
        if let MenuOutcome::Picked(i) = language_key(menu, len, &Action::Confirm) {
            start_visit(state, i);
        }
        return Vec::new();
    }
    let timeout = match &state.screen {
        Screen::Desk(_) => state.settings.desk_idle_lock_ms,
        _ => state.settings.idle_timeout_ms,
    };
    if idle >= timeout + COUNTDOWN_MS && is_idle_wipeable(state) && state.countdown().is_some() {
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
    // The network's files are written and read between visitors, never while a key waits.
    if !state.settings.staff_console
        && matches!(state.screen, Screen::Welcome)
        && clock >= state.next_sync
    {
        state.next_sync = clock + crate::app::state::SYNC_EVERY_MS;
        return vec![Effect::Sync];
    }
    Vec::new()
}

/// The visit in the `i`-th of the site's languages begins, on Home.
fn start_visit(state: &mut State, i: usize) {
    if let Some(lang) = state.settings.languages.get(i) {
        state.screen = Screen::Visit(Visit {
            member: state.member.take(),
            ..Visit::new(lang, Step::Home(Menu::default()))
        });
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
    state.member = None;
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
    // Slips (`AK1.…`) and member cards (`AK1M.…`).
    let prefixes = [format!("{PREFIX}."), format!("{CARD_PREFIX}.")];
    let c = match action {
        Action::Char(c) => c,
        Action::Confirm
            if prefixes
                .iter()
                .any(|p| state.scan.starts_with(p.as_str()) && state.scan.len() > p.len()) =>
        {
            let input = std::mem::take(&mut state.scan);
            // The slip's own language answers once it is known; until then the visitor's.
            let (lang, follow_slip, member) = match &state.screen {
                Screen::Visit(v) => (v.lang.clone(), false, v.member.clone()),
                _ => (state.first_lang().to_owned(), true, state.member.take()),
            };
            // A member who scans a slip mid-visit is still the member.
            state.screen = Screen::Visit(Visit {
                member,
                ..Visit::new(
                    &lang,
                    Step::Check(CheckView {
                        follow_slip,
                        scanned: true,
                        ..CheckView::new(&input, CheckState::Searching)
                    }),
                )
            });
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
    let fits = prefixes.iter().any(|prefix| {
        prefix.starts_with(&candidate)
            || (candidate.starts_with(prefix.as_str()) && candidate.len() <= limits::SCAN)
    });
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
