//! Printing figures (docs/performance.md): the ESC/POS bytes of a bilingual slip, text
//! shaped and rasterised from system fonts, QR drawn in. Fonts load once, before timing,
//! as they do once per kiosk process.
//!
//! `cargo bench --bench print`

use std::hint::black_box;

use aidkiosk::domain::{Category, Kind, SlipCode};
use aidkiosk::i18n::I18n;
use aidkiosk::print::Renderer;
use aidkiosk::slip::{Signer, Slip};
use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};

fn slip(language: &str) -> Slip {
    let code = SlipCode::parse("7K3M-Q9PX").unwrap();
    Slip {
        site: "Eastside Pantry".into(),
        place: "Side door, 12 Elm Street".into(),
        hours: "Tue and Thu 16:00–19:00".into(),
        code,
        payload: Signer::new("K3F9Q", b"bench").payload(&code),
        items: vec![aidkiosk::slip::SlipItem {
            kind: Kind::Need,
            category: Category::BabyChild,
            next: aidkiosk::domain::lifecycle::NextStep::NeedWaiting,
        }],
        issued: Utc::now(),
        language: language.into(),
        staff_language: "en".into(),
    }
}

fn escpos(c: &mut Criterion) {
    let i18n = I18n::embedded();
    for width in [58, 80] {
        let renderer = Renderer::new(width);
        for lang in ["ar", "zh-Hans", "es"] {
            let s = slip(lang);
            renderer.escpos(&s.document(&i18n), false).unwrap();
            c.bench_function(
                &format!("ESC/POS bytes, {lang} + en slip, {width} mm"),
                |b| b.iter(|| black_box(renderer.escpos(&s.document(&i18n), false).unwrap())),
            );
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = escpos
}
criterion_main!(benches);
