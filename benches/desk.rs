//! Staff desk figures (docs/performance.md): a slip found by code among 1,000,000 entries,
//! match candidates for a need among 100,000 open offers, the desk opening its queue and
//! "Needs to match" and Members on a seeded 1,000,000-entry site, and scrolling a 10,000-row
//! list.
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

/// A seeded site: two years of a busy pantry's history, 1,000,000 entries, and today's desk.
fn opening(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("aidkiosk.db")).unwrap();
    let now = Utc::now();
    runtime::initialise(
        &mut store,
        &mut Env::fixed(now - Duration::days(800), 1),
        b"p",
        "Bench",
        "Sam",
        "2468",
    )
    .unwrap();
    let config = aidkiosk::config::Config::default();
    aidkiosk::seed::fill(&mut store, &config, 1_000_000, 730, 42, now).unwrap();
    let filter = aidkiosk::domain::QueueFilter::default();
    let data = runtime::desk_data(&store, filter, aidkiosk::app::desk::Tab::Queue, now).unwrap();
    println!(
        "seeded: queue {} rows (to do: {:?}), {} categories of needs, {} proposals",
        data.queue.len(),
        data.counts.first(),
        data.needs.len(),
        store.proposed_matches().unwrap().len()
    );
    c.bench_function("desk opens the queue, 1,000,000 entries", |b| {
        b.iter(|| {
            black_box(
                runtime::desk_data(&store, filter, aidkiosk::app::desk::Tab::Queue, now).unwrap(),
            )
        })
    });
    let members = runtime::desk_data(&store, filter, aidkiosk::app::desk::Tab::Members, now)
        .unwrap()
        .members;
    println!("seeded: {} members listed", members.len());
    c.bench_function(
        "desk opens Members (the 2,000 seen last, with their hours), 1,000,000 entries",
        |b| {
            b.iter(|| {
                black_box(
                    runtime::desk_data(&store, filter, aidkiosk::app::desk::Tab::Members, now)
                        .unwrap(),
                )
            })
        },
    );
    let busiest = members
        .iter()
        .max_by_key(|m| m.given.0 + m.received.0)
        .map(|m| m.id.clone())
        .unwrap_or_default();
    c.bench_function("a member's panel (statement), 1,000,000 entries", |b| {
        b.iter(|| {
            black_box(store.member(&busiest).unwrap());
            black_box(store.statement(&busiest, 200).unwrap())
        })
    });
    let biggest = data.needs[0].0;
    c.bench_function(
        "desk opens needs to match and its biggest category, 1,000,000 entries",
        |b| {
            b.iter(|| {
                black_box(store.unmatched_needs().unwrap());
                black_box(store.open_entries(Kind::Need, &[biggest], 500).unwrap())
            })
        },
    );
}

/// The open desk on a queue of `n` rows, at `w`×`h`.
fn desk_state(n: usize) -> aidkiosk::app::State {
    use aidkiosk::app::desk::{Desk, Phase, Session};
    use aidkiosk::domain::{EntryView, Mode, Role, StaffMember, Status};
    let now = Utc::now();
    let langs = ["es", "en", "ar", "zh-Hans", "so", "fa"];
    let mut session = Session::new(StaffMember {
        id: "s".into(),
        name: "Maya".into(),
        role: Role::Coordinator,
        active: true,
        locked_until: None,
    });
    session.data.loaded_at = Some(now);
    session.data.queue = (0..n)
        .map(|i| EntryView {
            id: format!("e{i}"),
            code: code(i as u64),
            ticket: code(i as u64),
            kind: if i % 3 == 0 { Kind::Offer } else { Kind::Need },
            category: Category::ALL[i % 12],
            quantity: 1 + (i % 6) as u8,
            urgency: Urgency::ALL[i % 3],
            mode: [Mode::Pickup, Mode::Delivery, Mode::Call][i % 3],
            language: langs[i % langs.len()].into(),
            status: [Status::Open, Status::Matched, Status::Ready][i % 3],
            created_at: now - Duration::minutes(i as i64 * 7),
            detail: String::new(),
            name: "Zainab".into(),
            phone: "+1 555 0100".into(),
            picked_up: None,
            updated_at: now,
            closed_reason: None,
            partner: None,
        })
        .collect();
    let mut settings =
        aidkiosk::app::Settings::from_config(&aidkiosk::config::Config::default(), Some("Bench"));
    settings.staff_console = true;
    let mut state = aidkiosk::app::State::new(settings, false, 0);
    state.screen = aidkiosk::app::Screen::Desk(Desk {
        console: "staff".into(),
        phase: Phase::Open(Box::new(session)),
    });
    state
}

/// ↓ on a 10,000-row queue, then the frame drawn: each key's whole cost on the desk.
fn scrolling(c: &mut Criterion) {
    use aidkiosk::app::Action;
    use aidkiosk::app::desk::{DeskAction, DeskKey};
    use ratatui::{Terminal, backend::TestBackend};
    let i18n = aidkiosk::i18n::I18n::embedded();
    const ROWS: usize = 10_000;
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let mut state = desk_state(ROWS);
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        let key = |state: &mut aidkiosk::app::State, k: DeskKey| {
            aidkiosk::app::update(state, Action::Desk(DeskAction::Key(k)), 0);
        };
        // Every frame of a walk to the last row, timed one by one: the slowest is the figure.
        let mut frames = Vec::with_capacity(ROWS);
        for _ in 0..ROWS {
            let t = std::time::Instant::now();
            key(&mut state, DeskKey::Down);
            terminal
                .draw(|f| aidkiosk::ui::render(&state, &i18n, f))
                .unwrap();
            frames.push(t.elapsed());
        }
        frames.sort();
        println!(
            "{ROWS} keys down a {ROWS}-row queue at {w}x{h}: median {:?}, p99 {:?}, slowest {:?}",
            frames[ROWS / 2],
            frames[ROWS * 99 / 100],
            frames[ROWS - 1]
        );
        key(&mut state, DeskKey::First);
        let mut down = true;
        c.bench_function(
            &format!("a key and its frame on a {ROWS}-row queue, {w}x{h}"),
            |b| {
                b.iter(|| {
                    key(&mut state, if down { DeskKey::Down } else { DeskKey::Up });
                    terminal
                        .draw(|f| aidkiosk::ui::render(&state, &i18n, f))
                        .unwrap();
                });
                down = !down;
            },
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = lookup, candidates, scrolling
}
criterion_group! {
    name = seeded;
    config = Criterion::default().sample_size(30);
    targets = opening
}
criterion_main!(benches, seeded);
