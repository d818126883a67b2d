//! The message catalogs: every language has every message with the same placeholders, every
//! message the code asks for exists, and every message in the reference is asked for.

use std::collections::BTreeSet;

use aidkiosk::domain::lifecycle::NextStep;
use aidkiosk::domain::{Category, CloseReason, Kind, Mode, QueueView, Role, Status, Urgency};
use aidkiosk::i18n::catalog_check::check_all;
use aidkiosk::i18n::{CATALOGS, I18n, REFERENCE};

#[test]
fn every_language_is_complete_with_the_same_placeholders() {
    let reports = check_all();
    assert!(reports.len() >= 4, "en, es, ar, zh-Hans at least");
    for r in &reports {
        assert!(r.is_complete(), "{r:#?}");
        assert!(r.expected > 90, "{}: {} messages", r.tag, r.expected);
    }
}

/// Message ids the code names: literals in the source that look like ids, plus the families
/// built from enum values.
fn ids_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                // Unit tests name made-up ids on purpose.
                let text = text.split("#[cfg(test)]").next().unwrap_or_default();
                for (i, part) in text.split('"').enumerate() {
                    let looks_like_id = i % 2 == 1
                        && part.contains('-')
                        && part
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        && !part.starts_with('-')
                        && !part.ends_with('-');
                    if looks_like_id {
                        ids.insert(part.to_owned());
                    }
                }
            }
        }
    }
    // The families each enum names with `msg_id`.
    ids.extend(Category::ALL.iter().map(|x| x.msg_id().to_owned()));
    ids.extend(Kind::ALL.iter().map(|x| x.msg_id().to_owned()));
    ids.extend(Urgency::ALL.iter().map(|x| x.msg_id().to_owned()));
    ids.extend(Status::ALL.iter().map(|x| x.msg_id().to_owned()));
    ids.extend(Mode::ALL.iter().map(|x| x.msg_id().to_owned()));
    ids.extend(Role::ALL.iter().map(|x| x.msg_id().to_owned()));
    ids.extend(QueueView::ALL.iter().map(|x| x.msg_id().to_owned()));
    ids.extend(CloseReason::ALL.iter().map(|x| x.msg_id().to_owned()));
    ids.extend(NextStep::ALL.iter().map(|x| x.msg_id().to_owned()));
    ids.extend(
        aidkiosk::i18n::SHIPPED_ORDER
            .iter()
            .map(|t| format!("language-in-{t}")),
    );
    ids.extend(["desk-mode-call".to_owned(), "desk-mode-delivery".to_owned()]);
    ids
}

fn reference_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (tag, _, source) in CATALOGS {
        if *tag != REFERENCE {
            continue;
        }
        for line in source.lines() {
            if let Some((id, _)) = line.split_once(" =")
                && !id.starts_with(char::is_whitespace)
                && !id.starts_with('#')
            {
                ids.insert(id.to_owned());
            }
        }
    }
    ids
}

/// Literals that look like ids but are not messages.
const NOT_MESSAGES: &[&str] = &[
    "baby-child",
    "language-tech",
    "kebab-case",
    // espeak-ng and its voice names.
    "espeak-ng",
    "en-us",
    "es-419",
    "fr-fr",
    "pt-br",
    // Debian font packages `doctor` names.
    "fonts-noto-cjk",
    "fonts-noto-core",
    "fonts-dejavu-core",
    // A view name (`State::view_id`).
    "save-failed",
    // Stable ids of enum values and the prefix of a family.
    "not-needed",
    "close-reason",
];

#[test]
fn the_code_and_the_catalog_agree() {
    let in_code = ids_in_code();
    let reference = reference_ids();
    let unused: Vec<_> = reference.difference(&in_code).collect();
    assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
    let missing: Vec<_> = in_code
        .iter()
        .filter(|id| !reference.contains(*id) && !NOT_MESSAGES.contains(&id.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "ids the code asks for that no catalog has: {missing:?}"
    );
}

#[test]
fn each_language_names_itself_in_its_own_script() {
    let i18n = I18n::embedded();
    let names: Vec<_> = aidkiosk::i18n::SHIPPED_ORDER
        .iter()
        .map(|l| i18n.language_name(l))
        .collect();
    assert_eq!(
        names,
        [
            "English",
            "العربية",
            "Español",
            "فارسی",
            "Français",
            "Kreyòl ayisyen",
            "한국어",
            "Português",
            "Русский",
            "Soomaali",
            "Українська",
            "Tiếng Việt",
            "中文"
        ]
    );
}
