//! The details form: every answer shown with its digit and a default already chosen.

use super::view::{Choice, Text, Typing, View};
use super::widgets::Ctx;
use crate::app::{Details, Editing, Field, Notice, Settings};
use crate::domain::{Category, Draft, Mode, PhoneWanted, Urgency};

/// Label of a field: what "how many" counts depends on the kind and category, and the phone
/// says it is needed once "call me" or delivery is chosen.
pub fn label(ctx: &Ctx<'_>, field: Field, draft: &Draft, services: &[Category]) -> String {
    ctx.t(match field {
        Field::Quantity => draft
            .count(services)
            .question_id(draft.kind)
            .unwrap_or("review-quantity"),
        Field::Urgency => "details-urgency",
        Field::Mode => "details-mode",
        Field::Detail => "details-detail",
        Field::Name => "details-name",
        Field::Phone if draft.mode.needs_phone() => "details-phone-required",
        Field::Phone => "details-phone",
    })
}

/// The answer to a field, as words.
pub fn value(ctx: &Ctx<'_>, field: Field, draft: &Draft, services: &[Category]) -> String {
    let text = |s: &str| {
        if s.is_empty() {
            ctx.t("field-empty")
        } else {
            // Isolated, so a phone number or a Latin name keeps its order in an RTL line.
            format!("\u{2068}{s}\u{2069}")
        }
    };
    match field {
        Field::Quantity => ctx.t_with(
            draft.count(services).answer_id(),
            &[("count", draft.quantity.into())],
        ),
        Field::Urgency => ctx.t(draft.urgency.msg_id()),
        Field::Mode => ctx.t(draft.mode.label_id(draft.kind, draft.path(services))),
        Field::Detail | Field::Name | Field::Phone => text(draft.text(field)),
    }
}

/// The form, and the question being changed under it.
pub fn view(details: &Details, settings: &Settings, ctx: &Ctx<'_>) -> View {
    let draft = &details.draft;
    let services = &settings.services;
    let mut view = View::titled(ctx.t("details-prompt"));
    let editing = match &details.edit {
        Some(Editing::Text { field, .. }) | Some(Editing::Choice(field)) => Some(*field),
        None => None,
    };
    view.choices = draft
        .fields(services)
        .into_iter()
        .enumerate()
        .map(|(i, field)| {
            let name = label(ctx, field, draft, services);
            let answer = value(ctx, field, draft, services);
            Choice::new(i + 1, ctx.pair_text(&name, &answer), editing == Some(field))
        })
        .collect();
    // What is being typed goes on a line of its own, the whole width, under the questions:
    // it scrolls there with the cursor always in view, however the questions are laid out
    // (in two columns on a short screen), and shows its count as it nears its limit.
    if let Some(Editing::Text { field, input }) = &details.edit {
        view.typing = Some(Typing {
            label: label(ctx, *field, draft, services),
            field: input.clone(),
        });
    }
    let tail = &mut view.tail;
    tail.push(Text::quiet(ctx.t_with(
        "details-privacy",
        &[("days", settings.retention_days.into())],
    )));
    tail.push(Text::blank());
    if let Some(notice) = details.notice {
        tail.push(Text::bold(ctx.t(match notice {
            Notice::PhoneNeeded(PhoneWanted::ToCall) => "details-phone-needed",
            Notice::PhoneNeeded(PhoneWanted::ToArrange) => "details-phone-needed-delivery",
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
                    .map(|m| {
                        let id = m.label_id(draft.kind, draft.path(services));
                        (ctx.t(id), *m == draft.mode)
                    })
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
