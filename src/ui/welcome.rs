//! Welcome (greetings cycling through the site's languages) and the language menu, where each
//! language is named in its own script and direction.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::widgets::Paragraph;

use super::widgets::{Ctx, MenuItem, bold, menu_lines};
use crate::app::{Menu, State};
use crate::i18n::I18n;
use crate::i18n::bidi;

/// Welcome: the greeting of one language at a time, and the other languages' names below.
pub fn render(state: &State, i18n: &I18n, frame: &mut Frame<'_>, area: Rect) {
    let langs = &state.settings.languages;
    let Some(lang) = langs.get(state.greeting()).or(langs.first()) else {
        return;
    };
    let ctx = Ctx::new(i18n, lang, state.settings.bidi);
    let greeting = ctx.t("welcome-greeting");
    let start = ctx.t("welcome-start");
    let mut lines = vec![ratatui::text::Line::default(); 2];
    for (text, style) in [
        (greeting, bold()),
        (String::new(), Style::default()),
        (start, Style::default()),
    ] {
        for l in bidi::wrap(&text, usize::from(area.width)) {
            lines.push(
                ratatui::text::Line::styled(bidi::visual(&l, ctx.direction, ctx.bidi), style)
                    .centered(),
            );
        }
    }
    lines.push(ratatui::text::Line::default());
    // Every greeting, so a visitor sees their own language is here.
    let all: Vec<String> = langs
        .iter()
        .map(|l| {
            let c = Ctx::new(i18n, l, state.settings.bidi);
            bidi::visual(
                &bidi::strip_marks(&c.t("welcome-greeting")),
                c.direction,
                c.bidi,
            )
        })
        .collect();
    for l in bidi::wrap(&all.join("  ·  "), usize::from(area.width)) {
        lines.push(ratatui::text::Line::from(l).centered());
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
pub fn render_languages(
    state: &State,
    i18n: &I18n,
    menu: &Menu,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let ctx = Ctx::new(i18n, state.lang(), state.settings.bidi);
    let langs = &state.settings.languages;
    let (start, count) = menu.page_range(langs.len());
    // The prompt in every language would not fit; show it in the first two, which a site
    // orders by how many of its visitors use them.
    let mut lines = Vec::new();
    for lang in langs.iter().take(2) {
        let c = Ctx::new(i18n, lang, state.settings.bidi);
        lines.extend(c.block(&[(c.t("language-prompt"), bold())], area.width));
    }
    lines.push(ratatui::text::Line::default());
    let items: Vec<MenuItem> = langs
        .iter()
        .enumerate()
        .skip(start)
        .take(count)
        .map(|(i, l)| MenuItem {
            digit: u8::try_from(i - start + 1).ok(),
            label: i18n.language_name(l),
            selected: i == menu.cursor,
            direction: Some(i18n.direction(l)),
        })
        .collect();
    lines.extend(menu_lines(&ctx, &items, area.width));
    super::menus::push_more(&mut lines, menu, langs.len(), &ctx, area.width);
    frame.render_widget(Paragraph::new(lines), area);
}
