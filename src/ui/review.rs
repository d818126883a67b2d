//! Review: every answer once more before saving.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::details::value;
use super::widgets::{Ctx, bold};
use crate::app::Field;
use crate::domain::{Draft, Kind};

/// Whether the entry is waiting, being saved, or failed to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ready,
    Saving,
    Failed,
}

/// Draws the review table and what Enter will do.
pub fn render(draft: &Draft, status: Status, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
    let w = area.width;
    let mut lines = ctx.block(&[(ctx.t("review-prompt"), bold())], w);
    lines.push(Line::default());
    for (label, value) in rows(draft, ctx) {
        lines.extend(ctx.pair(&label, &value, w));
    }
    lines.push(Line::default());
    let (id, style) = match status {
        Status::Ready => ("review-save", bold()),
        Status::Saving => ("slip-saving", Style::default()),
        Status::Failed => ("slip-save-failed", bold()),
    };
    lines.extend(ctx.block(&[(ctx.t(id), style)], w));
    frame.render_widget(Paragraph::new(lines), area);
}

/// (label, answer) rows of the review table; empty optional answers are left out.
pub fn rows(draft: &Draft, ctx: &Ctx<'_>) -> Vec<(String, String)> {
    let kind = match draft.kind {
        Kind::Need => "review-kind-need",
        Kind::Offer => "review-kind-offer",
    };
    let mut rows = vec![
        (ctx.t("review-kind"), ctx.t(kind)),
        (ctx.t("review-category"), ctx.t(draft.category.msg_id())),
        (ctx.t("review-quantity"), value(ctx, Field::Quantity, draft)),
        (ctx.t("review-urgency"), value(ctx, Field::Urgency, draft)),
        (ctx.t("review-mode"), value(ctx, Field::Mode, draft)),
    ];
    for (id, field, text) in [
        ("review-detail", Field::Detail, &draft.detail),
        ("review-name", Field::Name, &draft.name),
        ("review-phone", Field::Phone, &draft.phone),
    ] {
        if !text.is_empty() {
            rows.push((ctx.t(id), value(ctx, field, draft)));
        }
    }
    rows
}
