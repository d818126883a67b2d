//! The visitor's questions as they fit what is asked or offered (#12): back keeps every answer,
//! "how many" counts people, things or hours (and nothing for a ride), "how" is worded for the
//! direction things go, "call me" and delivery need a real phone number, typed in any digits.

mod common;

use aidkiosk::app::{Screen, Step};
use aidkiosk::domain::{Category, Mode, Urgency};
use common::Harness;
use crossterm::event::KeyCode::{self, Backspace, Enter, Esc};

/// Welcome → English → Home.
fn home(h: &mut Harness) {
    h.press(Enter).press(Enter);
}

fn on_category(h: &Harness) -> bool {
    matches!(
        &h.kiosk.state.screen,
        Screen::Visit(v) if matches!(v.step, Step::Category { .. })
    )
}

fn draft(h: &Harness) -> aidkiosk::domain::Draft {
    match &h.kiosk.state.screen {
        Screen::Visit(v) => match &v.step {
            Step::Details(d) => d.draft.clone(),
            Step::Review(d) => d.clone(),
            other => panic!("not the questions: {other:?}"),
        },
        other => panic!("not a visit: {other:?}"),
    }
}

#[test]
fn back_from_the_questions_keeps_every_answer() {
    let mut h = Harness::new();
    home(&mut h);
    h.type_text("1").type_text("4"); // I need something → Clothing
    h.type_text("1").type_text("3").press(Enter); // three
    h.type_text("2").type_text("1"); // today
    h.type_text("3").type_text("2"); // bring it to me
    h.type_text("4").type_text("size 8").press(Enter);
    h.type_text("5").type_text("Ana").press(Enter);
    h.type_text("6").type_text("555 0100").press(Enter);
    let answered = draft(&h);

    // Backspace (nothing being typed) goes back one step: the category menu, nothing said lost.
    h.press(Backspace);
    assert!(on_category(&h), "{}", h.screen());
    h.type_text("4");
    assert_eq!(
        draft(&h),
        answered,
        "the same category: every answer is still there"
    );
    let screen = h.screen();
    for shown in [
        "3 items",
        "Today",
        "Bring it to me",
        "size 8",
        "Ana",
        "555 0100",
    ] {
        assert!(screen.contains(shown), "{shown:?} on\n{screen}");
    }

    // Esc, then another category: the answers move with it.
    h.press(Esc);
    assert!(on_category(&h));
    h.type_text("2"); // Hygiene
    let moved = draft(&h);
    assert_eq!(moved.category, Category::Hygiene);
    assert_eq!(
        (moved.quantity, moved.urgency, moved.mode),
        (3, Urgency::Today, Mode::Delivery)
    );
    assert_eq!(
        (moved.detail.as_str(), moved.name.as_str()),
        ("size 8", "Ana")
    );

    // Review, then back: still everything; Backspace while typing erases a letter only.
    h.press(Enter);
    assert!(h.screen().contains("Is this right?"), "{}", h.screen());
    h.press(Esc);
    assert_eq!(draft(&h).name, "Ana");
    h.type_text("5").press(Backspace).press(Enter);
    assert_eq!(
        draft(&h).name,
        "An",
        "Backspace in a typed answer erases, not back"
    );

    // The idle wipe is what clears them.
    h.wait(200_000);
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);
    home(&mut h);
    h.type_text("1").type_text("2");
    assert_eq!(draft(&h).name, "", "a new visitor starts from nothing");
}

#[test]
fn food_counts_people_and_a_ride_asks_when_not_how_many() {
    let mut h = Harness::new();
    home(&mut h);
    h.type_text("1").type_text("1"); // Food
    assert!(
        h.screen()
            .contains("1  How many people live in your home: 1 person"),
        "{}",
        h.screen()
    );
    h.type_text("1").type_text("4").press(Enter);
    assert!(h.screen().contains("4 people"), "{}", h.screen());
    h.press(Esc).press(Esc); // back to Home

    h.type_text("1").type_text("6"); // Transport & rides
    let screen = h.screen();
    assert!(!screen.contains("How many"), "{screen}");
    assert!(screen.contains("1  When: This week"), "{screen}");
    assert!(screen.contains("2  How: We meet here"), "{screen}");
    // The first digit is "when" now: today.
    h.type_text("1").type_text("1");
    assert_eq!(draft(&h).urgency, Urgency::Today);
    h.press(Enter);
    let review = h.screen();
    assert!(!review.contains("How many"), "{review}");
    assert!(review.contains("When: Today"), "{review}");

    // An offer of time counts hours.
    h.press(Esc).press(Esc).press(Esc);
    h.type_text("2").type_text("9").type_text("1"); // I can offer → page 2 → Skills
    assert!(
        h.screen().contains("How many hours can you give: 1 hour"),
        "{}",
        h.screen()
    );
}

#[test]
fn how_is_worded_for_an_offer_as_the_giver_says_it() {
    let mut h = Harness::new();
    home(&mut h);
    h.type_text("2").type_text("4"); // I can offer → Clothing
    let screen = h.screen();
    assert!(screen.contains("How many can you give: 1 item"), "{screen}");
    assert!(screen.contains("How: I bring it here"), "{screen}");
    assert!(!screen.contains("Pick up"), "{screen}");
    h.type_text("3");
    let choices = h.screen();
    for shown in [
        "1  I bring it here",
        "2  Come and get it from me",
        "3  Call me",
    ] {
        assert!(choices.contains(shown), "{shown:?} on\n{choices}");
    }
}

#[test]
fn call_me_and_delivery_need_a_phone_and_any_digits_make_one() {
    let mut h = Harness::new();
    home(&mut h);
    h.type_text("1").type_text("4"); // Clothing
    h.type_text("3").type_text("3"); // call me
    assert!(
        h.screen().contains("6  Phone (needed to reach you)"),
        "{}",
        h.screen()
    );
    h.press(Enter);
    assert!(
        h.screen()
            .contains("Please add a phone number so we can call you."),
        "{}",
        h.screen()
    );
    // Two digits are not a phone number: asked again.
    h.type_text("12").press(Enter).press(Enter);
    assert!(
        h.screen().contains("Please add a phone number"),
        "{}",
        h.screen()
    );
    // Arabic-Indic digits, as an Arabic keyboard types them, are a number.
    h.type_text("٠٧٩١ ٢٣٤ ٥٦٧").press(Enter);
    assert_eq!(draft(&h).phone, "0791 234 567");
    h.press(Enter);
    assert!(h.screen().contains("Is this right?"), "{}", h.screen());

    // Delivery too: a volunteer calls to ask where.
    h.press(Esc);
    h.type_text("6");
    for _ in 0..20 {
        h.press(Backspace);
    }
    h.press(Enter);
    h.type_text("3").type_text("2"); // bring it to me
    h.press(Enter);
    assert!(
        h.screen().contains("a volunteer will call to ask where"),
        "{}",
        h.screen()
    );
    // Persian digits work as well.
    h.type_text("۰۹۱۲۳۴۵").press(Enter).press(Enter);
    assert!(h.screen().contains("Is this right?"), "{}", h.screen());
    h.press(Enter);
    let code = h.slip_code();
    let record = h.kiosk.store().slip(&code).unwrap().unwrap();
    assert_eq!(record.mode, Mode::Delivery);
}

#[test]
fn menus_take_digits_of_any_script() {
    let mut h = Harness::new();
    home(&mut h);
    h.press(KeyCode::Char('١')); // Arabic-Indic one: I need something
    h.press(KeyCode::Char('۴')); // Persian four: Clothing
    assert_eq!(draft(&h).category, Category::Clothing);
}

/// A kiosk whose site offers all 13 shipped languages.
fn thirteen() -> Harness {
    let mut store = aidkiosk::store::Store::open_in_memory().unwrap();
    let mut env = aidkiosk::runtime::Env::fixed(common::now(), 3);
    aidkiosk::runtime::initialise(&mut store, &mut env, b"pepper", "Hall", "Maya", "2468").unwrap();
    let mut h = Harness::on(store);
    h.kiosk.state.settings.languages = aidkiosk::i18n::SHIPPED_ORDER
        .iter()
        .map(|l| (*l).to_owned())
        .collect();
    h
}

/// The screen's rows as a person reads them (a wide character once, not with its filler).
fn read(terminal: &ratatui::Terminal<ratatui::backend::TestBackend>) -> String {
    use unicode_width::UnicodeWidthStr;
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut x = 0;
        while x < buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            x += symbol.width().max(1) as u16;
        }
        out.push('\n');
    }
    out
}

fn visit_lang(h: &Harness) -> String {
    match &h.kiosk.state.screen {
        Screen::Visit(v) => v.lang.clone(),
        other => panic!("not a visit: {other:?}"),
    }
}

#[test]
fn every_language_shows_at_once_and_two_digits_reach_past_nine() {
    let mut h = thirteen();
    h.press(Enter);
    let screen = read(&common::draw(&h.kiosk.state, &h.kiosk.i18n, 80, 24));
    let i18n = aidkiosk::i18n::I18n::embedded();
    for (i, tag) in aidkiosk::i18n::SHIPPED_ORDER.iter().enumerate() {
        let name = i18n.language_name(tag);
        let shown = match i18n.direction(tag) {
            aidkiosk::i18n::Direction::Rtl => aidkiosk::i18n::bidi::visual(
                &name,
                aidkiosk::i18n::Direction::Ltr,
                aidkiosk::config::BidiMode::App,
            ),
            aidkiosk::i18n::Direction::Ltr => name,
        };
        let line = format!("{:>2}  {shown}", i + 1);
        assert!(screen.contains(&line), "{line:?} not on\n{screen}");
    }
    assert!(!screen.contains("More"), "{screen}");
    assert!(screen.contains("1–13: choose"), "{screen}");

    // "1" then "3": the thirteenth.
    h.type_text("13");
    assert_eq!(visit_lang(&h), aidkiosk::i18n::SHIPPED_ORDER[12]);
    // "1" then "0": the tenth ("0" is a digit here, not "read aloud").
    h.press(Esc);
    h.type_text("10");
    assert_eq!(visit_lang(&h), aidkiosk::i18n::SHIPPED_ORDER[9]);
    // "1" alone picks the first once the wait is over; "1" then Enter at once.
    h.press(Esc);
    h.type_text("1");
    assert!(matches!(h.kiosk.state.screen, Screen::Language(_)));
    h.wait(2_000);
    assert_eq!(visit_lang(&h), aidkiosk::i18n::SHIPPED_ORDER[0]);
    h.press(Esc);
    h.type_text("1").press(Enter);
    assert_eq!(visit_lang(&h), aidkiosk::i18n::SHIPPED_ORDER[0]);
    // A digit no longer number starts with picks at once.
    h.press(Esc);
    h.type_text("4");
    assert_eq!(visit_lang(&h), aidkiosk::i18n::SHIPPED_ORDER[3]);
}

#[test]
fn a_short_window_puts_the_languages_in_two_columns() {
    let mut h = thirteen();
    h.press(Enter);
    let terminal = common::draw(&h.kiosk.state, &h.kiosk.i18n, 40, 15);
    common::assert_well_formed(&terminal, "languages-40x15");
    let screen = read(&terminal);
    for needle in ["1  English", "13  中文", "10  Soomaali", "6  Kreyòl ayisy…"] {
        assert!(screen.contains(needle), "{needle:?} not on\n{screen}");
    }
}

#[test]
fn a_slip_scanned_at_welcome_answers_in_its_own_language() {
    let mut h = Harness::new();
    // A Spanish visitor's slip.
    h.press(Enter).type_text("2"); // Español
    h.press(Enter).press(Enter).press(Enter).press(Enter);
    let code = h.slip_code();
    h.press(Enter);
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);
    let payload = common::signer(&h.kiosk.store()).payload(&code);
    h.type_text(&payload).press(Enter);
    assert_eq!(visit_lang(&h), "es", "{}", h.screen());
    assert!(h.screen().contains(&code.display()), "{}", h.screen());
}

#[test]
fn more_languages_than_fit_page_and_more_is_said_in_each_of_them() {
    let mut h = thirteen();
    // A network with more languages than one screen holds (tags repeated for the test).
    let shipped = h.kiosk.state.settings.languages.clone();
    h.kiosk.state.settings.languages = shipped.iter().chain(&shipped).cloned().collect();
    h.press(Enter);
    let screen = read(&common::draw(&h.kiosk.state, &h.kiosk.i18n, 80, 24));
    assert!(screen.contains("Page 1 of 4"), "{screen}");
    // "More" in English and in the page's other languages, after an arrow.
    assert!(screen.contains("9  → More choices · "), "{screen}");
    assert!(screen.contains("Más opciones"), "{screen}");
    h.type_text("9");
    let screen = read(&common::draw(&h.kiosk.state, &h.kiosk.i18n, 80, 24));
    assert!(screen.contains("Page 2 of 4"), "{screen}");
    h.type_text("1");
    assert_eq!(
        visit_lang(&h),
        shipped[8],
        "the first of page 2 is the ninth"
    );
}
