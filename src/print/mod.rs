//! Printer targets. A print job runs off the UI thread; a failed job never loses the entry
//! (the slip stays on screen, the kiosk retries, staff can reprint).

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use image::GrayImage;

use crate::config::{Config, PrinterConfig};
use crate::slip::escpos;
use crate::slip::raster::{QrMode, Rasterizer, dots_for_width};
use crate::slip::{Document, QrError};

/// Dots per inch of thermal print heads (and of our slip images).
pub const DPI: f32 = 203.0;

/// Why a slip did not print.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("cannot write slip to {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot render slip: {0}")]
    Render(#[from] QrError),
    #[error("printer at {addr} does not answer: {source}")]
    Connect {
        addr: String,
        source: std::io::Error,
    },
    #[error("printer is out of paper")]
    OutOfPaper,
    #[error("{command} failed: {message}")]
    Spool { command: String, message: String },
}

/// Draws slips; shared by every target. Fonts load on first use, on the print thread.
#[derive(Debug)]
pub struct Renderer {
    width: u32,
    raster: OnceLock<Mutex<Rasterizer>>,
}

impl Renderer {
    /// A renderer for paper `paper_width_mm` wide.
    pub fn new(paper_width_mm: u32) -> Renderer {
        Renderer {
            width: dots_for_width(paper_width_mm),
            raster: OnceLock::new(),
        }
    }

    /// The document as a grey image.
    pub fn image(&self, doc: &Document, qr: QrMode) -> Result<GrayImage, QrError> {
        let raster = self.raster.get_or_init(|| Mutex::new(Rasterizer::new()));
        // A poisoned lock only means another print panicked mid-slip; the fonts are fine.
        let mut raster = raster.lock().unwrap_or_else(|p| p.into_inner());
        raster.render(doc, self.width, qr)
    }

    /// PNG bytes.
    pub fn png(&self, doc: &Document) -> Result<Vec<u8>, QrError> {
        let mut out = std::io::Cursor::new(Vec::new());
        self.image(doc, QrMode::Raster)?
            .write_to(&mut out, image::ImageFormat::Png)
            .map_err(QrError::Png)?;
        Ok(out.into_inner())
    }

    /// ESC/POS bytes; with `native_qr` the printer draws the QR itself.
    pub fn escpos(&self, doc: &Document, native_qr: bool) -> Result<Vec<u8>, QrError> {
        let mode = if native_qr {
            QrMode::Native
        } else {
            QrMode::Raster
        };
        let image = self.image(doc, mode)?;
        Ok(escpos::encode(
            &image,
            doc.qr.as_deref().filter(|_| native_qr),
        ))
    }

    /// A one-page PDF.
    pub fn pdf(&self, doc: &Document) -> Result<Vec<u8>, QrError> {
        Ok(escpos::pdf(&self.image(doc, QrMode::Raster)?, DPI))
    }

    /// An A4 PDF of `docs`, each starting on a new page and running onto more pages where it
    /// is long, cut between lines of text. Uses this renderer's fonts at page width.
    pub fn pdf_a4(&self, docs: &[Document]) -> Result<Vec<u8>, QrError> {
        // A4 at 203 dpi, with 15 mm margins left and right and 12 mm at top and bottom.
        const PAGE: (u32, u32) = (1678, 2374);
        const SIDE: u32 = 120;
        const TOP: u32 = 96;
        let raster = self.raster.get_or_init(|| Mutex::new(Rasterizer::new()));
        let mut raster = raster.lock().unwrap_or_else(|p| p.into_inner());
        let mut pages = Vec::new();
        for doc in docs {
            let image = raster.render(doc, PAGE.0 - 2 * SIDE, QrMode::Raster)?;
            let body = PAGE.1 - 2 * TOP;
            let mut y = 0;
            while y < image.height() {
                let mut end = (y + body).min(image.height());
                let width = image.width() as usize;
                let row_of = |r: u32| {
                    let start = r as usize * width;
                    &image.as_raw()[start..start + width]
                };
                if end < image.height() {
                    // Back up to a blank row, so no line of text is cut in two.
                    let blank = |r: u32| row_of(r).iter().all(|&p| p > 200);
                    if let Some(row) = (y + body / 2..end).rev().find(|&r| blank(r)) {
                        end = row;
                    }
                }
                let mut page = GrayImage::from_pixel(PAGE.0, PAGE.1, image::Luma([255]));
                let pixels: &mut [u8] = &mut page;
                for row in y..end {
                    let at = (TOP + row - y) as usize * PAGE.0 as usize + SIDE as usize;
                    pixels[at..at + width].copy_from_slice(row_of(row));
                }
                pages.push(page);
                y = end.max(y + 1);
            }
        }
        Ok(escpos::pdf_pages(&pages, DPI, Some((595.28, 841.89))))
    }
}

/// Something that puts slips on paper (or where paper would be).
pub trait Printer: Send + Sync {
    /// Prints one document; may block (it runs on a worker thread).
    fn print(&self, doc: &Document) -> Result<(), PrintError>;
}

/// The printer the config names.
pub fn from_config(config: &Config, data_dir: &Path) -> Arc<dyn Printer> {
    let renderer = Arc::new(Renderer::new(config.slip.paper_width_mm));
    match &config.printer {
        PrinterConfig::File { dir } => Arc::new(FilePrinter {
            dir: dir.clone().unwrap_or_else(|| data_dir.join("slips")),
            renderer,
        }),
        PrinterConfig::EscposDevice { path, native_qr } => Arc::new(DevicePrinter {
            path: path.clone(),
            native_qr: *native_qr,
            renderer,
        }),
        PrinterConfig::EscposTcp {
            addr,
            timeout_secs,
            native_qr,
        } => Arc::new(TcpPrinter {
            addr: addr.clone(),
            timeout: Duration::from_secs(*timeout_secs),
            native_qr: *native_qr,
            renderer,
        }),
        PrinterConfig::Cups { queue, command } => Arc::new(CupsPrinter {
            queue: queue.clone(),
            command: command.clone(),
            spool: data_dir.join("slips"),
            renderer,
        }),
    }
}

/// Where slip files (the file printer's output, the CUPS spool) are kept.
pub fn slip_dir(config: &Config, data_dir: &Path) -> PathBuf {
    match &config.printer {
        PrinterConfig::File { dir: Some(dir) } => dir.clone(),
        _ => data_dir.join("slips"),
    }
}

/// Whether `name` is a file a printer here writes: a slip (`7K3M-Q9PX`'s canonical code), a
/// gathering, a roster, a form, a member card or statement, as PNG, text or PDF (or the
/// temporary file before one).
fn is_slip_file(name: &str) -> bool {
    let name = name.strip_prefix('.').unwrap_or(name);
    let name = name.strip_suffix(".tmp").unwrap_or(name);
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    matches!(ext, "png" | "txt" | "pdf")
        && (crate::domain::SlipCode::parse_canonical(stem).is_some()
            || ["event-", "roster-", "form-", "card-", "statement-"]
                .iter()
                .any(|p| stem.starts_with(p)))
}

/// Removes (with `dry_run`, only counts) the slip files in `dir` last changed before `before`:
/// old slips are not kept longer than the data they were printed from. Any other file there
/// (the folder may be one a coordinator also uses) is left alone.
pub fn prune(dir: &Path, before: chrono::DateTime<chrono::Utc>, dry_run: bool) -> u64 {
    crate::files::remove_old(dir, before.into(), dry_run, is_slip_file)
}

/// Whether `name` is a slip file being written (`.<slip file>.tmp-<random>`), or one an older
/// version left (`.<slip file>.tmp`).
fn is_partial_slip(name: &str) -> bool {
    let Some(rest) = name.strip_prefix('.') else {
        return false;
    };
    let Some((file, after)) = rest.rsplit_once(".tmp") else {
        return false;
    };
    (after.is_empty() || after.starts_with('-')) && is_slip_file(file)
}

/// Removes the half-written slip files killed print jobs left in `dir` (none is in use at
/// start); the kiosk calls this when it starts.
pub fn sweep_partial(dir: &Path) -> u64 {
    crate::scratch::sweep(dir, is_partial_slip, false, false)
}

fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf, PrintError> {
    let path = dir.join(name);
    let err = |source| PrintError::Write {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(err)?;
    // Write then rename, so a reader never sees half a slip; an unpredictable name, removed
    // if anything fails (a killed job's is swept at the next start).
    let tmp = crate::scratch::Scratch::new_in(dir, &format!(".{name}.tmp-"), "").map_err(err)?;
    std::fs::write(tmp.path(), bytes).map_err(err)?;
    tmp.persist(&path).map_err(err)?;
    Ok(path)
}

/// The default target: `<code>.png` and `<code>.txt` in a folder.
#[derive(Debug, Clone)]
pub struct FilePrinter {
    pub dir: PathBuf,
    pub renderer: Arc<Renderer>,
}

impl FilePrinter {
    /// Writes 58 mm slips into `dir`.
    pub fn new(dir: PathBuf) -> Self {
        FilePrinter {
            dir,
            renderer: Arc::new(Renderer::new(58)),
        }
    }
}

impl Printer for FilePrinter {
    fn print(&self, doc: &Document) -> Result<(), PrintError> {
        let name = &doc.name;
        write_atomic(&self.dir, &format!("{name}.png"), &self.renderer.png(doc)?)?;
        write_atomic(&self.dir, &format!("{name}.txt"), doc.text.as_bytes())?;
        Ok(())
    }
}

/// An ESC/POS printer on USB (`/dev/usb/lp0`).
#[derive(Debug)]
pub struct DevicePrinter {
    pub path: PathBuf,
    pub native_qr: bool,
    pub renderer: Arc<Renderer>,
}

impl Printer for DevicePrinter {
    fn print(&self, doc: &Document) -> Result<(), PrintError> {
        let bytes = self.renderer.escpos(doc, self.native_qr)?;
        let err = |source| PrintError::Write {
            path: self.path.clone(),
            source,
        };
        let mut device = std::fs::OpenOptions::new()
            .write(true)
            .open(&self.path)
            .map_err(err)?;
        device.write_all(&bytes).map_err(err)?;
        device.flush().map_err(err)
    }
}

/// An ESC/POS printer on the network (raw TCP, usually port 9100).
#[derive(Debug)]
pub struct TcpPrinter {
    pub addr: String,
    pub timeout: Duration,
    pub native_qr: bool,
    pub renderer: Arc<Renderer>,
}

impl TcpPrinter {
    fn connect(&self) -> Result<TcpStream, PrintError> {
        let err = |source| PrintError::Connect {
            addr: self.addr.clone(),
            source,
        };
        let addrs = self.addr.to_socket_addrs().map_err(err)?;
        let mut last = std::io::Error::other("no address");
        for addr in addrs {
            match TcpStream::connect_timeout(&addr, self.timeout) {
                Ok(stream) => {
                    stream.set_write_timeout(Some(self.timeout)).map_err(err)?;
                    stream
                        .set_read_timeout(Some(Duration::from_millis(500)))
                        .map_err(err)?;
                    return Ok(stream);
                }
                Err(e) => last = e,
            }
        }
        Err(err(last))
    }
}

impl Printer for TcpPrinter {
    fn print(&self, doc: &Document) -> Result<(), PrintError> {
        let bytes = self.renderer.escpos(doc, self.native_qr)?;
        let mut stream = self.connect()?;
        let err = |source| PrintError::Connect {
            addr: self.addr.clone(),
            source,
        };
        // Ask for the paper sensor; printers that do not answer are given the job anyway.
        stream.write_all(&escpos::STATUS_PAPER).map_err(err)?;
        let mut status = [0u8; 1];
        if let Ok(1) = stream.read(&mut status)
            && escpos::paper_out(status[0])
        {
            return Err(PrintError::OutOfPaper);
        }
        stream.write_all(&bytes).map_err(err)?;
        // Close our side and read until the printer closes (or the timeout), so unread status
        // bytes cannot make the kernel reset the connection and drop the end of the slip.
        stream.shutdown(std::net::Shutdown::Write).map_err(err)?;
        let mut sink = [0u8; 64];
        let deadline = Instant::now() + self.timeout;
        while Instant::now() < deadline {
            match stream.read(&mut sink) {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
        }
        Ok(())
    }
}

/// A CUPS queue, through `lp`.
#[derive(Debug)]
pub struct CupsPrinter {
    pub queue: String,
    pub command: String,
    pub spool: PathBuf,
    pub renderer: Arc<Renderer>,
}

/// How long `lp` may take before the job counts as failed.
const LP_TIMEOUT: Duration = Duration::from_secs(30);

impl Printer for CupsPrinter {
    fn print(&self, doc: &Document) -> Result<(), PrintError> {
        let pdf = self.renderer.pdf(doc)?;
        let path = write_atomic(&self.spool, &format!("{}.pdf", doc.name), &pdf)?;
        let spool = |message: String| PrintError::Spool {
            command: self.command.clone(),
            message,
        };
        let mut child = Command::new(&self.command)
            .arg("-d")
            .arg(&self.queue)
            .arg("-t")
            .arg(format!("aidkiosk {}", doc.title))
            .arg(&path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| spool(e.to_string()))?;
        let started = Instant::now();
        loop {
            match child.try_wait().map_err(|e| spool(e.to_string()))? {
                Some(status) if status.success() => return Ok(()),
                Some(status) => {
                    let mut stderr = String::new();
                    if let Some(mut e) = child.stderr.take() {
                        let _ = e.read_to_string(&mut stderr);
                    }
                    // lp's own words say what is wrong ("The printer or class does not
                    // exist"); the exit status only when it said nothing.
                    let said = stderr.trim().trim_end_matches('.');
                    return Err(spool(if said.is_empty() {
                        status.to_string()
                    } else {
                        said.to_owned()
                    }));
                }
                None if started.elapsed() > LP_TIMEOUT => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(spool("timed out".into()));
                }
                None => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn half_written_slips_are_recognised() {
        for name in [
            ".7K3MQ9PX.png.tmp-a8Xk2",
            ".7K3MQ9PX.png.tmp",
            ".form-ar.pdf.tmp-Q",
        ] {
            assert!(super::is_partial_slip(name), "{name}");
        }
        for name in ["7K3MQ9PX.png", ".notes.txt.tmp-1", ".7K3MQ9PX.png.tmpfile"] {
            assert!(!super::is_partial_slip(name), "{name}");
        }
    }

    #[test]
    fn a_slip_is_written_whole_and_nothing_else_is_left() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".7K3MQ9PX.png.tmp-old"), b"half").unwrap();
        std::fs::write(dir.path().join(".7K3MQ9PX.txt.tmp"), b"half").unwrap();
        assert_eq!(super::sweep_partial(dir.path()), 2);
        super::write_atomic(dir.path(), "7K3MQ9PX.txt", b"slip").unwrap();
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["7K3MQ9PX.txt"]);
    }

    #[test]
    fn only_slip_files_are_pruned() {
        for name in [
            "7K3MQ9PX.png",
            "7K3MQ9PX.txt",
            "event-01ABC.png",
            ".roster-2026-12-01.pdf.tmp",
            "form-ar.png",
        ] {
            assert!(super::is_slip_file(name), "{name}");
        }
        for name in [
            "notes.txt",
            "holiday.png",
            "7K3MQ9PX.doc",
            "aidkiosk.db",
            "form-ar",
        ] {
            assert!(!super::is_slip_file(name), "{name}");
        }
    }
}
