//! `aidkiosk doctor`: every health check, one line each, with the fix under what is wrong.
//! Exit status 0 when nothing failed (warnings alone included), 1 when something did.

use std::path::PathBuf;

use anyhow::bail;
use chrono::Utc;

use super::{Paths, printable};
use crate::config::Config;
use crate::health::{self, Check, FontSource, Level, Subject};
use crate::i18n::I18n;

/// What the command line asks for.
#[derive(Debug, Clone, Default)]
pub struct DoctorArgs {
    /// Also send a test page to the printer.
    pub print_test: bool,
    /// Check these fonts instead of the system's.
    pub fonts: Option<PathBuf>,
    /// Backups are kept here instead of `backups/` in the data dir.
    pub backups: Option<PathBuf>,
}

/// The checks as lines: `ok   name: detail`, and under a warning or failure `     fix: …`.
/// File names and config values in them may hold anything: no control character is printed.
pub fn format(checks: &[Check]) -> String {
    let mut out = String::new();
    for c in checks {
        out.push_str(&format!(
            "{:<4} {}: {}\n",
            c.level.label(),
            printable(&c.name),
            printable(&c.detail)
        ));
        if c.level != Level::Ok && !c.fix.is_empty() {
            out.push_str(&format!("     fix: {}\n", printable(&c.fix)));
        }
    }
    out
}

/// A sample slip in the staff language, signed with a throwaway key so it is never a valid
/// slip, sent to the configured printer.
fn test_page(paths: &Paths, i18n: &I18n) -> Check {
    const NAME: &str = "test page";
    let config = Config::load(&paths.config).unwrap_or_default();
    let signer = crate::slip::Signer::new("TEST0", b"doctor test page");
    let code = crate::domain::SlipCode::from_random([0, 0, 0, 0, 0]);
    let slip = crate::slip::Slip {
        site: config
            .site
            .clone()
            .unwrap_or_else(|| "aidkiosk doctor".into()),
        place: config.slip.place.clone(),
        hours: config.slip.hours.clone(),
        code,
        payload: signer.payload(&code),
        items: vec![crate::slip::SlipItem {
            kind: crate::domain::Kind::Need,
            category: crate::domain::Category::Food,
            next: crate::domain::lifecycle::NextStep::NeedWaiting,
        }],
        issued: Utc::now(),
        language: config.staff_language.clone(),
        staff_language: config.staff_language.clone(),
    };
    let mut doc = slip.document(i18n);
    doc.title = "doctor test page".into();
    let printer = crate::print::from_config(&config, &paths.data);
    match printer.print(&doc) {
        Ok(()) => Check {
            name: NAME.into(),
            level: Level::Ok,
            detail: "sent; look at the printer: a slip with code 0000-0000".into(),
            fix: String::new(),
        },
        Err(e) => Check {
            name: NAME.into(),
            level: Level::Fail,
            detail: format!("did not print: {e}"),
            fix: "see the printer line above, and docs/printing.md for each kind of printer".into(),
        },
    }
}

/// `aidkiosk doctor`.
pub fn doctor(
    paths: &Paths,
    args: &DoctorArgs,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let i18n = I18n::embedded();
    let subject = Subject {
        data_dir: &paths.data,
        config_path: &paths.config,
        fonts: match &args.fonts {
            Some(dir) => FontSource::Dir(dir.clone()),
            None => FontSource::System,
        },
        backups: args
            .backups
            .clone()
            .unwrap_or_else(|| health::default_backups(&paths.data)),
        now: Utc::now(),
    };
    let mut checks = health::check_all(&subject, &i18n);
    if args.print_test {
        checks.push(test_page(paths, &i18n));
    }
    out.write_all(format(&checks).as_bytes())?;
    let failed = checks.iter().filter(|c| c.level == Level::Fail).count();
    let warned = checks.iter().filter(|c| c.level == Level::Warn).count();
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let warnings = count(warned, "warning", "warnings");
    if failed > 0 {
        bail!("{} failed, {warnings}", count(failed, "check", "checks"));
    }
    writeln!(
        out,
        "{}, {warnings}, nothing failed",
        count(checks.len(), "check", "checks")
    )?;
    Ok(())
}
