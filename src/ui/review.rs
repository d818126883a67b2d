//! Review: every answer once more before saving.

use super::details::value;
use super::view::{Choice, Text, View};
use super::widgets::Ctx;
use crate::app::Field;
use crate::domain::{Category, Count, Draft, Kind};

/// Whether the entry is waiting, being saved, or failed to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ready,
    Saving,
    Failed,
}

/// The review table and what Enter will do; `basket` holds the things already on this
/// visit's ticket, listed first, and "add something else" is offered while there is room.
pub fn view(
    draft: &Draft,
    basket: &[Draft],
    services: &[Category],
    status: Status,
    ctx: &Ctx<'_>,
) -> View {
    let mut view = View::titled(ctx.t("review-prompt"));
    if !basket.is_empty() {
        view.head.push(Text::plain(ctx.t("review-also")));
        for (i, thing) in basket.iter().enumerate() {
            let what = ctx.what(thing.kind, thing.category);
            view.head.push(Text::plain(format!("{}. {what}", i + 1)));
        }
        view.head.push(Text::blank());
    }
    // What it is, as the visitor chose it on Home ("I need something"), then each answer.
    view.head.push(Text::plain(ctx.t(match draft.kind {
        Kind::Need => "home-need",
        Kind::Offer => "home-offer",
    })));
    for (label, value) in rows(draft, services, ctx) {
        view.head.push(Text::plain(ctx.pair_text(&label, &value)));
    }
    view.head.push(Text::blank());
    view.head.push(match status {
        Status::Ready => Text::bold(ctx.t("review-save")),
        Status::Saving => Text::plain(ctx.t("slip-saving")),
        Status::Failed => Text::bold(ctx.t("slip-save-failed")),
    });
    if status == Status::Ready && crate::app::can_add(basket) {
        view.head.push(Text::blank());
        view.choices
            .push(Choice::new(1, ctx.t("review-add"), false));
    }
    view
}

/// (label, answer) rows of the review table; empty optional answers are left out.
pub fn rows(draft: &Draft, services: &[Category], ctx: &Ctx<'_>) -> Vec<(String, String)> {
    let value = |field| value(ctx, field, draft, services);
    let mut rows = vec![(ctx.t("review-category"), ctx.t(draft.category.msg_id()))];
    // A ride or a skill asked for counts nothing: "when" says it.
    if draft.count(services) != Count::Nothing {
        rows.push((ctx.t("review-quantity"), value(Field::Quantity)));
    }
    rows.push((ctx.t("review-urgency"), value(Field::Urgency)));
    rows.push((ctx.t("review-mode"), value(Field::Mode)));
    for (id, field) in [
        ("review-detail", Field::Detail),
        ("review-name", Field::Name),
        ("review-phone", Field::Phone),
    ] {
        if !draft.text(field).is_empty() {
            rows.push((ctx.t(id), value(field)));
        }
    }
    rows
}
