//! What reading a screen aloud says: the prompt, then each choice with its digit, in the
//! visitor's language. A pure function of the state, like drawing; the runtime picks the voice
//! and runs the synthesiser.

use crate::app::{CheckState, Edit, Field, Lookup, PrintStatus, Screen, State, Step};
use crate::domain::{Kind, Mode, Status, Urgency};
use crate::i18n::{I18n, bidi};

use super::details;
use super::widgets::Ctx;

/// (language, text) pieces to speak in turn; empty where a screen is not for visitors.
pub fn script(state: &State, i18n: &I18n) -> Vec<(String, String)> {
    let lang = state.lang().to_owned();
    let ctx = Ctx::new(i18n, &lang, state.settings.bidi);
    let mut s = Script {
        ctx: &ctx,
        lines: Vec::new(),
    };
    if state.countdown().is_some() {
        s.say("idle-title");
        s.say("idle-continue");
        return s.done(&lang);
    }
    match &state.screen {
        Screen::Setup(_) | Screen::Desk(_) => return Vec::new(),
        Screen::Welcome => {
            s.say("welcome-greeting");
            s.say("welcome-start");
        }
        Screen::Language(menu) => {
            // Each language names itself in its own voice: a visitor hears their language.
            let langs = &state.settings.languages;
            let (start, count) = menu.page_range(langs.len());
            let mut out = Vec::new();
            for (i, tag) in langs.iter().enumerate().skip(start).take(count) {
                let c = Ctx::new(i18n, tag, state.settings.bidi);
                let text = choice(&c, i - start + 1, &c.t("language-name"));
                out.push((tag.clone(), bidi::strip_marks(&text)));
            }
            if crate::app::Menu::pages(langs.len()) > 1 {
                out.push((
                    lang.clone(),
                    bidi::strip_marks(&choice(&ctx, 9, &ctx.t("menu-more"))),
                ));
            }
            return out;
        }
        Screen::Visit(v) => match &v.step {
            Step::Home(_) => {
                s.say("home-prompt");
                for (i, id) in super::menus::HOME.iter().enumerate() {
                    s.choice(i + 1, &ctx.t(id));
                }
            }
            Step::Category { kind, menu } => {
                s.say(match kind {
                    Kind::Need => "category-prompt-need",
                    Kind::Offer => "category-prompt-offer",
                });
                let cats = &state.settings.categories;
                let (start, count) = menu.page_range(cats.len());
                for (i, c) in cats.iter().enumerate().skip(start).take(count) {
                    s.choice(i - start + 1, &ctx.t(c.msg_id()));
                }
                if crate::app::Menu::pages(cats.len()) > 1 {
                    s.choice(9, &ctx.t("menu-more"));
                }
            }
            Step::Details(d) => match &d.edit {
                None => {
                    s.say("details-prompt");
                    for (i, field) in Field::ALL.iter().enumerate() {
                        let label = details::label(&ctx, *field, d.draft.kind);
                        let value = details::value(&ctx, *field, &d.draft);
                        s.choice(i + 1, &ctx.pair_text(&label, &value));
                    }
                    s.say("details-continue");
                }
                Some(Edit::Text { field, .. }) => {
                    s.line(details::label(&ctx, *field, d.draft.kind));
                    s.say(if *field == Field::Quantity {
                        "edit-number"
                    } else {
                        "edit-type"
                    });
                }
                Some(Edit::Choice(field)) => {
                    s.line(details::label(&ctx, *field, d.draft.kind));
                    let options: Vec<String> = if *field == Field::Urgency {
                        Urgency::ALL.iter().map(|u| ctx.t(u.msg_id())).collect()
                    } else {
                        Mode::ALL.iter().map(|m| ctx.t(m.msg_id())).collect()
                    };
                    for (i, o) in options.iter().enumerate() {
                        s.choice(i + 1, o);
                    }
                }
            },
            Step::Review(draft) => {
                s.say("review-prompt");
                for (label, value) in super::review::rows(draft, &ctx) {
                    s.line(ctx.pair_text(&label, &value));
                }
                s.say("review-save");
            }
            Step::Saving(_) => s.say("slip-saving"),
            Step::SaveFailed(_) => s.say("slip-save-failed"),
            Step::Slip(view) => {
                s.line(ctx.t_with("slip-code", &[("code", spell(&view.code.display()).into())]));
                s.say(match view.print {
                    PrintStatus::Pending => "slip-print-pending",
                    PrintStatus::Done => "slip-print-done",
                    PrintStatus::Failed => "slip-print-failed",
                });
                s.say("slip-keep");
                s.say("slip-done");
            }
            Step::Check(view) => match view.result {
                CheckState::Shown(Lookup::Found { status, .. }) => {
                    s.say(match status {
                        Status::Open => "check-status-open",
                        Status::Matched => "check-status-matched",
                        Status::PickedUp => "check-status-picked",
                        Status::Closed => "check-status-closed",
                    });
                    s.say("check-again");
                }
                CheckState::Shown(Lookup::NotFound) => {
                    s.say("check-not-found");
                    s.say("check-again");
                }
                _ => {
                    s.say("check-prompt");
                    s.say("check-hint");
                }
            },
            Step::Board(board) => super::board::speak(board, &ctx, &mut s.lines),
            Step::Events(events) => super::events::speak(events, &ctx, &mut s.lines),
        },
    }
    s.done(&lang)
}

/// "1: Food." in the language's own words.
fn choice(ctx: &Ctx<'_>, digit: usize, label: &str) -> String {
    ctx.t_with(
        "speech-choice",
        &[("digit", digit.into()), ("label", label.to_owned().into())],
    )
}

/// A code letter by letter ("7 K 3 M, Q 9 P X"), so it is heard rather than guessed at.
fn spell(code: &str) -> String {
    code.split('-')
        .map(|part| part.chars().map(String::from).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(", ")
}

struct Script<'a, 'b> {
    ctx: &'a Ctx<'b>,
    lines: Vec<String>,
}

impl Script<'_, '_> {
    fn say(&mut self, id: &str) {
        self.lines.push(self.ctx.t(id));
    }

    fn line(&mut self, text: String) {
        self.lines.push(text);
    }

    fn choice(&mut self, digit: usize, label: &str) {
        self.lines.push(choice(self.ctx, digit, label));
    }

    fn done(self, lang: &str) -> Vec<(String, String)> {
        if self.lines.is_empty() {
            return Vec::new();
        }
        // One line per sentence: the synthesiser pauses between them.
        let text = self
            .lines
            .iter()
            .map(|l| bidi::strip_marks(l))
            .collect::<Vec<_>>()
            .join("\n");
        vec![(lang.to_owned(), text)]
    }
}

/// `choice`, for the board and gatherings screens.
pub fn spoken_choice(ctx: &Ctx<'_>, digit: usize, label: &str) -> String {
    choice(ctx, digit, label)
}
