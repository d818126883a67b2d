//! Rules for gatherings staff post: times typed as site-local "YYYY-MM-DD HH:MM", an end after
//! the start, a place and titles of sensible length.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// Longest title or place.
pub const MAX_TEXT: usize = super::limits::EVENT_TEXT;

/// A gathering to post: times in the site's local time, a title per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    pub id: String,
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
    pub place: String,
    /// (language tag, title); at least one, ideally the staff language.
    pub titles: Vec<(String, String)>,
}

/// A gathering as staff see it: every title it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRecord {
    pub id: String,
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
    pub place: String,
    /// (language tag, title), by tag.
    pub titles: Vec<(String, String)>,
}

impl EventRecord {
    /// Its title in `lang`, else in `fallback`, else any.
    pub fn title(&self, lang: &str, fallback: &str) -> &str {
        let find = |l: &str| {
            self.titles
                .iter()
                .find(|(t, _)| t == l)
                .map(|(_, x)| x.as_str())
        };
        find(lang)
            .or_else(|| find(fallback))
            .or_else(|| self.titles.first().map(|(_, x)| x.as_str()))
            .unwrap_or_default()
    }

    /// As a visitor sees it, titled in `lang` (or `fallback`).
    pub fn info(&self, lang: &str, fallback: &str) -> EventInfo {
        EventInfo {
            id: self.id.clone(),
            title: self.title(lang, fallback).to_owned(),
            place: self.place.clone(),
            starts: self.starts,
            ends: self.ends,
        }
    }
}

/// A gathering as a visitor sees it: its title in their language (or the staff language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventInfo {
    pub id: String,
    pub title: String,
    pub place: String,
    /// Local time at the site.
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
}

/// What is wrong with a gathering as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EventProblem {
    #[error("the start is not a time like 2026-12-05 10:00")]
    Starts,
    #[error("the end is not a time like 12:00 or 2026-12-05 12:00 after the start")]
    Ends,
    #[error("the place must be 1 to 80 characters")]
    Place,
    #[error("a title must be 1 to 80 characters")]
    Title,
    #[error("it is over already: its end is in the past")]
    Over,
}

/// A gathering that has ended is shown nowhere: refuse it rather than post it.
pub fn check_not_over(ends: NaiveDateTime, now: NaiveDateTime) -> Result<(), EventProblem> {
    if ends <= now {
        Err(EventProblem::Over)
    } else {
        Ok(())
    }
}

/// "2026-12-05 10:00" (or with a `T`).
pub fn parse_start(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim().replacen('T', " ", 1);
    NaiveDateTime::parse_from_str(&text, "%Y-%m-%d %H:%M").ok()
}

/// A full time, or "HH:MM" on the start's day; must be after `starts`.
pub fn parse_end(text: &str, starts: NaiveDateTime) -> Option<NaiveDateTime> {
    let ends = parse_start(text).or_else(|| {
        NaiveTime::parse_from_str(text.trim(), "%H:%M")
            .ok()
            .map(|t| NaiveDate::and_time(&starts.date(), t))
    })?;
    (ends > starts).then_some(ends)
}

/// Checks a title or a place.
pub fn check_text(text: &str, problem: EventProblem) -> Result<String, EventProblem> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > MAX_TEXT || !text.chars().all(super::is_text_char)
    {
        return Err(problem);
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_read_as_typed() {
        let s = parse_start("2026-12-05 10:00").unwrap();
        assert_eq!(parse_start("2026-12-05T10:00"), Some(s));
        assert_eq!(parse_start("5/12/2026"), None);
        assert_eq!(
            parse_end("12:30", s),
            Some(parse_start("2026-12-05 12:30").unwrap())
        );
        assert_eq!(parse_end("09:00", s), None, "an end before the start");
        assert_eq!(parse_end("2026-12-05 10:00", s), None);
        assert!(check_text("  ", EventProblem::Place).is_err());
        assert_eq!(check_text(" Hall ", EventProblem::Place), Ok("Hall".into()));
    }
}
