//! Message catalogs (Fluent, embedded at build time) with English fallback, and everything
//! about text direction. Screens ask for words here and never hold their own.

pub mod bidi;
pub mod catalog_check;
mod lang;

pub use lang::Lang;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::CharacterDirection;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// The language every catalog is checked against and falls back to.
pub const REFERENCE: &str = "en";

/// Shipped languages, reference first.
pub const SHIPPED_ORDER: &[&str] = LANGUAGES;

/// Whether a catalog for `tag` ships in this binary.
pub fn is_shipped(tag: &str) -> bool {
    SHIPPED_ORDER.contains(&tag)
}

/// The shipped tag someone means by `tag`: itself, any case ("ZH-hans"), or the one shipped
/// language of that primary language ("zh" is zh-Hans, "pt-BR" is pt).
pub fn shipped_tag(tag: &str) -> Option<&'static str> {
    let tag = tag.trim();
    if let Some(t) = SHIPPED_ORDER.iter().find(|t| t.eq_ignore_ascii_case(tag)) {
        return Some(t);
    }
    let primary = |t: &str| {
        t.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    let want = primary(tag);
    let mut same = SHIPPED_ORDER.iter().filter(|t| primary(t) == want);
    match (same.next(), same.next()) {
        (Some(t), None) => Some(t),
        _ => None,
    }
}

/// How right-to-left text reaches the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum BidiMode {
    /// aidkiosk shapes Arabic letters and reorders each line itself: right for foot, xterm,
    /// the Linux console and tmux, which do neither (the kiosk stack is cage + foot).
    #[default]
    App,
    /// The terminal does bidi and shaping itself (mlterm); aidkiosk sends logical order.
    Terminal,
}

/// Text direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

struct Locale {
    tag: String,
    bundle: FluentBundle<FluentResource>,
    direction: Direction,
}

/// Arguments to a message: `("days", 30.into())`.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

/// All shipped catalogs, parsed once at start.
pub struct I18n {
    locales: Vec<Locale>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tags: Vec<_> = self.locales.iter().map(|l| l.tag.as_str()).collect();
        f.debug_struct("I18n").field("locales", &tags).finish()
    }
}

impl I18n {
    /// Loads every embedded catalog. A catalog with syntax errors keeps the messages that
    /// parsed (the rest fall back to English); `aidkiosk locales check` and the tests catch it.
    pub fn embedded() -> I18n {
        let mut locales: Vec<Locale> = Vec::new();
        for (tag, file, source) in CATALOGS {
            let resource = match FluentResource::try_new((*source).to_owned()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    tracing::error!(%tag, %file, ?errors, "catalog has syntax errors");
                    r
                }
            };
            if locales.last().is_none_or(|l| l.tag != *tag) {
                let id: LanguageIdentifier = tag.parse().unwrap_or_default();
                let direction = match id.character_direction() {
                    CharacterDirection::RTL => Direction::Rtl,
                    _ => Direction::Ltr,
                };
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Placeholders are wrapped in FSI…PDI so a code or phone number keeps its own
                // direction inside an Arabic sentence; `bidi::visual` removes the marks.
                bundle.set_use_isolating(true);
                locales.push(Locale {
                    tag: (*tag).to_owned(),
                    bundle,
                    direction,
                });
            }
            if let Some(locale) = locales.last_mut()
                && let Err(errors) = locale.bundle.add_resource(resource)
            {
                tracing::error!(%tag, %file, ?errors, "catalog repeats messages");
            }
        }
        I18n { locales }
    }

    fn locale(&self, tag: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.tag == tag)
    }

    /// Direction of `lang` (from its tag, never guessed from the text).
    pub fn direction(&self, lang: &str) -> Direction {
        self.locale(lang).map_or(Direction::Ltr, |l| l.direction)
    }

    /// Message `id` in `lang`, falling back to English, then to the id itself.
    pub fn text(&self, lang: &str, id: &str) -> String {
        self.text_with(lang, id, &[])
    }

    /// Message `id` with arguments.
    pub fn text_with(&self, lang: &str, id: &str, args: &[Arg<'_>]) -> String {
        let fargs = (!args.is_empty()).then(|| {
            let mut a = FluentArgs::new();
            for (k, v) in args {
                a.set(*k, v.clone());
            }
            a
        });
        for tag in [lang, REFERENCE] {
            let Some(locale) = self.locale(tag) else {
                continue;
            };
            let Some(pattern) = locale.bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = locale
                .bundle
                .format_pattern(pattern, fargs.as_ref(), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(%tag, %id, ?errors, "message formatted with errors");
            }
            return text.into_owned();
        }
        tracing::warn!(%lang, %id, "missing message");
        id.to_owned()
    }

    /// "Label: value" with the language's punctuation (Chinese uses a full-width colon).
    pub fn pair(&self, lang: &str, label: &str, value: &str) -> String {
        self.text_with(
            lang,
            "label-pair",
            &[("label", label.into()), ("value", value.into())],
        )
    }

    /// Items joined into one list for a `$placeholder`, in `lang`'s direction. Each item is
    /// isolated (names in other scripts must not pull each other's numbers across), and the
    /// list starts with a mark of `lang`'s direction: Fluent isolates the placeholder, and an
    /// isolate takes the direction of its first letter, which in an Arabic sentence may be the
    /// "E" of "English".
    pub fn list(&self, lang: &str, items: &[String]) -> String {
        let mark = match self.direction(lang) {
            Direction::Rtl => '\u{200F}',
            Direction::Ltr => '\u{200E}',
        };
        let isolated: Vec<String> = items
            .iter()
            .map(|i| format!("\u{2068}{i}\u{2069}"))
            .collect();
        format!("{mark}{}", isolated.join(" · "))
    }

    /// The language's own name in its own script.
    pub fn language_name(&self, lang: &str) -> String {
        self.text(lang, "language-name")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_languages_start_with_english() {
        assert_eq!(SHIPPED_ORDER.first(), Some(&"en"));
        for tag in ["ar", "es", "zh-Hans"] {
            assert!(is_shipped(tag), "{tag}");
        }
        assert!(!is_shipped("xx"));
    }

    #[test]
    fn direction_comes_from_the_language() {
        let i18n = I18n::embedded();
        assert_eq!(i18n.direction("ar"), Direction::Rtl);
        assert_eq!(i18n.direction("en"), Direction::Ltr);
        assert_eq!(i18n.direction("zh-Hans"), Direction::Ltr);
    }

    #[test]
    fn plurals_follow_the_language() {
        let i18n = I18n::embedded();
        let en = |n: i64| {
            bidi::strip_marks(&i18n.text_with("en", "idle-countdown", &[("seconds", n.into())]))
        };
        assert_eq!(en(1), "Your answers will be cleared in one second.");
        assert_eq!(en(5), "Your answers will be cleared in 5 seconds.");
        let ar = |n: i64| i18n.text_with("ar", "idle-countdown", &[("seconds", n.into())]);
        assert_ne!(ar(1), ar(2));
        assert_ne!(ar(2), ar(3));
        assert_ne!(ar(3), ar(11));
    }

    #[test]
    fn a_list_runs_in_the_languages_own_direction() {
        let i18n = I18n::embedded();
        let items = ["English 24%".to_owned(), "العربية 21%".to_owned()];
        let line = i18n.text_with(
            "ar",
            "report-languages",
            &[("list", i18n.list("ar", &items).into())],
        );
        let shown = bidi::visual(&line, Direction::Rtl, BidiMode::App);
        // Right to left: the first item sits next to the label, at the right.
        let english = shown.find("English").unwrap();
        let arabic = shown.find('%').unwrap();
        assert!(arabic < english, "{shown}");
        assert_eq!(
            i18n.list("en", &items),
            "\u{200E}\u{2068}English 24%\u{2069} · \u{2068}العربية 21%\u{2069}"
        );
    }

    #[test]
    fn missing_messages_fall_back_to_english_then_the_id() {
        let i18n = I18n::embedded();
        assert_eq!(i18n.text("xx", "home-need"), "I need something");
        assert_eq!(i18n.text("en", "no-such-message"), "no-such-message");
    }
}
