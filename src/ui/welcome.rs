//! Welcome (greetings cycling through the site's languages) and the language menu, where each
//! language is named in its own script and direction.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::view::{Choice, Text, View};
use super::widgets::{Ctx, bold};
use crate::app::{LANGUAGES_AT_ONCE, Menu, PAGE, State};
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

/// The language menu: `1  English`, `2  Español`, `3  العربية` … every language at once (up
/// to [`LANGUAGES_AT_ONCE`]), each named in its own script; "choose your language" cycles
/// through them as the welcome greeting does. Beyond that it pages, and "more" is said in
/// every language of the page, after a symbol, never in one language alone.
pub fn languages(state: &State, ctx: &Ctx<'_>, menu: &Menu) -> View {
    let langs = &state.settings.languages;
    let mut view = View::default();
    let lang = state.prompt_lang();
    let c = Ctx::new(ctx.i18n, lang, state.settings.bidi);
    // Drawn; read aloud, each language names itself instead.
    view.head.push(
        Text::bold(c.t("language-prompt"))
            .in_lang(lang)
            .said(String::new()),
    );
    view.head.push(Text::blank());
    let shown = |i: usize, tag: &String, digit: usize| {
        let mut choice = Choice::new(digit, ctx.i18n.language_name(tag), i == menu.cursor);
        choice.lang = Some((tag.clone(), ctx.i18n.direction(tag)));
        choice
    };
    if langs.len() <= LANGUAGES_AT_ONCE {
        view.choices = langs
            .iter()
            .enumerate()
            .map(|(i, tag)| shown(i, tag, i + 1))
            .collect();
        return view;
    }
    let (start, count) = menu.page_range(langs.len());
    view.choices = langs
        .iter()
        .enumerate()
        .skip(start)
        .take(count)
        .map(|(i, tag)| shown(i, tag, i - start + 1))
        .collect();
    let more: Vec<String> = langs[start..start + count]
        .iter()
        .map(|tag| Ctx::new(ctx.i18n, tag, state.settings.bidi).t("menu-more"))
        .collect();
    let pages = Menu::pages(langs.len());
    view.more = Some((
        Choice::new(9, format!("→ {}", more.join(" · ")), false),
        start / PAGE + 1,
        pages,
    ));
    view
}
