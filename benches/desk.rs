//! Staff desk figures (docs/performance.md): a slip found by code among 1,000,000 entries,
//! and match candidates for a need among 100,000 open offers.
//!
//! `cargo bench --bench desk`

use std::hint::black_box;

use aidkiosk::domain::NewEntry;
use aidkiosk::domain::{Category, Draft, Kind, SlipCode, Urgency};
use aidkiosk::runtime::{self, Env};
use aidkiosk::store::Store;
use chrono::{Duration, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};

fn code(i: u64) -> SlipCode {
    // Spread like random codes: a multiplicative hash of the index.
    let x = i.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 24;
    let b = x.to_be_bytes();
    SlipCode::from_random([b[3], b[4], b[5], b[6], b[7]])
}

fn entry(i: u64, kind: Kind, category: Category) -> NewEntry {
    NewEntry {
        id: format!("E{i:025}"),
        draft: Draft {
            quantity: 1 + (i % 5) as u8,
            urgency: Urgency::ALL[(i % 3) as usize],
            ..Draft::new(kind, category)
        },
        language: "en".into(),
    }
}

/// A database file with `n` entries; every `offer_every`-th one an open food offer.
fn database(dir: &std::path::Path, n: u64, kind_of: impl Fn(u64) -> (Kind, Category)) -> Store {
    let mut store = Store::open(&dir.join("aidkiosk.db")).unwrap();
    let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    runtime::initialise(
        &mut store,
        &mut Env::fixed(start, 1),
        b"p",
        "Bench",
        "Sam",
        "2468",
    )
    .unwrap();
    let mut rows = (0..n).map(|i| {
        let (kind, category) = kind_of(i);
        (
            entry(i, kind, category),
            code(i),
            start + Duration::seconds(i as i64 * 30),
        )
    });
    store.insert_many(&mut rows).unwrap();
    store
}

fn lookup(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let store = database(dir.path(), 1_000_000, |i| {
        let kind = if i % 2 == 0 { Kind::Need } else { Kind::Offer };
        (kind, Category::ALL[(i % 12) as usize])
    });
    let mut i = 0u64;
    c.bench_function("slip lookup by code, 1,000,000 entries (staff view)", |b| {
        b.iter(|| {
            i = (i + 7919) % 1_000_000;
            black_box(store.entry_by_code(&code(i)).unwrap())
        })
    });
    c.bench_function(
        "slip lookup by code, 1,000,000 entries (visitor check)",
        |b| {
            b.iter(|| {
                i = (i + 7919) % 1_000_000;
                black_box(store.slip(&code(i)).unwrap())
            })
        },
    );
}

fn candidates(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    // 100,000 open food offers, one food need.
    let store = database(dir.path(), 100_001, |i| {
        if i == 100_000 {
            (Kind::Need, Category::Food)
        } else {
            (Kind::Offer, Category::Food)
        }
    });
    let need = store.entry_by_code(&code(100_000)).unwrap().unwrap();
    c.bench_function("match candidates among 100,000 open offers", |b| {
        b.iter(|| black_box(store.candidates(&need, &[], 30).unwrap()))
    });
    c.bench_function(
        "match candidates among 100,000 open offers, with a neighbour category",
        |b| b.iter(|| black_box(store.candidates(&need, &[Category::Other], 30).unwrap())),
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = lookup, candidates
}
criterion_main!(benches);
