//! The gap report's figures: what was needed, offered and handed over, by category and week,
//! what still waits, how long a need waits, and which languages people used. Counts only:
//! nothing here can identify anyone.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use super::Category;

/// The whole report for site-local days `from` to `to`, both included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// "Waiting" counts needs still open, matched or ready that are older than this many days now.
    pub older_than_days: u32,
    /// One row per category the site uses, in its order.
    pub categories: Vec<CategoryGap>,
    /// One row per week (starting Monday) and category, weeks in order; empty weeks included
    /// so a chart has no holes.
    pub weeks: Vec<WeekGap>,
    /// Median time from a need's slip to its hand-over, over needs handed over in the range.
    pub median_wait_secs: Option<i64>,
    /// Entries made in each language, most first.
    pub languages: Vec<LanguageCount>,
    /// Members counted once, and the time bank's hours.
    pub members: MemberFigures,
}

/// People counted once through their member cards, and hours exchanged: no names, no ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct MemberFigures {
    /// Members with a need logged in the range, each counted once.
    pub served: u64,
    /// Needs logged in the range without a card (people who may be counted twice).
    pub needs_without_card: u64,
    /// Members served per category over the range (a member in two categories counts in
    /// each), in the site's category order; categories with none left out.
    pub by_category: Vec<(super::Category, u64)>,
    /// Per week: members served, of whom new (their card made that week) and returning.
    pub weeks: Vec<MemberWeek>,
    /// Members served per week and category.
    pub week_categories: Vec<(NaiveDate, super::Category, u64)>,
    /// Hours exchanged in the range by category (corrections subtracted), in quarter hours
    /// (the CSV writes them as decimal hours).
    pub quarters: Vec<(super::Category, i64)>,
}

/// Members served in one week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MemberWeek {
    pub week: NaiveDate,
    pub served: u64,
    pub new: u64,
    pub returning: u64,
}

/// One category over the whole range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CategoryGap {
    pub category: Category,
    /// Needs logged in the range.
    pub needs: u64,
    /// Offers logged in the range.
    pub offers: u64,
    /// Needs handed over in the range.
    pub fulfilled: u64,
    /// Needs that expired unmet in the range.
    pub expired: u64,
    /// Needs open or matched now and older than `older_than_days`.
    pub waiting: u64,
    pub median_wait_secs: Option<i64>,
}

/// One category in one week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WeekGap {
    /// The Monday the week starts on.
    pub week: NaiveDate,
    pub category: Category,
    pub needs: u64,
    pub offers: u64,
    pub fulfilled: u64,
}

/// Entries made in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageCount {
    pub language: String,
    pub entries: u64,
}

impl GapReport {
    /// Totals of every category: (needs, offers, fulfilled, expired, waiting).
    pub fn totals(&self) -> (u64, u64, u64, u64, u64) {
        self.categories.iter().fold((0, 0, 0, 0, 0), |t, c| {
            (
                t.0 + c.needs,
                t.1 + c.offers,
                t.2 + c.fulfilled,
                t.3 + c.expired,
                t.4 + c.waiting,
            )
        })
    }

    /// Needs, offers and fulfilled summed over categories, one value per week in order.
    pub fn weekly(&self) -> Vec<(NaiveDate, u64, u64, u64)> {
        let mut out: Vec<(NaiveDate, u64, u64, u64)> = Vec::new();
        for w in &self.weeks {
            match out.last_mut() {
                Some(last) if last.0 == w.week => {
                    last.1 += w.needs;
                    last.2 += w.offers;
                    last.3 += w.fulfilled;
                }
                _ => out.push((w.week, w.needs, w.offers, w.fulfilled)),
            }
        }
        out
    }

    /// The category where needs most outnumber offers, if any.
    pub fn largest_gap(&self) -> Option<&CategoryGap> {
        self.categories
            .iter()
            .filter(|c| c.needs > c.offers)
            .max_by_key(|c| (c.needs - c.offers, std::cmp::Reverse(c.category)))
    }
}

/// Eight-level bars of `values` scaled to the largest.
pub fn sparkline(values: &[u64]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let max = values.iter().copied().max().unwrap_or(0);
    values
        .iter()
        .map(|&v| {
            let level = (v * 7 + max / 2).checked_div(max).unwrap_or(0);
            BARS[level.min(7) as usize]
        })
        .collect()
}

/// The Monday of `day`'s week.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day.checked_sub_days(Days::new(u64::from(day.weekday().num_days_from_monday())))
        .unwrap_or(day)
}

/// The Monday `weeks` - 1 weeks before `day`'s: `weeks` whole calendar weeks, the last one
/// `day`'s own.
pub fn weeks_back(day: NaiveDate, weeks: i64) -> NaiveDate {
    let monday = week_start(day);
    monday
        .checked_sub_days(Days::new(7 * u64::try_from(weeks.max(1) - 1).unwrap_or(0)))
        .unwrap_or(monday)
}

/// Every Monday from `from`'s week to `to`'s.
pub fn weeks(from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut w = week_start(from);
    while w <= to {
        out.push(w);
        match w.checked_add_days(Days::new(7)) {
            Some(next) => w = next,
            None => break,
        }
    }
    out
}

/// The median of `values` (the mean of the middle two when their number is even, rounded
/// down); `None` when there are none. Reorders `values`.
pub fn median(values: &mut [i64]) -> Option<i64> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    let (_, upper, _) = values.select_nth_unstable(n / 2);
    let upper = *upper;
    if n % 2 == 1 {
        return Some(upper);
    }
    // The lower middle is the largest of the lower half.
    let lower = values[..n / 2].iter().copied().max().unwrap_or(upper);
    Some(lower + (upper - lower) / 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn weeks_start_on_monday() {
        assert_eq!(week_start(d(2026, 11, 25)), d(2026, 11, 23)); // a Wednesday
        assert_eq!(week_start(d(2026, 11, 23)), d(2026, 11, 23));
        assert_eq!(week_start(d(2026, 11, 29)), d(2026, 11, 23)); // Sunday
        assert_eq!(
            weeks(d(2026, 11, 25), d(2026, 12, 7)),
            [d(2026, 11, 23), d(2026, 11, 30), d(2026, 12, 7)]
        );
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [5]), Some(5));
        assert_eq!(median(&mut [9, 1, 5]), Some(5));
        assert_eq!(median(&mut [10, 1, 4, 100]), Some(7));
        assert_eq!(median(&mut [3, 3, 3, 3]), Some(3));
    }
}
