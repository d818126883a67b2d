//! One text field for everything typed: a visitor's answers, the check screen, PINs, the desk's
//! scan line and forms. It knows its limit and what it accepts, keeps a cursor, and reads
//! digits typed in any script (Arabic-Indic, Persian, full-width) as the digits they are.

use crate::domain;

/// What a field accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accept {
    /// Free text: no control characters, no bidi overrides.
    Text,
    /// Digits only (quantities, PINs, counts).
    Digits,
    /// A phone number: digits, spaces, `+ - ( )`.
    Phone,
    /// A slip code or a scanned payload: printable ASCII.
    Code,
    /// A date and time as typed at the desk: digits, `- : T` and space.
    Time,
}

/// A line of text being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextField {
    chars: Vec<char>,
    /// Position of the cursor, in characters from the start (logical order).
    cursor: usize,
    /// Most characters it takes.
    pub limit: usize,
    pub accept: Accept,
    /// Shown as dots (PINs).
    pub masked: bool,
}

/// An edit of a text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Insert(char),
    /// Backspace: the character before the cursor.
    Erase,
    /// Delete: the character under the cursor.
    Delete,
    Left,
    Right,
    Home,
    End,
}

impl TextField {
    /// An empty field.
    pub fn new(accept: Accept, limit: usize) -> TextField {
        TextField {
            chars: Vec::new(),
            cursor: 0,
            limit,
            accept,
            masked: false,
        }
    }

    /// An empty field whose text is shown as dots.
    pub fn masked(accept: Accept, limit: usize) -> TextField {
        TextField {
            masked: true,
            ..TextField::new(accept, limit)
        }
    }

    /// A field holding `text` (what it does not accept is left out), the cursor at its end.
    pub fn with_text(mut self, text: &str) -> TextField {
        self.chars.clear();
        self.cursor = 0;
        for c in text.chars() {
            self.insert(c);
        }
        self
    }

    /// The text.
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// The text without spaces at either end.
    pub fn trimmed(&self) -> String {
        self.text().trim().to_owned()
    }

    /// Characters typed.
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// Whether nothing is typed.
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// Whether only spaces are typed.
    pub fn is_blank(&self) -> bool {
        self.chars.iter().all(|c| c.is_whitespace())
    }

    /// The cursor, in characters from the start.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The characters, for drawing.
    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    /// Empties the field.
    pub fn clear(&mut self) {
        self.chars.clear();
        self.cursor = 0;
    }

    /// The text, leaving the field empty.
    pub fn take(&mut self) -> String {
        let text = self.text();
        self.clear();
        text
    }

    /// Whether the field is within a few characters of its limit (the screen then says so).
    pub fn near_limit(&self) -> bool {
        self.limit >= 10 && self.chars.len() + 5 >= self.limit
    }

    /// Applies an edit; false if it changed nothing (a refused character, the field full).
    pub fn edit(&mut self, edit: Edit) -> bool {
        match edit {
            Edit::Insert(c) => self.insert(c),
            Edit::Erase if self.cursor > 0 => {
                self.cursor -= 1;
                self.chars.remove(self.cursor);
                true
            }
            Edit::Delete if self.cursor < self.chars.len() => {
                self.chars.remove(self.cursor);
                true
            }
            Edit::Left if self.cursor > 0 => {
                self.cursor -= 1;
                true
            }
            Edit::Right if self.cursor < self.chars.len() => {
                self.cursor += 1;
                true
            }
            Edit::Home => {
                let moved = self.cursor != 0;
                self.cursor = 0;
                moved
            }
            Edit::End => {
                let moved = self.cursor != self.chars.len();
                self.cursor = self.chars.len();
                moved
            }
            _ => false,
        }
    }

    /// Types `c` at the cursor, if the field takes it.
    pub fn insert(&mut self, c: char) -> bool {
        if self.chars.len() >= self.limit {
            return false;
        }
        let Some(c) = self.accepts(c) else {
            return false;
        };
        self.chars.insert(self.cursor, c);
        self.cursor += 1;
        true
    }

    /// What `c` is stored as in this field, or `None` if it does not belong here.
    fn accepts(&self, c: char) -> Option<char> {
        let digit = domain::ascii_digit(c);
        match self.accept {
            Accept::Text => domain::is_text_char(c).then_some(c),
            Accept::Digits => digit,
            Accept::Phone => digit.or_else(|| domain::is_phone_char(c).then_some(c)),
            Accept::Code => (c.is_ascii_graphic() || c == ' ').then_some(c),
            Accept::Time => digit.or_else(|| matches!(c, '-' | ':' | ' ' | 'T').then_some(c)),
        }
    }
}

/// Which field of a form is being typed: cycles forwards and backwards over `count` fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FieldCycle {
    pub at: usize,
}

impl FieldCycle {
    /// The next field of `count`, round.
    pub fn next(&mut self, count: usize) {
        self.at = (self.at + 1) % count.max(1);
    }

    /// The previous field of `count`, round.
    pub fn prev(&mut self, count: usize) {
        let n = count.max(1);
        self.at = (self.at + n - 1) % n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_in_any_script_are_digits() {
        let mut f = TextField::new(Accept::Phone, 20);
        for c in "٠٧٩ ۳+１".chars() {
            f.insert(c);
        }
        assert_eq!(f.text(), "079 3+1");
        let mut q = TextField::new(Accept::Digits, 2);
        assert!(!q.insert('x'));
        assert!(q.insert('۵'));
        assert!(q.insert('2'));
        assert!(!q.insert('3'), "full");
        assert_eq!(q.text(), "52");
    }

    #[test]
    fn the_cursor_moves_and_edits_where_it_is() {
        let mut f = TextField::new(Accept::Text, 40).with_text("Mara");
        f.edit(Edit::Left);
        f.edit(Edit::Left);
        f.edit(Edit::Insert('i'));
        assert_eq!(f.text(), "Maira");
        f.edit(Edit::Erase);
        f.edit(Edit::Home);
        f.edit(Edit::Delete);
        assert_eq!(f.text(), "ara");
        assert!(!f.edit(Edit::Erase), "nothing before the cursor");
        f.edit(Edit::End);
        assert_eq!(f.cursor(), 3);
    }

    #[test]
    fn control_characters_never_get_in() {
        let mut f = TextField::new(Accept::Text, 40);
        for c in ['\u{1b}', '\u{7}', '\u{202E}', 'a'] {
            f.insert(c);
        }
        assert_eq!(f.text(), "a");
    }
}
