//! A gathering on paper: its title, time and place in the visitor's language, and a QR that
//! adds it to a phone's calendar (an iCalendar `VEVENT`).

use chrono::{DateTime, Utc};

use super::{Document, Scale, TextAlign};
use crate::domain::EventInfo;
use crate::i18n::{I18n, Lang};

/// Escapes iCalendar TEXT (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character (RFC 5545 §3.1).
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The gathering as an iCalendar file with one event, in floating (site-local) time.
pub fn ics(event: &EventInfo, site: &str, stamp: DateTime<Utc>) -> String {
    calendar(&[(event.clone(), String::new())], site, stamp)
}

/// Several gatherings in one iCalendar file, each with a description (its titles in other
/// languages; may be empty).
pub fn calendar(events: &[(EventInfo, String)], site: &str, stamp: DateTime<Utc>) -> String {
    let when = |t: &chrono::NaiveDateTime| t.format("%Y%m%dT%H%M%S").to_string();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//aidkiosk//gatherings//EN".to_owned(),
    ];
    for (event, description) in events {
        let location = if site.is_empty() {
            event.place.clone()
        } else {
            format!("{}, {site}", event.place)
        };
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}@aidkiosk", event.id),
            format!("DTSTAMP:{}", stamp.format("%Y%m%dT%H%M%SZ")),
            format!("DTSTART:{}", when(&event.starts)),
            format!("DTEND:{}", when(&event.ends)),
            format!("SUMMARY:{}", escape(&event.title)),
            format!("LOCATION:{}", escape(&location)),
        ]);
        if !description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(description)));
        }
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    out
}

/// The event slip in `lang`, with the calendar QR.
pub fn document(
    event: &EventInfo,
    site: &str,
    i18n: &I18n,
    lang: &str,
    stamp: DateTime<Utc>,
) -> Document {
    let ctx = Lang::new(i18n, lang, crate::i18n::BidiMode::App);
    let align = TextAlign::Start(i18n.direction(lang));
    let mut doc = Document::new(&format!("event-{}", event.id));
    doc.text(site, Scale::Title, true, TextAlign::Center);
    doc.rule();
    doc.text(&event.title, Scale::Title, true, align);
    doc.text(
        &ctx.pair_text(&ctx.t("event-when"), &ctx.when(event)),
        Scale::Body,
        false,
        align,
    );
    doc.text(
        &ctx.pair_text(&ctx.t("event-where"), &event.place),
        Scale::Body,
        false,
        align,
    );
    doc.rule();
    doc.text(&ctx.t("event-scan"), Scale::Body, false, align);
    let ics = ics(event, site, stamp);
    doc.text.push_str(&ics);
    doc.qr = Some(ics);
    doc
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn a_title_cannot_start_a_line_of_its_own() {
        // A title that tries to add an attendee or end the event early stays one text value.
        let hostile = "Potluck\r\nATTENDEE:mailto:x@example.org\nEND:VEVENT;,\\";
        let line = format!("SUMMARY:{}", escape(hostile));
        assert!(!line.contains('\r') && !line.contains('\n'), "{line}");
        assert_eq!(
            line,
            "SUMMARY:Potluck\\nATTENDEE:mailto:x@example.org\\nEND:VEVENT\\;\\,\\\\"
        );
    }
}
