//! The gap report as pages to print: a PDF with a page per language, PNG pictures, Arabic laid
//! out from the right, and every word drawn (no page without its title).

mod common;

use common::{aidkiosk, fails, run};

fn site() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    run(aidkiosk(&data)
        .args(["init", "--site", "Eastside Pantry", "--pin-stdin"])
        .write_stdin("2468\n"));
    run(aidkiosk(&data)
        .arg("-q")
        .args(["seed", "--entries", "3000", "--days", "90"]));
    (dir, data)
}

/// Columns (left to right) where the band of rows `top..bottom` has dark ink.
fn ink_columns(page: &image::RgbImage, top: u32, bottom: u32) -> Vec<u32> {
    (0..page.width())
        .filter(|&x| (top..bottom).any(|y| page.get_pixel(x, y).0.iter().all(|&c| c < 90)))
        .collect()
}

#[test]
fn the_pdf_has_a_page_per_language_and_pngs_mirror_for_arabic() {
    let (dir, data) = site();
    let pdf = dir.path().join("gaps.pdf");
    let out = run(aidkiosk(&data)
        .args([
            "report", "gaps", "--format", "pdf", "--lang", "en,ar", "--lang", "zh-Hans", "--out",
        ])
        .arg(&pdf));
    assert!(out.contains("(3 A4 pages: en, ar, zh-Hans)"), "{out}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
    assert_eq!(pages, 3);
    assert_eq!(
        text.matches("/MediaBox [0 0 595.28 841.89]").count(),
        3,
        "A4"
    );

    let png = dir.path().join("gaps.png");
    let out = run(aidkiosk(&data)
        .args([
            "report", "gaps", "--format", "png", "--lang", "en,ar", "--out",
        ])
        .arg(&png));
    assert!(
        out.contains("gaps-en.png") && out.contains("gaps-ar.png"),
        "{out}"
    );
    let en = image::open(dir.path().join("gaps-en.png"))
        .unwrap()
        .to_rgb8();
    let ar = image::open(dir.path().join("gaps-ar.png"))
        .unwrap()
        .to_rgb8();
    assert_eq!(en.dimensions(), (1240, 1754), "A4 at 150 dpi");
    // The title (below the site's name) starts at the left margin in English and ends at the
    // right one in Arabic; each is drawn, not left blank.
    let band = (130, 190);
    let (en_ink, ar_ink) = (
        ink_columns(&en, band.0, band.1),
        ink_columns(&ar, band.0, band.1),
    );
    assert!(
        en_ink.len() > 200 && ar_ink.len() > 200,
        "{} {}",
        en_ink.len(),
        ar_ink.len()
    );
    assert!(
        en_ink[0] < 100 && *en_ink.last().unwrap() < 1000,
        "{:?}",
        (en_ink[0], en_ink.last())
    );
    assert!(
        *ar_ink.last().unwrap() > 1140 && ar_ink[0] > 300,
        "{:?}",
        (ar_ink[0], ar_ink.last())
    );
    // The category bars grow from the labels: right of the names in English, left of them
    // in Arabic. The first row with a long run of the needs colour is the largest bar.
    let needs_bar = |page: &image::RgbImage| -> (u32, u32) {
        (450..900)
            .find_map(|y| {
                let xs: Vec<u32> = (0..page.width())
                    .filter(|&x| page.get_pixel(x, y).0 == [27, 79, 114])
                    .collect();
                (xs.len() > 100).then(|| (xs[0], *xs.last().unwrap()))
            })
            .expect("a needs bar")
    };
    let (en_bar, ar_bar) = (needs_bar(&en), needs_bar(&ar));
    assert!(en_bar.0 > 300 && en_bar.1 > 900, "{en_bar:?}");
    assert!(ar_bar.1 < 940 && ar_bar.0 < 340, "{ar_bar:?}");

    assert!(
        fails(aidkiosk(&data).args(["report", "gaps", "--format", "pdf", "--lang", "xx"]))
            .contains("--lang xx: no catalog")
    );
}
