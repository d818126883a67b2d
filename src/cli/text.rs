//! What the command line takes in and prints out: names and numbers bounded where they are
//! parsed (a calm one-line error, never a panic or an hour-long loop), and stored text printed
//! so that no control or escape character reaches the terminal.

use std::borrow::Cow;
use std::ffi::OsStr;

use clap::error::ErrorKind;

use crate::domain::is_text_char;
use crate::domain::limits::NAME as MAX_NAME;

/// `text` fit for a terminal: every character a visitor could not type (control characters,
/// escape sequences, bidi overrides) shown as a visible escape such as `\x1b`. For stored data
/// printed by the command line: old rows, restored or imported ones, may hold anything.
pub fn printable(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_text_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_text_char(c) {
            out.push(c);
        } else if (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        }
    }
    Cow::Owned(out)
}

/// A clap value parser from a check that gives the text to keep or why not. Unlike a plain
/// function's, its error does not repeat the value (a 100,000-character name would come back
/// whole), only the option and why.
#[derive(Clone, Copy)]
pub struct Checked(pub fn(&str) -> Result<String, String>);

impl clap::builder::TypedValueParser for Checked {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        let name = arg
            .and_then(|a| a.get_long())
            .map(|l| format!("--{l}"))
            .unwrap_or_else(|| "a value".into());
        let why = match value.to_str() {
            Some(text) => match (self.0)(text) {
                Ok(kept) => return Ok(kept),
                Err(why) => why,
            },
            None => "it is not UTF-8 text".into(),
        };
        // One line, like every other aidkiosk error (no usage after it).
        let _ = cmd;
        Err(clap::Error::raw(
            ErrorKind::ValueValidation,
            format!("{name}: {why}\n"),
        ))
    }
}

/// A person's name as given on the command line (`init --admin`, `staff add --name`): 1 to
/// MAX_NAME characters, trimmed, none of them control characters or bidi overrides.
pub fn person_name(arg: &str) -> Result<String, String> {
    let name = arg.trim();
    if name.is_empty() {
        return Err("a name cannot be empty".into());
    }
    let n = name.chars().count();
    if n > MAX_NAME {
        return Err(format!(
            "a name has at most {MAX_NAME} characters (this one has {n})"
        ));
    }
    if let Some(c) = name.chars().find(|c| !is_text_char(*c)) {
        return Err(format!(
            "a name cannot hold control characters (found {})",
            printable(&c.to_string())
        ));
    }
    if crate::domain::looks_like_pin(name) {
        return Err(
            "a name with four digits in a row looks like a PIN typed in the wrong place".into(),
        );
    }
    Ok(name.to_owned())
}

/// A site name (`init --site`): 1 to 60 characters, no control characters.
pub fn site_name(arg: &str) -> Result<String, String> {
    let name = arg.trim();
    let n = name.chars().count();
    if name.is_empty() || n > 60 {
        return Err("a site name has 1 to 60 characters".into());
    }
    if let Some(c) = name.chars().find(|c| !is_text_char(*c)) {
        return Err(format!(
            "a site name cannot hold control characters (found {})",
            printable(&c.to_string())
        ));
    }
    Ok(name.to_owned())
}

/// A date for a report, between 2000 and 2099.
pub fn report_date(arg: &str) -> Result<chrono::NaiveDate, String> {
    let date = chrono::NaiveDate::parse_from_str(arg.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{arg:?} is not a date like 2026-12-05"))?;
    let year = chrono::Datelike::year(&date);
    if !(2000..=2099).contains(&year) {
        return Err(format!("{arg} is outside 2000 to 2099"));
    }
    Ok(date)
}

/// A gathering's time as typed ("YYYY-MM-DD HH:MM", or "HH:MM" for an end on the same day),
/// kept as text for the domain to read, with the year between 2000 and 2099.
pub fn event_time(arg: &str) -> Result<String, String> {
    let text = arg.trim();
    if text.chars().count() > 32 {
        return Err("a time is like 2026-12-05 10:00 or 12:00".into());
    }
    if let Some((date, _)) = text.split_once(' ')
        && let Ok(date) = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        && !(2000..=2099).contains(&chrono::Datelike::year(&date))
    {
        return Err(format!("{text} is outside 2000 to 2099"));
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_text_never_reaches_the_terminal_raw() {
        assert_eq!(printable("Maya"), "Maya");
        assert_eq!(printable("Ma\x1b[31mya"), "Ma\\x1b[31mya");
        assert_eq!(printable("a\u{202E}b\nc"), "a\\u{202e}b\\x0ac");
        assert_eq!(printable("مريم 李"), "مريم 李");
    }

    #[test]
    fn names_are_bounded_and_plain() {
        assert_eq!(person_name("  Lee ").unwrap(), "Lee");
        assert!(person_name("").is_err());
        assert!(person_name(&"x".repeat(MAX_NAME)).is_ok());
        let long = person_name(&"x".repeat(100_000)).unwrap_err();
        assert!(long.contains("at most 40"), "{long}");
        let esc = person_name("Ma\x1b[2Jya").unwrap_err();
        assert!(esc.contains("\\x1b"), "{esc}");
        assert!(site_name("East\u{7}side").is_err());
    }

    #[test]
    fn dates_and_times_stay_in_this_century() {
        assert!(report_date("2026-12-05").is_ok());
        assert!(report_date("+262143-01-01").is_err());
        assert!(report_date("1999-12-31").is_err());
        assert!(event_time("9999-12-31 23:59").is_err());
        assert_eq!(event_time(" 12:00 ").unwrap(), "12:00");
        assert!(event_time("2026-12-05 10:00").is_ok());
    }
}
