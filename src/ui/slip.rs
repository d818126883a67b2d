//! The slip on screen: the QR, the code large, and how printing went.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

use super::check::spell;
use super::view::{Choice, Text, View};
use super::widgets::{Ctx, QrWidget};
use crate::app::{CardOffer, PrintStatus, SlipView};
use crate::i18n::Direction;
use crate::slip::QrMatrix;

/// Columns of the code in 8×8 letters drawn with quadrant blocks (9 characters × 4).
const BIG_WIDTH: u16 = 36;

/// The words of the slip screen: the title, the code, printing, what next.
pub fn view(slip: &SlipView, ctx: &Ctx<'_>) -> View {
    let code = slip.code.display();
    let print = match slip.print {
        PrintStatus::Pending => Text::plain(ctx.t("slip-print-pending")),
        PrintStatus::Done => Text::bold(ctx.t("slip-print-done")),
        PrintStatus::Failed => Text::bold(ctx.t("slip-print-failed")),
    };
    let mut tail = vec![
        Text::bold(ctx.t_with("slip-code", &[("code", code.clone().into())]))
            .said(ctx.t_with("slip-code", &[("code", spell(&code).into())])),
    ];
    // Several things, one code: say so, so nobody waits for a second slip.
    if slip.things > 1 {
        tail.push(Text::plain(
            ctx.t_with("slip-print-items", &[("count", slip.things.into())]),
        ));
    }
    tail.extend([
        Text::blank(),
        print,
        Text::blank(),
        Text::plain(ctx.t("slip-keep")),
        Text::blank(),
        Text::bold(ctx.t("slip-done")),
    ]);
    // A member card for next time, offered under everything (the digit picks it).
    let mut options = Vec::new();
    match slip.card {
        CardOffer::Offered => {
            tail.push(Text::blank());
            options.push(Choice::new(1, ctx.t("card-take"), false));
        }
        CardOffer::Member => {}
        CardOffer::Printing => tail.extend([Text::blank(), Text::plain(ctx.t("card-printing"))]),
        CardOffer::Printed => tail.extend([Text::blank(), Text::bold(ctx.t("card-printed"))]),
        CardOffer::Failed => tail.extend([Text::blank(), Text::bold(ctx.t("card-failed"))]),
    }
    View {
        head: vec![Text::bold(ctx.t("slip-title")).said(String::new())],
        tail,
        options,
        ..View::default()
    }
}

/// Draws the issued slip: QR on the side a reader starts from, the code and status beside it.
pub fn render(slip: &SlipView, view: &View, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
    let code = slip.code.display();
    let [title, rest] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
    let head = View {
        head: view.head.clone(),
        ..View::default()
    };
    frame.render_widget(Paragraph::new(head.lines(ctx, title.width)), title);
    let qr = QrMatrix::new(&slip.payload).ok();
    let (qr_w, qr_h) = qr.as_ref().map(|q| QrWidget(q).size()).unwrap_or((0, 0));
    let text_area = match &qr {
        Some(q) if qr_w + 2 + 24 <= rest.width && qr_h <= rest.height => {
            let qr_first = ctx.direction == Direction::Ltr;
            let parts = [
                Constraint::Length(qr_w),
                Constraint::Length(2),
                Constraint::Fill(1),
            ];
            let [a, _, b] = Layout::horizontal(if qr_first {
                parts
            } else {
                [parts[2], parts[1], parts[0]]
            })
            .areas(rest);
            let (qr_area, text_area) = if qr_first { (a, b) } else { (b, a) };
            frame.render_widget(QrWidget(q), qr_area);
            text_area
        }
        _ => rest,
    };
    let mut text_area = text_area;
    if text_area.width >= BIG_WIDTH && text_area.height >= 14 {
        let big = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .lines(vec![Line::from(code)])
            .build();
        let big_area = Rect {
            height: 4,
            width: BIG_WIDTH,
            x: match ctx.direction {
                Direction::Ltr => text_area.x,
                Direction::Rtl => text_area.right().saturating_sub(BIG_WIDTH),
            },
            ..text_area
        };
        frame.render_widget(big, big_area);
        text_area.y += 5;
        text_area.height -= 5;
    }
    let body = View {
        tail: view.tail.clone(),
        options: view.options.clone(),
        ..View::default()
    };
    frame.render_widget(Paragraph::new(body.lines(ctx, text_area.width)), text_area);
}
