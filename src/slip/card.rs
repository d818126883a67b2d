//! A member card and a member's statement of hours, on paper. The card holds nothing
//! personal: the site, its code, what it is for, and the signed QR (`AK1M.…`).

use chrono::{DateTime, Utc};

use super::{Document, Scale, TextAlign};
use crate::domain::SlipCode;
use crate::domain::member::{MemberView, StatementLine};
use crate::i18n::{BidiMode, I18n, Lang};

/// The card in `lang` (and a line in the staff language when it differs, for volunteers).
pub fn document(
    site: &str,
    code: &SlipCode,
    payload: &str,
    lang: &str,
    staff: &str,
    i18n: &I18n,
) -> Document {
    let ctx = Lang::new(i18n, lang, BidiMode::App);
    let align = TextAlign::Start(i18n.direction(lang));
    let mut doc = Document::new(&format!("card-{}", code.as_str()));
    doc.title = format!("card {}", code.display());
    doc.text(site, Scale::Title, true, TextAlign::Center);
    doc.rule();
    doc.text(&ctx.t("card-title"), Scale::Title, true, align);
    doc.text(&ctx.t("card-next-time"), Scale::Body, false, align);
    doc.text(&ctx.t("card-private"), Scale::Body, false, align);
    if staff != lang {
        doc.rule();
        let staff_ctx = Lang::new(i18n, staff, BidiMode::App);
        let staff_align = TextAlign::Start(i18n.direction(staff));
        doc.text(&staff_ctx.t("card-title"), Scale::Body, true, staff_align);
    }
    doc.rule();
    doc.text(&code.display(), Scale::Code, true, TextAlign::Center);
    doc.qr = Some(payload.to_owned());
    doc
}

/// A member's statement in their language: hours given and received, the balance, and each
/// transfer (newest first), corrections marked.
pub fn statement(
    site: &str,
    member: &MemberView,
    lines: &[StatementLine],
    i18n: &I18n,
    printed: DateTime<Utc>,
) -> Document {
    let lang = member.language.as_str();
    let ctx = Lang::new(i18n, lang, BidiMode::App);
    let align = TextAlign::Start(i18n.direction(lang));
    let card = member
        .card
        .map(|c| c.display())
        .unwrap_or_else(|| "—".into());
    // Named by the card, never the member id (which stays in the database).
    let mut doc = Document::new(&format!(
        "statement-{}",
        member
            .card
            .map_or_else(|| "nocard".to_owned(), |c| c.as_str().to_owned())
    ));
    doc.title = format!("statement {card}");
    doc.text(site, Scale::Title, true, TextAlign::Center);
    doc.rule();
    doc.text(&ctx.t("statement-title"), Scale::Title, true, align);
    let local = |t: DateTime<Utc>| {
        t.with_timezone(&chrono::Local)
            .format("%Y-%m-%d")
            .to_string()
    };
    doc.text(
        &ctx.t_with("slip-print-date", &[("date", local(printed).into())]),
        Scale::Body,
        false,
        align,
    );
    doc.text(
        &ctx.t_with("slip-print-code", &[("code", card.into())]),
        Scale::Body,
        false,
        align,
    );
    doc.text(&hours_line(&ctx, member), Scale::Body, true, align);
    doc.text(
        &ctx.t_with(
            "statement-balance",
            &[("hours", signed(member.balance().0).into())],
        ),
        Scale::Body,
        true,
        align,
    );
    doc.rule();
    for line in lines {
        let mut text = ctx.t_with(
            "statement-line",
            &[
                ("date", local(line.at).into()),
                ("category", ctx.t(line.category.msg_id()).into()),
                ("hours", signed(line.quarters.0).into()),
            ],
        );
        if line.reversal {
            text = format!("{text} ({})", ctx.t("statement-correction"));
        }
        doc.text(&text, Scale::Body, false, align);
    }
    doc
}

/// "Hours given: 3½ · received: 1".
pub fn hours_line(ctx: &Lang<'_>, member: &MemberView) -> String {
    ctx.t_with(
        "card-hours",
        &[
            ("given", member.given.hours().into()),
            ("received", member.received.hours().into()),
        ],
    )
}

/// Quarter hours with their sign: `+1½`, `−¾`, `0`.
pub fn signed(quarters: i64) -> String {
    let h = crate::domain::member::Quarters(quarters).hours();
    if quarters > 0 { format!("+{h}") } else { h }
}
