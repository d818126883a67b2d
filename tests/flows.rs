//! Key-script tests: a visitor's whole walk, key by key, against an in-memory database and a
//! printer writing PNG and text files, with the printed QR decoded.

mod common;

use std::sync::Arc;

use aidkiosk::app::{PrintStatus, Screen, Step};
use aidkiosk::domain::{Category, Kind, Mode, SlipCode, Status, Urgency};
use aidkiosk::print::{PrintError, Printer};
use aidkiosk::slip::{Document, Signer};
use aidkiosk::store::Store;
use common::Harness;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn issued_code(h: &Harness) -> SlipCode {
    match &h.kiosk.state.screen {
        Screen::Visit(v) => match &v.step {
            Step::Slip(view) => view.code,
            other => panic!("expected the slip screen, got {other:?}"),
        },
        other => panic!("expected a visit, got {other:?}"),
    }
}

fn print_status(h: &Harness) -> PrintStatus {
    match &h.kiosk.state.screen {
        Screen::Visit(v) => match &v.step {
            Step::Slip(view) => view.print,
            other => panic!("expected the slip screen, got {other:?}"),
        },
        other => panic!("expected a visit, got {other:?}"),
    }
}

fn signer(h: &Harness) -> Signer {
    let site = h.kiosk.store().site().unwrap().unwrap();
    Signer::new(&site.tag, &site.secret)
}

#[test]
fn a_need_takes_six_keys_from_welcome_to_a_printed_slip() {
    let mut h = Harness::new();
    // Welcome → Language (English) → Home (need) → Category (food) → Details → Review → save.
    for _ in 0..6 {
        h.press(KeyCode::Enter);
    }
    let code = issued_code(&h);
    assert_eq!(print_status(&h), PrintStatus::Done);
    let record = h.kiosk.store().slip(&code).unwrap().expect("saved");
    assert_eq!(record.kind, Kind::Need);
    assert_eq!(record.category, Category::Food);
    assert_eq!(record.quantity, 1);
    assert_eq!(record.urgency, Urgency::Week);
    assert_eq!(record.mode, Mode::Pickup);
    assert_eq!(record.language, "en");
    assert!(record.printed_at.is_some(), "the print is recorded");

    let png = h.slips.path().join(format!("{}.png", code.as_str()));
    let payload = common::decode_png(&png);
    assert_eq!(signer(&h).verify(&payload), Ok(code));
    let text =
        std::fs::read_to_string(h.slips.path().join(format!("{}.txt", code.as_str()))).unwrap();
    assert!(text.contains(&code.display()), "{text}");
    assert!(text.contains("Need: Food"), "{text}");

    let screen = h.screen();
    assert!(
        screen.contains(&format!("Your code: {}", code.display())),
        "{screen}"
    );
    assert!(
        screen.contains("Printed. Please take your ticket."),
        "{screen}"
    );
    // Enter ends the visit.
    h.press(KeyCode::Enter);
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);
}

#[test]
fn an_offer_with_every_answer_changed_in_spanish() {
    let mut h = Harness::new();
    h.press(KeyCode::Enter).type_text("2"); // Español
    h.type_text("2"); // Puedo ofrecer algo
    h.type_text("9").type_text("1"); // next page, first item: skills & repairs
    h.type_text("1").type_text("3").press(KeyCode::Enter); // quantity 3
    h.type_text("2").type_text("1"); // today
    h.type_text("3").type_text("3"); // call me
    h.type_text("4")
        .type_text("Arreglo bicis los sábados")
        .press(KeyCode::Enter);
    h.type_text("5").type_text("Ana").press(KeyCode::Enter);
    // "Call me" without a phone asks for one instead of moving on.
    h.press(KeyCode::Enter);
    assert!(h.screen().contains("agrega un teléfono"), "{}", h.screen());
    h.type_text("+1 555 0100").press(KeyCode::Enter);
    h.press(KeyCode::Enter);
    let review = h.screen();
    for shown in [
        "Oficios y arreglos",
        "Cantidad: 3",
        "Hoy",
        "Llámame",
        "Ana",
        "+1 555 0100",
    ] {
        assert!(review.contains(shown), "{shown:?} on\n{review}");
    }
    h.press(KeyCode::Enter);
    let code = issued_code(&h);
    let record = h.kiosk.store().slip(&code).unwrap().unwrap();
    assert_eq!(record.kind, Kind::Offer);
    assert_eq!(record.category, Category::Skills);
    assert_eq!(record.quantity, 3);
    assert_eq!(record.urgency, Urgency::Today);
    assert_eq!(record.mode, Mode::Call);
    assert_eq!(record.name, "Ana");
    assert_eq!(record.language, "es");
    let payload = common::decode_png(&h.slips.path().join(format!("{}.png", code.as_str())));
    assert_eq!(signer(&h).verify(&payload), Ok(code));
    // The slip carries no phone number.
    let text =
        std::fs::read_to_string(h.slips.path().join(format!("{}.txt", code.as_str()))).unwrap();
    assert!(!text.contains("555"), "{text}");
    assert!(text.contains("Oferta: Oficios y arreglos"), "{text}");
}

#[test]
fn check_my_slip_by_typing_or_scanning_shows_status_only() {
    let mut h = Harness::new();
    for _ in 0..6 {
        h.press(KeyCode::Enter);
    }
    let code = issued_code(&h);
    let payload = signer(&h).payload(&code);
    h.press(KeyCode::Enter);
    // Typed by hand, lower case, on the check screen.
    h.press(KeyCode::Enter).press(KeyCode::Enter).type_text("3");
    h.type_text(&code.display().to_lowercase())
        .press(KeyCode::Enter);
    let screen = h.screen();
    assert!(
        screen.contains("We have your request. A volunteer is looking for what you need."),
        "{screen}"
    );
    assert!(screen.contains("Need: Food"), "{screen}");
    // Scanned on the home screen: the scanner's digits are not menu choices.
    h.press(KeyCode::Esc);
    h.type_text(&payload).press(KeyCode::Enter);
    assert!(
        h.screen()
            .contains("We have your request. A volunteer is looking for what you need."),
        "{}",
        h.screen()
    );
    // Scanned on the welcome screen.
    h.press(KeyCode::Esc)
        .press(KeyCode::Esc)
        .press(KeyCode::Esc);
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);
    h.type_text(&payload).press(KeyCode::Enter);
    assert!(
        h.screen()
            .contains("We have your request. A volunteer is looking for what you need."),
        "{}",
        h.screen()
    );
    // A forged payload is simply not found.
    h.press(KeyCode::Enter);
    let forged = format!("{}X", &payload[..payload.len() - 1]);
    let forged = if forged == payload {
        payload.replace('A', "B")
    } else {
        forged
    };
    h.type_text(&forged).press(KeyCode::Enter);
    assert!(
        h.screen().contains("We could not find this code."),
        "{}",
        h.screen()
    );
    h.press(KeyCode::Enter)
        .type_text("ZZZZ-ZZZZ")
        .press(KeyCode::Enter);
    assert!(
        h.screen().contains("We could not find this code."),
        "{}",
        h.screen()
    );
}

#[test]
fn idle_visitor_is_warned_then_wiped() {
    let mut h = Harness::new();
    h.press(KeyCode::Enter)
        .press(KeyCode::Enter)
        .press(KeyCode::Enter)
        .press(KeyCode::Enter);
    h.type_text("5").type_text("Zainab").press(KeyCode::Enter);
    assert!(h.screen().contains("Zainab"));
    h.wait(89_000);
    assert!(!h.screen().contains("Are you still there?"));
    h.wait(1_000);
    let warned = h.screen();
    assert!(warned.contains("Are you still there?"), "{warned}");
    assert!(
        warned.contains("Your answers will be cleared in 15 seconds."),
        "{warned}"
    );
    // A key keeps the visit going, and is not taken as a choice.
    h.type_text("1");
    assert!(h.screen().contains("Zainab"));
    assert!(!h.screen().contains("Are you still there?"));
    h.wait(90_000 + 14_000);
    assert!(
        h.screen()
            .contains("Your answers will be cleared in one second."),
        "{}",
        h.screen()
    );
    h.wait(1_000);
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);
    assert!(!h.screen().contains("Zainab"));
    assert_eq!(
        h.kiosk.store().entry_count().unwrap(),
        0,
        "nothing half-typed is saved"
    );
}

#[test]
fn escape_keys_do_nothing() {
    let mut h = Harness::new();
    // On a typing screen, where a plain 'c' would be typed.
    h.press(KeyCode::Enter).press(KeyCode::Enter).type_text("3");
    h.type_text("ab");
    let before = h.kiosk.state.screen.clone();
    for c in ['c', 'z', '\\', 'd'] {
        h.clock += 100;
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        assert_eq!(
            aidkiosk::runtime::key_from(key),
            None,
            "Ctrl+{c} means nothing"
        );
    }
    assert_eq!(h.kiosk.state.screen, before);
    h.type_text("c");
    assert_ne!(h.kiosk.state.screen, before, "a plain key does type");
}

#[test]
fn first_start_asks_for_a_site_and_coordinator() {
    let mut h = Harness::on(Store::open_in_memory().unwrap());
    assert!(matches!(h.kiosk.state.screen, Screen::Setup(_)));
    assert!(h.screen().contains("Set up this kiosk"), "{}", h.screen());
    h.press(KeyCode::Enter);
    assert!(h.screen().contains("Please type a name."));
    h.type_text("Library Hall").press(KeyCode::Enter);
    h.type_text("Sam").press(KeyCode::Enter);
    h.type_text("12").press(KeyCode::Enter);
    assert!(h.screen().contains("A PIN has 4 to 8 digits."));
    h.type_text("34").press(KeyCode::Enter);
    h.type_text("1243").press(KeyCode::Enter);
    assert!(h.screen().contains("The two PINs are not the same."));
    assert!(!h.screen().contains("1234"), "PINs are never shown");
    h.type_text("1234")
        .press(KeyCode::Enter)
        .type_text("1234")
        .press(KeyCode::Enter);
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);
    assert!(h.kiosk.store().has_coordinator().unwrap());
    assert_eq!(
        h.kiosk.store().site().unwrap().unwrap().name,
        "Library Hall"
    );
    assert!(h.screen().contains("Library Hall"));
}

struct BrokenPrinter;

impl Printer for BrokenPrinter {
    fn print(&self, _: &Document) -> Result<(), PrintError> {
        Err(PrintError::Write {
            path: "/dev/usb/lp0".into(),
            source: std::io::Error::other("printer is off"),
        })
    }
}

#[test]
fn a_broken_printer_loses_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let mut env = aidkiosk::runtime::Env::fixed(common::now(), 3);
    aidkiosk::runtime::initialise(&mut store, &mut env, b"pepper", "Hall", "Sam", "1234").unwrap();
    let mut h = Harness::with_printer(store, Arc::new(BrokenPrinter), tempfile::tempdir().unwrap());
    for _ in 0..6 {
        h.press(KeyCode::Enter);
    }
    let code = issued_code(&h);
    assert_eq!(print_status(&h), PrintStatus::Failed);
    let screen = h.screen();
    assert!(screen.contains("The printer is not working."), "{screen}");
    assert!(screen.contains(&code.display()), "the code stays on screen");
    let record = h.kiosk.store().slip(&code).unwrap().expect("entry kept");
    assert_eq!(record.status, Status::Open);
    assert_eq!(record.printed_at, None);
}

#[test]
fn a_thousand_mashed_keys_at_any_size_never_panic() {
    let mut h = Harness::new();
    let keys = [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Backspace,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Char('1'),
        KeyCode::Char('2'),
        KeyCode::Char('3'),
        KeyCode::Char('9'),
        KeyCode::Char('a'),
        KeyCode::Char('ع'),
        KeyCode::Char('中'),
        KeyCode::F(2),
        KeyCode::Tab,
    ];
    let sizes = [
        (80, 24),
        (10, 3),
        (1, 1),
        (40, 12),
        (39, 11),
        (200, 60),
        (0, 0),
    ];
    let mut x: u32 = 12345;
    for i in 0..1000 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        h.press(keys[(x as usize) % keys.len()]);
        let (w, hgt) = sizes[i % sizes.len()];
        common::draw(&h.kiosk.state, &h.kiosk.i18n, w, hgt);
    }
}

#[test]
fn the_slip_leaves_the_screen_at_a_fixed_time_whatever_keys_come() {
    let mut h = Harness::new();
    for _ in 0..6 {
        h.press(KeyCode::Enter);
    }
    let code = issued_code(&h);
    assert!(h.screen().contains(&code.display()));
    // Someone keeps pressing keys beside the slip: it goes all the same, and no key brings
    // it (or its code) back.
    let shown = h.clock;
    let on_slip = |h: &Harness| {
        matches!(
            &h.kiosk.state.screen,
            Screen::Visit(v) if matches!(v.step, aidkiosk::app::Step::Slip(_))
        )
    };
    while on_slip(&h) {
        assert!(
            h.clock < shown + aidkiosk::app::SLIP_SHOWN_MS + 5_000,
            "still shown"
        );
        h.press(KeyCode::Down).wait(4_000);
    }
    assert!(h.clock >= shown + aidkiosk::app::SLIP_SHOWN_MS - 5_000);
    for _ in 0..5 {
        h.press(KeyCode::Backspace);
        assert!(!h.screen().contains(&code.display()), "{}", h.screen());
    }
}
