//! The gap report, from the daily counts the triggers keep (`stat_day`, `stat_wait`) and, for
//! what waits now, the open needs themselves.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;

use super::{Result, Store, ts};
use crate::domain::report::{
    self, CategoryGap, GapReport, LanguageCount, MemberFigures, MemberWeek, WeekGap,
};
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

        let (mut members, member_needs) = self.member_figures(from, to, categories)?;
        // Needs without a card: every need logged (the daily counts) less the members'.
        let needs: u64 = rows.iter().map(|r| r.needs).sum();
        members.needs_without_card = needs.saturating_sub(member_needs);
        Ok(GapReport {
            from,
            to,
            older_than_days,
            categories: rows,
            weeks: week_rows,
            median_wait_secs: report::median(&mut all),
            languages,
            members,
        })
    }

    /// Members served, counted once, from the needs their cards made (site-local days `from`
    /// to `to`), and hours exchanged by category with corrections subtracted; with the number
    /// of needs members made.
    fn member_figures(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        categories: &[Category],
    ) -> Result<(MemberFigures, u64)> {
        let (from_s, to_s) = (from.format(DAY).to_string(), to.format(DAY).to_string());
        let weeks = report::weeks(from, to);
        // The site-local days as a range of stored (UTC) times, a day wider on each side so
        // any offset is inside; each row's own local day decides.
        let wide = |d: NaiveDate| ts(d.and_time(chrono::NaiveTime::MIN).and_utc());
        let (lo, hi) = (
            wide(from - chrono::Days::new(1)),
            wide(to + chrono::Days::new(2)),
        );
        // One row per member's need in the range, from the covering partial index
        // `entry_member_day` (only entries made with a card, in time order); members by rowid.
        // Local days are worked out here, not by SQLite's `localtime` (a system call a row).
        // Whether a member is new needs only those whose card was made in the range's weeks:
        // they are read first, with their week; every other member is numbered as first met
        // (a join would look each row's member up by its text key, twice the time of the rest).
        let local_day = |t: &str| {
            super::sql::parse_time(t).map(|t| t.with_timezone(&chrono::Local).date_naive())
        };
        let mut joined_week: std::collections::HashMap<String, (i64, Option<NaiveDate>)> =
            std::collections::HashMap::new();
        {
            let since = wide(report::week_start(from) - chrono::Days::new(1));
            let mut stmt = self.conn.prepare_cached(
                "SELECT rowid, id, created_at FROM member INDEXED BY member_created
                 WHERE created_at >= ?1 AND created_at < ?2",
            )?;
            let mut rows = stmt.query(params![since, hi])?;
            while let Some(row) = rows.next()? {
                let week = row
                    .get_ref(2)?
                    .as_str()
                    .ok()
                    .and_then(local_day)
                    .map(report::week_start);
                joined_week.insert(row.get(1)?, (row.get(0)?, week));
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.member_id, e.created_at, e.category
             FROM entry e INDEXED BY entry_member_day
             WHERE e.member_id IS NOT NULL AND e.created_at >= ?1 AND e.created_at < ?2
               AND e.kind = 'need'",
        )?;
        let mut served: BTreeSet<i64> = BTreeSet::new();
        let mut by_category: BTreeMap<Category, BTreeSet<i64>> = BTreeMap::new();
        let mut by_week: BTreeMap<NaiveDate, BTreeMap<i64, bool>> = BTreeMap::new();
        let mut week_category: BTreeMap<(NaiveDate, Category), BTreeSet<i64>> = BTreeMap::new();
        let mut member_needs = 0u64;
        let mut rows = stmt.query(params![lo, hi])?;
        while let Some(row) = rows.next()? {
            let Ok(id) = row.get_ref(0)?.as_str() else {
                continue;
            };
            let (member, joined) = match joined_week.get(id) {
                Some(&known) => known,
                None => {
                    // Joined before the range: never new in it. Numbered below every rowid.
                    let first_met = (-1 - i64::try_from(joined_week.len()).unwrap_or(0), None);
                    joined_week.insert(id.to_owned(), first_met);
                    first_met
                }
            };
            let day = row.get_ref(1)?.as_str().ok().and_then(local_day);
            let category = row.get_ref(2)?.as_str().ok().and_then(Category::parse);
            // The report's categories only, as for every other figure of it.
            let (Some(day), Some(category)) = (day, category.filter(|c| categories.contains(c)))
            else {
                continue;
            };
            if day < from || day > to {
                continue;
            }
            member_needs += 1;
            let week = report::week_start(day);
            let new = joined == Some(week);
            served.insert(member);
            by_category.entry(category).or_default().insert(member);
            week_category
                .entry((week, category))
                .or_default()
                .insert(member);
            by_week.entry(week).or_default().insert(member, new);
        }
        drop(rows);
        let count = |n: usize| u64::try_from(n).unwrap_or(u64::MAX);
        let mut hours: BTreeMap<Category, i64> = BTreeMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT category, sum(CASE WHEN reverses IS NULL THEN quarters ELSE -quarters END)
             FROM transfer WHERE date(at, 'localtime') BETWEEN ?1 AND ?2 GROUP BY category",
        )?;
        let rows = stmt.query_map(params![from_s, to_s], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?;
        for row in rows {
            let (category, q) = row?;
            if let Some(c) = Category::parse(&category) {
                *hours.entry(c).or_default() += q;
            }
        }
        let in_order = |c: &Category| categories.iter().position(|x| x == c).unwrap_or(usize::MAX);
        let mut by_category: Vec<(Category, u64)> = by_category
            .into_iter()
            .map(|(c, m)| (c, count(m.len())))
            .collect();
        by_category.sort_by_key(|(c, _)| in_order(c));
        let mut hours: Vec<(Category, i64)> = hours.into_iter().filter(|(_, q)| *q != 0).collect();
        hours.sort_by_key(|(c, _)| in_order(c));
        let figures = MemberFigures {
            served: count(served.len()),
            needs_without_card: 0,
            by_category,
            weeks: weeks
                .iter()
                .map(|&week| {
                    let members = by_week.get(&week);
                    let new = members.map_or(0, |m| m.values().filter(|n| **n).count());
                    let all = members.map_or(0, BTreeMap::len);
                    MemberWeek {
                        week,
                        served: count(all),
                        new: count(new),
                        returning: count(all - new),
                    }
                })
                .collect(),
            week_categories: week_category
                .into_iter()
                .map(|((w, c), m)| (w, c, count(m.len())))
                .collect(),
            quarters: hours,
        };
        Ok((figures, member_needs))
    }
}
