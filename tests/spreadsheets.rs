//! `export csv` and `export xlsx` as a coordinator's spreadsheet sees them: accents and Arabic
//! survive, slip codes as printed, times in local time with their offset, formulas never run.

mod common;

use aidkiosk::domain::{Category, Draft, Kind, NewEntry, SlipCode};
use aidkiosk::store::Store;
use calamine::{Data, Reader, Xlsx, open_workbook};
use chrono::{TimeZone, Utc};
use common::{aidkiosk, fails, run};

/// A set-up site with two entries whose visitors wrote their names in Spanish and Arabic, and
/// one whose note looks like a formula.
fn site() -> (tempfile::TempDir, std::path::PathBuf, Vec<SlipCode>) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    run(aidkiosk(&data)
        .args(["init", "--site", "Casa de María", "--admin", "Maya"])
        .arg("--pin-stdin")
        .write_stdin("2468\n"));
    let mut store = Store::open(&data.join("aidkiosk.db")).unwrap();
    let mut codes = Vec::new();
    let people = [
        ("es", "María", "Pañales talla 4"),
        ("ar", "فاطمة", "حليب أطفال"),
        ("en", "Lee", "=HYPERLINK(\"http://x\",\"click\")"),
    ];
    for (i, (lang, name, note)) in people.into_iter().enumerate() {
        let mut draft = Draft::new(Kind::Need, Category::BabyChild);
        draft.name = name.into();
        draft.detail = note.into();
        draft.phone = "+1 555 0100".into();
        let code = SlipCode::from_random([i as u8 + 1, 2, 3, 4, 5]);
        let at = Utc.with_ymd_and_hms(2026, 7, 1, 12, i as u32, 0).unwrap();
        store
            .save_entry(
                &NewEntry {
                    id: format!("01ENTRY{i}"),
                    draft,
                    language: lang.into(),
                },
                &mut || code,
                at,
            )
            .unwrap();
        codes.push(code);
    }
    (dir, data, codes)
}

fn with_contacts(cmd: &mut assert_cmd::Command) -> &mut assert_cmd::Command {
    cmd.args(["--with-contact", "--staff", "Maya", "--pin-stdin"])
        .write_stdin("2468\n")
}

#[test]
fn csv_opens_with_names_in_every_script_codes_and_local_times() {
    let (dir, data, codes) = site();
    let out = dir.path().join("csv");
    // A fixed zone two hours ahead of UTC in July (Central European Summer Time).
    run(with_contacts(
        aidkiosk(&data)
            .env("TZ", "Europe/Berlin")
            .args(["export", "csv"])
            .arg(&out),
    ));
    let bytes = std::fs::read(out.join("entries.csv")).unwrap();
    assert!(
        bytes.starts_with(b"\xef\xbb\xbfid,"),
        "UTF-8 byte-order mark first, for Excel"
    );
    // Read back as a spreadsheet program would: by header name.
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][col("contact_name")], "María");
    assert_eq!(&rows[1][col("contact_name")], "فاطمة");
    assert_eq!(&rows[1][col("detail")], "حليب أطفال");
    assert_eq!(&rows[0][col("slip_code")], codes[0].display());
    assert_eq!(rows[0][col("slip_code")].len(), 9, "as printed: XXXX-XXXX");
    assert_eq!(&rows[0][col("created_at")], "2026-07-01T14:00:00+02:00");
    // A note that looks like a formula is text to the spreadsheet.
    assert!(rows[2][col("detail")].starts_with("'=HYPERLINK"));
    // Phone numbers starting with + too.
    assert_eq!(&rows[0][col("contact_phone")], "'+1 555 0100");
    // The slip table names the same codes the same way.
    let slips = std::fs::read_to_string(out.join("slips.csv")).unwrap();
    assert!(slips.contains(&codes[1].display()), "{slips}");

    // --no-bom leaves the mark out, for programs that choke on it.
    let plain = dir.path().join("plain");
    run(aidkiosk(&data)
        .args(["export", "csv", "--no-bom"])
        .arg(&plain));
    let bytes = std::fs::read(plain.join("entries.csv")).unwrap();
    assert!(bytes.starts_with(b"id,slip_code,"), "{:?}", &bytes[..12]);
    let text = String::from_utf8(bytes).unwrap();
    assert!(!text.contains("María"), "no contacts without a coordinator");
}

#[test]
fn the_workbook_has_a_sheet_per_table_with_numbers_dates_and_safe_text() {
    let (dir, data, codes) = site();
    let file = dir.path().join("site.xlsx");
    let out = run(with_contacts(
        aidkiosk(&data)
            .env("TZ", "Europe/Berlin")
            .args(["export", "xlsx"])
            .arg(&file),
    ));
    assert!(out.contains("entries            3 rows"), "{out}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "it holds contacts");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| {
            ![
                "aidkiosk.db",
                "aidkiosk.db-wal",
                "aidkiosk.db-shm",
                "pepper.key",
                "site.id",
                "logs",
            ]
            .contains(&n.as_str())
        })
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");

    let mut book: Xlsx<_> = open_workbook(&file).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "entries",
            "slips",
            "matches",
            "inventory",
            "events",
            "event_titles"
        ]
    );
    let entries = book.worksheet_range("entries").unwrap();
    let header: Vec<String> = entries
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<&[Data]> = entries.rows().skip(1).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0][col("contact_name")], Data::String("María".into()));
    assert_eq!(rows[1][col("contact_name")], Data::String("فاطمة".into()));
    assert_eq!(rows[2][col("slip_code")], Data::String(codes[2].display()));
    assert_eq!(
        rows[0][col("quantity")],
        Data::Float(1.0),
        "a number, not text"
    );
    match &rows[0][col("created_at")] {
        Data::DateTime(t) => {
            // 12:00 UTC is 14:00 in Berlin in July: Excel's serial day with the local time.
            let expected = 46204.0 + 14.0 / 24.0;
            assert!((t.as_f64() - expected).abs() < 1e-6, "{t:?}");
        }
        other => panic!("created_at is a date cell, not {other:?}"),
    }
    // The formula a visitor typed is a string cell, never a formula.
    assert_eq!(
        rows[2][col("detail")],
        Data::String("=HYPERLINK(\"http://x\",\"click\")".into())
    );
    let formulas = book.worksheet_formula("entries").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no formula in the workbook"
    );

    // A volunteer gets no workbook with contacts.
    run(aidkiosk(&data)
        .args(["staff", "add", "--name", "Lee", "--pin-stdin"])
        .write_stdin("1357\n"));
    let err = fails(
        aidkiosk(&data)
            .args(["export", "xlsx"])
            .arg(dir.path().join("lee.xlsx"))
            .args(["--with-contact", "--staff", "Lee", "--pin-stdin"])
            .write_stdin("1357\n"),
    );
    assert!(err.contains("only for a coordinator"), "{err}");
    assert!(!dir.path().join("lee.xlsx").exists());
}
