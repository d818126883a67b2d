//! The slip a visitor takes home: one model, several renderers (text and PNG), and the signed
//! QR payload it carries.

pub mod card;
pub mod escpos;
pub mod event;
mod qr;
pub mod raster;
pub mod roster;
mod sign;

use chrono::{DateTime, Utc};

pub use qr::{QrError, QrMatrix};
pub use sign::{PREFIX, PayloadError, Signer, looks_like_card, looks_like_payload};

use crate::domain::SlipRecord;
use crate::domain::{Category, Kind, SlipCode};
use crate::i18n::I18n;

/// Something to print: blocks of text top to bottom, then an optional QR. Slips, event slips
/// and the paper roster are all documents, so every printer prints all of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// A file name for it (the slip code, `event-…`, `roster-…`), without extension.
    pub name: String,
    /// What a print queue calls the job (`aidkiosk 7K3M-Q9PX`).
    pub title: String,
    pub blocks: Vec<Block>,
    /// Payload of the QR printed at the bottom.
    pub qr: Option<String>,
    /// The same as plain UTF-8 text, in logical order.
    pub text: String,
}

/// One piece of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph, wrapped to the paper; `scale` × the body size.
    Text {
        text: String,
        scale: Scale,
        bold: bool,
        align: TextAlign,
    },
    /// A horizontal line.
    Rule,
}

/// Text size relative to the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Body,
    Title,
    Code,
}

impl std::ops::Mul<&Scale> for f32 {
    type Output = f32;
    fn mul(self, scale: &Scale) -> f32 {
        self * match scale {
            Scale::Body => 1.0,
            Scale::Title => 1.4,
            Scale::Code => 2.2,
        }
    }
}

/// Where a paragraph sits: at its language's start side, or centred.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextAlign {
    Start(crate::i18n::Direction),
    Center,
}

impl Document {
    /// A document named `name` with nothing in it yet.
    pub fn new(name: &str) -> Document {
        Document {
            name: name.to_owned(),
            title: name.to_owned(),
            blocks: Vec::new(),
            qr: None,
            text: String::new(),
        }
    }

    /// Adds a paragraph (and its text line).
    pub fn text(&mut self, text: &str, scale: Scale, bold: bool, align: TextAlign) {
        self.text.push_str(&crate::i18n::bidi::strip_marks(text));
        self.text.push('\n');
        self.blocks.push(Block::Text {
            text: text.to_owned(),
            scale,
            bold,
            align,
        });
    }

    /// Adds a line across.
    pub fn rule(&mut self) {
        self.text.push_str(&"-".repeat(32));
        self.text.push('\n');
        self.blocks.push(Block::Rule);
    }
}

/// Everything printed on a slip. Holds no phone number: a slip can be lost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slip {
    pub site: String,
    /// Where and when to pick up (config `[slip]`); may be empty.
    pub place: String,
    pub hours: String,
    /// The one code printed, for every thing on the ticket.
    pub code: SlipCode,
    pub payload: String,
    /// What the visitor asked for or offered, in the order they did: one or more.
    pub items: Vec<SlipItem>,
    pub issued: DateTime<Utc>,
    /// The visitor's language, printed first.
    pub language: String,
    /// The site's staff language, printed second when it differs.
    pub staff_language: String,
}

/// One thing on a slip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlipItem {
    pub kind: Kind,
    pub category: Category,
    /// What the holder should do or expect next (bring it, we will call you …).
    pub next: crate::domain::lifecycle::NextStep,
}

impl SlipItem {
    /// The thing a stored record stands for, with its next step.
    pub fn of(record: &SlipRecord, config: &crate::config::Config) -> SlipItem {
        SlipItem {
            kind: record.kind,
            category: record.category,
            next: crate::domain::lifecycle::NextStep::of(
                record.kind,
                crate::domain::lifecycle::path(record.category, &config.matching.services),
                record.status,
                record.mode,
            ),
        }
    }
}

impl Slip {
    /// The slip for a stored ticket: its records in order, the first one's code printed
    /// (`None` for no records).
    pub fn from_records(
        records: &[SlipRecord],
        site: &str,
        signer: &Signer,
        config: &crate::config::Config,
    ) -> Option<Slip> {
        let first = records.first()?;
        Some(Slip {
            site: site.to_owned(),
            place: config.slip.place.clone(),
            hours: config.slip.hours.clone(),
            code: first.code,
            payload: signer.payload(&first.code),
            items: records.iter().map(|r| SlipItem::of(r, config)).collect(),
            issued: first.issued_at,
            language: first.language.clone(),
            staff_language: config.staff_language.clone(),
        })
    }

    /// One language's half of the printed slip, each line with whether it is bold: what, when,
    /// what happens next (the code is printed once, large, under both halves). A ticket of
    /// several things says how many, the date, then each thing with what happens next for it,
    /// said once under the things it is the same for.
    pub fn print_lines(&self, i18n: &I18n, lang: &str) -> Vec<(String, bool)> {
        let date = self.issued.format("%Y-%m-%d").to_string();
        let date = i18n.text_with(lang, "slip-print-date", &[("date", date.into())]);
        let what = |item: &SlipItem| {
            i18n.pair(
                lang,
                &i18n.text(lang, item.kind.msg_id()),
                &i18n.text(lang, item.category.msg_id()),
            )
        };
        if let [item] = self.items.as_slice() {
            return vec![
                (what(item), true),
                (date, false),
                (i18n.text(lang, item.next.msg_id()), false),
            ];
        }
        let count = i18n.text_with(
            lang,
            "slip-print-items",
            &[("count", self.items.len().into())],
        );
        let mut lines = vec![(count, true), (date, false)];
        for (i, item) in self.items.iter().enumerate() {
            lines.push((format!("{}. {}", i + 1, what(item)), true));
            if self.items.get(i + 1).is_none_or(|n| n.next != item.next) {
                lines.push((i18n.text(lang, item.next.msg_id()), false));
            }
        }
        lines
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
    /// written out after the date.
    pub fn lines(&self, i18n: &I18n, lang: &str) -> Vec<String> {
        let mut lines: Vec<String> = self
            .print_lines(i18n, lang)
            .into_iter()
            .map(|(line, _)| line)
            .collect();
        let code = i18n.text_with(
            lang,
            "slip-print-code",
            &[("code", self.code.display().into())],
        );
        lines.insert(2.min(lines.len()), code);
        lines
    }

    /// The slip as a document to print: site, place and hours, each language's half aligned
    /// by its own direction, the code large, the QR.
    pub fn document(&self, i18n: &I18n) -> Document {
        let mut doc = Document::new(self.code.as_str());
        doc.title = self.code.display();
        doc.text(&self.site, Scale::Title, true, TextAlign::Center);
        for line in [&self.place, &self.hours] {
            if !line.is_empty() {
                doc.text(line, Scale::Body, false, TextAlign::Center);
            }
        }
        for lang in self.languages() {
            doc.rule();
            let align = TextAlign::Start(i18n.direction(lang));
            for (line, bold) in self.print_lines(i18n, lang) {
                doc.text(&line, Scale::Body, bold, align);
            }
        }
        doc.rule();
        doc.text(&self.code.display(), Scale::Code, true, TextAlign::Center);
        doc.qr = Some(self.payload.clone());
        doc.text = self.to_text(i18n);
        doc
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
        // Only the code: the payload is for the QR, and a person types the code.
        out.push_str(&format!("   {}\n", self.code.display()));
        out
    }
}
