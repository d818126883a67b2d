//! The visitor's "what is needed now" board and gatherings, against a real database: counts
//! without personal details, an offer started from the board, a gathering printed with a QR
//! that is a calendar entry; and `--lang` opening on Home.

mod common;

use aidkiosk::app::{Screen, Step};
use aidkiosk::domain::{Category, Draft, Kind};
use aidkiosk::domain::{NewEntry, NewEvent};
use chrono::Datelike;
use common::Harness;
use crossterm::event::KeyCode;

fn entry(h: &mut Harness, n: usize, kind: Kind, category: Category, name: &str) {
    let mut draft = Draft::new(kind, category);
    draft.name = name.into();
    draft.phone = "+1 555 0100".into();
    let now = common::now();
    for i in 0..n {
        let entry = NewEntry {
            id: format!("E{kind:?}{category:?}{i:04}"),
            draft: draft.clone(),
            language: "en".into(),
        };
        let mut codes = (0u8..).map(|x| {
            aidkiosk::domain::SlipCode::from_random([x, i as u8, kind as u8, category as u8, 7])
        });
        h.kiosk
            .store_mut()
            .save_entry(&entry, &mut || codes.next().unwrap(), now)
            .unwrap();
    }
}

#[test]
fn the_board_counts_open_needs_and_offers_and_invites_an_offer() {
    let mut h = Harness::new();
    entry(&mut h, 3, Kind::Need, Category::BabyChild, "Zainab");
    entry(&mut h, 1, Kind::Offer, Category::BabyChild, "Tom");
    entry(&mut h, 2, Kind::Offer, Category::Food, "Ana");
    h.press(KeyCode::Enter).press(KeyCode::Char('1')); // English, Home
    h.press(KeyCode::Char('4'));
    let screen = h.screen();
    assert!(screen.contains("What is needed now"), "{screen}");
    assert!(
        screen.contains("Most needed: Baby & child. Can you help with this?"),
        "{screen}"
    );
    assert!(screen.contains("3 needs, 1 offer"), "{screen}");
    assert!(screen.contains("0 needs, 2 offers"), "{screen}");
    // Nothing personal reaches the board.
    for private in ["Zainab", "Tom", "Ana", "555"] {
        assert!(!screen.contains(private), "{private} on the board");
    }
    // Baby & child is choice 3: pressing it starts an offer there.
    h.press(KeyCode::Char('3'));
    match &h.kiosk.state.screen {
        Screen::Visit(v) => match &v.step {
            Step::Details(d) => {
                assert_eq!(d.draft.kind, Kind::Offer);
                assert_eq!(d.draft.category, Category::BabyChild);
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_gathering_prints_with_a_calendar_qr_in_the_visitors_language() {
    let mut h = Harness::new();
    gathering_printed(&mut h);
}

/// A second, independent reader of the same QR (zbar, as a phone's camera app would use).
#[test]
#[ignore = "needs zbarimg (Debian zbar-tools); .ci/run installs it and runs the ignored tests"]
fn zbarimg_reads_the_printed_calendar_qr() {
    let mut h = Harness::new();
    let (png, ics) = gathering_printed(&mut h);
    let out = std::process::Command::new("zbarimg")
        .args(["--quiet", "--raw", "-Sbinary"])
        .arg(&png)
        .output()
        .expect("zbarimg is installed (Debian zbar-tools)");
    assert!(out.status.success(), "zbarimg could not read the event QR");
    // Line ends at the very end are zbarimg's to choose; the rest must be identical.
    let read = String::from_utf8_lossy(&out.stdout);
    assert_eq!(read.trim_end(), ics.trim_end());
}

/// Posts two gatherings, opens the coming one as a Spanish visitor and prints it; checks the
/// screen and the QR (read with rqrr) and returns the slip image and the calendar it carries.
fn gathering_printed(h: &mut Harness) -> (std::path::PathBuf, String) {
    let at = |d, hh| {
        chrono::NaiveDate::from_ymd_opt(2026, 12, d)
            .unwrap()
            .and_hms_opt(hh, 0, 0)
            .unwrap()
    };
    let mut store = h.kiosk.store_mut();
    store
        .add_event(
            &NewEvent {
                id: "EVT1".into(),
                starts: at(5, 10),
                ends: at(5, 13),
                place: "Hall B".into(),
                titles: vec![
                    ("en".into(), "Distribution day".into()),
                    ("es".into(), "Día de reparto".into()),
                ],
            },
            None,
            common::now(),
        )
        .unwrap();
    // A gathering already over is not shown.
    store
        .add_event(
            &NewEvent {
                id: "OLD".into(),
                starts: at(1, 10).with_month(11).unwrap(),
                ends: at(1, 11).with_month(11).unwrap(),
                place: "Hall A".into(),
                titles: vec![("en".into(), "Last month".into())],
            },
            None,
            common::now(),
        )
        .unwrap();
    drop(store);
    // Spanish title in Spanish; Arabic falls back to the staff language (English).
    h.press(KeyCode::Enter).press(KeyCode::Char('2')); // Español
    h.press(KeyCode::Char('5'));
    let screen = h.screen();
    assert!(screen.contains("Día de reparto"), "{screen}");
    assert!(!screen.contains("Last month"), "{screen}");
    h.press(KeyCode::Char('1'));
    let screen = h.screen();
    assert!(
        screen.contains("Cuándo: Sábado 2026-12-05, 10:00–13:00"),
        "{screen}"
    );
    assert!(screen.contains("Hall B"), "{screen}");
    h.press(KeyCode::Enter);
    let png = h.slips.path().join("event-EVT1.png");
    let img = image::open(&png).expect("event slip printed").to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, ics) = grids[0].decode().unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.contains("DTSTART:20261205T100000\r\n"), "{ics}");
    assert!(ics.contains("DTEND:20261205T130000\r\n"), "{ics}");
    assert!(ics.contains("SUMMARY:Día de reparto\r\n"), "{ics}");
    assert!(
        ics.contains("LOCATION:Hall B\\, Eastside Pantry\r\n"),
        "{ics}"
    );
    let text = std::fs::read_to_string(h.slips.path().join("event-EVT1.txt")).unwrap();
    assert!(text.contains("Día de reparto"));
    let done = aidkiosk::i18n::I18n::embedded().text("es", "slip-print-done");
    assert!(h.screen().contains(&done), "{}", h.screen());
    (png, ics)
}

#[test]
fn lang_opens_on_home_and_idle_still_returns_to_welcome() {
    let mut h = Harness::new();
    h.kiosk
        .dispatch(aidkiosk::app::Action::StartIn("ar".into()), h.clock);
    assert!(h.screen().contains("؟"), "{}", h.screen());
    match &h.kiosk.state.screen {
        Screen::Visit(v) => assert_eq!(v.lang, "ar"),
        other => panic!("{other:?}"),
    }
    h.wait(90_000 + 15_000 + 500);
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);
}
