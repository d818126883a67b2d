//! The slip on screen: the code large, the QR, and how printing went.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

use super::widgets::{Ctx, QrWidget, bold};
use crate::app::{PrintStatus, SlipView};
use crate::slip::QrMatrix;

/// Draws the issued slip.
pub fn render(view: &SlipView, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
    let code = view.code.display();
    // The code in 8×8 letters when there is room (72 columns), else plain and bold.
    let big_height = if area.width >= 74 && area.height >= 20 { 4 } else { 1 };
    let [title, big, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(big_height + 1),
        Constraint::Fill(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(ctx.line(&ctx.t("slip-title"), bold(), title.width)),
        title,
    );
    let big_area = Rect { height: big_height, ..big };
    if big_height > 1 {
        let text = BigText::builder()
            .pixel_size(PixelSize::HalfHeight)
            .lines(vec![Line::from(code.clone())])
            .centered()
            .build();
        frame.render_widget(text, big_area);
    } else {
        let line = ctx.line(&ctx.t_with("slip-code", &[("code", code.clone().into())]), bold(), big.width);
        frame.render_widget(Paragraph::new(line), big_area);
    }
    let qr = QrMatrix::new(&view.payload).ok();
    let qr_size = qr.as_ref().map(|q| QrWidget(q).size()).unwrap_or((0, 0));
    let show_qr = qr_size.0 + 20 <= rest.width && qr_size.1 <= rest.height;
    let (qr_area, text_area) = if show_qr {
        let [a, _, b] = Layout::horizontal([
            Constraint::Length(qr_size.0),
            Constraint::Length(2),
            Constraint::Fill(1),
        ])
        .areas(rest);
        // The QR sits on the reading side's far end: left for Latin, right for Arabic.
        if ctx.direction == crate::i18n::Direction::Rtl {
            let [b2, _, a2] = Layout::horizontal([
                Constraint::Fill(1),
                Constraint::Length(2),
                Constraint::Length(qr_size.0),
            ])
            .areas(rest);
            (Some(a2), b2)
        } else {
            (Some(a), b)
        }
    } else {
        (None, rest)
    };
    if let (Some(q), Some(qr_area)) = (&qr, qr_area) {
        frame.render_widget(QrWidget(q), qr_area);
    }
    let status = match view.print {
        PrintStatus::Pending => ("slip-print-pending", Style::default()),
        PrintStatus::Done => ("slip-print-done", bold()),
        PrintStatus::Failed => ("slip-print-failed", bold()),
    };
    let lines = ctx.block(
        &[
            (ctx.t_with("slip-code", &[("code", code.into())]), bold()),
            (String::new(), Style::default()),
            (ctx.t(status.0), status.1),
            (String::new(), Style::default()),
            (ctx.t("slip-keep"), Style::default()),
            (String::new(), Style::default()),
            (ctx.t("slip-done"), bold()),
        ],
        text_area.width,
    );
    frame.render_widget(Paragraph::new(lines), text_area);
}
