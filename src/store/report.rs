//! The gap report, from the daily counts the triggers keep (`stat_day`, `stat_wait`) and, for
//! what waits now, the open needs themselves.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;

use super::{Result, Store, ts};
use crate::domain::report::{self, CategoryGap, GapReport, LanguageCount, WeekGap};
use crate::domain::{Category, Kind};

const DAY: &str = "%Y-%m-%d";

impl Store {
    /// The gap report for site-local days `from` to `to` (both included), over `categories`
    /// in that order; "waiting" counts needs still open, matched or ready made before `waiting_before`.
    pub fn gap_report(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        categories: &[Category],
        waiting_before: DateTime<Utc>,
        older_than_days: u32,
    ) -> Result<GapReport> {
        let (from_s, to_s) = (from.format(DAY).to_string(), to.format(DAY).to_string());
        let weeks = report::weeks(from, to);
        let mut rows: Vec<CategoryGap> = categories
            .iter()
            .map(|&category| CategoryGap {
                category,
                needs: 0,
                offers: 0,
                fulfilled: 0,
                expired: 0,
                waiting: 0,
                median_wait_secs: None,
            })
            .collect();
        let index: BTreeMap<Category, usize> = categories
            .iter()
            .enumerate()
            .map(|(i, c)| (*c, i))
            .collect();
        let mut week_rows: Vec<WeekGap> = weeks
            .iter()
            .flat_map(|&week| {
                categories.iter().map(move |&category| WeekGap {
                    week,
                    category,
                    needs: 0,
                    offers: 0,
                    fulfilled: 0,
                })
            })
            .collect();
        let week_index = |day: NaiveDate| -> Option<usize> {
            let monday = report::week_start(day);
            weeks.iter().position(|w| *w == monday)
        };

        // At most days × categories × kinds rows: a year is a few thousand.
        let mut stmt = self.conn.prepare_cached(
            "SELECT day, category, kind, created, handed, expired FROM stat_day
             WHERE day BETWEEN ?1 AND ?2",
        )?;
        let days = stmt.query_map(params![from_s, to_s], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, i64>(5)?,
            ))
        })?;
        for row in days {
            let (day, category, kind, created, handed, expired) = row?;
            let (Some(category), Some(kind), Ok(day)) = (
                Category::parse(&category),
                Kind::parse(&kind),
                NaiveDate::parse_from_str(&day, DAY),
            ) else {
                continue;
            };
            let Some(&ci) = index.get(&category) else {
                continue;
            };
            let (created, handed, expired) = (
                u64::try_from(created).unwrap_or(0),
                u64::try_from(handed).unwrap_or(0),
                u64::try_from(expired).unwrap_or(0),
            );
            let week = week_index(day).map(|w| w * categories.len() + ci);
            match kind {
                Kind::Need => {
                    rows[ci].needs += created;
                    rows[ci].fulfilled += handed;
                    rows[ci].expired += expired;
                    if let Some(w) = week.and_then(|w| week_rows.get_mut(w)) {
                        w.needs += created;
                        w.fulfilled += handed;
                    }
                }
                Kind::Offer => {
                    rows[ci].offers += created;
                    if let Some(w) = week.and_then(|w| week_rows.get_mut(w)) {
                        w.offers += created;
                    }
                }
            }
        }

        // A year is a few hundred thousand waits: read without an allocation per row.
        let mut waits: Vec<Vec<i64>> = vec![Vec::new(); categories.len()];
        let mut stmt = self.conn.prepare_cached(
            "SELECT category, seconds FROM stat_wait WHERE day BETWEEN ?1 AND ?2",
        )?;
        let mut found = stmt.query(params![from_s, to_s])?;
        while let Some(row) = found.next()? {
            let category = row.get_ref(0)?.as_str().ok().and_then(Category::parse);
            if let Some(&ci) = category.as_ref().and_then(|c| index.get(c)) {
                waits[ci].push(row.get(1)?);
            }
        }
        let mut all: Vec<i64> = Vec::with_capacity(waits.iter().map(Vec::len).sum());
        for (ci, secs) in waits.iter_mut().enumerate() {
            all.extend_from_slice(secs);
            rows[ci].median_wait_secs = report::median(secs);
        }

        // Needs still waiting: open or matched and older than the cut-off (entry_matching's
        // (kind, status, category) prefix keeps this to the open ones).
        let mut stmt = self.conn.prepare_cached(
            "SELECT category, count(*) FROM entry
             WHERE kind = 'need' AND status IN ('open', 'matched', 'ready') AND created_at < ?1
             GROUP BY category",
        )?;
        let waiting = stmt.query_map(params![ts(waiting_before)], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?;
        for row in waiting {
            let (category, n) = row?;
            if let Some(&ci) = Category::parse(&category).and_then(|c| index.get(&c)) {
                rows[ci].waiting = u64::try_from(n).unwrap_or(0);
            }
        }

        let mut stmt = self.conn.prepare_cached(
            "SELECT language, sum(created) FROM stat_language WHERE day BETWEEN ?1 AND ?2
             GROUP BY language HAVING sum(created) > 0 ORDER BY 2 DESC, 1",
        )?;
        let languages = stmt
            .query_map(params![from_s, to_s], |r| {
                Ok(LanguageCount {
                    language: r.get(0)?,
                    entries: u64::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;

        Ok(GapReport {
            from,
            to,
            older_than_days,
            categories: rows,
            weeks: week_rows,
            median_wait_secs: report::median(&mut all),
            languages,
        })
    }
}
