//! Tables for `aidkiosk export csv`, row by row so a year of entries never sits in memory.
//! No secrets ever (site key, PIN hashes); names, phones and notes only when asked for.

use rusqlite::Row;

use super::Store;

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

    /// Column names and the query; personal columns last, so they can be left off.
    fn query(self, with_contact: bool) -> (Vec<&'static str>, String) {
        let (mut columns, mut select, from) = match self {
            ExportTable::Entries => (
                vec![
                    "id",
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
                "e.id, s.tag, e.kind, e.category, e.quantity, e.urgency, e.mode, e.language,
                 e.status, e.created_at, e.updated_at"
                    .to_owned(),
                "entry e JOIN site s ON s.id = e.site_id ORDER BY e.created_at, e.id",
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
                "slip sl LEFT JOIN staff st ON st.id = sl.picked_up_by ORDER BY sl.issued_at, sl.code",
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
                 LEFT JOIN staff c ON c.id = m.confirmed_by ORDER BY m.proposed_at, m.id",
            ),
            ExportTable::Inventory => (
                vec!["id", "category", "item", "quantity", "updated_at"],
                "id, category, item, quantity, updated_at".to_owned(),
                "inventory ORDER BY category, item",
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
                "event ORDER BY starts_at, id",
            ),
            ExportTable::EventTitles => (
                vec!["event_id", "language", "title"],
                "event_id, language, title".to_owned(),
                "event_title ORDER BY event_id, language",
            ),
        };
        if with_contact && self == ExportTable::Entries {
            columns.extend(["contact_name", "contact_phone", "detail"]);
            select.push_str(", e.contact_name, e.contact_phone, e.detail");
        }
        (columns, format!("SELECT {select} FROM {from}"))
    }
}

fn cell(r: &Row<'_>, i: usize) -> rusqlite::Result<String> {
    use rusqlite::types::ValueRef;
    Ok(match r.get_ref(i)? {
        ValueRef::Null => String::new(),
        ValueRef::Integer(n) => n.to_string(),
        ValueRef::Real(x) => x.to_string(),
        ValueRef::Text(t) | ValueRef::Blob(t) => String::from_utf8_lossy(t).into_owned(),
    })
}

impl Store {
    /// Calls `row` with the column names, then with each row of `table`; stops at its first
    /// error. Returns the number of rows.
    pub fn export(
        &self,
        table: ExportTable,
        with_contact: bool,
        row: &mut dyn FnMut(&[String]) -> std::io::Result<()>,
    ) -> std::result::Result<u64, ExportError> {
        let (columns, sql) = table.query(with_contact);
        let header: Vec<String> = columns.iter().map(|c| (*c).to_owned()).collect();
        row(&header)?;
        let mut stmt = self.conn.prepare(&sql).map_err(super::StoreError::from)?;
        let mut rows = stmt.query([]).map_err(super::StoreError::from)?;
        let mut n = 0;
        let mut values = Vec::with_capacity(columns.len());
        while let Some(r) = rows.next().map_err(super::StoreError::from)? {
            values.clear();
            for i in 0..columns.len() {
                values.push(cell(r, i).map_err(super::StoreError::from)?);
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
