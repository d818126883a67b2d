//! `aidkiosk report gaps`: what the network needs, for coordinators, as a table, CSV, JSON,
//! or pages to print and pin up.

use std::fmt::Write as _;
use std::io::Write;

use anyhow::bail;
use chrono::{Duration, Local, NaiveDate, Utc};
use clap::ValueEnum;

use super::{Paths, existing_store};
use crate::config::Config;
use crate::domain::report::{GapReport, sparkline};

/// How a report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Aligned columns and bars, for reading.
    Table,
    /// One figure per row (figure, week, category, language, value), for a spreadsheet.
    Csv,
    /// The whole report as one JSON object.
    Json,
}

/// Weeks shown when no `--from` is given.
pub const DEFAULT_WEEKS: i64 = 12;

/// `aidkiosk report gaps`.
pub fn gaps(
    paths: &Paths,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    format: ReportFormat,
    older_than: u32,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let config = Config::load(&paths.config)?;
    let store = existing_store(paths)?;
    let to = to.unwrap_or_else(|| Local::now().date_naive());
    let from = from.unwrap_or(crate::domain::report::weeks_back(to, DEFAULT_WEEKS));
    if from > to {
        bail!("--from {from} is after --to {to}");
    }
    let now = Utc::now();
    let report = store.gap_report(
        from,
        to,
        &config.categories,
        now - Duration::days(i64::from(older_than)),
        older_than,
    )?;
    let site = store.site()?.map(|s| s.name).unwrap_or_default();
    let text = match format {
        ReportFormat::Table => table(&report, &site),
        ReportFormat::Csv => csv(&report)?,
        ReportFormat::Json => serde_json::to_string_pretty(&report)? + "\n",
    };
    out.write_all(text.as_bytes())?;
    Ok(())
}

/// A wait in seconds as days and hours ("2 d 5 h", "3 h", "40 min").
pub fn wait(secs: Option<i64>) -> String {
    match secs {
        None => "-".into(),
        Some(s) if s < 3600 => format!("{} min", s / 60),
        Some(s) if s < 86_400 => format!("{} h", s / 3600),
        Some(s) => format!("{} d {} h", s / 86_400, s % 86_400 / 3600),
    }
}

/// The report as a page of text.
pub fn table(r: &GapReport, site: &str) -> String {
    let mut out = String::new();
    let weeks = r.weekly();
    let _ = writeln!(
        out,
        "Gap report{}: {} to {} ({} weeks)\n",
        if site.is_empty() {
            String::new()
        } else {
            format!(", {site}")
        },
        r.from,
        r.to,
        weeks.len()
    );
    let _ = writeln!(
        out,
        "{:<15} {:>7} {:>7} {:>10} {:>8} {:>9}  {:<12} needs vs offers",
        "category",
        "needs",
        "offers",
        "fulfilled",
        "expired",
        format!("wait>{}d", r.older_than_days),
        "median wait",
    );
    let widest = r
        .categories
        .iter()
        .map(|c| c.needs.max(c.offers))
        .max()
        .unwrap_or(0)
        .max(1);
    let bar = |n: u64, c: char| c.to_string().repeat(((n * 20).div_ceil(widest)) as usize);
    for c in &r.categories {
        let _ = writeln!(
            out,
            "{:<15} {:>7} {:>7} {:>10} {:>8} {:>9}  {:<12} {}|{}",
            c.category.as_str(),
            c.needs,
            c.offers,
            c.fulfilled,
            c.expired,
            c.waiting,
            wait(c.median_wait_secs),
            bar(c.needs, '#'),
            bar(c.offers, '=')
        );
    }
    let (needs, offers, fulfilled, expired, waiting) = r.totals();
    let _ = writeln!(
        out,
        "{:<15} {:>7} {:>7} {:>10} {:>8} {:>9}  {:<12}",
        "total",
        needs,
        offers,
        fulfilled,
        expired,
        waiting,
        wait(r.median_wait_secs)
    );
    let _ = writeln!(out, "\n# = needs, = = offers (longest bar: {widest})");
    if let Some(gap) = r.largest_gap() {
        let _ = writeln!(
            out,
            "Largest gap: {} ({} more needs than offers)",
            gap.category.as_str(),
            gap.needs - gap.offers
        );
    }
    let series =
        |f: fn(&(NaiveDate, u64, u64, u64)) -> u64| -> Vec<u64> { weeks.iter().map(f).collect() };
    let _ = writeln!(
        out,
        "\nBy week, from {}:",
        weeks.first().map_or(r.from, |w| w.0)
    );
    for (name, values) in [
        ("needs", series(|w| w.1)),
        ("offers", series(|w| w.2)),
        ("fulfilled", series(|w| w.3)),
    ] {
        let (low, high) = (
            values.iter().min().copied().unwrap_or(0),
            values.iter().max().copied().unwrap_or(0),
        );
        let _ = writeln!(
            out,
            "  {name:<10} {}  {low}–{high} a week, last {}",
            sparkline(&values),
            values.last().copied().unwrap_or(0)
        );
    }
    let total: u64 = r.languages.iter().map(|l| l.entries).sum();
    let _ = writeln!(out, "\nLanguages used:");
    for l in &r.languages {
        let _ = writeln!(
            out,
            "  {:<8} {:>7}  {:>3}%",
            l.language,
            l.entries,
            (l.entries * 100).checked_div(total).unwrap_or(0)
        );
    }
    out
}

/// The report as tidy CSV: one figure per row.
pub fn csv(r: &GapReport) -> anyhow::Result<String> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record(["figure", "week", "category", "language", "value"])?;
    for row in &r.weeks {
        let week = row.week.to_string();
        for (figure, value) in [
            ("needs", row.needs),
            ("offers", row.offers),
            ("fulfilled", row.fulfilled),
        ] {
            w.write_record([figure, &week, row.category.as_str(), "", &value.to_string()])?;
        }
    }
    for c in &r.categories {
        let cat = c.category.as_str();
        for (figure, value) in [
            ("needs", Some(c.needs as i64)),
            ("offers", Some(c.offers as i64)),
            ("fulfilled", Some(c.fulfilled as i64)),
            ("expired", Some(c.expired as i64)),
            (
                &*format!("waiting_over_{}_days", r.older_than_days),
                Some(c.waiting as i64),
            ),
            ("median_wait_seconds", c.median_wait_secs),
        ] {
            if let Some(v) = value {
                w.write_record([figure, "", cat, "", &v.to_string()])?;
            }
        }
    }
    if let Some(m) = r.median_wait_secs {
        w.write_record(["median_wait_seconds", "", "", "", &m.to_string()])?;
    }
    for l in &r.languages {
        w.write_record(["entries", "", "", &l.language, &l.entries.to_string()])?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}
