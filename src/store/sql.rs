//! How the vocabulary of `domain` is stored: each enum as its stable id, times as RFC 3339 text,
//! and one function per row type, so every query maps its rows the same way.

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::Row;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::domain::{
    Category, CloseReason, EntryView, InventoryItem, Kind, Mode, Role, SlipCode, StaffMember,
    Status, Urgency,
};

macro_rules! sql_id {
    ($($t:ty),+) => {$(
        impl ToSql for $t {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }
        impl FromSql for $t {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let s = value.as_str()?;
                <$t>::parse(s).ok_or_else(|| FromSqlError::Other(unknown(s)))
            }
        }
    )+};
}

sql_id!(Kind, Role, Category, Urgency, Mode, Status, CloseReason);

impl ToSql for SlipCode {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for SlipCode {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let s = value.as_str()?;
        SlipCode::parse_canonical(s).ok_or_else(|| FromSqlError::Other(unknown(s)))
    }
}

fn unknown(s: &str) -> Box<dyn std::error::Error + Send + Sync> {
    format!("stored value {s:?} is not one this version knows").into()
}

/// A time as stored: RFC 3339, milliseconds, UTC.
pub(crate) fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Parses a stored time.
pub(super) fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A stored time in column `i`.
pub(super) fn time(r: &Row<'_>, i: usize) -> rusqlite::Result<DateTime<Utc>> {
    let s: String = r.get(i)?;
    parse_time(&s).ok_or_else(|| conversion(i, &s))
}

/// A stored time in column `i`, which may be NULL.
pub(super) fn time_opt(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    let s: Option<String> = r.get(i)?;
    s.map(|s| parse_time(&s).ok_or_else(|| conversion(i, &s)))
        .transpose()
}

fn conversion(i: usize, s: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, unknown(s))
}

/// The columns [`entry`] reads, from [`ENTRY_FROM`].
pub(super) const ENTRY_COLUMNS: &str =
    "e.id, s.code, e.kind, e.category, e.quantity, e.urgency, e.mode, e.language,
    e.status, e.created_at, COALESCE(e.detail, ''), COALESCE(e.contact_name, ''),
    COALESCE(e.contact_phone, ''), s.picked_up_at, COALESCE(p.name, ''), e.updated_at,
    e.closed_reason, COALESCE(s.visit_code, s.code)";

/// The slips `s` on the ticket that the code `?1` is on (the printed code or any of its
/// things'), in the order the visitor asked: by the primary key and `slip_visit`, no scan.
pub(super) const ON_TICKET: &str =
    "WHERE s.code = (SELECT COALESCE(visit_code, code) FROM slip WHERE code = ?1)
        OR s.visit_code = (SELECT COALESCE(visit_code, code) FROM slip WHERE code = ?1)
     ORDER BY s.visit_code IS NOT NULL, s.rowid";

/// An entry with its slip and whoever handed it over.
pub(super) const ENTRY_FROM: &str =
    "entry e JOIN slip s ON s.entry_id = e.id LEFT JOIN staff p ON p.id = s.picked_up_by";

/// A row of [`ENTRY_COLUMNS`].
pub(super) fn entry(r: &Row<'_>) -> rusqlite::Result<EntryView> {
    let picked = time_opt(r, 13)?;
    Ok(EntryView {
        id: r.get(0)?,
        code: r.get(1)?,
        kind: r.get(2)?,
        category: r.get(3)?,
        quantity: r.get(4)?,
        urgency: r.get(5)?,
        mode: r.get(6)?,
        language: r.get(7)?,
        status: r.get(8)?,
        created_at: time(r, 9)?,
        detail: r.get(10)?,
        name: r.get(11)?,
        phone: r.get(12)?,
        picked_up: picked.map(|t| r.get(14).map(|by| (t, by))).transpose()?,
        updated_at: time(r, 15)?,
        closed_reason: r.get(16)?,
        ticket: r.get(17)?,
        partner: None,
    })
}

/// The columns [`inventory`] reads.
pub(super) const INVENTORY_COLUMNS: &str = "id, category, item, quantity";

/// A row of [`INVENTORY_COLUMNS`].
pub(super) fn inventory(r: &Row<'_>) -> rusqlite::Result<InventoryItem> {
    Ok(InventoryItem {
        id: r.get(0)?,
        category: r.get(1)?,
        item: r.get(2)?,
        quantity: r.get(3)?,
    })
}

/// The columns [`staff`] reads.
pub(super) const STAFF_COLUMNS: &str = "id, name, role, active, locked_until";

/// A row of [`STAFF_COLUMNS`].
pub(super) fn staff(r: &Row<'_>) -> rusqlite::Result<StaffMember> {
    Ok(StaffMember {
        id: r.get(0)?,
        name: r.get(1)?,
        role: r.get(2)?,
        active: r.get(3)?,
        locked_until: time_opt(r, 4)?,
    })
}
