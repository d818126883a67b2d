//! Home and category menus, and the paging every numbered menu shares.

use super::view::{Choice, Text, View};
use super::widgets::{Ctx, category_label};
use crate::app::{HomeChoice, Menu, Settings};
use crate::domain::Kind;
use crate::domain::member::MemberView;

/// The choices of `labels` on the menu's current page, and "9 More choices" with the page
/// when there are more than nine.
pub fn page(
    labels: Vec<(String, Option<String>)>,
    menu: &Menu,
    ctx: &Ctx<'_>,
) -> (Vec<Choice>, Option<(Choice, usize, usize)>) {
    let len = labels.len();
    let (start, count) = menu.page_range(len);
    let choices = labels
        .into_iter()
        .enumerate()
        .skip(start)
        .take(count)
        .map(|(i, (label, spoken))| Choice {
            spoken,
            ..Choice::new(i - start + 1, label, i == menu.cursor)
        })
        .collect();
    let pages = Menu::pages(len);
    let more = (pages > 1).then(|| {
        (
            Choice::new(9, ctx.t("menu-more"), false),
            start / crate::app::PAGE + 1,
            pages,
        )
    });
    (choices, more)
}

/// Home: need, offer, check a slip, what is needed now, gatherings. A member who scanned
/// their card is welcomed back with their hours (nothing else of theirs is shown).
pub fn home(menu: &Menu, member: Option<&MemberView>, ctx: &Ctx<'_>) -> View {
    let mut view = View::titled(ctx.t("home-prompt"));
    if let Some(m) = member {
        let hours = crate::slip::card::hours_line(ctx, m);
        view.head.splice(
            0..0,
            [
                Text::bold(ctx.t("card-welcome")),
                Text::plain(hours),
                Text::blank(),
            ],
        );
    }
    let labels = HomeChoice::ALL
        .iter()
        .map(|c| (ctx.t(c.msg_id()), None))
        .collect();
    (view.choices, view.more) = page(labels, menu, ctx);
    view
}

/// Category menu for a need or an offer.
pub fn category(kind: Kind, menu: &Menu, settings: &Settings, ctx: &Ctx<'_>) -> View {
    let prompt = match kind {
        Kind::Need => "category-prompt-need",
        Kind::Offer => "category-prompt-offer",
    };
    let mut view = View::titled(ctx.t(prompt));
    let labels = settings
        .categories
        .iter()
        .map(|c| (category_label(ctx, settings, *c), Some(ctx.t(c.msg_id()))))
        .collect();
    (view.choices, view.more) = page(labels, menu, ctx);
    view
}
