//! Reports, exports, the paper roster and gatherings from the command line, on a seeded site.

mod common;

use common::{aidkiosk, fails, run};

/// A site with three months of made-up history and a volunteer besides the coordinator.
fn site() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    run(aidkiosk(&data)
        .args([
            "init",
            "--site",
            "Eastside Pantry",
            "--admin",
            "Maya",
            "--pin-stdin",
        ])
        .write_stdin("2468\n"));
    run(aidkiosk(&data)
        .args(["staff", "add", "--name", "Lee", "--pin-stdin"])
        .write_stdin("1357\n"));
    let out = run(aidkiosk(&data).args(["seed", "--entries", "3000", "--days", "90"]));
    assert!(out.starts_with("Seeded 3000 entries over 90 days"), "{out}");
    (dir, data)
}

#[test]
fn the_gap_report_in_three_formats_agrees() {
    let (_dir, data) = site();
    let table = run(aidkiosk(&data).args(["report", "gaps"]));
    assert!(
        table.starts_with("Gap report, Eastside Pantry: "),
        "{table}"
    );
    assert!(table.contains("(12 weeks)"), "{table}");
    assert!(table.contains("Largest gap: "), "{table}");
    assert!(table.contains("Languages used:"), "{table}");
    let json: serde_json::Value = serde_json::from_str(&run(
        aidkiosk(&data).args(["report", "gaps", "--format", "json"])
    ))
    .unwrap();
    let csv = run(aidkiosk(&data).args(["report", "gaps", "--format", "csv"]));
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        rows.headers().unwrap(),
        vec!["figure", "week", "category", "language", "value"]
    );
    // The category totals are the same in CSV, JSON and the weekly rows summed.
    let mut needs_by_category = std::collections::BTreeMap::<String, u64>::new();
    let mut weekly_needs = std::collections::BTreeMap::<String, u64>::new();
    for row in rows.records() {
        let row = row.unwrap();
        let value: u64 = row[4].parse().unwrap_or(0);
        match (&row[0], row[1].is_empty()) {
            ("needs", true) => {
                needs_by_category.insert(row[2].to_owned(), value);
            }
            ("needs", false) => *weekly_needs.entry(row[2].to_owned()).or_default() += value,
            _ => {}
        }
    }
    for c in json["categories"].as_array().unwrap() {
        let name = c["category"].as_str().unwrap();
        let needs = c["needs"].as_u64().unwrap();
        assert_eq!(needs_by_category[name], needs, "{name}");
        assert_eq!(weekly_needs[name], needs, "{name}: weeks add up");
    }
    let total: u64 = needs_by_category.values().sum();
    assert!(total > 500, "three months of needs: {total}");
    assert!(
        fails(aidkiosk(&data).args([
            "report",
            "gaps",
            "--from",
            "2026-12-01",
            "--to",
            "2026-11-01"
        ]))
        .contains("is after")
    );
    assert!(
        fails(aidkiosk(&data).args(["report", "gaps", "--from", "yesterday"])).contains("--from")
    );
}

#[test]
fn exports_leave_contacts_out_unless_a_coordinator_unlocks_them() {
    let (dir, data) = site();
    run(aidkiosk(&data).args([
        "event",
        "add",
        "--starts",
        "2030-01-05 10:00",
        "--ends",
        "12:00",
        "--place",
        "=HYPERLINK(\"x\")",
        "--title",
        "en=Food distribution",
        "--title",
        "es=Reparto",
    ]));
    let out_dir = dir.path().join("export");
    let out = run(aidkiosk(&data).args(["export", "csv"]).arg(&out_dir));
    assert!(out.contains("entries.csv        3000 rows"), "{out}");
    let entries = std::fs::read_to_string(out_dir.join("entries.csv")).unwrap();
    let header = entries.lines().next().unwrap();
    assert_eq!(
        header,
        "\u{feff}id,slip_code,site,kind,category,quantity,urgency,mode,language,status,created_at,updated_at"
    );
    for secret in ["pin_hash", "secret", "$argon2"] {
        for f in std::fs::read_dir(&out_dir).unwrap() {
            let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
            assert!(!text.contains(secret), "{secret} exported");
        }
    }
    // A spreadsheet never runs a typed formula.
    let events = std::fs::read_to_string(out_dir.join("events.csv")).unwrap();
    assert!(events.contains("'=HYPERLINK"), "{events}");
    let ics = std::fs::read_to_string(out_dir.join("events.ics")).unwrap();
    assert!(ics.contains("SUMMARY:Food distribution\r\n"), "{ics}");
    assert!(ics.contains("DESCRIPTION:es: Reparto\r\n"), "{ics}");

    // Contacts: a volunteer, or a wrong PIN, is refused; the coordinator gets them.
    let with = dir.path().join("with");
    for (who, pin) in [("Lee", "1357\n"), ("Maya", "9999\n")] {
        let err = fails(
            aidkiosk(&data)
                .args(["export", "csv"])
                .arg(&with)
                .args(["--with-contact", "--staff", who, "--pin-stdin"])
                .write_stdin(pin),
        );
        assert!(err.contains("only for a coordinator"), "{err}");
    }
    assert!(
        !with.join("entries.csv").exists(),
        "nothing written when refused"
    );
    // A seed into a site with entries needs --force.
    assert!(fails(aidkiosk(&data).args(["seed", "--entries", "10"])).contains("--force"));
    run(aidkiosk(&data)
        .args(["export", "csv"])
        .arg(&with)
        .args(["--with-contact", "--staff", "Maya", "--pin-stdin"])
        .write_stdin("2468\n"));
    let entries = std::fs::read_to_string(with.join("entries.csv")).unwrap();
    assert!(
        entries
            .lines()
            .next()
            .unwrap()
            .ends_with(",contact_name,contact_phone,detail")
    );
    assert!(
        entries.contains("'+1 555 "),
        "phones kept as text: {}",
        &entries[..300]
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(with.join("entries.csv"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o600,
            "contacts readable by the coordinator only"
        );
    }
    // Guessing a coordinator's PIN at the command line locks it, as at a desk.
    let export = |pin: &str| {
        fails(
            aidkiosk(&data)
                .args(["export", "csv"])
                .arg(&with)
                .args(["--with-contact", "--staff", "Maya", "--pin-stdin"])
                .write_stdin(format!("{pin}\n")),
        )
    };
    for _ in 0..5 {
        export("0000");
    }
    let locked = export("2468");
    assert!(locked.contains("too many wrong PINs"), "{locked}");
}

#[test]
fn the_paper_roster_is_a_pdf_with_a_form_in_each_language() {
    let (dir, data) = site();
    // Three scripts are enough to prove the forms (and keep an unoptimised test build quick).
    std::fs::write(
        data.join("aidkiosk.toml"),
        "languages = [\"en\", \"ar\", \"zh-Hans\"]\n",
    )
    .unwrap();
    let pdf = dir.path().join("roster.pdf");
    let out = run(aidkiosk(&data).arg("roster").arg("--out").arg(&pdf));
    assert!(
        out.contains("to call or deliver to, and a blank form in 3 languages"),
        "{out}"
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let pages = bytes.windows(10).filter(|w| w == b"/Type /Pag").count();
    // The page tree, the pickups and the calls (at least a page each) and three forms.
    assert!(pages >= 1 + 2 + 3, "{pages} page objects");
    // Printed instead: every page goes to the (file) printer.
    let printed = run(aidkiosk(&data).arg("roster"));
    assert_eq!(
        printed
            .lines()
            .filter(|l| l.starts_with("printed "))
            .count(),
        5
    );
    assert!(data.join("slips").join("form-ar.png").exists());
    // The calls page: who, how, about what, in which language, and that it is private.
    let calls = std::fs::read_dir(data.join("slips"))
        .unwrap()
        .map(|f| f.unwrap().path())
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with("calls-") && name.ends_with(".txt")
        })
        .expect("the calls page");
    let text = std::fs::read_to_string(calls).unwrap();
    assert!(text.contains("shred it"), "{text}");
    assert!(text.contains("+1 555 "), "{text}");
    assert!(
        text.contains("   call   ") || text.contains("   deliver   "),
        "{text}"
    );

    // Fonts without Chinese: the Chinese form is left out, naming the package to install.
    let dejavu = "/usr/share/fonts/truetype/dejavu";
    let out = common::fails(
        aidkiosk(&data)
            .arg("roster")
            .arg("--out")
            .arg(dir.path().join("r2.pdf"))
            .args(["--fonts", dejavu]),
    );
    assert!(
        out.contains("blank forms left out, their letters having no glyphs (see above): 1"),
        "{out}"
    );
    let listed = run(aidkiosk(&data).args(["print-test"]));
    assert_eq!(
        listed.lines().filter(|l| l.starts_with("ok ")).count(),
        3,
        "{listed}"
    );
    let out = aidkiosk(&data)
        .args(["print-test", "--fonts", dejavu])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    assert!(said.contains("ok   ar"), "{said}");
    assert!(
        said.contains("FAIL zh-Hans") && said.contains("fonts-noto-cjk"),
        "{said}"
    );
}

#[test]
fn gatherings_are_posted_listed_and_taken_down() {
    let (_dir, data) = site();
    let posted = run(aidkiosk(&data).args([
        "event",
        "add",
        "--starts",
        "2030-01-05 10:00",
        "--ends",
        "2030-01-05 12:30",
        "--place",
        "Main hall",
        "--title",
        "en=Food distribution",
        "--title",
        "ar=توزيع الطعام",
    ]));
    let id = posted.trim().rsplit(' ').next().unwrap().to_owned();
    let list = run(aidkiosk(&data).args(["event", "list"]));
    assert!(
        list.contains("2030-01-05 10:00 to 12:30  Main hall"),
        "{list}"
    );
    assert!(list.contains("توزيع الطعام"), "{list}");
    // (starts, ends, place, title) and what the refusal names.
    for (starts, ends, place, title, error) in [
        ("5 Jan", "12:00", "Hall", "en=X", "the start"),
        ("2030-01-05 10:00", "09:00", "Hall", "en=X", "the end"),
        ("2030-01-05 10:00", "12:00", "", "en=X", "the place"),
        (
            "2030-01-05 10:00",
            "12:00",
            "Hall",
            "es=X",
            "staff language",
        ),
        ("2030-01-05 10:00", "12:00", "Hall", "xx=X", "no language"),
        ("2030-01-05 10:00", "12:00", "Hall", "X", "TAG=TITLE"),
        // Shown nowhere once over, so not posted.
        ("2020-01-05 10:00", "12:00", "Hall", "en=X", "over already"),
    ] {
        let err = fails(aidkiosk(&data).args([
            "event", "add", "--starts", starts, "--ends", ends, "--place", place, "--title", title,
        ]));
        assert!(
            err.contains(error),
            "{starts} {ends} {place} {title}: {err}"
        );
    }
    // "zh" is the one Chinese shipped: zh-Hans.
    let second = run(aidkiosk(&data).args([
        "event",
        "add",
        "--starts",
        "2030-01-06 10:00",
        "--ends",
        "11:00",
        "--place",
        "Hall",
        "--title",
        "en=Tea",
        "--title",
        "zh=茶话会",
    ]));
    let second = second.trim().rsplit(' ').next().unwrap().to_owned();
    assert!(run(aidkiosk(&data).args(["event", "list"])).contains("zh-Hans  茶话会"));
    // Taken down by the end of its id, as a volunteer reads it off the list.
    let tail = &id[id.len() - 6..];
    assert!(fails(aidkiosk(&data).args(["event", "remove", "AB"])).contains("at least 4"));
    run(aidkiosk(&data).args(["event", "remove", tail]));
    run(aidkiosk(&data).args(["event", "remove", &second.to_lowercase()]));
    assert!(run(aidkiosk(&data).args(["event", "list"])).contains("No upcoming gatherings."));
    assert!(fails(aidkiosk(&data).args(["event", "remove", &id])).contains("no gathering"));
}
