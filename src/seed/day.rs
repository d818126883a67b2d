//! Today at the desk, on top of the made-up history: stock on the shelves, proposals waiting
//! to be confirmed, goods brought in and set aside, rides and childcare put in touch. Made
//! through the store's own steps, as volunteers make them, so every count, status and audit
//! line is what real use leaves behind (a matched entry always has its match).

use chrono::{DateTime, Duration, Utc};

use super::Rng;
use crate::domain::{Candidate, Category, EntryView, Kind};
use crate::store::{DropOff, Received, Store, StoreError};

/// What the day staged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Day {
    /// Kinds of goods on the shelves.
    pub stocked: u64,
    /// Matches proposed and still waiting for a volunteer to confirm.
    pub proposed: u64,
    /// Matches confirmed (with an offer or with stock).
    pub confirmed: u64,
    /// Goods offers brought in and set aside for their need.
    pub set_aside: u64,
    /// Services whose two people were put in touch.
    pub connected: u64,
}

/// What a pantry's shelves hold.
const ITEMS: &[(Category, &[&str])] = &[
    (
        Category::Food,
        &[
            "Rice 1 kg",
            "Pasta 500 g",
            "Canned beans",
            "Tinned tomatoes",
            "Lentils 1 kg",
            "Oats",
            "Cooking oil 1 l",
            "Peanut butter",
            "Flour 2 kg",
            "Tea",
            "UHT milk",
            "Tinned fish",
        ],
    ),
    (
        Category::Hygiene,
        &[
            "Soap",
            "Toothpaste",
            "Toothbrushes",
            "Shampoo",
            "Sanitary pads",
            "Deodorant",
        ],
    ),
    (
        Category::BabyChild,
        &["Nappies size 3", "Nappies size 4", "Baby wipes", "Formula"],
    ),
    (
        Category::Clothing,
        &[
            "Winter coat, adult",
            "Winter coat, child",
            "Socks",
            "Gloves",
            "Hats",
            "Boots size 42",
        ],
    ),
    (
        Category::Other,
        &["Blankets", "Phone chargers", "Umbrellas"],
    ),
];

/// How many of each step a day holds, at most.
const PROPOSED: usize = 30;
const CONFIRMED: usize = 40;
const FROM_STOCK: usize = 15;
const CONNECTED: usize = 10;

/// Stages today at the desk in `store`, by its first active account, over the hours before
/// `now`.
pub fn stage(
    store: &mut Store,
    services: &[Category],
    now: DateTime<Utc>,
    rng: &mut Rng,
) -> Result<Day, StoreError> {
    let Some(staff) = store.staff()?.into_iter().find(|s| s.active).map(|s| s.id) else {
        return Ok(Day::default());
    };
    let mut day = Day::default();
    let mut minute = 8 * 60i64;
    let mut at = |rng: &mut Rng| {
        minute = (minute - 1 - rng.below(4) as i64).max(1);
        now - Duration::minutes(minute)
    };
    let id = |rng: &mut Rng, what: &str| format!("{what}{:016X}", rng.next_u64());

    // The shelves, as counted this morning.
    for (category, items) in ITEMS {
        for item in *items {
            let quantity = rng.below(40) as i64;
            let drop = DropOff {
                id: &id(rng, "INV"),
                category: *category,
                item,
                quantity: quantity.max(1),
                offer: None,
            };
            if let Received::Stock(_) = store.drop_off(&drop, &staff, services, at(rng))? {
                day.stocked += 1;
            }
        }
    }

    // Open needs, newest first: today's visitors.
    let mut needs = store.open_entries(Kind::Need, Category::ALL, 2_000)?;
    needs.sort_by_key(|e| std::cmp::Reverse(e.created_at));
    let mut confirmed: Vec<EntryView> = Vec::new();
    for need in needs {
        let service = services.contains(&need.category);
        let wanted = if service {
            confirmed
                .iter()
                .filter(|n| services.contains(&n.category))
                .count()
                < CONNECTED * 2
        } else {
            day.confirmed < CONFIRMED as u64 || day.proposed < PROPOSED as u64
        };
        if !wanted {
            continue;
        }
        let candidates = store.candidates(&need, &[], 20)?;
        let stock_first = !service && (day.confirmed as usize) < FROM_STOCK;
        let with = candidates.into_iter().find(|c| match c {
            Candidate::Offer(_) => !stock_first,
            Candidate::Stock(i) => stock_first && i.quantity >= i64::from(need.quantity),
            // The seed makes one site's history: never another site's offer.
            Candidate::Network(_) => false,
        });
        let Some(with) = with else { continue };
        let match_id = id(rng, "M");
        let quantity = i64::from(need.quantity);
        if !store.propose_match(&match_id, &need.id, &with, quantity, &staff, at(rng))? {
            continue;
        }
        // Most are confirmed at once; the rest wait under Proposed matches.
        if day.proposed as usize >= PROPOSED || rng.chance(0.55) {
            if store.confirm_match(&match_id, &staff, services, at(rng))? {
                day.confirmed += 1;
                if let Candidate::Offer(offer) = &with {
                    confirmed.push((**offer).clone());
                }
            }
        } else {
            day.proposed += 1;
        }
    }

    // Of the confirmed offers, some goods were brought in and some services put in touch.
    for offer in confirmed {
        if services.contains(&offer.category) {
            if day.connected < CONNECTED as u64
                && rng.chance(0.5)
                && store
                    .connect(&offer.code, &staff, services, at(rng))?
                    .is_ok()
            {
                day.connected += 1;
            }
        } else if rng.chance(0.5) {
            // What came in, as the volunteer typed it.
            let item = ITEMS
                .iter()
                .find(|(c, _)| *c == offer.category)
                .map(|(_, items)| items[rng.below(items.len() as u64) as usize])
                .unwrap_or("Donated items");
            let drop = DropOff {
                id: &id(rng, "INV"),
                category: offer.category,
                item,
                quantity: i64::from(offer.quantity),
                offer: Some(&offer.code),
            };
            if let Received::SetAside { .. } = store.drop_off(&drop, &staff, services, at(rng))? {
                day.set_aside += 1;
            }
        }
    }
    Ok(day)
}
