//! Review: every answer once more before saving.

use super::details::value;
use super::view::{Text, View};
use super::widgets::Ctx;
use crate::app::Field;
use crate::domain::{Draft, Kind};

/// Whether the entry is waiting, being saved, or failed to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ready,
    Saving,
    Failed,
}

/// The review table and what Enter will do.
pub fn view(draft: &Draft, status: Status, ctx: &Ctx<'_>) -> View {
    let mut view = View::titled(ctx.t("review-prompt"));
    for (label, value) in rows(draft, ctx) {
        view.head.push(Text::plain(ctx.pair_text(&label, &value)));
    }
    view.head.push(Text::blank());
    view.head.push(match status {
        Status::Ready => Text::bold(ctx.t("review-save")),
        Status::Saving => Text::plain(ctx.t("slip-saving")),
        Status::Failed => Text::bold(ctx.t("slip-save-failed")),
    });
    view
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
    for (id, field) in [
        ("review-detail", Field::Detail),
        ("review-name", Field::Name),
        ("review-phone", Field::Phone),
    ] {
        if !draft.text(field).is_empty() {
            rows.push((ctx.t(id), value(ctx, field, draft)));
        }
    }
    rows
}
