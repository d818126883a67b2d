//! The desk's gap report: the last weeks at a glance, in the staff language. Needs and offers
//! as bars in two patterns, the weeks as sparklines, and the figures as numbers beside them.

use ratatui::style::Style;
use ratatui::text::Line;

use super::{Pane, bold, pad};
use crate::domain::report::GapReport;
use crate::ui::widgets::{Ctx, ListView, Rows};

/// Cells of each category's bar (needs then offers, half each at most).
const BAR: usize = 16;
/// Cells of a category's name.
const NAME: usize = 18;

/// A wait in seconds, in the staff language ("1 d 9 h", "5 h", "40 min").
pub fn wait(ctx: &Ctx<'_>, secs: i64) -> String {
    let (days, hours, minutes) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    if secs >= 86_400 {
        ctx.t_with(
            "duration-days",
            &[("days", days.into()), ("hours", hours.into())],
        )
    } else if secs >= 3600 {
        ctx.t_with("duration-hours", &[("hours", (secs / 3600).into())])
    } else {
        ctx.t_with("duration-minutes", &[("minutes", minutes.into())])
    }
}

/// The report: its summary above, a row per category and the weeks below, which ↑↓ scroll;
/// `None` until it has been counted.
pub fn pane(
    report: Option<&GapReport>,
    counting: bool,
    cursor: usize,
    ctx: &Ctx<'_>,
    w: u16,
) -> Pane<'static> {
    let Some(r) = report else {
        return Pane {
            lines: ctx.block(&[(ctx.t("report-loading"), Style::default())], w),
            list: None,
        };
    };
    let mut lines = Vec::new();
    let weekly = r.weekly();
    let mut title = ctx.t_with(
        "report-title",
        &[
            ("weeks", weekly.len().into()),
            ("from", r.from.to_string().into()),
            ("to", r.to.to_string().into()),
        ],
    );
    if counting {
        // The last count stays on screen while the new one is made.
        title = format!("{title}   {}", ctx.t("report-loading"));
    }
    lines.push(ctx.line(&title, bold(), w));
    let median = match r.median_wait_secs {
        Some(s) => ctx.t_with("report-median", &[("wait", wait(ctx, s).into())]),
        None => ctx.t("report-median-none"),
    };
    if let Some(gap) = r.largest_gap() {
        lines.extend(ctx.block(
            &[(
                ctx.t_with(
                    "report-gap",
                    &[
                        ("category", ctx.t(gap.category.msg_id()).into()),
                        ("count", (gap.needs - gap.offers).into()),
                    ],
                ),
                bold(),
            )],
            w,
        ));
    }
    lines.extend(ctx.block(&[(median, Style::default())], w));
    lines.extend(languages(r, ctx, w));
    // People counted once through their cards, and the time bank's hours.
    let m = &r.members;
    let hours: i64 = m.quarters.iter().map(|(_, q)| q).sum();
    if m.served > 0 || hours != 0 {
        let last = m.weeks.last();
        lines.extend(ctx.block(
            &[(
                ctx.t_with(
                    "report-members",
                    &[
                        ("served", m.served.into()),
                        ("new", last.map_or(0, |w| w.new).into()),
                        ("returning", last.map_or(0, |w| w.returning).into()),
                        (
                            "hours",
                            crate::domain::member::Quarters(hours).hours().into(),
                        ),
                    ],
                ),
                Style::default(),
            )],
            w,
        ));
    }
    lines.extend(ctx.block(
        &[(
            format!(
                "{}   {}",
                ctx.t("board-legend"),
                ctx.t_with("report-columns", &[("days", r.older_than_days.into())])
            ),
            Style::default(),
        )],
        w,
    ));
    let most = r
        .categories
        .iter()
        .map(|c| c.needs.max(c.offers))
        .max()
        .unwrap_or(0);
    // The figures are not isolated: in a right-to-left language they then read right to left,
    // in the order of the (right-to-left) legend above them.
    let mut rows = Vec::new();
    for c in &r.categories {
        let cells = |n: u64| {
            if n == 0 || most == 0 {
                0
            } else {
                ((n as usize * (BAR / 2)).div_ceil(most as usize)).clamp(1, BAR / 2)
            }
        };
        let (needs, offers) = (cells(c.needs), cells(c.offers));
        let bar = format!(
            "{}{}{}",
            "█".repeat(needs),
            "░".repeat(offers),
            " ".repeat(BAR - needs - offers)
        );
        rows.push(format!(
            "{} {bar} {} / {} / {} / {}",
            pad(&ctx.t(c.category.msg_id()), NAME),
            c.needs,
            c.offers,
            c.fulfilled,
            c.waiting
        ));
    }
    // The weeks: each series as a sparkline, an isolated left-to-right run (time runs left to
    // right in every language here, as on the printed report).
    // Beside each line, per week as its label says: the last week and the average (not the
    // total of all the weeks).
    let spark = |label: &str, values: Vec<u64>| {
        let total: u64 = values.iter().sum();
        let weeks = values.len().max(1) as u64;
        let mean = (total + weeks / 2) / weeks;
        let last = values.last().copied().unwrap_or(0);
        format!(
            "{} \u{2066}{}\u{2069} {}",
            pad(label, NAME),
            crate::domain::report::sparkline(&values),
            ctx.t_with(
                "report-week-figures",
                &[("last", last.into()), ("mean", mean.into())]
            )
        )
    };
    rows.push(spark(
        &ctx.t("report-weekly-needs"),
        weekly.iter().map(|w| w.1).collect(),
    ));
    rows.push(spark(
        &ctx.t("report-weekly-handed"),
        weekly.iter().map(|w| w.3).collect(),
    ));
    // ↑↓ scroll the rows; none is acted on, so none is highlighted.
    let rows = rows
        .into_iter()
        .map(|r| ctx.line(&r, Style::default(), w))
        .collect();
    Pane {
        lines,
        list: Some(ListView {
            header: None,
            rows: Rows::Ready(rows),
            selected: cursor,
            highlight: false,
            total: None,
        }),
    }
}

/// Which languages people used, as shares.
fn languages(r: &GapReport, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
    let total: u64 = r.languages.iter().map(|l| l.entries).sum();
    let used: Vec<String> = r
        .languages
        .iter()
        .map(|l| {
            // The share isolated left to right: "22%" in Arabic too, not "%22".
            format!(
                "\u{2068}{}\u{2069} \u{2066}{}%\u{2069}",
                ctx.i18n.language_name(&l.language),
                (l.entries * 100).checked_div(total).unwrap_or(0)
            )
        })
        .collect();
    ctx.block(
        &[(
            ctx.t_with(
                "report-languages",
                &[("list", ctx.i18n.list(ctx.lang, &used).into())],
            ),
            Style::default(),
        )],
        w,
    )
}
