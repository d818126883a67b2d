//! Fonts: can a slip in each of the site's languages be drawn? A sample from the language's
//! own catalog is shaped as slips are (cosmic-text, with font fallback), and every letter that
//! comes out as glyph 0, the "missing" box, is named with the Debian package that brings it.

use std::path::PathBuf;

use cosmic_text::{Attrs, Buffer, Family, FontSystem, Metrics, Shaping};

use super::{Check, Level};
use crate::config::Config;
use crate::i18n::I18n;

/// Where fonts come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FontSource {
    /// The system's, as slips are drawn with.
    System,
    /// Only the fonts in this folder (tests, or checking fonts before installing them).
    Dir(PathBuf),
}

impl FontSource {
    /// A font system with these fonts.
    pub fn load(&self) -> FontSystem {
        match self {
            FontSource::System => FontSystem::new(),
            FontSource::Dir(dir) => {
                let mut db = cosmic_text::fontdb::Database::new();
                db.load_fonts_dir(dir);
                FontSystem::new_with_locale_and_db("en-US".into(), db)
            }
        }
    }
}

/// The languages the site shows: the visitors' and the staff language.
fn languages(config: &Config) -> Vec<String> {
    let mut langs = config.languages.clone();
    if !langs.contains(&config.staff_language) {
        langs.push(config.staff_language.clone());
    }
    langs
}

/// A sample of `lang`'s catalog: what a slip and the home screen print.
pub fn sample_text(i18n: &I18n, lang: &str) -> String {
    [
        "language-name",
        "home-need",
        "home-offer",
        "category-baby-child",
        "category-medical",
        "next-need-waiting",
    ]
    .iter()
    .map(|id| crate::i18n::bidi::strip_marks(&i18n.text(lang, id)))
    .collect::<Vec<_>>()
    .join(" · ")
}

/// The characters of `text` that no font in `fonts` can draw (shaped as slips are, so font
/// fallback is tried first): those shaped to glyph 0, the "missing" box.
pub fn missing_glyphs(fonts: &mut FontSystem, text: &str) -> Vec<char> {
    let mut buffer = Buffer::new(fonts, Metrics::new(20.0, 26.0));
    buffer.set_size(Some(4000.0), None);
    let attrs = Attrs::new().family(Family::SansSerif);
    buffer.set_text(text, &attrs, Shaping::Advanced, None);
    buffer.shape_until_scroll(fonts, false);
    let mut drawn = vec![false; text.len()];
    let mut missing = Vec::new();
    for run in buffer.layout_runs() {
        for g in run.glyphs {
            let chars = text.get(g.start..g.end).unwrap_or_default();
            if g.glyph_id == 0 {
                missing.extend(chars.chars().filter(|c| !c.is_whitespace()));
            }
            for flag in drawn.iter_mut().take(g.end).skip(g.start) {
                *flag = true;
            }
        }
    }
    // With no font at all nothing is shaped: every letter is missing.
    for (i, c) in text.char_indices() {
        if !drawn.get(i).copied().unwrap_or(true) && !c.is_whitespace() && !missing.contains(&c) {
            missing.push(c);
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    missing.retain(|c| seen.insert(*c));
    missing
}

/// The Debian package that brings fonts for `c`'s script.
fn font_package(c: char) -> &'static str {
    match u32::from(c) {
        0x1100..=0x11FF
        | 0x2E80..=0x9FFF
        | 0xA960..=0xA97F
        | 0xAC00..=0xD7FF
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF
        | 0x20000..=0x3FFFF => "fonts-noto-cjk",
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF => "fonts-noto-core",
        _ => "fonts-dejavu-core",
    }
}

/// One check per language: can a slip in it be drawn?
pub fn fonts(config: &Config, i18n: &I18n, source: &FontSource) -> Vec<Check> {
    let mut system = source.load();
    let from = match source {
        FontSource::System => "the system's fonts".to_owned(),
        FontSource::Dir(dir) => format!("the fonts in {}", dir.display()),
    };
    if system.db().is_empty() {
        // cosmic-text cannot lay out anything without a single font.
        return languages(config)
            .iter()
            .map(|lang| Check {
                name: format!("fonts {lang}"),
                level: Level::Fail,
                detail: format!("there are no fonts at all in {from}: nothing can be printed"),
                fix: "install the fonts: sudo apt-get install fonts-dejavu-core fonts-noto-core fonts-noto-cjk (kiosk-setup installs them)".into(),
            })
            .collect();
    }
    languages(config)
        .iter()
        .map(|lang| {
            let name = format!("fonts {lang}");
            let sample = sample_text(i18n, lang);
            let missing = missing_glyphs(&mut system, &sample);
            if missing.is_empty() {
                return Check::ok(
                    &name,
                    format!(
                        "every letter of {} has a glyph in {from}",
                        i18n.language_name(lang)
                    ),
                );
            }
            let mut packages: Vec<&str> = missing.iter().map(|c| font_package(*c)).collect();
            packages.sort_unstable();
            packages.dedup();
            let shown: String = missing.iter().take(12).collect();
            Check {
                name,
                level: Level::Fail,
                detail: format!(
                    "{} of the letters of {} have no glyph in {from} ({shown}{}): slips and pages in it print empty boxes",
                    missing.len(),
                    i18n.language_name(lang),
                    if missing.len() > 12 { "…" } else { "" }
                ),
                fix: format!(
                    "install the fonts: sudo apt-get install {} (kiosk-setup installs them)",
                    packages.join(" ")
                ),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_by_script() {
        assert_eq!(font_package('欢'), "fonts-noto-cjk");
        assert_eq!(font_package('한'), "fonts-noto-cjk");
        assert_eq!(font_package('ف'), "fonts-noto-core");
        assert_eq!(font_package('Ж'), "fonts-dejavu-core");
    }
}
