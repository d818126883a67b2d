//! The paper fallback for when the machine is down: the open pickups with their codes (in the
//! staff language), and a blank intake form in each language for visitors to fill in by hand.

use chrono::NaiveDate;

use super::{Document, Scale, TextAlign};
use crate::domain::EntryView;
use crate::domain::{Category, Kind, Mode, Urgency};
use crate::i18n::I18n;

/// A line to write on.
const BLANK: &str = "______________________";

/// Needs still to be handed over, ready ones first, each with a box to tick; `total` says how
/// many there are beyond those listed.
pub fn pickups(
    site: &str,
    date: NaiveDate,
    needs: &[EntryView],
    total: usize,
    i18n: &I18n,
    lang: &str,
) -> Document {
    let align = TextAlign::Start(i18n.direction(lang));
    let mut doc = Document::new(&format!("roster-{date}"));
    doc.title = format!("roster {date}");
    doc.text(site, Scale::Title, true, TextAlign::Center);
    doc.text(
        &i18n.text_with(lang, "roster-title", &[("date", date.to_string().into())]),
        Scale::Title,
        true,
        align,
    );
    doc.text(&i18n.text(lang, "roster-hint"), Scale::Body, false, align);
    doc.rule();
    if needs.is_empty() {
        doc.text(&i18n.text(lang, "roster-empty"), Scale::Body, false, align);
    }
    for e in needs {
        let line = i18n.text_with(
            lang,
            "roster-line",
            &[
                ("code", e.code.display().into()),
                ("category", i18n.text(lang, e.category.msg_id()).into()),
                ("quantity", e.quantity.into()),
                ("status", i18n.text(lang, e.status.msg_id()).into()),
            ],
        );
        doc.text(&line, Scale::Body, false, align);
    }
    if total > needs.len() {
        doc.text(
            &i18n.text_with(
                lang,
                "roster-more",
                &[("count", (total - needs.len()).into())],
            ),
            Scale::Body,
            true,
            align,
        );
    }
    doc
}

/// People to call or to take things to, for when the machine is down: who, how to reach
/// them, what about, in which language. It carries phone numbers, and says so.
pub fn calls(
    site: &str,
    date: NaiveDate,
    entries: &[EntryView],
    total: usize,
    i18n: &I18n,
    lang: &str,
) -> Document {
    let align = TextAlign::Start(i18n.direction(lang));
    let mut doc = Document::new(&format!("calls-{date}"));
    doc.title = format!("to call or deliver {date}");
    doc.text(site, Scale::Title, true, TextAlign::Center);
    doc.text(
        &i18n.text_with(
            lang,
            "roster-calls-title",
            &[("date", date.to_string().into())],
        ),
        Scale::Title,
        true,
        align,
    );
    doc.text(
        &i18n.text(lang, "roster-calls-hint"),
        Scale::Body,
        false,
        align,
    );
    doc.text(
        &i18n.text(lang, "roster-calls-private"),
        Scale::Body,
        true,
        align,
    );
    doc.rule();
    if entries.is_empty() {
        doc.text(
            &i18n.text(lang, "roster-calls-empty"),
            Scale::Body,
            false,
            align,
        );
    }
    for e in entries {
        let who = [e.name.as_str(), e.phone.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        let line = i18n.text_with(
            lang,
            "roster-calls-line",
            &[
                ("code", e.code.display().into()),
                (
                    "how",
                    i18n.text(lang, &format!("desk-mode-{}", e.mode.as_str()))
                        .into(),
                ),
                ("who", who.into()),
                ("category", i18n.text(lang, e.category.msg_id()).into()),
                (
                    "language",
                    i18n.text(lang, &format!("language-in-{}", e.language))
                        .into(),
                ),
            ],
        );
        doc.text(&line, Scale::Body, false, align);
    }
    if total > entries.len() {
        doc.text(
            &i18n.text_with(
                lang,
                "roster-more",
                &[("count", (total - entries.len()).into())],
            ),
            Scale::Body,
            true,
            align,
        );
    }
    doc
}

/// A blank intake form in `lang`: the same questions as the kiosk, with boxes to tick.
pub fn intake_form(
    site: &str,
    lang: &str,
    i18n: &I18n,
    categories: &[Category],
    retention_days: u32,
) -> Document {
    let t = |id: &str| i18n.text(lang, id);
    let align = TextAlign::Start(i18n.direction(lang));
    let boxes = |items: Vec<String>| {
        items
            .iter()
            .map(|i| format!("[  ] {i}"))
            .collect::<Vec<_>>()
            .join("     ")
    };
    let mut doc = Document::new(&format!("form-{lang}"));
    doc.title = format!("form {lang}");
    doc.text(site, Scale::Title, true, TextAlign::Center);
    doc.text(&t("form-title"), Scale::Title, true, align);
    doc.text(&t("form-intro"), Scale::Body, false, align);
    doc.rule();
    doc.text(
        &boxes(vec![t("home-need"), t("home-offer")]),
        Scale::Body,
        true,
        align,
    );
    doc.rule();
    let names: Vec<String> = categories.iter().map(|c| t(c.msg_id())).collect();
    for pair in names.chunks(2) {
        doc.text(&boxes(pair.to_vec()), Scale::Body, false, align);
    }
    doc.rule();
    let blank = |label: &str| i18n.pair(lang, label, BLANK);
    doc.text(&blank(&t("review-quantity")), Scale::Body, false, align);
    let urgencies = Urgency::ALL.iter().map(|u| t(u.msg_id())).collect();
    doc.text(
        &i18n.pair(lang, &t("details-urgency"), &boxes(urgencies)),
        Scale::Body,
        false,
        align,
    );
    // "How" is worded by the direction things go: a need is picked up or brought to them, an
    // offer brought here or collected; one line for each, under the question.
    doc.text(&t("details-mode"), Scale::Body, false, align);
    for (kind, label) in [(Kind::Need, "home-need"), (Kind::Offer, "home-offer")] {
        let modes = Mode::ALL
            .iter()
            .map(|m| t(m.label_id(kind, crate::domain::lifecycle::Path::Goods)))
            .collect();
        doc.text(
            &i18n.pair(lang, &t(label), &boxes(modes)),
            Scale::Body,
            false,
            align,
        );
    }
    for id in ["details-detail", "details-name", "details-phone"] {
        doc.text(&blank(&t(id)), Scale::Body, false, align);
    }
    doc.text(
        &i18n.text_with(lang, "details-privacy", &[("days", retention_days.into())]),
        Scale::Body,
        false,
        align,
    );
    doc.rule();
    doc.text(&t("form-staff"), Scale::Body, false, align);
    doc
}
