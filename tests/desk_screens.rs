//! Every staff desk screen at 80×24 in English, Arabic and Chinese, as insta snapshots.

mod common;

use aidkiosk::app::desk::{
    Data, Desk, DropField, DropOffForm, EventForm, Notice, Overlay, Phase, Session, StaffField,
    StaffForm, Tab, Unlock, UnlockMessage,
};
use aidkiosk::app::{Screen, State};
use aidkiosk::domain::event::EventProblem;
use aidkiosk::domain::report::{CategoryGap, GapReport, LanguageCount, WeekGap, weeks};
use aidkiosk::domain::{
    Candidate, EntryView, EventRecord, InventoryItem, MatchView, QueueFilter, Role, StaffMember,
};
use aidkiosk::domain::{Category, Kind, Mode, SlipCode, Status, Urgency};
use aidkiosk::i18n::I18n;
use chrono::{Duration, NaiveDate};

/// Twelve weeks of a site where baby & child needs outrun offers.
fn report() -> GapReport {
    let to = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let from = aidkiosk::domain::report::weeks_back(to, 12);
    let categories: Vec<CategoryGap> = Category::ALL
        .iter()
        .enumerate()
        .map(|(i, &category)| CategoryGap {
            category,
            needs: 40 + 13 * i as u64,
            offers: if category == Category::BabyChild {
                6
            } else {
                30 + 7 * i as u64
            },
            fulfilled: 25 + 9 * i as u64,
            expired: i as u64,
            waiting: (i % 4) as u64,
            median_wait_secs: Some(3600 * (20 + i as i64)),
        })
        .collect();
    let weeks = weeks(from, to)
        .into_iter()
        .enumerate()
        .flat_map(|(w, week)| {
            Category::ALL.iter().map(move |&category| WeekGap {
                week,
                category,
                needs: 3 + (w as u64 * 5) % 11,
                offers: 2 + (w as u64 * 3) % 7,
                fulfilled: 2 + (w as u64 * 4) % 9,
            })
        })
        .collect();
    GapReport {
        from,
        to,
        older_than_days: 7,
        categories,
        weeks,
        median_wait_secs: Some(3600 * 33),
        languages: ["es", "en", "ar", "zh-Hans"]
            .iter()
            .zip([410, 260, 120, 45])
            .map(|(l, n)| LanguageCount {
                language: (*l).into(),
                entries: n,
            })
            .collect(),
    }
}

fn gathering() -> EventRecord {
    let day = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    EventRecord {
        id: "ev1".into(),
        starts: day.and_hms_opt(10, 0, 0).unwrap(),
        ends: day.and_hms_opt(12, 0, 0).unwrap(),
        place: "Main hall".into(),
        titles: vec![
            ("ar".into(), "توزيع الطعام".into()),
            ("en".into(), "Food distribution".into()),
            ("es".into(), "Reparto de comida".into()),
            ("zh-Hans".into(), "食物发放".into()),
        ],
    }
}

fn member(name: &str, role: Role) -> StaffMember {
    StaffMember {
        id: format!("id-{name}"),
        name: name.into(),
        role,
        active: true,
    }
}

fn entry(
    code: &str,
    kind: Kind,
    category: Category,
    status: Status,
    minutes_ago: i64,
) -> EntryView {
    EntryView {
        id: format!("e-{code}"),
        code: SlipCode::parse(code).unwrap(),
        kind,
        category,
        quantity: 2,
        urgency: Urgency::Today,
        mode: Mode::Call,
        language: "ar".into(),
        status,
        created_at: common::now() - Duration::minutes(minutes_ago),
        detail: "Size 3 nappies".into(),
        name: "Zainab".into(),
        phone: "+1 555 0100".into(),
        picked_up: None,
    }
}

fn stock() -> Vec<InventoryItem> {
    vec![
        InventoryItem {
            id: "i1".into(),
            category: Category::BabyChild,
            item: "Nappies size 3".into(),
            quantity: 14,
        },
        InventoryItem {
            id: "i2".into(),
            category: Category::Food,
            item: "Rice 1 kg".into(),
            quantity: 0,
        },
    ]
}

fn data() -> Data {
    let need = entry(
        "7K3M-Q9PX",
        Kind::Need,
        Category::BabyChild,
        Status::Open,
        12,
    );
    Data {
        loaded_at: Some(common::now()),
        filter: QueueFilter::default(),
        queue: vec![
            need.clone(),
            entry(
                "AB12-CD34",
                Kind::Offer,
                Category::Food,
                Status::Matched,
                75,
            ),
            entry(
                "ZZ99-XY88",
                Kind::Need,
                Category::Clothing,
                Status::PickedUp,
                3,
            ),
        ],
        needs: vec![(Category::BabyChild, 4), (Category::Food, 1)],
        matches: vec![MatchView {
            id: "m1".into(),
            need: need.clone(),
            offer: None,
            stock: Some(stock()[0].clone()),
            quantity: 2,
            confirmed: false,
        }],
        inventory: stock(),
        staff: vec![
            member("Lee", Role::Volunteer),
            member("Maya", Role::Coordinator),
            StaffMember {
                active: false,
                ..member("Sam", Role::Volunteer)
            },
        ],
        events: vec![gathering()],
        report: Some(Box::new(report())),
        counting: false,
    }
}

fn session(tab: Tab, overlay: Option<Overlay>, notice: Option<Notice>) -> Phase {
    let mut s = Session::new(member("Maya", Role::Coordinator));
    s.tab = tab;
    s.overlay = overlay;
    s.notice = notice;
    s.data = data();
    Phase::Open(Box::new(s))
}

fn screens() -> Vec<(&'static str, Phase)> {
    let staff = vec![
        member("Maya", Role::Coordinator),
        member("Lee", Role::Volunteer),
    ];
    let need = entry(
        "7K3M-Q9PX",
        Kind::Need,
        Category::BabyChild,
        Status::Open,
        12,
    );
    let mut picked = need.clone();
    picked.status = Status::PickedUp;
    picked.picked_up = Some((common::now() - Duration::minutes(5), "Lee".into()));
    vec![
        (
            "who",
            Phase::Locked(Unlock {
                staff: staff.clone(),
                ..Unlock::default()
            }),
        ),
        (
            "pin",
            Phase::Locked(Unlock {
                staff: staff.clone(),
                chosen: Some(1),
                pin: aidkiosk::app::desk::pin_field().with_text("12"),
                ..Unlock::default()
            }),
        ),
        (
            "pin-wrong",
            Phase::Locked(Unlock {
                staff: staff.clone(),
                chosen: Some(1),
                message: Some(UnlockMessage::WrongPin { left: 2 }),
                ..Unlock::default()
            }),
        ),
        ("no-staff", Phase::Locked(Unlock::default())),
        (
            "queue",
            session(
                Tab::Queue,
                None,
                Some(Notice::PickedUp(SlipCode::parse("ZZ99-XY88").unwrap())),
            ),
        ),
        ("needs", session(Tab::Needs, None, None)),
        ("matches", session(Tab::Matches, None, None)),
        (
            "inventory",
            session(
                Tab::Inventory,
                None,
                Some(Notice::HandedOut {
                    item: "Nappies size 3".into(),
                    left: 14,
                }),
            ),
        ),
        (
            "entry-need",
            session(Tab::Queue, Some(Overlay::Entry(need.clone())), None),
        ),
        (
            "entry-picked",
            session(Tab::Queue, Some(Overlay::Entry(picked)), None),
        ),
        (
            "refused",
            session(Tab::Queue, None, Some(Notice::RefusedSignature)),
        ),
        (
            "staff",
            session(Tab::Staff, None, Some(Notice::StaffAdded("Lee".into()))),
        ),
        (
            "staff-add",
            session(
                Tab::Staff,
                Some(Overlay::StaffForm({
                    let mut f = StaffForm::adding();
                    f.name = f.name.with_text("Lee");
                    f.pin = f.pin.with_text("13");
                    f.field = StaffField::Pin;
                    f
                })),
                None,
            ),
        ),
        (
            "need-list",
            session(
                Tab::Needs,
                Some(Overlay::NeedList {
                    category: Category::BabyChild,
                    needs: vec![need.clone()],
                    cursor: 0,
                }),
                None,
            ),
        ),
        (
            "candidates",
            session(
                Tab::Needs,
                Some(Overlay::Candidates {
                    need: need.clone(),
                    list: vec![
                        Candidate::Offer(entry(
                            "AB12-CD34",
                            Kind::Offer,
                            Category::BabyChild,
                            Status::Open,
                            40,
                        )),
                        Candidate::Stock(stock()[0].clone()),
                    ],
                    cursor: 1,
                }),
                None,
            ),
        ),
        (
            "drop-off",
            session(
                Tab::Inventory,
                Some(Overlay::DropOff({
                    let mut f = DropOffForm::new(
                        Category::BabyChild,
                        6,
                        Some(SlipCode::parse("AB12-CD34").unwrap()),
                    );
                    f.item = f.item.with_text("Nappies");
                    f.field = DropField::Quantity;
                    f
                })),
                None,
            ),
        ),
        (
            "events",
            session(
                Tab::Events,
                None,
                Some(Notice::EventPosted("Food distribution".into())),
            ),
        ),
        (
            "event-form",
            session(
                Tab::Events,
                Some(Overlay::EventForm({
                    let languages: Vec<String> =
                        ["en", "es", "ar", "zh-Hans"].map(String::from).to_vec();
                    let mut f = EventForm::new(&languages, "en");
                    f.starts = f.starts.with_text("2026-12-05 10:00");
                    f.ends = f.ends.with_text("9:00");
                    f.place = f.place.with_text("Main hall");
                    f.titles[0].1 = f.titles[0].1.clone().with_text("Food distribution");
                    f.titles[1].1 = f.titles[1].1.clone().with_text("Reparto de comida");
                    f.field.at = 1;
                    f.problem = Some((EventProblem::Ends, None));
                    f
                })),
                None,
            ),
        ),
        ("report", session(Tab::Report, None, None)),
        // Scrolled to its end: the sparklines and the languages (isolated one by one, so
        // Arabic keeps them in its own order).
        ("report-end", {
            let Phase::Open(mut s) = session(Tab::Report, None, None) else {
                unreachable!()
            };
            s.cursor = 12;
            Phase::Open(s)
        }),
    ]
}

#[test]
fn every_desk_screen_in_every_script() {
    let i18n = I18n::embedded();
    for lang in ["en", "ar", "zh-Hans"] {
        for (name, phase) in screens() {
            let mut settings = common::settings();
            settings.staff_language = lang.into();
            settings.staff_console = true;
            let mut state = State::new(settings, false, 0);
            state.screen = Screen::Desk(Desk {
                console: "staff".into(),
                phase,
            });
            let terminal = common::draw(&state, &i18n, 80, 24);
            insta::assert_snapshot!(format!("desk-{name}-{lang}"), terminal.backend());
        }
    }
}
