//! A list as a viewport: the selected row is always on screen, the list pages with the
//! selection, a scrollbar and "41–56 of 340" say where you are. The offset is derived from the
//! selection and the height when drawing, so what Enter acts on is always the row drawn
//! highlighted.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Scrollbar, ScrollbarOrientation};
use ratatui::widgets::{ScrollbarState, StatefulWidget};

use super::Ctx;
use crate::i18n::Direction;

/// Rows to show, one of them selected.
pub struct ListView<'a> {
    /// A line above the rows that does not scroll (column headings).
    pub header: Option<Line<'static>>,
    pub rows: Rows<'a>,
    pub selected: usize,
    /// Whether the selected row is drawn highlighted (a report only scrolls).
    pub highlight: bool,
    /// How many there are in all, when the list holds only the first of them: the position
    /// line says so rather than pretend the list is whole.
    pub total: Option<usize>,
}

/// A list's rows: made already, or made when drawn, only those on screen (a queue of
/// thousands costs a screenful per frame).
pub enum Rows<'a> {
    Ready(Vec<Line<'static>>),
    Lazy {
        len: usize,
        make: Box<dyn Fn(usize) -> Line<'static> + 'a>,
    },
}

impl Rows<'_> {
    pub fn len(&self) -> usize {
        match self {
            Rows::Ready(rows) => rows.len(),
            Rows::Lazy { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Rows `from..to` (within the list).
    fn window(self, from: usize, to: usize) -> Vec<Line<'static>> {
        match self {
            Rows::Ready(rows) => rows.into_iter().skip(from).take(to - from).collect(),
            Rows::Lazy { len, make } => (from..to.min(len)).map(make).collect(),
        }
    }
}

/// The first row shown when `selected` must be visible in `height` rows of a `len`-row list:
/// the list turns a page at a time, so rows stay where they are while the selection moves
/// within a page; the last page is filled from above rather than left one row long.
pub fn offset(selected: usize, height: usize, len: usize) -> usize {
    if height == 0 {
        return 0;
    }
    (selected / height * height).min(len.saturating_sub(height))
}

impl ListView<'_> {
    /// Draws the list in `area`; the last line of the area says where the view is when the
    /// list is longer than the room.
    pub fn render(self, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
        let len = self.rows.len();
        let header = u16::from(self.header.is_some());
        let room = usize::from(area.height.saturating_sub(header));
        let scrolls = len > room;
        // The position line takes one row when the list does not fit.
        let rows_h = if scrolls {
            room.saturating_sub(1)
        } else {
            room
        };
        let [head, body, foot] = Layout::vertical([
            Constraint::Length(header),
            Constraint::Length(u16::try_from(rows_h).unwrap_or(u16::MAX)),
            Constraint::Fill(1),
        ])
        .areas(area);
        if let Some(h) = self.header {
            frame.render_widget(Paragraph::new(h), head);
        }
        let selected = self.selected.min(len.saturating_sub(1));
        let first = offset(selected, rows_h, len);
        let last = (first + rows_h).min(len);
        // Only the rows on screen are made; the list widget sees just those.
        let mut state = ListState::default().with_selected((len > 0).then_some(selected - first));
        let items: Vec<ListItem> = self
            .rows
            .window(first, last)
            .into_iter()
            .map(ListItem::new)
            .collect();
        let mut list = List::new(items);
        if self.highlight {
            list = list.highlight_style(ctx.theme.selected);
        }
        // The scrollbar takes the last column, on the side the language ends.
        let (rows_area, bar_area) = if scrolls {
            let bar = match ctx.direction {
                Direction::Ltr => Rect {
                    x: body.right().saturating_sub(1),
                    width: 1,
                    ..body
                },
                Direction::Rtl => Rect { width: 1, ..body },
            };
            let rows = match ctx.direction {
                Direction::Ltr => Rect {
                    width: body.width.saturating_sub(1),
                    ..body
                },
                Direction::Rtl => Rect {
                    x: body.x + 1,
                    width: body.width.saturating_sub(1),
                    ..body
                },
            };
            (rows, Some(bar))
        } else {
            (body, None)
        };
        StatefulWidget::render(list, rows_area, frame.buffer_mut(), &mut state);
        if let Some(bar) = bar_area {
            let mut bar_state = ScrollbarState::new(len.saturating_sub(rows_h) + 1)
                .position(first.min(len.saturating_sub(rows_h)));
            frame.render_stateful_widget(
                Scrollbar::new(ScrollbarOrientation::VerticalRight),
                bar.inner(Margin::new(0, 0)),
                &mut bar_state,
            );
            let text = match self.total.filter(|t| *t > len) {
                None => ctx.t_with(
                    "list-position",
                    &[
                        ("first", (first + 1).into()),
                        ("last", last.into()),
                        ("total", len.into()),
                    ],
                ),
                Some(total) => ctx.t_with(
                    "list-position-cut",
                    &[
                        ("first", (first + 1).into()),
                        ("last", last.into()),
                        ("shown", len.into()),
                        ("total", total.into()),
                    ],
                ),
            };
            let marks = match (first > 0, last < len) {
                (true, true) => " ▲▼",
                (true, false) => " ▲",
                (false, true) => " ▼",
                (false, false) => "",
            };
            frame.render_widget(
                Paragraph::new(ctx.line(&format!("{text}{marks}"), Style::default(), foot.width)),
                foot,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::offset;

    #[test]
    fn the_selection_is_always_inside_the_window() {
        for height in 1..30 {
            for len in [1, 7, 57, 300] {
                for selected in 0..len {
                    let first = offset(selected, height, len);
                    assert!(first <= selected && selected < first + height);
                    // A full screen whenever the list can fill it.
                    assert!(first + height.min(len) <= len);
                }
            }
        }
    }
}
