//! How one entry, candidate or account reads as a row of a list: what a volunteer acts on
//! without opening it.

use chrono::{DateTime, Utc};
use ratatui::style::Style;
use ratatui::text::Line;

use crate::domain::{Candidate, EntryView, Kind, Mode, Role, Status, Urgency};
use crate::i18n::bidi;
use crate::ui::widgets::Ctx;

/// "just now", "12 min", "3 h", "2 d": how long ago, from the last load's clock.
pub fn age(ctx: &Ctx<'_>, at: DateTime<Utc>, now: Option<DateTime<Utc>>) -> String {
    let minutes = now.map_or(0, |n| (n - at).num_minutes().max(0));
    if minutes < 1 {
        ctx.t("age-now")
    } else if minutes < 60 {
        ctx.t_with("age-minutes", &[("minutes", minutes.into())])
    } else if minutes < 24 * 60 {
        ctx.t_with("age-hours", &[("hours", (minutes / 60).into())])
    } else {
        ctx.t_with("age-days", &[("days", (minutes / 1440).into())])
    }
}

pub fn status(ctx: &Ctx<'_>, s: Status) -> String {
    ctx.t(s.msg_id())
}

pub fn role(ctx: &Ctx<'_>, role: Role) -> String {
    ctx.t(role.msg_id())
}

/// Pads (or cuts, with "…") to `w` cells, for columns.
pub fn pad(text: &str, w: usize) -> String {
    let text = bidi::ellipsize(text, w);
    let fill = w.saturating_sub(bidi::width(&text));
    format!("{text}{}", " ".repeat(fill))
}

/// A list row: marked `>` when selected (never by colour alone), in visual order.
pub fn select(text: String, selected: bool, ctx: &Ctx<'_>, w: u16) -> Line<'static> {
    ctx.line(
        &format!("{} {text}", if selected { ">" } else { " " }),
        Style::default(),
        w,
    )
}

/// A language as a volunteer reads it: its name in the staff language, then in its own script
/// when that differs ("Arabic العربية").
pub fn language(ctx: &Ctx<'_>, tag: &str) -> String {
    let here = ctx.t(&format!("language-in-{tag}"));
    let own = ctx.i18n.language_name(tag);
    if here == own || tag == ctx.lang {
        own
    } else {
        format!("{here} \u{2068}{own}\u{2069}")
    }
}

/// The quantity with what it counts ("5 people", "3 items"; nothing for a service).
pub fn quantity(ctx: &Ctx<'_>, e: &EntryView, service: bool) -> String {
    use crate::domain::Count;
    use crate::domain::lifecycle::Path;
    let path = if service { Path::Service } else { Path::Goods };
    let id = match Count::of(e.kind, e.category, path) {
        Count::People => "quantity-people",
        Count::Hours => "quantity-hours",
        Count::Items => "desk-quantity",
        Count::Nothing => return String::new(),
    };
    ctx.t_with(id, &[("count", e.quantity.into())])
}

/// Someone to call or bring things to, as a row: phone and name first, then what the call is
/// about, in the caller's language. The code is left out below 110 columns (Enter opens it).
pub fn call_row(e: &EntryView, ctx: &Ctx<'_>, now: Option<DateTime<Utc>>, w: u16) -> String {
    let room = usize::from(w).saturating_sub(2);
    let phone = if e.phone.is_empty() {
        ctx.t("field-empty")
    } else {
        e.phone.clone()
    };
    let how = ctx.t(&format!("desk-mode-{}", e.mode.as_str()));
    let urgent = if e.urgency == Urgency::Today {
        ctx.t(Urgency::Today.msg_id())
    } else {
        String::new()
    };
    let wide = room >= 110;
    let mut row = format!(
        "\u{2066}{}\u{2069} \u{2068}{}\u{2069} {} {} {} {} ",
        pad(&phone, 15),
        pad(&e.name, if wide { 20 } else { 10 }),
        pad(&how, 7),
        pad(&urgent, 5),
        pad(
            &ctx.t(&format!("language-in-{}", e.language)),
            if wide { 16 } else { 8 }
        ),
        pad(&ctx.t(e.category.msg_id()), if wide { 24 } else { 16 }),
    );
    if wide {
        row.push_str(&format!("\u{2066}{}\u{2069} ", e.ticket.display()));
    }
    row.push_str(&age(ctx, e.created_at, now));
    if bidi::width(&row) > room {
        row = bidi::truncate(&row, room);
    }
    row
}

/// What a search found, as a row: the entry and who it is for (the search was by name or
/// phone), then its age.
pub fn found_row(e: &EntryView, ctx: &Ctx<'_>, now: Option<DateTime<Utc>>, w: u16) -> String {
    let room = usize::from(w).saturating_sub(2);
    let wide = room >= 110;
    let kind = ctx.t(match e.kind {
        Kind::Need => "desk-kind-need",
        Kind::Offer => "desk-kind-offer",
    });
    let mut row = format!(
        "\u{2066}{}\u{2069} {} {} {} \u{2068}{}\u{2069} \u{2066}{}\u{2069} {}",
        e.ticket.display(),
        pad(&kind, 5),
        pad(&ctx.t(e.category.msg_id()), if wide { 24 } else { 12 }),
        pad(&status(ctx, e.status), if wide { 18 } else { 9 }),
        pad(&e.name, if wide { 24 } else { 11 }),
        pad(&e.phone, 14),
        age(ctx, e.created_at, now),
    );
    if bidi::width(&row) > room {
        row = bidi::truncate(&row, room);
    }
    row
}

/// One entry as a row, `w` cells wide: code, kind, category, how many, "today", how (call me,
/// delivery), language, age; the widest parts shortened first.
pub fn entry_row(
    e: &EntryView,
    ctx: &Ctx<'_>,
    now: Option<DateTime<Utc>>,
    services: &[crate::domain::Category],
    w: u16,
) -> String {
    let service = services.contains(&e.category);
    let urgent = if e.urgency == Urgency::Today {
        ctx.t(Urgency::Today.msg_id())
    } else {
        String::new()
    };
    let how = match e.mode {
        Mode::Pickup => String::new(),
        Mode::Call | Mode::Delivery => ctx.t(&format!("desk-mode-{}", e.mode.as_str())),
    };
    let kind = ctx.t(match e.kind {
        Kind::Need => "desk-kind-need",
        Kind::Offer => "desk-kind-offer",
    });
    // What a row cannot do without, then what a wide screen adds.
    let room = usize::from(w).saturating_sub(2);
    let wide = room >= 110;
    // At 80 columns every column fits with the age last; wider, names are given in full.
    let (cat_w, qty_w, how_w, status_w, lang_w) = if wide {
        (24, 8, 8, 18, 24)
    } else {
        (12, 6, 7, 9, 8)
    };
    let lang = if wide {
        language(ctx, &e.language)
    } else {
        // In the staff language: the volunteer reads it (and calls the interpreter).
        ctx.t(&format!("language-in-{}", e.language))
    };
    let mut row = format!(
        "\u{2066}{}\u{2069} {} {} {} {} {} {} {} {}",
        e.ticket.display(),
        pad(&kind, 5),
        pad(&ctx.t(e.category.msg_id()), cat_w),
        pad(&quantity(ctx, e, service), qty_w),
        pad(&urgent, 5),
        pad(&how, how_w),
        pad(&status(ctx, e.status), status_w),
        pad(&lang, lang_w),
        age(ctx, e.created_at, now),
    );
    if bidi::width(&row) > room {
        row = bidi::truncate(&row, room);
    }
    row
}

/// A candidate for a need: an offer (its code, how many, how urgent, how old, its note) or
/// stock on the shelf.
pub fn candidate_text(
    c: &Candidate,
    ctx: &Ctx<'_>,
    now: Option<DateTime<Utc>>,
    services: &[crate::domain::Category],
) -> String {
    match c {
        // Another site's offer: as one of ours, with its site's name.
        Candidate::Network(o) => format!(
            "{} · \u{2068}{}\u{2069}",
            candidate_text(
                &Candidate::Offer(Box::new(o.entry.clone())),
                ctx,
                now,
                services
            ),
            o.site_name
        ),
        Candidate::Offer(o) => {
            // A service is not counted: what kind of help it is says more.
            let amount = if services.contains(&o.category) {
                ctx.t(o.category.msg_id())
            } else {
                ctx.t_with("desk-quantity", &[("count", o.quantity.into())])
            };
            let mut text = ctx.t_with(
                "desk-candidate-offer",
                &[
                    ("code", o.code.display().into()),
                    ("quantity", amount.into()),
                    ("urgency", ctx.t(o.urgency.msg_id()).into()),
                    ("age", age(ctx, o.created_at, now).into()),
                ],
            );
            if !o.detail.is_empty() {
                text = format!("{text} · \u{2068}{}\u{2069}", o.detail);
            }
            text
        }
        Candidate::Stock(i) => ctx.t_with(
            "desk-candidate-stock",
            &[
                ("item", i.item.clone().into()),
                ("quantity", i.quantity.into()),
            ],
        ),
    }
}
