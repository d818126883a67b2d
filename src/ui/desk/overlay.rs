//! Panels over the desk's tabs: an entry, two people put in touch, the lists that lead to an
//! entry, and the forms.

use ratatui::style::Style;
use ratatui::text::Line;

use super::{
    List, Pane, age, bold, candidate_text, entry_row, found_row, language, listed, notice, role,
    select, status,
};
use crate::app::Settings;
use crate::app::desk::{CloseForm, CountForm};
use crate::app::desk::{
    Data, DropField, EntryPanel, IntakeField, IntakeForm, MyPinForm, Notice, Overlay, StaffField,
};
use crate::domain::lifecycle::{self, Step};
use crate::domain::{EntryView, Kind, Status};
use crate::ui::widgets::{Ctx, field_line};

/// The lines that describe `e` (what, how much, how, who, since when).
fn entry_facts(
    e: &EntryView,
    data: &Data,
    settings: &Settings,
    ctx: &Ctx<'_>,
    w: u16,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let contact = [e.name.as_str(), e.phone.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");
    let service = settings.services.contains(&e.category);
    let partner = e.partner.as_ref().map(|p| {
        let what = match (&p.code, &p.item) {
            (Some(code), _) => ctx.t_with(
                "desk-partner-entry",
                &[
                    ("code", code.display().into()),
                    ("kind", ctx.t(p.kind.unwrap_or(Kind::Offer).msg_id()).into()),
                    ("category", ctx.t(p.category.msg_id()).into()),
                    (
                        "status",
                        p.status.map(|s| status(ctx, s)).unwrap_or_default().into(),
                    ),
                ],
            ),
            (None, Some(item)) => {
                ctx.t_with("desk-partner-stock", &[("item", item.clone().into())])
            }
            (None, None) => String::new(),
        };
        let received = p.received.as_ref().map(|(item, n)| {
            ctx.t_with(
                "desk-partner-received",
                &[("item", item.clone().into()), ("quantity", (*n).into())],
            )
        });
        let mut text = if p.proposed {
            ctx.t_with("desk-partner-proposed", &[("with", what.into())])
        } else {
            what
        };
        if let Some(r) = received {
            text = format!("{text} · {r}");
        }
        text
    });
    let rows = [
        ("field-kind", ctx.t(e.kind.msg_id())),
        ("field-category", ctx.t(e.category.msg_id())),
        ("field-quantity", super::rows::quantity(ctx, e, service)),
        ("field-urgency", ctx.t(e.urgency.msg_id())),
        (
            "field-mode",
            ctx.t(e.mode.label_id(
                e.kind,
                crate::domain::lifecycle::path(e.category, &settings.services),
            )),
        ),
        ("field-language", language(ctx, &e.language)),
        ("field-age", age(ctx, e.created_at, data.loaded_at)),
        ("field-status", status(ctx, e.status)),
        ("field-matched", partner.unwrap_or_default()),
        ("field-detail", e.detail.clone()),
        ("field-contact", contact),
    ];
    for (label, value) in rows {
        if !value.is_empty() {
            lines.extend(ctx.pair(&ctx.t(label), &format!("\u{2068}{value}\u{2069}"), w));
        }
    }
    lines
}

/// What Enter does on this entry's panel, and the other keys that work on it.
fn entry_keys(
    panel: &EntryPanel,
    settings: &Settings,
    ctx: &Ctx<'_>,
    w: u16,
) -> Vec<Line<'static>> {
    let e = &panel.entry;
    let path = lifecycle::path(e.category, &settings.services);
    let mut lines = Vec::new();
    let step = lifecycle::main_step(e.kind, path, e.status);
    if let (Some((at, by)), None) = (&e.picked_up, step) {
        // A second scan says at once when and by whom.
        let already = Notice::AlreadyPicked {
            code: e.ticket,
            at: *at,
            by: by.clone(),
        };
        lines.extend(ctx.block(&[(notice(&already, ctx), bold())], w));
    }
    let main = match step {
        Some(Step::HandOver) if panel.confirming => {
            // The visitor's name or the end of their phone, to ask for.
            let check = match (e.name.is_empty(), e.phone.len()) {
                (false, _) => ctx.t_with("desk-check-name", &[("name", e.name.clone().into())]),
                (true, n) if n >= 2 => ctx.t_with(
                    "desk-check-phone",
                    &[("digits", e.phone[n.saturating_sub(2)..].to_owned().into())],
                ),
                _ => ctx.t("desk-check-nothing"),
            };
            Some(format!("{}\n{check}", ctx.t("desk-typed-code")))
        }
        Some(Step::HandOver) if e.status == Status::Matched => {
            Some(ctx.t("desk-entry-pickup-early"))
        }
        Some(Step::HandOver) => Some(ctx.t("desk-entry-pickup")),
        Some(Step::Receive) if e.partner.as_ref().is_some_and(|p| !p.proposed) => {
            Some(ctx.t("desk-entry-dropoff-for"))
        }
        Some(Step::Receive) => Some(ctx.t("desk-entry-dropoff")),
        Some(Step::Connect) => Some(ctx.t("desk-entry-connect")),
        Some(Step::Finish) => Some(ctx.t("desk-entry-finish")),
        _ => None,
    };
    if let Some(m) = main {
        lines.extend(ctx.block(&[(m, bold())], w));
    }
    let mut also = Vec::new();
    if e.kind == Kind::Need && e.status == Status::Open && e.partner.is_none() {
        also.push(ctx.t("desk-entry-match"));
    }
    if e.partner.is_some() && matches!(e.status, Status::Matched | Status::Ready) {
        also.push(ctx.t("desk-entry-cancel-match"));
    }
    if e.picked_up.is_some() {
        also.push(ctx.t("desk-entry-undo"));
    }
    lines.extend(ctx.block(&[(also.join("   "), Style::default())], w));
    lines
}

pub(super) fn overlay<'a>(
    o: &'a Overlay,
    data: &'a Data,
    settings: &'a Settings,
    ctx: &'a Ctx<'_>,
    w: u16,
) -> Pane<'a> {
    let title = |text: String| ctx.block(&[(text, bold())], w);
    let lines = match o {
        Overlay::Entry(panel) => {
            let e = &panel.entry;
            let mut lines =
                title(ctx.t_with("desk-entry-title", &[("code", e.ticket.display().into())]));
            lines.extend(entry_facts(e, data, settings, ctx, w));
            lines.push(Line::default());
            lines.extend(entry_keys(panel, settings, ctx, w));
            lines
        }
        Overlay::Connected(c) => {
            let mut lines = title(ctx.t("desk-connected-title"));
            for (label, e) in [
                ("desk-connected-need", &c.need),
                ("desk-connected-offer", &c.offer),
            ] {
                let contact = [e.name.as_str(), e.phone.as_str()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" · ");
                // Nobody to call: they hear the other's contact when they next come in.
                let contact = if contact.is_empty() {
                    ctx.t("desk-connected-no-contact")
                } else {
                    contact
                };
                lines.push(Line::default());
                lines.extend(ctx.pair(
                    &ctx.t_with(label, &[("code", e.ticket.display().into())]),
                    &format!("\u{2068}{contact}\u{2069}"),
                    w,
                ));
                lines.extend(ctx.pair(
                    &ctx.t("field-language"),
                    &format!("\u{2068}{}\u{2069}", language(ctx, &e.language)),
                    w,
                ));
            }
            lines.push(Line::default());
            lines.extend(ctx.block(&[(ctx.t("desk-connected-hint"), Style::default())], w));
            lines
        }
        Overlay::NeedList {
            category,
            needs,
            cursor,
        } => {
            let lines = title(ctx.t_with(
                "desk-needs-count",
                &[
                    ("category", ctx.t(category.msg_id()).into()),
                    ("count", needs.len().into()),
                ],
            ));
            let now = data.loaded_at;
            let mut list = List::of(needs, *cursor, move |e| {
                entry_row(e, ctx, now, &settings.services, w)
            });
            // At most so many are loaded: when cut, say how many there are.
            if needs.len() >= usize::try_from(crate::app::desk::NEEDS_MAX).unwrap_or(0) {
                list.total = data
                    .needs
                    .iter()
                    .find(|(c, _)| c == category)
                    .map(|(_, n)| usize::try_from(*n).unwrap_or(usize::MAX));
            }
            return listed(lines, list, "desk-needs-empty", ctx, w);
        }
        Overlay::Candidates {
            need,
            list: candidates,
            cursor,
        } => {
            let mut lines = title(ctx.t_with(
                "desk-candidates-title",
                &[
                    ("code", need.ticket.display().into()),
                    ("category", ctx.t(need.category.msg_id()).into()),
                ],
            ));
            // The need's own answers, to weigh the candidates against.
            let mut about = vec![
                ctx.t(need.urgency.msg_id()),
                age(ctx, need.created_at, data.loaded_at),
            ];
            if !need.detail.is_empty() {
                about.push(format!("\u{2068}{}\u{2069}", need.detail));
            }
            lines.extend(ctx.block(&[(about.join(" · "), Style::default())], w));
            let now = data.loaded_at;
            let list = List::of(candidates, *cursor, move |c| {
                candidate_text(c, ctx, now, &settings.services)
            });
            return listed(lines, list, "desk-candidates-empty", ctx, w);
        }
        Overlay::Elsewhere(panel) => return super::network::panel(panel, ctx, w),
        Overlay::Ticket {
            code, list, cursor, ..
        } => {
            let lines = title(ctx.t_with(
                "desk-ticket-title",
                &[
                    ("code", code.display().into()),
                    ("count", list.len().into()),
                ],
            ));
            let now = data.loaded_at;
            let list = List::of(list, *cursor, move |e| {
                entry_row(e, ctx, now, &settings.services, w)
            });
            return listed(lines, list, "desk-found-none", ctx, w);
        }
        Overlay::Found {
            text,
            list: found,
            cursor,
        } => {
            let lines = title(ctx.t_with(
                "desk-found-title",
                &[("text", text.clone().into()), ("count", found.len().into())],
            ));
            let now = data.loaded_at;
            let list = List::of(found, *cursor, move |e| found_row(e, ctx, now, w));
            return listed(lines, list, "desk-found-none", ctx, w);
        }
        Overlay::StaffForm(form) => {
            let heading = match form.id {
                None => ctx.t("desk-staff-add-title"),
                Some(_) => ctx.t_with("desk-staff-pin-title", &[("name", form.name.text().into())]),
            };
            let mut lines = title(heading);
            if form.pin_in_name {
                lines.extend(ctx.block(&[(ctx.t("desk-staff-pin-in-name"), bold())], w));
            }
            if form.id.is_none() {
                let here = form.field == StaffField::Name;
                lines.push(field_line(ctx, &ctx.t("field-name"), &form.name, here, w));
                // The choice being made is drawn reversed, as on the intake form.
                lines.push(ctx.line(
                    &ctx.pair_text(
                        &ctx.t("field-role"),
                        &format!("‹ {} ›", role(ctx, form.role)),
                    ),
                    if form.field == StaffField::Role {
                        Style::default().add_modifier(ratatui::style::Modifier::REVERSED)
                    } else {
                        Style::default()
                    },
                    w,
                ));
            }
            let here = form.field == StaffField::Pin;
            lines.push(field_line(ctx, &ctx.t("field-pin"), &form.pin, here, w));
            lines
        }
        Overlay::EventForm(form) => super::events::form(form, ctx, w),
        Overlay::DropOff(form) => {
            let mut lines = title(ctx.t("desk-dropoff-title"));
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
        Overlay::Close(form) => close_form(form, ctx, w),
        Overlay::Count(form) => count_form(form, ctx, w),
        Overlay::Intake(form) => intake_form(form, settings, ctx, w),
        Overlay::MyPin(form) => my_pin_form(form, ctx, w),
        Overlay::Member(panel) => {
            return super::members::panel(panel, settings, data.loaded_at, ctx, w);
        }
        Overlay::Exchange(form) => super::members::exchange_form(form, ctx, w),
        Overlay::MemberForm(form) => super::members::member_form(form, ctx, w),
    };
    Pane { lines, list: None }
}

fn close_form(form: &CloseForm, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
    let mut lines = ctx.block(
        &[(
            ctx.t_with(
                "desk-close-title",
                &[("code", form.entry.ticket.display().into())],
            ),
            bold(),
        )],
        w,
    );
    lines.push(Line::default());
    for reason in crate::app::desk::CLOSE_REASONS {
        lines.push(select(
            ctx.t(reason.msg_id()),
            *reason == form.reason,
            ctx,
            w,
        ));
    }
    lines
}

fn count_form(form: &CountForm, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
    let mut lines = ctx.block(
        &[(
            ctx.t_with(
                "desk-count-title",
                &[("item", form.item.item.clone().into())],
            ),
            bold(),
        )],
        w,
    );
    lines.push(field_line(
        ctx,
        &ctx.t("field-quantity"),
        &form.count,
        true,
        w,
    ));
    lines
}

fn my_pin_form(form: &MyPinForm, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
    let mut lines = ctx.block(&[(ctx.t("desk-my-pin-title"), bold())], w);
    for (i, (label, field)) in [
        ("field-old-pin", &form.old),
        ("field-new-pin", &form.new),
        ("field-new-pin-again", &form.again),
    ]
    .into_iter()
    .enumerate()
    {
        lines.push(field_line(ctx, &ctx.t(label), field, form.field.at == i, w));
    }
    if form.mismatch {
        lines.extend(ctx.block(&[(ctx.t("setup-pin-mismatch"), bold())], w));
    }
    lines
}

fn intake_form(
    form: &IntakeForm,
    settings: &Settings,
    ctx: &Ctx<'_>,
    w: u16,
) -> Vec<Line<'static>> {
    let mut lines = ctx.block(&[(ctx.t("desk-intake-title"), bold())], w);
    if let Some(problem) = form.problem {
        lines.extend(ctx.block(
            &[(
                ctx.t(match problem {
                    crate::app::desk::IntakeProblem::PhoneNeeded => "desk-intake-phone",
                    crate::app::desk::IntakeProblem::BadNumber => "desk-intake-number",
                }),
                bold(),
            )],
            w,
        ));
    }
    let choice = |text: String| format!("‹ {text} ›");
    for (i, field) in IntakeField::ALL.iter().enumerate() {
        let here = form.field.at == i;
        let label = ctx.t(match field {
            IntakeField::Kind => "field-kind",
            IntakeField::Category => "field-category",
            IntakeField::Quantity => "field-quantity",
            IntakeField::Urgency => "field-urgency",
            IntakeField::Mode => "field-mode",
            IntakeField::Language => "field-language",
            IntakeField::Note => "field-detail",
            IntakeField::Name => "field-name",
            IntakeField::Phone => "field-phone",
        });
        let line = match field {
            IntakeField::Quantity => field_line(ctx, &label, &form.quantity, here, w),
            IntakeField::Note => field_line(ctx, &label, &form.note, here, w),
            IntakeField::Name => field_line(ctx, &label, &form.name, here, w),
            IntakeField::Phone => field_line(ctx, &label, &form.phone, here, w),
            choice_field => {
                let value = match choice_field {
                    IntakeField::Kind => ctx.t(form.kind.msg_id()),
                    IntakeField::Category => ctx.t(form.category.msg_id()),
                    IntakeField::Urgency => ctx.t(form.urgency.msg_id()),
                    IntakeField::Mode => ctx.t(form.mode.label_id(
                        form.kind,
                        crate::domain::lifecycle::path(form.category, &settings.services),
                    )),
                    _ => language(ctx, &form.lang),
                };
                let style = if here {
                    Style::default().add_modifier(ratatui::style::Modifier::REVERSED)
                } else {
                    Style::default()
                };
                ctx.line(&ctx.pair_text(&label, &choice(value)), style, w)
            }
        };
        lines.push(line);
    }
    lines
}
