//! QR codes as a plain matrix of dark modules, drawn on screen (half blocks) and in PNGs.

use std::io::Cursor;

use image::{GrayImage, ImageFormat, Luma};
use qrcode::{Color, EcLevel, QrCode};

/// Quiet zone around the code, in modules, as the QR standard asks.
pub const QUIET: usize = 4;

/// Why a QR could not be made.
#[derive(Debug, thiserror::Error)]
pub enum QrError {
    #[error("payload does not fit a QR code: {0}")]
    Encode(#[from] qrcode::types::QrError),
    #[error("could not write PNG: {0}")]
    Png(#[from] image::ImageError),
}

/// A QR code without its quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Vec<bool>,
}

impl QrMatrix {
    /// Encodes `payload` with medium error correction (a crumpled slip still scans).
    pub fn new(payload: &str) -> Result<QrMatrix, QrError> {
        let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)?;
        Ok(QrMatrix {
            width: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect(),
        })
    }

    /// Modules on a side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether module (x, y) is dark; outside the code (the quiet zone) is light.
    pub fn dark(&self, x: isize, y: isize) -> bool {
        let (Ok(x), Ok(y)) = (usize::try_from(x), usize::try_from(y)) else {
            return false;
        };
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// Grey image with `scale` pixels a module and the quiet zone.
    pub fn to_image(&self, scale: u32) -> GrayImage {
        let side = (self.width + 2 * QUIET) as u32 * scale;
        let quiet = QUIET as isize;
        GrayImage::from_fn(side, side, |px, py| {
            let x = (px / scale) as isize - quiet;
            let y = (py / scale) as isize - quiet;
            if self.dark(x, y) {
                Luma([0])
            } else {
                Luma([255])
            }
        })
    }

    /// PNG bytes of [`QrMatrix::to_image`].
    pub fn to_png(&self, scale: u32) -> Result<Vec<u8>, QrError> {
        let mut out = Cursor::new(Vec::new());
        self.to_image(scale).write_to(&mut out, ImageFormat::Png)?;
        Ok(out.into_inner())
    }
}
