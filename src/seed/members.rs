//! Members on top of the made-up history: about one visitor in four takes a card and comes
//! back a few times, and some give or receive hours of help in the time bank.

use chrono::{DateTime, Duration, Utc};

use super::Rng;
use crate::domain::member::{Account, NewTransfer, Quarters};
use crate::domain::{Category, SlipCode, encode_base32};
use crate::store::{NewMember, SeedMember, Store, StoreError};

/// Members made and transfers recorded.
pub fn stage(
    store: &mut Store,
    services: &[Category],
    now: DateTime<Utc>,
    rng: &mut Rng,
) -> Result<(u64, u64), StoreError> {
    let needs = store.seed_needs()?;
    if needs.is_empty() {
        return Ok((0, 0));
    }
    let mut taken = vec![false; needs.len()];
    let mut members: Vec<SeedMember> = Vec::new();
    for (i, (id, lang, quantity, at)) in needs.iter().enumerate() {
        if taken[i] || !rng.chance(0.25) {
            continue;
        }
        taken[i] = true;
        let mut entries = vec![id.clone()];
        let mut last = *at;
        // Comes back 0 to 5 times, to needs made later in the same language.
        let visits = rng.below(6);
        let mut j = i;
        for _ in 0..visits {
            j += 1 + usize::try_from(rng.below(40)).unwrap_or(0);
            match needs.get(j) {
                Some((later, l, _, t)) if !taken[j] && l == lang => {
                    taken[j] = true;
                    entries.push(later.clone());
                    last = *t;
                }
                _ => {}
            }
        }
        members.push(SeedMember {
            member: NewMember {
                id: format!("SM{}", encode_base32(&rng.bytes::<8>())),
                nickname: String::new(),
                language: lang.clone(),
                household: Some((*quantity).clamp(1, 8)),
            },
            card: SlipCode::from_random(rng.bytes::<5>()),
            created_at: *at,
            last_seen_at: last,
            entries,
        });
    }
    // Hours: a member in five gives an hour or two of a service, to another or to the site.
    let services: Vec<Category> = if services.is_empty() {
        vec![Category::Skills]
    } else {
        services.to_vec()
    };
    let mut transfers = Vec::new();
    for (i, m) in members.iter().enumerate() {
        if !rng.chance(0.2) {
            continue;
        }
        for _ in 0..1 + rng.below(3) {
            let receiver = if rng.chance(0.3) {
                Account::Site
            } else {
                let k = usize::try_from(rng.below(members.len() as u64)).unwrap_or(0);
                if k == i {
                    continue;
                }
                Account::Member(members[k].member.id.clone())
            };
            let category = services[usize::try_from(rng.below(services.len() as u64)).unwrap_or(0)];
            let after = m.created_at.max(now - Duration::days(30));
            let span = (now - after).num_minutes().max(1);
            transfers.push(NewTransfer {
                id: format!("ST{}", encode_base32(&rng.bytes::<8>())),
                provider: Account::Member(m.member.id.clone()),
                receiver,
                quarters: Quarters(1 + i64::try_from(rng.below(8)).unwrap_or(0)),
                category,
                need: None,
                offer: None,
                staff_id: None,
                at: after + Duration::minutes(i64::try_from(rng.below(span as u64)).unwrap_or(0)),
            });
        }
    }
    store.seed_members(&members, &transfers)
}
