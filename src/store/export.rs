//! Tables for `aidkiosk export csv`, row by row so a year of entries never sits in memory.
//! No secrets ever (site key, PIN hashes); names, phones and notes only when asked for.

use chrono::{DateTime, Utc};
use rusqlite::Row;

use super::Store;
use crate::domain::SlipCode;

/// A table that can be exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportTable {
    Entries,
    Slips,
    Matches,
    Inventory,
    Events,
    EventTitles,
}

impl ExportTable {
    /// Every table, in the order they are written.
    pub const ALL: [ExportTable; 6] = [
        ExportTable::Entries,
        ExportTable::Slips,
        ExportTable::Matches,
        ExportTable::Inventory,
        ExportTable::Events,
        ExportTable::EventTitles,
    ];

    /// The file name it is written to.
    pub fn file_name(self) -> &'static str {
        match self {
            ExportTable::Entries => "entries.csv",
            ExportTable::Slips => "slips.csv",
            ExportTable::Matches => "matches.csv",
            ExportTable::Inventory => "inventory.csv",
            ExportTable::Events => "events.csv",
            ExportTable::EventTitles => "event_titles.csv",
        }
    }

    /// The name of its sheet in a workbook.
    pub fn sheet_name(self) -> &'static str {
        self.file_name().trim_end_matches(".csv")
    }

    /// Column names and the query's select list and source; personal columns last, so they
    /// can be left off.
    fn query(self, with_contact: bool) -> (Vec<&'static str>, String, &'static str, &'static str) {
        let (mut columns, mut select, from, order) = match self {
            ExportTable::Entries => (
                vec![
                    "id",
                    "slip_code",
                    "site",
                    "kind",
                    "category",
                    "quantity",
                    "urgency",
                    "mode",
                    "language",
                    "status",
                    "created_at",
                    "updated_at",
                ],
                "e.id, sl.code, s.tag, e.kind, e.category, e.quantity, e.urgency, e.mode,
                 e.language, e.status, e.created_at, e.updated_at"
                    .to_owned(),
                "entry e JOIN site s ON s.id = e.site_id LEFT JOIN slip sl ON sl.entry_id = e.id",
                "e.created_at, e.id",
            ),
            ExportTable::Slips => (
                vec![
                    "code",
                    "entry_id",
                    "issued_at",
                    "printed_at",
                    "print_attempts",
                    "picked_up_at",
                    "picked_up_by",
                ],
                "sl.code, sl.entry_id, sl.issued_at, sl.printed_at, sl.print_attempts,
                 sl.picked_up_at, st.name"
                    .to_owned(),
                "slip sl LEFT JOIN staff st ON st.id = sl.picked_up_by",
                "sl.issued_at, sl.code",
            ),
            ExportTable::Matches => (
                vec![
                    "id",
                    "need_id",
                    "offer_id",
                    "inventory_id",
                    "quantity",
                    "status",
                    "proposed_by",
                    "proposed_at",
                    "confirmed_by",
                    "confirmed_at",
                ],
                "m.id, m.need_id, m.offer_id, m.inventory_id, m.quantity, m.status, p.name,
                 m.proposed_at, c.name, m.confirmed_at"
                    .to_owned(),
                "match m LEFT JOIN staff p ON p.id = m.proposed_by
                 LEFT JOIN staff c ON c.id = m.confirmed_by",
                "m.proposed_at, m.id",
            ),
            ExportTable::Inventory => (
                vec!["id", "category", "item", "quantity", "updated_at"],
                "id, category, item, quantity, updated_at".to_owned(),
                "inventory",
                "category, item",
            ),
            ExportTable::Events => (
                vec![
                    "id",
                    "starts_at",
                    "ends_at",
                    "place",
                    "created_at",
                    "removed_at",
                ],
                "id, starts_at, ends_at, place, created_at, removed_at".to_owned(),
                "event",
                "starts_at, id",
            ),
            ExportTable::EventTitles => (
                vec!["event_id", "language", "title"],
                "event_id, language, title".to_owned(),
                "event_title",
                "event_id, language",
            ),
        };
        if with_contact && self == ExportTable::Entries {
            columns.extend(["contact_name", "contact_phone", "detail"]);
            select.push_str(", e.contact_name, e.contact_phone, e.detail");
        }
        (columns, select, from, order)
    }

    /// The column names, as the first row of the table.
    pub fn columns(self, with_contact: bool) -> Vec<&'static str> {
        self.query(with_contact).0
    }
}

/// Columns that hold a moment (stored as UTC, RFC 3339). Gatherings' `starts_at` and `ends_at`
/// are not among them: they are the site's wall-clock times and stay as written.
const MOMENTS: &[&str] = &[
    "created_at",
    "updated_at",
    "issued_at",
    "printed_at",
    "picked_up_at",
    "proposed_at",
    "confirmed_at",
    "removed_at",
];

/// Columns that hold a slip code, written as printed on the slip (`7K3M-Q9PX`).
const CODES: &[&str] = &["slip_code", "code"];

/// One value of an exported row, typed, so a workbook gets numbers and dates rather than text.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Int(i64),
    Real(f64),
    Text(String),
    /// A moment; the writer chooses the time zone it is shown in.
    Time(DateTime<Utc>),
}

fn cell(r: &Row<'_>, i: usize, column: &str) -> rusqlite::Result<Cell> {
    use rusqlite::types::ValueRef;
    Ok(match r.get_ref(i)? {
        ValueRef::Null => Cell::Empty,
        ValueRef::Integer(n) => Cell::Int(n),
        ValueRef::Real(x) => Cell::Real(x),
        ValueRef::Text(t) | ValueRef::Blob(t) => {
            let text = String::from_utf8_lossy(t).into_owned();
            if MOMENTS.contains(&column)
                && let Ok(t) = super::parse_ts(&text)
            {
                Cell::Time(t)
            } else if CODES.contains(&column)
                && let Some(code) = SlipCode::parse_canonical(&text)
            {
                Cell::Text(code.display())
            } else {
                Cell::Text(text)
            }
        }
    })
}

impl Store {
    /// Rows in `table`, for a progress bar.
    pub fn export_count(&self, table: ExportTable) -> std::result::Result<u64, ExportError> {
        let (_, _, from, _) = table.query(false);
        let n: i64 = self
            .conn
            .query_row(&format!("SELECT count(*) FROM {from}"), [], |r| r.get(0))
            .map_err(super::StoreError::from)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Calls `row` with each row of `table` (columns as [`ExportTable::columns`] names them);
    /// stops at its first error. Returns the number of rows.
    pub fn export(
        &self,
        table: ExportTable,
        with_contact: bool,
        row: &mut dyn FnMut(&[Cell]) -> std::io::Result<()>,
    ) -> std::result::Result<u64, ExportError> {
        let (columns, select, from, order) = table.query(with_contact);
        let sql = format!("SELECT {select} FROM {from} ORDER BY {order}");
        let mut stmt = self.conn.prepare(&sql).map_err(super::StoreError::from)?;
        let mut rows = stmt.query([]).map_err(super::StoreError::from)?;
        let mut n = 0;
        let mut values = Vec::with_capacity(columns.len());
        while let Some(r) = rows.next().map_err(super::StoreError::from)? {
            values.clear();
            for (i, column) in columns.iter().enumerate() {
                values.push(cell(r, i, column).map_err(super::StoreError::from)?);
            }
            row(&values)?;
            n += 1;
        }
        Ok(n)
    }
}

/// Why an export stopped.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] super::StoreError),
    #[error("cannot write: {0}")]
    Write(#[from] std::io::Error),
}
