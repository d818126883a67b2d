//! What reading a screen aloud says: the screen's own view (prompt, each choice with its digit,
//! notices) in the visitor's language. A pure function of the state,
//! like drawing; the runtime picks the voice and runs the synthesiser.

use crate::app::State;
use crate::i18n::{I18n, bidi};

use super::widgets::Ctx;

/// (language, text) pieces to speak in turn; empty where a screen is not for visitors.
pub fn script(state: &State, i18n: &I18n) -> Vec<(String, String)> {
    let lang = state.lang().to_owned();
    let ctx = Ctx::new(i18n, &lang, state.settings.bidi);
    let view = match state.countdown() {
        Some(seconds) => super::countdown_view(seconds, &ctx),
        None => match super::view(state, &ctx, 80) {
            Some(v) => v,
            None => return Vec::new(),
        },
    };
    let mut pieces: Vec<(String, String)> = Vec::new();
    let mut push = |tag: String, text: String| {
        let text = bidi::strip_marks(&text);
        // One line per sentence: the synthesiser pauses between them.
        match pieces.last_mut() {
            Some((last, words)) if *last == tag => {
                words.push('\n');
                words.push_str(&text);
            }
            _ => pieces.push((tag, text)),
        }
    };
    for (tag, text) in view.spoken(&ctx) {
        push(tag.unwrap_or_else(|| lang.clone()), text);
    }
    pieces
}
