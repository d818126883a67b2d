//! Every visitor screen, drawn at 80×24 in English, Arabic and Chinese, as insta snapshots:
//! what a person standing at the kiosk sees. Each drawing is also checked for lines that
//! overflow, split wide characters and leftover bidi marks.

mod common;

use aidkiosk::app::{
    CheckState, CheckView, Details, Edit, Field, Lookup, Menu, Notice, PrintStatus, Screen,
    SetupField, SetupForm, SlipView, State, Step, Visit,
};
use aidkiosk::domain::{Category, Draft, Kind, Mode, SlipCode, Status, Urgency};
use aidkiosk::i18n::I18n;
use aidkiosk::slip::Signer;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_width::UnicodeWidthStr;

const LANGS: [&str; 3] = ["en", "ar", "zh-Hans"];

fn code() -> SlipCode {
    SlipCode::parse("7K3M-Q9PX").unwrap()
}

fn draft(kind: Kind) -> Draft {
    Draft::new(kind, Category::BabyChild)
}

fn full_draft() -> Draft {
    Draft {
        quantity: 4,
        urgency: Urgency::Today,
        mode: Mode::Call,
        detail: "Size 3 nappies".into(),
        name: "Zainab".into(),
        phone: "+1 555 0100".into(),
        ..draft(Kind::Need)
    }
}

fn visit(lang: &str, step: Step) -> Screen {
    Screen::Visit(Visit {
        lang: lang.into(),
        step,
    })
}

fn slip(print: PrintStatus) -> Step {
    Step::Slip(SlipView {
        code: code(),
        payload: Signer::new("K3F9Q", b"test secret").payload(&code()),
        kind: Kind::Need,
        category: Category::BabyChild,
        print,
        attempts: 1,
        since: 0,
    })
}

fn details(edit: Option<Edit>, notice: Option<Notice>, draft: Draft) -> Step {
    Step::Details(Details {
        draft,
        edit,
        notice,
    })
}

/// Every screen a visitor can meet, named.
fn screens(lang: &str) -> Vec<(&'static str, Screen)> {
    vec![
        (
            "setup",
            Screen::Setup(SetupForm {
                field: SetupField::Pin,
                site: "Eastside Pantry".into(),
                admin: "Maya".into(),
                pin: "12".into(),
                ..SetupForm::default()
            }),
        ),
        ("welcome", Screen::Welcome),
        ("language", Screen::Language(Menu::default())),
        ("home", visit(lang, Step::Home(Menu::default()))),
        (
            "category-need",
            visit(
                lang,
                Step::Category {
                    kind: Kind::Need,
                    menu: Menu::default(),
                },
            ),
        ),
        (
            "category-offer-page-2",
            visit(
                lang,
                Step::Category {
                    kind: Kind::Offer,
                    menu: Menu { cursor: 9, page: 1 },
                },
            ),
        ),
        (
            "details",
            visit(lang, details(None, None, draft(Kind::Need))),
        ),
        (
            "details-choose-urgency",
            visit(
                lang,
                details(Some(Edit::Choice(Field::Urgency)), None, draft(Kind::Offer)),
            ),
        ),
        (
            "details-phone-needed",
            visit(
                lang,
                details(
                    Some(Edit::Text {
                        field: Field::Phone,
                        buffer: "+1 555".into(),
                    }),
                    Some(Notice::PhoneNeeded),
                    Draft {
                        mode: Mode::Call,
                        name: "Zainab".into(),
                        ..draft(Kind::Need)
                    },
                ),
            ),
        ),
        ("review", visit(lang, Step::Review(full_draft()))),
        ("saving", visit(lang, Step::Saving(full_draft()))),
        ("save-failed", visit(lang, Step::SaveFailed(full_draft()))),
        ("slip-printing", visit(lang, slip(PrintStatus::Pending))),
        ("slip-printed", visit(lang, slip(PrintStatus::Done))),
        ("slip-print-failed", visit(lang, slip(PrintStatus::Failed))),
        (
            "check-typing",
            visit(
                lang,
                Step::Check(CheckView {
                    input: "7K3M-Q9".into(),
                    result: CheckState::Typing,
                }),
            ),
        ),
        (
            "check-ready",
            visit(
                lang,
                Step::Check(CheckView {
                    input: "7K3M-Q9PX".into(),
                    result: CheckState::Shown(Lookup::Found {
                        code: code(),
                        kind: Kind::Need,
                        category: Category::BabyChild,
                        status: Status::Matched,
                    }),
                }),
            ),
        ),
        (
            "check-not-found",
            visit(
                lang,
                Step::Check(CheckView {
                    input: "ZZZZ-ZZZZ".into(),
                    result: CheckState::Shown(Lookup::NotFound),
                }),
            ),
        ),
    ]
}

fn state(lang: &str, screen: Screen) -> State {
    let mut settings = common::settings();
    settings.staff_language = lang.into();
    let greeting = settings
        .languages
        .iter()
        .position(|l| l == lang)
        .unwrap_or(0) as u64;
    let mut state = State::new(settings, false, greeting * 3_000 + 1);
    state.screen = screen;
    state
}

/// Each row adds up to the screen width, no wide character is cut, no bidi mark is left.
fn assert_well_formed(terminal: &Terminal<TestBackend>, name: &str) {
    let buffer = terminal.backend().buffer();
    let width = buffer.area.width;
    for y in 0..buffer.area.height {
        let mut x = 0;
        while x < width {
            let symbol = buffer[(x, y)].symbol();
            assert!(
                !symbol
                    .chars()
                    .any(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')),
                "{name}: bidi mark left at ({x},{y})"
            );
            let w = symbol.width().max(1) as u16;
            assert!(
                x + w <= width,
                "{name}: wide character cut at ({x},{y}): {symbol:?}"
            );
            x += w;
        }
    }
}

#[test]
fn every_screen_in_every_script() {
    let i18n = I18n::embedded();
    for lang in LANGS {
        for (name, screen) in screens(lang) {
            let st = state(lang, screen);
            let terminal = common::draw(&st, &i18n, 80, 24);
            let snapshot = format!("{name}-{lang}");
            assert_well_formed(&terminal, &snapshot);
            insta::assert_snapshot!(snapshot, terminal.backend());
        }
    }
}

#[test]
fn idle_countdown_over_a_screen() {
    let i18n = I18n::embedded();
    for lang in LANGS {
        let mut st = state(lang, visit(lang, details(None, None, full_draft())));
        st.last_input = 0;
        st.clock = st.settings.idle_timeout_ms + 4_000;
        let terminal = common::draw(&st, &i18n, 80, 24);
        let snapshot = format!("countdown-{lang}");
        assert_well_formed(&terminal, &snapshot);
        insta::assert_snapshot!(snapshot, terminal.backend());
    }
}

#[test]
fn a_tiny_terminal_asks_to_be_enlarged() {
    let i18n = I18n::embedded();
    for lang in LANGS {
        let st = state(lang, visit(lang, Step::Home(Menu::default())));
        let terminal = common::draw(&st, &i18n, 30, 6);
        assert_well_formed(&terminal, "tiny");
        insta::assert_snapshot!(format!("too-small-{lang}"), terminal.backend());
    }
}

#[test]
fn the_on_screen_qr_decodes() {
    // Draw the slip, turn the half blocks back into modules, and decode them with rqrr.
    let i18n = I18n::embedded();
    for lang in LANGS {
        let st = state(lang, visit(lang, slip(PrintStatus::Done)));
        let terminal = common::draw(&st, &i18n, 80, 24);
        let buffer = terminal.backend().buffer();
        let (w, h) = (buffer.area.width as usize, buffer.area.height as usize);
        let scale = 4;
        let img =
            image::GrayImage::from_fn((w * scale) as u32, (h * 2 * scale) as u32, |px, py| {
                let (x, y) = (px as usize / scale, py as usize / scale);
                let cell = &buffer[(x as u16, (y / 2) as u16)];
                let white_bg = cell.bg == ratatui::style::Color::White;
                let dark = white_bg
                    && match cell.symbol() {
                        "█" => true,
                        "▀" => y % 2 == 0,
                        "▄" => y % 2 == 1,
                        _ => false,
                    };
                image::Luma([if dark { 0 } else { 255 }])
            });
        let mut prepared = rqrr::PreparedImage::prepare(img);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1, "{lang}: one QR on screen");
        let (_, payload) = grids[0].decode().expect("on-screen QR decodes");
        assert_eq!(
            payload,
            Signer::new("K3F9Q", b"test secret").payload(&code())
        );
    }
}
