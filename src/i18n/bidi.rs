//! Right-to-left text for terminals that do no bidi (foot, xterm, tmux, the Linux console):
//! wrap in logical order first, then shape Arabic letters and reorder each line with the
//! Unicode bidi algorithm. The paragraph direction always comes from the language.

use std::sync::LazyLock;

use ar_reshaper::ArabicReshaper;
use unicode_bidi::{BidiInfo, Level};
use unicode_width::UnicodeWidthChar;

use super::{BidiMode, Direction};

/// Bidi formatting characters: Fluent's isolates around placeholders and friends. They have
/// done their work once a line is in visual order, and some terminals draw them as boxes.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Removes bidi formatting characters.
pub fn strip_marks(text: &str) -> String {
    text.chars().filter(|c| !is_mark(*c)).collect()
}

fn has_rtl(text: &str) -> bool {
    // Hebrew, Arabic, Syriac, Thaana, N'Ko … and the Arabic presentation forms.
    text.chars().any(|c| {
        matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    })
}

static RESHAPER: LazyLock<ArabicReshaper> = LazyLock::new(ArabicReshaper::default);

/// One line (already wrapped) as the terminal must receive it.
pub fn visual(line: &str, direction: Direction, mode: BidiMode) -> String {
    if mode == BidiMode::Terminal || (direction == Direction::Ltr && !has_rtl(line)) {
        return strip_marks(line);
    }
    let shaped = RESHAPER.reshape(line);
    let level = match direction {
        Direction::Rtl => Level::rtl(),
        Direction::Ltr => Level::ltr(),
    };
    let info = BidiInfo::new(&shaped, Some(level));
    let mut out = String::with_capacity(shaped.len());
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let text = &shaped[run.clone()];
            if levels[run.start].is_rtl() {
                push_reversed(text, &mut out);
            } else {
                out.push_str(text);
            }
        }
    }
    strip_marks(&out)
}

/// Appends a right-to-left run in visual order: characters reversed, brackets mirrored, and
/// combining marks kept after the letter they sit on (a terminal attaches them leftwards).
fn push_reversed(text: &str, out: &mut String) {
    let mut clusters: Vec<String> = Vec::new();
    for c in text.chars() {
        let combining = !is_mark(c) && c.width() == Some(0);
        match clusters.last_mut() {
            Some(last) if combining => last.push(c),
            _ => clusters.push(mirror(c).to_string()),
        }
    }
    for cluster in clusters.iter().rev() {
        out.push_str(cluster);
    }
}

fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '‹' => '›',
        '›' => '‹',
        '»' => '«',
        c => c,
    }
}

/// Display width in terminal cells (marks count zero).
pub fn width(text: &str) -> usize {
    text.chars()
        .filter(|c| !is_mark(*c))
        .map(|c| c.width().unwrap_or(0))
        .sum()
}

/// Wraps logical text to `max` cells: at spaces where it can, between characters where a word
/// is too long (Chinese has no spaces). Never splits a character.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0;
        for word in split_keep_spaces(paragraph) {
            let w = width(word);
            if line_width + w <= max {
                line.push_str(word);
                line_width += w;
                continue;
            }
            if word.trim().is_empty() {
                // A space at a break disappears.
                lines.push(std::mem::take(&mut line));
                line_width = 0;
                continue;
            }
            if !line.trim().is_empty() {
                lines.push(std::mem::take(&mut line).trim_end().to_owned());
                line_width = 0;
            }
            for c in word.chars() {
                let cw = if is_mark(c) {
                    0
                } else {
                    c.width().unwrap_or(0)
                };
                if line_width + cw > max && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0;
                }
                line.push(c);
                line_width += cw;
            }
        }
        lines.push(line.trim_end().to_owned());
    }
    balance_isolates(lines)
}

/// Each line is laid out on its own, so an isolate a break cuts in two is closed at the end
/// of its first line and opened again at the start of the next: a reason in parentheses
/// wrapped in an Arabic line keeps its direction (and its brackets) on both.
fn balance_isolates(lines: Vec<String>) -> Vec<String> {
    let mut open: Vec<char> = Vec::new();
    lines
        .into_iter()
        .map(|line| {
            let mut out: String = open.iter().collect();
            for c in line.chars() {
                match c {
                    '\u{2066}'..='\u{2068}' => open.push(c),
                    '\u{2069}' => {
                        open.pop();
                    }
                    _ => {}
                }
            }
            out.push_str(&line);
            out.extend(std::iter::repeat_n('\u{2069}', open.len()));
            out
        })
        .collect()
}

/// Hangul: wide like Chinese, but Korean puts spaces between words and breaks lines there.
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}')
}

/// Splits into words and runs of spaces, keeping both; each Chinese character (and other wide
/// ones, but not Korean's) is its own word, so Chinese lines break between characters rather
/// than overflowing.
fn split_keep_spaces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let wide = c.width().unwrap_or(0) > 1 && !is_hangul(c);
        let space = c == ' ';
        if wide || prev.is_some_and(|p| p != space) || prev.is_none() && i > start {
            if i > start {
                out.push(&text[start..i]);
            }
            start = i;
        }
        if wide {
            let end = i + c.len_utf8();
            out.push(&text[start..end]);
            start = end;
            prev = None;
        } else {
            prev = Some(space);
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Truncates to `max` cells without splitting a character (bidi marks count zero and stay,
/// for `visual` to use).
pub fn truncate(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    for c in text.chars() {
        let cw = if is_mark(c) {
            0
        } else {
            c.width().unwrap_or(0)
        };
        if w + cw > max {
            break;
        }
        out.push(c);
        w += cw;
    }
    out
}

/// `text` in at most `max` cells, ending in "…" when something was cut.
pub fn ellipsize(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_owned();
    }
    let mut out = truncate(text, max.saturating_sub(1)).trim_end().to_owned();
    if max > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_isolate_cut_by_a_line_break_is_closed_and_opened_again() {
        let lines = wrap("ab \u{2068}cd ef gh\u{2069} ij", 6);
        assert_eq!(
            lines,
            ["ab \u{2068}cd\u{2069}", "\u{2068}ef gh\u{2069}", "ij"],
            "{lines:?}"
        );
    }

    #[test]
    fn latin_lines_pass_through() {
        assert_eq!(visual("1  Food", Direction::Ltr, BidiMode::App), "1  Food");
    }

    #[test]
    fn arabic_is_shaped_and_reversed() {
        // "سلام" logical: seen, lam, alef, meem. Shaped: presentation forms, shown reversed.
        let out = visual("سلام", Direction::Rtl, BidiMode::App);
        assert_eq!(
            out.chars().count(),
            3,
            "lam-alef joins into one ligature: {out:?}"
        );
        assert!(
            out.chars().all(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)),
            "{out:?}"
        );
        // The first letter (seen) is now last on the line, in its initial form.
        assert_eq!(out.chars().last(), Some('\u{FEB3}'));
    }

    #[test]
    fn codes_in_arabic_keep_their_order() {
        let line = "رمزك: \u{2068}7K3M-Q9PX\u{2069}";
        let out = visual(line, Direction::Rtl, BidiMode::App);
        assert!(out.starts_with("7K3M-Q9PX"), "{out:?}");
    }

    #[test]
    fn terminal_mode_keeps_logical_order() {
        assert_eq!(visual("سلام", Direction::Rtl, BidiMode::Terminal), "سلام");
    }

    #[test]
    fn korean_breaks_between_words_chinese_between_characters() {
        assert_eq!(
            wrap("어서 오세요 환영합니다", 12),
            ["어서 오세요", "환영합니다"]
        );
        assert_eq!(wrap("欢迎光临本店", 6), ["欢迎光", "临本店"]);
        // A Korean word longer than the line is still cut, never overflowing.
        assert_eq!(wrap("환영합니다", 4), ["환영", "합니", "다"]);
    }

    #[test]
    fn wrap_never_splits_wide_characters() {
        let lines = wrap("请输入您的小票号码，然后按回车。", 7);
        for l in &lines {
            assert!(width(l) <= 7, "{l:?}");
        }
        assert_eq!(lines.concat(), "请输入您的小票号码，然后按回车。");
    }

    #[test]
    fn wrap_breaks_at_spaces() {
        assert_eq!(
            wrap("Press any key to start", 10),
            ["Press any", "key to", "start"]
        );
        assert_eq!(wrap("abcdefghijkl", 5), ["abcde", "fghij", "kl"]);
    }
}
