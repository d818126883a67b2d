//! The visitor board's counts and the gatherings staff post.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};

use super::{Result, Store, StoreError, ts};
use crate::domain::{BoardRow, Category, EventInfo, EventRecord, Kind, NewEvent};

/// Site-local times of gatherings are stored as `YYYY-MM-DDTHH:MM`, which sorts as text.
const LOCAL: &str = "%Y-%m-%dT%H:%M";

pub(super) fn local(s: &str) -> Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, LOCAL).map_err(|_| StoreError::Corrupt(s.to_owned()))
}

impl Store {
    /// Gatherings not taken down that end after `after` (site-local), soonest first, with all
    /// their titles.
    pub fn events_after(&self, after: NaiveDateTime) -> Result<Vec<EventRecord>> {
        self.events_ending_after(&after.format(LOCAL).to_string())
    }

    /// Every gathering not taken down, past ones too.
    pub fn all_events(&self) -> Result<Vec<EventRecord>> {
        self.events_ending_after("")
    }

    fn events_ending_after(&self, after: &str) -> Result<Vec<EventRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, starts_at, ends_at, place FROM event
             WHERE removed_at IS NULL AND ends_at > ?1 ORDER BY starts_at, id",
        )?;
        let rows = stmt.query_map(params![after], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut titles = self.conn.prepare_cached(
            "SELECT language, title FROM event_title WHERE event_id = ?1 ORDER BY language",
        )?;
        let mut out = Vec::new();
        for row in rows {
            let (id, starts, ends, place) = row?;
            let t = titles
                .query_map(params![id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<Vec<(String, String)>>>()?;
            out.push(EventRecord {
                starts: local(&starts)?,
                ends: local(&ends)?,
                id,
                place,
                titles: t,
            });
        }
        Ok(out)
    }

    /// Open needs and open offers per category, in the order of `categories`. Counts only:
    /// nothing here can identify anyone.
    pub fn board(&self, categories: &[Category]) -> Result<Vec<BoardRow>> {
        let mut rows: Vec<BoardRow> = categories
            .iter()
            .map(|&category| BoardRow {
                category,
                needs: 0,
                offers: 0,
                network: 0,
            })
            .collect();
        // One indexed count per kind (entry_matching starts with kind, status, category).
        let mut stmt = self.conn.prepare_cached(
            "SELECT category, count(*) FROM entry
             WHERE kind = ?1 AND status = 'open' GROUP BY category",
        )?;
        for kind in [Kind::Need, Kind::Offer] {
            let counts = stmt.query_map([kind.as_str()], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?))
            })?;
            for c in counts {
                let (category, n) = c?;
                if let Some(row) = rows.iter_mut().find(|r| r.category.as_str() == category) {
                    match kind {
                        Kind::Need => row.needs = n,
                        Kind::Offer => row.offers = n,
                    }
                }
            }
        }
        Ok(rows)
    }

    /// Posts a gathering.
    pub fn add_event(
        &mut self,
        event: &NewEvent,
        staff_id: Option<&str>,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<()> {
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO event (id, starts_at, ends_at, place, created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                event.id,
                event.starts.format(LOCAL).to_string(),
                event.ends.format(LOCAL).to_string(),
                event.place,
                staff_id,
                ts(now)
            ],
        )?;
        for (lang, title) in &event.titles {
            tx.execute(
                "INSERT INTO event_title (event_id, language, title) VALUES (?1, ?2, ?3)",
                params![event.id, lang, title],
            )?;
        }
        tx.execute(
            "INSERT INTO audit (at, staff_id, action, subject) VALUES (?1, ?2, 'event_posted', ?3)",
            params![ts(now), staff_id, event.id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Takes a gathering down; false if there was none.
    pub fn remove_event(
        &mut self,
        id: &str,
        staff_id: Option<&str>,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<bool> {
        let tx = self.write()?;
        let n = tx.execute(
            "UPDATE event SET removed_at = ?2 WHERE id = ?1 AND removed_at IS NULL",
            params![id, ts(now)],
        )?;
        if n == 1 {
            tx.execute(
                "INSERT INTO audit (at, staff_id, action, subject) VALUES (?1, ?2, 'event_removed', ?3)",
                params![ts(now), staff_id, id],
            )?;
        }
        tx.commit()?;
        Ok(n == 1)
    }

    /// Gatherings not yet over at `now` (site-local), soonest first, at most `limit`, each
    /// titled in `lang`, else in `fallback` (the staff language), else in any language given.
    pub fn upcoming_events(
        &self,
        now: NaiveDateTime,
        lang: &str,
        fallback: &str,
        limit: usize,
    ) -> Result<Vec<EventInfo>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.starts_at, e.ends_at, e.place,
                    coalesce(
                        (SELECT title FROM event_title WHERE event_id = e.id AND language = ?2),
                        (SELECT title FROM event_title WHERE event_id = e.id AND language = ?3),
                        (SELECT title FROM event_title WHERE event_id = e.id ORDER BY language),
                        '')
             FROM event e
             WHERE e.removed_at IS NULL AND e.ends_at > ?1
             UNION ALL
             -- The network's other sites' gatherings, with the site's name before the place.
             SELECT 'net:' || n.site || ':' || n.id, n.starts_at, n.ends_at,
                    s.name || ' · ' || n.place,
                    coalesce(json_extract(n.titles, '$.\"' || ?2 || '\"'),
                             json_extract(n.titles, '$.\"' || ?3 || '\"'),
                             (SELECT value FROM json_each(n.titles) ORDER BY key LIMIT 1), '')
             FROM net_event n JOIN site s ON s.tag = n.site AND s.removed_at IS NULL
             WHERE n.removed_at IS NULL AND n.ends_at > ?1
             ORDER BY 2, 1 LIMIT ?4",
        )?;
        let rows = stmt.query_map(
            params![
                now.format(LOCAL).to_string(),
                lang,
                fallback,
                i64::try_from(limit).unwrap_or(i64::MAX)
            ],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ))
            },
        )?;
        let mut out = Vec::new();
        for row in rows {
            let (id, starts, ends, place, title) = row?;
            out.push(EventInfo {
                id,
                title,
                place,
                starts: local(&starts)?,
                ends: local(&ends)?,
            });
        }
        Ok(out)
    }

    /// One gathering, titled as in [`Store::upcoming_events`]; another site's is
    /// `net:<tag>:<id>`, as that lists it.
    pub fn event(&self, id: &str, lang: &str, fallback: &str) -> Result<Option<EventInfo>> {
        let (sql, key, sub) = match id.strip_prefix("net:").map(|r| r.split_once(':')) {
            Some(Some((site, event))) => (NET_EVENT, site, event),
            Some(None) => return Ok(None),
            None => (EVENT, id, ""),
        };
        let row = self
            .conn
            .query_row(sql, params![key, sub, lang, fallback], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .optional()?;
        row.map(|(starts, ends, place, title)| {
            Ok(EventInfo {
                id: id.to_owned(),
                title,
                place,
                starts: local(&starts)?,
                ends: local(&ends)?,
            })
        })
        .transpose()
    }
}

/// One gathering of this site (?1; ?2 is empty), titled in ?3, else ?4, else any language.
const EVENT: &str = "SELECT e.starts_at, e.ends_at, e.place,
        coalesce(
            (SELECT title FROM event_title WHERE event_id = e.id AND language = ?3),
            (SELECT title FROM event_title WHERE event_id = e.id AND language = ?4),
            (SELECT title FROM event_title WHERE event_id = e.id ORDER BY language),
            '')
     FROM event e WHERE e.id = ?1 AND ?2 = ''";

/// Gathering ?2 of site ?1 of the network (not removed), titled as [`EVENT`].
const NET_EVENT: &str = "SELECT n.starts_at, n.ends_at, s.name || ' · ' || n.place,
        coalesce(json_extract(n.titles, '$.\"' || ?3 || '\"'),
                 json_extract(n.titles, '$.\"' || ?4 || '\"'),
                 (SELECT value FROM json_each(n.titles) ORDER BY key LIMIT 1), '')
     FROM net_event n JOIN site s ON s.tag = n.site AND s.removed_at IS NULL
     WHERE n.site = ?1 AND n.id = ?2";
