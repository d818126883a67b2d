//! The desk's gatherings: the list of those not yet over, and the form that posts one.

use ratatui::style::Style;
use ratatui::text::Line;

use super::bold;
use crate::app::desk::EventForm;
use crate::domain::EventRecord;
use crate::domain::event::EventProblem;
use crate::ui::widgets::{Ctx, field_line};

/// One gathering as a list row: when, title (in the staff language), where.
pub fn row(e: &EventRecord, ctx: &Ctx<'_>) -> String {
    let info = e.info(ctx.lang, ctx.lang);
    ctx.t_with(
        "desk-event-line",
        &[
            ("when", ctx.when(&info).into()),
            ("title", info.title.into()),
            ("place", info.place.into()),
        ],
    )
}

/// The form's lines.
pub fn form(f: &EventForm, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
    let mut lines = ctx.block(&[(ctx.t("desk-event-title"), bold())], w);
    if let Some((problem, lang)) = &f.problem {
        let name = lang
            .as_deref()
            .map(|l| ctx.i18n.language_name(l))
            .unwrap_or_default();
        let text = match problem {
            EventProblem::Starts => ctx.t("desk-event-bad-start"),
            EventProblem::Ends => ctx.t("desk-event-bad-end"),
            EventProblem::Over => ctx.t("desk-event-over"),
            EventProblem::Place => ctx.t("desk-event-bad-place"),
            EventProblem::Title => ctx.t_with("desk-event-bad-title", &[("language", name.into())]),
        };
        lines.extend(ctx.block(&[(text, bold())], w));
    } else if let Some((staff, _)) = f.titles.first() {
        lines.extend(ctx.block(
            &[(
                ctx.t_with(
                    "desk-event-hint",
                    &[("language", ctx.i18n.language_name(staff).into())],
                ),
                Style::default(),
            )],
            w,
        ));
    }
    let mut rows = vec![
        (ctx.t("field-starts"), f.starts.clone()),
        (ctx.t("field-ends"), f.ends.clone()),
        (ctx.t("field-place"), f.place.clone()),
    ];
    for (lang, title) in &f.titles {
        rows.push((
            ctx.t_with(
                "field-title",
                &[("language", ctx.i18n.language_name(lang).into())],
            ),
            title.clone(),
        ));
    }
    for (i, (label, value)) in rows.into_iter().enumerate() {
        lines.push(field_line(ctx, &label, &value, i == f.field.at, w));
    }
    lines
}
