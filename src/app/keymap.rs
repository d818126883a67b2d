//! Keys to actions, as tables: each input layer is a list of bindings (the keys, the action,
//! and the hint the footer shows for it). The same table drives what a key does, what the
//! footer promises and what is read aloud, so a footer can never offer a key that does nothing.
//! The active layer is derived from the state, so the same key means the same thing everywhere
//! it can.

use super::desk::{self, DeskKey};
use super::input::Key;
use super::text::Edit;
use super::{Action, Screen, State, Step};

/// How keys are read on the current screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// The welcome screen: any key starts; letters may be a scanner's payload.
    Welcome,
    /// The idle countdown: any key keeps the visit.
    Countdown,
    /// Digits choose, Enter confirms, Esc and Backspace go back.
    Menu,
    /// The second digit of a two-digit choice on the language menu: 0 is a digit here.
    Number,
    /// A scanner is typing a payload on a menu: every character is part of it.
    Scan,
    /// Keys type text; Backspace erases, Enter confirms, Esc goes back.
    Typing,
    /// Nothing is read (waiting for the database).
    Wait,
    /// The staff desk's own keys (scan line, tabs, function keys), per context.
    Desk,
}

/// Which keys a binding answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pat {
    Key(Key),
    /// `1`–`9`, in any script.
    Digit,
    /// `0`–`9`, in any script.
    AnyDigit,
    /// Any other printable character.
    Char,
    /// Any key at all.
    Any,
}

/// What a visitor binding does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    Digit,
    Char,
    Confirm,
    Back,
    Edit(super::text::Edit),
    Up,
    Down,
    AnyKey,
    Speak,
    OpenDesk,
}

/// How a key is named in the footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyName {
    /// The same in every language ("Enter", "F5", "↑↓").
    Fixed(&'static str),
    /// A catalog message ("Any key").
    Msg(&'static str),
    /// "1–N", N the number of choices on screen.
    Digits,
}

/// When a hint is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Always,
    /// Only when there is something to choose.
    Choices,
    /// Only when this screen can be read aloud in this language.
    Spoken,
}

/// What the footer says about a binding: the key's name and the catalog message of its action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub key: KeyName,
    pub action: &'static str,
    pub shown: Shown,
}

/// One row of a key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding<A: Copy> {
    pub keys: &'static [Pat],
    pub action: A,
    pub hint: Option<Hint>,
}

const fn hint(key: &'static str, action: &'static str) -> Option<Hint> {
    Some(Hint {
        key: KeyName::Fixed(key),
        action,
        shown: Shown::Always,
    })
}

const SPEAK: Option<Hint> = Some(Hint {
    key: KeyName::Fixed("?"),
    action: "key-speak",
    shown: Shown::Spoken,
});

const fn bind<A: Copy>(keys: &'static [Pat], action: A, hint: Option<Hint>) -> Binding<A> {
    Binding { keys, action, hint }
}

use Pat::Key as K;

/// The welcome screen.
pub const WELCOME: &[Binding<Intent>] = &[
    bind(&[K(Key::F(2))], Intent::OpenDesk, None),
    bind(&[K(Key::F(1)), K(Key::Char('?'))], Intent::Speak, SPEAK),
    // A scanner may type a payload here: its letters go through as letters.
    bind(&[Pat::Char], Intent::Char, None),
    bind(
        &[Pat::Any],
        Intent::AnyKey,
        Some(Hint {
            key: KeyName::Msg("key-any"),
            action: "key-start",
            shown: Shown::Always,
        }),
    ),
];

/// The language menu after a first digit ("1" of "13"): the next digit, 0 too, completes it.
pub const NUMBER: &[Binding<Intent>] = &[
    bind(
        &[Pat::AnyDigit],
        Intent::Digit,
        Some(Hint {
            key: KeyName::Digits,
            action: "key-choose",
            shown: Shown::Choices,
        }),
    ),
    bind(&[K(Key::Enter)], Intent::Confirm, hint("Enter", "key-ok")),
    bind(
        &[K(Key::Esc), K(Key::Backspace)],
        Intent::Back,
        hint("Esc", "key-back"),
    ),
    bind(&[K(Key::Up)], Intent::Up, None),
    bind(&[K(Key::Down)], Intent::Down, None),
    bind(&[K(Key::F(2))], Intent::OpenDesk, None),
];

/// The idle countdown.
pub const COUNTDOWN: &[Binding<Intent>] = &[bind(
    &[Pat::Any],
    Intent::AnyKey,
    Some(Hint {
        key: KeyName::Msg("key-any"),
        action: "key-stay",
        shown: Shown::Always,
    }),
)];

/// Numbered menus.
pub const MENU: &[Binding<Intent>] = &[
    bind(
        &[Pat::Digit],
        Intent::Digit,
        Some(Hint {
            key: KeyName::Digits,
            action: "key-choose",
            shown: Shown::Choices,
        }),
    ),
    bind(&[K(Key::Enter)], Intent::Confirm, hint("Enter", "key-ok")),
    bind(
        &[K(Key::Esc), K(Key::Backspace)],
        Intent::Back,
        hint("Esc", "key-back"),
    ),
    bind(&[K(Key::Up)], Intent::Up, None),
    bind(&[K(Key::Down)], Intent::Down, None),
    bind(
        &[K(Key::F(1)), K(Key::Char('?')), K(Key::Char('0'))],
        Intent::Speak,
        SPEAK,
    ),
    bind(&[K(Key::F(2))], Intent::OpenDesk, None),
    bind(&[Pat::Char], Intent::Char, None),
];

/// A scanner's payload being typed on a menu.
pub const SCAN: &[Binding<Intent>] = &[
    bind(&[Pat::Digit, Pat::Char], Intent::Char, None),
    bind(&[K(Key::Enter)], Intent::Confirm, None),
    bind(&[Pat::Any], Intent::Back, None),
];

/// Typing an answer.
pub const TYPING: &[Binding<Intent>] = &[
    bind(&[K(Key::Enter)], Intent::Confirm, hint("Enter", "key-ok")),
    bind(&[K(Key::Esc)], Intent::Back, hint("Esc", "key-back")),
    bind(&[K(Key::Backspace)], Intent::Edit(Edit::Erase), None),
    bind(&[K(Key::Delete)], Intent::Edit(Edit::Delete), None),
    bind(&[K(Key::Left)], Intent::Edit(Edit::Left), None),
    bind(&[K(Key::Right)], Intent::Edit(Edit::Right), None),
    bind(&[K(Key::Home)], Intent::Edit(Edit::Home), None),
    bind(&[K(Key::End)], Intent::Edit(Edit::End), None),
    bind(&[K(Key::Up)], Intent::Up, None),
    bind(&[K(Key::Down)], Intent::Down, None),
    bind(
        &[K(Key::F(1))],
        Intent::Speak,
        Some(Hint {
            key: KeyName::Fixed("F1"),
            action: "key-speak",
            shown: Shown::Spoken,
        }),
    ),
    bind(&[K(Key::F(2))], Intent::OpenDesk, None),
    bind(&[Pat::Digit, Pat::Char], Intent::Char, None),
];

/// Waiting: only the desk key and speech.
pub const WAIT: &[Binding<Intent>] = &[bind(&[K(Key::F(1))], Intent::Speak, None)];

/// The input layer of `state`.
pub fn layer(state: &State) -> Layer {
    if state.countdown().is_some() {
        return Layer::Countdown;
    }
    match &state.screen {
        Screen::Welcome => Layer::Welcome,
        Screen::Setup(form) if form.working => Layer::Wait,
        Screen::Setup(_) => Layer::Typing,
        Screen::Desk(_) => Layer::Desk,
        _ if !state.scan.is_empty() => Layer::Scan,
        Screen::Language(menu) if menu.typed.is_some() => Layer::Number,
        Screen::Language(_) => Layer::Menu,
        Screen::Visit(v) => match &v.step {
            Step::Details(d) if d.editing_text() => Layer::Typing,
            Step::Check(_) => Layer::Typing,
            Step::Saving(_) => Layer::Wait,
            _ => Layer::Menu,
        },
    }
}

/// The table of a visitor layer.
pub fn table(layer: Layer) -> &'static [Binding<Intent>] {
    match layer {
        Layer::Welcome => WELCOME,
        Layer::Countdown => COUNTDOWN,
        Layer::Menu => MENU,
        Layer::Number => NUMBER,
        Layer::Scan => SCAN,
        Layer::Typing => TYPING,
        Layer::Wait | Layer::Desk => WAIT,
    }
}

/// Whether `pat` matches `key`.
pub fn matches(pat: Pat, key: Key) -> bool {
    match (pat, key) {
        (Pat::Any, _) => true,
        (Pat::Key(k), key) => k == key,
        // A digit of any script picks: ٣ on an Arabic keyboard is 3.
        (Pat::Digit, Key::Char(c)) => crate::domain::ascii_digit(c).is_some_and(|d| d != '0'),
        (Pat::AnyDigit, Key::Char(c)) => crate::domain::ascii_digit(c).is_some(),
        (Pat::Char, Key::Char(c)) => !c.is_control(),
        _ => false,
    }
}

/// The first binding of `table` that answers `key`.
pub fn find<A: Copy>(table: &[Binding<A>], key: Key) -> Option<&Binding<A>> {
    table
        .iter()
        .find(|b| b.keys.iter().any(|p| matches(*p, key)))
}

/// The action for a key, or `None` to ignore it.
pub fn action(state: &State, key: Key) -> Option<Action> {
    let layer = layer(state);
    if layer == Layer::Desk {
        let Screen::Desk(d) = &state.screen else {
            return None;
        };
        return desk::keymap::action(d, key).map(|k| Action::Desk(desk::DeskAction::Key(k)));
    }
    let binding = find(table(layer), key)?;
    let c = match key {
        Key::Char(c) => Some(c),
        _ => None,
    };
    Some(match binding.action {
        Intent::Digit => Action::Digit(
            c.and_then(crate::domain::ascii_digit)
                .and_then(|c| c.to_digit(10))
                .and_then(|d| u8::try_from(d).ok())?,
        ),
        Intent::Char => Action::Char(c?),
        Intent::Confirm => Action::Confirm,
        Intent::Back => Action::Back,
        Intent::Edit(e) => Action::Edit(e),
        Intent::Up => Action::Up,
        Intent::Down => Action::Down,
        Intent::AnyKey => Action::AnyKey,
        Intent::Speak => Action::Speak,
        Intent::OpenDesk => Action::OpenDesk,
    })
}

/// The hints the footer of a visitor layer shows, in order.
pub fn hints(layer: Layer) -> impl Iterator<Item = Hint> {
    table(layer).iter().filter_map(|b| b.hint)
}

/// A desk key's binding, for the desk's tables.
pub type DeskBinding = Binding<DeskKey>;
