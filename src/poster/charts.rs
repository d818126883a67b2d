//! The charts' geometry, drawn by plotters into the page's RGB buffer: bars for needs and
//! offers per category, lines for needs and hand-overs per week. No text here: each chart
//! says where its labels go and the page draws them with cosmic-text. Needs and offers differ
//! in fill (solid and pale with an edge), the two lines in stroke (solid with dots, dashed with
//! squares), so a black-and-white printout reads the same.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::i18n::Direction;

pub const NEED: RGBColor = RGBColor(27, 79, 114);
pub const OFFER_FILL: RGBColor = RGBColor(245, 203, 167);
pub const OFFER_EDGE: RGBColor = RGBColor(176, 70, 0);
const GRID: RGBColor = RGBColor(205, 205, 205);
const AXIS: RGBColor = RGBColor(90, 90, 90);

/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error)]
#[error("cannot draw the chart: {0}")]
pub struct ChartError(pub String);

fn err<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError(format!("{e:?}"))
}

/// A pixel rectangle: left, top, width, height.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
}

/// A label the page draws: its text's anchor and which side of the anchor it sits on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub text: String,
    pub x: i32,
    /// The vertical middle of the text.
    pub y: i32,
    pub anchor: Anchor,
}

/// Where a label sits relative to its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The text ends at the point (it is to the left).
    Left,
    /// The text starts at the point (it is to the right).
    Right,
    /// Centred under the point.
    Below,
}

/// Rows of the category chart: (needs, offers).
pub fn category_bars(
    area: &DrawingArea<BitMapBackend<'_>, Shift>,
    bars: Rect,
    rows: &[(u64, u64)],
    dir: Direction,
) -> Result<Vec<Label>, ChartError> {
    let max = rows.iter().map(|r| r.0.max(r.1)).max().unwrap_or(0).max(1);
    let row_h = bars.h / rows.len().max(1) as i32;
    let bar_h = (row_h * 3 / 8).max(3);
    // Room at the far end for the largest figure.
    let span = (bars.w - 70).max(10);
    let mut labels = Vec::new();
    // Bars grow from the start side (left for left-to-right, right for right-to-left).
    let edge = |len: i32| match dir {
        Direction::Ltr => (bars.x, bars.x + len),
        Direction::Rtl => (bars.x + bars.w - len, bars.x + bars.w),
    };
    // The baseline the bars grow from.
    let base = match dir {
        Direction::Ltr => bars.x,
        Direction::Rtl => bars.x + bars.w,
    };
    area.draw(&PathElement::new(
        vec![(base, bars.y), (base, bars.y + bars.h)],
        AXIS.stroke_width(2),
    ))
    .map_err(err)?;
    for (i, &(needs, offers)) in rows.iter().enumerate() {
        let top = bars.y + i as i32 * row_h + (row_h - 2 * bar_h) / 2;
        for (k, value) in [needs, offers].into_iter().enumerate() {
            let y0 = top + k as i32 * bar_h;
            let len = (value as f64 / max as f64 * f64::from(span)).round() as i32;
            let (x0, x1) = edge(len.max(if value > 0 { 2 } else { 0 }));
            if value > 0 {
                let (fill, edge_color) = if k == 0 {
                    (NEED, NEED)
                } else {
                    (OFFER_FILL, OFFER_EDGE)
                };
                area.draw(&Rectangle::new(
                    [(x0, y0 + 1), (x1, y0 + bar_h - 1)],
                    fill.filled(),
                ))
                .map_err(err)?;
                area.draw(&Rectangle::new(
                    [(x0, y0 + 1), (x1, y0 + bar_h - 1)],
                    edge_color.stroke_width(2),
                ))
                .map_err(err)?;
            }
            let (x, anchor) = match dir {
                Direction::Ltr => (x1 + 8, Anchor::Right),
                Direction::Rtl => (x0 - 8, Anchor::Left),
            };
            labels.push(Label {
                text: value.to_string(),
                x,
                y: y0 + bar_h / 2,
                anchor,
            });
        }
    }
    Ok(labels)
}

/// A round number of steps for an axis up to `max`: (step, top).
pub fn ticks(max: u64) -> (u64, u64) {
    let max = max.max(1);
    let rough = max.div_ceil(4);
    let magnitude = 10u64.pow(rough.max(1).ilog10());
    let step = [1, 2, 5, 10]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= rough)
        .unwrap_or(rough);
    (step, max.div_ceil(step) * step)
}

/// Needs and hand-overs per week as two lines; labels for the value axis and some weeks.
/// Time runs from the start side: right to left in a right-to-left language.
pub fn weekly_lines(
    area: &DrawingArea<BitMapBackend<'_>, Shift>,
    plot: Rect,
    weeks: &[(String, u64, u64)],
    dir: Direction,
) -> Result<Vec<Label>, ChartError> {
    let n = weeks.len().max(2) - 1;
    let max = weeks.iter().map(|w| w.1.max(w.2)).max().unwrap_or(0);
    let (step, top) = ticks(max);
    let x_of = |i: usize| {
        let t = i as f64 / n as f64;
        let t = if dir == Direction::Rtl { 1.0 - t } else { t };
        plot.x + (t * f64::from(plot.w)).round() as i32
    };
    let y_of =
        |v: u64| plot.y + plot.h - (v as f64 / top as f64 * f64::from(plot.h)).round() as i32;
    let mut labels = Vec::new();
    // Grid lines and the value axis on the start side.
    let mut v = 0;
    while v <= top {
        let y = y_of(v);
        area.draw(&PathElement::new(
            vec![(plot.x, y), (plot.x + plot.w, y)],
            if v == 0 {
                AXIS.stroke_width(2)
            } else {
                GRID.stroke_width(1)
            },
        ))
        .map_err(err)?;
        labels.push(match dir {
            Direction::Ltr => Label {
                text: v.to_string(),
                x: plot.x - 10,
                y,
                anchor: Anchor::Left,
            },
            Direction::Rtl => Label {
                text: v.to_string(),
                x: plot.x + plot.w + 10,
                y,
                anchor: Anchor::Right,
            },
        });
        v += step;
    }
    // About six dates along the time axis.
    let every = weeks.len().div_ceil(6).max(1);
    for (i, w) in weeks.iter().enumerate() {
        if i % every == 0 || i + 1 == weeks.len() && i % every > every / 2 {
            let x = x_of(i);
            area.draw(&PathElement::new(
                vec![(x, plot.y + plot.h), (x, plot.y + plot.h + 6)],
                AXIS.stroke_width(2),
            ))
            .map_err(err)?;
            labels.push(Label {
                text: w.0.clone(),
                x,
                y: plot.y + plot.h + 24,
                anchor: Anchor::Below,
            });
        }
    }
    let needs: Vec<(i32, i32)> = weeks
        .iter()
        .enumerate()
        .map(|(i, w)| (x_of(i), y_of(w.1)))
        .collect();
    let handed: Vec<(i32, i32)> = weeks
        .iter()
        .enumerate()
        .map(|(i, w)| (x_of(i), y_of(w.2)))
        .collect();
    area.draw(&PathElement::new(needs.clone(), NEED.stroke_width(4)))
        .map_err(err)?;
    for segment in handed.windows(2) {
        // Dashes drawn segment by segment keep their rhythm on short weeks too.
        dashed(area, segment[0], segment[1])?;
    }
    for &(x, y) in &needs {
        area.draw(&Circle::new((x, y), 6, NEED.filled()))
            .map_err(err)?;
    }
    for &(x, y) in &handed {
        area.draw(&Rectangle::new(
            [(x - 6, y - 6), (x + 6, y + 6)],
            WHITE.filled(),
        ))
        .map_err(err)?;
        area.draw(&Rectangle::new(
            [(x - 6, y - 6), (x + 6, y + 6)],
            OFFER_EDGE.stroke_width(3),
        ))
        .map_err(err)?;
    }
    Ok(labels)
}

fn dashed(
    area: &DrawingArea<BitMapBackend<'_>, Shift>,
    a: (i32, i32),
    b: (i32, i32),
) -> Result<(), ChartError> {
    let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
    let len = (dx * dx + dy * dy).sqrt();
    let (dash, gap) = (14.0, 9.0);
    let mut t = 0.0;
    while t < len {
        let end = (t + dash).min(len);
        let at = |s: f64| {
            (
                a.0 + (dx * s / len).round() as i32,
                a.1 + (dy * s / len).round() as i32,
            )
        };
        area.draw(&PathElement::new(
            vec![at(t), at(end)],
            OFFER_EDGE.stroke_width(4),
        ))
        .map_err(err)?;
        t += dash + gap;
    }
    Ok(())
}

/// A small sample of each series for the legend: a solid box, a pale box, a dotted line, a
/// dashed line with a square.
pub fn legend_swatch(
    area: &DrawingArea<BitMapBackend<'_>, Shift>,
    kind: Swatch,
    (x, y): (i32, i32),
) -> Result<(), ChartError> {
    match kind {
        Swatch::NeedBar => area
            .draw(&Rectangle::new(
                [(x, y - 10), (x + 28, y + 10)],
                NEED.filled(),
            ))
            .map_err(err)?,
        Swatch::OfferBar => {
            area.draw(&Rectangle::new(
                [(x, y - 10), (x + 28, y + 10)],
                OFFER_FILL.filled(),
            ))
            .map_err(err)?;
            area.draw(&Rectangle::new(
                [(x, y - 10), (x + 28, y + 10)],
                OFFER_EDGE.stroke_width(2),
            ))
            .map_err(err)?;
        }
        Swatch::NeedLine => {
            area.draw(&PathElement::new(
                vec![(x, y), (x + 28, y)],
                NEED.stroke_width(4),
            ))
            .map_err(err)?;
            area.draw(&Circle::new((x + 14, y), 6, NEED.filled()))
                .map_err(err)?;
        }
        Swatch::HandedLine => {
            dashed(area, (x, y), (x + 28, y))?;
            area.draw(&Rectangle::new(
                [(x + 8, y - 6), (x + 20, y + 6)],
                WHITE.filled(),
            ))
            .map_err(err)?;
            area.draw(&Rectangle::new(
                [(x + 8, y - 6), (x + 20, y + 6)],
                OFFER_EDGE.stroke_width(3),
            ))
            .map_err(err)?;
        }
    }
    Ok(())
}

/// Legend samples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    NeedBar,
    OfferBar,
    NeedLine,
    HandedLine,
}

/// A pale box behind a key figure.
pub fn panel(area: &DrawingArea<BitMapBackend<'_>, Shift>, r: Rect) -> Result<(), ChartError> {
    area.draw(&Rectangle::new(
        [(r.x, r.y), (r.x + r.w, r.y + r.h)],
        RGBColor(238, 242, 246).filled(),
    ))
    .map_err(err)?;
    area.draw(&Rectangle::new(
        [(r.x, r.y), (r.x + r.w, r.y + 5)],
        NEED.filled(),
    ))
    .map_err(err)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn ticks_are_round() {
        assert_eq!(super::ticks(0), (1, 1));
        assert_eq!(super::ticks(7), (2, 8));
        assert_eq!(super::ticks(93), (50, 100));
        assert_eq!(super::ticks(1234), (500, 1500));
    }
}
