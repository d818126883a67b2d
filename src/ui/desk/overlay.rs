//! Panels over the desk's tabs: an entry, needs to match, candidates, and the forms.

use ratatui::style::Style;
use ratatui::text::Line;

use super::{Pane, age, bold, candidate_text, entry_row, notice, role, select, status};
use crate::app::desk::{Data, DropField, Notice, Overlay, StaffField};
use crate::domain::EntryView;
use crate::ui::widgets::{Ctx, ListView, field_line};

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

pub(super) fn overlay(o: &Overlay, data: &Data, ctx: &Ctx<'_>, w: u16) -> Pane {
    let list = |rows: Vec<String>, cursor: usize| {
        Some(ListView {
            header: None,
            rows: rows
                .into_iter()
                .enumerate()
                .map(|(i, r)| select(r, i == cursor, ctx, w))
                .collect(),
            selected: cursor,
            highlight: true,
        })
    };
    let lines = match o {
        Overlay::Entry(e) => entry_lines(e, data, ctx, w),
        Overlay::NeedList {
            category,
            needs,
            cursor,
        } => {
            let lines = ctx.block(
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
            let rows = needs.iter().map(|e| entry_row(e, ctx, data.loaded_at));
            return Pane {
                lines,
                list: list(rows.collect(), *cursor),
            };
        }
        Overlay::Candidates {
            need,
            list: candidates,
            cursor,
        } => {
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
            if candidates.is_empty() {
                lines.extend(ctx.block(&[(ctx.t("desk-candidates-empty"), Style::default())], w));
                return Pane { lines, list: None };
            }
            let rows = candidates.iter().map(|c| candidate_text(c, ctx));
            return Pane {
                lines,
                list: list(rows.collect(), *cursor),
            };
        }
        Overlay::StaffForm(form) => {
            let title = match form.id {
                None => ctx.t("desk-staff-add-title"),
                Some(_) => ctx.t_with("desk-staff-pin-title", &[("name", form.name.text().into())]),
            };
            let mut lines = ctx.block(&[(title, bold())], w);
            if form.id.is_none() {
                let here = form.field == StaffField::Name;
                lines.push(field_line(ctx, &ctx.t("field-name"), &form.name, here, w));
                lines.push(ctx.line(
                    &ctx.pair_text(
                        &ctx.t("field-role"),
                        &format!("‹ {} ›", role(ctx, form.role)),
                    ),
                    Style::default(),
                    w,
                ));
            }
            let here = form.field == StaffField::Pin;
            lines.push(field_line(ctx, &ctx.t("field-pin"), &form.pin, here, w));
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
    };
    Pane { lines, list: None }
}
