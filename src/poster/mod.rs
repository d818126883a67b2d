//! The gap report as an A4 page to print and pin up, one page per language: what was needed
//! and offered by category (bars), needs and hand-overs each week (lines), the key figures,
//! the largest gaps and what would help most. Chart geometry is drawn by plotters into an RGB
//! buffer; every word and number is shaped by cosmic-text (right to left where the language
//! is, the whole page mirrored); the pages go into a PDF with pdf-writer, or out as PNG.

mod charts;
mod text;

use chrono::NaiveDate;
use image::RgbImage;
use plotters::prelude::*;

pub use charts::ChartError;
pub use text::Typesetter;

use charts::{Anchor, Label, Rect, Swatch};
use text::{Place, Style};

use crate::domain::report::GapReport;
use crate::i18n::{Direction, I18n};

/// Dots per inch of the page images.
pub const DPI: f32 = 150.0;
/// A4 at [`DPI`].
pub const PAGE: (u32, u32) = (1240, 1754);
/// A4 in PDF points.
const A4_POINTS: (f32, f32) = (595.28, 841.89);
/// Margin on every side (15 mm).
const MARGIN: i32 = 90;
/// Categories named under "the largest gaps" and "what would help most".
const TOP_GAPS: usize = 3;

const INK: [u8; 3] = [20, 20, 20];
const MUTED: [u8; 3] = [85, 85, 85];

/// Why a page could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PosterError {
    #[error(transparent)]
    Chart(#[from] ChartError),
    #[error("cannot encode the page: {0}")]
    Encode(String),
}

/// A piece of text to draw once the geometry is down.
struct Item {
    text: String,
    style: Style,
    at: (i32, i32),
    width: i32,
    dir: Direction,
    place: Place,
}

/// One week on the time axis: its label, needs logged, needs handed over.
type Week = (String, u64, u64);

/// What is drawn on a page, gathered while laying it out.
struct Layout {
    dir: Direction,
    items: Vec<Item>,
    panels: Vec<Rect>,
    swatches: Vec<(Swatch, (i32, i32))>,
    bars: Option<(Rect, Vec<(u64, u64)>)>,
    lines: Option<(Rect, Vec<Week>)>,
}

impl Layout {
    /// `x` of a box `w` wide placed `x` from the start side of the page.
    fn start_x(&self, x: i32, w: i32) -> i32 {
        match self.dir {
            Direction::Ltr => x,
            Direction::Rtl => PAGE.0 as i32 - x - w,
        }
    }

    fn text(&mut self, text: String, style: Style, at: (i32, i32), width: i32, place: Place) {
        let dir = self.dir;
        self.items.push(Item {
            text,
            style,
            at,
            width,
            dir,
            place,
        });
    }
}

fn style(size: f32, bold: bool, color: [u8; 3]) -> Style {
    Style { size, bold, color }
}

/// A wait in seconds in `lang` ("1 d 9 h", "5 h", "40 min").
pub fn wait(i18n: &I18n, lang: &str, secs: i64) -> String {
    let (days, hours) = (secs / 86_400, secs % 86_400 / 3600);
    if secs >= 86_400 {
        i18n.text_with(
            lang,
            "duration-days",
            &[("days", days.into()), ("hours", hours.into())],
        )
    } else if secs >= 3600 {
        i18n.text_with(lang, "duration-hours", &[("hours", (secs / 3600).into())])
    } else {
        i18n.text_with(lang, "duration-minutes", &[("minutes", (secs / 60).into())])
    }
}

/// The categories where needs most outrun offers, largest gap first.
pub fn largest_gaps(report: &GapReport) -> Vec<&crate::domain::report::CategoryGap> {
    let mut gaps: Vec<_> = report
        .categories
        .iter()
        .filter(|c| c.needs > c.offers)
        .collect();
    gaps.sort_by_key(|c| (std::cmp::Reverse(c.needs - c.offers), c.category));
    gaps.truncate(TOP_GAPS);
    gaps
}

/// The weeks to draw: those wholly inside the report's days. A week cut short by `from` or
/// `to` would read as a sudden drop; when that would leave fewer than two, every week.
pub fn whole_weeks(report: &GapReport) -> Vec<(NaiveDate, u64, u64, u64)> {
    let weeks = report.weekly();
    let whole: Vec<_> = weeks
        .iter()
        .copied()
        .filter(|w| {
            w.0 >= report.from
                && w.0
                    .checked_add_days(chrono::Days::new(6))
                    .is_some_and(|sunday| sunday <= report.to)
        })
        .collect();
    if whole.len() >= 2 { whole } else { weeks }
}

/// One page of the report in `lang`.
pub fn page(
    report: &GapReport,
    site: &str,
    made: NaiveDate,
    lang: &str,
    i18n: &I18n,
    ts: &mut Typesetter,
) -> Result<RgbImage, PosterError> {
    let layout = lay_out(report, site, made, lang, i18n, ts);
    let (w, h) = PAGE;
    let mut buffer = vec![255u8; (w * h * 3) as usize];
    let mut labels: Vec<Label> = Vec::new();
    {
        let root = BitMapBackend::with_buffer(&mut buffer, (w, h)).into_drawing_area();
        for r in &layout.panels {
            charts::panel(&root, *r)?;
        }
        for (kind, at) in &layout.swatches {
            charts::legend_swatch(&root, *kind, *at)?;
        }
        if let Some((rect, rows)) = &layout.bars {
            labels.extend(charts::category_bars(&root, *rect, rows, layout.dir)?);
        }
        if let Some((rect, weeks)) = &layout.lines {
            labels.extend(charts::weekly_lines(&root, *rect, weeks, layout.dir)?);
        }
        root.present()
            .map_err(|e| PosterError::Encode(format!("{e:?}")))?;
    }
    let mut image = RgbImage::from_raw(w, h, buffer)
        .ok_or_else(|| PosterError::Encode("page buffer has the wrong size".into()))?;
    for item in &layout.items {
        ts.draw(
            &mut image, &item.text, item.style, item.at, item.width, item.dir, item.place,
        );
    }
    // Figures beside bars and along axes are numbers and dates: left to right everywhere.
    let small = style(18.0, false, MUTED);
    let half = (small.size * 1.3 / 2.0).ceil() as i32;
    for l in labels {
        let (x, width, place) = match l.anchor {
            Anchor::Left => (l.x - 200, 200, Place::End),
            Anchor::Right => (l.x, 200, Place::Start),
            Anchor::Below => (l.x - 100, 200, Place::Center),
        };
        let y = match l.anchor {
            Anchor::Below => l.y - half / 2,
            _ => l.y - half,
        };
        ts.draw(
            &mut image,
            &l.text,
            small,
            (x, y),
            width,
            Direction::Ltr,
            place,
        );
    }
    Ok(image)
}

fn lay_out(
    report: &GapReport,
    site: &str,
    made: NaiveDate,
    lang: &str,
    i18n: &I18n,
    ts: &mut Typesetter,
) -> Layout {
    let t = |id: &str| i18n.text(lang, id);
    let dir = i18n.direction(lang);
    let mut l = Layout {
        dir,
        items: Vec::new(),
        panels: Vec::new(),
        swatches: Vec::new(),
        bars: None,
        lines: None,
    };
    let content = PAGE.0 as i32 - 2 * MARGIN;
    let mut y = MARGIN;

    // Who, what, when.
    let head = style(26.0, false, MUTED);
    if !site.is_empty() {
        let h = ts.measure(site, head, content as f32, dir).0;
        l.text(site.to_owned(), head, (MARGIN, y), content, Place::Start);
        y += h;
    }
    let title_style = style(54.0, true, INK);
    let title = t("poster-title");
    let h = ts.measure(&title, title_style, content as f32, dir).0;
    l.text(title, title_style, (MARGIN, y), content, Place::Start);
    y += h;
    let period = i18n.text_with(
        lang,
        "poster-period",
        &[
            ("from", report.from.to_string().into()),
            ("to", report.to.to_string().into()),
        ],
    );
    let h = ts.measure(&period, head, content as f32, dir).0;
    l.text(period, head, (MARGIN, y), content, Place::Start);
    y += h + 26;

    // Four key figures.
    let (needs, offers, fulfilled, _, _) = report.totals();
    let median = report
        .median_wait_secs
        .map_or_else(|| "–".to_owned(), |s| wait(i18n, lang, s));
    let figures = [
        (needs.to_string(), t("poster-figure-needs")),
        (offers.to_string(), t("poster-figure-offers")),
        (fulfilled.to_string(), t("poster-figure-handed")),
        (median, t("poster-figure-wait")),
    ];
    let gap = 20;
    let pw = (content - 3 * gap) / 4;
    let ph = 150;
    let label = style(20.0, false, INK);
    for (i, (number, caption)) in figures.into_iter().enumerate() {
        let x = l.start_x(MARGIN + i as i32 * (pw + gap), pw);
        l.panels.push(Rect { x, y, w: pw, h: ph });
        // A wait in words ("يوم و5 ساعات") is longer than a count: smaller, on one line.
        let mut big = style(46.0, true, INK);
        while big.size > 24.0 && ts.measure(&number, big, 2000.0, dir).1 > pw - 28 {
            big.size -= 2.0;
        }
        let h = ts.measure(&number, big, (pw - 28) as f32, dir).0;
        l.text(number, big, (x + 14, y + 18), pw - 28, Place::Start);
        l.text(
            caption,
            label,
            (x + 14, y + 86.max(h + 24)),
            pw - 28,
            Place::Start,
        );
    }
    y += ph + 34;

    // Needs and offers by category.
    let heading = style(31.0, true, INK);
    let body = style(23.0, false, INK);
    let h2 = t("poster-chart-categories");
    let h = ts.measure(&h2, heading, content as f32, dir).0;
    l.text(h2, heading, (MARGIN, y), content, Place::Start);
    y += h + 4;
    y += legend(
        &mut l,
        ts,
        y,
        &[
            (Swatch::NeedBar, t("poster-legend-needs")),
            (Swatch::OfferBar, t("poster-legend-offers")),
        ],
    );
    let rows: Vec<_> = report
        .categories
        .iter()
        .filter(|c| c.needs + c.offers > 0)
        .collect();
    let names: Vec<String> = rows
        .iter()
        .map(|c| t(&format!("category-{}", c.category.as_str())))
        .collect();
    let label_w = names
        .iter()
        .map(|n| ts.measure(n, body, 2000.0, dir).1)
        .max()
        .unwrap_or(0)
        .min(330)
        + 14;
    let row_h = 38;
    let bars_w = content - label_w;
    let bars_x = match dir {
        Direction::Ltr => MARGIN + label_w,
        Direction::Rtl => MARGIN,
    };
    for (i, name) in names.iter().enumerate() {
        let x = l.start_x(MARGIN, label_w - 14);
        // A long name is set smaller to stay on its row's one line.
        let mut s = body;
        while s.size > 15.0 && ts.measure(name, s, 2000.0, dir).1 > label_w - 14 {
            s.size -= 1.0;
        }
        let line = ts.measure(name, s, 2000.0, dir).0.min(row_h);
        l.text(
            name.clone(),
            s,
            (x, y + i as i32 * row_h + (row_h - line) / 2),
            label_w - 14,
            Place::Start,
        );
    }
    let bars = Rect {
        x: bars_x,
        y,
        w: bars_w,
        h: row_h * rows.len() as i32,
    };
    l.bars = Some((bars, rows.iter().map(|c| (c.needs, c.offers)).collect()));
    y += bars.h + 30;

    // Needs and hand-overs each week.
    let h3 = t("poster-chart-weeks");
    let h = ts.measure(&h3, heading, content as f32, dir).0;
    l.text(h3, heading, (MARGIN, y), content, Place::Start);
    y += h + 4;
    y += legend(
        &mut l,
        ts,
        y,
        &[
            (Swatch::NeedLine, t("poster-legend-needs")),
            (Swatch::HandedLine, t("poster-legend-handed")),
        ],
    );
    y += 10;
    let axis = 64;
    let plot_h = 290;
    let plot = Rect {
        x: l.start_x(MARGIN + axis, content - axis - 20),
        y,
        w: content - axis - 20,
        h: plot_h,
    };
    let weeks = whole_weeks(report)
        .into_iter()
        .map(|(week, needs, _, fulfilled)| (week.format("%m-%d").to_string(), needs, fulfilled))
        .collect();
    l.lines = Some((plot, weeks));
    y += plot_h + 56;

    // The largest gaps, and what would help most, side by side.
    let col = (content - 40) / 2;
    let gaps = largest_gaps(report);
    let sub = style(27.0, true, INK);
    let left = l.start_x(MARGIN, col);
    let right = l.start_x(MARGIN + col + 40, col);
    let mut yl = y;
    let s = t("poster-gaps-title");
    yl += ts.measure(&s, sub, col as f32, dir).0 + 6;
    l.text(s, sub, (left, y), col, Place::Start);
    if gaps.is_empty() {
        let s = t("poster-gaps-none");
        let h = ts.measure(&s, body, col as f32, dir).0;
        l.text(s, body, (left, yl), col, Place::Start);
        yl += h;
    }
    for g in &gaps {
        let s = i18n.text_with(
            lang,
            "poster-gap-line",
            &[
                (
                    "category",
                    t(&format!("category-{}", g.category.as_str())).into(),
                ),
                ("needs", g.needs.into()),
                ("offers", g.offers.into()),
            ],
        );
        let h = ts.measure(&s, body, col as f32, dir).0;
        l.text(s, body, (left, yl), col, Place::Start);
        yl += h + 4;
    }
    let mut yr = y;
    let s = t("poster-help-title");
    yr += ts.measure(&s, sub, col as f32, dir).0 + 6;
    l.text(s, sub, (right, y), col, Place::Start);
    if !gaps.is_empty() {
        let names: Vec<String> = gaps
            .iter()
            .map(|g| t(&format!("category-{}", g.category.as_str())))
            .collect();
        let s = i18n.text_with(
            lang,
            "poster-help",
            &[("list", i18n.list(lang, &names).into())],
        );
        let h = ts.measure(&s, body, col as f32, dir).0;
        l.text(s, style(23.0, true, INK), (right, yr), col, Place::Start);
        yr += h + 6;
    }
    let s = t("poster-help-how");
    l.text(s, body, (right, yr), col, Place::Start);
    let _ = yl;

    // What this page is, at the foot.
    let foot = style(18.0, false, MUTED);
    let s = i18n.text_with(lang, "poster-footer", &[("date", made.to_string().into())]);
    let h = ts.measure(&s, foot, content as f32, dir).0;
    l.text(
        s,
        foot,
        (MARGIN, PAGE.1 as i32 - MARGIN / 2 - h),
        content,
        Place::Start,
    );
    l
}

/// A legend line of samples and names from the start side; returns its height.
fn legend(l: &mut Layout, ts: &mut Typesetter, y: i32, entries: &[(Swatch, String)]) -> i32 {
    let s = style(21.0, false, INK);
    let height = 34;
    let mut x = MARGIN;
    for (swatch, name) in entries {
        let w = ts.measure(name, s, 600.0, l.dir).1;
        let sx = l.start_x(x, 28);
        l.swatches.push((*swatch, (sx, y + height / 2)));
        let tx = l.start_x(x + 40, w + 4);
        l.text(
            name.clone(),
            s,
            (tx, y + (height - 27) / 2),
            w + 4,
            Place::Start,
        );
        x += 40 + w + 36;
    }
    height
}

/// The pages as a PDF, each an image filling an A4 page.
pub fn pdf(pages: &[RgbImage]) -> Vec<u8> {
    use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect as PdfRect, Ref};
    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let refs: Vec<(Ref, Ref, Ref)> = (0..pages.len())
        .map(|i| {
            let base = 3 + 3 * i as i32;
            (Ref::new(base), Ref::new(base + 1), Ref::new(base + 2))
        })
        .collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(refs.iter().map(|r| r.0))
        .count(pages.len() as i32);
    let name = Name(b"Page");
    let (pw, ph) = A4_POINTS;
    for (image, &(page, img, content)) in pages.iter().zip(&refs) {
        let data = miniz_oxide::deflate::compress_to_vec_zlib(image.as_raw(), 6);
        let mut p = pdf.page(page);
        p.media_box(PdfRect::new(0.0, 0.0, pw, ph));
        p.parent(tree);
        p.contents(content);
        p.resources().x_objects().pair(name, img);
        p.finish();
        let mut x = pdf.image_xobject(img, &data);
        x.filter(Filter::FlateDecode);
        x.width(image.width() as i32);
        x.height(image.height() as i32);
        x.color_space().device_rgb();
        x.bits_per_component(8);
        x.finish();
        let mut c = Content::new();
        c.save_state();
        c.transform([pw, 0.0, 0.0, ph, 0.0, 0.0]);
        c.x_object(name);
        c.restore_state();
        pdf.stream(content, &c.finish());
    }
    pdf.finish()
}

/// One page as PNG bytes.
pub fn png(page: &RgbImage) -> Result<Vec<u8>, PosterError> {
    let mut out = std::io::Cursor::new(Vec::new());
    page.write_to(&mut out, image::ImageFormat::Png)
        .map_err(|e| PosterError::Encode(e.to_string()))?;
    Ok(out.into_inner())
}
