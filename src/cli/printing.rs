//! `aidkiosk slip render` and `aidkiosk print-test`: slips on paper, or in a file.

use std::path::Path;

use anyhow::{Context, anyhow, bail};

use super::{Paths, SlipFormat, existing_store};
use crate::config::{Config, DB_FILE, PrinterConfig};
use crate::domain::SlipCode;
use crate::i18n::I18n;
use crate::slip::{Signer, Slip};
use crate::store::Store;

pub(super) fn slip_render(
    paths: &Paths,
    code: &str,
    format: SlipFormat,
    out: &Path,
) -> anyhow::Result<()> {
    let code = SlipCode::parse(code).map_err(|e| anyhow!("{code:?} is not a slip code: {e}"))?;
    let config = Config::load(&paths.config)?;
    let store = existing_store(paths)?;
    let db = paths.data.join(DB_FILE);
    let site = store
        .site()?
        .ok_or_else(|| anyhow!("this kiosk is not set up yet"))?;
    let records = store.ticket(&code)?;
    let signer = Signer::new(&site.tag, &site.secret);
    let slip = Slip::from_records(&records, &site.name, &signer, &config)
        .ok_or_else(|| anyhow!("no slip with code {code} in {}", db.display()))?;
    let i18n = I18n::embedded();
    let renderer = crate::print::Renderer::new(config.slip.paper_width_mm);
    let native_qr = matches!(
        config.printer,
        PrinterConfig::EscposDevice {
            native_qr: true,
            ..
        } | PrinterConfig::EscposTcp {
            native_qr: true,
            ..
        }
    );
    let bytes = match format {
        SlipFormat::Txt => slip.to_text(&i18n).into_bytes(),
        SlipFormat::Png => renderer.png(&slip.document(&i18n))?,
        SlipFormat::Escpos => renderer.escpos(&slip.document(&i18n), native_qr)?,
        SlipFormat::Pdf => renderer.pdf(&slip.document(&i18n))?,
    };
    std::fs::write(out, bytes).with_context(|| format!("cannot write {}", out.display()))?;
    Ok(())
}

/// The languages whose text has letters with no glyph in the fonts (the system's, or those in
/// `dir`), each with what is missing and the Debian package that brings it: a slip in them
/// would print empty boxes. cosmic-text falls back to glyph 0 rather than failing.
pub(super) fn without_glyphs(
    config: &Config,
    i18n: &I18n,
    dir: Option<&std::path::Path>,
) -> Vec<(String, crate::health::Check)> {
    let source = match dir {
        Some(d) => crate::health::FontSource::Dir(d.to_owned()),
        None => crate::health::FontSource::System,
    };
    crate::health::fonts(config, i18n, &source)
        .into_iter()
        .filter(|c| c.level == crate::health::Level::Fail)
        .map(|c| {
            let lang = c.name.trim_start_matches("fonts ").to_owned();
            (lang, c)
        })
        .collect()
}

pub(super) fn print_test(paths: &Paths, fonts: Option<&std::path::Path>) -> anyhow::Result<()> {
    let config = Config::load(&paths.config)?;
    let db = paths.data.join(DB_FILE);
    let site = if db.exists() {
        Store::open(&db)?.site()?
    } else {
        None
    };
    // Before set-up there is no key yet; a sample slip is signed with a throwaway one.
    let signer = match &site {
        Some(s) => Signer::new(&s.tag, &s.secret),
        None => Signer::new("TEST0", b"sample slip key"),
    };
    let site_name = site
        .map(|s| s.name)
        .or_else(|| config.site.clone())
        .unwrap_or_else(|| "aidkiosk".into());
    let printer = crate::print::from_config(&config, &paths.data);
    let i18n = I18n::embedded();
    let mut failed = 0;
    let blank = without_glyphs(&config, &i18n, fonts);
    for (i, lang) in config.languages.iter().enumerate() {
        if let Some((_, check)) = blank.iter().find(|(l, _)| l == lang) {
            failed += 1;
            say!("FAIL {lang}: {}; {}", check.detail, check.fix);
            continue;
        }
        let code = SlipCode::from_random([0, 0, 0, 0, u8::try_from(i).unwrap_or(0)]);
        let slip = Slip {
            site: site_name.clone(),
            place: config.slip.place.clone(),
            hours: config.slip.hours.clone(),
            code,
            payload: signer.payload(&code),
            items: vec![crate::slip::SlipItem {
                kind: crate::domain::Kind::Need,
                category: crate::domain::Category::Food,
                next: crate::domain::lifecycle::NextStep::NeedWaiting,
            }],
            issued: chrono::Utc::now(),
            language: lang.clone(),
            staff_language: config.staff_language.clone(),
        };
        match printer.print(&slip.document(&i18n)) {
            Ok(()) => say!("ok   {lang}"),
            Err(e) => {
                failed += 1;
                say!("FAIL {lang}: {e}");
            }
        }
    }
    if failed > 0 {
        bail!("{failed} sample slips did not print");
    }
    Ok(())
}
