//! The life of a need, a goods offer and a service offer, through the store as the desk drives
//! it: match, bring in or put in touch, hand over, cancel, undo. After each path the gap
//! report counts what happened in the end, not the steps taken back.

mod common;

use aidkiosk::domain::lifecycle::SERVICES;
use aidkiosk::domain::{
    Candidate, Category, CloseReason, Draft, EntryView, Kind, Mode, NewEntry, Pickup, Role,
    SlipCode, Status,
};
use aidkiosk::runtime::{self, Env};
use aidkiosk::store::{DropOff, Received, Store};
use chrono::{DateTime, Duration, Local, Utc};

struct Site {
    store: Store,
    maya: String,
    lee: String,
    n: u8,
    now: DateTime<Utc>,
}

impl Site {
    fn new() -> Site {
        let mut store = Store::open_in_memory().unwrap();
        let mut env = Env::fixed(common::now(), 7);
        runtime::initialise(&mut store, &mut env, b"p", "Hall", "Maya", "2468").unwrap();
        let maya = store.staff().unwrap()[0].id.clone();
        let hash = aidkiosk::auth::hash_pin("1357", b"p").unwrap();
        store
            .add_staff("LEE", "Lee", Role::Volunteer, &hash, None, common::now())
            .unwrap();
        Site {
            store,
            maya,
            lee: "LEE".into(),
            n: 0,
            now: common::now(),
        }
    }

    /// A minute later than the last step.
    fn tick(&mut self) -> DateTime<Utc> {
        self.now += Duration::minutes(1);
        self.now
    }

    fn entry(&mut self, kind: Kind, category: Category, mode: Mode) -> EntryView {
        self.n += 1;
        let n = self.n;
        let at = self.tick();
        let code = self
            .store
            .save_entry(
                &NewEntry {
                    id: format!("E{n:03}"),
                    draft: Draft {
                        mode,
                        phone: "+1 555 0100".into(),
                        name: format!("Person {n}"),
                        ..Draft::new(kind, category)
                    },
                    language: "en".into(),
                },
                &mut || SlipCode::from_random([n, 9, 9, 9, 9]),
                at,
            )
            .unwrap();
        self.get(&code)
    }

    fn get(&self, code: &SlipCode) -> EntryView {
        self.store.entry_by_code(code).unwrap().unwrap()
    }

    fn status(&self, e: &EntryView) -> Status {
        self.get(&e.code).status
    }

    fn matched(&mut self, id: &str, need: &EntryView, with: Candidate) {
        let at = self.tick();
        let maya = self.maya.clone();
        assert!(
            self.store
                .propose_match(id, &need.id, &with, i64::from(need.quantity), &maya, at)
                .unwrap()
        );
        let at = self.tick();
        assert!(self.store.confirm_match(id, &maya, SERVICES, at).unwrap());
    }

    fn match_id(&self, e: &EntryView) -> String {
        self.get(&e.code).partner.expect("matched").match_id
    }

    /// (needs fulfilled, needs expired, offers fulfilled) today in `category`, from the
    /// report the desk and `aidkiosk report gaps` show.
    fn counts(&self, category: Category) -> (u64, u64, u64) {
        let day = self.now.with_timezone(&Local).date_naive();
        let report = self
            .store
            .gap_report(day, day, Category::ALL, self.now, 7)
            .unwrap();
        let row = report
            .categories
            .iter()
            .find(|c| c.category == category)
            .unwrap();
        let offers: i64 = self
            .store
            .connection()
            .query_row(
                "SELECT coalesce(sum(handed), 0) FROM stat_day
                 WHERE kind = 'offer' AND category = ?1",
                [category.as_str()],
                |r| r.get(0),
            )
            .unwrap();
        (row.fulfilled, row.expired, offers as u64)
    }
}

#[test]
fn a_need_matched_with_a_goods_offer_waits_for_it_then_is_handed_over() {
    let mut s = Site::new();
    let need = s.entry(Kind::Need, Category::Clothing, Mode::Pickup);
    let offer = s.entry(Kind::Offer, Category::Clothing, Mode::Pickup);
    s.matched("M1", &need, Candidate::Offer(Box::new(offer.clone())));
    assert_eq!(
        (s.status(&need), s.status(&offer)),
        (Status::Matched, Status::Matched)
    );
    // The panel says what each is matched with.
    let partner = s.get(&need.code).partner.unwrap();
    assert_eq!(partner.code, Some(offer.code));

    // The coat is brought in: set aside for the need, never free stock.
    let (maya, lee) = (s.maya.clone(), s.lee.clone());
    let at = s.tick();
    let got = s
        .store
        .drop_off(
            &DropOff {
                id: "INV1",
                category: Category::Clothing,
                item: "Winter coat",
                quantity: 1,
                offer: Some(&offer.code),
            },
            &lee,
            SERVICES,
            at,
        )
        .unwrap();
    assert_eq!(
        got,
        Received::SetAside {
            for_need: need.code
        }
    );
    assert_eq!(
        (s.status(&need), s.status(&offer)),
        (Status::Ready, Status::Received)
    );
    assert!(
        s.store.inventory().unwrap().is_empty(),
        "not on the open shelf"
    );
    assert_eq!(s.counts(Category::Clothing), (0, 0, 1), "the offer is met");

    // Brought in by mistake (wrong slip): Lee takes it back; the need waits again.
    let at = s.tick();
    assert_eq!(
        s.store.undo(&offer.code, &lee, false, at).unwrap(),
        Pickup::Done
    );
    assert_eq!(
        (s.status(&need), s.status(&offer)),
        (Status::Matched, Status::Matched)
    );
    assert_eq!(s.counts(Category::Clothing), (0, 0, 0), "counted off again");
    let at = s.tick();
    s.store
        .drop_off(
            &DropOff {
                id: "INV2",
                category: Category::Clothing,
                item: "Winter coat",
                quantity: 1,
                offer: Some(&offer.code),
            },
            &lee,
            SERVICES,
            at,
        )
        .unwrap();

    // Handed over: the need is met and its offer is done.
    let at = s.tick();
    assert_eq!(
        s.store.pickup(&need.code, &lee, SERVICES, at).unwrap(),
        Pickup::Done
    );
    assert_eq!(
        (s.status(&need), s.status(&offer)),
        (Status::PickedUp, Status::Done)
    );
    assert_eq!(s.counts(Category::Clothing), (1, 0, 1));
    // Its match can no longer be cancelled: the coat would be handed over and on the shelf.
    let id = s.match_id(&need);
    let at = s.tick();
    assert!(!s.store.cancel_match(&id, &maya, SERVICES, at).unwrap());
    assert!(s.store.inventory().unwrap().is_empty());
    assert_eq!(s.status(&need), Status::PickedUp);
    // A second scan says when and by whom, and changes nothing.
    let at = s.tick();
    assert!(matches!(
        s.store.pickup(&need.code, &maya, SERVICES, at).unwrap(),
        Pickup::Already { ref by, .. } if by == "Lee"
    ));
    // An offer is never handed over.
    let at = s.tick();
    assert!(matches!(
        s.store.pickup(&offer.code, &maya, SERVICES, at).unwrap(),
        Pickup::Already { .. } | Pickup::NotNow(_)
    ));

    // Undo of someone else's hand-over needs a coordinator; Maya is one.
    let other = s.entry(Kind::Need, Category::Food, Mode::Pickup);
    let at = s.tick();
    s.store.pickup(&other.code, &maya, SERVICES, at).unwrap();
    let at = s.tick();
    assert_eq!(
        s.store.undo(&other.code, &lee, false, at).unwrap(),
        Pickup::NotYours
    );
    let at = s.tick();
    assert_eq!(
        s.store.undo(&other.code, &maya, true, at).unwrap(),
        Pickup::Done
    );
    assert_eq!(s.status(&other), Status::Open);
    assert_eq!(s.counts(Category::Food), (0, 0, 0));
    // Not the next day.
    let at = s.tick();
    s.store.pickup(&other.code, &maya, SERVICES, at).unwrap();
    s.now += Duration::days(1);
    let at = s.tick();
    assert_eq!(
        s.store.undo(&other.code, &maya, true, at).unwrap(),
        Pickup::TooLate
    );
}

#[test]
fn cancelling_a_match_frees_both_sides_and_goods_brought_in_become_stock() {
    let mut s = Site::new();
    let maya = s.maya.clone();
    let need = s.entry(Kind::Need, Category::BabyChild, Mode::Delivery);
    let offer = s.entry(Kind::Offer, Category::BabyChild, Mode::Pickup);
    s.matched("M1", &need, Candidate::Offer(Box::new(offer.clone())));
    let at = s.tick();
    s.store
        .drop_off(
            &DropOff {
                id: "INV1",
                category: Category::BabyChild,
                item: "Nappies size 3",
                quantity: 2,
                offer: Some(&offer.code),
            },
            &maya,
            SERVICES,
            at,
        )
        .unwrap();
    assert_eq!(s.status(&need), Status::Ready);
    // The family no longer needs them: the match goes, the nappies go on the shelf for
    // anyone, and the offer stays met.
    let id = s.match_id(&need);
    let at = s.tick();
    assert!(s.store.cancel_match(&id, &maya, SERVICES, at).unwrap());
    assert_eq!(
        (s.status(&need), s.status(&offer)),
        (Status::Open, Status::Received)
    );
    let shelf = s.store.inventory().unwrap();
    assert_eq!(
        shelf
            .iter()
            .map(|i| (i.item.as_str(), i.quantity))
            .collect::<Vec<_>>(),
        [("Nappies size 3", 2)]
    );
    let at = s.tick();
    assert_eq!(
        s.store
            .close(&need.code, CloseReason::NotNeeded, &maya, SERVICES, at)
            .unwrap(),
        Pickup::Done
    );
    assert_eq!(
        s.get(&need.code).closed_reason,
        Some(CloseReason::NotNeeded)
    );
    assert_eq!(
        s.counts(Category::BabyChild),
        (0, 0, 1),
        "closed as not needed is not unmet demand"
    );
    // A closed entry stays closed.
    let at = s.tick();
    assert!(matches!(
        s.store.pickup(&need.code, &maya, SERVICES, at).unwrap(),
        Pickup::NotNow(Status::Closed)
    ));

    // A need matched with stock: the stock is set aside at once and comes back on cancel.
    let need = s.entry(Kind::Need, Category::BabyChild, Mode::Pickup);
    let item = s.store.inventory().unwrap()[0].clone();
    s.matched("M2", &need, Candidate::Stock(item));
    assert_eq!(s.status(&need), Status::Ready);
    assert_eq!(s.store.inventory().unwrap()[0].quantity, 1);
    let id = s.match_id(&need);
    let at = s.tick();
    assert!(s.store.cancel_match(&id, &maya, SERVICES, at).unwrap());
    assert_eq!(s.store.inventory().unwrap()[0].quantity, 2);
    assert_eq!(s.status(&need), Status::Open);

    // One open proposal per need and per offer.
    let offer = s.entry(Kind::Offer, Category::BabyChild, Mode::Pickup);
    let other = s.entry(Kind::Offer, Category::BabyChild, Mode::Pickup);
    let at = s.tick();
    let with = |o: &EntryView| Candidate::Offer(Box::new(o.clone()));
    assert!(
        s.store
            .propose_match("P1", &need.id, &with(&offer), 1, &maya, at)
            .unwrap()
    );
    assert!(
        !s.store
            .propose_match("P2", &need.id, &with(&other), 1, &maya, at)
            .unwrap()
    );
    let third = s.entry(Kind::Need, Category::BabyChild, Mode::Pickup);
    let at = s.tick();
    assert!(
        !s.store
            .propose_match("P3", &third.id, &with(&offer), 1, &maya, at)
            .unwrap()
    );
    assert_eq!(s.store.proposed_matches().unwrap().len(), 1);
}

#[test]
fn a_ride_is_matched_and_connected_then_done_and_never_stock() {
    let mut s = Site::new();
    let (maya, lee) = (s.maya.clone(), s.lee.clone());
    let need = s.entry(Kind::Need, Category::Transport, Mode::Call);
    let offer = s.entry(Kind::Offer, Category::Transport, Mode::Call);
    s.matched("R1", &need, Candidate::Offer(Box::new(offer.clone())));
    // A ride cannot be brought in or handed over.
    let at = s.tick();
    let refused = s
        .store
        .drop_off(
            &DropOff {
                id: "INV1",
                category: Category::Transport,
                item: "Ride to clinic",
                quantity: 1,
                offer: Some(&offer.code),
            },
            &maya,
            SERVICES,
            at,
        )
        .unwrap();
    assert!(
        matches!(refused, Received::Refused(Pickup::NotNow(_))),
        "{refused:?}"
    );
    assert!(s.store.inventory().unwrap().is_empty(), "never inventory");
    let at = s.tick();
    assert!(matches!(
        s.store.pickup(&need.code, &maya, SERVICES, at).unwrap(),
        Pickup::NotNow(_)
    ));

    // Put in touch: staff see both contacts; the audit log says who did it.
    let at = s.tick();
    let c = s
        .store
        .connect(&need.code, &lee, SERVICES, at)
        .unwrap()
        .unwrap();
    assert_eq!((c.need.code, c.offer.code), (need.code, offer.code));
    assert_eq!(c.offer.phone, "+1 555 0100");
    assert_eq!(
        (s.status(&need), s.status(&offer)),
        (Status::Connected, Status::Connected)
    );
    assert_eq!(
        s.counts(Category::Transport),
        (1, 0, 1),
        "met once put in touch"
    );
    let audit: Vec<String> = s
        .store
        .audit_tail(5)
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect();
    assert!(audit.iter().any(|a| a == "connect"), "{audit:?}");

    // Undone by mistake, connected again, then marked done: counted once.
    let at = s.tick();
    assert_eq!(
        s.store.undo(&need.code, &lee, false, at).unwrap(),
        Pickup::Done
    );
    assert_eq!(s.status(&need), Status::Matched);
    assert_eq!(s.counts(Category::Transport), (0, 0, 0));
    let at = s.tick();
    s.store
        .connect(&offer.code, &lee, SERVICES, at)
        .unwrap()
        .unwrap();
    let at = s.tick();
    assert_eq!(
        s.store.finish(&need.code, &lee, SERVICES, at).unwrap(),
        Pickup::Done
    );
    assert_eq!(s.status(&need), Status::Done);
    assert_eq!(s.counts(Category::Transport), (1, 0, 1));
}

#[test]
fn an_offer_of_goods_alone_is_brought_in_to_stock_and_counted() {
    let mut s = Site::new();
    let maya = s.maya.clone();
    let offer = s.entry(Kind::Offer, Category::Food, Mode::Pickup);
    let at = s.tick();
    let got = s
        .store
        .drop_off(
            &DropOff {
                id: "INV1",
                category: Category::Food,
                item: "Rice 1 kg",
                quantity: 6,
                offer: Some(&offer.code),
            },
            &maya,
            SERVICES,
            at,
        )
        .unwrap();
    assert!(
        matches!(got, Received::Stock(ref i) if i.quantity == 6),
        "{got:?}"
    );
    assert_eq!(s.status(&offer), Status::Received);
    assert_eq!(s.counts(Category::Food), (0, 0, 1));
    // Scanned again: "already brought in", nothing added.
    let at = s.tick();
    let again = s
        .store
        .drop_off(
            &DropOff {
                id: "INV2",
                category: Category::Food,
                item: "Rice 1 kg",
                quantity: 6,
                offer: Some(&offer.code),
            },
            &maya,
            SERVICES,
            at,
        )
        .unwrap();
    assert!(
        matches!(again, Received::Refused(Pickup::Already { .. })),
        "{again:?}"
    );
    assert_eq!(s.store.inventory().unwrap()[0].quantity, 6);
    // Undo takes the rice back out of stock.
    let at = s.tick();
    assert_eq!(
        s.store.undo(&offer.code, &maya, true, at).unwrap(),
        Pickup::Done
    );
    assert_eq!(s.store.inventory().unwrap()[0].quantity, 0);
    assert_eq!(s.status(&offer), Status::Open);
    assert_eq!(s.counts(Category::Food), (0, 0, 0));
    // A count typed at the shelf corrects it, in the stock log.
    let id = s.store.inventory().unwrap()[0].id.clone();
    let at = s.tick();
    let item = s.store.set_stock(&id, 4, &maya, at).unwrap().unwrap();
    assert_eq!(item.quantity, 4);
}
