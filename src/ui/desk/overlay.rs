//! Panels over the desk's tabs: an entry, needs to match, candidates, and the forms.

use ratatui::style::Style;
use ratatui::text::Line;

use super::{age, bold, candidate_text, entry_row, field_line, notice, role, select, status};
use crate::app::desk::{Data, DropField, Notice, Overlay, StaffField};
use crate::domain::EntryView;
use crate::ui::widgets::Ctx;

fn entry_lines(e: &EntryView, data: &Data, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
    let mut lines = ctx.block(
        &[(
            ctx.t_with("desk-entry-title", &[("code", e.code.display().into())]),
            bold(),
        )],
        w,
    );
    let contact = [e.name.as_str(), e.phone.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");
    let rows = [
        ("field-kind", ctx.t(e.kind.msg_id())),
        ("field-category", ctx.t(e.category.msg_id())),
        ("field-quantity", e.quantity.to_string()),
        ("field-urgency", ctx.t(e.urgency.msg_id())),
        ("field-mode", ctx.t(e.mode.msg_id())),
        ("field-language", ctx.i18n.language_name(&e.language)),
        ("field-age", age(ctx, e.created_at, data.loaded_at)),
        ("field-status", status(ctx, e.status)),
        ("field-detail", e.detail.clone()),
        ("field-contact", contact),
    ];
    for (label, value) in rows {
        if !value.is_empty() {
            lines.extend(ctx.pair(&ctx.t(label), &format!("\u{2068}{value}\u{2069}"), w));
        }
    }
    lines.push(Line::default());
    let hint = match e.kind {
        crate::domain::Kind::Need => ctx.t("desk-entry-pickup"),
        crate::domain::Kind::Offer => ctx.t("desk-entry-dropoff"),
    };
    if let Some((at, by)) = &e.picked_up {
        // A second scan says at once when and by whom.
        let already = Notice::AlreadyPicked {
            code: e.code,
            at: *at,
            by: by.clone(),
        };
        lines.extend(ctx.block(&[(notice(&already, ctx), bold())], w));
    } else {
        lines.extend(ctx.block(&[(hint, bold())], w));
        lines.extend(ctx.block(&[(ctx.t("desk-entry-reprint"), Style::default())], w));
        if e.kind == crate::domain::Kind::Need && e.status == crate::domain::Status::Open {
            lines.extend(ctx.block(&[(ctx.t("desk-entry-match"), Style::default())], w));
        }
    }
    lines
}

pub(super) fn overlay(o: &Overlay, data: &Data, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
    match o {
        Overlay::Entry(e) => entry_lines(e, data, ctx, w),
        Overlay::NeedList {
            category,
            needs,
            cursor,
        } => {
            let mut lines = ctx.block(
                &[(
                    ctx.t_with(
                        "desk-needs-count",
                        &[
                            ("category", ctx.t(category.msg_id()).into()),
                            ("count", needs.len().into()),
                        ],
                    ),
                    bold(),
                )],
                w,
            );
            lines.extend(
                needs
                    .iter()
                    .enumerate()
                    .map(|(i, e)| select(entry_row(e, ctx, data.loaded_at), i == *cursor, ctx, w)),
            );
            lines
        }
        Overlay::Candidates { need, list, cursor } => {
            let mut lines = ctx.block(
                &[(
                    ctx.t_with(
                        "desk-candidates-title",
                        &[
                            ("code", need.code.display().into()),
                            ("category", ctx.t(need.category.msg_id()).into()),
                        ],
                    ),
                    bold(),
                )],
                w,
            );
            if list.is_empty() {
                lines.extend(ctx.block(&[(ctx.t("desk-candidates-empty"), Style::default())], w));
            }
            lines.extend(
                list.iter()
                    .enumerate()
                    .map(|(i, c)| select(candidate_text(c, ctx), i == *cursor, ctx, w)),
            );
            lines
        }
        Overlay::StaffForm(form) => {
            let title = match form.id {
                None => ctx.t("desk-staff-add-title"),
                Some(_) => ctx.t_with(
                    "desk-staff-pin-title",
                    &[("name", form.name.clone().into())],
                ),
            };
            let mut lines = ctx.block(&[(title, bold())], w);
            let mut rows = Vec::new();
            if form.id.is_none() {
                rows.push((
                    Some(StaffField::Name),
                    ctx.t("field-name"),
                    form.name.clone(),
                ));
                rows.push((
                    None,
                    ctx.t("field-role"),
                    format!("‹ {} ›", role(ctx, form.role)),
                ));
            }
            rows.push((
                Some(StaffField::Pin),
                ctx.t("field-pin"),
                "•".repeat(form.pin.len()),
            ));
            for (field, label, value) in rows {
                lines.push(field_line(
                    ctx,
                    &label,
                    &value,
                    field == Some(form.field),
                    w,
                ));
            }
            lines
        }
        Overlay::EventForm(form) => super::events::form(form, ctx, w),
        Overlay::DropOff(form) => {
            let mut lines = ctx.block(&[(ctx.t("desk-dropoff-title"), bold())], w);
            if let Some(code) = form.offer {
                lines.extend(ctx.block(
                    &[(
                        ctx.t_with("desk-dropoff-for", &[("code", code.display().into())]),
                        Style::default(),
                    )],
                    w,
                ));
            }
            lines.extend(ctx.pair(
                &ctx.t("field-category"),
                &format!("‹ {} ›", ctx.t(form.category.msg_id())),
                w,
            ));
            for (f, label, value) in [
                (DropField::Item, "field-item", &form.item),
                (DropField::Quantity, "field-quantity", &form.quantity),
            ] {
                lines.push(field_line(ctx, &ctx.t(label), value, form.field == f, w));
            }
            lines
        }
    }
}
