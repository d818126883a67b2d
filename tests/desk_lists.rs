//! Every desk list on a seeded pantry (2,000 entries over 60 days, today's stock, proposals,
//! goods set aside and rides put in touch; 30 volunteers; 40 gatherings), walked the way a
//! volunteer with a queue walks it: ↓ to the last row and back, End, Home, PgDn, PgUp, at
//! 80×24 and 200×60. After every key exactly one row is drawn highlighted, on screen; and what
//! Enter or an F-key then acts on is that row, read off the TestBackend's buffer.

mod common;

use aidkiosk::app::Screen;
use aidkiosk::app::desk::{Overlay, Phase, Session, Tab};
use aidkiosk::config::Config;
use aidkiosk::domain::{NewEvent, Role, SlipCode, Status};
use aidkiosk::runtime::Kiosk;
use aidkiosk::runtime::{self, Env};
use aidkiosk::store::Store;
use chrono::{Duration, Local};
use common::Harness;
use crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

fn pantry() -> Harness {
    pantry_of(2_000)
}

fn pantry_of(entries: u64) -> Harness {
    let mut store = Store::open_in_memory().unwrap();
    let mut env = Env::fixed(common::now(), 7);
    runtime::initialise(
        &mut store,
        &mut env,
        b"pepper",
        "Eastside Pantry",
        "Maya",
        "2468",
    )
    .unwrap();
    let hash = aidkiosk::auth::hash_pin("1357", b"pepper").unwrap();
    for n in 0..30 {
        let role = if n % 7 == 0 {
            Role::Coordinator
        } else {
            Role::Volunteer
        };
        store
            .add_staff(
                &format!("S{n:02}"),
                &format!("Volunteer {n:02}"),
                role,
                &hash,
                None,
                common::now(),
            )
            .unwrap();
    }
    let today = common::now().with_timezone(&Local).naive_local();
    for n in 0..40 {
        let starts = today + Duration::days(1 + n) + Duration::hours(2);
        store
            .add_event(
                &NewEvent {
                    id: format!("EV{n:02}"),
                    starts,
                    ends: starts + Duration::hours(2),
                    place: "Hall".into(),
                    titles: vec![("en".into(), format!("Distribution day {n:02}"))],
                },
                None,
                common::now(),
            )
            .unwrap();
    }
    aidkiosk::seed::fill(
        &mut store,
        &Config::default(),
        entries,
        60,
        11,
        common::now(),
    )
    .unwrap();
    let mut h = Harness::on(store);
    h.press(KeyCode::F(2)).sign_in("Maya", "2468");
    assert!(session(&h.kiosk).is_some(), "{}", h.screen());
    h
}

fn session(k: &Kiosk) -> Option<&Session> {
    match &k.state.screen {
        Screen::Desk(d) => match &d.phase {
            Phase::Open(s) => Some(s),
            Phase::Locked(_) => None,
        },
        _ => None,
    }
}

fn open(h: &Harness) -> &Session {
    session(&h.kiosk).expect("the desk is open")
}

/// Where the selection is, and how long its list is: the overlay's list if one is up.
fn position(s: &Session) -> (usize, usize) {
    match &s.overlay {
        None => (s.cursor, aidkiosk::app::desk::list_len(s)),
        Some(Overlay::NeedList { needs, cursor, .. }) => (*cursor, needs.len()),
        Some(Overlay::Candidates { list, cursor, .. }) => (*cursor, list.len()),
        Some(Overlay::Found { list, cursor, .. }) => (*cursor, list.len()),
        Some(other) => panic!("not a list: {other:?}"),
    }
}

/// The row drawn highlighted at `w`×`ht`: exactly one row carries the marker, and it is drawn
/// in the selection style (not by the marker alone).
fn highlighted(h: &Harness, w: u16, ht: u16) -> String {
    let terminal = common::draw(&h.kiosk.state, &h.kiosk.i18n, w, ht);
    let buffer = terminal.backend().buffer();
    let mut marked = Vec::new();
    for y in 0..ht {
        let line: String = (0..w).map(|x| buffer[(x, y)].symbol()).collect();
        if line.trim_start().starts_with("> ") {
            let x = (line.len() - line.trim_start().len()) as u16;
            marked.push((x, y, line));
        }
    }
    assert_eq!(
        marked.len(),
        1,
        "one highlighted row at {w}×{ht}:\n{}",
        h.screen()
    );
    let (x, y, line) = marked.remove(0);
    let cell = &buffer[(x + 2, y)];
    assert!(
        cell.bg != Color::Reset || cell.modifier.contains(Modifier::REVERSED),
        "the marked row is drawn selected at {w}×{ht}: {line}"
    );
    line
}

/// The slip code in a row ("7K3M-Q9PX", as rows show it), if it shows one.
fn code_in(row: &str) -> Option<SlipCode> {
    row.split_whitespace().find_map(|t| {
        let t = t.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        (t.len() == 9 && t.as_bytes()[4] == b'-')
            .then(|| SlipCode::parse(t).ok())
            .flatten()
    })
}

fn press(h: &mut Harness, key: KeyCode) {
    h.press(key);
}

/// Walks the list on screen: ↓ to the last row and back with ↑, then End, Home, PgDn, PgUp;
/// after each key the selection is where the key put it, inside its list, and `check` agrees
/// the highlighted row (at each size) is the selected item. Returns the list's length.
fn walk(h: &mut Harness, check: &dyn Fn(&Harness, usize, &str)) -> usize {
    let (start, len) = position(open(h));
    assert!(len > 0, "an empty list to walk:\n{}", h.screen());
    assert_eq!(start, 0, "a list opens on its first row");
    let look = |h: &Harness, expect: usize| {
        let (at, n) = position(open(h));
        assert_eq!((at, n), (expect, len), "selection after a key");
        for (w, ht) in SIZES {
            check(h, at, &highlighted(h, w, ht));
        }
    };
    look(h, 0);
    for i in 1..len {
        press(h, KeyCode::Down);
        look(h, i);
    }
    press(h, KeyCode::Down);
    look(h, len - 1);
    for i in (0..len - 1).rev() {
        press(h, KeyCode::Up);
        look(h, i);
    }
    press(h, KeyCode::Up);
    look(h, 0);
    press(h, KeyCode::End);
    look(h, len - 1);
    press(h, KeyCode::Home);
    look(h, 0);
    press(h, KeyCode::PageDown);
    look(h, 10.min(len - 1));
    press(h, KeyCode::PageUp);
    look(h, 0);
    len
}

/// Moves the selection to `to` (from the top).
fn go(h: &mut Harness, to: usize) {
    press(h, KeyCode::Home);
    for _ in 0..to {
        press(h, KeyCode::Down);
    }
}

/// Entry rows: the highlighted row shows the selected entry's code.
fn entry_check(codes: fn(&Session) -> Vec<SlipCode>) -> impl Fn(&Harness, usize, &str) {
    move |h, at, row| {
        let want = codes(open(h))[at];
        assert_eq!(code_in(row), Some(want), "highlighted row: {row}");
    }
}

/// Enter on the highlighted entry row opens that entry.
fn enter_opens_the_highlighted(h: &mut Harness) {
    for (w, ht) in SIZES {
        let row = highlighted(h, w, ht);
        let shown = code_in(&row).expect("a code in the row");
        press(h, KeyCode::Enter);
        match &open(h).overlay {
            Some(Overlay::Entry(p)) => assert_eq!(p.entry.code, shown, "{row}"),
            other => panic!("Enter opened {other:?}"),
        }
        press(h, KeyCode::Esc);
    }
}

fn tab(h: &mut Harness, want: Tab) {
    for _ in 0..12 {
        if open(h).tab == want && open(h).overlay.is_none() {
            return;
        }
        press(h, KeyCode::Tab);
    }
    panic!("no {want:?} tab");
}

#[test]
fn the_queue_scrolls_to_its_last_row_and_enter_opens_the_row_drawn() {
    let mut h = pantry();
    let len = walk(
        &mut h,
        &entry_check(|s| s.data.queue.iter().map(|e| e.code).collect()),
    );
    assert!(len > 300, "a real day's queue: {len}");
    for at in [0, len / 2, len - 1] {
        go(&mut h, at);
        enter_opens_the_highlighted(&mut h);
    }
    // Every view of the queue is a list too; F5 moves between them.
    let mut seen = Vec::new();
    for _ in 0..7 {
        press(&mut h, KeyCode::F(5));
        let s = open(&h);
        seen.push((s.data.filter.view, s.data.queue.len()));
        if !s.data.queue.is_empty() {
            press(&mut h, KeyCode::End);
            enter_opens_the_highlighted(&mut h);
            press(&mut h, KeyCode::Home);
        }
    }
    assert!(
        seen.iter().filter(|(_, n)| *n > 0).count() >= 5,
        "the seeded day fills most views: {seen:?}"
    );
}

#[test]
fn needs_to_match_then_a_category_then_candidates_each_act_on_the_row_drawn() {
    let mut h = pantry();
    tab(&mut h, Tab::Needs);
    walk(&mut h, &|h, at, row| {
        let (category, count) = open(h).data.needs[at];
        let name = h.kiosk.i18n.text("en", category.msg_id());
        assert!(
            row.contains(&name) && row.contains(&count.to_string()),
            "{row}"
        );
    });
    // The first category (most needs): Enter lists its needs.
    let (category, count) = open(&h).data.needs[0];
    press(&mut h, KeyCode::Enter);
    match &open(&h).overlay {
        Some(Overlay::NeedList {
            category: c, needs, ..
        }) => {
            assert_eq!(*c, category);
            // The count on the tab is the list a volunteer gets (a proposal waiting is not
            // a need to match).
            assert_eq!(needs.len() as i64, count);
        }
        other => panic!("{other:?}"),
    }
    fn needs(s: &Session) -> Vec<SlipCode> {
        match &s.overlay {
            Some(Overlay::NeedList { needs, .. }) => needs.iter().map(|e| e.code).collect(),
            _ => Vec::new(),
        }
    }
    let len = walk(&mut h, &entry_check(needs));
    assert!(len > 20, "{len} open needs in the biggest category");
    // Enter on the last need shows what could meet it.
    press(&mut h, KeyCode::End);
    let row = highlighted(&h, 80, 24);
    press(&mut h, KeyCode::Enter);
    let (need, candidates) = match &open(&h).overlay {
        Some(Overlay::Candidates { need, list, .. }) => (need.clone(), list.clone()),
        other => panic!("{other:?}"),
    };
    assert_eq!(code_in(&row), Some(need.code));
    assert_eq!(need.status, Status::Open);
    assert!(
        !candidates.is_empty(),
        "the seeded day has offers and stock"
    );
    walk(&mut h, &|h, at, row| {
        let Some(Overlay::Candidates { list, .. }) = &open(h).overlay else {
            panic!()
        };
        match &list[at] {
            aidkiosk::domain::Candidate::Offer(o) => {
                assert_eq!(code_in(row), Some(o.code), "{row}")
            }
            aidkiosk::domain::Candidate::Stock(i) => assert!(row.contains(&i.item), "{row}"),
            aidkiosk::domain::Candidate::Network(o) => {
                panic!("a site on its own has no network offers: {o:?}")
            }
        }
    });
    // Esc goes back to the need list where it was, and Enter comes back here.
    press(&mut h, KeyCode::Esc);
    match &open(&h).overlay {
        Some(Overlay::NeedList { needs, cursor, .. }) => assert_eq!(*cursor, needs.len() - 1),
        other => panic!("Esc went to {other:?}"),
    }
    press(&mut h, KeyCode::Enter);
    // Enter on the last candidate proposes exactly that one.
    press(&mut h, KeyCode::End);
    let row = highlighted(&h, 200, 60);
    let chosen = candidates.last().unwrap().clone();
    press(&mut h, KeyCode::Enter);
    let proposed = h.kiosk.store().proposed_matches().unwrap();
    let m = proposed
        .iter()
        .find(|m| m.need.code == need.code)
        .expect("proposed");
    match chosen {
        aidkiosk::domain::Candidate::Offer(o) => {
            assert_eq!(m.offer.as_ref().map(|x| x.code), Some(o.code));
            assert_eq!(code_in(&row), Some(o.code));
        }
        aidkiosk::domain::Candidate::Stock(i) => {
            assert_eq!(
                m.stock.as_ref().map(|x| x.item.clone()),
                Some(i.item.clone())
            );
            assert!(row.contains(&i.item));
        }
        aidkiosk::domain::Candidate::Network(o) => {
            panic!("a site on its own has no network offers: {o:?}")
        }
    }
}

#[test]
fn proposed_matches_inventory_and_staff_act_on_the_row_drawn() {
    let mut h = pantry();
    // Proposed matches: Enter confirms the highlighted one.
    tab(&mut h, Tab::Matches);
    let len = walk(&mut h, &|h, at, row| {
        let m = &open(h).data.matches[at];
        assert!(row.contains(&m.need.code.display()), "{row}");
    });
    assert!(len >= 20, "{len} proposals");
    go(&mut h, len / 2);
    let row = highlighted(&h, 80, 24);
    let need = open(&h).data.matches[len / 2].need.code;
    assert!(row.contains(&need.display()));
    press(&mut h, KeyCode::Enter);
    let status = h
        .kiosk
        .store()
        .entry_by_code(&need)
        .unwrap()
        .unwrap()
        .status;
    assert!(
        matches!(status, Status::Matched | Status::Ready),
        "{need:?} confirmed: {status:?}"
    );
    assert!(
        open(&h).data.matches.iter().all(|m| m.need.code != need),
        "and gone from the proposals"
    );
    // A proposal whose stock ran out says so, and what to do, rather than "one side changed".
    let item = open(&h)
        .data
        .matches
        .iter()
        .find_map(|m| m.stock.clone())
        .expect("the seeded day proposes stock");
    // Someone else handed the last of it out meanwhile.
    let maya = h.kiosk.store().staff().unwrap()[0].id.clone();
    h.kiosk
        .store()
        .set_stock(&item.id, 0, &maya, common::now())
        .unwrap();
    press(&mut h, KeyCode::Tab);
    press(&mut h, KeyCode::BackTab);
    let short = open(&h)
        .data
        .matches
        .iter()
        .position(|m| m.stock.as_ref().is_some_and(|i| i.id == item.id))
        .unwrap();
    go(&mut h, short);
    press(&mut h, KeyCode::Enter);
    let screen = h.screen();
    assert!(
        screen.contains("in stock,") && screen.contains("count the shelf"),
        "{screen}"
    );

    // Inventory: Enter asks for the count of the highlighted item.
    tab(&mut h, Tab::Inventory);
    walk(&mut h, &|h, at, row| {
        assert!(row.contains(&open(h).data.inventory[at].item), "{row}");
    });
    press(&mut h, KeyCode::End);
    let item = open(&h).data.inventory.last().unwrap().item.clone();
    assert!(highlighted(&h, 200, 60).contains(&item));
    press(&mut h, KeyCode::Enter);
    assert!(
        h.screen()
            .contains(&format!("How many {item} are on the shelf?")),
        "{}",
        h.screen()
    );
    press(&mut h, KeyCode::Esc);

    // Staff: F4 gives the highlighted account a new PIN.
    tab(&mut h, Tab::Staff);
    let len = walk(&mut h, &|h, at, row| {
        assert!(row.contains(&open(h).data.staff[at].name), "{row}");
    });
    assert!(len >= 31);
    go(&mut h, len - 3);
    let name = open(&h).data.staff[len - 3].name.clone();
    assert!(highlighted(&h, 80, 24).contains(&name));
    press(&mut h, KeyCode::F(4));
    assert!(h.screen().contains(&name), "{}", h.screen());
    match &open(&h).overlay {
        Some(Overlay::StaffForm(f)) => assert_eq!(f.name.text(), name),
        other => panic!("{other:?}"),
    }
    // F7 disables the highlighted account; it sorts last, and the selection goes with it, so
    // F7 again enables the same person (not whoever moved up into its row).
    press(&mut h, KeyCode::Esc);
    go(&mut h, 3);
    let who = open(&h).data.staff[3].clone();
    assert!(who.active && who.name != "Maya");
    press(&mut h, KeyCode::F(7));
    let s = open(&h);
    assert_eq!(s.data.staff[s.cursor].id, who.id, "still on {}", who.name);
    assert!(!s.data.staff[s.cursor].active);
    assert!(highlighted(&h, 80, 24).contains(&who.name));
    press(&mut h, KeyCode::F(7));
    let s = open(&h);
    assert_eq!(s.data.staff[s.cursor].id, who.id);
    assert!(s.data.staff[s.cursor].active, "enabled again");
}

#[test]
fn calls_gatherings_unprinted_and_search_act_on_the_row_drawn() {
    let mut h = pantry();
    // To call / deliver: the phone of the selected entry is on the highlighted row.
    tab(&mut h, Tab::Calls);
    let len = walk(&mut h, &|h, at, row| {
        let e = &open(h).data.calls[at];
        assert!(row.contains(&e.phone), "{row}");
        if row.len() > 150 {
            assert_eq!(
                code_in(row),
                Some(e.code),
                "the wide row shows the code: {row}"
            );
        }
    });
    assert!(len > 20, "{len} to call or deliver");
    go(&mut h, len - 1);
    let want = open(&h).data.calls[len - 1].code;
    press(&mut h, KeyCode::Enter);
    match &open(&h).overlay {
        Some(Overlay::Entry(p)) => assert_eq!(p.entry.code, want),
        other => panic!("{other:?}"),
    }
    press(&mut h, KeyCode::Esc);

    // Gatherings: F7 takes down the highlighted one.
    tab(&mut h, Tab::Events);
    let len = walk(&mut h, &|h, at, row| {
        let title = open(h).data.events[at].info("en", "en").title;
        assert!(row.contains(&title), "{row}");
    });
    assert_eq!(len, 40);
    go(&mut h, 25);
    let title = open(&h).data.events[25].info("en", "en").title;
    assert!(highlighted(&h, 80, 24).contains(&title));
    press(&mut h, KeyCode::F(7));
    let left: Vec<String> = h
        .kiosk
        .store()
        .all_events()
        .unwrap()
        .iter()
        .map(|e| e.info("en", "en").title)
        .collect();
    assert_eq!(left.len(), 39);
    assert!(!left.contains(&title), "{title} taken down");

    // Slips that never printed: Enter prints the highlighted one again.
    tab(&mut h, Tab::Printing);
    let len = walk(
        &mut h,
        &entry_check(|s| s.data.unprinted.iter().map(|e| e.code).collect()),
    );
    go(&mut h, len - 1);
    let code = code_in(&highlighted(&h, 80, 24)).unwrap();
    press(&mut h, KeyCode::Enter);
    assert!(
        h.screen()
            .contains(&format!("Printed: {}.", code.display())),
        "{}",
        h.screen()
    );
    assert!(
        h.kiosk
            .store()
            .slip(&code)
            .unwrap()
            .unwrap()
            .printed_at
            .is_some(),
        "and it is printed now"
    );

    // A search by name: Enter opens the row drawn.
    tab(&mut h, Tab::Queue);
    h.type_text("Amina").press(KeyCode::Enter);
    fn found(s: &Session) -> Vec<SlipCode> {
        match &s.overlay {
            Some(Overlay::Found { list, .. }) => list.iter().map(|e| e.code).collect(),
            _ => Vec::new(),
        }
    }
    let len = walk(&mut h, &entry_check(found));
    assert!(len > 10, "{len} found");
    go(&mut h, len - 1);
    enter_opens_the_highlighted(&mut h);
}

/// Where a list is on screen (or none), for the fuzz: the selection must be inside it.
fn in_bounds(s: &Session) -> Result<(), String> {
    let (at, len) = match &s.overlay {
        None
        | Some(Overlay::NeedList { .. } | Overlay::Candidates { .. } | Overlay::Found { .. }) => {
            position(s)
        }
        Some(_) => return Ok(()),
    };
    if at < len.max(1) {
        Ok(())
    } else {
        Err(format!("selection {at} of {len} on {:?}", s.tab))
    }
}

#[test]
fn three_thousand_mashed_keys_on_an_open_desk_keep_every_selection_in_its_list() {
    let mut h = pantry_of(300);
    let keys = [
        KeyCode::Down,
        KeyCode::Down,
        KeyCode::Up,
        KeyCode::PageDown,
        KeyCode::PageUp,
        KeyCode::End,
        KeyCode::Home,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Backspace,
        KeyCode::F(3),
        KeyCode::F(4),
        KeyCode::F(5),
        KeyCode::F(6),
        KeyCode::F(7),
        KeyCode::F(8),
        KeyCode::F(9),
        KeyCode::F(10),
        KeyCode::F(12),
        KeyCode::Char('1'),
        KeyCode::Char('7'),
        KeyCode::Char('a'),
        KeyCode::Char('-'),
        KeyCode::Char('ع'),
        KeyCode::Char('中'),
    ];
    let sizes = [(80, 24), (200, 60), (40, 12), (10, 3), (120, 30)];
    let mut x: u32 = 2_463_534_242;
    let mut relocked = 0;
    for i in 0..3_000 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let key = keys[(x as usize) % keys.len()];
        h.press(key);
        assert!(!h.kiosk.busy(), "key {i} ({key:?}): work left hanging");
        // Locked (F10) or back with visitors: sign in again, as the next volunteer would.
        if session(&h.kiosk).is_none() {
            relocked += 1;
            if !matches!(h.kiosk.state.screen, Screen::Desk(_)) {
                h.press(KeyCode::F(2));
            }
            h.sign_in("Maya", "2468");
            assert!(
                session(&h.kiosk).is_some(),
                "key {i} ({key:?}): could not sign in again\n{}",
                h.screen()
            );
        }
        let s = open(&h);
        if let Err(e) = in_bounds(s) {
            panic!("key {i} ({key:?}): {e}\n{}", h.screen());
        }
        let (w, ht) = sizes[i % sizes.len()];
        let terminal = common::draw(&h.kiosk.state, &h.kiosk.i18n, w, ht);
        common::assert_well_formed(&terminal, &format!("key {i} ({key:?}) at {w}×{ht}"));
    }
    assert!(relocked > 0, "the fuzz locked the desk and came back");
}

#[test]
fn a_slip_entered_at_the_desk_prints_once_and_the_form_closes() {
    let mut h = pantry_of(10);
    h.press(KeyCode::F(7));
    // "Call me" with "-" for a phone is not a number to call.
    for _ in 0..8 {
        h.press(KeyCode::Tab);
    }
    h.type_text("-").press(KeyCode::Enter);
    assert!(
        h.screen().contains("“Call me” needs a phone number."),
        "{}",
        h.screen()
    );
    h.press(KeyCode::Backspace)
        .type_text("555 0142")
        .press(KeyCode::Enter);
    assert!(!h.kiosk.busy(), "nothing left printing");
    let screen = h.screen();
    assert!(screen.contains("Read the code to them."), "{screen}");
    assert!(open(&h).overlay.is_none(), "the form closes once saved");
    let attempts: Vec<i64> = {
        let store = h.kiosk.store();
        let mut stmt = store
            .connection()
            .prepare("SELECT print_attempts FROM slip ORDER BY issued_at DESC LIMIT 1")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(
        attempts,
        [1],
        "printed once, not again each time a print came back"
    );
}
