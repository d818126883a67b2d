//! The network at the desk (#14): the Network tab (each site, how far behind, files not
//! applied, conflicts) and another site's ticket opened to hand over here.

use chrono::{DateTime, Local, Utc};
use ratatui::style::Style;

use super::{List, Pane, age, bold, listed, status};
use crate::app::desk::{ElsewherePanel, Session};
use crate::domain::network::{NetSite, Problem};
use crate::ui::widgets::Ctx;

/// The Network tab: the sites and the files not applied above, the conflicts as the list.
pub(super) fn pane<'a>(s: &'a Session, ctx: &'a Ctx<'_>, w: u16) -> Pane<'a> {
    let Some(net) = s.data.network.as_deref() else {
        return Pane::text(Vec::new());
    };
    if !net.in_network {
        return Pane::text(ctx.block(&[(ctx.t("network-none"), Style::default())], w));
    }
    let now = s.data.loaded_at;
    let mut lines = Vec::new();
    for site in &net.sites {
        lines.extend(ctx.block(&[(site_line(site, now, ctx), Style::default())], w));
    }
    if !net.problems.is_empty() {
        lines.push(ratatui::text::Line::default());
        lines.extend(ctx.block(&[(ctx.t("network-problems"), bold())], w));
        for p in net.problems.iter().take(8) {
            lines.extend(ctx.block(&[(problem_line(p, ctx), Style::default())], w));
        }
    }
    lines.push(ratatui::text::Line::default());
    lines.extend(ctx.block(&[(ctx.t("network-conflicts"), bold())], w));
    if !net.conflicts.is_empty() {
        lines.extend(ctx.block(&[(ctx.t("network-resolve-hint"), Style::default())], w));
    }
    let list = List::of(&net.conflicts, s.cursor, move |c| {
        let at: Vec<String> = c
            .handovers
            .iter()
            .map(|(site, at)| format!("\u{2068}{site}\u{2069} {}", local(at)))
            .collect();
        ctx.t_with(
            "network-conflict",
            &[
                ("code", code_display(&c.code).into()),
                ("category", category(ctx, &c.category).into()),
                ("where", at.join(", ").into()),
            ],
        )
    });
    listed(lines, list, "network-no-conflicts", ctx, w)
}

/// The Gaps tab for the whole network: a row per category, a column per site, needs made and
/// handed over in the report's weeks.
pub(super) fn report_pane<'a>(s: &'a Session, ctx: &'a Ctx<'_>, w: u16) -> Pane<'a> {
    let (Some(r), Some(days)) = (s.data.report.as_deref(), s.data.net_days.as_deref()) else {
        return Pane::text(ctx.block(&[(ctx.t("report-loading"), Style::default())], w));
    };
    let mut lines = ctx.block(
        &[(
            format!(
                "{} · {}",
                ctx.t_with(
                    "report-title",
                    &[
                        ("weeks", r.weekly().len().into()),
                        ("from", r.from.to_string().into()),
                        ("to", r.to.to_string().into()),
                    ],
                ),
                ctx.t("tab-network")
            ),
            bold(),
        )],
        w,
    );
    lines.extend(ctx.block(&[(ctx.t("report-network-columns"), Style::default())], w));
    let mut sites: Vec<&str> = Vec::new();
    for d in days {
        if !sites.contains(&d.site.as_str()) {
            sites.push(&d.site);
        }
    }
    let cell = 12usize;
    // Headed by a word of the staff language, so the header runs the way the rows do.
    let mut header = super::pad(&ctx.t("field-category"), 18);
    for site in &sites {
        // Each name isolated, so in a right-to-left language the columns run as the rows do.
        header.push_str(&format!(" \u{2068}{}\u{2069}", super::pad(site, cell)));
    }
    lines.push(ctx.line(&header, bold(), w));
    for c in &r.categories {
        let mut row = super::pad(&ctx.t(c.category.msg_id()), 18);
        for site in &sites {
            let (made, met) = days
                .iter()
                .find(|d| d.site == *site && d.category == c.category.as_str())
                .map_or((0, 0), |d| (d.made, d.met));
            row.push_str(&format!(
                " {}",
                super::pad(&format!("{made} / {met}"), cell)
            ));
        }
        lines.push(ctx.line(&row, Style::default(), w));
    }
    Pane::text(lines)
}

/// "Library corner (K3F9Q): last change 14:02 (3 minutes ago) · 2 later files wait …".
fn site_line(site: &NetSite, now: Option<DateTime<Utc>>, ctx: &Ctx<'_>) -> String {
    let mut parts = vec![format!("\u{2068}{}\u{2069} ({})", site.name, site.tag)];
    if site.is_local {
        parts.push(ctx.t("network-this-site"));
    }
    match site
        .file_at
        .as_deref()
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
    {
        Some(t) => {
            let t = t.with_timezone(&Utc);
            parts.push(format!(
                "{} ({})",
                ctx.t_with("network-last", &[("when", local_time(t).into())]),
                age(ctx, t, now)
            ));
        }
        None => parts.push(ctx.t("network-never")),
    }
    if site.waiting > 0 {
        parts.push(ctx.t_with("network-waiting", &[("count", site.waiting.into())]));
    }
    if site.removed_at.is_some() {
        parts.push(ctx.t("network-removed"));
    }
    parts.join(" · ")
}

fn problem_line(p: &Problem, ctx: &Ctx<'_>) -> String {
    let id = match p.kind.as_str() {
        "newer" => "network-problem-newer",
        "removed" => "network-problem-removed",
        "unknown" => "network-problem-unknown",
        _ => "network-problem-refused",
    };
    ctx.t_with(
        id,
        &[
            ("site", p.site.clone().into()),
            ("file", p.file.clone().into()),
            ("reason", p.reason.clone().into()),
        ],
    )
}

/// Another site's ticket: whose, that names stay there, each thing, and what Enter does.
pub(super) fn panel<'a>(p: &'a ElsewherePanel, ctx: &'a Ctx<'_>, w: u16) -> Pane<'a> {
    let t = &p.ticket;
    let site = t.site_name.clone();
    let mut lines = ctx.block(
        &[(
            ctx.t_with(
                "desk-elsewhere-title",
                &[
                    ("code", t.code.display().into()),
                    ("site", site.clone().into()),
                ],
            ),
            bold(),
        )],
        w,
    );
    let place: Vec<&str> = [t.place.as_str(), t.hours.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    if !place.is_empty() {
        lines.extend(ctx.block(
            &[(
                format!("\u{2068}{}\u{2069}", place.join(" · ")),
                Style::default(),
            )],
            w,
        ));
    }
    lines.extend(ctx.block(
        &[(
            ctx.t_with("desk-elsewhere-private", &[("site", site.clone().into())]),
            Style::default(),
        )],
        w,
    ));
    let hint = if p.confirming {
        ctx.t("desk-typed-code")
    } else {
        ctx.t_with("desk-elsewhere-hand", &[("site", site.into())])
    };
    lines.extend(ctx.block(&[(hint, bold())], w));
    let list = List::of(&t.items, p.cursor, move |i| {
        let mut row = format!(
            "{} ×{} · {}",
            ctx.what(i.kind, i.category),
            i.quantity,
            status(ctx, i.status)
        );
        if !i.handed_at.is_empty() {
            let sites: Vec<String> = i
                .handed_at
                .iter()
                .map(|s| format!("\u{2068}{s}\u{2069}"))
                .collect();
            row.push_str(" · ");
            row.push_str(&ctx.t_with(
                "desk-elsewhere-handed",
                &[("sites", sites.join(", ").into())],
            ));
        }
        row
    });
    listed(lines, list, "desk-found-none", ctx, w)
}

/// A stored time as the site's local "YYYY-MM-DD HH:MM".
fn local(at: &str) -> String {
    DateTime::parse_from_rfc3339(at)
        .map_or_else(|_| at.to_owned(), |t| local_time(t.with_timezone(&Utc)))
}

fn local_time(t: DateTime<Utc>) -> String {
    t.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string()
}

/// A ticket code as printed (XXXX-XXXX).
fn code_display(code: &str) -> String {
    crate::domain::SlipCode::parse_canonical(code).map_or_else(|| code.to_owned(), |c| c.display())
}

fn category(ctx: &Ctx<'_>, id: &str) -> String {
    crate::domain::Category::parse(id).map_or_else(|| id.to_owned(), |c| ctx.t(c.msg_id()))
}
