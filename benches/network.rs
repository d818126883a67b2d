//! The network's figures (#14, docs/performance.md): a busy day's changes written as one file,
//! a year of nine peers' files applied, the bytes a file takes per 1,000 entries, and what the
//! visitors' board and a round with nothing new cost with that year present.
//!
//! `cargo bench --bench network`. Not criterion: the year's import is one long run, timed
//! once (with the others timed over several runs, best and median shown).

use std::path::Path;
use std::time::{Duration as Elapsed, Instant};

use aidkiosk::domain::{Category, Draft, Kind, NewEntry, SlipCode, Urgency};
use aidkiosk::exchange::{self, records::*};
use aidkiosk::runtime::network::{self, qr_of};
use aidkiosk::runtime::{self, Env};
use aidkiosk::store::Store;
use chrono::{DateTime, Duration, TimeZone, Utc};
use ed25519_dalek::SigningKey;

const PEERS: u64 = 9;
const PER_PEER: u64 = 100_000;
const DAYS: u64 = 365;
const BUSY_DAY: u64 = 3_000;

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 11, 25, 8, 0, 0).unwrap()
}

fn code(i: u64) -> SlipCode {
    let x = i.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 24;
    let b = x.to_be_bytes();
    SlipCode::from_random([b[3], b[4], b[5], b[6], b[7]])
}

fn site(dir: &Path, name: &str, seed: u8) -> Store {
    let mut store = Store::open(&dir.join("aidkiosk.db")).unwrap();
    let mut env = Env::fixed(start(), u64::from(seed));
    runtime::initialise(&mut store, &mut env, b"p", name, "Sam", "2468").unwrap();
    let key = SigningKey::from_bytes(&[seed; 32]);
    let staff = store.staff_named("Sam").unwrap().unwrap().id;
    store
        .create_network(&[seed; 32], key.verifying_key().as_bytes(), &staff, start())
        .unwrap();
    store
}

fn report(name: &str, runs: &mut [Elapsed]) {
    runs.sort();
    println!(
        "{name:<52} best {:>9.3} ms   median {:>9.3} ms   ({} runs)",
        runs[0].as_secs_f64() * 1e3,
        runs[runs.len() / 2].as_secs_f64() * 1e3,
        runs.len()
    );
}

/// A busy pantry's day: 3,000 entries made, a fifth handed over, written as one file.
fn busy_day(tmp: &Path) {
    let mut runs = Vec::new();
    let mut bytes = 0;
    for run in 0..5u8 {
        let dir = tmp.join(format!("busy-{run}"));
        std::fs::create_dir_all(&dir).unwrap();
        let mut store = site(&dir, "Busy", 1 + run);
        network::sync(&mut store, &dir.join("exchange"), ("", ""), start()).unwrap();
        let day = start() + Duration::days(1);
        let mut rows = (0..BUSY_DAY).map(|i| {
            let entry = NewEntry {
                id: format!("E{run}-{i:08}"),
                draft: Draft {
                    urgency: Urgency::ALL[(i % 3) as usize],
                    name: "Ana".into(),
                    phone: "+1 555 0100".into(),
                    ..Draft::new(
                        if i.is_multiple_of(4) {
                            Kind::Offer
                        } else {
                            Kind::Need
                        },
                        Category::ALL[(i % 11) as usize],
                    )
                },
                language: "es".into(),
            };
            (
                entry,
                code(i + u64::from(run) * 10_000),
                day + Duration::seconds(i as i64 * 10),
            )
        });
        store.insert_many(&mut rows).unwrap();
        // insert_many is the seed's path, which sets the change log's triggers aside:
        // queue what a day at the kiosk would have queued.
        store
            .connection()
            .execute_batch(
                "INSERT INTO change_log (t, id) SELECT 'entry', id FROM entry;
                 INSERT INTO change_log (t, id)
                 SELECT 'day', day || '|' || category || '|' || kind FROM stat_day;",
            )
            .unwrap();
        let at = day + Duration::hours(12);
        let t = Instant::now();
        let round = network::sync(&mut store, &dir.join("exchange"), ("", ""), at).unwrap();
        runs.push(t.elapsed());
        let (seq, _) = round.exported.unwrap();
        let site = store.site().unwrap().unwrap();
        bytes = std::fs::metadata(
            dir.join("exchange")
                .join(&site.tag)
                .join(exchange::file_name(seq)),
        )
        .unwrap()
        .len();
    }
    report("export a busy day (3,000 entries) as one file", &mut runs);
    println!(
        "{:<52} {:>9.1} KiB per 1,000 entries ({} bytes for the day)",
        "file size",
        bytes as f64 / 1024.0 / (BUSY_DAY as f64 / 1000.0),
        bytes
    );
}

/// Nine peers' years as their files would be: a file a day, each day's entries, a fifth of the
/// needs handed over at another site, the day's counts.
fn peer_files(root: &Path, tags: &[String], keys: &[SigningKey]) -> u64 {
    let mut files = 0;
    for (p, (tag, key)) in tags.iter().zip(keys).enumerate() {
        let dir = root.join(tag);
        let per_day = PER_PEER / DAYS + 1;
        let mut n = 0u64;
        for day in 0..DAYS {
            let at = start() + Duration::days(day as i64);
            let mut records = vec![
                Record::Site(SiteRecord {
                    name: format!("Peer {p}"),
                    place: "Main street".into(),
                    hours: "Mon–Fri".into(),
                })
                .to_value(),
            ];
            for i in 0..per_day {
                if n == PER_PEER {
                    break;
                }
                let id = format!("{tag}-{n:07}");
                let created = exchange_time(at + Duration::seconds(i as i64 * 60));
                records.push(
                    Record::Entry(EntryRecord {
                        id: id.clone(),
                        kind: if n.is_multiple_of(4) { "offer" } else { "need" }.into(),
                        category: Category::ALL[(n % 11) as usize].as_str().into(),
                        quantity: 1 + (n % 5) as i64,
                        urgency: "week".into(),
                        mode: "pickup".into(),
                        status: if n.is_multiple_of(3) {
                            "picked"
                        } else {
                            "open"
                        }
                        .into(),
                        language: "en".into(),
                        created: created.clone(),
                        updated: created.clone(),
                        code: code(n + p as u64 * 1_000_000).as_str().into(),
                        visit: None,
                        qr: "00".repeat(16),
                        handed: n.is_multiple_of(3).then(|| created.clone()),
                    })
                    .to_value(),
                );
                if n % 5 == 1 {
                    let other = &tags[(p + 1) % tags.len()];
                    records.push(
                        Record::Handover(HandoverRecord {
                            id: format!("H{id}"),
                            entry_site: other.clone(),
                            entry_id: format!("{other}-{n:07}"),
                            at: created.clone(),
                        })
                        .to_value(),
                    );
                }
                n += 1;
            }
            for c in Category::ALL {
                records.push(
                    Record::Day(DayRecord {
                        day: (at.date_naive()).to_string(),
                        category: c.as_str().into(),
                        kind: "need".into(),
                        created: 20,
                        handed: 7,
                        expired: 1,
                    })
                    .to_value(),
                );
            }
            let bytes = exchange::write(tag, day + 1, at, &records, key);
            exchange::folder::write_whole(&dir, day + 1, &bytes).unwrap();
            files += 1;
        }
    }
    files
}

fn exchange_time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn year_of_nine_peers(tmp: &Path) {
    // AIDKIOSK_BENCH_SITE=DIR: a data dir set up by the command line and in a network
    // (`init`, `network create`), which keeps the year (for benches/keypress_latency.py).
    let kept = std::env::var_os("AIDKIOSK_BENCH_SITE").map(std::path::PathBuf::from);
    let dir = kept.clone().unwrap_or_else(|| tmp.join("year"));
    std::fs::create_dir_all(&dir).unwrap();
    let mut store = match &kept {
        Some(d) => Store::open(&d.join("aidkiosk.db")).unwrap(),
        None => site(&dir, "Home", 100),
    };
    let root = dir.join("exchange");
    let keys: Vec<SigningKey> = (0..PEERS)
        .map(|p| SigningKey::from_bytes(&[200 + p as u8; 32]))
        .collect();
    let tags: Vec<String> = (0..PEERS).map(|p| format!("PEER{p}")).collect();
    let staff = store.staff().unwrap()[0].id.clone();
    for (tag, key) in tags.iter().zip(&keys) {
        let record = SiteRecord {
            name: tag.clone(),
            place: String::new(),
            hours: String::new(),
        };
        store
            .join_site(
                &record,
                tag,
                key.verifying_key().as_bytes(),
                &staff,
                start(),
            )
            .unwrap();
    }
    let t = Instant::now();
    let files = peer_files(&root, &tags, &keys);
    println!(
        "{:<52} {:>9.1} s   ({files} files written by the peers, not part of the import)",
        "nine peers' year made",
        t.elapsed().as_secs_f64()
    );
    let now = start() + Duration::days(DAYS as i64);
    let t = Instant::now();
    let round = network::sync(&mut store, &root, ("", ""), now).unwrap();
    let took = t.elapsed();
    let records: usize = round.applied.iter().map(|a| a.2).sum();
    println!(
        "{:<52} {:>9.1} s   ({} files, {records} records)",
        "import a year of nine peers (900,000 entries)",
        took.as_secs_f64(),
        round.applied.len()
    );
    let entries: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM net_entry", [], |r| r.get(0))
        .unwrap();
    assert_eq!(entries as u64, PEERS * PER_PEER);
    // With the year present: the visitors' board, a round with nothing new, a ticket found.
    let mut runs = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        std::hint::black_box(store.board(Category::ALL).unwrap());
        std::hint::black_box(store.net_open_needs().unwrap());
        runs.push(t.elapsed());
    }
    report("the board with the network's 900,000 entries", &mut runs);
    let mut runs = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        network::sync(&mut store, &root, ("", ""), now).unwrap();
        runs.push(t.elapsed());
    }
    report(
        "a round with nothing new (9 folders, 3,285 files)",
        &mut runs,
    );
    let mut runs = Vec::new();
    for i in 0..50 {
        let t = Instant::now();
        std::hint::black_box(store.net_ticket(&code(i * 97 + 3_000_000)).unwrap());
        runs.push(t.elapsed());
    }
    report("another site's ticket found by code", &mut runs);
    let site = store.site().unwrap().unwrap();
    let signer = aidkiosk::slip::Signer::new(&site.tag, &site.secret);
    let t = Instant::now();
    let lines = store.shared_state(&qr_of(&signer)).unwrap().len();
    println!(
        "{:<52} {:>9.1} s   ({lines} lines)",
        "the shared state's digest lines (tests only)",
        t.elapsed().as_secs_f64()
    );
}

fn main() {
    // `cargo test --benches` runs benches with --test: nothing heavy then.
    if std::env::args().any(|a| a == "--test") {
        return;
    }
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    busy_day(tmp.path());
    year_of_nine_peers(tmp.path());
}
