//! The details form: every answer shown with its digit and a default already chosen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::widgets::{Ctx, MenuItem, bold, menu_lines};
use crate::app::{Details, Edit, Field, Notice, Settings};
use crate::domain::{Draft, Kind, Mode, Urgency};

/// Label of a field.
pub fn label(ctx: &Ctx<'_>, field: Field, kind: Kind) -> String {
    ctx.t(match (field, kind) {
        (Field::Quantity, Kind::Need) => "details-quantity-need",
        (Field::Quantity, Kind::Offer) => "details-quantity-offer",
        (Field::Urgency, _) => "details-urgency",
        (Field::Mode, _) => "details-mode",
        (Field::Detail, _) => "details-detail",
        (Field::Name, _) => "details-name",
        (Field::Phone, _) => "details-phone",
    })
}

/// The answer to a field, as words.
pub fn value(ctx: &Ctx<'_>, field: Field, draft: &Draft) -> String {
    let text = |s: &str| {
        if s.is_empty() {
            ctx.t("field-empty")
        } else {
            // Isolated, so a phone number or a Latin name keeps its order in an RTL line.
            format!("\u{2068}{s}\u{2069}")
        }
    };
    match field {
        Field::Quantity => ctx.t_with("quantity-items", &[("count", draft.quantity.into())]),
        Field::Urgency => ctx.t(draft.urgency.msg_id()),
        Field::Mode => ctx.t(draft.mode.msg_id()),
        Field::Detail => text(&draft.detail),
        Field::Name => text(&draft.name),
        Field::Phone => text(&draft.phone),
    }
}

/// Draws the form, and the question being changed under it.
pub fn render(
    details: &Details,
    settings: &Settings,
    ctx: &Ctx<'_>,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let draft = &details.draft;
    let w = area.width;
    let mut lines = ctx.block(&[(ctx.t("details-prompt"), bold())], w);
    lines.push(Line::default());
    let editing = match &details.edit {
        Some(Edit::Text { field, .. }) | Some(Edit::Choice(field)) => Some(*field),
        None => None,
    };
    let items: Vec<MenuItem> = Field::ALL
        .iter()
        .enumerate()
        .map(|(i, &field)| {
            let shown = match &details.edit {
                Some(Edit::Text { field: f, buffer }) if *f == field => {
                    format!("\u{2068}{buffer}\u{2069}_")
                }
                _ => value(ctx, field, draft),
            };
            MenuItem {
                digit: u8::try_from(i + 1).ok(),
                label: ctx.pair_text(&label(ctx, field, draft.kind), &shown),
                selected: editing == Some(field),
                direction: None,
            }
        })
        .collect();
    lines.extend(menu_lines(ctx, &items, w));
    lines.extend(ctx.block(
        &[(
            ctx.t_with(
                "details-privacy",
                &[("days", settings.retention_days.into())],
            ),
            Style::default().add_modifier(Modifier::ITALIC),
        )],
        w,
    ));
    lines.push(Line::default());
    if let Some(notice) = details.notice {
        let id = match notice {
            Notice::PhoneNeeded => "details-phone-needed",
            Notice::BadNumber => "edit-number",
        };
        lines.extend(ctx.block(&[(ctx.t(id), bold())], w));
    }
    match &details.edit {
        None => {
            lines.extend(ctx.block(
                &[
                    (ctx.t("details-continue"), bold()),
                    (ctx.t("details-change"), Style::default()),
                ],
                w,
            ));
        }
        Some(Edit::Text { field, .. }) => {
            let hint = if *field == Field::Quantity {
                "edit-number"
            } else {
                "edit-type"
            };
            if details.notice != Some(Notice::BadNumber) {
                lines.extend(ctx.block(&[(ctx.t(hint), bold())], w));
            }
        }
        Some(Edit::Choice(field)) => {
            lines.extend(ctx.block(&[(ctx.t("edit-choose"), bold())], w));
            let options: Vec<(String, bool)> = if *field == Field::Urgency {
                Urgency::ALL
                    .iter()
                    .map(|u| (ctx.t(u.msg_id()), *u == draft.urgency))
                    .collect()
            } else {
                Mode::ALL
                    .iter()
                    .map(|m| (ctx.t(m.msg_id()), *m == draft.mode))
                    .collect()
            };
            let items: Vec<MenuItem> = options
                .into_iter()
                .enumerate()
                .map(|(i, (label, selected))| MenuItem {
                    digit: u8::try_from(i + 1).ok(),
                    label,
                    selected,
                    direction: None,
                })
                .collect();
            lines.extend(menu_lines(ctx, &items, w));
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}
