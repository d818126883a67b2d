//! `aidkiosk roster`: paper for when the machine is down.

use std::path::Path;

use anyhow::bail;
use chrono::Local;

use super::{Paths, existing_store};
use crate::config::Config;
use crate::i18n::I18n;
use crate::print::Renderer;
use crate::slip::roster;

/// Most pickups listed (a roster longer than this is not one a volunteer can use).
const MAX_PICKUPS: i64 = 1000;

pub fn roster(paths: &Paths, out: Option<&Path>, fonts: Option<&Path>) -> anyhow::Result<()> {
    let config = Config::load(&paths.config)?;
    let store = existing_store(paths)?;
    let site = store
        .site()?
        .map(|s| s.name)
        .or_else(|| config.site.clone())
        .unwrap_or_default();
    let i18n = I18n::embedded();
    // A page in a language the fonts cannot draw is empty boxes: say so and which package
    // brings them. Without the staff language's there is no roster at all.
    let blank = super::printing::without_glyphs(&config, &i18n, fonts);
    if let Some((_, check)) = blank.iter().find(|(l, _)| *l == config.staff_language) {
        bail!("{}; {}", check.detail, check.fix);
    }
    let today = Local::now().date_naive();
    let (needs, total) = store.pending_pickups(MAX_PICKUPS)?;
    let total = usize::try_from(total).unwrap_or(needs.len());
    let calls = store.to_call(MAX_PICKUPS)?;
    let calls_total = usize::try_from(store.to_call_count()?).unwrap_or(calls.len());
    let mut docs = vec![
        roster::pickups(&site, today, &needs, total, &i18n, &config.staff_language),
        roster::calls(
            &site,
            today,
            &calls,
            calls_total,
            &i18n,
            &config.staff_language,
        ),
    ];
    for lang in &config.languages {
        if let Some((_, check)) = blank.iter().find(|(l, _)| l == lang) {
            say!("FAIL blank form {lang}: {}; {}", check.detail, check.fix);
            continue;
        }
        docs.push(roster::intake_form(
            &site,
            lang,
            &i18n,
            &config.categories,
            config.retention_days,
        ));
    }
    match out {
        Some(path) => {
            let pdf = Renderer::new(config.slip.paper_width_mm).pdf_a4(&docs)?;
            super::data::write_whole(path, |tmp| Ok(std::fs::write(tmp, &pdf)?))?;
            say!(
                "Wrote {}: {} of {total} open pickups, {} of {calls_total} to call or deliver to, and a blank form in {} languages",
                path.display(),
                needs.len(),
                calls.len(),
                config.languages.len() - blank.len().min(config.languages.len())
            );
            if !blank.is_empty() {
                bail!(
                    "blank forms left out, their letters having no glyphs (see above): {}",
                    blank.len()
                );
            }
        }
        None => {
            let printer = crate::print::from_config(&config, &paths.data);
            let mut failed = 0;
            for doc in &docs {
                match printer.print(doc) {
                    Ok(()) => say!("printed {}", doc.title),
                    Err(e) => {
                        failed += 1;
                        say!("FAIL {}: {e}", doc.title);
                    }
                }
            }
            if failed + blank.len() > 0 {
                let failed = failed + blank.len();
                bail!(
                    "{failed} pages did not print; `aidkiosk roster --out roster.pdf` writes them to a file"
                );
            }
        }
    }
    Ok(())
}
