//! The staff desk: PINs and lockouts that survive restarts, pickups that happen once even with
//! two consoles racing, refused forgeries, matching order, and a volunteer's whole shift by key.

mod common;

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Barrier};

use aidkiosk::app::Screen;
use aidkiosk::app::desk::{Desk, Phase};
use aidkiosk::config::Config;
use aidkiosk::domain::{Candidate, NewEntry, Pickup, Role};
use aidkiosk::domain::{Category, Draft, Kind, SlipCode, Status, Urgency};
use aidkiosk::i18n::I18n;
use aidkiosk::print::FilePrinter;
use aidkiosk::runtime::{self, Env, Kiosk};
use aidkiosk::slip::Signer;
use aidkiosk::store::Store;
use chrono::{Duration, TimeZone, Utc};
use common::Harness;
use crossterm::event::KeyCode;
use proptest::prelude::*;

fn new_entry(id: &str, kind: Kind, category: Category, urgency: Urgency) -> NewEntry {
    NewEntry {
        id: id.into(),
        draft: Draft {
            urgency,
            name: "Ana".into(),
            ..Draft::new(kind, category)
        },
        language: "es".into(),
    }
}

#[test]
fn a_volunteer_shift_from_unlock_to_a_confirmed_match() {
    let mut h = Harness::new();
    use KeyCode::{Char, Enter};
    // A need for food, an offer of food, and a second need for food.
    let need = h.visitor_entry(&[Char('1'), Char('1'), Enter, Enter]);
    let offer = h.visitor_entry(&[Char('2'), Char('1'), Enter, Enter]);
    let waiting = h.visitor_entry(&[Char('1'), Char('1'), Enter, Enter]);
    let sign = common::signer(&h.kiosk.store());

    // F2 on the welcome screen opens the desk, locked: a name and a PIN, no list of names.
    h.press(KeyCode::F(2));
    assert!(h.screen().contains("Type your name"), "{}", h.screen());
    assert!(!h.screen().contains("Maya"), "{}", h.screen());
    h.sign_in("maya", "9999");
    assert!(
        h.screen()
            .contains("That name and PIN do not match. 4 more tries"),
        "{}",
        h.screen()
    );
    h.type_text("2468").press(Enter);
    let screen = h.screen();
    assert!(
        screen.contains("Staff desk · Maya (coordinator)"),
        "{screen}"
    );
    assert!(
        screen.contains(&need.display()) && screen.contains(&offer.display()),
        "{screen}"
    );

    // A scanner types the payload and Enter.
    h.type_text(&sign.payload(&need)).press(Enter);
    assert!(h.screen().contains("Enter: hand it over"), "{}", h.screen());
    h.press(Enter);
    assert!(
        h.screen()
            .contains(&format!("Handed over: {}", need.display())),
        "{}",
        h.screen()
    );
    assert_eq!(
        h.kiosk.store().slip(&need).unwrap().unwrap().status,
        Status::PickedUp
    );
    // Again: refused, saying when and by whom.
    h.type_text(&sign.payload(&need)).press(Enter).press(Enter);
    assert!(
        h.screen().contains("was already handed over"),
        "{}",
        h.screen()
    );
    assert!(h.screen().contains("Maya."), "{}", h.screen());
    // A forged payload: refused and nothing opens.
    let forged = sign.payload(&need).replace(need.as_str(), waiting.as_str());
    h.type_text(&forged).press(Enter);
    assert!(
        h.screen().contains("signature does not match"),
        "{}",
        h.screen()
    );

    // The offerer brings rice: the offer slip (typed) opens, Enter opens the drop-off form.
    h.type_text(offer.as_str()).press(Enter).press(Enter);
    assert!(h.screen().contains("Record a drop-off"), "{}", h.screen());
    h.type_text("Rice")
        .press(KeyCode::Tab)
        .press(KeyCode::Backspace)
        .type_text("5")
        .press(Enter);
    assert!(h.screen().contains("Added 5 × Rice"), "{}", h.screen());
    let stock = h.kiosk.store().inventory().unwrap();
    assert_eq!((stock[0].item.as_str(), stock[0].quantity), ("Rice", 5));
    assert_eq!(
        h.kiosk.store().slip(&offer).unwrap().unwrap().status,
        Status::Received,
        "an offer is brought in, never picked up"
    );

    // Needs to match → Food → the waiting need → stock of rice → propose.
    h.press(KeyCode::Tab);
    assert!(h.screen().contains("Food: 1"), "{}", h.screen());
    h.press(Enter).press(Enter);
    assert!(h.screen().contains("In stock: Rice (5)"), "{}", h.screen());
    h.press(Enter);
    assert!(h.screen().contains("Match proposed"), "{}", h.screen());
    // Proposed matches → confirm.
    h.press(KeyCode::Tab);
    assert!(
        h.screen().contains(&format!("Need {}", waiting.display())),
        "{}",
        h.screen()
    );
    h.press(Enter);
    assert!(h.screen().contains("Match confirmed"), "{}", h.screen());
    assert_eq!(
        h.kiosk.store().slip(&waiting).unwrap().unwrap().status,
        Status::Ready,
        "stock set aside: ready at once"
    );
    assert_eq!(
        h.kiosk.store().inventory().unwrap()[0].quantity,
        4,
        "one set aside"
    );

    // Inventory: hand one out.
    h.press(KeyCode::Tab).press(KeyCode::F(7));
    assert!(
        h.screen().contains("Handed out one Rice. 3 left."),
        "{}",
        h.screen()
    );

    // F10 locks and hands the kiosk back to visitors, who see the need as ready.
    h.press(KeyCode::F(10));
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);
    h.press(Enter)
        .press(Enter)
        .type_text("3")
        .type_text(waiting.as_str())
        .press(Enter);
    assert!(
        h.screen().contains("Ready: please come and pick it up."),
        "{}",
        h.screen()
    );

    let audit = h.audit_actions();
    for action in [
        "unlock_failed",
        "unlock",
        "pickup",
        "scan_refused",
        "dropoff",
        "match_propose",
        "match_confirm",
        "handout",
        "lock",
    ] {
        assert!(audit.iter().any(|a| a == action), "{action} in {audit:?}");
    }
}

#[test]
fn an_idle_desk_on_the_kiosk_returns_to_welcome() {
    let mut h = Harness::new();
    h.press(KeyCode::F(2)).sign_in("Maya", "2468");
    assert!(matches!(
        &h.kiosk.state.screen,
        Screen::Desk(Desk {
            phase: Phase::Open(_),
            ..
        })
    ));
    // The desk has its own timeout (desk_idle_lock_secs, 300 s), not the visitors' 90 s.
    h.wait(90_000 + 15_000);
    assert!(matches!(h.kiosk.state.screen, Screen::Desk(_)));
    h.wait(300_000);
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);
}

/// A clock tests can move.
fn movable_clock(start: chrono::DateTime<Utc>) -> (Arc<AtomicI64>, Env) {
    let ms = Arc::new(AtomicI64::new(start.timestamp_millis()));
    let read = Arc::clone(&ms);
    let mut env = Env::fixed(start, 5);
    env.now = Box::new(move || {
        Utc.timestamp_millis_opt(read.load(Ordering::SeqCst))
            .unwrap()
    });
    (ms, env)
}

fn console(path: &std::path::Path, name: &str, env: Env) -> Kiosk {
    let store = Store::open(path).unwrap();
    let dir = tempfile::tempdir().unwrap().keep();
    Kiosk::new_with(
        Some(name),
        &Config::default(),
        store,
        Arc::new(I18n::embedded()),
        Arc::new(FilePrinter::new(dir)),
        b"pepper".to_vec(),
        env,
        0,
    )
    .unwrap()
}

fn try_pin(k: &mut Kiosk, pin: &str) -> String {
    common::sign_in_on(k, "Sam", pin)
}

#[test]
fn five_wrong_pins_lock_the_name_everywhere_even_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("aidkiosk.db");
    {
        let mut store = Store::open(&path).unwrap();
        runtime::initialise(
            &mut store,
            &mut Env::fixed(common::now(), 1),
            b"pepper",
            "Hall",
            "Sam",
            "2468",
        )
        .unwrap();
    }
    let (clock, env) = movable_clock(common::now());
    let mut k = console(&path, "front-desk", env);
    for left in (1..=4).rev() {
        let screen = try_pin(&mut k, "0000");
        assert!(
            screen.contains(&format!("{left} more tr")) || screen.contains("One more try"),
            "{screen}"
        );
        common::press_on(&mut k, KeyCode::Esc, 1);
    }
    let screen = try_pin(&mut k, "0000");
    assert!(screen.contains("locked until"), "{screen}");
    drop(k);

    // Restart: still locked, even for the right PIN; and on another console too (the lock is
    // the name's, so changing consoles does not reset it).
    let (clock2, env) = movable_clock(common::now() + Duration::minutes(1));
    let mut k = console(&path, "front-desk", env);
    let screen = try_pin(&mut k, "2468");
    assert!(screen.contains("locked until"), "{screen}");
    let (_, env) = movable_clock(common::now() + Duration::minutes(1));
    let mut other = console(&path, "back-office", env);
    let screen = try_pin(&mut other, "2468");
    assert!(screen.contains("locked until"), "{screen}");
    assert!(matches!(
        &k.state.screen,
        Screen::Desk(Desk {
            phase: Phase::Locked(_),
            ..
        })
    ));
    // Five minutes on, the right PIN opens it.
    clock2.store(
        (common::now() + Duration::minutes(6)).timestamp_millis(),
        Ordering::SeqCst,
    );
    common::press_on(&mut k, KeyCode::Esc, 1);
    try_pin(&mut k, "2468");
    assert!(matches!(
        &k.state.screen,
        Screen::Desk(Desk {
            phase: Phase::Open(_),
            ..
        })
    ));
    let audit: Vec<String> = Store::open(&path)
        .unwrap()
        .audit_tail(100)
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect();
    assert!(
        audit.iter().any(|a| a == "unlock_while_locked"),
        "tries while locked are audited too: {audit:?}"
    );
    drop(clock);
}

/// Guessing across names does not pay: ten wrong tries at one console, whatever the names
/// (known or not), lock that console; another console is not locked.
#[test]
fn wrong_pins_across_names_lock_the_console() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("aidkiosk.db");
    drop(common::set_up_at(&path, common::now()));
    let (_, env) = movable_clock(common::now());
    let mut k = console(&path, "hall", env);
    for i in 0..10 {
        common::sign_in_on(&mut k, &format!("nobody{i}"), "0000");
        common::press_on(&mut k, KeyCode::Esc, 1);
    }
    let screen = common::sign_in_on(&mut k, "Maya", "2468");
    assert!(screen.contains("locked until"), "{screen}");
    let (_, env) = movable_clock(common::now());
    let mut other = console(&path, "kitchen", env);
    common::sign_in_on(&mut other, "Maya", "2468");
    assert!(matches!(
        &other.state.screen,
        Screen::Desk(Desk {
            phase: Phase::Open(_),
            ..
        })
    ));
}

#[test]
fn two_consoles_racing_on_one_slip_hand_it_over_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("aidkiosk.db");
    let code = SlipCode::parse("7K3M-Q9PX").unwrap();
    {
        let mut store = Store::open(&path).unwrap();
        runtime::initialise(
            &mut store,
            &mut Env::fixed(common::now(), 1),
            b"p",
            "Hall",
            "Sam",
            "2468",
        )
        .unwrap();
        store
            .add_staff("01JVOL", "Lee", Role::Volunteer, "$x", None, common::now())
            .unwrap();
        store
            .save_entry(
                &new_entry("01JE", Kind::Need, Category::Food, Urgency::Today),
                &mut || code,
                common::now(),
            )
            .unwrap();
    }
    let staff_ids: Vec<String> = Store::open(&path)
        .unwrap()
        .staff()
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    for _round in 0..5 {
        Store::open(&path)
            .unwrap()
            .connection()
            .execute_batch(
                "UPDATE slip SET picked_up_at = NULL, picked_up_by = NULL;
                 UPDATE entry SET status = 'open';",
            )
            .unwrap();
        let barrier = Arc::new(Barrier::new(2));
        let handles: Vec<_> = staff_ids
            .iter()
            .cloned()
            .map(|id| {
                let (path, barrier) = (path.clone(), Arc::clone(&barrier));
                std::thread::spawn(move || {
                    let mut store = Store::open(&path).unwrap();
                    barrier.wait();
                    store
                        .pickup(
                            &code,
                            &id,
                            aidkiosk::domain::lifecycle::SERVICES,
                            common::now(),
                        )
                        .unwrap()
                })
            })
            .collect();
        let outcomes: Vec<Pickup> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        let done = outcomes.iter().filter(|o| **o == Pickup::Done).count();
        let refused = outcomes
            .iter()
            .filter(|o| matches!(o, Pickup::Already { .. }))
            .count();
        assert_eq!((done, refused), (1, 1), "{outcomes:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn any_change_to_a_payload_is_refused(
        edits in proptest::collection::vec((0usize..3, 0usize..64, proptest::char::range('!', '~')), 1..4)
    ) {
        let signer = Signer::new("K3F9Q", b"a site secret of thirty-two byte");
        let code = SlipCode::parse("7K3M-Q9PX").unwrap();
        let original = signer.payload(&code);
        let mut chars: Vec<char> = original.chars().collect();
        for (op, at, c) in edits {
            let at = at % (chars.len() + 1);
            match op {
                0 => chars.insert(at, c),
                1 if !chars.is_empty() => { chars.remove(at.min(chars.len() - 1)); }
                _ if at < chars.len() => chars[at] = c,
                _ => chars.push(c),
            }
        }
        let mutated: String = chars.into_iter().collect();
        prop_assume!(mutated != original);
        prop_assert!(signer.verify(&mutated).is_err(), "accepted {mutated}");
    }
}

#[test]
fn candidates_come_most_urgent_and_oldest_first_with_neighbours_then_stock() {
    let mut store = Store::open_in_memory().unwrap();
    runtime::initialise(
        &mut store,
        &mut Env::fixed(common::now(), 1),
        b"p",
        "Hall",
        "Sam",
        "2468",
    )
    .unwrap();
    let mut n = 0u8;
    let mut add = |store: &mut Store, id: &str, kind, category, urgency, minutes: i64| {
        n += 1;
        let code = SlipCode::from_random([n, 1, 2, 3, 4]);
        store
            .save_entry(
                &new_entry(id, kind, category, urgency),
                &mut || code,
                common::now() + Duration::minutes(minutes),
            )
            .unwrap();
    };
    add(
        &mut store,
        "need",
        Kind::Need,
        Category::BabyChild,
        Urgency::Today,
        0,
    );
    add(
        &mut store,
        "flex-old",
        Kind::Offer,
        Category::BabyChild,
        Urgency::Flexible,
        -300,
    );
    add(
        &mut store,
        "week-new",
        Kind::Offer,
        Category::BabyChild,
        Urgency::Week,
        -10,
    );
    add(
        &mut store,
        "week-old",
        Kind::Offer,
        Category::BabyChild,
        Urgency::Week,
        -100,
    );
    add(
        &mut store,
        "today",
        Kind::Offer,
        Category::BabyChild,
        Urgency::Today,
        -1,
    );
    add(
        &mut store,
        "neighbour",
        Kind::Offer,
        Category::Clothing,
        Urgency::Today,
        -2,
    );
    add(
        &mut store,
        "elsewhere",
        Kind::Offer,
        Category::Food,
        Urgency::Today,
        -500,
    );
    add(
        &mut store,
        "a-need",
        Kind::Need,
        Category::BabyChild,
        Urgency::Today,
        -500,
    );
    let staff = store.staff().unwrap()[0].id.clone();
    let wipes = aidkiosk::store::DropOff {
        id: "stock2",
        category: Category::BabyChild,
        item: "Wipes",
        quantity: 2,
        offer: None,
    };
    store
        .drop_off(
            &wipes,
            &staff,
            aidkiosk::domain::lifecycle::SERVICES,
            common::now(),
        )
        .unwrap();

    let need = store
        .open_entries(Kind::Need, &[Category::BabyChild], 10)
        .unwrap()
        .into_iter()
        .find(|e| e.id == "need")
        .unwrap();
    let order: Vec<String> = store
        .candidates(&need, &[Category::Clothing], 10)
        .unwrap()
        .into_iter()
        .map(|c| match c {
            Candidate::Offer(e) => e.id,
            Candidate::Stock(i) => i.item,
            Candidate::Network(o) => o.entry.id,
        })
        .collect();
    assert_eq!(
        order,
        [
            "neighbour",
            "today",
            "week-old",
            "week-new",
            "flex-old",
            "Wipes"
        ]
    );
    let without: Vec<_> = store.candidates(&need, &[], 10).unwrap();
    assert_eq!(without.len(), 5, "no neighbours: no clothing");
}

#[test]
fn staff_accounts_from_the_command_line() {
    use assert_cmd::Command;
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str], stdin: &str| {
        Command::cargo_bin("aidkiosk")
            .unwrap()
            .env_remove("AIDKIOSK_DATA_DIR")
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap()
    };
    assert!(
        run(
            &["init", "--site", "Hall", "--admin", "Sam", "--pin-stdin"],
            "2468"
        )
        .status
        .success()
    );
    assert!(
        run(&["staff", "add", "--name", "Lee", "--pin-stdin"], "1357")
            .status
            .success()
    );
    let out = run(&["staff", "add", "--name", "Kim", "--pin-stdin"], "12");
    assert!(!out.status.success());
    let list = String::from_utf8(run(&["staff", "list"], "").stdout).unwrap();
    assert!(list.contains("volunteer") && list.contains("Lee"), "{list}");
    assert!(
        list.contains("coordinator") && list.contains("Sam"),
        "{list}"
    );
    assert!(
        run(&["staff", "set-pin", "lee", "--pin-stdin"], "9753")
            .status
            .success()
    );
    assert!(run(&["staff", "disable", "Lee"], "").status.success());
    let list = String::from_utf8(run(&["staff", "list"], "").stdout).unwrap();
    assert!(list.contains("Lee  (disabled)"), "{list}");
    let out = run(&["staff", "disable", "Nobody"], "");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no staff member \"Nobody\""));
}

#[test]
fn the_desk_refreshes_when_the_kiosk_saves_an_entry() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("aidkiosk.db");
    {
        let mut store = Store::open(&path).unwrap();
        runtime::initialise(
            &mut store,
            &mut Env::fixed(Utc::now(), 1),
            b"pepper",
            "Hall",
            "Sam",
            "2468",
        )
        .unwrap();
    }
    let mut desk = console(&path, "front-desk", Env::system());
    try_pin(&mut desk, "2468");
    assert!(matches!(
        &desk.state.screen,
        Screen::Desk(Desk {
            phase: Phase::Open(_),
            ..
        })
    ));
    // The kiosk, another process in real life, saves a need.
    let code = SlipCode::parse("7K3M-Q9PX").unwrap();
    Store::open(&path)
        .unwrap()
        .save_entry(
            &new_entry("01JNEW", Kind::Need, Category::Medical, Urgency::Today),
            &mut || code,
            Utc::now(),
        )
        .unwrap();
    let before = format!(
        "{}",
        common::draw(&desk.state, &desk.i18n, 80, 24).backend()
    );
    assert!(!before.contains("7K3M-Q9PX"), "{before}");
    desk.dispatch(aidkiosk::app::Action::Tick, 2_000);
    desk.settle(std::time::Duration::from_secs(10), 2_000);
    let after = format!(
        "{}",
        common::draw(&desk.state, &desk.i18n, 80, 24).backend()
    );
    assert!(
        after.contains("7K3M-Q9PX") && after.contains("Health"),
        "{after}"
    );
}

#[test]
fn a_coordinator_manages_staff_at_the_desk_and_a_volunteer_cannot() {
    let mut h = Harness::new();
    use KeyCode::{Enter, Esc, F, Tab};
    h.press(F(2)).sign_in("Maya", "2468");
    // The staff tab is the last: Shift+Tab from the first view reaches it.
    h.press(KeyCode::BackTab);
    assert!(h.screen().contains("[Staff]"), "{}", h.screen());
    h.press(F(6))
        .type_text("Lee")
        .press(Tab)
        .press(Tab)
        .type_text("13")
        .press(Enter);
    assert!(
        h.screen().contains("Add a staff member"),
        "a short PIN is not taken: {}",
        h.screen()
    );
    h.type_text("57").press(Enter);
    assert!(h.screen().contains("Added Lee."), "{}", h.screen());
    // Staff are listed by name: Lee, then Maya. Maya cannot disable herself.
    h.press(KeyCode::Down).press(F(7));
    assert!(
        h.screen().contains("That is not possible here."),
        "{}",
        h.screen()
    );
    h.press(F(10));

    // Lee, a volunteer, sees no staff tab.
    h.press(F(2)).sign_in("Lee", "1357");
    assert!(
        h.screen().contains("Staff desk · Lee (volunteer)"),
        "{}",
        h.screen()
    );
    for _ in 0..10 {
        assert!(!h.screen().contains("[Staff]"), "{}", h.screen());
        h.press(Tab);
    }
    assert!(
        h.screen().contains("[Queue]"),
        "ten tabs, round again: {}",
        h.screen()
    );
    h.press(F(10));

    // Maya gives Lee a new PIN, then disables the account.
    h.press(F(2)).sign_in("Maya", "2468");
    h.press(KeyCode::BackTab);
    h.press(F(4)).type_text("9753").press(Enter);
    assert!(
        h.screen().contains("New PIN set for Lee."),
        "{}",
        h.screen()
    );
    h.press(F(7));
    assert!(h.screen().contains("Lee is disabled."), "{}", h.screen());
    assert!(
        h.screen().contains("Lee · volunteer · disabled"),
        "{}",
        h.screen()
    );
    // A second account called "lee" is refused: names are told apart whatever their case.
    h.press(F(6))
        .type_text("lee")
        .press(Tab)
        .press(Tab)
        .type_text("2222")
        .press(Enter);
    assert!(
        h.screen()
            .contains("There is already an account called lee."),
        "{}",
        h.screen()
    );
    h.press(Esc);
    let audit = h.audit_actions();
    for action in ["staff_add", "staff_set_pin", "staff_disable"] {
        assert!(audit.iter().any(|a| a == action), "{action} in {audit:?}");
    }
    h.press(F(10)).press(F(2)).sign_in("Lee", "9753");
    assert!(
        h.screen().contains("That name and PIN do not match."),
        "a disabled account cannot sign in: {}",
        h.screen()
    );
    // Enabled again (F7 on a disabled account), Lee signs in.
    h.press(Esc).press(Esc);
    h.press(F(2)).sign_in("Maya", "2468");
    h.press(KeyCode::BackTab);
    // Active accounts first: Lee, disabled, is now below Maya.
    h.press(KeyCode::Down).press(F(7));
    assert!(
        h.screen().contains("Lee can sign in again."),
        "{}",
        h.screen()
    );
    h.press(F(10)).press(F(2)).sign_in("Lee", "9753");
    assert!(
        h.screen().contains("Staff desk · Lee (volunteer)"),
        "{}",
        h.screen()
    );
    // Lee changes their own PIN: the old one first.
    h.press(F(12))
        .type_text("1111")
        .press(Enter)
        .type_text("4444")
        .press(Enter)
        .type_text("4444")
        .press(Enter);
    assert!(
        h.screen().contains("The old PIN is not right."),
        "{}",
        h.screen()
    );
    h.press(F(12))
        .type_text("9753")
        .press(Enter)
        .type_text("4444")
        .press(Enter)
        .type_text("4444")
        .press(Enter);
    assert!(
        h.screen().contains("New PIN set for Lee."),
        "{}",
        h.screen()
    );
    h.press(F(10)).press(F(2)).sign_in("Lee", "4444");
    assert!(
        h.screen().contains("Staff desk · Lee (volunteer)"),
        "{}",
        h.screen()
    );
}

#[test]
fn a_locked_desk_ignores_scans_and_f10_hands_back_to_visitors() {
    let mut h = Harness::new();
    use KeyCode::{Char, Enter, F};
    let offer = h.visitor_entry(&[Char('2'), Char('1'), Enter, Enter]);
    let payload = common::signer(&h.kiosk.store()).payload(&offer);
    h.press(F(2));
    // A scan before unlocking: not taken for a name, no wrong PIN counted.
    h.type_text(&payload).press(Enter);
    assert!(h.screen().contains("Name: _"), "{}", h.screen());
    assert!(!h.audit_actions().iter().any(|a| a == "unlock_failed"));
    h.press(F(10));
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);

    // An offer slip is dropped off once; a scan while the form is open is a lookup.
    h.press(F(2)).sign_in("Maya", "2468");
    h.type_text(&payload).press(Enter).press(Enter);
    h.type_text(&payload).press(Enter);
    assert!(
        h.screen().contains(&format!("Slip {}", offer.display())),
        "{}",
        h.screen()
    );
    h.press(Enter).type_text("Rice").press(Enter);
    assert!(h.screen().contains("Added 1 × Rice"), "{}", h.screen());
    h.type_text(&payload).press(Enter);
    assert!(
        h.screen().contains("was already handed over"),
        "{}",
        h.screen()
    );
    h.press(Enter);
    assert!(!h.screen().contains("Record a drop-off"), "{}", h.screen());
    assert_eq!(h.kiosk.store().inventory().unwrap()[0].quantity, 1);
    assert!(
        h.kiosk
            .store()
            .inventory()
            .unwrap()
            .iter()
            .all(|i| !i.item.starts_with("AK1."))
    );
}

/// A volunteer posts a gathering at the desk by keys and a visitor sees it in their language;
/// the Gaps tab counts the need that visitor left a moment before.
#[test]
fn a_gathering_posted_at_the_desk_reaches_visitors_and_the_gaps_count_the_day() {
    let mut h = Harness::new();
    use KeyCode::{Enter, Esc, F, Tab};
    // A visitor's need, six keys (Welcome → … → save), then back to Welcome.
    for _ in 0..6 {
        h.press(Enter);
    }
    h.press(Enter);
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);

    h.press(F(2)).sign_in("Maya", "2468");
    for _ in 0..6 {
        h.press(Tab);
    }
    assert!(h.screen().contains("[Gatherings]"), "{}", h.screen());
    assert!(
        h.screen().contains("No gatherings planned."),
        "{}",
        h.screen()
    );
    h.press(F(6));
    assert!(h.screen().contains("Post a gathering"), "{}", h.screen());
    // An end before the start is refused on the form, which stays with what was typed.
    h.type_text("2026-12-05 10:00")
        .press(Tab)
        .type_text("09:00")
        .press(Enter);
    let screen = h.screen();
    assert!(
        screen.contains("The end must be a time after the start"),
        "{screen}"
    );
    assert!(screen.contains("2026-12-05 10:00"), "{screen}");
    for _ in 0..5 {
        h.press(KeyCode::Backspace);
    }
    h.type_text("12:30")
        .press(Tab)
        .type_text("Main hall")
        .press(Tab)
        .type_text("Food distribution")
        .press(Tab)
        .type_text("Reparto de comida")
        .press(Enter);
    let screen = h.screen();
    assert!(screen.contains("Posted: Food distribution."), "{screen}");
    assert!(
        screen.contains("Saturday 2026-12-05, 10:00–12:30 · Food distribution · Main hall"),
        "{screen}"
    );

    // The Gaps tab (after Members): today's need is counted under Food.
    h.press(Tab).press(Tab);
    let screen = h.screen();
    assert!(screen.contains("[Gaps]"), "{screen}");
    assert!(screen.contains("Last 12 weeks"), "{screen}");
    let food = screen
        .lines()
        .find(|l| l.trim_start().starts_with("Food "))
        .unwrap_or_default();
    assert!(
        food.contains("█ ") && food.contains(" 1 / 0 / 0 / 0 "),
        "needs/offers/handed/waiting: {food:?}"
    );

    // A Spanish visitor sees the Spanish title; an Arabic one the staff language's.
    h.press(F(10));
    h.press(Enter)
        .press(KeyCode::Char('2'))
        .press(KeyCode::Char('5'));
    assert!(h.screen().contains("Reparto de comida"), "{}", h.screen());
    h.press(Esc).press(Esc).press(Esc);
    h.press(Enter)
        .press(KeyCode::Char('3'))
        .press(KeyCode::Char('5'));
    assert!(h.screen().contains("Food distribution"), "{}", h.screen());
}
