//! First-run set-up, in the staff language: site name, coordinator, PIN twice.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::widgets::{Ctx, bold, field_line};
use crate::app::{SetupError, SetupField, SetupForm};

/// Draws the set-up form.
pub fn render(form: &SetupForm, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
    let w = area.width;
    let mut lines = ctx.block(
        &[
            (ctx.t("setup-title"), bold()),
            (ctx.t("setup-intro"), Style::default()),
        ],
        w,
    );
    lines.push(Line::default());
    let fields = [
        (SetupField::Site, "setup-site", &form.site),
        (SetupField::Admin, "setup-admin", &form.admin),
        (SetupField::Pin, "setup-pin", &form.pin),
        (SetupField::PinAgain, "setup-pin-again", &form.pin_again),
    ];
    for (field, id, input) in fields {
        let here = field == form.field && !form.working;
        lines.push(field_line(ctx, &ctx.t(id), input, here, w));
    }
    lines.push(Line::default());
    let status = match &form.error {
        _ if form.working => ctx.t("setup-working"),
        Some(SetupError::NameMissing) => ctx.t("setup-name-missing"),
        Some(SetupError::PinInvalid) => ctx.t("setup-pin-invalid"),
        Some(SetupError::PinMismatch) => ctx.t("setup-pin-mismatch"),
        Some(SetupError::Failed(reason)) => {
            ctx.t_with("setup-failed", &[("reason", reason.clone().into())])
        }
        None => ctx.t("setup-hint"),
    };
    lines.extend(ctx.block(&[(status, bold())], w));
    frame.render_widget(Paragraph::new(lines), area);
}
