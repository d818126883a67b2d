//! One view model per visitor screen: the words it shows (prompt, choices, notices), built once
//! from the state and the catalogs. Drawing and reading aloud both consume it, so the screen a
//! visitor sees and the one they hear cannot drift apart.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::widgets::{Ctx, MenuItem, bold, field_line, menu_lines};
use crate::app::text::TextField;
use crate::i18n::Direction;

/// A paragraph: what is shown, and what is said when it differs (a code spelled out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub shown: String,
    pub spoken: Option<String>,
    pub style: Emphasis,
    /// The language it is in, when it is not the screen's (the language menu's prompts): it is
    /// drawn in that language's direction and read in its voice.
    pub lang: Option<String>,
}

/// How a paragraph stands out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    Plain,
    Bold,
    /// Small print (the privacy note).
    Quiet,
    /// A line of space; never spoken.
    Blank,
}

impl Text {
    /// A plain paragraph.
    pub fn plain(shown: String) -> Text {
        Text {
            shown,
            spoken: None,
            style: Emphasis::Plain,
            lang: None,
        }
    }

    /// A bold paragraph.
    pub fn bold(shown: String) -> Text {
        Text {
            shown,
            spoken: None,
            style: Emphasis::Bold,
            lang: None,
        }
    }

    /// Small print.
    pub fn quiet(shown: String) -> Text {
        Text {
            shown,
            spoken: None,
            style: Emphasis::Quiet,
            lang: None,
        }
    }

    /// An empty line.
    pub fn blank() -> Text {
        Text {
            shown: String::new(),
            spoken: None,
            style: Emphasis::Blank,
            lang: None,
        }
    }

    /// The same, in `lang` rather than the screen's language.
    pub fn in_lang(mut self, lang: &str) -> Text {
        self.lang = Some(lang.to_owned());
        self
    }

    /// The same, said differently (`""`: not said).
    pub fn said(mut self, spoken: String) -> Text {
        self.spoken = Some(spoken);
        self
    }

    fn style(&self) -> Style {
        match self.style {
            Emphasis::Bold => bold(),
            Emphasis::Quiet => Style::default().add_modifier(Modifier::ITALIC),
            Emphasis::Plain | Emphasis::Blank => Style::default(),
        }
    }
}

/// A numbered choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub digit: Option<u8>,
    pub label: String,
    /// What is said for it, when it differs from the label (bars are not read out).
    pub spoken: Option<String>,
    pub selected: bool,
    /// The language the label is in, when it is not the screen's (a language's own name): it
    /// is drawn in that language's direction and read in its voice.
    pub lang: Option<(String, Direction)>,
}

impl Choice {
    /// Choice `digit` labelled `label`.
    pub fn new(digit: usize, label: String, selected: bool) -> Choice {
        Choice {
            digit: u8::try_from(digit).ok(),
            label,
            spoken: None,
            selected,
            lang: None,
        }
    }
}

/// A question being typed: its label and the text so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typing {
    pub label: String,
    pub field: TextField,
}

/// Cells a typed answer needs beside its label; with fewer, it goes on the next line.
const TYPING_ROOM: usize = 24;

/// What a visitor screen shows, top to bottom.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct View {
    /// The prompt and anything before the choices.
    pub head: Vec<Text>,
    /// The numbered choices on this page.
    pub choices: Vec<Choice>,
    /// For a paged menu: "9 More choices" and (page, pages).
    pub more: Option<(Choice, usize, usize)>,
    /// A text being typed, under the choices.
    pub typing: Option<Typing>,
    /// Anything after.
    pub tail: Vec<Text>,
    /// A short list under everything, which the digits pick from while it shows (the options
    /// of the question being changed).
    pub options: Vec<Choice>,
}

impl View {
    /// A view with `prompt` as its bold first line.
    pub fn titled(prompt: String) -> View {
        View {
            head: vec![Text::bold(prompt), Text::blank()],
            ..View::default()
        }
    }

    /// The lines of the view, `width` cells wide.
    pub fn lines(&self, ctx: &Ctx<'_>, width: u16) -> Vec<Line<'static>> {
        let mut lines = paragraphs(&self.head, ctx, width);
        let items: Vec<MenuItem> = self.choices.iter().map(item).collect();
        lines.extend(menu_lines(ctx, &items, width));
        lines.extend(self.after_choices(ctx, width));
        lines
    }

    /// What comes under the choices: "more", the text being typed, the tail, the options.
    fn after_choices(&self, ctx: &Ctx<'_>, width: u16) -> Vec<Line<'static>> {
        let mut lines = Vec::new();
        if let Some((more, page, pages)) = &self.more {
            lines.extend(menu_lines(ctx, &[item(more)], width));
            lines.push(Line::default());
            lines.push(ctx.line(
                &ctx.t_with(
                    "menu-page",
                    &[("page", (*page).into()), ("pages", (*pages).into())],
                ),
                Style::default(),
                width,
            ));
        }
        if let Some(t) = &self.typing {
            // Where the label leaves too little room to see what is typed (a long label at 40
            // columns), the label goes on a line of its own and the text gets the whole width.
            let label = crate::i18n::bidi::width(&ctx.pair_text(&t.label, ""));
            if usize::from(width).saturating_sub(label) < TYPING_ROOM {
                lines.push(ctx.line(&ctx.pair_text(&t.label, ""), Style::default(), width));
                lines.push(field_line(ctx, "", &t.field, true, width));
            } else {
                lines.push(field_line(ctx, &t.label, &t.field, true, width));
            }
        }
        lines.extend(paragraphs(&self.tail, ctx, width));
        let options: Vec<MenuItem> = self.options.iter().map(item).collect();
        lines.extend(menu_lines(ctx, &options, width));
        lines
    }

    /// How many choices the digits pick from now.
    pub fn digits(&self) -> usize {
        if !self.options.is_empty() {
            return self.options.len();
        }
        self.choices.iter().filter(|c| c.digit.is_some()).count() + usize::from(self.more.is_some())
    }

    /// Draws the view in `area`. Choices that would run off the bottom go in two columns
    /// (the first on the side the language reads from), so a short window still shows every
    /// choice the footer's digits promise.
    pub fn render(&self, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
        let lines = self.lines(ctx, area.width);
        if lines.len() <= usize::from(area.height) || self.choices.len() < 4 {
            frame.render_widget(Paragraph::new(lines), area);
            return;
        }
        let head = paragraphs(&self.head, ctx, area.width);
        let half = self.choices.len().div_ceil(2);
        let column = area.width / 2;
        let items: Vec<MenuItem> = self.choices.iter().map(item).collect();
        let first = menu_lines(ctx, &items[..half], column);
        let second = menu_lines(ctx, &items[half..], column);
        let rest = self.after_choices(ctx, area.width);
        let height = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        let [top, middle, bottom] = Layout::vertical([
            Constraint::Length(height(head.len())),
            Constraint::Length(height(first.len().max(second.len()))),
            Constraint::Fill(1),
        ])
        .areas(area);
        let [left, right] =
            Layout::horizontal([Constraint::Length(column), Constraint::Fill(1)]).areas(middle);
        let (first_area, second_area) = match ctx.direction {
            Direction::Rtl => (right, left),
            Direction::Ltr => (left, right),
        };
        frame.render_widget(Paragraph::new(head), top);
        frame.render_widget(Paragraph::new(first), first_area);
        frame.render_widget(Paragraph::new(second), second_area);
        frame.render_widget(Paragraph::new(rest), bottom);
    }

    /// What reading it aloud says, in order: (language, sentence).
    pub fn spoken(&self, ctx: &Ctx<'_>) -> Vec<(Option<String>, String)> {
        let mut out = Vec::new();
        let say = |t: &Text, out: &mut Vec<(Option<String>, String)>| {
            let words = t.spoken.clone().unwrap_or_else(|| t.shown.clone());
            if t.style != Emphasis::Blank && !words.is_empty() {
                out.push((t.lang.clone(), words));
            }
        };
        for t in &self.head {
            say(t, &mut out);
        }
        let choices = self.choices.iter().chain(self.more.as_ref().map(|m| &m.0));
        for c in choices {
            let label = c.spoken.clone().unwrap_or_else(|| c.label.clone());
            let (lang, words) = match &c.lang {
                // A language's own name, said by its own voice with its own word for the key.
                Some((tag, _)) => {
                    let own = Ctx::new(ctx.i18n, tag, ctx.bidi);
                    (Some(tag.clone()), choice_words(&own, c.digit, &label))
                }
                None => (None, choice_words(ctx, c.digit, &label)),
            };
            out.push((lang, words));
        }
        if let Some(t) = &self.typing {
            out.push((None, t.label.clone()));
        }
        for t in &self.tail {
            say(t, &mut out);
        }
        for c in &self.options {
            let label = c.spoken.clone().unwrap_or_else(|| c.label.clone());
            out.push((None, choice_words(ctx, c.digit, &label)));
        }
        out
    }
}

/// "1: Food." in the language's own words.
fn choice_words(ctx: &Ctx<'_>, digit: Option<u8>, label: &str) -> String {
    match digit {
        Some(d) => ctx.t_with(
            "speech-choice",
            &[("digit", d.into()), ("label", label.to_owned().into())],
        ),
        None => label.to_owned(),
    }
}

fn item(c: &Choice) -> MenuItem {
    MenuItem {
        digit: c.digit,
        label: c.label.clone(),
        selected: c.selected,
        direction: c.lang.as_ref().map(|(_, d)| *d),
    }
}

fn paragraphs(texts: &[Text], ctx: &Ctx<'_>, width: u16) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for t in texts {
        if t.style == Emphasis::Blank {
            lines.push(Line::default());
        } else if let Some(lang) = &t.lang {
            let own = Ctx::new(ctx.i18n, lang, ctx.bidi);
            lines.extend(own.block(&[(t.shown.clone(), t.style())], width));
        } else {
            lines.extend(ctx.block(&[(t.shown.clone(), t.style())], width));
        }
    }
    lines
}
