//! The slip a visitor takes home: one model, several renderers (text and PNG), and the signed
//! QR payload it carries.

pub mod escpos;
mod qr;
pub mod raster;
mod sign;

use chrono::{DateTime, Utc};

pub use qr::{QrError, QrMatrix};
pub use sign::{PREFIX, PayloadError, Signer, looks_like_payload};

use crate::domain::{Category, Kind, SlipCode};
use crate::i18n::I18n;
use crate::store::SlipRecord;

/// Everything printed on a slip. Holds no phone number: a slip can be lost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slip {
    pub site: String,
    /// Where and when to pick up (config `[slip]`); may be empty.
    pub place: String,
    pub hours: String,
    pub code: SlipCode,
    pub payload: String,
    pub kind: Kind,
    pub category: Category,
    pub issued: DateTime<Utc>,
    /// The visitor's language, printed first.
    pub language: String,
    /// The site's staff language, printed second when it differs.
    pub staff_language: String,
}

impl Slip {
    /// The slip for a stored record.
    pub fn from_record(
        record: &SlipRecord,
        site: &str,
        signer: &Signer,
        config: &crate::config::Config,
    ) -> Slip {
        Slip {
            site: site.to_owned(),
            place: config.slip.place.clone(),
            hours: config.slip.hours.clone(),
            code: record.code,
            payload: signer.payload(&record.code),
            kind: record.kind,
            category: record.category,
            issued: record.issued_at,
            language: record.language.clone(),
            staff_language: config.staff_language.clone(),
        }
    }

    /// One language's half of the printed slip: what, when, what the slip is for (the code
    /// is printed once, large, under both halves).
    pub fn print_lines(&self, i18n: &I18n, lang: &str) -> Vec<String> {
        let date = self.issued.format("%Y-%m-%d").to_string();
        let purpose = match self.kind {
            Kind::Need => "slip-print-for-need",
            Kind::Offer => "slip-print-for-offer",
        };
        vec![
            i18n.pair(
                lang,
                &i18n.text(lang, &format!("kind-{}", self.kind.as_str())),
                &i18n.text(lang, &format!("category-{}", self.category.as_str())),
            ),
            i18n.text_with(lang, "slip-print-date", &[("date", date.into())]),
            i18n.text(lang, purpose),
        ]
    }

    /// The languages printed, visitor's first, without repeats.
    pub fn languages(&self) -> Vec<&str> {
        let mut langs = vec![self.language.as_str()];
        if self.staff_language != self.language {
            langs.push(self.staff_language.as_str());
        }
        langs
    }

    /// The lines of one language's half of the text slip: the printed lines, with the code
    /// written out before what the slip is for.
    pub fn lines(&self, i18n: &I18n, lang: &str) -> Vec<String> {
        let mut lines = self.print_lines(i18n, lang);
        let code = i18n.text_with(
            lang,
            "slip-print-code",
            &[("code", self.code.display().into())],
        );
        lines.insert(lines.len() - 1, code);
        lines
    }

    /// The slip as plain UTF-8 text (logical order; text editors and `lp` do bidi themselves).
    pub fn to_text(&self, i18n: &I18n) -> String {
        let rule = "-".repeat(32);
        let mut out = String::new();
        out.push_str(&self.site);
        out.push('\n');
        for line in [&self.place, &self.hours] {
            if !line.is_empty() {
                out.push_str(line);
                out.push('\n');
            }
        }
        out.push_str(&rule);
        out.push('\n');
        for (i, lang) in self.languages().into_iter().enumerate() {
            if i > 0 {
                out.push_str(&rule);
                out.push('\n');
            }
            for line in self.lines(i18n, lang) {
                out.push_str(&crate::i18n::bidi::strip_marks(&line));
                out.push('\n');
            }
        }
        out.push_str(&rule);
        out.push('\n');
        out.push_str(&format!("   {}\n", self.code.display()));
        out.push_str(&format!("   {}\n", self.payload));
        out
    }
}
