//! `aidkiosk export csv DIR` and `aidkiosk export xlsx FILE`: the tables for a spreadsheet, the
//! gatherings for a calendar. Never a secret; names, phones and notes only for a coordinator.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use chrono::{DateTime, Datelike, FixedOffset, Local, SecondsFormat, Timelike, Utc};
use clap::Subcommand;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};

use super::progress::{Progress, Unit};
use super::{Paths, existing_store};
use crate::config::Config;
use crate::store::{ExportCell, ExportTable, Store};

/// What a spreadsheet reads first to know the file is UTF-8 (Excel takes it for the local
/// code page otherwise, and "María" comes out as "MarÃ­a").
const BOM: &[u8] = "\u{feff}".as_bytes();

/// Whether a cell typed by a visitor would be run by a spreadsheet as a formula.
fn looks_like_formula(value: &str) -> bool {
    value.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A spreadsheet must not run what a visitor typed: a cell that starts like a formula is
/// written with a leading apostrophe (OWASP's advice for CSV injection).
pub fn safe_cell(value: &str) -> std::borrow::Cow<'_, str> {
    if looks_like_formula(value) {
        format!("'{value}").into()
    } else {
        value.into()
    }
}

/// The machine's local time for moments, remembered per quarter hour: asking the system's time
/// zone for every cell tripled the time of a million-row export, and every zone's offset
/// changes only on a quarter hour of UTC.
#[derive(Debug, Default)]
pub struct LocalTimes {
    offsets: std::collections::HashMap<i64, FixedOffset>,
}

impl LocalTimes {
    /// `t` in local time.
    pub fn local(&mut self, t: DateTime<Utc>) -> DateTime<FixedOffset> {
        let offset = *self
            .offsets
            .entry(t.timestamp().div_euclid(900))
            .or_insert_with(|| *t.with_timezone(&Local).offset());
        t.with_timezone(&offset)
    }

    /// `t` in local time with its offset: `2026-11-25T11:30:00+01:00`.
    pub fn rfc3339(&mut self, t: DateTime<Utc>) -> String {
        self.local(t).to_rfc3339_opts(SecondsFormat::Secs, false)
    }
}

/// One cell as CSV text. Numbers come from the database as numbers, so only text can hold a
/// formula.
fn csv_cell(cell: &ExportCell, times: &mut LocalTimes) -> String {
    match cell {
        ExportCell::Empty => String::new(),
        ExportCell::Int(n) => n.to_string(),
        ExportCell::Real(x) => x.to_string(),
        ExportCell::Text(t) => safe_cell(t).into_owned(),
        ExportCell::Time(t) => times.rfc3339(*t),
    }
}

/// `aidkiosk export …`
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// entries, slips, matches, inventory, events and their titles as CSV (UTF-8 with a
    /// byte-order mark, times local with their offset), and events.ics.
    Csv {
        dir: PathBuf,
        /// Leave out the UTF-8 byte-order mark (for programs that do not expect one; Excel
        /// needs it to read accents and non-Latin scripts).
        #[arg(long)]
        no_bom: bool,
        #[command(flatten)]
        contact: ContactArgs,
    },
    /// The same tables as one Excel workbook, a sheet per table.
    Xlsx {
        file: PathBuf,
        #[command(flatten)]
        contact: ContactArgs,
    },
}

/// Who may export names and phones.
#[derive(Debug, clap::Args)]
pub struct ContactArgs {
    /// Add names, phone numbers and notes: needs a coordinator (--staff) and their PIN on
    /// standard input (--pin-stdin).
    #[arg(long, requires_all = ["staff", "pin_stdin"])]
    with_contact: bool,
    /// The coordinator exporting contacts (name or id).
    #[arg(long, value_name = "NAME")]
    staff: Option<String>,
    /// Read the coordinator's PIN from standard input.
    #[arg(long)]
    pin_stdin: bool,
}

impl ContactArgs {
    /// (coordinator, PIN) when contacts are asked for.
    pub(super) fn unlock(&self) -> anyhow::Result<Option<(String, String)>> {
        if !self.with_contact {
            return Ok(None);
        }
        let pin = super::read_pin(self.pin_stdin)?;
        Ok(self.staff.clone().map(|who| (who, pin)))
    }
}

/// The store, with contacts unlocked (and the export audited) when asked for.
fn open_for_export(
    paths: &Paths,
    to: &Path,
    with_contact: Option<(&str, &str)>,
) -> anyhow::Result<Store> {
    let mut store = existing_store(paths)?;
    if let Some((who, pin)) = with_contact {
        super::accounts::as_coordinator(
            paths,
            &mut store,
            who,
            pin,
            "names and phones are exported only for a coordinator, with their PIN",
        )?;
        store.audit(
            None,
            "export_contacts",
            Some(who),
            Some(&to.display().to_string()),
            Utc::now(),
        )?;
    }
    Ok(store)
}

/// Rows in every table, for the progress bar.
fn total_rows(store: &Store) -> anyhow::Result<u64> {
    let mut total = 0;
    for table in ExportTable::ALL {
        total += store.export_count(table)?;
    }
    Ok(total)
}

/// How CSV files start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bom {
    /// With the UTF-8 byte-order mark (the default: Excel needs it).
    Write,
    Leave,
}

/// `aidkiosk export csv DIR`: every table as CSV and the gatherings as `events.ics`. Names,
/// phones and notes only `with_contact`, which a coordinator's PIN must unlock.
pub fn export_csv(
    paths: &Paths,
    dir: &Path,
    with_contact: Option<(&str, &str)>,
    bom: Bom,
    progress: Progress,
) -> anyhow::Result<()> {
    let config = Config::load(&paths.config)?;
    let store = open_for_export(paths, dir, with_contact)?;
    super::private_dir(dir)?;
    let task = progress.task("writing rows", Some(total_rows(&store)?), Unit::Rows);
    let mut written = Vec::new();
    let mut times = LocalTimes::default();
    for table in ExportTable::ALL {
        let path = dir.join(table.file_name());
        let n = super::data::write_whole(&path, |tmp| {
            let mut file = std::io::BufWriter::new(super::data::private_file(tmp)?);
            if bom == Bom::Write {
                file.write_all(BOM)?;
            }
            let mut w = ::csv::Writer::from_writer(file);
            w.write_record(table.columns(with_contact.is_some()))?;
            let n = store
                .export(table, with_contact.is_some(), &mut |row| {
                    task.add(1);
                    w.write_record(row.iter().map(|c| csv_cell(c, &mut times)))
                        .map_err(std::io::Error::other)
                })
                .with_context(|| format!("cannot export {}", path.display()))?;
            w.flush()?;
            Ok(n)
        })?;
        written.push((table.file_name(), n));
    }
    task.finish();
    for (name, n) in written {
        say!("{name:<18} {n} rows");
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
    say!("{:<18} {} events", "events.ics", described.len());
    if with_contact.is_some() {
        say!("entries.csv holds names and phone numbers: keep it safe and delete it when done.");
    }
    Ok(())
}

/// Rows a worksheet holds besides its header (Excel's limit is 1,048,576 rows).
const SHEET_ROWS: u64 = 1_048_575;

/// Formats of the workbook's cells.
struct Formats {
    header: Format,
    time: Format,
    /// Text that starts like a formula: Excel's own "quote prefix", which shows the text as
    /// written and keeps it text when the cell is edited (an apostrophe would show).
    quoted: Format,
}

fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &ExportCell,
    formats: &Formats,
    times: &mut LocalTimes,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    match cell {
        ExportCell::Empty => {}
        ExportCell::Int(n) => {
            sheet.write_number(row, col, *n as f64)?;
        }
        ExportCell::Real(x) => {
            sheet.write_number(row, col, *x)?;
        }
        ExportCell::Text(t) if looks_like_formula(t) => {
            sheet.write_string_with_format(row, col, t, &formats.quoted)?;
        }
        ExportCell::Text(t) => {
            sheet.write_string(row, col, t)?;
        }
        ExportCell::Time(t) => {
            // A spreadsheet has no time zones: the site's local time, as a real date.
            let local = times.local(*t).naive_local();
            let date = ExcelDateTime::from_ymd(
                u16::try_from(local.year()).unwrap_or(1900),
                local.month() as u8,
                local.day() as u8,
            )?
            .and_hms(
                local.hour() as u16,
                local.minute() as u8,
                f64::from(local.second()),
            )?;
            sheet.write_datetime_with_format(row, col, &date, &formats.time)?;
        }
    }
    Ok(())
}

/// `aidkiosk export xlsx FILE`: one workbook, a sheet per table, numbers as numbers and times
/// as dates in the site's local time.
pub fn export_xlsx(
    paths: &Paths,
    file: &Path,
    with_contact: Option<(&str, &str)>,
    progress: Progress,
) -> anyhow::Result<()> {
    let store = open_for_export(paths, file, with_contact)?;
    for table in ExportTable::ALL {
        let n = store.export_count(table)?;
        if n > SHEET_ROWS {
            bail!(
                "{} has {n} rows, more than a spreadsheet's sheet holds ({SHEET_ROWS}): use `aidkiosk export csv DIR`",
                table.sheet_name()
            );
        }
    }
    let formats = Formats {
        header: Format::new().set_bold(),
        time: Format::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
        quoted: Format::new().set_quote_prefix(),
    };
    let mut workbook = Workbook::new();
    // Rows stream through temporary files; they may hold contacts, so they go in the data
    // dir (private) rather than /tmp.
    workbook
        .set_tempdir(&paths.data)
        .with_context(|| format!("cannot write temporary files in {}", paths.data.display()))?;
    let task = progress.task("writing rows", Some(total_rows(&store)?), Unit::Rows);
    let mut written = Vec::new();
    let mut times = LocalTimes::default();
    for table in ExportTable::ALL {
        let sheet = workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(table.sheet_name())?;
        let columns = table.columns(with_contact.is_some());
        for (col, name) in columns.iter().enumerate() {
            let col = u16::try_from(col).unwrap_or(u16::MAX);
            let width = if name.ends_with("_at") { 20 } else { 14 };
            sheet.set_column_width(col, width)?;
            sheet.write_string_with_format(0, col, *name, &formats.header)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        let mut row = 0u32;
        let n = store
            .export(table, with_contact.is_some(), &mut |cells| {
                row += 1;
                task.add(1);
                for (col, cell) in cells.iter().enumerate() {
                    let col = u16::try_from(col).unwrap_or(u16::MAX);
                    write_cell(sheet, row, col, cell, &formats, &mut times)
                        .map_err(std::io::Error::other)?;
                }
                Ok(())
            })
            .with_context(|| format!("cannot export {}", table.sheet_name()))?;
        let last = u16::try_from(columns.len().saturating_sub(1)).unwrap_or(0);
        sheet.autofilter(0, 0, row, last)?;
        written.push((table.sheet_name(), n));
    }
    task.finish();
    let saving = progress.task("compressing the workbook", None, Unit::Bytes);
    super::data::write_whole(file, |tmp| {
        let out = std::io::BufWriter::new(super::data::private_file(tmp)?);
        workbook
            .save_to_writer(out)
            .with_context(|| format!("cannot write {}", file.display()))
    })?;
    saving.finish();
    for (name, n) in written {
        say!("{name:<18} {n} rows");
    }
    say!("Wrote {}", file.display());
    if with_contact.is_some() {
        say!(
            "The entries sheet holds names and phone numbers: keep the file safe and delete it when done."
        );
    }
    Ok(())
}
