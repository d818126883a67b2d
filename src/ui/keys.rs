//! The footer: the keys that work here, from the same tables that give keys their meaning.

use crate::app::desk::keymap as desk_keys;
use crate::app::keymap::{self, Hint, KeyName, Layer, Shown};
use crate::app::{Screen, State};

use super::widgets::Ctx;
use crate::i18n::{Direction, bidi};

/// One key and what it does, as one unit isolated in the language's own direction: in a
/// right-to-left footer the key stays at the right of its action ("Enter: موافق" reads key
/// first, from the right) and the units run right to left in the table's order.
pub fn unit(ctx: &Ctx<'_>, key: &str, action: &str) -> String {
    let text = ctx.t_with(
        "key-hint",
        &[
            ("key", key.to_owned().into()),
            ("action", ctx.t(action).into()),
        ],
    );
    let open = match ctx.direction {
        Direction::Ltr => '\u{2066}',
        Direction::Rtl => '\u{2067}',
    };
    format!("{open}{text}\u{2069}")
}

/// The footer's lines, `width` cells wide: units are never split between lines.
pub fn lines(units: &[String], width: u16) -> Vec<String> {
    pack(units, "   ", usize::from(width).saturating_sub(1))
        .into_iter()
        .map(|l| format!(" {l}"))
        .collect()
}

/// Lays `units` out in lines of at most `width` cells, `sep` between them, never splitting
/// one: a key and what it does, or a tab's name, stay together. A unit wider than a line is
/// cut.
pub fn pack(units: &[String], sep: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for u in units {
        let w = bidi::width(u);
        let used = bidi::width(&line);
        if used > 0 && used + bidi::width(sep) + w > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push_str(sep);
        }
        line.push_str(&bidi::truncate(u, width.saturating_sub(1)));
    }
    lines.push(line);
    lines
}

fn name(ctx: &Ctx<'_>, key: KeyName, choices: usize) -> String {
    match key {
        KeyName::Fixed(k) => k.to_owned(),
        KeyName::Msg(id) => ctx.t(id),
        KeyName::Digits if choices <= 1 => "1".to_owned(),
        KeyName::Digits => format!("1–{choices}"),
    }
}

/// The footer's units for `state`.
pub fn footer(state: &State, ctx: &Ctx<'_>, choices: usize) -> Vec<String> {
    let layer = keymap::layer(state);
    let hints: Vec<Hint> = match (layer, &state.screen) {
        (Layer::Desk, Screen::Desk(d)) => desk_keys::hints(desk_keys::context(d)),
        (Layer::Desk, _) => Vec::new(),
        _ => keymap::hints(layer).collect(),
    };
    let spoken = state.settings.speech && state.settings.spoken.iter().any(|l| l == state.lang());
    hints
        .into_iter()
        .filter(|h| match h.shown {
            Shown::Always => true,
            Shown::Choices => choices > 0,
            Shown::Spoken => spoken,
        })
        .map(|h| unit(ctx, &name(ctx, h.key, choices), h.action))
        .collect()
}
