//! The staff desk, in the staff language: unlock, tabs, the scan line, entries and forms.

mod events;
mod overlay;
mod report;

use overlay::overlay;

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::widgets::{Ctx, MenuItem, bold, menu_lines};
use crate::app::desk::{Desk, Notice, Overlay, Phase, Session, Tab, Unlock, UnlockMessage};
use crate::domain::{Candidate, EntryView, Role};
use crate::i18n::bidi;

/// Draws the desk.
pub fn render(desk: &Desk, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
    let lines = match &desk.phase {
        Phase::Locked(u) => unlock(u, ctx, area.width),
        Phase::Open(s) => session(s, ctx, area.width),
    };
    frame.render_widget(Paragraph::new(lines), area);
}

/// The footer keys for the desk.
pub fn keys(desk: &Desk, ctx: &Ctx<'_>) -> Vec<String> {
    match &desk.phase {
        Phase::Locked(_) => vec![ctx.t("desk-keys-unlock")],
        Phase::Open(s) => {
            match s.overlay {
                Some(Overlay::DropOff(_)) => return vec![ctx.t("desk-keys-form")],
                Some(Overlay::StaffForm(_)) => return vec![ctx.t("desk-keys-staff-form")],
                Some(Overlay::EventForm(_)) => return vec![ctx.t("desk-keys-event-form")],
                _ => {}
            }
            let mut keys = vec![ctx.t("desk-keys")];
            if s.overlay.is_none() {
                match s.tab {
                    Tab::Queue => keys.push(ctx.t("desk-keys-queue")),
                    Tab::Inventory => keys.push(ctx.t("desk-keys-inventory")),
                    Tab::Matches => keys.push(ctx.t("desk-keys-matches")),
                    Tab::Staff => keys.push(ctx.t("desk-keys-staff")),
                    Tab::Events => keys.push(ctx.t("desk-keys-events")),
                    Tab::Report => keys.push(ctx.t("desk-keys-report")),
                    Tab::Needs => {}
                }
            }
            keys
        }
    }
}

fn unlock(u: &Unlock, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
    let mut lines = ctx.block(&[(ctx.t("desk-title"), bold())], w);
    lines.push(Line::default());
    match u.chosen.and_then(|i| u.staff.get(i)) {
        None if u.staff.is_empty() => {
            lines.extend(ctx.block(&[(ctx.t("desk-no-staff"), Style::default())], w))
        }
        None => {
            lines.extend(ctx.block(&[(ctx.t("desk-who"), bold())], w));
            lines.push(Line::default());
            let items: Vec<MenuItem> = u
                .staff
                .iter()
                .take(9)
                .enumerate()
                .map(|(i, s)| MenuItem {
                    digit: u8::try_from(i + 1).ok(),
                    label: s.name.clone(),
                    selected: i == u.cursor,
                    direction: None,
                })
                .collect();
            lines.extend(menu_lines(ctx, &items, w));
        }
        Some(member) => {
            lines.extend(ctx.block(
                &[(
                    ctx.t_with("desk-pin", &[("name", member.name.clone().into())]),
                    bold(),
                )],
                w,
            ));
            lines.push(Line::default());
            lines.push(Line::styled(
                format!("  {}_", "•".repeat(u.pin.len())),
                Style::default().add_modifier(Modifier::BOLD),
            ));
        }
    }
    lines.push(Line::default());
    let message = if u.checking {
        Some(ctx.t("desk-checking"))
    } else {
        u.message.map(|m| match m {
            UnlockMessage::WrongPin { left } => {
                ctx.t_with("desk-pin-wrong", &[("left", left.into())])
            }
            UnlockMessage::Locked { until } => ctx.t_with(
                "desk-locked",
                &[(
                    "time",
                    until
                        .with_timezone(&chrono::Local)
                        .format("%H:%M")
                        .to_string()
                        .into(),
                )],
            ),
        })
    };
    if let Some(m) = message {
        lines.extend(ctx.block(&[(m, bold())], w));
    }
    lines
}

pub(super) fn role(ctx: &Ctx<'_>, role: Role) -> String {
    ctx.t(role.msg_id())
}

fn session(s: &Session, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let who = ctx.t_with(
        "desk-signed-in",
        &[
            ("name", s.staff.name.clone().into()),
            ("role", role(ctx, s.staff.role).into()),
        ],
    );
    lines.push(ctx.line(&format!("{} · {who}", ctx.t("desk-title")), bold(), w));
    let tabs: Vec<String> = Tab::all(s.staff.role)
        .iter()
        .map(|t| {
            let name = ctx.t(match t {
                Tab::Queue => "tab-queue",
                Tab::Needs => "tab-needs",
                Tab::Matches => "tab-matches",
                Tab::Inventory => "tab-inventory",
                Tab::Staff => "tab-staff",
                Tab::Events => "tab-events",
                Tab::Report => "tab-report",
            });
            if *t == s.tab {
                format!("[{name}]")
            } else {
                name
            }
        })
        .collect();
    // All the tabs, wrapped: in a long language they take a second line rather than vanish.
    lines.extend(ctx.block(&[(tabs.join(" "), Style::default())], w));
    lines.push(ctx.line(
        &format!("{} \u{2068}{}\u{2069}_", ctx.t("desk-scan"), s.input),
        Style::default().add_modifier(Modifier::UNDERLINED),
        w,
    ));
    match &s.notice {
        Some(n) => lines.extend(ctx.block(&[(notice(n, ctx), bold())], w)),
        None => lines.push(Line::default()),
    }
    match &s.overlay {
        Some(o) => lines.extend(overlay(o, &s.data, ctx, w)),
        None => lines.extend(tab(s, ctx, w)),
    }
    lines
}

pub(super) fn notice(n: &Notice, ctx: &Ctx<'_>) -> String {
    match n {
        Notice::PickedUp(code) => ctx.t_with("desk-picked-up", &[("code", code.display().into())]),
        Notice::AlreadyPicked { code, at, by } => ctx.t_with(
            "desk-already-picked",
            &[
                ("code", code.display().into()),
                (
                    "time",
                    at.with_timezone(&chrono::Local)
                        .format("%Y-%m-%d %H:%M")
                        .to_string()
                        .into(),
                ),
                ("name", by.clone().into()),
            ],
        ),
        Notice::RefusedSignature => ctx.t("desk-refused-signature"),
        Notice::RefusedSite(site) => {
            ctx.t_with("desk-refused-site", &[("site", site.clone().into())])
        }
        Notice::RefusedFormat => ctx.t("desk-refused-format"),
        Notice::NotFound(code) => ctx.t_with("desk-not-found", &[("code", code.clone().into())]),
        Notice::DroppedOff { item, quantity } => ctx.t_with(
            "desk-dropped-off",
            &[
                ("item", item.clone().into()),
                ("quantity", (*quantity).into()),
            ],
        ),
        Notice::HandedOut { item, left } => ctx.t_with(
            "desk-handed-out",
            &[("item", item.clone().into()), ("left", (*left).into())],
        ),
        Notice::NoneLeft(item) => ctx.t_with("desk-none-left", &[("item", item.clone().into())]),
        Notice::Proposed => ctx.t("desk-proposed"),
        Notice::Confirmed => ctx.t("desk-confirmed"),
        Notice::ConfirmFailed => ctx.t("desk-confirm-failed"),
        Notice::Cancelled => ctx.t("desk-cancelled"),
        Notice::Reprinted(code) => ctx.t_with("desk-reprinted", &[("code", code.display().into())]),
        Notice::StaffAdded(name) => {
            ctx.t_with("desk-staff-added", &[("name", name.clone().into())])
        }
        Notice::StaffDisabled(name) => {
            ctx.t_with("desk-staff-disabled", &[("name", name.clone().into())])
        }
        Notice::PinSet(name) => ctx.t_with("desk-pin-set", &[("name", name.clone().into())]),
        Notice::EventPosted(title) => {
            ctx.t_with("desk-event-posted", &[("title", title.clone().into())])
        }
        Notice::EventRemoved(title) => {
            ctx.t_with("desk-event-removed", &[("title", title.clone().into())])
        }
        Notice::NotAllowed => ctx.t("desk-not-allowed"),
        Notice::Error => ctx.t("desk-error"),
    }
}

/// "12 minutes ago", from the last load's clock.
pub(super) fn age(ctx: &Ctx<'_>, at: DateTime<Utc>, now: Option<DateTime<Utc>>) -> String {
    let minutes = now.map_or(0, |n| (n - at).num_minutes().max(0));
    if minutes < 60 {
        ctx.t_with("age-minutes", &[("minutes", minutes.into())])
    } else if minutes < 24 * 60 {
        ctx.t_with("age-hours", &[("hours", (minutes / 60).into())])
    } else {
        ctx.t_with("age-days", &[("days", (minutes / 1440).into())])
    }
}

pub(super) fn status(ctx: &Ctx<'_>, s: crate::domain::Status) -> String {
    ctx.t(s.msg_id())
}

/// A form's field: "Label: value", the one being typed reversed with a cursor after it. The
/// value is isolated, so a Latin name keeps its order in an Arabic form and the other way round.
pub(super) fn field_line(
    ctx: &Ctx<'_>,
    label: &str,
    value: &str,
    here: bool,
    w: u16,
) -> Line<'static> {
    let style = if here {
        Style::default().add_modifier(Modifier::REVERSED)
    } else {
        Style::default()
    };
    let cursor = if here { "_" } else { "" };
    ctx.line(
        &ctx.pair_text(label, &format!("\u{2068}{value}\u{2069}{cursor}")),
        style,
        w,
    )
}

/// Pads to `w` cells, for columns.
pub(super) fn pad(text: &str, w: usize) -> String {
    let text = bidi::truncate(text, w);
    let fill = w.saturating_sub(bidi::width(&text));
    format!("{text}{}", " ".repeat(fill))
}

pub(super) fn entry_row(e: &EntryView, ctx: &Ctx<'_>, now: Option<DateTime<Utc>>) -> String {
    format!(
        "{}  {} {} {:>3}  {} {}",
        e.code.display(),
        pad(&ctx.t(e.kind.msg_id()), 7),
        pad(&ctx.t(e.category.msg_id()), 18),
        e.quantity,
        pad(&status(ctx, e.status), 16),
        age(ctx, e.created_at, now),
    )
}

pub(super) fn select(text: String, selected: bool, ctx: &Ctx<'_>, w: u16) -> Line<'static> {
    let style = if selected {
        Style::default().add_modifier(Modifier::REVERSED)
    } else {
        Style::default()
    };
    ctx.line(
        &format!("{} {text}", if selected { ">" } else { " " }),
        style,
        w,
    )
}

fn tab(s: &Session, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
    let now = s.data.loaded_at;
    let mut lines = Vec::new();
    let rows: Vec<String> = match s.tab {
        Tab::Queue => {
            let category = s
                .data
                .filter
                .category
                .map_or(ctx.t("category-any"), |c| ctx.t(c.msg_id()));
            let st = s
                .data
                .filter
                .status
                .map_or(ctx.t("status-any"), |x| status(ctx, x));
            lines.push(ctx.line(&format!("‹ {category} ›  · {st}"), bold(), w));
            if s.data.queue.is_empty() {
                lines.extend(ctx.block(&[(ctx.t("desk-queue-empty"), Style::default())], w));
            }
            s.data
                .queue
                .iter()
                .map(|e| entry_row(e, ctx, now))
                .collect()
        }
        Tab::Needs => {
            if s.data.needs.is_empty() {
                lines.extend(ctx.block(&[(ctx.t("desk-needs-empty"), Style::default())], w));
            }
            s.data
                .needs
                .iter()
                .map(|(c, n)| {
                    ctx.t_with(
                        "desk-needs-count",
                        &[
                            ("category", ctx.t(c.msg_id()).into()),
                            ("count", (*n).into()),
                        ],
                    )
                })
                .collect()
        }
        Tab::Matches => {
            if s.data.matches.is_empty() {
                lines.extend(ctx.block(&[(ctx.t("desk-matches-empty"), Style::default())], w));
            }
            s.data
                .matches
                .iter()
                .map(|m| {
                    let with = match (&m.offer, &m.stock) {
                        (Some(o), _) => candidate_text(&Candidate::Offer(o.clone()), ctx),
                        (None, Some(i)) => candidate_text(&Candidate::Stock(i.clone()), ctx),
                        (None, None) => String::new(),
                    };
                    ctx.t_with(
                        "desk-match-line",
                        &[
                            ("need", m.need.code.display().into()),
                            ("with", with.into()),
                        ],
                    )
                })
                .collect()
        }
        Tab::Inventory => {
            if s.data.inventory.is_empty() {
                lines.extend(ctx.block(&[(ctx.t("desk-inventory-empty"), Style::default())], w));
            }
            s.data
                .inventory
                .iter()
                .map(|i| {
                    format!(
                        "{} {}",
                        pad(&ctx.t(i.category.msg_id()), 20),
                        ctx.t_with(
                            "desk-inventory-line",
                            &[
                                ("item", i.item.clone().into()),
                                ("quantity", i.quantity.into())
                            ]
                        )
                    )
                })
                .collect()
        }
        Tab::Report => {
            // ↑↓ scroll it: on a small screen or in a long language it is taller than the room.
            let body = report::lines(s.data.report.as_deref(), ctx, w);
            let skip = s.cursor.min(body.len().saturating_sub(1));
            lines.extend(body.into_iter().skip(skip));
            Vec::new()
        }
        Tab::Events => {
            if s.data.events.is_empty() {
                lines.extend(ctx.block(&[(ctx.t("desk-events-empty"), Style::default())], w));
            }
            s.data.events.iter().map(|e| events::row(e, ctx)).collect()
        }
        Tab::Staff => s
            .data
            .staff
            .iter()
            .map(|m| {
                let id = if m.active {
                    "desk-staff-line"
                } else {
                    "desk-staff-line-disabled"
                };
                ctx.t_with(
                    id,
                    &[
                        ("name", m.name.clone().into()),
                        ("role", role(ctx, m.role).into()),
                    ],
                )
            })
            .collect(),
    };
    lines.extend(
        rows.into_iter()
            .enumerate()
            .map(|(i, r)| select(r, i == s.cursor, ctx, w)),
    );
    lines
}

pub(super) fn candidate_text(c: &Candidate, ctx: &Ctx<'_>) -> String {
    match c {
        Candidate::Offer(o) => ctx.t_with(
            "desk-candidate-offer",
            &[
                ("code", o.code.display().into()),
                ("quantity", o.quantity.into()),
                ("urgency", ctx.t(o.urgency.msg_id()).into()),
            ],
        ),
        Candidate::Stock(i) => ctx.t_with(
            "desk-candidate-stock",
            &[
                ("item", i.item.clone().into()),
                ("quantity", i.quantity.into()),
            ],
        ),
    }
}
