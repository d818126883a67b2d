//! Member cards at the kiosk (#15): take one after a visit, come back, scan it, and reach a
//! ticket in four keys with the household size filled in; a forged or replaced card is
//! refused; a card's code typed on "Check my ticket" shows its hours.

mod common;

use aidkiosk::app::{CheckState, Lookup, Screen, Step};
use aidkiosk::domain::SlipCode;
use aidkiosk::domain::member::{Account, NewTransfer, Quarters};
use aidkiosk::domain::{Category, Kind};
use common::Harness;
use crossterm::event::KeyCode::Enter;

fn step(h: &Harness) -> &Step {
    match &h.kiosk.state.screen {
        Screen::Visit(v) => &v.step,
        other => panic!("not a visit: {other:?}"),
    }
}

fn lang(h: &Harness) -> &str {
    match &h.kiosk.state.screen {
        Screen::Visit(v) => &v.lang,
        other => panic!("not a visit: {other:?}"),
    }
}

/// A visit in Spanish for food for a household of four, then "take a member card": the
/// card's QR payload as printed, decoded from its PNG.
fn visit_and_take_a_card(h: &mut Harness) -> String {
    h.press(Enter).type_text("2"); // Welcome → Español
    assert_eq!(lang(h), "es");
    h.type_text("1").type_text("1"); // I need something → Food
    h.type_text("1").type_text("4").press(Enter); // people at home: 4
    h.press(Enter).press(Enter); // → Review → save
    assert!(matches!(step(h), Step::Slip(_)));
    let screen = h.screen();
    assert!(screen.contains("1  "), "the card is offered:\n{screen}");
    h.type_text("1");
    let card = std::fs::read_dir(h.slips.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with("card-") && name.ends_with(".png")
        })
        .expect("a card was printed");
    let text = std::fs::read_to_string(card.with_extension("txt")).unwrap();
    for visit in ["Comida", "Food", "4 personas", "4 people"] {
        assert!(
            !text.contains(visit),
            "nothing of the visit on the card:\n{text}"
        );
    }
    let payload = common::decode_png(&card);
    assert!(payload.starts_with("AK1M."), "{payload}");
    assert!(!h.screen().contains("1  "), "offered once:\n{}", h.screen());
    h.press(Enter); // done: back to Welcome
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);
    payload
}

#[test]
fn a_card_brings_a_visitor_back_to_a_ticket_in_four_keys_in_their_language() {
    let mut h = Harness::new();
    let payload = visit_and_take_a_card(&mut h);
    // Another visitor in between, in English.
    h.visitor_entry(&[Enter, Enter, Enter, Enter]);
    // The card is scanned at Welcome: the scanner types it and Enter.
    h.type_text(&payload).press(Enter);
    assert_eq!(lang(&h), "es", "Home in the member's language");
    assert!(matches!(step(&h), Step::Home(_)), "{:?}", step(&h));
    let screen = h.screen();
    assert!(!screen.contains("AK1M"), "{screen}");
    // Four keys: I need something, Food, Enter (the answers as they are), Enter (save).
    h.type_text("1").type_text("1");
    match step(&h) {
        Step::Details(d) => assert_eq!(d.draft.quantity, 4, "household size filled in"),
        other => panic!("{other:?}"),
    }
    h.press(Enter).press(Enter);
    let code = h.slip_code();
    let records = h.kiosk.store().ticket(&code).unwrap();
    assert_eq!(records.len(), 1);
    assert_eq!(
        (records[0].kind, records[0].category, records[0].quantity),
        (Kind::Need, Category::Food, 4)
    );
    assert_eq!(records[0].language, "es");
    match &h.kiosk.state.screen {
        Screen::Visit(v) => match &v.step {
            Step::Slip(s) => assert_eq!(s.card, aidkiosk::app::CardOffer::Member),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    // Both visits are the member's: counted once.
    let members = h.kiosk.store().members(10).unwrap();
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].household, Some(4));
    assert_eq!(members[0].language, "es");
}

#[test]
fn a_forged_or_replaced_card_is_refused_and_sends_the_visitor_to_a_volunteer() {
    let mut h = Harness::new();
    let payload = visit_and_take_a_card(&mut h);
    // Forged: the same card code signed with another key.
    let parts: Vec<&str> = payload.split('.').collect();
    let code = SlipCode::parse(parts[2]).unwrap();
    let forged = aidkiosk::slip::Signer::new(parts[1], b"not the site's key").card_payload(&code);
    h.type_text(&forged).press(Enter);
    match step(&h) {
        Step::Check(c) => assert_eq!(c.result, CheckState::Shown(Lookup::CardRefused)),
        other => panic!("{other:?}"),
    }
    assert!(h.screen().contains("ask a volunteer"), "{}", h.screen());
    // Refused at the kiosk as at the desk, and written down the same way.
    let actions = h.audit_actions();
    assert!(actions.iter().any(|a| a == "card_refused"), "{actions:?}");
    h.wait(300_000);
    // Replaced (reported lost): the old card is refused from then on.
    let member = h.kiosk.store().members(1).unwrap().remove(0);
    let mut next = || SlipCode::from_random([7, 7, 7, 7, 7]);
    h.kiosk
        .store_mut()
        .replace_card(&member.id, &mut next, None, common::now())
        .unwrap();
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);
    h.type_text(&payload).press(Enter);
    match step(&h) {
        Step::Check(c) => assert_eq!(c.result, CheckState::Shown(Lookup::CardRefused)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn hours_recorded_at_the_desk_show_on_check_my_card_in_the_members_language() {
    let mut h = Harness::new();
    let payload = visit_and_take_a_card(&mut h);
    let member = h.kiosk.store().members(1).unwrap().remove(0);
    let transfer = |id: &str, provider, receiver, q| NewTransfer {
        id: id.into(),
        provider,
        receiver,
        quarters: Quarters(q),
        category: Category::Skills,
        need: None,
        offer: None,
        staff_id: None,
        at: common::now(),
    };
    let me = Account::Member(member.id.clone());
    {
        let mut store = h.kiosk.store_mut();
        store
            .record_transfer(&transfer("T1", me.clone(), Account::Site, 6))
            .unwrap();
        store
            .record_transfer(&transfer("T2", Account::Site, me, 1))
            .unwrap();
    }
    // The card's code typed on "Check my ticket", in English.
    let code = payload.split('.').nth(2).unwrap().to_owned();
    h.press(Enter).press(Enter).type_text("3");
    h.type_text(&code).press(Enter);
    match step(&h) {
        Step::Check(c) => assert!(matches!(c.result, CheckState::Shown(Lookup::Card(_)))),
        other => panic!("{other:?}"),
    }
    // Enter starts with the card: Home, in Spanish, with the hours.
    h.press(Enter);
    assert_eq!(lang(&h), "es");
    let screen = h.screen();
    assert!(screen.contains("1½") && screen.contains("¼"), "{screen}");
}

/// The files printed whose name starts with `prefix`, as (name, text), oldest first.
fn printed(h: &Harness, prefix: &str) -> Vec<(String, String)> {
    let mut found: Vec<(std::time::SystemTime, String, String)> = std::fs::read_dir(h.slips.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with(prefix) && name.ends_with(".txt")
        })
        .map(|p| {
            let at = std::fs::metadata(&p).unwrap().modified().unwrap();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (at, name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, n, t)| (n, t)).collect()
}

#[test]
fn at_the_desk_hours_are_recorded_corrected_printed_and_a_lost_card_replaced() {
    use crossterm::event::KeyCode::{Esc, F, Tab};
    let mut h = Harness::new();
    let payload = visit_and_take_a_card(&mut h);
    h.press(F(2)).sign_in("Maya", "2468");
    for _ in 0..7 {
        h.press(Tab);
    }
    let screen = h.screen();
    assert!(screen.contains("[Members]"), "{screen}");
    assert!(
        screen.contains("Spanish"),
        "the member is listed:\n{screen}"
    );
    // The card scanned on the scan line opens the member.
    h.type_text(&payload).press(Enter);
    let screen = h.screen();
    assert!(screen.contains("Member card"), "{screen}");
    assert!(screen.contains("No hours recorded yet"), "{screen}");
    // F7: they gave 1½ h of skills to the site (an empty side is the site's own account).
    h.press(F(7));
    assert!(h.screen().contains("Given by: "), "{}", h.screen());
    h.press(Enter); // "received by" left empty: the site
    h.type_text("1.3").press(Enter);
    assert!(
        h.screen().contains("Type hours in quarters"),
        "{}",
        h.screen()
    );
    for _ in 0..3 {
        h.press(crossterm::event::KeyCode::Backspace);
    }
    h.type_text("1,5").press(Enter);
    let screen = h.screen();
    assert!(screen.contains("Recorded: 1½ h."), "{screen}");
    assert!(screen.contains("Given 1½ h · received 0 h"), "{screen}");
    // A second exchange by mistake, corrected with F3 (the newest line is selected).
    h.press(F(7)).press(Enter).type_text("2").press(Enter);
    assert!(h.screen().contains("Given 3½ h"), "{}", h.screen());
    h.press(F(3));
    let screen = h.screen();
    assert!(screen.contains("Reversed"), "{screen}");
    assert!(screen.contains("Given 1½ h · received 0 h"), "{screen}");
    // The correction itself cannot be reversed: it is the newest line now.
    h.press(crossterm::event::KeyCode::Home).press(F(3));
    assert!(
        h.screen().contains("A correction cannot be reversed"),
        "{}",
        h.screen()
    );
    assert_eq!(h.kiosk.store().ledger_check().unwrap(), (0, 0));
    // F4: the statement prints in the member's language.
    h.press(F(4));
    let statements = printed(&h, "statement-");
    assert!(!statements.is_empty(), "{}", h.screen());
    assert_eq!(statements.len(), 1);
    assert!(statements[0].1.contains("Tus horas"), "{}", statements[0].1);
    assert!(statements[0].1.contains("+1½"), "{}", statements[0].1);
    // F8: the card was lost. A new one prints; the old one is refused from now on.
    h.press(F(8));
    let cards = printed(&h, "card-");
    assert_eq!(cards.len(), 2, "{cards:?}");
    h.press(Esc).press(Esc);
    h.type_text(&payload).press(Enter);
    assert!(
        h.screen().contains("This card is not valid here"),
        "{}",
        h.screen()
    );
    // A forged card (the new code, another key) is refused at the desk too.
    let parts: Vec<&str> = payload.split('.').collect();
    let forged = aidkiosk::slip::Signer::new(parts[1], b"not the site's key")
        .card_payload(&SlipCode::parse(parts[2]).unwrap());
    h.type_text(&forged).press(Enter);
    assert!(
        h.screen().contains("This card is not valid here"),
        "{}",
        h.screen()
    );
    let actions = h.audit_actions();
    for action in [
        "member_card",
        "transfer",
        "transfer_reversed",
        "member_card_replaced",
        "card_refused",
    ] {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} in {actions:?}"
        );
    }
    // Back at the kiosk, the new card shows the hours, in Spanish.
    h.press(F(10));
    let new_png = std::fs::read_dir(h.slips.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".png"))
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with("card-") && common::decode_png(p) != payload
        })
        .expect("the new card");
    let new_payload = common::decode_png(&new_png);
    h.type_text(&new_payload).press(Enter);
    assert_eq!(lang(&h), "es");
    let screen = h.screen();
    assert!(screen.contains("Horas dadas: 1½"), "{screen}");
}

/// Prints slips into a folder but no member card: the card printer is out of paper.
struct NoCards(aidkiosk::print::FilePrinter);

impl aidkiosk::print::Printer for NoCards {
    fn print(&self, doc: &aidkiosk::slip::Document) -> Result<(), aidkiosk::print::PrintError> {
        if doc.name.starts_with("card-") {
            return Err(aidkiosk::print::PrintError::Write {
                path: "card".into(),
                source: std::io::Error::other("out of paper"),
            });
        }
        self.0.print(doc)
    }
}

#[test]
fn a_card_that_did_not_print_makes_no_member_and_nobody_is_counted_twice() {
    let slips = tempfile::tempdir().unwrap();
    let printer = std::sync::Arc::new(NoCards(aidkiosk::print::FilePrinter::new(
        slips.path().to_owned(),
    )));
    let store = {
        let mut store = aidkiosk::store::Store::open_in_memory().unwrap();
        let mut env = aidkiosk::runtime::Env::fixed(common::now(), 7);
        aidkiosk::runtime::initialise(&mut store, &mut env, b"pepper", "Hall", "Maya", "2468")
            .unwrap();
        store
    };
    let mut h = Harness::with_printer(store, printer, slips);
    // Six keys to a ticket, which prints; then "take a card", which does not.
    h.press(Enter)
        .press(Enter)
        .press(Enter)
        .press(Enter)
        .press(Enter)
        .press(Enter);
    assert!(matches!(step(&h), Step::Slip(_)), "{:?}", step(&h));
    h.type_text("1");
    match step(&h) {
        Step::Slip(s) => assert_eq!(s.card, aidkiosk::app::CardOffer::Failed),
        other => panic!("{other:?}"),
    }
    assert!(
        h.screen().contains("The card could not be printed"),
        "{}",
        h.screen()
    );
    assert!(
        h.kiosk.store().members(10).unwrap().is_empty(),
        "the member of a card nobody holds is gone"
    );
}

#[test]
fn a_member_who_changes_language_or_category_stays_the_member_with_their_household() {
    use crossterm::event::KeyCode::Esc;
    let mut h = Harness::new();
    let payload = visit_and_take_a_card(&mut h);
    h.type_text(&payload).press(Enter);
    assert_eq!(lang(&h), "es");
    // Back to the languages, English chosen: still the member.
    h.press(Esc);
    assert!(matches!(h.kiosk.state.screen, Screen::Language(_)));
    h.type_text("1");
    assert_eq!(lang(&h), "en");
    assert!(h.screen().contains("Welcome back"), "{}", h.screen());
    // Clothing first (items: 1), then back and Food (people: the household's 4).
    h.type_text("1").type_text("4");
    match step(&h) {
        Step::Details(d) => assert_eq!(d.draft.quantity, 1),
        other => panic!("{other:?}"),
    }
    h.press(Esc).type_text("1");
    match step(&h) {
        Step::Details(d) => assert_eq!(d.draft.quantity, 4, "{:?}", d.draft),
        other => panic!("{other:?}"),
    }
    h.press(Enter).press(Enter);
    match step(&h) {
        Step::Slip(s) => assert_eq!(s.card, aidkiosk::app::CardOffer::Member, "no second card"),
        other => panic!("{other:?}"),
    }
    assert_eq!(h.kiosk.store().members(10).unwrap().len(), 1);
}

#[test]
fn printed_cards_and_statements_are_pruned_with_old_slips() {
    let mut h = Harness::new();
    visit_and_take_a_card(&mut h);
    // Files are dated by the file system: prune what is older than a day from now.
    let removed = aidkiosk::print::prune(
        h.slips.path(),
        chrono::Utc::now() + chrono::Duration::days(1),
        false,
    );
    assert!(
        removed >= 4,
        "the ticket and the card, PNG and text: {removed}"
    );
    let left: Vec<String> = std::fs::read_dir(h.slips.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(left.iter().all(|n| !n.starts_with("card-")), "{left:?}");
}
