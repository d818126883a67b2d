//! Keys to actions. The input layer (menu, typing, any-key) is derived from the state, so the
//! same key means the same thing everywhere it can.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::desk::DeskAction;
use super::{Action, Edit, Screen, State, Step};

/// How keys are read on the current screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// Any key moves on (welcome, countdown).
    AnyKey,
    /// Digits choose, Enter confirms, Esc and Backspace go back.
    Menu,
    /// Keys type text; Backspace erases, Enter confirms, Esc goes back.
    Typing,
    /// Nothing is read (waiting for the database).
    Wait,
    /// The staff desk's own keys (scan line, tabs, function keys).
    Desk,
}

/// The input layer of `state`.
pub fn layer(state: &State) -> Layer {
    if state.countdown().is_some() {
        return Layer::AnyKey;
    }
    match &state.screen {
        Screen::Welcome => Layer::AnyKey,
        Screen::Setup(form) if form.working => Layer::Wait,
        Screen::Setup(_) => Layer::Typing,
        Screen::Language(_) => Layer::Menu,
        Screen::Desk(_) => Layer::Desk,
        Screen::Visit(v) => match &v.step {
            Step::Details(d) => match d.edit {
                Some(Edit::Text { .. }) => Layer::Typing,
                _ => Layer::Menu,
            },
            Step::Check(_) => Layer::Typing,
            Step::Saving(_) => Layer::Wait,
            _ => Layer::Menu,
        },
    }
}

/// The action for a key, or `None` to ignore it. Ctrl+C, Ctrl+Z and Ctrl+\ mean nothing: a
/// kiosk must not be escaped from its keyboard.
pub fn action(state: &State, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SUPER)
    {
        return None;
    }
    let layer = layer(state);
    if layer == Layer::Desk {
        return desk_action(key.code).map(Action::Desk);
    }
    // F2 opens the staff desk from any visitor screen.
    if key.code == KeyCode::F(2)
        && !matches!(state.screen, Screen::Setup(_))
        && state.countdown().is_none()
    {
        return Some(Action::OpenDesk);
    }
    match (layer, key.code) {
        (Layer::Wait, _) | (Layer::Desk, _) => None,
        // A scanner may type a payload on the welcome screen: let its letters through.
        (Layer::AnyKey, KeyCode::Char(c)) if matches!(state.screen, Screen::Welcome) => {
            Some(Action::Char(c))
        }
        (Layer::AnyKey, _) => Some(Action::AnyKey),
        (_, KeyCode::Enter) => Some(Action::Confirm),
        (_, KeyCode::Esc) => Some(Action::Back),
        (Layer::Typing, KeyCode::Backspace) => Some(Action::Erase),
        (Layer::Menu, KeyCode::Backspace) => Some(Action::Back),
        (_, KeyCode::Up) => Some(Action::Up),
        (_, KeyCode::Down) => Some(Action::Down),
        (Layer::Typing, KeyCode::Char(c)) => Some(Action::Char(c)),
        (Layer::Menu, KeyCode::Char(c)) => match c.to_digit(10) {
            Some(d) => u8::try_from(d).ok().map(Action::Digit),
            None => Some(Action::Char(c)),
        },
        _ => None,
    }
}

/// Keys at the staff desk. A barcode scanner types its payload and Enter, which land on the
/// scan line whatever view is showing.
fn desk_action(code: KeyCode) -> Option<DeskAction> {
    Some(match code {
        KeyCode::Char(c) => DeskAction::Char(c),
        KeyCode::Backspace => DeskAction::Erase,
        KeyCode::Enter => DeskAction::Confirm,
        KeyCode::Esc => DeskAction::Back,
        KeyCode::Up => DeskAction::Up,
        KeyCode::Down => DeskAction::Down,
        KeyCode::Left => DeskAction::Left,
        KeyCode::Right => DeskAction::Right,
        KeyCode::Tab => DeskAction::NextTab,
        KeyCode::BackTab => DeskAction::PrevTab,
        KeyCode::F(4) => DeskAction::Reprint,
        KeyCode::F(5) => DeskAction::StatusFilter,
        KeyCode::F(6) => DeskAction::DropOff,
        KeyCode::F(7) => DeskAction::HandOut,
        KeyCode::F(8) => DeskAction::CancelMatch,
        KeyCode::F(9) => DeskAction::FindMatch,
        KeyCode::F(10) | KeyCode::F(2) => DeskAction::Lock,
        _ => return None,
    })
}
