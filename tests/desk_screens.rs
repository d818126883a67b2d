//! Every staff desk screen at 80×24 in English, Arabic and Chinese, as insta snapshots.

mod common;

use aidkiosk::app::desk::ElsewherePanel;
use aidkiosk::app::desk::{
    CloseForm, CountForm, Data, Desk, DropField, DropOffForm, EntryPanel, EventForm, ExchangeForm,
    ExchangeProblem, IntakeForm, MemberForm, MemberPanel, MyPinForm, Notice, Overlay, Phase,
    Session, StaffField, StaffForm, Tab, Unlock, UnlockField, UnlockMessage,
};
use aidkiosk::app::{Screen, State};
use aidkiosk::domain::event::EventProblem;
use aidkiosk::domain::member::{Counterpart, MemberView, Quarters, StatementLine};
use aidkiosk::domain::network::{
    Conflict, NetDay, NetItem, NetSite, NetTicket, NetworkView, Problem,
};
use aidkiosk::domain::report::{CategoryGap, GapReport, LanguageCount, WeekGap, weeks};
use aidkiosk::domain::{
    Candidate, CloseReason, Connection, EntryView, EventRecord, InventoryItem, MatchView, Partner,
    QueueFilter, QueueView, Role, StaffMember,
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
        members: aidkiosk::domain::report::MemberFigures {
            served: 41,
            needs_without_card: 120,
            by_category: vec![(Category::Food, 30), (Category::BabyChild, 14)],
            weeks: vec![aidkiosk::domain::report::MemberWeek {
                week: to,
                served: 15,
                new: 3,
                returning: 12,
            }],
            week_categories: Vec::new(),
            quarters: vec![(Category::Skills, 30), (Category::Transport, 9)],
        },
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
        locked_until: None,
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
        ticket: SlipCode::parse(code).unwrap(),
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
        updated_at: common::now() - Duration::minutes(minutes_ago),
        closed_reason: None,
        partner: None,
    }
}

/// A pantry's day: `n` entries of every kind, category, urgency, mode and language.
fn many(n: usize) -> Vec<EntryView> {
    let langs = ["es", "en", "ar", "zh-Hans", "so", "fa"];
    (0..n)
        .map(|i| {
            let code = aidkiosk::domain::SlipCode::from_random([i as u8, (i >> 8) as u8, 7, 3, 1]);
            let kind = if i % 3 == 0 { Kind::Offer } else { Kind::Need };
            EntryView {
                urgency: Urgency::ALL[i % 3],
                mode: Mode::ALL[i % 3],
                language: langs[i % langs.len()].into(),
                quantity: 1 + (i % 6) as u8,
                status: [Status::Open, Status::Matched, Status::Ready][i % 3],
                ..entry(
                    &code.display(),
                    kind,
                    Category::ALL[i % Category::ALL.len()],
                    Status::Open,
                    3 + 7 * i as i64,
                )
            }
        })
        .collect()
}

fn stock() -> Vec<InventoryItem> {
    let mut items = vec![
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
    ];
    items.extend((0..60).map(|i| InventoryItem {
        id: format!("s{i}"),
        category: Category::ALL[i % 4],
        item: format!("Item {i:02}"),
        quantity: (i * 3 % 17) as i64,
    }));
    items
}

fn data() -> Data {
    let need = entry(
        "7K3M-Q9PX",
        Kind::Need,
        Category::BabyChild,
        Status::Open,
        12,
    );
    let queue = many(300);
    Data {
        loaded_at: Some(common::now()),
        filter: QueueFilter::default(),
        counts: QueueView::ALL
            .iter()
            .zip([300, 100, 100, 100, 0, 84, 3])
            .map(|(v, n)| (*v, n))
            .collect(),
        calls: queue
            .iter()
            .filter(|e| e.mode != Mode::Pickup)
            .cloned()
            .collect(),
        unprinted: queue.iter().take(4).cloned().collect(),
        queue,
        needs: Category::ALL
            .iter()
            .enumerate()
            .map(|(i, c)| (*c, 40 - i as i64))
            .collect(),
        matches: (0..40)
            .map(|i| MatchView {
                id: format!("m{i}"),
                need: need.clone(),
                offer: None,
                stock: Some(stock()[0].clone()),
                quantity: 2,
                confirmed: false,
                site: None,
            })
            .collect(),
        inventory: stock(),
        staff: vec![
            member("Lee", Role::Volunteer),
            member("Maya", Role::Coordinator),
            StaffMember {
                active: false,
                ..member("Sam", Role::Volunteer)
            },
            StaffMember {
                locked_until: Some(common::now() + Duration::minutes(4)),
                ..member("Tam", Role::Volunteer)
            },
        ]
        .into_iter()
        .chain((0..36).map(|i| member(&format!("Volunteer {i:02}"), Role::Volunteer)))
        .collect(),
        events: std::iter::once(gathering())
            .chain((1..30i64).map(|i| {
                let mut g = gathering();
                g.id = format!("ev{i}");
                g.starts += Duration::days(i);
                g.ends += Duration::days(i);
                g.place = format!("Room {i}");
                g
            }))
            .collect(),
        report: Some(Box::new(report())),
        counting: false,
        members: (0..60).map(member_view).collect(),
        network: Some(Box::new(network_view())),
        net_days: None,
    }
}

/// Three sites: one behind a gap, one removed; a refused file, a newer one, a conflict.
fn network_view() -> NetworkView {
    let site = |tag: &str, name: &str, local: bool| NetSite {
        tag: tag.into(),
        name: name.into(),
        place: "Side door".into(),
        hours: "Tue 16–19".into(),
        verify_key: vec![1; 32],
        is_local: local,
        joined_at: Some("2026-11-01T10:00:00.000Z".into()),
        removed_at: None,
        applied: 41,
        file_at: Some("2026-11-25T10:12:00.000Z".into()),
        waiting: 0,
    };
    let problem = |kind: &str, reason: &str| Problem {
        site: "K3F9Q".into(),
        file: "0000000042.akx".into(),
        kind: kind.into(),
        reason: reason.into(),
        at: "2026-11-25T10:20:00.000Z".into(),
    };
    NetworkView {
        in_network: true,
        sites: vec![
            site("P8242", "Eastside Pantry", true),
            NetSite {
                waiting: 3,
                ..site("K3F9Q", "Library corner", false)
            },
            NetSite {
                removed_at: Some("2026-11-20T09:00:00.000Z".into()),
                file_at: None,
                ..site("ZZ9QX", "St Mark's hall", false)
            },
        ],
        problems: vec![
            problem("refused", "the file is not signed by the site it names"),
            problem("newer", "written by a newer aidkiosk (format 2)"),
        ],
        conflicts: vec![Conflict {
            entry_site: "K3F9Q".into(),
            entry_id: "E1".into(),
            code: "7K3MQ9PX".into(),
            category: "food".into(),
            handovers: vec![
                ("Library corner".into(), "2026-11-25T09:00:00.000Z".into()),
                ("Eastside Pantry".into(), "2026-11-25T09:40:00.000Z".into()),
            ],
        }],
    }
}

/// A ticket of the library corner, scanned at this desk.
fn elsewhere_panel() -> ElsewherePanel {
    let item = |category, status, handed: &[&str]| NetItem {
        entry_id: format!("E{category:?}"),
        kind: Kind::Need,
        category,
        status,
        mode: Mode::Pickup,
        quantity: 2,
        language: "so".into(),
        handed_at: handed.iter().map(|s| (*s).to_owned()).collect(),
    };
    ElsewherePanel {
        ticket: NetTicket {
            site: "K3F9Q".into(),
            site_name: "Library corner".into(),
            place: "12 Elm Street".into(),
            hours: "Tue and Thu 16:00–19:00".into(),
            code: SlipCode::parse("7K3M-Q9PX").unwrap(),
            qr: String::new(),
            items: vec![
                item(Category::Food, Status::Open, &[]),
                item(Category::Hygiene, Status::Open, &["Library corner"]),
            ],
        },
        cursor: 0,
        typed: false,
        confirming: false,
    }
}

/// Member `i` of a site where a few have received much more than they gave.
fn member_view(i: usize) -> MemberView {
    let code = |n: u8| SlipCode::from_random([n, 2 * n, 3 * n, 4, 5]);
    MemberView {
        id: format!("m{i:02}"),
        card: (i != 3).then(|| code(u8::try_from(i).unwrap())),
        nickname: ["Ana", "", "Tío Beto", "", "Mama Fatou"][i % 5].into(),
        language: ["es", "en", "ar", "zh-Hans", "so"][i % 5].into(),
        household: (i % 4 != 1).then_some(u8::try_from(1 + i % 6).unwrap()),
        given: Quarters(i64::try_from(i * 3 % 29).unwrap()),
        received: Quarters(if i % 7 == 2 {
            60
        } else {
            i64::try_from(i % 9).unwrap()
        }),
        created_at: common::now() - Duration::days(40),
        last_seen_at: common::now() - Duration::hours(i64::try_from(i).unwrap() * 5),
    }
}

fn member_panel() -> MemberPanel {
    let line = |i: i64, q: i64, reversal: bool, reversed: bool| StatementLine {
        transfer_id: format!("t{i}"),
        at: common::now() - Duration::days(i),
        category: [
            Category::Skills,
            Category::Transport,
            Category::Companionship,
        ][usize::try_from(i % 3).unwrap()],
        quarters: Quarters(q),
        reversal,
        reversed,
        other: [
            Counterpart::Site,
            Counterpart::Member(Some(SlipCode::parse("HKYV-P3F3").unwrap())),
            Counterpart::Removed,
        ][usize::try_from(i % 3).unwrap()],
    };
    MemberPanel {
        member: member_view(2),
        statement: vec![
            line(0, 6, false, false),
            line(1, 4, true, false),
            line(2, -4, false, true),
            line(3, -60, false, false),
        ]
        .into_iter()
        .chain((4..30).map(|i| line(i, if i % 2 == 0 { 3 } else { -5 }, false, false)))
        .collect(),
        cursor: 1,
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

/// The same, the list's selection `at` (the middle of a long list).
fn at(tab: Tab, cursor: usize) -> Phase {
    let Phase::Open(mut s) = session(tab, None, None) else {
        unreachable!()
    };
    s.cursor = cursor;
    Phase::Open(s)
}

fn panel(entry: EntryView, typed: bool, confirming: bool) -> Option<Overlay> {
    Some(Overlay::Entry(EntryPanel {
        entry,
        typed,
        confirming,
    }))
}

fn screens() -> Vec<(&'static str, Phase)> {
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
    let mut ready = need.clone();
    ready.status = Status::Ready;
    ready.partner = Some(Partner {
        match_id: "m1".into(),
        proposed: false,
        code: Some(SlipCode::parse("AB12-CD34").unwrap()),
        kind: Some(Kind::Offer),
        category: Category::BabyChild,
        status: Some(Status::Received),
        item: None,
        received: Some(("Nappies size 3".into(), 2)),
    });
    let mut ride = entry(
        "RD77-KM42",
        Kind::Offer,
        Category::Transport,
        Status::Matched,
        40,
    );
    ride.partner = Some(Partner {
        match_id: "m2".into(),
        proposed: false,
        code: Some(SlipCode::parse("7K3M-Q9PX").unwrap()),
        kind: Some(Kind::Need),
        category: Category::Transport,
        status: Some(Status::Matched),
        item: None,
        received: None,
    });
    let connection = Connection {
        need: entry(
            "7K3M-Q9PX",
            Kind::Need,
            Category::Transport,
            Status::Connected,
            90,
        ),
        offer: EntryView {
            name: "Tom".into(),
            phone: "+1 555 0142".into(),
            language: "en".into(),
            ..entry(
                "RD77-KM42",
                Kind::Offer,
                Category::Transport,
                Status::Connected,
                40,
            )
        },
    };
    let typed_name = |text: &str| {
        let mut u = Unlock::default();
        u.name = u.name.with_text(text);
        u
    };
    vec![
        ("sign-in", Phase::Locked(typed_name("Le"))),
        ("pin", {
            let mut u = typed_name("Lee");
            u.field = UnlockField::Pin;
            u.pin = u.pin.with_text("12");
            Phase::Locked(u)
        }),
        ("pin-wrong", {
            let mut u = typed_name("Lee");
            u.field = UnlockField::Pin;
            u.message = Some(UnlockMessage::Wrong { left: 2 });
            Phase::Locked(u)
        }),
        (
            "no-staff",
            Phase::Locked(Unlock {
                any_staff: Some(false),
                ..Unlock::default()
            }),
        ),
        ("queue", session(Tab::Queue, None, None)),
        ("queue-middle", at(Tab::Queue, 150)),
        (
            "entry-need",
            session(Tab::Queue, panel(need.clone(), false, false), None),
        ),
        (
            "entry-typed-check",
            session(Tab::Queue, panel(need.clone(), true, true), None),
        ),
        (
            "entry-ready",
            session(Tab::Queue, panel(ready, false, false), None),
        ),
        (
            "entry-picked",
            session(Tab::Queue, panel(picked, false, false), None),
        ),
        (
            "entry-ride",
            session(Tab::Queue, panel(ride, false, false), None),
        ),
        (
            "connected",
            session(
                Tab::Queue,
                Some(Overlay::Connected(Box::new(connection))),
                None,
            ),
        ),
        (
            "refused",
            session(Tab::Queue, None, Some(Notice::RefusedSignature)),
        ),
        ("needs", at(Tab::Needs, 6)),
        (
            "need-list",
            session(
                Tab::Needs,
                Some(Overlay::NeedList {
                    category: Category::BabyChild,
                    needs: many(120),
                    cursor: 60,
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
                    list: many(80)
                        .into_iter()
                        .map(|e| {
                            Candidate::Offer(Box::new(EntryView {
                                kind: Kind::Offer,
                                ..e
                            }))
                        })
                        .chain([Candidate::Stock(stock()[0].clone())])
                        .collect(),
                    cursor: 40,
                }),
                None,
            ),
        ),
        (
            "found",
            session(
                Tab::Queue,
                Some(Overlay::Found {
                    text: "Zain".into(),
                    list: many(30),
                    cursor: 3,
                }),
                None,
            ),
        ),
        (
            "ticket-of-three",
            session(
                Tab::Queue,
                Some(Overlay::Ticket {
                    code: SlipCode::parse("7K3M-Q9PX").unwrap(),
                    list: vec![
                        EntryView {
                            status: Status::PickedUp,
                            category: Category::Food,
                            ..entry("7K3M-Q9PX", Kind::Need, Category::Food, Status::Open, 4)
                        },
                        EntryView {
                            ticket: SlipCode::parse("7K3M-Q9PX").unwrap(),
                            ..entry(
                                "HKYV-P3F3",
                                Kind::Need,
                                Category::BabyChild,
                                Status::Open,
                                4,
                            )
                        },
                        EntryView {
                            ticket: SlipCode::parse("7K3M-Q9PX").unwrap(),
                            ..entry("J2RT-8WQA", Kind::Need, Category::Clothing, Status::Open, 4)
                        },
                    ],
                    cursor: 1,
                    typed: false,
                }),
                None,
            ),
        ),
        ("matches", at(Tab::Matches, 20)),
        ("staff-middle", at(Tab::Staff, 20)),
        ("events-middle", at(Tab::Events, 15)),
        ("inventory", at(Tab::Inventory, 30)),
        ("calls", at(Tab::Calls, 50)),
        (
            "printing",
            session(
                Tab::Printing,
                None,
                Some(Notice::PrintFailed(
                    SlipCode::parse("7K3M-Q9PX").unwrap(),
                    "the printer is not connected".into(),
                )),
            ),
        ),
        (
            "staff",
            session(Tab::Staff, None, Some(Notice::StaffDisabled("Sam".into()))),
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
            "close",
            session(
                Tab::Queue,
                Some(Overlay::Close(CloseForm {
                    entry: need.clone(),
                    reason: CloseReason::Unreachable,
                })),
                None,
            ),
        ),
        (
            "count",
            session(
                Tab::Inventory,
                Some(Overlay::Count(CountForm::new(&stock()[0]))),
                None,
            ),
        ),
        (
            "intake",
            session(
                Tab::Queue,
                Some(Overlay::Intake(Box::new({
                    let mut f = IntakeForm::new(Category::ALL, "ar");
                    f.name = f.name.with_text("Fatima");
                    f.field.at = 8;
                    f
                }))),
                None,
            ),
        ),
        (
            "my-pin",
            session(Tab::Queue, Some(Overlay::MyPin(MyPinForm::default())), None),
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
        ("members", at(Tab::Members, 2)),
        ("network", at(Tab::Network, 0)),
        (
            "elsewhere",
            session(
                Tab::Queue,
                Some(Overlay::Elsewhere(Box::new(elsewhere_panel()))),
                Some(Notice::HandedElsewhere(
                    SlipCode::parse("HKYV-P3F3").unwrap(),
                    "Library corner".into(),
                )),
            ),
        ),
        (
            "member",
            session(
                Tab::Members,
                Some(Overlay::Member(Box::new(member_panel()))),
                Some(Notice::Exchanged {
                    quarters: Quarters(6),
                    debt: true,
                }),
            ),
        ),
        (
            "member-form",
            session(
                Tab::Members,
                Some(Overlay::MemberForm({
                    let mut f = MemberForm::new("so");
                    f.nickname = f.nickname.with_text("Mama Fatou");
                    f.household = f.household.with_text("120");
                    f.bad_household = true;
                    f.field.at = 1;
                    f
                })),
                None,
            ),
        ),
        (
            "exchange",
            session(
                Tab::Members,
                Some(Overlay::Exchange(Box::new({
                    let mut f = ExchangeForm::new(
                        Some(SlipCode::parse("7K3M-Q9PX").unwrap()),
                        &common::settings(),
                    );
                    f.receiver = f.receiver.with_text("HKYV-P3F3");
                    f.hours = f.hours.with_text("1.3");
                    f.problem = Some(ExchangeProblem::Hours);
                    f.field.at = 2;
                    f
                }))),
                None,
            ),
        ),
        ("report", session(Tab::Report, None, None)),
        ("report-network", {
            let Phase::Open(mut s) = session(Tab::Report, None, None) else {
                unreachable!()
            };
            s.report_network = true;
            let day = |site: &str, category: Category, made, met| NetDay {
                site: site.into(),
                category: category.as_str().into(),
                made,
                met,
                expired: 0,
            };
            s.data.net_days = Some(vec![
                day("Eastside Pantry", Category::Food, 412, 301),
                day("Eastside Pantry", Category::Hygiene, 88, 40),
                day("Library corner", Category::Food, 120, 97),
                day("Library corner", Category::Clothing, 35, 12),
                day("St Mark's hall", Category::Food, 64, 60),
            ]);
            Phase::Open(s)
        }),
        // Scrolled to its end: the sparklines (isolated, left to right in every language).
        ("report-end", at(Tab::Report, 13)),
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
            // Not printed: the printer is off, and the header says why in full.
            if name == "printing" {
                state.printer = Some(aidkiosk::app::PrinterNote {
                    code: SlipCode::parse("7K3M-Q9PX").unwrap(),
                    error: Some("the printer is not connected (lp: no such printer)".into()),
                    at: 0,
                });
            }
            let terminal = common::draw(&state, &i18n, 80, 24);
            insta::assert_snapshot!(format!("desk-{name}-{lang}"), terminal.backend());
        }
    }
}
