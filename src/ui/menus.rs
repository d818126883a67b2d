//! Home and category menus.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::widgets::{Ctx, MenuItem, bold, category_label, menu_lines};
use crate::app::{Menu, Settings};
use crate::domain::Kind;

/// Adds "9 More choices" and "Page 1 of 2" under a paged menu.
pub fn push_more(
    lines: &mut Vec<Line<'static>>,
    menu: &Menu,
    len: usize,
    ctx: &Ctx<'_>,
    width: u16,
) {
    let pages = Menu::pages(len);
    if pages < 2 {
        return;
    }
    let page = menu.page_range(len).0 / crate::app::PAGE;
    lines.extend(menu_lines(
        ctx,
        &[MenuItem {
            digit: Some(9),
            label: ctx.t("menu-more"),
            selected: false,
            direction: None,
        }],
        width,
    ));
    lines.push(Line::default());
    lines.push(ctx.line(
        &ctx.t_with(
            "menu-page",
            &[("page", (page + 1).into()), ("pages", pages.into())],
        ),
        ratatui::style::Style::default(),
        width,
    ));
}

fn numbered(labels: Vec<String>, menu: &Menu, ctx: &Ctx<'_>, width: u16) -> Vec<Line<'static>> {
    let (start, count) = menu.page_range(labels.len());
    let items: Vec<MenuItem> = labels
        .into_iter()
        .enumerate()
        .skip(start)
        .take(count)
        .map(|(i, label)| MenuItem {
            digit: u8::try_from(i - start + 1).ok(),
            label,
            selected: i == menu.cursor,
            direction: None,
        })
        .collect();
    menu_lines(ctx, &items, width)
}

/// The home menu, in order (its digit is index + 1).
pub const HOME: [&str; 5] = [
    "home-need",
    "home-offer",
    "home-check",
    "home-board",
    "home-events",
];

/// Home: need, offer, check a slip, what is needed now, gatherings.
pub fn home(menu: &Menu, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
    let mut lines = ctx.block(&[(ctx.t("home-prompt"), bold())], area.width);
    lines.push(Line::default());
    let labels = HOME.map(|id| ctx.t(id)).to_vec();
    lines.extend(numbered(labels, menu, ctx, area.width));
    frame.render_widget(Paragraph::new(lines), area);
}

/// Category menu for a need or an offer.
pub fn category(
    kind: Kind,
    menu: &Menu,
    settings: &Settings,
    ctx: &Ctx<'_>,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let prompt = match kind {
        Kind::Need => "category-prompt-need",
        Kind::Offer => "category-prompt-offer",
    };
    let mut lines = ctx.block(&[(ctx.t(prompt), bold())], area.width);
    lines.push(Line::default());
    let categories = &settings.categories;
    let labels = categories
        .iter()
        .map(|c| category_label(ctx, settings, *c))
        .collect();
    lines.extend(numbered(labels, menu, ctx, area.width));
    push_more(&mut lines, menu, categories.len(), ctx, area.width);
    frame.render_widget(Paragraph::new(lines), area);
}
