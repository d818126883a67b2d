//! The staff desk, in the staff language: sign-in, tabs, the scan line, lists, entries and
//! forms. Every list is a [`ListView`]: the highlighted row is the one Enter acts on.

mod events;
mod members;
mod network;
mod overlay;
mod report;
mod rows;

pub use rows::{
    age, call_row, candidate_text, entry_row, found_row, language, pad, role, select, status,
};

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::widgets::{Ctx, ListView, Rows, bold, field_line, window};
use crate::app::desk::{Desk, Notice, Phase, Session, Tab, Unlock, UnlockField, UnlockMessage};
use crate::app::{PrinterNote, Settings};
use crate::domain::{Candidate, PepperProblem, QueueView};
use crate::i18n::bidi;

/// What a part of the desk draws: lines at the top, then maybe a list below them.
pub(super) struct Pane<'a> {
    pub lines: Vec<Line<'static>>,
    pub list: Option<ListView<'a>>,
}

impl<'a> Pane<'a> {
    fn text(lines: Vec<Line<'static>>) -> Pane<'a> {
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
pub fn render(
    desk: &Desk,
    printer: Option<&PrinterNote>,
    settings: &Settings,
    ctx: &Ctx<'_>,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    match &desk.phase {
        Phase::Locked(u) => Pane::text(unlock(u, ctx, area.width)).render(ctx, frame, area),
        Phase::Open(s) => {
            let head = session_head(s, printer, ctx, area.width);
            let height = u16::try_from(head.len())
                .unwrap_or(u16::MAX)
                .min(area.height);
            let [top, rest] =
                Layout::vertical([Constraint::Length(height), Constraint::Fill(1)]).areas(area);
            frame.render_widget(Paragraph::new(head), top);
            let pane = match &s.overlay {
                Some(o) => overlay::overlay(o, &s.data, settings, ctx, rest.width),
                None => tab(s, settings, ctx, rest.width),
            };
            pane.render(ctx, frame, rest);
        }
    }
}

/// What the desk says when PINs cannot be checked here.
pub(super) fn pepper(ctx: &Ctx<'_>, p: PepperProblem) -> String {
    ctx.t(match p {
        PepperProblem::Missing => "desk-pepper-missing",
        PepperProblem::Mismatch => "desk-pepper-mismatch",
        PepperProblem::StalePin => "desk-pepper-stale",
    })
}

fn unlock(u: &Unlock, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
    let mut lines = ctx.block(&[(ctx.t("desk-title"), bold())], w);
    lines.push(Line::default());
    if u.any_staff == Some(false) {
        lines.extend(ctx.block(&[(ctx.t("desk-no-staff"), Style::default())], w));
        return lines;
    }
    lines.extend(ctx.block(&[(ctx.t("desk-sign-in"), bold())], w));
    lines.push(Line::default());
    let here = |f| !u.checking && u.field == f;
    lines.push(field_line(
        ctx,
        &ctx.t("field-name"),
        &u.name,
        here(UnlockField::Name),
        w,
    ));
    lines.push(field_line(
        ctx,
        &ctx.t("field-pin"),
        &u.pin,
        here(UnlockField::Pin),
        w,
    ));
    lines.push(Line::default());
    let message = if u.checking {
        Some(ctx.t("desk-checking"))
    } else {
        u.message.map(|m| match m {
            UnlockMessage::Wrong { left } => ctx.t_with("desk-pin-wrong", &[("left", left.into())]),
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
            UnlockMessage::Pepper(p) => pepper(ctx, p),
        })
    };
    if let Some(m) = message {
        lines.extend(ctx.block(&[(m, bold())], w));
    }
    lines
}

/// The printer's state, as the desk header shows it.
fn printer_line(note: Option<&PrinterNote>, ctx: &Ctx<'_>) -> String {
    match note {
        None => ctx.t("desk-printer-none"),
        Some(PrinterNote {
            code, error: None, ..
        }) => ctx.t_with("desk-printer-ok", &[("code", code.display().into())]),
        Some(PrinterNote {
            code,
            error: Some(e),
            ..
        }) => ctx.t_with(
            "desk-printer-failed",
            &[
                ("code", code.display().into()),
                (
                    "reason",
                    bidi::ellipsize(e.trim_end_matches('.'), 160).into(),
                ),
            ],
        ),
    }
}

fn session_head(
    s: &Session,
    printer: Option<&PrinterNote>,
    ctx: &Ctx<'_>,
    w: u16,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let who = ctx.t_with(
        "desk-signed-in",
        &[
            ("name", s.staff.name.clone().into()),
            ("role", role(ctx, s.staff.role).into()),
        ],
    );
    // A printer in trouble gets a line of its own, whole, so its reason is never cut off.
    let failed = printer.is_some_and(|p| p.error.is_some());
    if failed {
        lines.push(ctx.line(&format!("{} · {who}", ctx.t("desk-title")), bold(), w));
        lines.extend(ctx.block(&[(printer_line(printer, ctx), bold())], w));
    } else {
        lines.push(ctx.line(
            &format!(
                "{} · {who} · {}",
                ctx.t("desk-title"),
                printer_line(printer, ctx)
            ),
            bold(),
            w,
        ));
    }
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
    // All the tabs, wrapped between tabs (never inside a name): in a long language they take
    // a second line rather than vanish.
    for line in crate::ui::keys::pack(&tabs, "  ", usize::from(w)) {
        lines.push(ctx.line(&line, Style::default(), w));
    }
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

/// A time as the desk shows it.
fn local_time(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

pub(super) fn notice(n: &Notice, ctx: &Ctx<'_>) -> String {
    let code =
        |id: &str, c: &crate::domain::SlipCode| ctx.t_with(id, &[("code", c.display().into())]);
    let name = |id: &str, n: &str| ctx.t_with(id, &[("name", n.to_owned().into())]);
    match n {
        Notice::PickedUp(c) => code("desk-picked-up", c),
        Notice::AlreadyPicked { code, at, by } => ctx.t_with(
            "desk-already-picked",
            &[
                ("code", code.display().into()),
                ("time", local_time(*at).into()),
                ("name", by.clone().into()),
            ],
        ),
        Notice::NotNow(c, s) => ctx.t_with(
            "desk-not-now",
            &[
                ("code", c.display().into()),
                ("status", status(ctx, *s).into()),
            ],
        ),
        Notice::NotYours => ctx.t("desk-undo-not-yours"),
        Notice::TooLate => ctx.t("desk-undo-too-late"),
        Notice::StockGone => ctx.t("desk-undo-stock-gone"),
        Notice::Undone(c) => code("desk-undone", c),
        Notice::Closed(c) => code("desk-closed", c),
        Notice::Connected(c) => code("desk-connected", c),
        Notice::Finished(c) => code("desk-finished", c),
        Notice::RefusedSignature => ctx.t("desk-refused-signature"),
        Notice::RefusedSite(site) => {
            ctx.t_with("desk-refused-site", &[("site", site.clone().into())])
        }
        Notice::RefusedFormat => ctx.t("desk-refused-format"),
        Notice::NotFound(c) => ctx.t_with("desk-not-found", &[("code", c.clone().into())]),
        Notice::NothingFound(t) => ctx.t_with("desk-nothing-found", &[("text", t.clone().into())]),
        Notice::DroppedOff { item, quantity } => ctx.t_with(
            "desk-dropped-off",
            &[
                ("item", item.clone().into()),
                ("quantity", (*quantity).into()),
            ],
        ),
        Notice::SetAside {
            item,
            quantity,
            for_need,
        } => ctx.t_with(
            "desk-set-aside",
            &[
                ("item", item.clone().into()),
                ("quantity", (*quantity).into()),
                ("code", for_need.display().into()),
            ],
        ),
        Notice::HandedOut { item, left } => ctx.t_with(
            "desk-handed-out",
            &[("item", item.clone().into()), ("left", (*left).into())],
        ),
        Notice::NoneLeft(item) => ctx.t_with("desk-none-left", &[("item", item.clone().into())]),
        Notice::Counted { item, quantity } => ctx.t_with(
            "desk-counted",
            &[
                ("item", item.clone().into()),
                ("quantity", (*quantity).into()),
            ],
        ),
        Notice::Proposed => ctx.t("desk-proposed"),
        Notice::ProposedElsewhere(site) => ctx.t_with(
            "desk-proposed-elsewhere",
            &[("site", format!("\u{2068}{site}\u{2069}").into())],
        ),
        Notice::ProposeFailed => ctx.t("desk-propose-failed"),
        Notice::Confirmed(kind) => ctx.t(match kind {
            crate::app::desk::Confirmation::Stock => "desk-confirmed-stock",
            crate::app::desk::Confirmation::Offer => "desk-confirmed-offer",
            crate::app::desk::Confirmation::Service => "desk-confirmed-service",
        }),
        Notice::ConfirmFailed => ctx.t("desk-confirm-failed"),
        Notice::ShortOfStock { item, have, want } => ctx.t_with(
            "desk-short-of-stock",
            &[
                ("item", item.clone().into()),
                ("have", (*have).into()),
                ("want", (*want).into()),
            ],
        ),
        Notice::CancelFailed => ctx.t("desk-cancel-failed"),
        Notice::Cancelled => ctx.t("desk-cancelled"),
        Notice::Reprinted(c) => code("desk-reprinted", c),
        Notice::Printed(c) => code("desk-printed", c),
        Notice::PrintFailed(c, reason) => ctx.t_with(
            "desk-print-failed",
            &[
                ("code", c.display().into()),
                // The message ends the sentence itself.
                ("reason", reason.trim_end_matches('.').to_owned().into()),
            ],
        ),
        Notice::Entered(c) => code("desk-entered", c),
        Notice::StaffAdded(n) => name("desk-staff-added", n),
        Notice::StaffDisabled(n) => name("desk-staff-disabled", n),
        Notice::StaffEnabled(n) => name("desk-staff-enabled", n),
        Notice::LockCleared(n) => name("desk-lock-cleared", n),
        Notice::NameTaken(n) => name("desk-name-taken", n),
        Notice::LastCoordinator(n) => name("desk-last-coordinator", n),
        Notice::PinSet(n) => name("desk-pin-set", n),
        Notice::OldPinWrong => ctx.t("desk-old-pin-wrong"),
        Notice::EventPosted(title) => {
            ctx.t_with("desk-event-posted", &[("title", title.clone().into())])
        }
        Notice::EventRemoved(title) => {
            ctx.t_with("desk-event-removed", &[("title", title.clone().into())])
        }
        Notice::Pepper(p) => pepper(ctx, *p),
        Notice::CardPrinted(c, true) => code("desk-card-printed", c),
        Notice::CardPrinted(c, false) => code("desk-card-print-failed", c),
        Notice::CardRefused => ctx.t("desk-card-refused"),
        Notice::Exchanged { quarters, debt } => ctx.t_with(
            if *debt {
                "desk-exchanged-debt"
            } else {
                "desk-exchanged"
            },
            &[("hours", quarters.hours().into())],
        ),
        Notice::Reversed => ctx.t("desk-reversed"),
        Notice::CannotReverse => ctx.t("desk-cannot-reverse"),
        Notice::StatementPrinted(true) => ctx.t("desk-statement-printed"),
        Notice::StatementPrinted(false) => ctx.t("desk-statement-failed"),
        Notice::HandedElsewhere(c, site) => ctx.t_with(
            "notice-handed-elsewhere",
            &[
                ("code", c.display().into()),
                ("site", format!("\u{2068}{site}\u{2069}").into()),
            ],
        ),
        Notice::ElsewhereAlready(c) => code("notice-elsewhere-already", c),
        Notice::ConflictResolved(c) => ctx.t_with(
            "notice-conflict-resolved",
            &[(
                "code",
                crate::domain::SlipCode::parse_canonical(c)
                    .map_or_else(|| c.clone(), |c| c.display())
                    .into(),
            )],
        ),
        Notice::NotAllowed => ctx.t("desk-not-allowed"),
        Notice::Error => ctx.t("desk-error"),
    }
}

/// A list of `len` rows (row `i` made by `row(i)` when it is on screen) with `selected`
/// highlighted, under `lines`; the empty message instead of the list when there are none.
pub(super) fn listed<'a>(
    mut lines: Vec<Line<'static>>,
    list: List<'a>,
    empty: &str,
    ctx: &'a Ctx<'_>,
    w: u16,
) -> Pane<'a> {
    if list.len == 0 {
        lines.extend(ctx.block(&[(ctx.t(empty), Style::default())], w));
        return Pane::text(lines);
    }
    let List {
        len,
        row,
        selected,
        total,
    } = list;
    Pane {
        lines,
        list: Some(ListView {
            header: None,
            rows: Rows::Lazy {
                len,
                make: Box::new(move |i| select(row(i), i == selected, ctx, w)),
            },
            selected,
            highlight: true,
            total,
        }),
    }
}

/// What `listed` shows: `len` rows, each made by `row`, one `selected`; `total` when these are
/// only the first of more.
pub(super) struct List<'a> {
    pub len: usize,
    pub row: Box<dyn Fn(usize) -> String + 'a>,
    pub selected: usize,
    pub total: Option<usize>,
}

impl<'a> List<'a> {
    pub fn of<T>(items: &'a [T], selected: usize, row: impl Fn(&T) -> String + 'a) -> List<'a> {
        List {
            len: items.len(),
            row: Box::new(move |i| row(&items[i])),
            selected,
            total: None,
        }
    }

    fn cut(self, total: usize) -> List<'a> {
        List {
            total: Some(total),
            ..self
        }
    }
}

fn tab<'a>(s: &'a Session, settings: &'a Settings, ctx: &'a Ctx<'_>, w: u16) -> Pane<'a> {
    let now = s.data.loaded_at;
    let at = s.cursor;
    let services = &settings.services;
    match s.tab {
        Tab::Queue => {
            let category = s
                .data
                .filter
                .category
                .map_or(ctx.t("category-any"), |c| ctx.t(c.msg_id()));
            let view = s.data.filter.view;
            let count = |v: QueueView| {
                s.data
                    .counts
                    .iter()
                    .find(|(x, _)| *x == v)
                    .map_or(0, |(_, n)| *n)
            };
            let views: Vec<String> = QueueView::ALL
                .iter()
                .map(|v| {
                    let text = format!("{} {}", ctx.t(v.msg_id()), count(*v));
                    if *v == view {
                        format!("[{text}]")
                    } else {
                        text
                    }
                })
                .collect();
            let mut lines = vec![ctx.line(&format!("‹ {category} ›"), bold(), w)];
            for line in crate::ui::keys::pack(&views, "  ", usize::from(w)) {
                lines.push(ctx.line(&line, Style::default(), w));
            }
            let empty = match view {
                QueueView::ToDo => "desk-queue-empty",
                QueueView::Fulfilled => "desk-queue-none-fulfilled",
                QueueView::Closed => "desk-queue-none-closed",
                _ => "desk-queue-none",
            };
            let list = List::of(&s.data.queue, at, move |e| {
                entry_row(e, ctx, now, services, w)
            })
            .cut(usize::try_from(count(view)).unwrap_or(0));
            listed(lines, list, empty, ctx, w)
        }
        Tab::Needs => {
            let list = List::of(&s.data.needs, at, move |(c, n)| {
                ctx.t_with(
                    "desk-needs-count",
                    &[
                        ("category", ctx.t(c.msg_id()).into()),
                        ("count", (*n).into()),
                    ],
                )
            });
            listed(Vec::new(), list, "desk-needs-empty", ctx, w)
        }
        Tab::Matches => {
            let list = List::of(&s.data.matches, at, move |m| {
                let with = match (&m.offer, &m.stock) {
                    (Some(o), _) => {
                        candidate_text(&Candidate::Offer(Box::new(o.clone())), ctx, now, services)
                    }
                    (None, Some(i)) => {
                        candidate_text(&Candidate::Stock(i.clone()), ctx, now, services)
                    }
                    (None, None) => String::new(),
                };
                // Another site's need (its proposal, to confirm here): with its site.
                let need = match &m.site {
                    Some(site) => format!("{} · \u{2068}{site}\u{2069}", m.need.code.display()),
                    None => m.need.code.display(),
                };
                ctx.t_with(
                    "desk-match-line",
                    &[("need", need.into()), ("with", with.into())],
                )
            });
            listed(Vec::new(), list, "desk-matches-empty", ctx, w)
        }
        Tab::Inventory => {
            let list = List::of(&s.data.inventory, at, move |i| {
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
            });
            listed(Vec::new(), list, "desk-inventory-empty", ctx, w)
        }
        Tab::Calls => {
            let lines = ctx.block(&[(ctx.t("desk-calls-hint"), Style::default())], w);
            let list = List::of(&s.data.calls, at, move |e| call_row(e, ctx, now, w));
            listed(lines, list, "desk-calls-empty", ctx, w)
        }
        Tab::Printing => {
            let lines = ctx.block(&[(ctx.t("desk-unprinted-hint"), Style::default())], w);
            let list = List::of(&s.data.unprinted, at, move |e| {
                entry_row(e, ctx, now, services, w)
            });
            listed(lines, list, "desk-unprinted-empty", ctx, w)
        }
        Tab::Report if s.report_network => network::report_pane(s, ctx, w),
        Tab::Report => report::pane(s.data.report.as_deref(), s.data.counting, at, ctx, w),
        Tab::Members => members::pane(s, settings, ctx, w),
        Tab::Network => network::pane(s, ctx, w),
        Tab::Events => {
            let list = List::of(&s.data.events, at, move |e| events::row(e, ctx));
            listed(Vec::new(), list, "desk-events-empty", ctx, w)
        }
        Tab::Staff => {
            let list = List::of(&s.data.staff, at, move |m| {
                let mut line = ctx.t_with(
                    if m.active {
                        "desk-staff-line"
                    } else {
                        "desk-staff-line-disabled"
                    },
                    &[
                        ("name", m.name.clone().into()),
                        ("role", role(ctx, m.role).into()),
                    ],
                );
                if let (Some(until), Some(now)) = (m.locked_until, now)
                    && until > now
                {
                    let time = until.with_timezone(&chrono::Local).format("%H:%M");
                    line = format!(
                        "{line} · {}",
                        ctx.t_with("desk-staff-locked", &[("time", time.to_string().into())])
                    );
                }
                line
            });
            listed(Vec::new(), list, "desk-staff-empty", ctx, w)
        }
    }
}
