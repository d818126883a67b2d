//! The Members tab, a member's panel, and the forms for a new card and an exchange of hours.

use ratatui::style::{Modifier, Style};
use ratatui::text::Line;

use super::{List, Pane, age, language, listed, pad};
use crate::app::Settings;
use crate::app::desk::{ExchangeForm, ExchangeProblem, MemberForm, MemberPanel, Session};
use crate::domain::member::{Counterpart, MemberView, Quarters};
use crate::i18n::bidi;
use crate::slip::card::signed;
use crate::ui::widgets::{Ctx, bold, field_line};

/// The soft limit as the desk shows it.
fn limit(settings: &Settings) -> Quarters {
    Quarters::from_hours(settings.debt_limit_hours)
}

/// One member in a line: card, nickname, language, household, given and received, a flag.
/// Each cell is isolated, so a nickname or a language name in another script cannot pull its
/// neighbours across; the row is cut to the room there is.
fn row(m: &MemberView, settings: &Settings, ctx: &Ctx<'_>, w: u16) -> String {
    let room = usize::from(w).saturating_sub(2);
    let card = m
        .card
        .map_or_else(|| ctx.t("desk-member-no-card"), |c| c.display());
    let household = m.household.map_or_else(
        || "–".to_owned(),
        |h| ctx.t_with("quantity-people", &[("count", h.into())]),
    );
    let flag = if m.far_in_debt(limit(settings)) {
        "⚠"
    } else {
        " "
    };
    let mut line = format!(
        "\u{2066}{}\u{2069} {flag} \u{2068}{}\u{2069} \u{2068}{}\u{2069} \u{2068}{}\u{2069} \u{2068}{}\u{2069}",
        pad(&card, 9),
        pad(&m.nickname, 12),
        pad(&ctx.t(&format!("language-in-{}", m.language)), 10),
        pad(&household, 10),
        ctx.t_with(
            "desk-member-hours",
            &[
                ("given", m.given.hours().into()),
                ("received", m.received.hours().into()),
            ],
        ),
    );
    if bidi::width(&line) > room {
        line = bidi::truncate(&line, room);
    }
    line
}

/// The Members tab: every member, the most recently seen first.
pub(super) fn pane<'a>(
    s: &'a Session,
    settings: &'a Settings,
    ctx: &'a Ctx<'_>,
    w: u16,
) -> Pane<'a> {
    let lines = ctx.block(&[(ctx.t("desk-members-hint"), Style::default())], w);
    let list = List::of(&s.data.members, s.cursor, move |m| row(m, settings, ctx, w));
    listed(lines, list, "desk-members-empty", ctx, w)
}

/// A member opened: who (card, nickname), their hours, the soft limit, the transfers.
pub(super) fn panel<'a>(
    p: &'a MemberPanel,
    settings: &'a Settings,
    now: Option<chrono::DateTime<chrono::Utc>>,
    ctx: &'a Ctx<'_>,
    w: u16,
) -> Pane<'a> {
    let m = &p.member;
    let card = m
        .card
        .map_or_else(|| ctx.t("desk-member-no-card"), |c| c.display());
    let mut lines = ctx.block(
        &[(
            ctx.t_with("desk-member-title", &[("card", card.into())]),
            bold(),
        )],
        w,
    );
    let mut facts = Vec::new();
    if !m.nickname.is_empty() {
        facts.push(format!("\u{2068}{}\u{2069}", m.nickname));
    }
    facts.push(language(ctx, &m.language));
    if let Some(h) = m.household {
        facts.push(ctx.t_with("quantity-people", &[("count", h.into())]));
    }
    facts.push(ctx.t_with(
        "desk-member-seen",
        &[("age", age(ctx, m.last_seen_at, now).into())],
    ));
    lines.extend(ctx.block(&[(facts.join(" · "), Style::default())], w));
    lines.extend(ctx.block(
        &[(
            ctx.t_with(
                "desk-member-balance",
                &[
                    ("given", m.given.hours().into()),
                    ("received", m.received.hours().into()),
                    ("balance", signed(m.balance().0).into()),
                ],
            ),
            bold(),
        )],
        w,
    ));
    if m.far_in_debt(limit(settings)) {
        lines.extend(ctx.block(
            &[(
                ctx.t_with(
                    "desk-member-debt",
                    &[("hours", settings.debt_limit_hours.into())],
                ),
                bold(),
            )],
            w,
        ));
    }
    lines.push(Line::default());
    let list = List::of(&p.statement, p.cursor, move |l| {
        // Given to, or received from, whom: a card, the site, or a member since removed.
        let who = match l.other {
            Counterpart::Site => settings.site_name.clone(),
            Counterpart::Member(Some(card)) => card.display(),
            Counterpart::Member(None) => ctx.t("desk-member-no-card"),
            Counterpart::Removed => ctx.t("desk-member-removed"),
        };
        let other = ctx.t_with(
            // A correction keeps the direction of the transfer it takes back.
            if (l.quarters.0 > 0) != l.reversal {
                "desk-member-to"
            } else {
                "desk-member-from"
            },
            &[("who", who.into())],
        );
        // The time and the signed hours read left to right in every language.
        let mut text = format!(
            "\u{2066}{}\u{2069}  \u{2068}{}\u{2069} \u{2066}{}\u{2069} \u{2068}{}\u{2069}",
            l.at.with_timezone(&chrono::Local).format("%m-%d %H:%M"),
            pad(&ctx.t(l.category.msg_id()), 18),
            pad(&signed(l.quarters.0), 6),
            pad(&other, 20),
        );
        if l.reversal {
            text = format!("{text} {}", ctx.t("desk-member-correction"));
        }
        if l.reversed {
            text = format!("{text} {}", ctx.t("desk-member-reversed"));
        }
        text
    });
    listed(lines, list, "desk-member-statement-empty", ctx, w)
}

/// The reversed style of the choice being made, as on the intake form.
fn chosen(here: bool) -> Style {
    if here {
        Style::default().add_modifier(Modifier::REVERSED)
    } else {
        Style::default()
    }
}

/// A new member card.
pub(super) fn member_form(form: &MemberForm, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
    let mut lines = ctx.block(&[(ctx.t("desk-member-form-title"), bold())], w);
    lines.extend(ctx.block(&[(ctx.t("desk-member-form-hint"), Style::default())], w));
    lines.push(field_line(
        ctx,
        &ctx.t("field-nickname"),
        &form.nickname,
        form.field.at == 0,
        w,
    ));
    lines.push(field_line(
        ctx,
        &ctx.t("field-household"),
        &form.household,
        form.field.at == 1,
        w,
    ));
    lines.push(ctx.line(
        &ctx.pair_text(
            &ctx.t("field-language"),
            &format!("‹ {} ›", language(ctx, &form.language)),
        ),
        chosen(form.field.at == 2),
        w,
    ));
    if form.bad_household {
        lines.extend(ctx.block(&[(ctx.t("desk-household-bad"), bold())], w));
    }
    lines
}

/// An exchange of hours.
pub(super) fn exchange_form(form: &ExchangeForm, ctx: &Ctx<'_>, w: u16) -> Vec<Line<'static>> {
    let mut lines = ctx.block(&[(ctx.t("desk-exchange-title"), bold())], w);
    lines.extend(ctx.block(&[(ctx.t("desk-exchange-hint"), Style::default())], w));
    let at = form.field.at;
    for (i, label, field) in [
        (0, "field-provider", &form.provider),
        (1, "field-receiver", &form.receiver),
        (2, "field-hours", &form.hours),
    ] {
        lines.push(field_line(ctx, &ctx.t(label), field, at == i, w));
    }
    lines.push(ctx.line(
        &ctx.pair_text(
            &ctx.t("field-category"),
            &format!("‹ {} ›", ctx.t(form.category.msg_id())),
        ),
        chosen(at == 3),
        w,
    ));
    for (i, label, field) in [
        (4, "field-for-need", &form.need),
        (5, "field-from-offer", &form.offer),
    ] {
        lines.push(field_line(ctx, &ctx.t(label), field, at == i, w));
    }
    if let Some(p) = form.problem {
        let id = match p {
            ExchangeProblem::Provider | ExchangeProblem::Receiver => "desk-exchange-card",
            ExchangeProblem::Same => "desk-exchange-same",
            ExchangeProblem::Hours => "desk-exchange-hours",
            ExchangeProblem::Need => "desk-exchange-need",
            ExchangeProblem::Offer => "desk-exchange-offer",
        };
        lines.extend(ctx.block(&[(ctx.t(id), bold())], w));
    }
    lines
}
