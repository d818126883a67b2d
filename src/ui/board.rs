//! "What is needed now": open needs and offers per category as counts and bars, with nothing
//! personal, and an invitation to offer where the gap is largest.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::menus::push_more;
use super::widgets::{Ctx, MenuItem, bold, category_label, menu_lines};
use crate::app::{BoardView, Settings};
use crate::domain::BoardRow;
use crate::i18n::bidi;

/// Widest bar, in cells (needs and offers each get half).
const BAR: usize = 24;

/// "14 needs, 3 offers", with each count's plural in the language's own rules.
pub fn counts(ctx: &Ctx<'_>, row: &BoardRow) -> String {
    ctx.t_with(
        "board-counts",
        &[
            (
                "needs",
                ctx.t_with("board-needs", &[("count", row.needs.into())])
                    .into(),
            ),
            (
                "offers",
                ctx.t_with("board-offers", &[("count", row.offers.into())])
                    .into(),
            ),
        ],
    )
}

/// Needs as full blocks, offers as light shade: two patterns, so no colour is needed.
fn bar(row: &BoardRow, most: u32, width: usize) -> String {
    let half = width / 2;
    let cells = |n: u32| {
        if n == 0 || most == 0 || half == 0 {
            0
        } else {
            (n as usize * half).div_ceil(most as usize).clamp(1, half)
        }
    };
    let (needs, offers) = (cells(row.needs), cells(row.offers));
    format!(
        "{}{}{}",
        "█".repeat(needs),
        "░".repeat(offers),
        " ".repeat(width - needs - offers)
    )
}

/// Draws the board.
pub fn render(
    board: &BoardView,
    settings: &Settings,
    ctx: &Ctx<'_>,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let w = area.width;
    let mut lines = ctx.block(&[(ctx.t("board-title"), bold())], w);
    let Some(rows) = &board.rows else {
        frame.render_widget(Paragraph::new(lines), area);
        return;
    };
    match board.largest_gap() {
        Some(gap) => lines.extend(ctx.block(
            &[(
                ctx.t_with(
                    "board-invite",
                    &[("category", ctx.t(gap.category.msg_id()).into())],
                ),
                bold(),
            )],
            w,
        )),
        None => lines.extend(ctx.block(&[(ctx.t("board-empty"), bold())], w)),
    }
    lines.push(Line::default());
    let most = rows
        .iter()
        .map(|r| r.needs.max(r.offers))
        .max()
        .unwrap_or(0);
    let (start, count) = board.menu.page_range(rows.len());
    let shown = &rows[start..start + count];
    let labels: Vec<String> = shown
        .iter()
        .map(|r| category_label(ctx, settings, r.category))
        .collect();
    // Labels share a column so the bars line up; the bars get what the labels and counts
    // leave, and a label is only shortened when even a short bar would not fit.
    let texts: Vec<String> = shown.iter().map(|r| counts(ctx, r)).collect();
    let counts_w = texts.iter().map(|t| bidi::width(t)).max().unwrap_or(0);
    // "> 1  " before, and a space either side of the bar.
    let room = usize::from(w).saturating_sub(5 + 2 + counts_w);
    let longest = labels.iter().map(|l| bidi::width(l)).max().unwrap_or(0);
    let label_w = longest.min(room.saturating_sub(2));
    let bar_w = room.saturating_sub(label_w).min(BAR);
    let items: Vec<MenuItem> = shown
        .iter()
        .zip(labels)
        .zip(texts)
        .enumerate()
        .map(|(i, ((row, label), text))| {
            let label = bidi::truncate(&label, label_w);
            let pad = " ".repeat(label_w.saturating_sub(bidi::width(&label)));
            MenuItem {
                digit: u8::try_from(i + 1).ok(),
                label: format!("{label}{pad} {} {text}", bar(row, most, bar_w)),
                selected: start + i == board.menu.cursor,
                direction: None,
            }
        })
        .collect();
    lines.extend(menu_lines(ctx, &items, w));
    push_more(&mut lines, &board.menu, rows.len(), ctx, w);
    lines.push(Line::default());
    lines.extend(ctx.block(
        &[
            (ctx.t("board-legend"), Style::default()),
            (ctx.t("board-hint"), Style::default()),
        ],
        w,
    ));
    frame.render_widget(Paragraph::new(lines), area);
}

/// What reading the board aloud says.
pub fn speak(board: &BoardView, ctx: &Ctx<'_>, out: &mut Vec<String>) {
    out.push(ctx.t("board-title"));
    let Some(rows) = &board.rows else {
        return;
    };
    if let Some(gap) = board.largest_gap() {
        out.push(ctx.t_with(
            "board-invite",
            &[("category", ctx.t(gap.category.msg_id()).into())],
        ));
    }
    let (start, count) = board.menu.page_range(rows.len());
    for (i, row) in rows.iter().enumerate().skip(start).take(count) {
        let label = ctx.t(row.category.msg_id());
        out.push(super::speech::spoken_choice(
            ctx,
            i - start + 1,
            &ctx.pair_text(&label, &counts(ctx, row)),
        ));
    }
    if crate::app::Menu::pages(rows.len()) > 1 {
        out.push(super::speech::spoken_choice(ctx, 9, &ctx.t("menu-more")));
    }
    out.push(ctx.t("board-hint"));
}
