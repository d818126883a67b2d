//! The time bank's ledger (#15), against a model: any sequence of transfers, reversals and
//! member removals keeps the sum of all legs zero and every balance equal to its legs; a
//! reversal of a reversal, or a second reversal, is refused and changes nothing.

mod common;

use std::collections::BTreeMap;

use aidkiosk::domain::member::{Account, CardCheck, LedgerError, NewTransfer, Quarters};
use aidkiosk::domain::{Category, SlipCode};
use aidkiosk::store::{NewMember, Store, StoreError};
use chrono::Duration;
use proptest::prelude::*;

const MEMBERS: usize = 4;

#[derive(Debug, Clone)]
enum Op {
    /// From account `a` to `b` (index MEMBERS is the site), `q` quarter hours.
    Transfer(usize, usize, i64),
    /// Reverse the `k`-th transfer made so far (modulo how many there are).
    Reverse(usize),
    /// A member not seen for long is removed (only the first, once).
    RemoveFirst,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        5 => (0..=MEMBERS, 0..=MEMBERS, 0i64..100).prop_map(|(a, b, q)| Op::Transfer(a, b, q)),
        3 => (0usize..64).prop_map(Op::Reverse),
        1 => Just(Op::RemoveFirst),
    ]
}

fn site() -> (Store, Vec<String>) {
    let mut store = Store::open_in_memory().unwrap();
    let mut env = aidkiosk::runtime::Env::fixed(common::now(), 3);
    aidkiosk::runtime::initialise(&mut store, &mut env, b"pepper", "Hall", "Maya", "2468").unwrap();
    let mut n = 0u8;
    let ids: Vec<String> = (0..MEMBERS)
        .map(|i| {
            let id = format!("M{i}");
            let mut code = || {
                n += 1;
                SlipCode::from_random([n, 1, 2, 3, 4])
            };
            let member = NewMember {
                id: id.clone(),
                nickname: String::new(),
                language: "en".into(),
                household: Some(3),
            };
            // The first member was last seen long ago; the others keep being seen.
            let at = if i == 0 {
                common::now() - Duration::days(400)
            } else {
                common::now()
            };
            store
                .new_member(&member, &mut code, None, None, at)
                .unwrap();
            id
        })
        .collect();
    (store, ids)
}

fn account(i: usize, ids: &[String]) -> Account {
    ids.get(i)
        .map_or(Account::Site, |id| Account::Member(id.clone()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn legs_always_sum_to_zero_and_balances_to_their_legs(ops in proptest::collection::vec(op(), 1..40)) {
        let (mut store, ids) = site();
        // The model: each transfer's (from, to, quarters, is a reversal, reversed).
        let mut made: Vec<(String, usize, usize, i64, bool, bool)> = Vec::new();
        let mut removed = false;
        // A transfer with the first member is a sign of life: they are kept then.
        let mut first_seen = false;
        let mut n = 0;
        for op in ops {
            let at = common::now() + Duration::minutes(n);
            n += 1;
            match op {
                Op::Transfer(a, b, q) => {
                    let id = format!("T{n}");
                    let t = NewTransfer {
                        id: id.clone(),
                        provider: account(a, &ids),
                        receiver: account(b, &ids),
                        quarters: Quarters(q),
                        category: Category::Skills,
                        need: None,
                        offer: None,
                        staff_id: None,
                        at,
                    };
                    let gone = removed && (a == 0 || b == 0);
                    let result = store.record_transfer(&t);
                    if !(1..=96).contains(&q) {
                        prop_assert!(matches!(result, Err(StoreError::Ledger(LedgerError::Hours))));
                    } else if a == b {
                        prop_assert!(matches!(result, Err(StoreError::Ledger(LedgerError::SameAccount))));
                    } else if gone {
                        prop_assert!(matches!(result, Err(StoreError::Ledger(LedgerError::NoMember))));
                    } else {
                        prop_assert!(result.is_ok(), "{result:?}");
                        first_seen |= a == 0 || b == 0;
                        made.push((id, a, b, q, false, false));
                    }
                }
                Op::Reverse(k) if !made.is_empty() => {
                    let k = k % made.len();
                    let (id, a, b, q, reversal, reversed) = made[k].clone();
                    let new_id = format!("R{n}");
                    let result = store.reverse_transfer(&id, &new_id, None, at);
                    if reversal {
                        prop_assert!(matches!(result, Err(StoreError::Ledger(LedgerError::ReversalOfReversal))));
                    } else if reversed {
                        prop_assert!(matches!(result, Err(StoreError::Ledger(LedgerError::AlreadyReversed))));
                    } else {
                        prop_assert!(result.is_ok(), "{result:?}");
                        made[k].5 = true;
                        first_seen |= (a == 0 || b == 0) && !removed;
                        // A reversal moves the hours back: from b to a (see the model below).
                        made.push((new_id, b, a, q, true, false));
                    }
                }
                Op::Reverse(_) => {}
                Op::RemoveFirst => {
                    let before = common::now() - Duration::days(365);
                    let gone = store.purge_members(before, false, at).unwrap();
                    prop_assert_eq!(gone, u64::from(!removed && !first_seen));
                    removed |= !first_seen;
                }
            }
            // After every step: the ledger is whole, and every balance is the model's.
            prop_assert_eq!(store.ledger_check().unwrap(), (0, 0));
            let mut model: BTreeMap<usize, (i64, i64)> = BTreeMap::new();
            for (_, a, b, q, reversal, _) in &made {
                if *reversal {
                    // A reversal is kept as (its id, original receiver, original giver): it
                    // takes the hours back from the giver's "given" and the receiver's
                    // "received".
                    model.entry(*b).or_default().0 -= q;
                    model.entry(*a).or_default().1 -= q;
                } else {
                    model.entry(*a).or_default().0 += q;
                    model.entry(*b).or_default().1 += q;
                }
            }
            for (i, id) in ids.iter().enumerate() {
                let m = store.member(id).unwrap();
                if i == 0 && removed {
                    prop_assert!(m.is_none());
                    continue;
                }
                let m = m.unwrap();
                let (given, received) = model.get(&i).copied().unwrap_or_default();
                prop_assert_eq!((m.given.0, m.received.0), (given, received), "member {}", i);
                let legs: i64 = store.statement(id, 10_000).unwrap().iter().map(|l| l.quarters.0).sum();
                prop_assert_eq!(m.balance().0, legs);
            }
            let (site_given, site_received) = model.get(&MEMBERS).copied().unwrap_or_default();
            prop_assert_eq!(store.site_hours().unwrap().0, site_given - site_received);
        }
    }
}

#[test]
fn the_ledger_cannot_be_edited_behind_its_back() {
    let (mut store, ids) = site();
    let t = NewTransfer {
        id: "T1".into(),
        provider: Account::Member(ids[1].clone()),
        receiver: Account::Member(ids[2].clone()),
        quarters: Quarters(6),
        category: Category::Skills,
        need: None,
        offer: None,
        staff_id: None,
        at: common::now(),
    };
    store.record_transfer(&t).unwrap();
    let path = tempfile::tempdir().unwrap();
    let file = path.path().join("copy.db");
    store.backup_to(&file).unwrap();
    let conn = rusqlite::Connection::open(&file).unwrap();
    for sql in [
        "UPDATE leg SET quarters = 100",
        "UPDATE transfer SET quarters = 1",
        "DELETE FROM leg",
        "DELETE FROM transfer",
        "UPDATE leg SET account = 'site'",
        // A member still here, or the site, never loses their hours.
        "UPDATE leg SET account = NULL",
        "INSERT INTO leg (transfer_id, account, quarters) VALUES ('T1', 'site', 40)",
    ] {
        let err = conn.execute(sql, []).unwrap_err().to_string();
        assert!(err.contains("never changed"), "{sql}: {err}");
    }
}

#[test]
fn a_lost_card_is_replaced_and_the_old_one_refused_with_the_same_hours() {
    let (mut store, ids) = site();
    let old = store
        .members(10)
        .unwrap()
        .into_iter()
        .find(|m| m.id == ids[1])
        .unwrap();
    let old_code = old.card.unwrap();
    let t = NewTransfer {
        id: "T1".into(),
        provider: Account::Member(ids[1].clone()),
        receiver: Account::Site,
        quarters: Quarters(5),
        category: Category::Companionship,
        need: None,
        offer: None,
        staff_id: None,
        at: common::now(),
    };
    store.record_transfer(&t).unwrap();
    let mut code = || SlipCode::from_random([9, 9, 9, 9, 9]);
    let new_code = store
        .replace_card(&ids[1], &mut code, None, common::now())
        .unwrap();
    assert_ne!(new_code, old_code);
    assert_eq!(store.check_card(&old_code).unwrap(), CardCheck::Revoked);
    match store.check_card(&new_code).unwrap() {
        CardCheck::Valid(m) => {
            assert_eq!(m.id, ids[1]);
            assert_eq!(m.given, Quarters(5));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        store
            .check_card(&SlipCode::from_random([1, 1, 1, 1, 1]))
            .unwrap(),
        CardCheck::NotFound
    );
}
