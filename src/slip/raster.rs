//! The slip as pixels, for thermal printers, PNG and PDF: text shaped, ordered and wrapped by
//! cosmic-text from the system's fonts (the kiosk installs Noto for Latin, Arabic and CJK), so
//! Arabic joins and reads right to left on paper, and the QR drawn in.

use cosmic_text::{
    Align, Attrs, Buffer, Color, Family, FontSystem, Metrics, Shaping, SwashCache, Weight,
};
use image::{GrayImage, Luma};

use super::{Block, Document, QrError, QrMatrix, TextAlign};
use crate::i18n::Direction;

/// Printer dots across for a paper width (203 dpi heads: 58 mm → 384, 80 mm → 576).
pub fn dots_for_width(paper_width_mm: u32) -> u32 {
    if paper_width_mm >= 80 { 576 } else { 384 }
}

/// Whether the QR is drawn into the image or left to the printer's own QR command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrMode {
    Raster,
    /// Leave it out: the printer draws it (`GS ( k`).
    Native,
}

/// Lays out and draws slips. Loading fonts takes a while, so keep one.
pub struct Rasterizer {
    fonts: FontSystem,
    cache: SwashCache,
}

impl std::fmt::Debug for Rasterizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rasterizer").finish_non_exhaustive()
    }
}

/// A white canvas that grows downwards.
struct Canvas {
    width: u32,
    pixels: Vec<u8>,
}

impl Canvas {
    fn height(&self) -> u32 {
        u32::try_from(self.pixels.len() / self.width as usize).unwrap_or(0)
    }

    fn grow(&mut self, rows: u32) {
        self.pixels
            .resize(self.pixels.len() + (rows * self.width) as usize, 255);
    }

    /// Darkens (x, y) by `alpha` (0 = none, 255 = black).
    fn ink(&mut self, x: i32, y: i32, alpha: u8) {
        let (Ok(x), Ok(y)) = (u32::try_from(x), u32::try_from(y)) else {
            return;
        };
        if x >= self.width || y >= self.height() {
            return;
        }
        let i = (y * self.width + x) as usize;
        self.pixels[i] = self.pixels[i].min(255 - alpha);
    }

    fn rule(&mut self, margin: u32) {
        let y = self.height() + 6;
        self.grow(14);
        for x in margin..self.width - margin {
            for dy in 0..2 {
                self.ink(x as i32, (y + dy) as i32, 255);
            }
        }
    }
}

/// Margin on each side, in dots.
const MARGIN: u32 = 8;

impl Rasterizer {
    /// Loads the system's fonts.
    pub fn new() -> Rasterizer {
        Rasterizer {
            fonts: FontSystem::new(),
            cache: SwashCache::new(),
        }
    }

    /// Draws `text` wrapped to the canvas width, aligned for `direction` (or centred).
    fn text(&mut self, canvas: &mut Canvas, text: &str, size: f32, bold: bool, align: Align) {
        // The FSI…PDI around placeholders stay: cosmic-text runs the bidi algorithm with them.
        // The paragraph's direction is the language's, set with a leading mark rather than
        // left to the first strong letter (which may be a Latin name or none at all).
        let text = match align {
            Align::Right => format!("\u{200F}{text}"),
            _ => format!("\u{200E}{text}"),
        };
        let metrics = Metrics::new(size, (size * 1.3).ceil());
        let mut buffer = Buffer::new(&mut self.fonts, metrics);
        let width = (canvas.width - 2 * MARGIN) as f32;
        buffer.set_size(Some(width), None);
        let weight = if bold { Weight::BOLD } else { Weight::NORMAL };
        let attrs = Attrs::new().family(Family::SansSerif).weight(weight);
        buffer.set_text(&text, &attrs, Shaping::Advanced, Some(align));
        buffer.shape_until_scroll(&mut self.fonts, false);
        let lines = buffer.layout_runs().count().max(1) as f32;
        let height = (lines * metrics.line_height).ceil() as u32;
        let top = canvas.height() as i32;
        canvas.grow(height);
        buffer.draw(
            &mut self.fonts,
            &mut self.cache,
            Color::rgb(0, 0, 0),
            |x, y, w, h, color| {
                let alpha = color.a();
                if alpha < 16 {
                    return;
                }
                for dy in 0..h as i32 {
                    for dx in 0..w as i32 {
                        canvas.ink(MARGIN as i32 + x + dx, top + y + dy, alpha);
                    }
                }
            },
        );
    }

    /// A whole document (a slip, an event, a roster), `width` dots across.
    pub fn render(&mut self, doc: &Document, width: u32, qr: QrMode) -> Result<GrayImage, QrError> {
        let width = width.max(2 * MARGIN + 64);
        let mut canvas = Canvas {
            width,
            pixels: Vec::new(),
        };
        canvas.grow(8);
        // Body text: about 9 pt on a receipt, 12 pt on an A4 page.
        let small = match width {
            1200.. => 34.0,
            576.. => 24.0,
            _ => 20.0,
        };
        for block in &doc.blocks {
            match block {
                Block::Rule => canvas.rule(MARGIN),
                Block::Text {
                    text,
                    scale,
                    bold,
                    align,
                } => {
                    let align = match align {
                        TextAlign::Center => Align::Center,
                        TextAlign::Start(Direction::Rtl) => Align::Right,
                        TextAlign::Start(Direction::Ltr) => Align::Left,
                    };
                    self.text(&mut canvas, text, small * scale, *bold, align);
                }
            }
        }
        if let (QrMode::Raster, Some(payload)) = (qr, &doc.qr) {
            let matrix = QrMatrix::new(payload)?;
            let quiet = 4;
            let modules = (matrix.width() + 2 * quiet) as u32;
            let scale = ((width - 2 * MARGIN) / modules).clamp(1, 8);
            let side = modules * scale;
            let left = (width - side) / 2;
            let top = canvas.height();
            canvas.grow(side);
            for y in 0..side {
                for x in 0..side {
                    let mx = (x / scale) as isize - quiet as isize;
                    let my = (y / scale) as isize - quiet as isize;
                    if matrix.dark(mx, my) {
                        canvas.ink((left + x) as i32, (top + y) as i32, 255);
                    }
                }
            }
        }
        canvas.grow(16);
        let height = canvas.height();
        Ok(GrayImage::from_raw(width, height, canvas.pixels)
            .unwrap_or_else(|| GrayImage::from_pixel(width, 1, Luma([255]))))
    }
}

impl Default for Rasterizer {
    fn default() -> Self {
        Rasterizer::new()
    }
}
