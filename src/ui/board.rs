//! "What is needed now": open needs and offers per category as counts and bars, with nothing
//! personal, and an invitation to offer where the gap is largest.

use super::view::{Text, View};
use super::widgets::{Ctx, category_label};
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

/// The board: the largest gap first, a bar and the counts per category, how to offer.
pub fn view(board: &BoardView, settings: &Settings, ctx: &Ctx<'_>, width: u16) -> View {
    let mut view = View {
        head: vec![Text::bold(ctx.t("board-title"))],
        ..View::default()
    };
    let Some(rows) = &board.rows else {
        return view;
    };
    view.head.push(match board.largest_gap() {
        Some(gap) => Text::bold(ctx.t_with(
            "board-invite",
            &[("category", ctx.t(gap.category.msg_id()).into())],
        )),
        None => Text::bold(ctx.t("board-empty")),
    });
    view.head.push(Text::blank());
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
    // The network's other sites after this site's counts: "+7" (said in full).
    let texts: Vec<String> = shown
        .iter()
        .map(|r| match r.network {
            0 => counts(ctx, r),
            n => format!("{} +{n}", counts(ctx, r)),
        })
        .collect();
    let counts_w = texts.iter().map(|t| bidi::width(t)).max().unwrap_or(0);
    // "> 1  " before, and a space either side of the bar.
    let room = usize::from(width).saturating_sub(5 + 2 + counts_w);
    let longest = labels.iter().map(|l| bidi::width(l)).max().unwrap_or(0);
    let label_w = longest.min(room.saturating_sub(2));
    let bar_w = room.saturating_sub(label_w).min(BAR);
    let all: Vec<(String, Option<String>)> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let Some(j) = i.checked_sub(start).filter(|j| *j < count) else {
                return (String::new(), None);
            };
            let label = bidi::truncate(&labels[j], label_w);
            let pad = " ".repeat(label_w.saturating_sub(bidi::width(&label)));
            let text = &texts[j];
            (
                format!("{label}{pad} {} {text}", bar(row, most, bar_w)),
                // Read aloud: the name and the counts, not the bar.
                Some(ctx.pair_text(
                    &ctx.t(row.category.msg_id()),
                    &match row.network {
                        0 => counts(ctx, row),
                        n => format!(
                            "{}, {}",
                            counts(ctx, row),
                            ctx.t_with("board-network", &[("count", n.into())])
                        ),
                    },
                )),
            )
        })
        .collect();
    (view.choices, view.more) = super::menus::page(all, &board.menu, ctx);
    view.tail = vec![
        Text::blank(),
        Text::plain(ctx.t("board-legend")).said(String::new()),
    ];
    let network: u32 = rows.iter().map(|r| r.network).sum();
    if network > 0 {
        view.tail.push(Text::plain(format!(
            "+ {}",
            ctx.t_with("board-network", &[("count", network.into())])
        )));
        // "+ 7 needs at other places of our network": the "+" of the rows, explained.
    }
    view.tail.push(Text::plain(ctx.t("board-hint")));
    view
}
