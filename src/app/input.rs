//! Keys as the kiosk understands them, whatever the terminal library: the runtime turns each
//! terminal key into one of these, and the key tables in [`super::keymap`] give it a meaning.

/// A key press (modifier keys never reach here: a kiosk ignores Ctrl, Alt and Super).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Char(char),
    Enter,
    Esc,
    Backspace,
    Delete,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Tab,
    BackTab,
    F(u8),
}
