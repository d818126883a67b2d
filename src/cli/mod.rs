//! The command line (the contract in DESIGN.md): parse, load config and data dir, hand off.

#[macro_use]
mod out;
mod accounts;
mod data;
mod doctor;
mod events;
mod export;
mod network;
mod printing;
mod progress;
mod report;
/// The gap report as tidy CSV (tests check its rows against hand counts).
pub use report::csv as gap_report_csv;
mod roster;
mod text;

use accounts::{init, read_pin, staff};
use printing::{print_test, slip_render};

pub use export::{ContactArgs, ExportCommand};
use progress::Progress;
pub use report::ReportCommand;
pub(crate) use text::printable;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, anyhow, bail};
use clap::{Parser, Subcommand, ValueEnum};

use crate::config::{CONFIG_FILE, Config, DB_FILE};
use crate::i18n::{I18n, catalog_check};
use crate::runtime::{self, Env, Kiosk};
use crate::store::Store;

/// aidkiosk: an offline walk-up kiosk for mutual aid networks.
#[derive(Debug, Parser)]
#[command(name = "aidkiosk", version, about)]
pub struct Cli {
    /// Data dir (default: $AIDKIOSK_DATA_DIR, else the platform data dir).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Config file (default: aidkiosk.toml in the data dir).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Open the kiosk straight on Home in this language (a single-language site, or a
    /// translator checking a catalog); idle still returns to the welcome screen.
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
    /// No progress on standard error (backup, restore, export, seed, purge); results still
    /// go to standard output.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// The visitor kiosk (the default).
    Run,
    /// Set up the site and its first coordinator without a screen.
    Init {
        /// Site name shown on screens and slips.
        #[arg(long, value_parser = text::Checked(text::site_name))]
        site: String,
        /// The coordinator's name (at most 40 characters).
        #[arg(long, default_value = "Coordinator", value_parser = text::Checked(text::person_name))]
        admin: String,
        /// Read the coordinator's PIN (4 to 8 digits) from standard input.
        #[arg(long)]
        pin_stdin: bool,
        /// Start a new site in a data dir whose database was lost (site.id remembers the old
        /// site): its entries, staff and slip key are gone for good. Restore a backup instead
        /// if there is one.
        #[arg(long)]
        force_new_site: bool,
    },
    /// The staff console (PIN first), or staff accounts.
    Staff {
        #[command(subcommand)]
        command: Option<StaffCommand>,
        /// This console's name: wrong PINs lock each console by name.
        #[arg(long, default_value = "staff", value_parser = text::Checked(text::person_name))]
        console: String,
    },
    /// Print a sample slip in every enabled language to the configured printer.
    PrintTest {
        /// Check glyphs against the fonts in this folder instead of the system's.
        #[arg(long, value_name = "DIR")]
        fonts: Option<PathBuf>,
    },
    /// Slips already issued.
    Slip {
        #[command(subcommand)]
        command: SlipCommand,
    },
    /// Message catalogs.
    Locales {
        #[command(subcommand)]
        command: LocalesCommand,
    },
    /// Reports for coordinators.
    Report {
        #[command(subcommand)]
        command: ReportCommand,
    },
    /// Tables for a spreadsheet, gatherings for a calendar.
    Export {
        #[command(subcommand)]
        command: ExportCommand,
    },
    /// Paper for when the machine is down: today's open pickups with their codes, and a blank
    /// intake form in each language. Prints to the configured printer, or writes a PDF.
    Roster {
        /// Write an A4 PDF here instead of printing.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Check glyphs against the fonts in this folder instead of the system's.
        #[arg(long, value_name = "DIR")]
        fonts: Option<PathBuf>,
    },
    /// Apply retention: close open entries older than entry_ttl_days, remove names, phones and
    /// notes of finished entries older than retention_days, and old slip files.
    Purge {
        /// Say what would be done, change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// An online, consistent copy of the database (the kiosk may keep running).
    Backup {
        /// Where to write it.
        file: PathBuf,
        /// Encrypt it with a passphrase (XChaCha20-Poly1305, key from Argon2id).
        #[arg(long)]
        encrypt: bool,
        /// Read the passphrase from standard input.
        #[arg(long, conflicts_with = "passphrase_file")]
        passphrase_stdin: bool,
        /// Read the passphrase from the first line of this file.
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
    },
    /// Check a backup and restore it; the database as it was is kept under backups/.
    Restore {
        file: PathBuf,
        /// Restore a backup of another site (or with another slip key) over this one, on
        /// purpose: slips printed here since will not scan. The database as it was is kept.
        #[arg(long)]
        new_site: bool,
        /// The backup's passphrase, from standard input (encrypted backups).
        #[arg(long, conflicts_with = "passphrase_file")]
        passphrase_stdin: bool,
        /// The backup's passphrase, from the first line of this file.
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
    },
    /// Fill the database with made-up history, for demos and benchmarks.
    Seed {
        /// How many entries (1 to 10,000,000).
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
        entries: u64,
        /// Spread over this many days up to now (1 to 3650).
        #[arg(long, default_value_t = 90, value_parser = clap::value_parser!(u32).range(1..=3650))]
        days: u32,
        /// The same seed makes the same history.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Add to a site that already has entries. Made-up people then sit in its real queue,
        /// board and reports, with no undo: only for a demo or test site.
        #[arg(long)]
        force: bool,
    },
    /// Check fonts, printer, voices, data dir, free space, database, backups, pepper and clock;
    /// say what to do about each problem. Exit status 1 if a check failed (warnings: 0).
    Doctor {
        /// Also print a test page on the configured printer.
        #[arg(long)]
        print_test: bool,
        /// Check the fonts in this folder instead of the system's.
        #[arg(long, value_name = "DIR")]
        fonts: Option<PathBuf>,
        /// Where backups are kept (default: backups/ in the data dir, as kiosk-setup's daily
        /// job keeps them).
        #[arg(long, value_name = "DIR")]
        backups: Option<PathBuf>,
    },
    /// Gatherings shown to visitors: distribution days, skill shares, support circles.
    Event {
        #[command(subcommand)]
        command: EventCommand,
    },
    /// Sites of one network, with no server: their changes carried by Syncthing or a stick.
    Network {
        #[command(subcommand)]
        command: network::NetworkCommand,
    },
}

/// `aidkiosk event …`
#[derive(Debug, Subcommand)]
pub enum EventCommand {
    /// Post a gathering. Give a title per language as TAG=TITLE (at least the staff language).
    Add {
        /// Starts, site-local time: "YYYY-MM-DD HH:MM".
        #[arg(long, value_name = "WHEN", value_parser = text::Checked(text::event_time))]
        starts: String,
        /// Ends, site-local time: "YYYY-MM-DD HH:MM" or "HH:MM" on the same day.
        #[arg(long, value_name = "WHEN", value_parser = text::Checked(text::event_time))]
        ends: String,
        /// Where.
        #[arg(long)]
        place: String,
        /// A title, as TAG=TITLE (e.g. es="Día de reparto"); repeat for each language.
        #[arg(long = "title", value_name = "TAG=TITLE", required = true)]
        titles: Vec<String>,
    },
    /// Upcoming gatherings with their ids.
    List,
    /// Take a gathering down.
    Remove { id: String },
}

/// `aidkiosk staff …`: accounts. Whoever can run this can read the data dir, so these are
/// the coordinator's tools.
#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a volunteer or coordinator; the PIN is read from standard input.
    Add {
        /// At most 40 characters, no control characters.
        #[arg(long, value_parser = text::Checked(text::person_name))]
        name: String,
        #[arg(long, value_enum, default_value = "volunteer")]
        role: RoleArg,
        #[arg(long)]
        pin_stdin: bool,
    },
    /// List staff accounts.
    List,
    /// Disable an account (kept in the audit log).
    Disable {
        /// Name or id.
        who: String,
    },
    /// Give an account a new PIN, read from standard input.
    SetPin {
        /// Name or id.
        who: String,
        #[arg(long)]
        pin_stdin: bool,
    },
}

/// Staff roles on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Volunteer,
    Coordinator,
}

/// `aidkiosk slip …`
#[derive(Debug, Subcommand)]
pub enum SlipCommand {
    /// Render a stored slip to a file.
    Render {
        /// The slip code (XXXX-XXXX).
        code: String,
        #[arg(long, value_enum, default_value = "txt")]
        format: SlipFormat,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// Slip renderings.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SlipFormat {
    Txt,
    Png,
    /// The bytes an ESC/POS printer would be sent.
    Escpos,
    /// What a CUPS queue would be sent.
    Pdf,
}

/// `aidkiosk locales …`
#[derive(Debug, Subcommand)]
pub enum LocalesCommand {
    /// Every message in every language, placeholders consistent.
    Check,
}

/// Everything a command needs from the data dir.
struct Paths {
    data: PathBuf,
    config: PathBuf,
}

fn paths(cli: &Cli) -> anyhow::Result<Paths> {
    let data = crate::config::data_dir(cli.data_dir.as_deref())
        .ok_or_else(|| anyhow!("no data dir: pass --data-dir or set AIDKIOSK_DATA_DIR"))?;
    let config = cli.config.clone().unwrap_or_else(|| data.join(CONFIG_FILE));
    Ok(Paths { data, config })
}

fn ensure_dir(dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Personal data lives here: only the kiosk's own user may read it.
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    }
    Ok(())
}

/// Creates `dir` (mode 0700) if it does not exist; an existing folder is left as it is (it may
/// be a shared one the coordinator named).
fn private_dir(dir: &Path) -> anyhow::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    ensure_dir(dir)
}

/// The database, created if missing, unless the data dir says it held a site (`site.id`):
/// then a missing or empty database is an error for staff, never a fresh kiosk.
fn open_store(paths: &Paths) -> anyhow::Result<Store> {
    ensure_dir(&paths.data)?;
    let db = paths.data.join(DB_FILE);
    crate::datadir::check_before_open(&paths.data, &db)?;
    let store = Store::open(&db).with_context(|| format!("cannot open {}", db.display()))?;
    crate::datadir::check_site(&paths.data, &db, store.site()?.as_ref())?;
    Ok(store)
}

/// The database, which must exist already (commands other than the kiosk and `init` never
/// create one by mistake in the wrong data dir).
fn existing_store(paths: &Paths) -> anyhow::Result<Store> {
    let db = paths.data.join(DB_FILE);
    crate::datadir::check_before_open(&paths.data, &db)?;
    if !db.exists() {
        bail!("no database at {}: set the kiosk up first", db.display());
    }
    let store = Store::open(&db).with_context(|| format!("cannot open {}", db.display()))?;
    crate::datadir::check_site(&paths.data, &db, store.site()?.as_ref())?;
    Ok(store)
}

/// Runs the parsed command line; the error is printed by `main` as one line.
pub fn main(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Some(Command::Locales {
            command: LocalesCommand::Check,
        }) => locales_check(),
        Some(Command::Init {
            ref site,
            ref admin,
            pin_stdin,
            force_new_site,
        }) => init(&paths(&cli)?, site, admin, pin_stdin, force_new_site),
        Some(Command::Slip {
            command:
                SlipCommand::Render {
                    ref code,
                    format,
                    ref out,
                },
        }) => slip_render(&paths(&cli)?, code, format, out),
        Some(Command::PrintTest { ref fonts }) => print_test(&paths(&cli)?, fonts.as_deref()),
        None | Some(Command::Run) => run(&paths(&cli)?, None, cli.lang.as_deref()),
        Some(Command::Staff {
            command: None,
            ref console,
        }) => run(&paths(&cli)?, Some(console), None),
        Some(Command::Staff {
            command: Some(ref command),
            ..
        }) => staff(&paths(&cli)?, command),
        Some(Command::Report {
            command:
                ReportCommand::Gaps {
                    from,
                    to,
                    format,
                    older_than,
                    ref langs,
                    ref out,
                    network,
                },
        }) => report::gaps(
            &paths(&cli)?,
            &report::GapsArgs {
                from,
                to,
                format,
                older_than,
                langs: langs.clone(),
                network,
                out: out.clone(),
            },
            &mut out::Stdout,
        ),
        Some(Command::Export {
            command:
                ExportCommand::Csv {
                    ref dir,
                    no_bom,
                    ref contact,
                },
        }) => {
            let who = contact.unlock()?;
            let bom = if no_bom {
                export::Bom::Leave
            } else {
                export::Bom::Write
            };
            export::export_csv(
                &paths(&cli)?,
                dir,
                who.as_ref().map(|(w, p)| (w.as_str(), p.as_str())),
                bom,
                Progress::new("export", cli.quiet),
            )
        }
        Some(Command::Export {
            command:
                ExportCommand::Xlsx {
                    ref file,
                    ref contact,
                },
        }) => {
            let who = contact.unlock()?;
            export::export_xlsx(
                &paths(&cli)?,
                file,
                who.as_ref().map(|(w, p)| (w.as_str(), p.as_str())),
                Progress::new("export", cli.quiet),
            )
        }
        Some(Command::Roster { ref out, ref fonts }) => {
            roster::roster(&paths(&cli)?, out.as_deref(), fonts.as_deref())
        }
        Some(Command::Purge { dry_run }) => {
            data::purge(&paths(&cli)?, dry_run, Progress::new("purge", cli.quiet))
        }
        Some(Command::Backup {
            ref file,
            encrypt,
            passphrase_stdin,
            ref passphrase_file,
        }) => data::backup(
            &paths(&cli)?,
            file,
            encrypt,
            &data::Passphrase {
                stdin: passphrase_stdin,
                file: passphrase_file.clone(),
            },
            Progress::new("backup", cli.quiet),
        ),
        Some(Command::Restore {
            ref file,
            new_site,
            passphrase_stdin,
            ref passphrase_file,
        }) => data::restore(
            &paths(&cli)?,
            file,
            &data::Passphrase {
                stdin: passphrase_stdin,
                file: passphrase_file.clone(),
            },
            new_site,
            Progress::new("restore", cli.quiet),
        ),
        Some(Command::Seed {
            entries,
            days,
            seed,
            force,
        }) => data::seed(
            &paths(&cli)?,
            entries,
            days,
            seed,
            force,
            Progress::new("seed", cli.quiet),
        ),
        Some(Command::Event { ref command }) => events::event(&paths(&cli)?, command),
        Some(Command::Network { ref command }) => network::network(&paths(&cli)?, command),
        Some(Command::Doctor {
            print_test,
            ref fonts,
            ref backups,
        }) => doctor::doctor(
            &paths(&cli)?,
            &doctor::DoctorArgs {
                print_test,
                fonts: fonts.clone(),
                backups: backups.clone(),
            },
            &mut out::Stdout,
        ),
    }
}

fn init_logging(data: &Path) -> Option<tracing_appender::non_blocking::WorkerGuard> {
    let dir = data.join("logs");
    std::fs::create_dir_all(&dir).ok()?;
    let appender = tracing_appender::rolling::Builder::new()
        .rotation(tracing_appender::rolling::Rotation::DAILY)
        .filename_prefix("aidkiosk")
        .filename_suffix("log")
        .max_log_files(14)
        .build(&dir)
        .ok()?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    tracing_subscriber::fmt()
        .with_writer(writer)
        .with_ansi(false)
        .try_init()
        .ok()?;
    Some(guard)
}

fn run(paths: &Paths, staff_console: Option<&str>, lang: Option<&str>) -> anyhow::Result<()> {
    let config = Config::load(&paths.config)?;
    if let Some(tag) = lang
        && !crate::i18n::is_shipped(tag)
    {
        bail!(
            "--lang {tag}: no catalog for it (shipped: {})",
            crate::i18n::SHIPPED_ORDER.join(", ")
        );
    }
    let _log = init_logging(&paths.data);
    tracing::info!(data = %paths.data.display(), "kiosk starting");
    // A full or read-only disk, a damaged or missing database or `pepper.key`: the resting
    // screen, not a blank one, until staff fix it.
    let (store, pepper) = runtime::until_open(&config, &I18n::embedded(), || {
        let mut store = open_store(paths)?;
        let pepper = accounts::desk_pepper(paths, &mut store, staff_console.is_some())?;
        Ok((store, pepper))
    })?;
    // What killed runs left: whole copies of the database, half-written slips.
    let slip_dir = crate::print::slip_dir(&config, &paths.data);
    data::sweep_scratch(&paths.data, false);
    crate::print::sweep_partial(&slip_dir);
    if store.site()?.is_some() && !store.has_coordinator()? {
        tracing::warn!("{}", accounts::NO_COORDINATOR);
        eprintln!("aidkiosk: {}", accounts::NO_COORDINATOR);
    }
    let printer = crate::print::from_config(&config, &paths.data);
    let mut kiosk = Kiosk::new_with(
        staff_console,
        &config,
        store,
        Arc::new(I18n::embedded()),
        printer,
        pepper,
        Env::system(),
        0,
    )?;
    kiosk.set_slip_dir(slip_dir);
    kiosk.set_data_dir(paths.data.clone());
    if let Some(tag) = lang {
        kiosk.dispatch(crate::app::Action::StartIn(tag.to_owned()), 0);
    }
    runtime::run_terminal(&mut kiosk)
}

fn locales_check() -> anyhow::Result<()> {
    let reports = catalog_check::check_all();
    let mut failed = false;
    for r in &reports {
        let mark = if r.is_complete() { "ok  " } else { "FAIL" };
        say!("{mark} {:8} {}/{} messages", r.tag, r.present, r.expected);
        for id in &r.missing {
            say!("     missing: {id}");
        }
        for id in &r.extra {
            say!("     unused (not in the reference): {id}");
        }
        for (id, want, got) in &r.placeholders {
            say!("     placeholders of {id}: expected {want:?}, found {got:?}");
        }
        for e in &r.syntax_errors {
            say!("     syntax: {e}");
        }
        failed |= !r.is_complete();
    }
    if failed {
        bail!("some catalogs are incomplete");
    }
    Ok(())
}
