//! A text field on screen: the part of its text that fits, scrolled so the cursor is always
//! visible, wide characters never split, in the language's direction.

use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use unicode_width::UnicodeWidthChar;

use super::Ctx;
use crate::app::text::TextField;
use crate::i18n::bidi;

/// Shown where text continues beyond the window.
const MORE: char = '…';
/// The cursor in the middle of the text (at its end it is `_`, as it always was).
const CURSOR: char = '▏';

fn cells(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// The visible part of `field` in at most `width` cells, with the cursor marked, in logical
/// order: `…` shows where text is cut off before or after.
pub fn window(field: &TextField, width: usize) -> String {
    let chars: Vec<char> = if field.masked {
        vec!['•'; field.len()]
    } else {
        field.chars().to_vec()
    };
    let cursor = field.cursor().min(chars.len());
    let at_end = cursor == chars.len();
    let total: usize = chars.iter().map(|c| cells(*c)).sum::<usize>() + 1;
    let width = width.max(3);
    if total <= width {
        let mut out: String = chars[..cursor].iter().collect();
        out.push(if at_end { '_' } else { CURSOR });
        out.extend(&chars[cursor..]);
        return out;
    }
    // Scroll: as much as fits before the cursor (room kept for the `…` marks), then after.
    let right_mark = usize::from(!at_end);
    let mut start = cursor;
    let mut used = 1; // the cursor
    while start > 0 {
        let w = cells(chars[start - 1]);
        let left_mark = usize::from(start > 1);
        if used + w + left_mark + right_mark > width {
            break;
        }
        start -= 1;
        used += w;
    }
    let left = usize::from(start > 0);
    let mut end = cursor;
    while end < chars.len() {
        let w = cells(chars[end]);
        let right = usize::from(end + 1 < chars.len());
        if used + left + w + right > width {
            break;
        }
        used += w;
        end += 1;
    }
    let mut out = String::new();
    if start > 0 {
        out.push(MORE);
    }
    out.extend(&chars[start..cursor]);
    out.push(if at_end { '_' } else { CURSOR });
    out.extend(&chars[cursor..end]);
    if end < chars.len() {
        out.push(MORE);
    }
    out
}

/// "Label: text_", reversed while it is the field being typed. The text is isolated, so a
/// Latin name keeps its order in an Arabic form and the other way round; it scrolls within
/// what the label leaves, and says how much room is left as it nears its limit.
pub fn field_line(
    ctx: &Ctx<'_>,
    label: &str,
    field: &TextField,
    here: bool,
    width: u16,
) -> Line<'static> {
    let style = if here {
        Style::default().add_modifier(Modifier::REVERSED)
    } else {
        Style::default()
    };
    let count = if here && field.near_limit() {
        format!(" {}/{}", field.len(), field.limit)
    } else {
        String::new()
    };
    // No label: the text alone (its label is on the line above, where it did not fit beside).
    let pair = |value: &str| {
        if label.is_empty() {
            value.to_owned()
        } else {
            ctx.pair_text(label, value)
        }
    };
    let frame = pair("");
    let room = usize::from(width).saturating_sub(bidi::width(&frame) + bidi::width(&count) + 1);
    let shown = if here {
        window(field, room)
    } else if field.masked {
        "•".repeat(field.len())
    } else {
        bidi::truncate(&field.text(), room)
    };
    let text = pair(&format!("\u{2068}{shown}\u{2069}{count}"));
    ctx.line(&text, style, width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::text::{Accept, Edit};

    #[test]
    fn short_text_shows_whole_with_the_cursor_after() {
        let f = TextField::new(Accept::Text, 40).with_text("Ana");
        assert_eq!(window(&f, 20), "Ana_");
    }

    #[test]
    fn long_text_scrolls_to_keep_the_cursor_in_view() {
        let f = TextField::new(Accept::Text, 200).with_text(&"abcdefghij".repeat(5));
        let w = window(&f, 12);
        assert!(w.starts_with('…') && w.ends_with("hij_"), "{w}");
        assert!(bidi::width(&w) <= 12);
        let mut f = f;
        f.edit(Edit::Home);
        let w = window(&f, 12);
        assert!(w.starts_with('▏') && w.ends_with('…'), "{w}");
        assert!(bidi::width(&w) <= 12, "{w}");
    }

    #[test]
    fn wide_characters_are_never_split() {
        let f = TextField::new(Accept::Text, 200).with_text(&"汉字".repeat(20));
        for width in 5..20 {
            let w = window(&f, width);
            assert!(bidi::width(&w) <= width, "{width}: {w}");
            assert!(w.ends_with('_'));
        }
    }
}
