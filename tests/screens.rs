//! Every visitor screen, drawn at 80×24 in every shipped language, as insta snapshots: what a
//! person standing at the kiosk sees. Each drawing is also checked for lines that overflow,
//! split wide characters and leftover bidi marks, and menus for choices cut short.

mod common;

use aidkiosk::app::{
    BoardView, CardOffer, CheckState, CheckView, Details, Editing, EventsView, Field, FoundItem,
    Lookup, Menu, Notice, PrintStatus, Screen, SetupField, SetupForm, SlipView, SpeechNote, State,
    Step, Visit,
};
use aidkiosk::domain::{BoardRow, EventInfo};
use aidkiosk::domain::{Category, Draft, Kind, Mode, SlipCode, Status, Urgency};
use aidkiosk::i18n::I18n;
use aidkiosk::i18n::{Direction, SHIPPED_ORDER, bidi};
use aidkiosk::slip::Signer;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_width::UnicodeWidthStr;

const LANGS: &[&str] = SHIPPED_ORDER;

fn board(cursor: usize) -> Step {
    let counts = [
        (14, 3),
        (2, 9),
        (11, 1),
        (0, 4),
        (3, 0),
        (1, 1),
        (0, 0),
        (5, 2),
        (0, 6),
    ];
    let rows = Category::ALL
        .iter()
        .enumerate()
        .map(|(i, &category)| {
            let (needs, offers) = counts.get(i).copied().unwrap_or((1, 0));
            BoardRow {
                category,
                needs,
                offers,
                network: if i == 0 { 7 } else { 0 },
            }
        })
        .collect();
    Step::Board(BoardView {
        menu: Menu {
            cursor,
            page: cursor / 8,
            typed: None,
        },
        rows: Some(rows),
    })
}

fn gatherings(open: Option<usize>, print: Option<PrintStatus>) -> Step {
    let at = |d, h| {
        chrono::NaiveDate::from_ymd_opt(2026, 12, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    };
    Step::Events(EventsView {
        menu: Menu::default(),
        events: Some(vec![
            EventInfo {
                id: "E1".into(),
                title: "Distribution day".into(),
                place: "Hall B, 12 Elm Street".into(),
                starts: at(5, 10),
                ends: at(5, 13),
            },
            EventInfo {
                id: "E2".into(),
                title: "Bike repair skill share".into(),
                place: "Back yard".into(),
                starts: at(12, 14),
                ends: at(12, 16),
            },
        ]),
        open,
        print,
    })
}

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

/// "Check my ticket" answered: needs to pick up, in these categories and states.
fn found(things: &[(Category, Status)]) -> CheckState {
    CheckState::Shown(Lookup::Found {
        code: code(),
        items: things
            .iter()
            .map(|&(category, status)| FoundItem {
                kind: Kind::Need,
                category,
                status,
                mode: Mode::Pickup,
            })
            .collect(),
        site: None,
    })
}

fn visit(lang: &str, step: Step) -> Screen {
    Screen::Visit(Visit::new(lang, step))
}

fn slip(print: PrintStatus) -> Step {
    Step::Slip(SlipView {
        code: code(),
        payload: Signer::new("K3F9Q", b"test secret").payload(&code()),
        things: 1,
        print,
        attempts: 1,
        since: 0,
        shown: 0,
        card: CardOffer::Offered,
        household: None,
    })
}

fn details(edit: Option<Editing>, notice: Option<Notice>, draft: Draft) -> Step {
    Step::Details(Details {
        draft,
        edit,
        notice,
    })
}

/// Every screen a visitor can meet, named.
/// A member who gave 3½ hours and received 1¼, with a household of four.
fn member() -> aidkiosk::domain::member::MemberView {
    use aidkiosk::domain::member::{MemberView, Quarters};
    MemberView {
        id: "m1".into(),
        card: Some(SlipCode::parse("ZCN7-6A8F").unwrap()),
        nickname: "Tío Beto".into(),
        language: "es".into(),
        household: Some(4),
        given: Quarters(14),
        received: Quarters(5),
        created_at: common::now(),
        last_seen_at: common::now(),
    }
}

fn screens(lang: &str) -> Vec<(&'static str, Screen)> {
    vec![
        (
            "setup",
            Screen::Setup({
                let mut form = SetupForm::new("Eastside Pantry");
                form.admin = form.admin.with_text("Maya");
                form.pin = form.pin.with_text("12");
                form.field = SetupField::Pin;
                form
            }),
        ),
        ("welcome", Screen::Welcome),
        ("language", Screen::Language(Menu::default())),
        ("home", visit(lang, Step::Home(Menu::default()))),
        (
            "home-member",
            Screen::Visit(Visit {
                member: Some(Box::new(member())),
                ..Visit::new(lang, Step::Home(Menu::default()))
            }),
        ),
        (
            "check-card",
            visit(
                lang,
                Step::Check(CheckView::new(
                    "ZCN7-6A8F",
                    CheckState::Shown(Lookup::Card(Box::new(member()))),
                )),
            ),
        ),
        (
            "check-card-refused",
            visit(
                lang,
                Step::Check(CheckView::new(
                    "ZCN7-6A8F",
                    CheckState::Shown(Lookup::CardRefused),
                )),
            ),
        ),
        (
            "slip-card-printed",
            visit(
                lang,
                match slip(PrintStatus::Done) {
                    Step::Slip(view) => Step::Slip(SlipView {
                        card: CardOffer::Printed,
                        ..view
                    }),
                    other => other,
                },
            ),
        ),
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
                    menu: Menu {
                        cursor: 9,
                        page: 1,
                        typed: None,
                    },
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
                details(
                    Some(Editing::Choice(Field::Urgency)),
                    None,
                    draft(Kind::Offer),
                ),
            ),
        ),
        (
            "details-phone-needed",
            visit(
                lang,
                details(
                    Some(Editing::Text {
                        field: Field::Phone,
                        input: Field::Phone.input().unwrap().with_text("+1 555"),
                    }),
                    Some(Notice::PhoneNeeded(aidkiosk::domain::PhoneWanted::ToCall)),
                    Draft {
                        mode: Mode::Call,
                        name: "Zainab".into(),
                        ..draft(Kind::Need)
                    },
                ),
            ),
        ),
        ("review", visit(lang, Step::Review(full_draft()))),
        (
            "review-ticket-of-three",
            Screen::Visit(Visit {
                basket: vec![
                    Draft::new(Kind::Need, Category::Food),
                    Draft::new(Kind::Need, Category::Hygiene),
                ],
                ..Visit::new(lang, Step::Review(full_draft()))
            }),
        ),
        ("saving", visit(lang, Step::Saving(full_draft()))),
        ("save-failed", visit(lang, Step::SaveFailed(full_draft()))),
        ("slip-printing", visit(lang, slip(PrintStatus::Pending))),
        ("slip-printed", visit(lang, slip(PrintStatus::Done))),
        ("slip-print-failed", visit(lang, slip(PrintStatus::Failed))),
        (
            "slip-ticket-of-three",
            visit(
                lang,
                match slip(PrintStatus::Done) {
                    Step::Slip(view) => Step::Slip(SlipView { things: 3, ..view }),
                    other => other,
                },
            ),
        ),
        (
            "check-ticket-of-two",
            visit(
                lang,
                Step::Check(CheckView::new(
                    "7K3M-Q9PX",
                    found(&[
                        (Category::Food, Status::Ready),
                        (Category::Clothing, Status::Open),
                    ]),
                )),
            ),
        ),
        (
            "check-elsewhere",
            visit(
                lang,
                Step::Check(CheckView::new("7K3M-Q9PX", {
                    let CheckState::Shown(Lookup::Found { code, items, .. }) =
                        found(&[(Category::Food, Status::Open)])
                    else {
                        unreachable!()
                    };
                    CheckState::Shown(Lookup::Found {
                        code,
                        items,
                        site: Some(Box::new(aidkiosk::app::OtherSite {
                            name: "Library corner".into(),
                            place: "12 Elm Street, side door".into(),
                            hours: "Tue and Thu 16:00–19:00".into(),
                        })),
                    })
                })),
            ),
        ),
        (
            "check-typing",
            visit(
                lang,
                Step::Check(CheckView::new("7K3M-Q9", CheckState::Typing)),
            ),
        ),
        (
            "check-ready",
            visit(
                lang,
                Step::Check(CheckView::new(
                    "7K3M-Q9PX",
                    found(&[(Category::BabyChild, Status::Ready)]),
                )),
            ),
        ),
        (
            "check-not-found",
            visit(
                lang,
                Step::Check(CheckView::new(
                    "ZZZZ-ZZZZ",
                    CheckState::Shown(Lookup::NotFound),
                )),
            ),
        ),
        ("board", visit(lang, board(0))),
        ("board-page-2", visit(lang, board(9))),
        (
            "board-loading",
            visit(lang, Step::Board(BoardView::default())),
        ),
        ("gatherings", visit(lang, gatherings(None, None))),
        ("gathering", visit(lang, gatherings(Some(0), None))),
        (
            "gathering-printed",
            visit(lang, gatherings(Some(1), Some(PrintStatus::Done))),
        ),
        (
            "gatherings-none",
            visit(
                lang,
                Step::Events(EventsView {
                    events: Some(vec![]),
                    ..EventsView::default()
                }),
            ),
        ),
        ("speech-unavailable", {
            let mut v = Visit::new(lang, Step::Home(Menu::default()));
            v.speech_note = SpeechNote::Showing;
            Screen::Visit(v)
        }),
    ]
}

/// The screen's rows as text, each wide character once.
fn rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < buffer.area.width {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x += symbol.width().max(1) as u16;
            }
            row
        })
        .collect()
}

/// Every choice a menu screen offers is on screen whole, not cut at the edge.
fn assert_choices_whole(terminal: &Terminal<TestBackend>, name: &str, lang: &str, i18n: &I18n) {
    let ids: Vec<String> = match name {
        "home" | "speech-unavailable" => [
            "home-need",
            "home-offer",
            "home-check",
            "home-board",
            "home-events",
        ]
        .map(String::from)
        .to_vec(),
        "category-need" | "board" => Category::ALL[..8]
            .iter()
            .map(|c| format!("category-{}", c.as_str()))
            .collect(),
        "category-offer-page-2" | "board-page-2" => Category::ALL[8..]
            .iter()
            .map(|c| format!("category-{}", c.as_str()))
            .chain(["menu-more".to_owned()])
            .collect(),
        _ => return,
    };
    let direction = i18n.direction(lang);
    let screen = rows(terminal).join("\n");
    for id in ids {
        let text = bidi::strip_marks(&i18n.text(lang, &id));
        let shown = match direction {
            Direction::Rtl => bidi::visual(&text, direction, aidkiosk::config::BidiMode::App),
            Direction::Ltr => text,
        };
        assert!(
            screen.contains(&shown),
            "{name}-{lang}: {id} ({shown:?}) is not on screen whole:\n{screen}"
        );
    }
}

fn state(lang: &str, screen: Screen) -> State {
    let mut settings = common::settings();
    settings.languages = SHIPPED_ORDER.iter().map(|l| (*l).to_owned()).collect();
    settings.staff_language = lang.into();
    settings.speech = true;
    // Every language espeak-ng has a voice for (Somali has none).
    settings.spoken = SHIPPED_ORDER
        .iter()
        .filter(|l| **l != "so")
        .map(|l| (*l).to_owned())
        .collect();
    let greeting = settings
        .languages
        .iter()
        .position(|l| l == lang)
        .unwrap_or(0) as u64;
    let mut state = State::new(settings, false, greeting * 3_000 + 1);
    state.screen = screen;
    state
}

#[test]
fn every_screen_in_every_script() {
    let i18n = I18n::embedded();
    for &lang in LANGS {
        for (name, screen) in screens(lang) {
            let st = state(lang, screen);
            let terminal = common::draw(&st, &i18n, 80, 24);
            let snapshot = format!("{name}-{lang}");
            common::assert_well_formed(&terminal, &snapshot);
            assert_choices_whole(&terminal, name, lang, &i18n);
            insta::assert_snapshot!(snapshot, terminal.backend());
        }
    }
}

/// Arabic and Persian footers read right to left unit by unit: each key stays at the right of
/// what it does ("موافق :Enter" is read "Enter: موافق"), the first key of the table is the
/// rightmost, and no two units run into each other (`footer-type` and "Esc: back" once merged,
/// so "Esc" sat beside "type, then"). Checked on the drawn cells of every visitor screen and
/// the idle countdown, against each unit laid out alone.
#[test]
fn right_to_left_footers_keep_each_key_beside_its_action() {
    use aidkiosk::app::keymap::{self, KeyName, Shown};
    use aidkiosk::ui::widgets::Ctx;
    let i18n = I18n::embedded();
    for lang in ["ar", "fa"] {
        let mut states: Vec<(String, State)> = screens(lang)
            .into_iter()
            .map(|(name, screen)| (name.to_owned(), state(lang, screen)))
            .collect();
        let mut idle = state(lang, visit(lang, details(None, None, full_draft())));
        idle.last_input = 0;
        idle.clock = idle.settings.idle_timeout_ms + 4_000;
        states.push(("countdown".into(), idle));
        for (name, st) in states {
            let ctx = Ctx::new(&i18n, st.lang(), st.settings.bidi).themed(st.settings.theme);
            if ctx.direction != Direction::Rtl {
                continue; // the language menu, in the site's first language
            }
            let choices = aidkiosk::ui::view(&st, &ctx, 76).map_or(0, |v| v.digits());
            let units = aidkiosk::ui::keys::footer(&st, &ctx, choices);
            if units.is_empty() {
                continue;
            }
            let lines = aidkiosk::ui::keys::lines(&units, 80);
            let drawn = rows(&common::draw(&st, &i18n, 80, 24));
            let footer = &drawn[drawn.len() - lines.len()..];
            let alone = |u: &str| -> String {
                ctx.line(u, ratatui::style::Style::default(), 80)
                    .spans
                    .iter()
                    .map(|s| s.content.as_ref())
                    .collect::<String>()
                    .trim()
                    .to_owned()
            };
            // Which units go on which line, as the footer packs them.
            let mut next = 0;
            for (line, row) in lines.iter().zip(footer) {
                let count = (1..=units.len() - next)
                    .find(|k| *line == format!(" {}", units[next..next + k].join("   ")))
                    .expect("the footer line is made of whole units");
                let mut expected: Vec<String> =
                    units[next..next + count].iter().map(|u| alone(u)).collect();
                next += count;
                expected.reverse();
                assert_eq!(
                    row.trim(),
                    expected.join("   "),
                    "{name}-{lang}: the footer's units are not laid out right to left, whole"
                );
            }
            // Each key with a fixed name sits at the right end of its own unit.
            let layer = keymap::layer(&st);
            let spoken = st.settings.spoken.iter().any(|l| l == lang);
            let keys: Vec<String> = keymap::hints(layer)
                .filter(|h| match h.shown {
                    Shown::Always => true,
                    Shown::Choices => choices > 0,
                    Shown::Spoken => spoken,
                })
                .map(|h| match h.key {
                    KeyName::Fixed(k) => k.to_owned(),
                    KeyName::Digits if choices <= 1 => "1".to_owned(),
                    KeyName::Digits => format!("1–{choices}"),
                    KeyName::Msg(_) => String::new(),
                })
                .collect();
            assert_eq!(keys.len(), units.len(), "{name}-{lang}");
            for (key, unit) in keys.iter().zip(&units) {
                if !key.is_empty() {
                    let shown = alone(unit);
                    assert!(
                        shown.ends_with(key.as_str()),
                        "{name}-{lang}: {key} is not at the right of its action: {shown:?}"
                    );
                }
            }
        }
    }
}

/// A long note typed at 40 columns, in three scripts: the line scrolls so the cursor and the
/// last characters typed are always on screen, wide characters are never split, and the count
/// shows as the field nears its limit.
#[test]
fn typed_text_at_40_columns_keeps_the_cursor_in_view() {
    let i18n = I18n::embedded();
    let typed = [
        (
            "en",
            "Size 3 nappies and a warm coat for a child of six, please",
        ),
        ("ar", "حفاضات مقاس ثلاثة ومعطف دافئ لطفل في السادسة من فضلكم"),
        (
            "zh-Hans",
            "三号尿布和一件给六岁孩子穿的暖和外套谢谢你们的帮助",
        ),
    ];
    for (lang, text) in typed {
        for (name, cursor_at_end, long) in [
            ("end", true, text.to_owned()),
            ("middle", false, text.to_owned()),
            (
                "near-limit",
                true,
                text.repeat(8).chars().take(197).collect(),
            ),
        ] {
            let mut input = Field::Detail.input().unwrap().with_text(&long);
            if !cursor_at_end {
                for _ in 0..10 {
                    input.edit(aidkiosk::app::text::Edit::Left);
                }
            }
            let screen = visit(
                lang,
                details(
                    Some(Editing::Text {
                        field: Field::Detail,
                        input,
                    }),
                    None,
                    draft(Kind::Need),
                ),
            );
            let st = state(lang, screen);
            let terminal = common::draw(&st, &i18n, 40, 15);
            let snapshot = format!("typed-40-{name}-{lang}");
            common::assert_well_formed(&terminal, &snapshot);
            let rows = rows(&terminal);
            let row = rows
                .iter()
                .find(|r| r.contains('_') || r.contains('▏'))
                .unwrap_or_else(|| panic!("{snapshot}: no cursor on\n{}", rows.join("\n")));
            // What was typed last (before the cursor) is on the row, in some order.
            let chars: Vec<char> = long.chars().collect();
            let before = if cursor_at_end {
                chars.len()
            } else {
                chars.len() - 10
            };
            let last = chars[before - 1];
            // (Arabic is drawn shaped, in presentation forms: its letters are not the typed
            // ones, so only the cursor and the scroll mark are checked there.)
            if lang != "ar" {
                assert!(row.contains(last), "{snapshot}: {last:?} not on {row:?}");
            }
            assert!(
                row.contains('…'),
                "{snapshot}: scrolled, so marked: {row:?}"
            );
            if name == "near-limit" {
                assert!(row.contains("197/200"), "{snapshot}: no count on {row:?}");
            }
            insta::assert_snapshot!(snapshot, terminal.backend());
        }
    }
}

#[test]
fn idle_countdown_over_a_screen() {
    let i18n = I18n::embedded();
    for &lang in LANGS {
        let mut st = state(lang, visit(lang, details(None, None, full_draft())));
        st.last_input = 0;
        st.clock = st.settings.idle_timeout_ms + 4_000;
        let terminal = common::draw(&st, &i18n, 80, 24);
        let snapshot = format!("countdown-{lang}");
        common::assert_well_formed(&terminal, &snapshot);
        insta::assert_snapshot!(snapshot, terminal.backend());
    }
}

#[test]
fn a_tiny_terminal_asks_to_be_enlarged() {
    let i18n = I18n::embedded();
    for &lang in LANGS {
        let st = state(lang, visit(lang, Step::Home(Menu::default())));
        let terminal = common::draw(&st, &i18n, 30, 6);
        common::assert_well_formed(&terminal, "tiny");
        insta::assert_snapshot!(format!("too-small-{lang}"), terminal.backend());
    }
}

#[test]
fn the_on_screen_qr_decodes() {
    // Draw the slip, turn the half blocks back into modules, and decode them with rqrr.
    let i18n = I18n::embedded();
    for &lang in LANGS {
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
