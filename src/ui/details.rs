//! The details form: every answer shown with its digit and a default already chosen.

use super::view::{Choice, Text, View};
use super::widgets::{Ctx, window};
use crate::app::{Details, Editing, Field, Notice, Settings};
use crate::domain::{Draft, Kind, Mode, Urgency};
use crate::i18n::bidi;

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
        Field::Detail | Field::Name | Field::Phone => text(draft.text(field)),
    }
}

/// The form `width` cells wide, and the question being changed under it.
pub fn view(details: &Details, settings: &Settings, ctx: &Ctx<'_>, width: u16) -> View {
    let draft = &details.draft;
    let mut view = View::titled(ctx.t("details-prompt"));
    let editing = match &details.edit {
        Some(Editing::Text { field, .. }) | Some(Editing::Choice(field)) => Some(*field),
        None => None,
    };
    view.choices = Field::ALL
        .iter()
        .enumerate()
        .map(|(i, &field)| {
            let name = label(ctx, field, draft.kind);
            let answer = match &details.edit {
                // What is being typed, scrolled within what the label leaves ("> 1  " before).
                Some(Editing::Text { field: f, input }) if *f == field => {
                    let room = usize::from(width)
                        .saturating_sub(5 + bidi::width(&ctx.pair_text(&name, "")));
                    format!("\u{2068}{}\u{2069}", window(input, room))
                }
                _ => value(ctx, field, draft),
            };
            Choice::new(i + 1, ctx.pair_text(&name, &answer), editing == Some(field))
        })
        .collect();
    let tail = &mut view.tail;
    tail.push(Text::quiet(ctx.t_with(
        "details-privacy",
        &[("days", settings.retention_days.into())],
    )));
    tail.push(Text::blank());
    if let Some(notice) = details.notice {
        tail.push(Text::bold(ctx.t(match notice {
            Notice::PhoneNeeded => "details-phone-needed",
            Notice::BadNumber => "edit-number",
        })));
    }
    match &details.edit {
        None => {
            tail.push(Text::bold(ctx.t("details-continue")));
            tail.push(Text::plain(ctx.t("details-change")));
        }
        Some(Editing::Text { field, .. }) => {
            let hint = if *field == Field::Quantity {
                "edit-number"
            } else {
                "edit-type"
            };
            if details.notice != Some(Notice::BadNumber) {
                tail.push(Text::bold(ctx.t(hint)));
            }
        }
        Some(Editing::Choice(field)) => {
            tail.push(Text::bold(ctx.t("edit-choose")));
            // The options are choices too, but below the form: they are what digits pick now.
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
            view.options = options
                .into_iter()
                .enumerate()
                .map(|(i, (label, selected))| Choice::new(i + 1, label, selected))
                .collect();
        }
    }
    view
}
