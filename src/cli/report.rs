//! `aidkiosk report gaps`: what the network needs, for coordinators, as a table, CSV, JSON,
//! or pages to print and pin up.

use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;

use anyhow::bail;
use chrono::{Duration, Local, NaiveDate, Utc};
use clap::{Subcommand, ValueEnum};

use super::{Paths, existing_store};
use crate::config::Config;
use crate::domain::member::Quarters;
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
    /// A4 pages to print and pin up, one per --lang, charts and words in that language.
    Pdf,
    /// The same pages as PNG pictures (one file per language).
    Png,
}

/// `aidkiosk report …`
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Needs vs offers vs fulfilled by category and week, needs waiting, median wait,
    /// languages used.
    Gaps {
        /// First day (YYYY-MM-DD); default: 12 weeks before --to.
        #[arg(long, value_name = "DATE", value_parser = super::text::report_date)]
        from: Option<chrono::NaiveDate>,
        /// Last day (YYYY-MM-DD); default: today.
        #[arg(long, value_name = "DATE", value_parser = super::text::report_date)]
        to: Option<chrono::NaiveDate>,
        #[arg(long, value_enum, default_value = "table")]
        format: ReportFormat,
        /// Count needs waiting longer than this many days (0 to 3650).
        #[arg(long, value_name = "DAYS", default_value_t = 7,
              value_parser = clap::value_parser!(u32).range(0..=3650))]
        older_than: u32,
        /// Languages of the pdf/png pages, a page each (repeat, or comma-separated; default:
        /// the staff language).
        #[arg(long = "lang", value_name = "TAG", value_delimiter = ',', num_args = 1..)]
        langs: Vec<String>,
        /// Write here instead of standard output (pdf/png default: gap-report-DATE.pdf/png).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Every site of the network, a column each (needs made and met; table or csv).
        #[arg(long)]
        network: bool,
    },
}

/// Weeks shown when no `--from` is given.
pub const DEFAULT_WEEKS: i64 = 12;

/// What `report gaps` is asked for.
#[derive(Debug, Clone)]
pub struct GapsArgs {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub format: ReportFormat,
    pub older_than: u32,
    /// Languages of the printed pages (default: the staff language).
    pub langs: Vec<String>,
    /// Where to write (default: standard output, or gap-report-DATE.pdf/png here).
    pub out: Option<PathBuf>,
    /// A column per site of the network.
    pub network: bool,
}

/// `aidkiosk report gaps`.
pub fn gaps(paths: &Paths, args: &GapsArgs, stdout: &mut dyn Write) -> anyhow::Result<()> {
    let config = Config::load(&paths.config)?;
    for tag in &args.langs {
        if !crate::i18n::is_shipped(tag) {
            bail!(
                "--lang {}: no catalog for it (shipped: {})",
                super::printable(tag),
                crate::i18n::SHIPPED_ORDER.join(", ")
            );
        }
    }
    let store = existing_store(paths)?;
    let to = args.to.unwrap_or_else(|| Local::now().date_naive());
    let from = args
        .from
        .unwrap_or(crate::domain::report::weeks_back(to, DEFAULT_WEEKS));
    if from > to {
        bail!("--from {from} is after --to {to}");
    }
    if args.network {
        let text = network_table(&store.net_days(from, to)?, from, to, args.format)?;
        return write_text(args, &text, stdout);
    }
    let now = Utc::now();
    let report = store.gap_report(
        from,
        to,
        &config.categories,
        now - Duration::days(i64::from(args.older_than)),
        args.older_than,
    )?;
    let site = store
        .site()?
        .map(|s| s.name)
        .or_else(|| config.site.clone())
        .unwrap_or_default();
    let text = match args.format {
        ReportFormat::Table => table(&report, &site),
        ReportFormat::Csv => csv(&report)?,
        ReportFormat::Json => serde_json::to_string_pretty(&report)? + "\n",
        ReportFormat::Pdf | ReportFormat::Png => {
            let langs = if args.langs.is_empty() {
                vec![config.staff_language.clone()]
            } else {
                args.langs.clone()
            };
            return pages(&report, &site, &langs, args, to, stdout);
        }
    };
    write_text(args, &text, stdout)
}

/// The report's text to `--out`, written whole, or to standard output.
fn write_text(args: &GapsArgs, text: &str, stdout: &mut dyn Write) -> anyhow::Result<()> {
    match &args.out {
        Some(path) => {
            super::data::write_whole(path, |tmp| Ok(std::fs::write(tmp, text.as_bytes())?))?;
        }
        None => stdout.write_all(text.as_bytes())?,
    }
    Ok(())
}

/// The printed pages: a PDF with a page per language, or a PNG per language.
fn pages(
    report: &GapReport,
    site: &str,
    langs: &[String],
    args: &GapsArgs,
    to: NaiveDate,
    stdout: &mut dyn Write,
) -> anyhow::Result<()> {
    let i18n = crate::i18n::I18n::embedded();
    let mut ts = crate::poster::Typesetter::new();
    let made = Local::now().date_naive();
    let mut images = Vec::new();
    for lang in langs {
        images.push(crate::poster::page(
            report, site, made, lang, &i18n, &mut ts,
        )?);
    }
    let ext = if args.format == ReportFormat::Pdf {
        "pdf"
    } else {
        "png"
    };
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("gap-report-{to}.{ext}")));
    if args.format == ReportFormat::Pdf {
        let bytes = crate::poster::pdf(&images);
        super::data::write_whole(&out, |tmp| Ok(std::fs::write(tmp, &bytes)?))?;
        writeln!(
            stdout,
            "Wrote {} ({} A4 {}: {})",
            out.display(),
            images.len(),
            if images.len() == 1 { "page" } else { "pages" },
            langs.join(", ")
        )?;
        return Ok(());
    }
    for (lang, image) in langs.iter().zip(&images) {
        // One language: the file named; several: one file each, the language in its name.
        let path = if langs.len() == 1 {
            out.clone()
        } else {
            let stem = out
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "gaps".into());
            out.with_file_name(format!("{stem}-{lang}.png"))
        };
        let bytes = crate::poster::png(image)?;
        super::data::write_whole(&path, |tmp| Ok(std::fs::write(tmp, &bytes)?))?;
        writeln!(stdout, "Wrote {}", path.display())?;
    }
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
        "Gap report{}: {} to {} ({} week{})\n",
        if site.is_empty() {
            String::new()
        } else {
            format!(", {site}")
        },
        r.from,
        r.to,
        weeks.len(),
        if weeks.len() == 1 { "" } else { "s" }
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
    members_table(r, &mut out);
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

/// Members counted once and hours exchanged, under the table.
fn members_table(r: &GapReport, out: &mut String) {
    let m = &r.members;
    let _ = writeln!(
        out,
        "\nMembers (each counted once, by their card): {} served; {} needs made without a card",
        m.served, m.needs_without_card
    );
    for (category, n) in &m.by_category {
        let _ = writeln!(out, "  {:<15} {n:>7}", category.as_str());
    }
    if m.served > 0 {
        let values: Vec<u64> = m.weeks.iter().map(|w| w.served).collect();
        let last = m.weeks.last();
        let _ = writeln!(
            out,
            "  {:<10} {}  last week {} new, {} returning",
            "by week",
            sparkline(&values),
            last.map_or(0, |w| w.new),
            last.map_or(0, |w| w.returning)
        );
    }
    let total: i64 = m.quarters.iter().map(|(_, q)| q).sum();
    if total != 0 || !m.quarters.is_empty() {
        let parts: Vec<String> = m
            .quarters
            .iter()
            .map(|(c, q)| format!("{} {}", c.as_str(), Quarters(*q).hours()))
            .collect();
        let _ = writeln!(
            out,
            "Hours exchanged: {} ({})",
            Quarters(total).hours(),
            parts.join(", ")
        );
    }
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
    let m = &r.members;
    w.write_record(["members_served", "", "", "", &m.served.to_string()])?;
    w.write_record([
        "needs_without_card",
        "",
        "",
        "",
        &m.needs_without_card.to_string(),
    ])?;
    for (c, n) in &m.by_category {
        w.write_record(["members_served", "", c.as_str(), "", &n.to_string()])?;
    }
    for wk in &m.weeks {
        let week = wk.week.to_string();
        for (figure, value) in [
            ("members_served", wk.served),
            ("members_new", wk.new),
            ("members_returning", wk.returning),
        ] {
            w.write_record([figure, &week, "", "", &value.to_string()])?;
        }
    }
    for (week, c, n) in &m.week_categories {
        w.write_record([
            "members_served",
            &week.to_string(),
            c.as_str(),
            "",
            &n.to_string(),
        ])?;
    }
    for (c, q) in &m.quarters {
        w.write_record([
            "hours_exchanged",
            "",
            c.as_str(),
            "",
            &Quarters(*q).decimal(),
        ])?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}

/// `report gaps --network`: needs made and met per category, a column per site.
fn network_table(
    rows: &[crate::domain::network::NetDay],
    from: NaiveDate,
    to: NaiveDate,
    format: ReportFormat,
) -> anyhow::Result<String> {
    match format {
        ReportFormat::Csv => {
            let mut w = ::csv::Writer::from_writer(Vec::new());
            w.write_record(["site", "category", "needs", "met", "expired"])?;
            for r in rows {
                w.write_record([
                    r.site.as_str(),
                    &r.category,
                    &r.made.to_string(),
                    &r.met.to_string(),
                    &r.expired.to_string(),
                ])?;
            }
            Ok(String::from_utf8(w.into_inner()?)?)
        }
        ReportFormat::Table => {
            let mut sites: Vec<&str> = Vec::new();
            let mut categories: Vec<&str> = Vec::new();
            for r in rows {
                if !sites.contains(&r.site.as_str()) {
                    sites.push(&r.site);
                }
                if !categories.contains(&r.category.as_str()) {
                    categories.push(&r.category);
                }
            }
            categories.sort_unstable();
            let width = sites
                .iter()
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
                .max(9);
            let mut out =
                format!("Needs made / met, {from} to {to}, every site of the network\n\n");
            out.push_str(&format!("{:<16}", "category"));
            for s in &sites {
                out.push_str(&format!(" {s:>width$}"));
            }
            out.push_str(&format!(" {:>width$}\n", "all"));
            for c in &categories {
                out.push_str(&format!("{c:<16}"));
                let (mut all_made, mut all_met) = (0, 0);
                for s in &sites {
                    let (made, met) = rows
                        .iter()
                        .find(|r| r.site == *s && r.category == *c)
                        .map_or((0, 0), |r| (r.made, r.met));
                    all_made += made;
                    all_met += met;
                    out.push_str(&format!(" {:>width$}", format!("{made} / {met}")));
                }
                out.push_str(&format!(" {:>width$}\n", format!("{all_made} / {all_met}")));
            }
            Ok(out)
        }
        _ => anyhow::bail!("--network is a table or csv (--format table|csv)"),
    }
}
