//! Words in one language: messages, "label: value" pairs and times, with the language's
//! direction. Screens and printed documents share it (screens add their theme on top).

use chrono::{Datelike, Weekday};

use super::{Arg, BidiMode, Direction, I18n};
use crate::domain::EventInfo;

/// The catalogs, one language of them, and how its direction reaches the output.
#[derive(Clone, Copy)]
pub struct Lang<'a> {
    pub i18n: &'a I18n,
    pub lang: &'a str,
    pub direction: Direction,
    pub bidi: BidiMode,
}

impl<'a> Lang<'a> {
    /// Words in `lang`.
    pub fn new(i18n: &'a I18n, lang: &'a str, bidi: BidiMode) -> Self {
        Lang {
            i18n,
            lang,
            direction: i18n.direction(lang),
            bidi,
        }
    }

    /// A message.
    pub fn t(&self, id: &str) -> String {
        self.i18n.text(self.lang, id)
    }

    /// A message with arguments.
    pub fn t_with(&self, id: &str, args: &[Arg<'_>]) -> String {
        self.i18n.text_with(self.lang, id, args)
    }

    /// "Label: value" with the language's own punctuation.
    pub fn pair_text(&self, label: &str, value: &str) -> String {
        self.i18n.pair(self.lang, label, value)
    }

    /// The weekday's name.
    pub fn weekday(&self, day: Weekday) -> String {
        self.t(match day {
            Weekday::Mon => "weekday-mon",
            Weekday::Tue => "weekday-tue",
            Weekday::Wed => "weekday-wed",
            Weekday::Thu => "weekday-thu",
            Weekday::Fri => "weekday-fri",
            Weekday::Sat => "weekday-sat",
            Weekday::Sun => "weekday-sun",
        })
    }

    /// When a gathering is: "Saturday 2026-12-05, 10:00–12:00".
    pub fn when(&self, e: &EventInfo) -> String {
        self.t_with(
            "event-time",
            &[
                ("weekday", self.weekday(e.starts.weekday()).into()),
                ("date", e.starts.format("%Y-%m-%d").to_string().into()),
                ("start", e.starts.format("%H:%M").to_string().into()),
                ("end", e.ends.format("%H:%M").to_string().into()),
            ],
        )
    }
}
