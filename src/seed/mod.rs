//! Made-up but plausible history for demos and benchmarks (`aidkiosk seed`): entries spread
//! over past days, busier on distribution days, in the site's languages and categories; most
//! needs handed over after a wait of hours to days, some matched with offers, the rest still
//! open or expired; personal fields only where the lifecycle would still keep them.
//! Deterministic for a given seed, so benchmarks compare like with like.

use chrono::{DateTime, Datelike, Duration, Utc, Weekday};

use crate::domain::SlipCode;
use crate::domain::{Category, Kind, Mode, Status, Urgency};
use crate::store::{SeedEntry, SeedMatch, Store, StoreError};

mod day;
mod members;
pub use day::Day;

/// SplitMix64: small, fast, and the same numbers for the same seed on every machine.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n.max(1))) >> 64) as u64
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// An index chosen by `weights`.
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|&w| u64::from(w)).sum();
        let mut x = self.below(total);
        for (i, &w) in weights.iter().enumerate() {
            if x < u64::from(w) {
                return i;
            }
            x -= u64::from(w);
        }
        weights.len().saturating_sub(1)
    }

    /// Exponentially distributed with the given mean.
    pub fn exponential(&mut self, mean: f64) -> f64 {
        -mean * (1.0 - self.unit()).ln()
    }

    pub fn bytes<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        for chunk in out.chunks_mut(8) {
            let v = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&v[..chunk.len()]);
        }
        out
    }
}

/// What to make.
#[derive(Debug, Clone)]
pub struct SeedPlan {
    pub entries: u64,
    pub days: u32,
    pub now: DateTime<Utc>,
    pub languages: Vec<String>,
    pub categories: Vec<Category>,
    pub entry_ttl_days: u32,
    pub retention_days: u32,
    /// Categories connected rather than handed over (`[matching] services`).
    pub services: Vec<Category>,
    pub seed: u64,
}

/// One batch to insert.
#[derive(Debug, Default)]
pub struct Batch {
    pub entries: Vec<SeedEntry>,
    pub matches: Vec<SeedMatch>,
}

const NAMES: &[&str] = &[
    "Amina", "José", "Mei", "Olena", "Kwame", "Fatima", "Luis", "Hoa", "Samira", "Dmitri", "Grace",
    "Yusuf", "Ana", "Min-jun", "Rosa", "Ali", "Chen", "Marie", "Tomás", "Leila",
];
const NOTES: &[&str] = &[
    "No pork please",
    "Size 4 diapers",
    "Can help on Saturdays",
    "Winter coat, child size 8",
    "Ride to the clinic on Tuesday",
    "Gluten free if possible",
    "I can fix bicycles",
    "Baby formula",
    "Spanish and English",
    "Boots size 42",
];

/// How often each category comes up (by its place in [`Category::ALL`]).
fn category_weight(c: Category) -> u32 {
    match c {
        Category::Food => 30,
        Category::Hygiene => 10,
        Category::BabyChild => 8,
        Category::Clothing => 10,
        Category::Housing => 5,
        Category::Transport => 6,
        Category::Childcare => 4,
        Category::Medical => 6,
        Category::Skills => 6,
        Category::LanguageTech => 5,
        Category::Companionship => 5,
        Category::Other => 5,
    }
}

/// Distribution days (Tuesday and Thursday) are the busiest; Sunday the quietest.
fn day_weight(day: Weekday) -> u32 {
    match day {
        Weekday::Tue | Weekday::Thu => 30,
        Weekday::Sat => 15,
        Weekday::Sun => 4,
        _ => 10,
    }
}

/// Makes the history batch by batch, oldest first, so ids and the database grow in order.
pub struct Generator {
    plan: SeedPlan,
    rng: Rng,
    /// Entries still to make on each day, oldest day first.
    per_day: Vec<u64>,
    day: usize,
    category_weights: Vec<u32>,
    language_weights: Vec<u32>,
    /// Offers recently brought in, by category: what a hand-over can be matched with.
    recent_offers: Vec<Vec<String>>,
}

impl Generator {
    pub fn new(plan: SeedPlan) -> Generator {
        let mut rng = Rng::new(plan.seed);
        let days = plan.days.max(1) as usize;
        let first = plan.now - Duration::days(i64::from(plan.days.max(1)) - 1);
        // Busier on distribution days, in winter (peak mid-January) and as the network grows
        // (a third more at the end than at the start).
        let weights: Vec<u64> = (0..days)
            .map(|d| {
                let day = first + Duration::days(d as i64);
                let season = 1.0
                    + 0.25
                        * (std::f64::consts::TAU * (f64::from(day.ordinal()) - 15.0) / 365.0).cos();
                let growth = 1.0 + 0.33 * d as f64 / days as f64;
                (f64::from(day_weight(day.weekday())) * season * growth * 1000.0) as u64
            })
            .collect();
        let total: u64 = weights.iter().sum();
        let mut per_day: Vec<u64> = weights
            .iter()
            .map(|w| plan.entries * w / total.max(1))
            .collect();
        let mut left = plan.entries - per_day.iter().sum::<u64>();
        while left > 0 {
            let d = rng.below(days as u64) as usize;
            per_day[d] += 1;
            left -= 1;
        }
        let category_weights = plan
            .categories
            .iter()
            .map(|&c| category_weight(c))
            .collect();
        // The site's first language is the most common, each next one less so.
        let language_weights = (0..plan.languages.len())
            .map(|i| 40u32.saturating_sub(6 * i as u32).max(3))
            .collect();
        Generator {
            recent_offers: vec![Vec::new(); plan.categories.len()],
            plan,
            rng,
            per_day,
            day: 0,
            category_weights,
            language_weights,
        }
    }

    /// A ULID for `at` from this generator's numbers.
    fn ulid(&mut self, at: DateTime<Utc>) -> String {
        let ms = u64::try_from(at.timestamp_millis()).unwrap_or(0);
        let random = u128::from(self.rng.next_u64()) << 16 | u128::from(self.rng.next_u64() as u16);
        ulid::Ulid::from_parts(ms, random).to_string()
    }

    /// The next batch of up to `size` entries; empty when all are made.
    pub fn next_batch(&mut self, size: usize) -> Batch {
        let mut batch = Batch::default();
        let days = self.per_day.len();
        let first = self.plan.now - Duration::days(days as i64 - 1);
        let midnight = first
            .date_naive()
            .and_hms_opt(0, 0, 0)
            .map(|t| t.and_utc())
            .unwrap_or(first);
        while batch.entries.len() < size && self.day < days {
            let n = self.per_day[self.day];
            if n == 0 {
                self.day += 1;
                continue;
            }
            let take = n.min((size - batch.entries.len()) as u64);
            let day_start = midnight + Duration::days(self.day as i64);
            // Opening hours 9:00 to 19:00, in order within the day; today only up to now.
            let (mut open, mut close) = (9 * 3600, 19 * 3600);
            let so_far = (self.plan.now - day_start).num_seconds();
            if so_far < close {
                close = so_far.max(1);
                if close <= open {
                    open = 0;
                }
            }
            let mut times: Vec<i64> = (0..take)
                .map(|_| open + self.rng.below((close - open) as u64) as i64)
                .collect();
            times.sort_unstable();
            for secs in times {
                self.entry(day_start + Duration::seconds(secs), &mut batch);
            }
            self.per_day[self.day] -= take;
        }
        batch
    }

    fn entry(&mut self, created: DateTime<Utc>, batch: &mut Batch) {
        let now = self.plan.now;
        let rng = &mut self.rng;
        let kind = if rng.chance(0.6) {
            Kind::Need
        } else {
            Kind::Offer
        };
        let ci = rng.weighted(&self.category_weights);
        let category = self
            .plan
            .categories
            .get(ci)
            .copied()
            .unwrap_or(Category::Food);
        let language = self
            .plan
            .languages
            .get(rng.weighted(&self.language_weights))
            .cloned()
            .unwrap_or_else(|| "en".into());
        let quantity = match kind {
            Kind::Need => 1 + rng.below(6) as u8,
            Kind::Offer => 1 + rng.below(10) as u8,
        };
        let urgency =
            [Urgency::Today, Urgency::Week, Urgency::Flexible][rng.weighted(&[25, 50, 25])];
        let mode = [Mode::Pickup, Mode::Delivery, Mode::Call][rng.weighted(&[75, 10, 15])];
        let ttl = Duration::days(i64::from(self.plan.entry_ttl_days));
        // How long until it is handed over (needs) or brought in (offers), if ever.
        let (p_done, mean_hours) = match kind {
            Kind::Need => (0.65, 48.0),
            Kind::Offer => (0.6, 24.0),
        };
        let done_at = rng.chance(p_done).then(|| {
            let hours = rng.exponential(mean_hours).max(0.2);
            created + Duration::seconds((hours * 3600.0) as i64)
        });
        // Each kind and path ends its own way: a need handed over, an offer brought in, a
        // service done.
        let fulfilled = match (kind, self.plan.services.contains(&category)) {
            (_, true) => Status::Done,
            (Kind::Need, false) => Status::PickedUp,
            (Kind::Offer, false) => Status::Received,
        };
        let (status, updated, picked_up) = match done_at {
            Some(at) if at <= now && at - created < ttl => (fulfilled, at, Some(at)),
            _ if now - created >= ttl => (Status::Closed, created + ttl, None),
            _ => (Status::Open, created, None),
        };
        let finished = !crate::domain::lifecycle::is_active(status);
        let purged =
            finished && now - created >= Duration::days(i64::from(self.plan.retention_days));
        let (name, phone, detail) = if purged {
            (None, None, None)
        } else {
            let name = rng
                .chance(0.5)
                .then(|| NAMES[rng.below(NAMES.len() as u64) as usize].to_owned());
            let phone = (mode == Mode::Call || rng.chance(0.2))
                .then(|| format!("+1 555 {:04}", rng.below(10_000)));
            let detail = rng
                .chance(0.2)
                .then(|| NOTES[rng.below(NOTES.len() as u64) as usize].to_owned());
            (name, phone, detail)
        };
        let printed = self.rng.chance(0.97);
        let id = self.ulid(created);
        // A third of the needs handed over were matched with an offer brought in earlier.
        if kind == Kind::Need && status == fulfilled && self.rng.chance(0.33) {
            let offers = &mut self.recent_offers[ci];
            if let Some(offer_id) = offers.pop() {
                let at = created + (updated - created) / 2;
                let match_id = self.ulid(at);
                batch.matches.push(SeedMatch {
                    id: match_id,
                    need_id: id.clone(),
                    offer_id,
                    quantity,
                    proposed_at: at,
                });
            }
        }
        if kind == Kind::Offer && status == fulfilled {
            let offers = &mut self.recent_offers[ci];
            if offers.len() >= 64 {
                offers.remove(0);
            }
            offers.push(id.clone());
        }
        batch.entries.push(SeedEntry {
            id,
            kind,
            category,
            quantity,
            urgency,
            mode,
            language,
            detail,
            name,
            phone,
            status,
            created_at: created,
            updated_at: updated,
            printed,
            picked_up,
        });
    }
}

/// Why a seed could not be made.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("this kiosk is not set up yet: run `aidkiosk init` first")]
    NotSetUp,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Fills `store` (set up) with `entries` made-up entries over the `days` before `now`.
pub fn fill(
    store: &mut Store,
    config: &crate::config::Config,
    entries: u64,
    days: u32,
    seed: u64,
    now: chrono::DateTime<Utc>,
) -> Result<u64, SeedError> {
    fill_with_progress(store, config, entries, days, seed, now, &mut |_, _| {})
}

/// Entries made per batch; progress moves once a batch.
const BATCH: usize = 50_000;

/// [`fill`], telling `progress` (entries made, entries asked for) after each batch. When it
/// hears all of them, what is left is rebuilding the indexes and counts.
pub fn fill_with_progress(
    store: &mut Store,
    config: &crate::config::Config,
    entries: u64,
    days: u32,
    seed: u64,
    now: chrono::DateTime<Utc>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<u64, SeedError> {
    store.site()?.ok_or(SeedError::NotSetUp)?;
    let staff = store.staff()?.into_iter().find(|s| s.active).map(|s| s.id);
    let mut generator = Generator::new(SeedPlan {
        entries,
        days,
        now,
        languages: config.languages.clone(),
        categories: config.categories.clone(),
        entry_ttl_days: config.entry_ttl_days,
        retention_days: config.retention_days,
        services: config.matching.services.clone(),
        seed,
    });
    store.bulk_cache(256)?;
    let mut made = 0u64;
    let mut next = || {
        progress(made, entries);
        let batch = generator.next_batch(BATCH);
        if batch.entries.is_empty() {
            progress(entries, entries);
            return None;
        }
        made += batch.entries.len() as u64;
        Some((batch.entries, batch.matches))
    };
    // Codes from their own stream, so they do not shift the history for a given seed.
    let mut code_rng = Rng::new(seed ^ 0x00C0_DE5E_ED00);
    let mut next_code = || SlipCode::from_random(code_rng.bytes::<5>());
    let total = store.seed(&mut next, staff.as_deref(), &mut next_code);
    store.bulk_cache(0)?;
    let total = total?;
    // Today at the desk, on top of the history.
    let mut day_rng = Rng::new(seed ^ 0x0000_DE5C_DA70);
    day::stage(store, &config.matching.services, now, &mut day_rng)?;
    let mut member_rng = Rng::new(seed ^ 0x0000_3E3B_E125);
    members::stage(store, &config.matching.services, now, &mut member_rng)?;
    store.checkpoint();
    Ok(total)
}
