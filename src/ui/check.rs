//! "Check my slip": a typed or scanned code, and its status with nothing personal.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::widgets::{Ctx, bold};
use crate::app::{CheckState, CheckView, Lookup};
use crate::domain::Status;

/// Draws the check screen.
pub fn render(view: &CheckView, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
    let w = area.width;
    let mut lines = ctx.block(
        &[
            (ctx.t("check-prompt"), bold()),
            (ctx.t("check-hint"), Style::default()),
        ],
        w,
    );
    lines.push(Line::default());
    let input = format!("> {}_", view.input);
    // The code is Latin in every language: always left to right.
    lines.push(Line::styled(
        crate::i18n::bidi::truncate(&input, usize::from(w)),
        Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
    ));
    lines.push(Line::default());
    let result: Vec<(String, Style)> = match view.result {
        CheckState::Typing => vec![],
        CheckState::Searching => vec![(ctx.t("check-searching"), Style::default())],
        CheckState::Shown(Lookup::Found {
            code,
            kind,
            category,
            status,
        }) => {
            let status_id = match status {
                Status::Open => "check-status-open",
                Status::Matched => "check-status-matched",
                Status::PickedUp => "check-status-picked",
                Status::Closed => "check-status-closed",
            };
            vec![
                (
                    ctx.t_with("slip-code", &[("code", code.display().into())]),
                    Style::default(),
                ),
                (
                    ctx.pair_text(&ctx.t(kind.msg_id()), &ctx.t(category.msg_id())),
                    Style::default(),
                ),
                (ctx.t(status_id), bold()),
                (String::new(), Style::default()),
                (ctx.t("check-again"), Style::default()),
            ]
        }
        CheckState::Shown(Lookup::NotFound) => vec![
            (ctx.t("check-not-found"), bold()),
            (String::new(), Style::default()),
            (ctx.t("check-again"), Style::default()),
        ],
    };
    lines.extend(ctx.block(&result, w));
    frame.render_widget(Paragraph::new(lines), area);
}
