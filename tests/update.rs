//! `update` alone: every screen transition, with the effects each one asks for. No database,
//! no terminal, no clock but the one passed in.

mod common;

use aidkiosk::app::*;
use aidkiosk::domain::{Category, Draft, Kind, Mode, SlipCode, Status, Urgency};

fn new_state() -> State {
    State::new(common::settings(), false, 0)
}

fn at(screen: Screen) -> State {
    let mut s = new_state();
    s.screen = screen;
    s
}

fn visit(step: Step) -> Screen {
    Screen::Visit(Visit::new("es", step))
}

fn step(state: &State) -> &Step {
    match &state.screen {
        Screen::Visit(v) => &v.step,
        other => panic!("not a visit: {other:?}"),
    }
}

fn code() -> SlipCode {
    SlipCode::parse("7K3M-Q9PX").unwrap()
}

fn draft() -> Draft {
    Draft::new(Kind::Need, Category::Food)
}

#[test]
fn welcome_any_key_opens_languages() {
    for action in [Action::AnyKey, Action::Char('x')] {
        let mut s = new_state();
        assert!(update(&mut s, action, 10).is_empty());
        assert_eq!(s.screen, Screen::Language(Menu::default()));
    }
}

#[test]
fn languages_pick_by_digit_or_cursor_and_go_back() {
    let mut s = at(Screen::Language(Menu::default()));
    update(&mut s, Action::Digit(3), 1);
    assert_eq!(s.lang(), "ar");
    assert_eq!(step(&s), &Step::Home(Menu::default()));

    let mut s = at(Screen::Language(Menu::default()));
    update(&mut s, Action::Down, 1);
    update(&mut s, Action::Confirm, 2);
    assert_eq!(s.lang(), "es");

    let mut s = at(Screen::Language(Menu::default()));
    update(&mut s, Action::Digit(7), 1);
    assert_eq!(
        s.screen,
        Screen::Language(Menu::default()),
        "no 7th language"
    );
    update(&mut s, Action::Back, 2);
    assert_eq!(s.screen, Screen::Welcome);
}

#[test]
fn home_leads_to_need_offer_and_check_and_back_to_languages() {
    for (digit, expected) in [(1, Some(Kind::Need)), (2, Some(Kind::Offer)), (3, None)] {
        let mut s = at(visit(Step::Home(Menu::default())));
        update(&mut s, Action::Digit(digit), 1);
        match (step(&s), expected) {
            (Step::Category { kind, .. }, Some(k)) => assert_eq!(*kind, k),
            (Step::Check(view), None) => assert_eq!(view.input.text(), ""),
            (other, _) => panic!("digit {digit}: {other:?}"),
        }
    }
    let mut s = at(visit(Step::Home(Menu::default())));
    update(&mut s, Action::Back, 1);
    // The language menu opens on the visitor's language (es is second).
    assert_eq!(
        s.screen,
        Screen::Language(Menu {
            cursor: 1,
            page: 0,
            typed: None
        })
    );
}

#[test]
fn categories_page_by_nine_and_pick_into_details() {
    let mut s = at(visit(Step::Category {
        kind: Kind::Offer,
        menu: Menu::default(),
    }));
    update(&mut s, Action::Digit(9), 1);
    assert_eq!(
        step(&s),
        &Step::Category {
            kind: Kind::Offer,
            menu: Menu {
                cursor: 8,
                page: 1,
                typed: None
            }
        }
    );
    update(&mut s, Action::Digit(5), 2);
    assert!(
        matches!(step(&s), Step::Category { .. }),
        "page 2 has only 4 items"
    );
    update(&mut s, Action::Digit(4), 2);
    assert_eq!(
        step(&s),
        &Step::Details(Details {
            draft: Draft::new(Kind::Offer, Category::Other),
            edit: None,
            notice: None
        })
    );
    update(&mut s, Action::Back, 3);
    assert_eq!(
        step(&s),
        &Step::Category {
            kind: Kind::Offer,
            menu: Menu {
                cursor: 11,
                page: 1,
                typed: None,
            }
        },
        "back lands on the category chosen"
    );
    update(&mut s, Action::Back, 4);
    assert_eq!(
        step(&s),
        &Step::Home(Menu {
            cursor: 1,
            page: 0,
            typed: None
        })
    );
}

fn details(draft: Draft) -> Screen {
    visit(Step::Details(Details {
        draft,
        edit: None,
        notice: None,
    }))
}

fn current_draft(s: &State) -> Draft {
    match step(s) {
        Step::Details(d) => d.draft.clone(),
        Step::Review(d) => d.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn details_edit_each_answer() {
    let mut s = at(details(draft()));
    let mut t = 0;
    let mut act = |s: &mut State, a: Action| {
        t += 1;
        update(s, a, t)
    };
    act(&mut s, Action::Digit(1));
    for c in "123".chars() {
        act(&mut s, Action::Char(c));
    }
    act(&mut s, Action::Confirm);
    assert_eq!(current_draft(&s).quantity, 12, "two digits at most");
    act(&mut s, Action::Digit(1));
    act(&mut s, Action::Char('0'));
    act(&mut s, Action::Confirm);
    assert!(matches!(
        step(&s),
        Step::Details(Details {
            notice: Some(Notice::BadNumber),
            ..
        })
    ));
    act(&mut s, Action::Back);
    assert_eq!(
        current_draft(&s).quantity,
        12,
        "0 is refused, the answer kept"
    );

    act(&mut s, Action::Digit(2));
    act(&mut s, Action::Digit(3));
    assert_eq!(current_draft(&s).urgency, Urgency::Flexible);
    act(&mut s, Action::Digit(3));
    act(&mut s, Action::Digit(2));
    assert_eq!(current_draft(&s).mode, Mode::Delivery);

    act(&mut s, Action::Digit(4));
    for c in "pañales\u{202E}".chars() {
        act(&mut s, Action::Char(c));
    }
    act(&mut s, Action::Edit(aidkiosk::app::text::Edit::Erase));
    act(&mut s, Action::Char('!'));
    act(&mut s, Action::Confirm);
    assert_eq!(
        current_draft(&s).detail,
        "pañale!",
        "no bidi override gets in"
    );

    act(&mut s, Action::Digit(6));
    for c in "+1 (555) x-0100".chars() {
        act(&mut s, Action::Char(c));
    }
    act(&mut s, Action::Confirm);
    assert_eq!(current_draft(&s).phone, "+1 (555) -0100");

    act(&mut s, Action::Digit(5));
    act(&mut s, Action::Char('A'));
    act(&mut s, Action::Back);
    assert_eq!(current_draft(&s).name, "", "Esc cancels an edit");

    assert!(act(&mut s, Action::Confirm).is_empty());
    assert!(matches!(step(&s), Step::Review(_)));
}

#[test]
fn call_me_needs_a_phone_before_review() {
    let mut s = at(details(Draft {
        mode: Mode::Call,
        ..draft()
    }));
    update(&mut s, Action::Confirm, 1);
    match step(&s) {
        Step::Details(d) => {
            assert_eq!(
                d.notice,
                Some(Notice::PhoneNeeded(aidkiosk::domain::PhoneWanted::ToCall))
            );
            assert!(matches!(
                d.edit,
                Some(Editing::Text {
                    field: Field::Phone,
                    ..
                })
            ));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn details_back_returns_to_category() {
    let mut s = at(details(Draft::new(Kind::Need, Category::Clothing)));
    update(&mut s, Action::Back, 1);
    assert_eq!(
        step(&s),
        &Step::Category {
            kind: Kind::Need,
            menu: Menu {
                cursor: 3,
                page: 0,
                typed: None
            }
        }
    );
}

#[test]
fn review_saves_once_and_shows_the_slip() {
    let mut s = at(visit(Step::Review(draft())));
    let effects = update(&mut s, Action::Confirm, 1);
    assert_eq!(
        effects,
        vec![Effect::Save {
            drafts: vec![draft()],
            lang: "es".into(),
            member: None,
        }]
    );
    assert_eq!(step(&s), &Step::Saving(draft()));
    // Enter while saving does nothing (the keymap does not even send it).
    assert!(update(&mut s, Action::Confirm, 2).is_empty());
    let effects = update(
        &mut s,
        Action::Saved(Ok(Issued {
            code: code(),
            payload: "AK1.X".into(),
        })),
        3,
    );
    assert_eq!(effects, vec![Effect::Print { code: code() }]);
    assert!(matches!(
        step(&s),
        Step::Slip(SlipView {
            print: PrintStatus::Pending,
            ..
        })
    ));
    update(
        &mut s,
        Action::Printed {
            code: code(),
            error: Some("out of paper".into()),
        },
        4,
    );
    assert!(matches!(
        step(&s),
        Step::Slip(SlipView {
            print: PrintStatus::Failed,
            ..
        })
    ));
    update(
        &mut s,
        Action::Printed {
            code: code(),
            error: None,
        },
        5,
    );
    assert!(matches!(
        step(&s),
        Step::Slip(SlipView {
            print: PrintStatus::Done,
            ..
        })
    ));
    update(&mut s, Action::Confirm, 6);
    assert_eq!(s.screen, Screen::Welcome);
}

#[test]
fn a_failed_save_keeps_the_draft_and_retries() {
    let mut s = at(visit(Step::Saving(draft())));
    update(&mut s, Action::Saved(Err(SaveFailure)), 1);
    assert_eq!(step(&s), &Step::SaveFailed(draft()));
    let effects = update(&mut s, Action::Confirm, 2);
    assert!(matches!(effects.as_slice(), [Effect::Save { .. }]));
    update(&mut s, Action::Saved(Err(SaveFailure)), 3);
    update(&mut s, Action::Back, 4);
    assert_eq!(step(&s), &Step::Review(draft()));
    update(&mut s, Action::Back, 5);
    assert_eq!(current_draft(&s), draft());
}

#[test]
fn check_looks_up_and_shows_the_status() {
    let mut s = at(visit(Step::Check(CheckView::new("", CheckState::Typing))));
    assert!(
        update(&mut s, Action::Confirm, 1).is_empty(),
        "nothing typed"
    );
    for c in "7k3m".chars() {
        update(&mut s, Action::Char(c), 2);
    }
    let effects = update(&mut s, Action::Confirm, 3);
    assert_eq!(
        effects,
        vec![Effect::Lookup {
            input: "7k3m".into()
        }]
    );
    let found = Lookup::Found {
        code: code(),
        items: vec![FoundItem {
            kind: Kind::Need,
            category: Category::Food,
            status: Status::Matched,
            mode: aidkiosk::domain::Mode::Pickup,
        }],
        site: None,
    };
    update(&mut s, Action::Looked(found, None), 4);
    assert!(matches!(
        step(&s),
        Step::Check(CheckView {
            result: CheckState::Shown(Lookup::Found { items, .. }),
            ..
        }) if items[0].status == Status::Matched
    ));
    // Typing again starts a new code.
    update(&mut s, Action::Char('Z'), 5);
    assert_eq!(
        step(&s),
        &Step::Check(CheckView::new("Z", CheckState::Typing))
    );
    update(&mut s, Action::Back, 6);
    assert_eq!(
        step(&s),
        &Step::Home(Menu {
            cursor: 2,
            page: 0,
            typed: None
        })
    );
}

#[test]
fn a_scan_on_a_menu_opens_check_instead_of_choosing() {
    let mut s = at(visit(Step::Home(Menu::default())));
    let payload = "AK1.K3F9Q.7K3MQ9PX.0123456789ABCDEF";
    for c in payload.chars() {
        // The keys as the key table reads them: digits choose until a scan has begun.
        let action = keymap::action(&s, Key::Char(c)).unwrap();
        assert!(update(&mut s, action, 1).is_empty());
        assert!(matches!(step(&s), Step::Home(_)), "still home after {c:?}");
    }
    let effects = update(&mut s, Action::Confirm, 2);
    assert_eq!(
        effects,
        vec![Effect::Lookup {
            input: payload.into()
        }]
    );
    assert_eq!(s.lang(), "es", "the visitor's language is kept");
    // A lone letter on a menu is ignored, and the next digit still chooses.
    let mut s = at(visit(Step::Home(Menu::default())));
    update(&mut s, Action::Char('A'), 1);
    update(&mut s, Action::Char('x'), 2);
    update(&mut s, Action::Digit(2), 3);
    assert!(matches!(
        step(&s),
        Step::Category {
            kind: Kind::Offer,
            ..
        }
    ));
}

#[test]
fn idle_counts_down_then_wipes() {
    let mut s = at(details(Draft {
        name: "Zainab".into(),
        ..draft()
    }));
    let timeout = s.settings.idle_timeout_ms;
    update(&mut s, Action::Tick, timeout - 1);
    assert_eq!(s.countdown(), None);
    update(&mut s, Action::Tick, timeout);
    assert_eq!(s.countdown(), Some(15));
    update(&mut s, Action::Tick, timeout + 14_001);
    assert_eq!(s.countdown(), Some(1));
    assert_ne!(s.screen, Screen::Welcome);
    update(&mut s, Action::Tick, timeout + COUNTDOWN_MS);
    assert_eq!(s.screen, Screen::Welcome);
    assert_eq!(s.countdown(), None, "no countdown on the welcome screen");
}

#[test]
fn a_key_during_the_countdown_only_cancels_it() {
    let mut s = at(visit(Step::Home(Menu::default())));
    let timeout = s.settings.idle_timeout_ms;
    update(&mut s, Action::Tick, timeout + 1_000);
    assert!(s.countdown().is_some());
    update(&mut s, Action::Digit(1), timeout + 2_000);
    assert_eq!(s.countdown(), None);
    assert_eq!(
        step(&s),
        &Step::Home(Menu::default()),
        "the digit was not a choice"
    );
}

#[test]
fn saving_is_never_wiped_by_idle() {
    let mut s = at(visit(Step::Saving(draft())));
    update(&mut s, Action::Tick, 10 * 60 * 1000);
    assert_eq!(step(&s), &Step::Saving(draft()));
}

#[test]
fn setup_asks_each_answer_and_submits_once() {
    let mut s = State::new(common::settings(), true, 0);
    let Screen::Setup(form) = &s.screen else {
        panic!()
    };
    assert_eq!(
        form.site.text(),
        "Eastside Pantry",
        "prefilled from config or database"
    );
    let type_in = |s: &mut State, text: &str| {
        for c in text.chars() {
            update(s, Action::Char(c), 1);
        }
        update(s, Action::Confirm, 1)
    };
    type_in(&mut s, "");
    type_in(&mut s, "Maya");
    type_in(&mut s, "12a34");
    let effects = type_in(&mut s, "1234");
    assert_eq!(
        effects,
        vec![Effect::SetUp {
            site: "Eastside Pantry".into(),
            admin: "Maya".into(),
            pin: "1234".into()
        }]
    );
    assert!(
        type_in(&mut s, "").is_empty(),
        "working: nothing more is sent"
    );
    update(&mut s, Action::SetUp(Err("disk full".into())), 2);
    let Screen::Setup(form) = &s.screen else {
        panic!()
    };
    assert_eq!(form.error, Some(SetupError::Failed("disk full".into())));
    assert!(form.pin.is_empty(), "PINs are typed again");
    update(&mut s, Action::SetUp(Ok("Hall".into())), 3);
    assert_eq!(s.screen, Screen::Welcome);
    assert_eq!(s.settings.site_name, "Hall");
}
