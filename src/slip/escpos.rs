//! ESC/POS bytes for thermal receipt printers: the slip as raster bands (`GS v 0`, which every
//! ESC/POS printer prints), optionally the printer's own QR command (`GS ( k`), then feed and cut.
//! Also the slip as a one-page PDF for CUPS.

use image::GrayImage;

/// Rows per `GS v 0` band: small enough for printers with little buffer.
pub const BAND_ROWS: u32 = 128;

/// Packs a grey image into 1-bit rows (dark below mid-grey), most significant bit first.
pub fn pack_bits(image: &GrayImage) -> (u32, Vec<u8>) {
    let bytes_per_row = image.width().div_ceil(8);
    let mut out = vec![0u8; (bytes_per_row * image.height()) as usize];
    for (x, y, p) in image.enumerate_pixels() {
        if p.0[0] < 128 {
            out[(y * bytes_per_row + x / 8) as usize] |= 0x80 >> (x % 8);
        }
    }
    (bytes_per_row, out)
}

/// `GS ( k` function: `pL pH cn fn` then the parameters.
fn gs_k(out: &mut Vec<u8>, f: u8, params: &[u8]) {
    let len = params.len() + 2;
    out.extend_from_slice(&[
        0x1d,
        b'(',
        b'k',
        (len & 0xff) as u8,
        (len >> 8) as u8,
        49,
        f,
    ]);
    out.extend_from_slice(params);
}

/// The bytes that print `image` (and, with `native_qr`, the printer's own QR of that payload
/// under it), then feed and cut.
pub fn encode(image: &GrayImage, native_qr: Option<&str>) -> Vec<u8> {
    let (bytes_per_row, bits) = pack_bits(image);
    let mut out = Vec::with_capacity(bits.len() + 64);
    out.extend_from_slice(&[0x1b, b'@']); // ESC @: initialise
    out.extend_from_slice(&[0x1b, b'a', 1]); // ESC a 1: centre
    let row = bytes_per_row as usize;
    for band in bits.chunks(row * BAND_ROWS as usize) {
        let rows = band.len() / row;
        out.extend_from_slice(&[
            0x1d,
            b'v',
            b'0',
            0,
            (bytes_per_row & 0xff) as u8,
            (bytes_per_row >> 8) as u8,
            (rows & 0xff) as u8,
            (rows >> 8) as u8,
        ]);
        out.extend_from_slice(band);
    }
    if let Some(payload) = native_qr {
        gs_k(&mut out, 65, &[50, 0]); // model 2
        gs_k(&mut out, 67, &[6]); // module size 6 dots
        gs_k(&mut out, 69, &[49]); // error correction M
        let mut store = vec![48];
        store.extend_from_slice(payload.as_bytes());
        gs_k(&mut out, 80, &store); // store the data
        gs_k(&mut out, 81, &[48]); // print it
    }
    out.extend_from_slice(&[0x1b, b'd', 4]); // feed 4 lines
    out.extend_from_slice(&[0x1d, b'V', 66, 0]); // feed and partial cut
    out
}

/// `DLE EOT 4`: ask for the paper sensor status.
pub const STATUS_PAPER: [u8; 3] = [0x10, 0x04, 4];

/// Whether a `DLE EOT 4` reply says the paper has run out (bits 5 and 6).
pub fn paper_out(status: u8) -> bool {
    status & 0x60 != 0
}

/// A one-page PDF the size of `image`.
pub fn pdf(image: &GrayImage, dots_per_inch: f32) -> Vec<u8> {
    pdf_pages(std::slice::from_ref(image), dots_per_inch, None)
}

/// A PDF with one page per image, each at `dots_per_inch`; with `media` (width and height in
/// points, e.g. A4 595 × 842) every page has that size and its image sits at the top.
pub fn pdf_pages(images: &[GrayImage], dots_per_inch: f32, media: Option<(f32, f32)>) -> Vec<u8> {
    use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref};
    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let pages = Ref::new(2);
    let refs: Vec<(Ref, Ref, Ref)> = (0..images.len())
        .map(|i| {
            let base = 3 + 3 * i as i32;
            (Ref::new(base), Ref::new(base + 1), Ref::new(base + 2))
        })
        .collect();
    pdf.catalog(catalog).pages(pages);
    pdf.pages(pages)
        .kids(refs.iter().map(|r| r.0))
        .count(images.len() as i32);
    let name = Name(b"Slip");
    for (image, &(page, img, content)) in images.iter().zip(&refs) {
        let (_, bits) = pack_bits(image);
        // PDF DeviceGray 1-bit: 0 is black, so invert the "dark" bits. Mostly white paper:
        // deflated, an A4 page is tens of kilobytes instead of half a megabyte.
        let data: Vec<u8> = bits.iter().map(|b| !b).collect();
        let data = miniz_oxide::deflate::compress_to_vec_zlib(&data, 6);
        let (w, h) = (image.width() as f32, image.height() as f32);
        let (iw, ih) = (w / dots_per_inch * 72.0, h / dots_per_inch * 72.0);
        let (pw, ph) = media.unwrap_or((iw, ih));
        let mut p = pdf.page(page);
        p.media_box(Rect::new(0.0, 0.0, pw, ph));
        p.parent(pages);
        p.contents(content);
        p.resources().x_objects().pair(name, img);
        p.finish();
        let mut x = pdf.image_xobject(img, &data);
        x.filter(Filter::FlateDecode);
        x.width(image.width() as i32);
        x.height(image.height() as i32);
        x.color_space().device_gray();
        x.bits_per_component(1);
        x.finish();
        let mut c = Content::new();
        c.save_state();
        c.transform([iw, 0.0, 0.0, ih, 0.0, ph - ih]);
        c.x_object(name);
        c.restore_state();
        pdf.stream(content, &c.finish());
    }
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;

    #[test]
    fn bits_are_packed_msb_first_and_banded() {
        let mut img = GrayImage::from_pixel(10, 300, Luma([255]));
        img.put_pixel(0, 0, Luma([0]));
        img.put_pixel(9, 299, Luma([0]));
        let (row, bits) = pack_bits(&img);
        assert_eq!(row, 2);
        assert_eq!(bits[0], 0x80);
        assert_eq!(bits[299 * 2 + 1], 0x40);
        let bytes = encode(&img, None);
        assert_eq!(&bytes[..2], &[0x1b, b'@']);
        let bands = bytes
            .windows(4)
            .filter(|w| w == &[0x1d, b'v', b'0', 0])
            .count();
        assert_eq!(bands, 3, "300 rows in bands of 128");
        assert_eq!(&bytes[bytes.len() - 4..], &[0x1d, b'V', 66, 0]);
    }

    #[test]
    fn paper_status_bits() {
        assert!(!paper_out(0x12));
        assert!(paper_out(0x72));
    }
}
