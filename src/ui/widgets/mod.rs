//! Shared pieces: direction-aware text blocks, numbered menus, text fields, lists, the
//! on-screen QR.

mod field;
mod list;

pub use field::{field_line, window};
pub use list::{ListView, Rows, offset};

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::Settings;
use crate::config::ThemeName;
use crate::domain::Category;
use crate::i18n::bidi;
use crate::i18n::{BidiMode, Direction, I18n, Lang};
use crate::slip::QrMatrix;

/// Bold text.
pub fn bold() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

/// Colours and emphasis of a theme. Meaning never rests on colour alone: the selection is
/// also marked `>` and bold, bars use two patterns, notices are bold and worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Everything not styled otherwise.
    pub base: Style,
    /// Header and footer.
    pub bar: Style,
    /// The chosen menu line.
    pub selected: Style,
}

impl Theme {
    /// The theme called `name`.
    pub fn named(name: ThemeName) -> Theme {
        let bold = Modifier::BOLD;
        // The 256-colour cube's pure black, white and yellow: a terminal's 16 named colours
        // are often softened (foot's "black" is dark grey), which costs contrast.
        let (black, white, yellow) = (Color::Indexed(16), Color::Indexed(231), Color::Indexed(226));
        match name {
            ThemeName::HighContrast => Theme {
                base: Style::default().fg(white).bg(black),
                bar: Style::default().fg(black).bg(white).add_modifier(bold),
                selected: Style::default().fg(black).bg(yellow).add_modifier(bold),
            },
            ThemeName::Light => Theme {
                base: Style::default().fg(black).bg(white),
                bar: Style::default().fg(white).bg(black).add_modifier(bold),
                selected: Style::default()
                    .fg(Color::White)
                    .bg(Color::Blue)
                    .add_modifier(bold),
            },
            ThemeName::Terminal => Theme {
                base: Style::default(),
                bar: Style::default().add_modifier(Modifier::REVERSED | bold),
                selected: Style::default().add_modifier(Modifier::REVERSED | bold),
            },
        }
    }
}

/// A category's name, with its picture in front when the site shows pictures.
pub fn category_label(ctx: &Ctx<'_>, settings: &Settings, category: Category) -> String {
    let name = ctx.t(category.msg_id());
    if settings.symbols {
        format!("{} {name}", category.symbol())
    } else {
        name
    }
}

/// The language and direction a screen is drawn in, with its theme.
pub struct Ctx<'a> {
    pub words: Lang<'a>,
    pub theme: Theme,
}

impl<'a> std::ops::Deref for Ctx<'a> {
    type Target = Lang<'a>;
    fn deref(&self) -> &Lang<'a> {
        &self.words
    }
}

impl<'a> Ctx<'a> {
    /// "Need: Food": a thing on a ticket, as the visitor's screens name it.
    pub fn what(&self, kind: crate::domain::Kind, category: crate::domain::Category) -> String {
        self.pair_text(&self.t(kind.msg_id()), &self.t(category.msg_id()))
    }

    /// Context for `lang`.
    pub fn new(i18n: &'a I18n, lang: &'a str, bidi: BidiMode) -> Self {
        Ctx {
            words: Lang::new(i18n, lang, bidi),
            theme: Theme::named(ThemeName::Terminal),
        }
    }

    /// The same, drawn in `theme`.
    pub fn themed(mut self, theme: ThemeName) -> Self {
        self.theme = Theme::named(theme);
        self
    }

    /// One line, cut to `width`, in visual order and aligned for the language.
    pub fn line(&self, text: &str, style: Style, width: u16) -> Line<'static> {
        let text = bidi::truncate(text, usize::from(width));
        self.visual_line(&text, style)
    }

    fn visual_line(&self, text: &str, style: Style) -> Line<'static> {
        let visual = bidi::visual(text, self.direction, self.bidi);
        let line = Line::from(Span::styled(visual, style));
        match self.direction {
            Direction::Rtl => line.right_aligned(),
            Direction::Ltr => line,
        }
    }

    /// Paragraphs wrapped to `width` (in logical order, then each line made visual).
    pub fn block(&self, paragraphs: &[(String, Style)], width: u16) -> Vec<Line<'static>> {
        let mut out = Vec::new();
        for (text, style) in paragraphs {
            for line in bidi::wrap(text, usize::from(width.max(1))) {
                out.push(self.visual_line(&line, *style));
            }
        }
        out
    }

    /// A label and its value ("When: This week"), wrapped.
    pub fn pair(&self, label: &str, value: &str, width: u16) -> Vec<Line<'static>> {
        self.block(&[(self.pair_text(label, value), Style::default())], width)
    }
}

/// One item of a numbered menu.
pub struct MenuItem {
    pub digit: Option<u8>,
    pub label: String,
    pub selected: bool,
    /// Direction of the label (a language's own name may differ from the screen's).
    pub direction: Option<Direction>,
}

/// Numbered menu lines: `> 1  Food`, the selected one reversed (and marked, not by colour
/// alone).
pub fn menu_lines(ctx: &Ctx<'_>, items: &[MenuItem], width: u16) -> Vec<Line<'static>> {
    // "9" and "10" line their labels up: digits are right-aligned to the widest.
    let wide = items
        .iter()
        .filter_map(|i| i.digit)
        .map(|d| d.to_string().len())
        .max()
        .unwrap_or(1);
    items
        .iter()
        .map(|item| {
            let marker = if item.selected { ">" } else { " " };
            let digit = item.digit.map_or(String::new(), |d| d.to_string());
            let digit = format!("{digit:>wide$}");
            let text = format!("{marker} {digit}  {}", item.label);
            let style = if item.selected {
                ctx.theme.selected
            } else {
                Style::default()
            };
            // Cut with "…", so a label that does not fit says so.
            let text = bidi::ellipsize(&text, usize::from(width));
            match item.direction {
                Some(direction) if direction != ctx.direction => {
                    // A language's name in its own direction, on a menu in another.
                    let visual = bidi::visual(&text, ctx.direction, ctx.bidi);
                    let line = Line::from(Span::styled(visual, style));
                    if ctx.direction == Direction::Rtl {
                        line.right_aligned()
                    } else {
                        line
                    }
                }
                _ => ctx.visual_line(&text, style),
            }
        })
        .collect()
}

/// The QR drawn with half blocks: two modules a cell, dark on light whatever the theme, with
/// a quiet zone of two modules (enough for phone cameras and scanners on a lit screen).
pub struct QrWidget<'a>(pub &'a QrMatrix);

/// Quiet zone drawn on screen, in modules.
pub const SCREEN_QUIET: usize = 2;

impl QrWidget<'_> {
    /// (columns, rows) the QR takes on screen.
    pub fn size(&self) -> (u16, u16) {
        let side = self.0.width() + 2 * SCREEN_QUIET;
        let side = u16::try_from(side).unwrap_or(u16::MAX);
        (side, side.div_ceil(2))
    }
}

impl Widget for QrWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (w, h) = self.size();
        if area.width < w || area.height < h {
            return;
        }
        let q = SCREEN_QUIET as isize;
        let style = Style::default().fg(Color::Black).bg(Color::White);
        for row in 0..h {
            for col in 0..w {
                let x = isize::from(col as i16) - q;
                let y = isize::from((row * 2) as i16) - q;
                let top = self.0.dark(x, y);
                let bottom = self.0.dark(x, y + 1);
                let symbol = match (top, bottom) {
                    (true, true) => "█",
                    (true, false) => "▀",
                    (false, true) => "▄",
                    (false, false) => " ",
                };
                if let Some(cell) = buf.cell_mut((area.x + col, area.y + row)) {
                    cell.set_symbol(symbol).set_style(style);
                }
            }
        }
    }
}
