//! Gatherings staff posted: a list by date, and one opened in full with a printable slip.

use chrono::{Datelike, Weekday};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::menus::push_more;
use super::widgets::{Ctx, MenuItem, bold, menu_lines};
use crate::app::{EventsView, PrintStatus};
use crate::domain::EventInfo;

/// The weekday's name in the language.
pub fn weekday(ctx: &Ctx<'_>, day: Weekday) -> String {
    ctx.t(match day {
        Weekday::Mon => "weekday-mon",
        Weekday::Tue => "weekday-tue",
        Weekday::Wed => "weekday-wed",
        Weekday::Thu => "weekday-thu",
        Weekday::Fri => "weekday-fri",
        Weekday::Sat => "weekday-sat",
        Weekday::Sun => "weekday-sun",
    })
}

/// "Saturday 2026-12-05, 10:00–12:00".
pub fn when(ctx: &Ctx<'_>, e: &EventInfo) -> String {
    ctx.t_with(
        "event-time",
        &[
            ("weekday", weekday(ctx, e.starts.weekday()).into()),
            ("date", e.starts.format("%Y-%m-%d").to_string().into()),
            ("start", e.starts.format("%H:%M").to_string().into()),
            ("end", e.ends.format("%H:%M").to_string().into()),
        ],
    )
}

/// Draws the list, or the opened gathering.
pub fn render(view: &EventsView, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
    let w = area.width;
    let mut lines = ctx.block(&[(ctx.t("events-title"), bold())], w);
    lines.push(Line::default());
    let Some(events) = &view.events else {
        frame.render_widget(Paragraph::new(lines), area);
        return;
    };
    if let Some(e) = view.open.and_then(|i| events.get(i)) {
        let status = match view.print {
            None => ("event-print", bold()),
            Some(PrintStatus::Pending) => ("slip-print-pending", Style::default()),
            Some(PrintStatus::Done) => ("slip-print-done", bold()),
            Some(PrintStatus::Failed) => ("slip-print-failed", bold()),
        };
        lines = ctx.block(&[(e.title.clone(), bold())], w);
        lines.push(Line::default());
        lines.extend(ctx.pair(&ctx.t("event-when"), &when(ctx, e), w));
        lines.extend(ctx.pair(&ctx.t("event-where"), &e.place, w));
        lines.push(Line::default());
        lines.extend(ctx.block(
            &[
                (ctx.t(status.0), status.1),
                (ctx.t("event-scan"), Style::default()),
            ],
            w,
        ));
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    if events.is_empty() {
        lines.extend(ctx.block(&[(ctx.t("events-empty"), bold())], w));
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    let (start, count) = view.menu.page_range(events.len());
    let items: Vec<MenuItem> = events
        .iter()
        .enumerate()
        .skip(start)
        .take(count)
        .map(|(i, e)| MenuItem {
            digit: u8::try_from(i - start + 1).ok(),
            label: format!(
                "{} · \u{2068}{}\u{2069}",
                e.title,
                e.starts.format("%Y-%m-%d %H:%M")
            ),
            selected: i == view.menu.cursor,
            direction: None,
        })
        .collect();
    lines.extend(menu_lines(ctx, &items, w));
    push_more(&mut lines, &view.menu, events.len(), ctx, w);
    lines.push(Line::default());
    lines.extend(ctx.block(&[(ctx.t("events-hint"), Style::default())], w));
    frame.render_widget(Paragraph::new(lines), area);
}

/// What reading the gatherings aloud says.
pub fn speak(view: &EventsView, ctx: &Ctx<'_>, out: &mut Vec<String>) {
    let Some(events) = &view.events else {
        out.push(ctx.t("events-title"));
        return;
    };
    if let Some(e) = view.open.and_then(|i| events.get(i)) {
        out.push(e.title.clone());
        out.push(ctx.pair_text(&ctx.t("event-when"), &when(ctx, e)));
        out.push(ctx.pair_text(&ctx.t("event-where"), &e.place));
        out.push(ctx.t("event-print"));
        return;
    }
    out.push(ctx.t("events-title"));
    if events.is_empty() {
        out.push(ctx.t("events-empty"));
        return;
    }
    let (start, count) = view.menu.page_range(events.len());
    for (i, e) in events.iter().enumerate().skip(start).take(count) {
        let label = format!("{}, {}", e.title, when(ctx, e));
        out.push(super::speech::spoken_choice(ctx, i - start + 1, &label));
    }
    out.push(ctx.t("events-hint"));
}
