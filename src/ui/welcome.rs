//! Welcome (greetings cycling through the site's languages) and the language menu, where each
//! language is named in its own script and direction.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::view::{Text, View};
use super::widgets::{Ctx, bold};
use crate::app::{Menu, State};
use crate::i18n::bidi;

/// Welcome: the greeting of the language showing, what to press, and every greeting below.
pub fn view(state: &State, ctx: &Ctx<'_>) -> View {
    let langs = &state.settings.languages;
    // Every greeting, so a visitor sees their own language is here (drawn, not read aloud:
    // the greeting of the moment is).
    let all: Vec<String> = langs
        .iter()
        .map(|l| {
            let c = Ctx::new(ctx.i18n, l, state.settings.bidi);
            bidi::visual(
                &bidi::strip_marks(&c.t("welcome-greeting")),
                c.direction,
                c.bidi,
            )
        })
        .collect();
    View {
        head: vec![
            Text::bold(ctx.t("welcome-greeting")),
            Text::blank(),
            Text::plain(ctx.t("welcome-start")),
        ],
        tail: vec![Text::plain(all.join("  ·  ")).said(String::new())],
        ..View::default()
    }
}

/// Draws the welcome view centred; the list of greetings is already in visual order.
pub fn render(view: &View, frame: &mut Frame<'_>, area: Rect) {
    let mut lines = vec![Line::default(); 2];
    for t in &view.head {
        let style = match t.style {
            super::view::Emphasis::Bold => bold(),
            _ => Default::default(),
        };
        for l in bidi::wrap(&t.shown, usize::from(area.width)) {
            lines.push(Line::styled(l, style).centered());
        }
    }
    lines.push(Line::default());
    for t in &view.tail {
        for l in bidi::wrap(&t.shown, usize::from(area.width)) {
            lines.push(Line::from(l).centered());
        }
    }
    let [_, middle, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(u16::try_from(lines.len()).unwrap_or(u16::MAX)),
        Constraint::Fill(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(lines), middle);
}

/// The language menu: `1  English`, `2  Español`, `3  العربية` …
pub fn languages(state: &State, ctx: &Ctx<'_>, menu: &Menu) -> View {
    let langs = &state.settings.languages;
    // The prompt in every language would not fit; show it in the first two, which a site
    // orders by how many of its visitors use them.
    let mut view = View::default();
    for lang in langs.iter().take(2) {
        let c = Ctx::new(ctx.i18n, lang, state.settings.bidi);
        // Drawn; read aloud, each language names itself instead.
        view.head.push(
            Text::bold(c.t("language-prompt"))
                .in_lang(lang)
                .said(String::new()),
        );
    }
    view.head.push(Text::blank());
    let labels = langs
        .iter()
        .map(|l| (ctx.i18n.language_name(l), None))
        .collect();
    let (mut choices, more) = super::menus::page(labels, menu, ctx);
    let (start, _) = menu.page_range(langs.len());
    for (i, c) in choices.iter_mut().enumerate() {
        if let Some(tag) = langs.get(start + i) {
            c.lang = Some((tag.clone(), ctx.i18n.direction(tag)));
        }
    }
    view.choices = choices;
    view.more = more;
    view
}
