//! Gatherings staff posted: a list by date, and one opened in full with a printable slip.

use super::view::{Text, View};
use super::widgets::Ctx;
use crate::app::{EventsView, PrintStatus};

/// The list, or the opened gathering.
pub fn view(events_view: &EventsView, ctx: &Ctx<'_>) -> View {
    let mut view = View::titled(ctx.t("events-title"));
    let Some(events) = &events_view.events else {
        return view;
    };
    if let Some(e) = events_view.open.and_then(|i| events.get(i)) {
        let status = match events_view.print {
            None => Text::bold(ctx.t("event-print")),
            Some(PrintStatus::Pending) => Text::plain(ctx.t("slip-print-pending")),
            Some(PrintStatus::Done) => Text::bold(ctx.t("slip-print-done")),
            Some(PrintStatus::Failed) => Text::bold(ctx.t("slip-print-failed")),
        };
        view.head = vec![
            Text::bold(e.title.clone()),
            Text::blank(),
            Text::plain(ctx.pair_text(&ctx.t("event-when"), &ctx.when(e))),
            Text::plain(ctx.pair_text(&ctx.t("event-where"), &e.place)),
            Text::blank(),
            status,
            Text::plain(ctx.t("event-scan")).said(String::new()),
        ];
        return view;
    }
    if events.is_empty() {
        view.head.push(Text::bold(ctx.t("events-empty")));
        return view;
    }
    let labels = events
        .iter()
        .map(|e| {
            (
                format!(
                    "{} · \u{2068}{}\u{2069}",
                    e.title,
                    e.starts.format("%Y-%m-%d %H:%M")
                ),
                Some(format!("{}, {}", e.title, ctx.when(e))),
            )
        })
        .collect();
    (view.choices, view.more) = super::menus::page(labels, &events_view.menu, ctx);
    view.tail = vec![Text::blank(), Text::plain(ctx.t("events-hint"))];
    view
}
