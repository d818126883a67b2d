//! Several things in one visit (#12): food, nappies and a coat on one ticket, one code, one QR;
//! each thing its own entry, handed over one by one at the desk.

mod common;

use aidkiosk::app::desk::{Overlay, Phase};
use aidkiosk::app::{Screen, Step};
use aidkiosk::domain::{Category, Kind, Status};
use common::Harness;
use crossterm::event::KeyCode::{self, Enter, Esc};

fn step(h: &Harness) -> &Step {
    match &h.kiosk.state.screen {
        Screen::Visit(v) => &v.step,
        other => panic!("not a visit: {other:?}"),
    }
}

/// Welcome → English → I need something → Food → Details → Review, every default kept.
fn food_on_review(h: &mut Harness) {
    h.press(Enter)
        .press(Enter)
        .press(Enter)
        .type_text("1")
        .press(Enter);
}

/// Welcome → English → I need something → Food, a name → Review, then "add something else"
/// → Baby & child → Review → add → Clothing → Review.
fn three_things(h: &mut Harness) {
    h.press(Enter).press(Enter).press(Enter); // Welcome, English, I need something
    h.type_text("1"); // Food
    h.type_text("5").type_text("Ana").press(Enter); // a first name
    h.press(Enter); // → Review
    assert!(
        h.screen().contains("1  Add something else"),
        "{}",
        h.screen()
    );
    h.type_text("1"); // add something else → the categories again
    assert!(matches!(
        step(h),
        Step::Category {
            kind: Kind::Need,
            ..
        }
    ));
    h.type_text("3").press(Enter); // Baby & child → Review
    let screen = h.screen();
    assert!(screen.contains("Also on this ticket:"), "{screen}");
    assert!(screen.contains("1. Need: Food"), "{screen}");
    assert!(
        screen.contains("Name: Ana"),
        "the name carries over:\n{screen}"
    );
    h.type_text("1").type_text("4").press(Enter); // add → Clothing → Review
}

/// Whether the desk shows a ticket's list.
fn desk_overlay_is_ticket(state: &aidkiosk::app::State) -> bool {
    matches!(&state.screen, Screen::Desk(d)
        if matches!(&d.phase, Phase::Open(s) if matches!(s.overlay, Some(Overlay::Ticket { .. }))))
}

#[test]
fn three_things_leave_on_one_ticket_and_hand_over_one_by_one() {
    let mut h = Harness::new();
    three_things(&mut h);
    let screen = h.screen();
    assert!(
        screen.contains("1. Need: Food") && screen.contains("2. Need: Baby & child"),
        "{screen}"
    );
    h.press(Enter); // save and print
    let code = h.slip_code();
    assert!(
        h.screen().contains("3 things on this ticket"),
        "{}",
        h.screen()
    );
    assert_eq!(h.kiosk.store().entry_count().unwrap(), 3);

    // One ticket: three records under the printed code, in the order asked, all named Ana.
    let ticket = h.kiosk.store().ticket(&code).unwrap();
    let things: Vec<_> = ticket.iter().map(|r| (r.kind, r.category)).collect();
    assert_eq!(
        things,
        [
            (Kind::Need, Category::Food),
            (Kind::Need, Category::BabyChild),
            (Kind::Need, Category::Clothing)
        ]
    );
    assert_eq!(
        ticket[0].code, code,
        "the first thing's code is the printed one"
    );
    assert!(ticket.iter().all(|r| r.name == "Ana"));
    assert!(
        ticket.iter().all(|r| r.printed_at.is_some()),
        "one print counts for every thing on it"
    );

    // One slip file, its QR the signed printed code; the text lists all three.
    let png = h.slips.path().join(format!("{}.png", code.as_str()));
    let payload = common::decode_png(&png);
    let sign = common::signer(&h.kiosk.store());
    assert_eq!(sign.verify(&payload), Ok(code));
    let text =
        std::fs::read_to_string(h.slips.path().join(format!("{}.txt", code.as_str()))).unwrap();
    for line in [
        "3 things on this ticket",
        "1. Need: Food",
        "2. Need: Baby & child",
        "3. Need: Clothing",
    ] {
        assert!(text.contains(line), "{line:?} in\n{text}");
    }
    assert_eq!(
        text.matches("We have your request").count(),
        1,
        "the same next step is said once under the things it is for:\n{text}"
    );
    assert!(
        !text.contains("AK1."),
        "no raw payload in the text:\n{text}"
    );
    let pngs = std::fs::read_dir(h.slips.path())
        .unwrap()
        .filter(|f| {
            f.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|e| e == "png")
        })
        .count();
    assert_eq!(pngs, 1, "one slip printed for the visit");
    h.press(Enter); // done

    // "Check my ticket" answers for all three.
    h.press(Enter).press(Enter).type_text("3");
    h.type_text(code.as_str()).press(Enter);
    let screen = h.screen();
    for what in ["Need: Food", "Need: Baby & child", "Need: Clothing"] {
        assert!(screen.contains(what), "{what:?} on\n{screen}");
    }
    h.press(Esc).press(Esc).press(Esc);

    // The desk: the scanned ticket lists its three things; each is handed over in turn and
    // the list comes back for the next, on the next thing still to do.
    h.wait(200_000); // back to Welcome
    h.press(KeyCode::F(2));
    h.sign_in("Maya", "2468");
    h.type_text(&payload).press(Enter);
    let screen = h.screen();
    assert!(
        screen.contains(&format!("Ticket {}: 3 things", code.display())),
        "{screen}"
    );
    for round in 0..3 {
        assert!(
            desk_overlay_is_ticket(&h.kiosk.state),
            "round {round}:\n{}",
            h.screen()
        );
        h.press(Enter); // open the thing under the cursor
        assert!(h.screen().contains("Enter: hand it over"), "{}", h.screen());
        h.press(Enter);
        assert_eq!(
            h.kiosk.store().ticket(&code).unwrap()[round].status,
            Status::PickedUp,
            "round {round}: the thing under the cursor went"
        );
    }
    assert!(
        !desk_overlay_is_ticket(&h.kiosk.state),
        "nothing left to do: the list does not come back"
    );
    let ticket = h.kiosk.store().ticket(&code).unwrap();
    assert!(ticket.iter().all(|r| r.status == Status::PickedUp));
}

#[test]
fn back_from_the_next_category_returns_to_the_ticket_and_one_thing_is_still_six_keys() {
    let mut h = Harness::new();
    food_on_review(&mut h);
    h.type_text("1"); // add something else
    h.press(Esc); // changed my mind
    match step(&h) {
        Step::Review(d) => assert_eq!(d.category, Category::Food),
        other => panic!("back to the review: {other:?}"),
    }
    assert!(
        !h.screen().contains("Also on this ticket"),
        "{}",
        h.screen()
    );
    h.press(Enter);
    let code = h.slip_code();
    assert_eq!(h.kiosk.store().ticket(&code).unwrap().len(), 1);
    assert!(
        !h.screen().contains("things on this ticket"),
        "{}",
        h.screen()
    );
}

#[test]
fn a_ticket_holds_six_things_at_most() {
    let mut h = Harness::new();
    food_on_review(&mut h);
    for _ in 0..5 {
        assert!(h.screen().contains("Add something else"), "{}", h.screen());
        h.type_text("1").type_text("2").press(Enter);
    }
    assert!(!h.screen().contains("Add something else"), "{}", h.screen());
    h.type_text("1"); // nothing happens
    assert!(matches!(step(&h), Step::Review(_)));
    h.press(Enter);
    let code = h.slip_code();
    assert_eq!(h.kiosk.store().ticket(&code).unwrap().len(), 6);
}
