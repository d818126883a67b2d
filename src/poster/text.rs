//! Text on the report page, shaped by cosmic-text from the system's fonts as slips are, so
//! Arabic joins and runs right to left and Chinese and Korean have their glyphs. Plotters
//! draws no text at all.

use cosmic_text::{Align, Attrs, Buffer, Color, Family, FontSystem, Metrics, Shaping, SwashCache};
use image::RgbImage;

use crate::i18n::Direction;

/// How a piece of text looks.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Pixels per em.
    pub size: f32,
    pub bold: bool,
    pub color: [u8; 3],
}

/// Where a paragraph sits in its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// At the start side of the paragraph's direction.
    Start,
    /// At the end side.
    End,
    Center,
}

/// Shapes and draws text. Loading the fonts takes a while, so keep one.
pub struct Typesetter {
    fonts: FontSystem,
    cache: SwashCache,
}

impl std::fmt::Debug for Typesetter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Typesetter").finish_non_exhaustive()
    }
}

impl Default for Typesetter {
    fn default() -> Self {
        Typesetter::new()
    }
}

impl Typesetter {
    /// With the system's fonts.
    pub fn new() -> Typesetter {
        Typesetter::with_fonts(FontSystem::new())
    }

    /// With these fonts.
    pub fn with_fonts(fonts: FontSystem) -> Typesetter {
        Typesetter {
            fonts,
            cache: SwashCache::new(),
        }
    }

    fn layout(
        &mut self,
        text: &str,
        style: Style,
        width: f32,
        dir: Direction,
        place: Place,
    ) -> Buffer {
        // The paragraph's direction is the language's, set with a leading mark rather than
        // left to its first letter (a number, or a Latin name in an Arabic line).
        let text = match dir {
            Direction::Rtl => format!("\u{200F}{text}"),
            Direction::Ltr => format!("\u{200E}{text}"),
        };
        let align = match (place, dir) {
            (Place::Center, _) => Align::Center,
            (Place::Start, Direction::Ltr) | (Place::End, Direction::Rtl) => Align::Left,
            (Place::Start, Direction::Rtl) | (Place::End, Direction::Ltr) => Align::Right,
        };
        let metrics = Metrics::new(style.size, (style.size * 1.3).ceil());
        let mut buffer = Buffer::new(&mut self.fonts, metrics);
        buffer.set_size(Some(width.max(1.0)), None);
        let weight = if style.bold {
            cosmic_text::Weight::BOLD
        } else {
            cosmic_text::Weight::NORMAL
        };
        let attrs = Attrs::new().family(Family::SansSerif).weight(weight);
        buffer.set_text(&text, &attrs, Shaping::Advanced, Some(align));
        buffer.shape_until_scroll(&mut self.fonts, false);
        buffer
    }

    /// (height, widest line) of `text` wrapped to `width`.
    pub fn measure(&mut self, text: &str, style: Style, width: f32, dir: Direction) -> (i32, i32) {
        let buffer = self.layout(text, style, width, dir, Place::Start);
        let mut lines = 0;
        let mut widest: f32 = 0.0;
        for run in buffer.layout_runs() {
            lines += 1;
            widest = widest.max(run.line_w);
        }
        let height = lines.max(1) as f32 * buffer.metrics().line_height;
        (height.ceil() as i32, widest.ceil() as i32)
    }

    /// Draws `text` wrapped into the box at (`x`, `y`), `width` wide; returns its height.
    #[allow(clippy::too_many_arguments)]
    pub fn draw(
        &mut self,
        page: &mut RgbImage,
        text: &str,
        style: Style,
        (x, y): (i32, i32),
        width: i32,
        dir: Direction,
        place: Place,
    ) -> i32 {
        let mut buffer = self.layout(text, style, width as f32, dir, place);
        let lines = buffer.layout_runs().count().max(1) as f32;
        let [r, g, b] = style.color;
        buffer.draw(
            &mut self.fonts,
            &mut self.cache,
            Color::rgb(r, g, b),
            |gx, gy, w, h, color| {
                let alpha = u16::from(color.a());
                if alpha == 0 {
                    return;
                }
                for dy in 0..h as i32 {
                    for dx in 0..w as i32 {
                        blend(page, x + gx + dx, y + gy + dy, style.color, alpha);
                    }
                }
            },
        );
        (lines * buffer.metrics().line_height).ceil() as i32
    }
}

/// Lays `color` over the pixel at (x, y) with `alpha` (0–255).
fn blend(page: &mut RgbImage, x: i32, y: i32, color: [u8; 3], alpha: u16) {
    let (Ok(x), Ok(y)) = (u32::try_from(x), u32::try_from(y)) else {
        return;
    };
    if x >= page.width() || y >= page.height() {
        return;
    }
    let p = page.get_pixel_mut(x, y);
    for (c, &want) in p.0.iter_mut().zip(&color) {
        let mixed = (u16::from(*c) * (255 - alpha) + u16::from(want) * alpha) / 255;
        *c = mixed as u8;
    }
}
