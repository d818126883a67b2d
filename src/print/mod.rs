//! Printer targets. A print job runs off the UI thread; a failed job never loses the entry.

use std::path::PathBuf;

use crate::i18n::I18n;
use crate::slip::Slip;

/// Why a slip did not print.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("cannot write slip to {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot render slip: {0}")]
    Render(#[from] crate::slip::QrError),
}

/// Something that puts slips on paper (or where paper would be).
pub trait Printer: Send + Sync {
    /// Prints one slip; may block (it runs on a worker thread).
    fn print(&self, slip: &Slip, i18n: &I18n) -> Result<(), PrintError>;
}

/// The default target: `slips/<code>.png` and `slips/<code>.txt` in a folder.
#[derive(Debug, Clone)]
pub struct FilePrinter {
    pub dir: PathBuf,
}

impl FilePrinter {
    /// Writes into `dir`, creating it as needed.
    pub fn new(dir: PathBuf) -> Self {
        FilePrinter { dir }
    }

    fn write(&self, name: &str, bytes: &[u8]) -> Result<(), PrintError> {
        let path = self.dir.join(name);
        let err = |source| PrintError::Write {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(&self.dir).map_err(err)?;
        // Write then rename, so a reader never sees half a slip.
        let tmp = self.dir.join(format!(".{name}.tmp"));
        std::fs::write(&tmp, bytes).map_err(err)?;
        std::fs::rename(&tmp, &path).map_err(err)
    }
}

impl Printer for FilePrinter {
    fn print(&self, slip: &Slip, i18n: &I18n) -> Result<(), PrintError> {
        let code = slip.code.as_str();
        self.write(&format!("{code}.png"), &slip.to_png()?)?;
        self.write(&format!("{code}.txt"), slip.to_text(i18n).as_bytes())
    }
}
