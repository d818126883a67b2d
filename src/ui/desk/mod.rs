//! The staff desk, in the staff language: unlock, tabs, the scan line, lists, entries and
//! forms. Every list is a [`ListView`]: the highlighted row is the one Enter acts on.

mod events;
mod overlay;
mod report;

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::widgets::{Ctx, ListView, bold, window};
use crate::app::desk::{Desk, Notice, Phase, Session, Tab, Unlock, UnlockMessage};
use crate::domain::{Candidate, EntryView, Role};
use crate::i18n::bidi;

/// What a part of the desk draws: lines at the top, then maybe a list below them.
pub(super) struct Pane {
    pub lines: Vec<Line<'static>>,
    pub list: Option<ListView>,
}

impl Pane {
    fn text(lines: Vec<Line<'static>>) -> Pane {
        Pane { lines, list: None }
    }

    fn render(self, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
        let Some(list) = self.list else {
            frame.render_widget(Paragraph::new(self.lines), area);
            return;
        };
        let top = u16::try_from(self.lines.len())
            .unwrap_or(u16::MAX)
            .min(area.height);
        let [head, rest] =
            Layout::vertical([Constraint::Length(top), Constraint::Fill(1)]).areas(area);
        frame.render_widget(Paragraph::new(self.lines), head);
        list.render(ctx, frame, rest);
    }
}

/// Draws the desk.
pub fn render(desk: &Desk, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
    let pane = match &desk.phase {
        Phase::Locked(u) => unlock(u, ctx, area.width),
        Phase::Open(s) => {
            let head = session_head(s, ctx, area.width);
            let height = u16::try_from(head.len())
                .unwrap_or(u16::MAX)
                .min(area.height);
            let [top, rest] =
                Layout::vertical([Constraint::Length(height), Constraint::Fill(1)]).areas(area);
            frame.render_widget(Paragraph::new(head), top);
            let pane = match &s.overlay {
                Some(o) => overlay::overlay(o, &s.data, ctx, rest.width),
                None => tab(s, ctx, rest.width),
            };
            pane.render(ctx, frame, rest);
            return;
        }
    };
    pane.render(ctx, frame, area);
}

fn unlock(u: &Unlock, ctx: &Ctx<'_>, w: u16) -> Pane {
    let mut lines = ctx.block(&[(ctx.t("desk-title"), bold())], w);
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
            UnlockMessage::Failed => ctx.t("desk-unlock-failed"),
        })
    };
    let mut list = None;
    match u.chosen.and_then(|i| u.staff.get(i)) {
        None if u.staff.is_empty() => {
            lines.extend(ctx.block(&[(ctx.t("desk-no-staff"), Style::default())], w))
        }
        None => {
            lines.extend(ctx.block(&[(ctx.t("desk-who"), bold())], w));
            if let Some(m) = &message {
                lines.extend(ctx.block(&[(m.clone(), bold())], w));
            }
            lines.push(Line::default());
            // Digits pick the first nine; ↑↓ and Enter reach everyone.
            let rows = u
                .staff
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let digit = if i < 9 {
                        (i + 1).to_string()
                    } else {
                        " ".to_owned()
                    };
                    select(format!("{digit}  {}", s.name), i == u.cursor, ctx, w)
                })
                .collect();
            list = Some(ListView {
                header: None,
                rows,
                selected: u.cursor,
                highlight: true,
            });
            return Pane { lines, list };
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
    if let Some(m) = message {
        lines.extend(ctx.block(&[(m, bold())], w));
    }
    Pane { lines, list }
}

pub(super) fn role(ctx: &Ctx<'_>, role: Role) -> String {
    ctx.t(role.msg_id())
}

fn session_head(s: &Session, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
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
            let name = ctx.t(t.msg_id());
            if *t == s.tab {
                format!("[{name}]")
            } else {
                name
            }
        })
        .collect();
    // All the tabs, wrapped: in a long language they take a second line rather than vanish.
    lines.extend(ctx.block(&[(tabs.join(" "), Style::default())], w));
    // The scan line takes what a scanner types whatever is showing.
    let label = ctx.t("desk-scan");
    let room = usize::from(w).saturating_sub(bidi::width(&label) + 1);
    lines.push(ctx.line(
        &format!("{label} \u{2068}{}\u{2069}", window(&s.input, room)),
        Style::default().add_modifier(Modifier::UNDERLINED),
        w,
    ));
    match &s.notice {
        Some(n) => lines.extend(ctx.block(&[(notice(n, ctx), bold())], w)),
        None => lines.push(Line::default()),
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

/// A list row: marked `>` when selected (never by colour alone), in visual order.
pub(super) fn select(text: String, selected: bool, ctx: &Ctx<'_>, w: u16) -> Line<'static> {
    ctx.line(
        &format!("{} {text}", if selected { ">" } else { " " }),
        Style::default(),
        w,
    )
}

/// A list of `rows` with `selected` highlighted, under `lines`; the empty message instead of
/// the list when there are none.
fn listed(
    mut lines: Vec<Line<'static>>,
    rows: Vec<String>,
    selected: usize,
    empty: &str,
    ctx: &Ctx<'_>,
    w: u16,
) -> Pane {
    if rows.is_empty() {
        lines.extend(ctx.block(&[(ctx.t(empty), Style::default())], w));
        return Pane::text(lines);
    }
    let rows = rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| select(r, i == selected, ctx, w))
        .collect();
    Pane {
        lines,
        list: Some(ListView {
            header: None,
            rows,
            selected,
            highlight: true,
        }),
    }
}

fn tab(s: &Session, ctx: &Ctx<'_>, w: u16) -> Pane {
    let now = s.data.loaded_at;
    let at = s.cursor;
    match s.tab {
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
            let lines = vec![ctx.line(&format!("‹ {category} ›  · {st}"), bold(), w)];
            let rows = s
                .data
                .queue
                .iter()
                .map(|e| entry_row(e, ctx, now))
                .collect();
            listed(lines, rows, at, "desk-queue-empty", ctx, w)
        }
        Tab::Needs => {
            let rows = s
                .data
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
                .collect();
            listed(Vec::new(), rows, at, "desk-needs-empty", ctx, w)
        }
        Tab::Matches => {
            let rows = s
                .data
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
                .collect();
            listed(Vec::new(), rows, at, "desk-matches-empty", ctx, w)
        }
        Tab::Inventory => {
            let rows = s
                .data
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
                .collect();
            listed(Vec::new(), rows, at, "desk-inventory-empty", ctx, w)
        }
        Tab::Report => report::pane(s.data.report.as_deref(), s.data.counting, at, ctx, w),
        Tab::Events => {
            let rows = s.data.events.iter().map(|e| events::row(e, ctx)).collect();
            listed(Vec::new(), rows, at, "desk-events-empty", ctx, w)
        }
        Tab::Staff => {
            let rows = s
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
                .collect();
            listed(Vec::new(), rows, at, "desk-staff-empty", ctx, w)
        }
    }
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
