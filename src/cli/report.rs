//! `aidkiosk report gaps` and `aidkiosk export csv`: what the network needs, for coordinators
//! and their spreadsheets.

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};
use chrono::{Duration, Local, NaiveDate, Utc};
use clap::ValueEnum;

use super::{Paths, existing_store};
use crate::config::Config;
use crate::domain::report::{GapReport, sparkline};
use crate::domain::{LockState, Role};
use crate::store::{ExportTable, Store};

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
            super::printable(&l.language),
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

/// A spreadsheet must not run what a visitor typed: a cell that starts like a formula is
/// written with a leading apostrophe (OWASP's advice for CSV injection).
pub fn safe_cell(value: &str) -> std::borrow::Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}").into()
    } else {
        value.into()
    }
}

/// Console name under which wrong PINs at the command line are counted (five lock it).
const CLI_CONSOLE: &str = "shell";

/// Checks that `who` is an active coordinator and `pin` theirs, counting wrong PINs like a
/// desk console does, so a PIN cannot be guessed at the command line either.
fn unlock_contacts(paths: &Paths, store: &mut Store, who: &str, pin: &str) -> anyhow::Result<()> {
    let now = Utc::now();
    if let LockState::Locked { until } = store.lock_state(CLI_CONSOLE, now)? {
        bail!(
            "too many wrong PINs: the command line is locked until {}",
            until.with_timezone(&Local).format("%H:%M")
        );
    }
    let pepper = crate::auth::load_or_create_pepper(&paths.data)?;
    let member = store
        .staff()?
        .into_iter()
        .find(|s| s.active && (s.id == who || s.name.eq_ignore_ascii_case(who)));
    let hash = match &member {
        Some(m) => store.pin_hash(&m.id)?.unwrap_or_default(),
        None => String::new(),
    };
    let ok = member.as_ref().is_some_and(|m| {
        m.role == Role::Coordinator && crate::auth::verify_pin(pin, &hash, &pepper)
    });
    let id = member.map(|m| m.id);
    if !ok {
        store.record_failed_unlock(CLI_CONSOLE, id.as_deref(), now)?;
        bail!("names and phones are exported only for a coordinator, with their PIN");
    }
    store.record_unlock(CLI_CONSOLE, id.as_deref().unwrap_or_default(), now)?;
    Ok(())
}

/// `aidkiosk export csv DIR`: every table as CSV and the gatherings as `events.ics`. Names,
/// phones and notes only `with_contact`, which a coordinator's PIN must unlock.
pub fn export_csv(
    paths: &Paths,
    dir: &Path,
    with_contact: Option<(&str, &str)>,
) -> anyhow::Result<()> {
    let config = Config::load(&paths.config)?;
    let mut store = existing_store(paths)?;
    if let Some((who, pin)) = with_contact {
        unlock_contacts(paths, &mut store, who, pin)?;
        store.audit(
            None,
            "export_contacts",
            Some(who),
            Some(&dir.display().to_string()),
            Utc::now(),
        )?;
    }
    super::private_dir(dir)?;
    for table in ExportTable::ALL {
        let path = dir.join(table.file_name());
        let n = super::data::write_whole(&path, |tmp| {
            let file = super::data::private_file(tmp)?;
            let mut w = ::csv::Writer::from_writer(std::io::BufWriter::new(file));
            let n = store
                .export(table, with_contact.is_some(), &mut |row| {
                    w.write_record(row.iter().map(|c| safe_cell(c).into_owned()))
                        .map_err(std::io::Error::other)
                })
                .with_context(|| format!("cannot export {}", path.display()))?;
            w.flush()?;
            Ok(n)
        })?;
        println!("{:<18} {n} rows", table.file_name());
    }
    let site = store.site()?.map(|s| s.name).unwrap_or_default();
    let events = store.all_events()?;
    let described: Vec<_> = events
        .iter()
        .map(|e| {
            let info = crate::domain::EventInfo {
                id: e.id.clone(),
                title: e
                    .title(&config.staff_language, &config.staff_language)
                    .to_owned(),
                place: e.place.clone(),
                starts: e.starts,
                ends: e.ends,
            };
            let others = e
                .titles
                .iter()
                .filter(|(l, _)| *l != config.staff_language)
                .map(|(l, t)| format!("{l}: {t}"))
                .collect::<Vec<_>>()
                .join("\n");
            (info, others)
        })
        .collect();
    let ics = crate::slip::event::calendar(&described, &site, Utc::now());
    super::data::write_whole(&dir.join("events.ics"), |tmp| {
        Ok(std::fs::write(tmp, &ics)?)
    })?;
    println!("{:<18} {} events", "events.ics", described.len());
    if with_contact.is_some() {
        println!(
            "entries.csv holds names and phone numbers: keep it safe and delete it when done."
        );
    }
    Ok(())
}
