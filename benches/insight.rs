//! What the network needs, on a year of made-up history (docs/performance.md): the gap report
//! for the whole year, the visitors' "What is needed now" board, and the desk's queue of today,
//! on 1,000,000 entries made by `aidkiosk seed --entries 1000000 --days 365`.
//!
//! `cargo bench --bench insight`. The seeded database is built once into
//! `target/bench-data/` (about 25 s) and reused by later runs.

use std::hint::black_box;
use std::path::PathBuf;

use aidkiosk::config::Config;
use aidkiosk::domain::QueueFilter;
use aidkiosk::domain::report::weeks_back;
use aidkiosk::runtime::{self, Env};
use aidkiosk::store::Store;
use chrono::{DateTime, Duration, Local, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};

const ENTRIES: u64 = 1_000_000;
const DAYS: u32 = 365;

/// The moment the history ends, fixed so every run benchmarks the same database.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap()
}

/// The seeded database, built on first use.
fn database() -> Store {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("seed-{ENTRIES}-{DAYS}-v5.db"));
    if !path.exists() {
        let building = dir.join("building.db");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", building.display()));
        }
        let mut store = Store::open(&building).unwrap();
        let mut env = Env::fixed(now() - Duration::days(i64::from(DAYS)), 1);
        runtime::initialise(&mut store, &mut env, b"p", "Bench", "Sam", "2468").unwrap();
        let started = std::time::Instant::now();
        let n =
            aidkiosk::seed::fill(&mut store, &Config::default(), ENTRIES, DAYS, 1, now()).unwrap();
        eprintln!(
            "seeded {n} entries in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        drop(store);
        std::fs::rename(&building, &path).unwrap();
    }
    Store::open(&path).unwrap()
}

fn insight(c: &mut Criterion) {
    let store = database();
    let categories = Config::default().categories;
    let today = now().with_timezone(&Local).date_naive();
    c.bench_function("gap report, a year of 1,000,000 entries", |b| {
        b.iter(|| {
            black_box(
                store
                    .gap_report(
                        today - Duration::days(364),
                        today,
                        &categories,
                        now() - Duration::days(7),
                        7,
                    )
                    .unwrap(),
            )
        })
    });
    c.bench_function("gap report, the desk's 12 weeks", |b| {
        b.iter(|| {
            black_box(
                store
                    .gap_report(
                        weeks_back(today, 12),
                        today,
                        &categories,
                        now() - Duration::days(7),
                        7,
                    )
                    .unwrap(),
            )
        })
    });
    c.bench_function("home board (what is needed now), 1,000,000 entries", |b| {
        b.iter(|| black_box(store.board(&categories).unwrap()))
    });
    let midnight = today
        .and_hms_opt(0, 0, 0)
        .and_then(|t| Local.from_local_datetime(&t).earliest())
        .unwrap()
        .with_timezone(&Utc);
    c.bench_function("desk queue of today, 1,000,000 entries", |b| {
        b.iter(|| black_box(store.queue(midnight, QueueFilter::default(), 200).unwrap()))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = insight
}
criterion_main!(benches);
