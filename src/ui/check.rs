//! "Check my slip": a typed or scanned code, and its status with nothing personal.

use super::view::{Text, Typing, View};
use super::widgets::Ctx;
use crate::app::{CheckState, CheckView, Lookup};
use crate::domain::Category;
use crate::domain::lifecycle::{self, NextStep};

/// The check screen.
pub fn view(check: &CheckView, services: &[Category], ctx: &Ctx<'_>) -> View {
    let mut view = View {
        head: vec![
            Text::bold(ctx.t("check-prompt")),
            Text::plain(ctx.t("check-hint")),
            Text::blank(),
        ],
        ..View::default()
    };
    view.typing = Some(Typing {
        label: ctx.t("check-code"),
        field: check.input.clone(),
    });
    view.tail.push(Text::blank());
    match &check.result {
        CheckState::Typing => {}
        CheckState::Searching => view.tail.push(Text::plain(ctx.t("check-searching"))),
        CheckState::Shown(Lookup::Found { code, items, site }) => {
            if let Some(site) = site {
                view.tail.push(Text::bold(
                    ctx.t_with("check-elsewhere", &[("site", site.name.clone().into())]),
                ));
                let place = [site.place.as_str(), site.hours.as_str()]
                    .iter()
                    .filter(|s| !s.trim().is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" · ");
                // Isolated: typed in the site's own language, it keeps its order in any other
                // (a street number first stays first in Arabic).
                if !place.is_empty() {
                    view.tail
                        .push(Text::plain(format!("\u{2068}{place}\u{2069}")).said(place));
                }
            }
            view.tail.push(
                Text::plain(ctx.t_with("slip-code", &[("code", code.display().into())]))
                    .said(ctx.t_with("slip-code", &[("code", spell(&code.display()).into())])),
            );
            // What happens next for each thing, by its kind, path, status and how.
            for item in items {
                let path = lifecycle::path(item.category, services);
                let next = NextStep::of(item.kind, path, item.status, item.mode).msg_id();
                view.tail.extend([
                    Text::plain(ctx.what(item.kind, item.category)),
                    Text::bold(ctx.t(next)),
                ]);
            }
            view.tail
                .extend([Text::blank(), Text::plain(ctx.t("check-again"))]);
        }
        CheckState::Shown(Lookup::Card(member)) => view.tail.extend([
            Text::bold(ctx.t("card-shown")),
            Text::plain(crate::slip::card::hours_line(ctx, member)),
            Text::blank(),
            Text::bold(ctx.t("card-start")),
        ]),
        CheckState::Shown(Lookup::CardRefused) => view.tail.extend([
            Text::bold(ctx.t("card-refused")),
            Text::blank(),
            Text::plain(ctx.t("check-again")),
        ]),
        CheckState::Shown(Lookup::NotFound) => view.tail.extend([
            Text::bold(ctx.t("check-not-found")),
            Text::blank(),
            Text::plain(ctx.t("check-again")),
        ]),
    }
    view
}

/// A code letter by letter ("7 K 3 M, Q 9 P X"), so it is heard rather than guessed at.
pub fn spell(code: &str) -> String {
    code.split('-')
        .map(|part| part.chars().map(String::from).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(", ")
}
