//! The gap report against a hand-counted week of a small pantry, entries made, handed over and
//! expired through the same store calls the kiosk and the desk use; and the seed's fast path
//! counting exactly what the triggers would.

mod common;

use aidkiosk::config::Config;
use aidkiosk::domain::NewEntry;
use aidkiosk::domain::report::{CategoryGap, median, weeks_back};
use aidkiosk::domain::{Category, Draft, Kind, SlipCode};
use aidkiosk::store::Store;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};

/// Noon UTC on a November day: the same site-local date in any zone within ±11 hours, so the
/// day each entry counts on does not depend on where the test runs.
fn nov(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 12, 0, 0).unwrap()
}

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

struct Pantry {
    store: Store,
    n: u8,
}

impl Pantry {
    fn new() -> Pantry {
        let mut store = Store::open_in_memory().unwrap();
        let mut env = aidkiosk::runtime::Env::fixed(nov(1), 3);
        aidkiosk::runtime::initialise(&mut store, &mut env, b"p", "Eastside", "Maya", "2468")
            .unwrap();
        Pantry { store, n: 0 }
    }

    /// An entry made at `at`; returns its slip code.
    fn entry(&mut self, kind: Kind, category: Category, lang: &str, at: DateTime<Utc>) -> SlipCode {
        self.n += 1;
        let code = SlipCode::from_random([self.n, 1, 2, 3, 4]);
        let entry = NewEntry {
            id: format!("E{:02}", self.n),
            draft: Draft::new(kind, category),
            language: lang.into(),
        };
        self.store.save_entry(&entry, &mut || code, at).unwrap()
    }

    fn staff(&self) -> String {
        self.store.staff().unwrap()[0].id.clone()
    }

    fn hand_over(&mut self, code: SlipCode, at: DateTime<Utc>) {
        let staff = self.staff();
        self.store
            .pickup(&code, &staff, aidkiosk::domain::lifecycle::SERVICES, at)
            .unwrap();
    }
}

/// Three weeks of November 2026 (Mondays the 2nd, 9th and 16th), counted by hand:
///
/// | entry | made | kind, category | language | then |
/// |---|---|---|---|---|
/// | N1 | Tue 3 | need food | en | handed over Wed 4 (1 day) |
/// | N2 | Tue 3 | need food | en | handed over Fri 6 (3 days) |
/// | O1 | Wed 4 | offer food | en | |
/// | N3 | Tue 10 | need baby & child | en | handed over Thu 12 (2 days) |
/// | N4 | Tue 10 | need baby & child | en | still open on the 25th: waiting over 7 days |
/// | O2 | Wed 11 | offer clothing | es | |
/// | N5 | Fri 20 | need food | ar | still open, 5 days old: not waiting over 7 days |
/// | N6 | Oct 1 | need housing | en | expired on Nov 5 by the lifecycle (30 days) |
#[test]
fn every_figure_matches_the_hand_count() {
    let mut p = Pantry::new();
    let n6 = p.entry(
        Kind::Need,
        Category::Housing,
        "en",
        Utc.with_ymd_and_hms(2026, 10, 1, 12, 0, 0).unwrap(),
    );
    let n1 = p.entry(Kind::Need, Category::Food, "en", nov(3));
    let n2 = p.entry(Kind::Need, Category::Food, "en", nov(3));
    p.entry(Kind::Offer, Category::Food, "en", nov(4));
    p.hand_over(n1, nov(4));
    // The lifecycle runs on the 5th: N6 is 35 days old.
    let expired = p
        .store
        .apply_lifecycle(
            nov(5) - chrono::Duration::days(30),
            nov(5) - chrono::Duration::days(30),
            false,
            aidkiosk::domain::lifecycle::SERVICES,
            nov(5),
        )
        .unwrap();
    assert_eq!(expired.expired, 1);
    p.hand_over(n2, nov(6));
    let n3 = p.entry(Kind::Need, Category::BabyChild, "en", nov(10));
    let _n4 = p.entry(Kind::Need, Category::BabyChild, "en", nov(10));
    p.entry(Kind::Offer, Category::Clothing, "es", nov(11));
    p.hand_over(n3, nov(12));
    p.entry(Kind::Need, Category::Food, "ar", nov(20));
    let _ = n6;

    let categories = Config::default().categories;
    let now = nov(25);
    let r = p
        .store
        .gap_report(
            date(11, 2),
            date(11, 22),
            &categories,
            now - chrono::Duration::days(7),
            7,
        )
        .unwrap();
    let row =
        |c: Category| -> CategoryGap { *r.categories.iter().find(|x| x.category == c).unwrap() };
    let day = 86_400;

    let food = row(Category::Food);
    assert_eq!(
        (
            food.needs,
            food.offers,
            food.fulfilled,
            food.expired,
            food.waiting
        ),
        (3, 1, 2, 0, 0)
    );
    assert_eq!(food.median_wait_secs, Some((day + 3 * day) / 2));
    let baby = row(Category::BabyChild);
    assert_eq!(
        (
            baby.needs,
            baby.offers,
            baby.fulfilled,
            baby.expired,
            baby.waiting
        ),
        (2, 0, 1, 0, 1)
    );
    assert_eq!(baby.median_wait_secs, Some(2 * day));
    let clothing = row(Category::Clothing);
    assert_eq!(
        (clothing.needs, clothing.offers, clothing.fulfilled),
        (0, 1, 0)
    );
    assert_eq!(clothing.median_wait_secs, None);
    // N6 was made before the range but expired in it.
    let housing = row(Category::Housing);
    assert_eq!((housing.needs, housing.expired, housing.waiting), (0, 1, 0));
    assert_eq!(r.totals(), (5, 2, 3, 1, 1));
    assert_eq!(
        r.median_wait_secs,
        Some(2 * day),
        "median of 1, 3 and 2 days"
    );

    // Weeks: one row per Monday and category, in order, empty ones included.
    let weekly = r.weekly();
    assert_eq!(
        weekly,
        vec![
            (date(11, 2), 2, 1, 2),
            (date(11, 9), 2, 1, 1),
            (date(11, 16), 1, 0, 0)
        ]
    );
    assert_eq!(r.weeks.len(), 3 * categories.len());
    let cell = |w: NaiveDate, c: Category| {
        let x = r
            .weeks
            .iter()
            .find(|x| x.week == w && x.category == c)
            .unwrap();
        (x.needs, x.offers, x.fulfilled)
    };
    assert_eq!(cell(date(11, 2), Category::Food), (2, 1, 2));
    assert_eq!(cell(date(11, 9), Category::BabyChild), (2, 0, 1));
    assert_eq!(cell(date(11, 9), Category::Clothing), (0, 1, 0));
    assert_eq!(cell(date(11, 16), Category::Food), (1, 0, 0));

    let languages: Vec<(&str, u64)> = r
        .languages
        .iter()
        .map(|l| (l.language.as_str(), l.entries))
        .collect();
    assert_eq!(languages, [("en", 5), ("ar", 1), ("es", 1)]);
    // Food and baby & child both lack 2 offers; the earlier category in the site's order wins.
    assert_eq!(r.largest_gap().map(|g| g.category), Some(Category::Food));

    // A range that leaves the first week out leaves its figures out too.
    let later = p
        .store
        .gap_report(
            date(11, 9),
            date(11, 22),
            &categories,
            now - chrono::Duration::days(7),
            7,
        )
        .unwrap();
    assert_eq!(later.totals(), (3, 1, 1, 0, 1));
}

#[test]
fn twelve_weeks_back_start_on_a_monday() {
    assert_eq!(weeks_back(date(11, 25), 12), date(9, 7));
    assert_eq!(weeks_back(date(11, 23), 1), date(11, 23));
    assert_eq!(median(&mut [5, 1, 3, 9]), Some(4));
}

/// The seed sets the triggers aside and counts in one go; what it counts must be what the
/// triggers would have, entry by entry. Both are compared with the definition itself, in SQL.
#[test]
fn the_seed_counts_what_the_triggers_count() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("aidkiosk.db")).unwrap();
    let mut env = aidkiosk::runtime::Env::fixed(nov(1), 5);
    aidkiosk::runtime::initialise(&mut store, &mut env, b"p", "Eastside", "Maya", "2468").unwrap();
    let config = Config::default();
    let n = aidkiosk::seed::fill(&mut store, &config, 5_000, 60, 42, nov(25)).unwrap();
    assert_eq!(n, 5_000);
    // Then a few through the ordinary path, so both kinds of rows are in the counts.
    let code = SlipCode::from_random([9; 5]);
    let entry = NewEntry {
        id: "ZLATE".into(),
        draft: Draft::new(Kind::Need, Category::Food),
        language: "so".into(),
    };
    store.save_entry(&entry, &mut || code, nov(24)).unwrap();
    let staff = store.staff().unwrap()[0].id.clone();
    store
        .pickup(
            &code,
            &staff,
            aidkiosk::domain::lifecycle::SERVICES,
            nov(25),
        )
        .unwrap();

    let c = store.connection();
    let rows = |sql: &str| -> Vec<(String, String, String, i64)> {
        let mut stmt = c.prepare(sql).unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    for (column, definition) in [
        (
            "created",
            "SELECT date(created_at, 'localtime') d, category, kind, count(*)
             FROM entry GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        ),
        (
            "handed",
            "SELECT date(updated_at, 'localtime') d, category, kind, count(*)
             FROM entry WHERE status IN ('picked', 'received', 'connected', 'done')
             GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        ),
        (
            "expired",
            "SELECT date(updated_at, 'localtime') d, category, kind, count(*)
             FROM entry WHERE status = 'closed' AND closed_reason = 'expired'
             GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        ),
    ] {
        let kept = rows(&format!(
            "SELECT day, category, kind, {column} FROM stat_day
             WHERE {column} > 0 ORDER BY 1, 2, 3"
        ));
        assert_eq!(kept, rows(definition), "stat_day.{column}");
        assert!(!kept.is_empty(), "{column}: the seed makes some");
    }
    let pairs = |sql: &str| -> Vec<(String, String, i64)> {
        let mut stmt = c.prepare(sql).unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(
        pairs("SELECT day, language, created FROM stat_language ORDER BY 1, 2"),
        pairs(
            "SELECT date(created_at, 'localtime'), language, count(*) FROM entry
             GROUP BY 1, 2 ORDER BY 1, 2"
        )
    );
    let waits = |sql: &str| -> Vec<(String, String, i64)> {
        let mut stmt = c.prepare(sql).unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(
        waits("SELECT entry_id, day, seconds FROM stat_wait ORDER BY 1"),
        waits(
            "SELECT id, date(updated_at, 'localtime'),
                    CAST(round((julianday(updated_at) - julianday(created_at)) * 86400) AS INTEGER)
             FROM entry WHERE status IN ('picked', 'connected', 'done') AND kind = 'need' ORDER BY 1"
        )
    );
    // The indexes and triggers the seed set aside are all back.
    let count = |t: &str| -> i64 {
        c.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = ?1 AND tbl_name IN ('entry', 'stat_wait')",
            [t],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(
        count("trigger"),
        8,
        "made, fulfilled (twice) and undone, expired (twice), and the network's change log (twice)"
    );
    assert_eq!(count("index"), 9, "eight on entry, and its primary key's");
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    // Every entry has its slip, and the same seed makes the same history.
    let slips: i64 = c
        .query_row("SELECT count(*) FROM slip", [], |r| r.get(0))
        .unwrap();
    assert_eq!(slips, 5_001);
}

/// Members counted once, against a hand count: two weeks (Mon 16 and Mon 23 November).
///
/// - Ana (card made 17 Nov): food 17 Nov, food and clothing 18 Nov, food 24 Nov.
/// - Ben (card made 10 Nov, the week before): food 19 Nov, nothing the next week.
/// - Cleo (card made 24 Nov): clothing 24 Nov, and an offer (not a need: not "served").
/// - Two needs without a card, on 18 and 25 Nov.
/// - Hours: Ben gives Ana 1½ h of skills; the site gives Cleo ¾ h of transport; a 2 h
///   transport transfer and its correction.
///
/// Hand count: served 3 (Ana, Ben, Cleo); food 2 (Ana, Ben), clothing 2 (Ana, Cleo); week of
/// 16 Nov: 2 served (Ana new, Ben returning); week of 23 Nov: 2 served (Ana returning, Cleo
/// new); needs without a card 2; hours: skills 6 quarters, transport 3 (2 h made and taken
/// back).
#[test]
fn members_are_counted_once_and_hours_by_category() {
    use aidkiosk::domain::member::{Account, NewTransfer, Quarters};
    use aidkiosk::store::NewMember;
    let mut p = Pantry::new();
    let mut codes = 100u8;
    let mut next = move || {
        codes += 1;
        SlipCode::from_random([codes, 9, 9, 9, 9])
    };
    for (id, joined) in [("ana", 17), ("ben", 10), ("cleo", 24)] {
        let member = NewMember {
            id: id.into(),
            nickname: String::new(),
            language: "es".into(),
            household: Some(2),
        };
        p.store
            .new_member(&member, &mut next, None, None, nov(joined))
            .unwrap();
    }
    let mut n = 0u8;
    let mut visit = |p: &mut Pantry, who: Option<&str>, kinds: &[(Kind, Category)], day: u32| {
        let entries: Vec<NewEntry> = kinds
            .iter()
            .map(|(kind, category)| {
                n += 1;
                NewEntry {
                    id: format!("V{n:02}"),
                    draft: Draft::new(*kind, *category),
                    language: "es".into(),
                }
            })
            .collect();
        let mut code = {
            let n = n;
            let mut k = 0u8;
            move || {
                k += 1;
                SlipCode::from_random([n, k, 7, 7, 7])
            }
        };
        p.store
            .save_visit(&entries, who, &mut code, nov(day))
            .unwrap();
    };
    use Category::{Clothing, Food, Skills, Transport};
    use Kind::{Need, Offer};
    visit(&mut p, Some("ana"), &[(Need, Food)], 17);
    visit(&mut p, Some("ana"), &[(Need, Food), (Need, Clothing)], 18);
    visit(&mut p, Some("ana"), &[(Need, Food)], 24);
    visit(&mut p, Some("ben"), &[(Need, Food)], 19);
    visit(
        &mut p,
        Some("cleo"),
        &[(Need, Clothing), (Offer, Skills)],
        24,
    );
    visit(&mut p, None, &[(Need, Food)], 18);
    visit(&mut p, None, &[(Need, Clothing)], 25);
    let transfer = |id: &str, provider, receiver, q, category, day| NewTransfer {
        id: id.into(),
        provider,
        receiver,
        quarters: Quarters(q),
        category,
        need: None,
        offer: None,
        staff_id: None,
        at: nov(day),
    };
    let member = |id: &str| Account::Member(id.into());
    for t in [
        transfer("T1", member("ben"), member("ana"), 6, Skills, 19),
        transfer("T2", Account::Site, member("cleo"), 3, Transport, 24),
        transfer("T3", member("ana"), member("ben"), 8, Transport, 24),
    ] {
        p.store.record_transfer(&t).unwrap();
    }
    p.store
        .reverse_transfer("T3", "T3R", None, nov(25))
        .unwrap();

    let report = p
        .store
        .gap_report(
            date(11, 16),
            date(11, 29),
            &Config::default().categories,
            nov(29),
            7,
        )
        .unwrap();
    let m = &report.members;
    assert_eq!(m.served, 3);
    assert_eq!(m.needs_without_card, 2);
    assert_eq!(m.by_category, vec![(Food, 2), (Clothing, 2)]);
    let weeks: Vec<(NaiveDate, u64, u64, u64)> = m
        .weeks
        .iter()
        .map(|w| (w.week, w.served, w.new, w.returning))
        .collect();
    assert_eq!(
        weeks,
        vec![(date(11, 16), 2, 1, 1), (date(11, 23), 2, 1, 1)]
    );
    assert_eq!(m.quarters, vec![(Transport, 3), (Skills, 6)]);
    // The same in the CSV a coordinator opens in a spreadsheet.
    let csv = aidkiosk::cli::gap_report_csv(&report).unwrap();
    for row in [
        "members_served,,,,3",
        "needs_without_card,,,,2",
        "members_new,2026-11-16,,,1",
        "members_returning,2026-11-23,,,1",
        "hours_exchanged,,skills,,1.5",
        "hours_exchanged,,transport,,0.75",
    ] {
        assert!(csv.lines().any(|l| l == row), "{row} not in:\n{csv}");
    }
}
