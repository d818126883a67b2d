//! `aidkiosk network create|invite|join|status|remove|sync`: sites of one network, with no
//! server. Files carry the changes (Syncthing, or a USB stick with `sync --dir`); joining is a
//! coordinator's act on each side, after the two fingerprints were compared.

use std::path::PathBuf;

use anyhow::{Context, anyhow, bail};
use chrono::{DateTime, Local, Utc};
use clap::Subcommand;
use ed25519_dalek::SigningKey;

use super::{Paths, existing_store, read_pin};
use crate::config::Config;
use crate::exchange::{self, invite, records::SiteRecord};
use crate::runtime::network;
use crate::store::Store;

/// `aidkiosk network …`
#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// Make this site's network key: a network of one, which other sites can join.
    Create {
        #[command(flatten)]
        who: Coordinator,
    },
    /// Write this site's invitation for another site: a file of one line, and a slip with
    /// its QR (FILE.png; --print sends it to the printer).
    Invite {
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[arg(long)]
        print: bool,
    },
    /// Join another site's invitation (its file, or the text of its QR). Shows the site and
    /// its key's fingerprint; joins once --confirm gives that fingerprint back.
    Join {
        invitation: String,
        /// The fingerprint the other site read out (XXXX-XXXX-XXXX-XXXX).
        #[arg(long, value_name = "FINGERPRINT")]
        confirm: Option<String>,
        #[command(flatten)]
        who: Coordinator,
    },
    /// Each site: its last change here, how far behind, files refused, conflicts.
    Status,
    /// Stop applying a site's files (what came from it stays, marked with its site).
    Remove {
        /// The site's tag (see `network status`).
        site: String,
        #[command(flatten)]
        who: Coordinator,
    },
    /// Write this site's changes and apply the others' once; --dir for a USB stick.
    Sync {
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// The coordinator doing it.
#[derive(Debug, clap::Args)]
pub struct Coordinator {
    /// The coordinator (name or id).
    #[arg(long, value_name = "NAME")]
    staff: Option<String>,
    /// Read their PIN from standard input.
    #[arg(long)]
    pin_stdin: bool,
}

impl Coordinator {
    fn sign_in(&self, paths: &Paths, store: &mut Store, what: &str) -> anyhow::Result<String> {
        let who = self.staff.as_deref().ok_or_else(|| {
            anyhow!("{what} takes a coordinator: give --staff NAME and their PIN with --pin-stdin")
        })?;
        let pin = read_pin(self.pin_stdin)?;
        super::accounts::as_coordinator(
            paths,
            store,
            who,
            &pin,
            &format!("{what} takes a coordinator's name and PIN"),
        )
    }
}

pub fn network(paths: &Paths, command: &NetworkCommand) -> anyhow::Result<()> {
    let config = Config::load(&paths.config)?;
    let mut store = existing_store(paths)?;
    let now = Utc::now();
    let place = (config.slip.place.as_str(), config.slip.hours.as_str());
    match command {
        NetworkCommand::Create { who } => {
            if store.network_key()?.is_some() {
                bail!("this site is in a network already (see `aidkiosk network status`)");
            }
            let staff = who.sign_in(paths, &mut store, "Making the network")?;
            let mut seed = [0u8; 32];
            getrandom::fill(&mut seed).map_err(|e| anyhow!("no randomness: {e}"))?;
            let key = SigningKey::from_bytes(&seed);
            store.create_network(&seed, key.verifying_key().as_bytes(), &staff, now)?;
            store.set_site_place(place.0, place.1)?;
            let root = config.exchange_root(&paths.data);
            let round = network::sync(&mut store, &root, place, now)?;
            say!(
                "This site is a network of one. Its key's fingerprint: {}",
                exchange::fingerprint(&key.verifying_key())
            );
            if let Some((seq, n)) = round.exported {
                say!(
                    "Its first change file ({n} records, number {seq}) is in {}",
                    root.display()
                );
            }
            say!("Next: `aidkiosk network invite`, and give the invitation to the other site.");
        }
        NetworkCommand::Invite { out, print } => {
            let key = signing_key(&store)?;
            let site = store.site()?.ok_or_else(|| anyhow!("not set up"))?;
            let record = SiteRecord {
                name: site.name.clone(),
                place: place.0.to_owned(),
                hours: place.1.to_owned(),
            };
            let text = invite::write(&site.tag, &record, &key);
            let out = out
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("invite-{}.akn", site.tag)));
            write_file(&out, format!("{text}\n").as_bytes())
                .with_context(|| format!("cannot write {}", out.display()))?;
            let fingerprint = exchange::fingerprint(&key.verifying_key());
            let doc = invitation_slip(&site.name, &site.tag, &fingerprint, &text);
            let renderer = crate::print::Renderer::new(config.slip.paper_width_mm);
            let png = out.with_extension("akn.png");
            write_file(&png, &renderer.png(&doc)?)
                .with_context(|| format!("cannot write {}", png.display()))?;
            if *print {
                crate::print::from_config(&config, &paths.data)
                    .print(&doc)
                    .map_err(|e| anyhow!("the invitation did not print: {e}"))?;
            }
            say!(
                "Invitation of {} ({}) written to {}",
                site.name,
                site.tag,
                out.display()
            );
            say!("Its slip, with the QR: {}", png.display());
            say!("Fingerprint to read out to the other site: {fingerprint}");
        }
        NetworkCommand::Join {
            invitation,
            confirm,
            who,
        } => {
            signing_key(&store)?;
            let text = if invitation.trim_start().starts_with("AKN1.") {
                invitation.clone()
            } else {
                std::fs::read_to_string(invitation)
                    .with_context(|| format!("cannot read the invitation {invitation}"))?
            };
            let inv = invite::read(&text)?;
            let fingerprint = exchange::fingerprint(&inv.key);
            say!("Site:        {} ({})", inv.site.name, inv.tag);
            if !inv.site.place.is_empty() {
                say!("Place:       {} {}", inv.site.place, inv.site.hours);
            }
            say!("Fingerprint: {fingerprint}");
            match confirm {
                None => {
                    say!(
                        "Not joined yet. Ask the other site to read out their fingerprint (`aidkiosk network status` there). If it is the same, run this again with --confirm {fingerprint}"
                    );
                    return Ok(());
                }
                Some(c) if !same_fingerprint(c, &fingerprint) => bail!(
                    "the fingerprint given is not this invitation's: do not join, and ask the other site for its invitation again"
                ),
                Some(_) => {}
            }
            let staff = who.sign_in(paths, &mut store, "Joining a site")?;
            store.join_site(&inv.site, &inv.tag, inv.key.as_bytes(), &staff, now)?;
            let root = config.exchange_root(&paths.data);
            std::fs::create_dir_all(root.join(&inv.tag))
                .with_context(|| format!("cannot make {}", root.join(&inv.tag).display()))?;
            let round = network::sync(&mut store, &root, place, now)?;
            say!(
                "Joined {}. Its files are read from {}; {} applied now.",
                inv.site.name,
                root.join(&inv.tag).display(),
                round.applied.len()
            );
            say!("The other site must join this one too, with this site's invitation.");
        }
        NetworkCommand::Status => status(&store, &config, paths, now)?,
        NetworkCommand::Remove { site, who } => {
            let staff = who.sign_in(paths, &mut store, "Removing a site")?;
            if !store.remove_site(site, &staff, now)? {
                bail!("no site {site:?} in this network (see `aidkiosk network status`)");
            }
            say!("{site} removed: its files are no longer applied; what came from it stays.");
        }
        NetworkCommand::Sync { dir } => {
            let root = config.exchange_root(&paths.data);
            let mut round = network::sync(&mut store, &root, place, now)?;
            // A stick: this site's folders and the stick's exchange what either lacks, then
            // what came from the stick is applied.
            if let Some(stick) = dir {
                std::fs::create_dir_all(stick)
                    .with_context(|| format!("cannot use {}", stick.display()))?;
                let (put, took) = network::carry(&store, &root, stick)?;
                say!(
                    "{put} files put on {}, {took} taken from it.",
                    stick.display()
                );
                let again = network::sync(&mut store, &root, place, now)?;
                round.applied.extend(again.applied);
                round.problems = again.problems;
                round.exported = round.exported.or(again.exported);
                if again.exported.is_some() {
                    network::carry(&store, &root, stick)?;
                }
            }
            match round.exported {
                Some((seq, n)) => say!("Wrote change file {seq} ({n} records)."),
                None => say!("Nothing new here to write."),
            }
            for (site, seq, n) in &round.applied {
                say!("Applied {site} file {seq} ({n} records).");
            }
            if round.applied.is_empty() {
                say!("Nothing new from the other sites.");
            }
            for (site, file, why) in &round.problems {
                say!("Not applied: {site} {file}: {why}");
            }
        }
    }
    Ok(())
}

/// This site's signing key, or what to run first.
fn signing_key(store: &Store) -> anyhow::Result<SigningKey> {
    store
        .network_key()?
        .map(|k| SigningKey::from_bytes(&k))
        .ok_or_else(|| {
            anyhow!("this site is not in a network: run `aidkiosk network create` first")
        })
}

/// Fingerprints compared as people type them: case, blanks and dashes aside.
fn same_fingerprint(given: &str, actual: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    norm(given) == norm(actual)
}

/// The printed invitation: what it is, the site, the fingerprint to compare, and the QR.
fn invitation_slip(name: &str, tag: &str, fingerprint: &str, text: &str) -> crate::slip::Document {
    use crate::slip::{Document, Scale, TextAlign};
    let mut doc = Document::new(&format!("invite-{tag}"));
    let ltr = TextAlign::Start(crate::i18n::Direction::Ltr);
    doc.text("Join our aidkiosk network", Scale::Title, true, ltr);
    doc.text(&format!("{name} ({tag})"), Scale::Body, true, ltr);
    doc.rule();
    doc.text("Fingerprint:", Scale::Body, false, ltr);
    doc.text(fingerprint, Scale::Body, true, TextAlign::Center);
    doc.text(
        "At your site: aidkiosk network join, scan this QR, and compare the fingerprint with ours.",
        Scale::Body,
        false,
        ltr,
    );
    doc.qr = Some(text.to_owned());
    doc
}

fn status(store: &Store, config: &Config, paths: &Paths, now: DateTime<Utc>) -> anyhow::Result<()> {
    let sites = store.network_sites()?;
    if store.network_key()?.is_none() {
        say!("This site is not in a network (`aidkiosk network create` makes one).");
        return Ok(());
    }
    say!(
        "Exchange folders: {}",
        config.exchange_root(&paths.data).display()
    );
    for s in &sites {
        let fingerprint = network::verifying_key(s)
            .map(|k| exchange::fingerprint(&k))
            .unwrap_or_default();
        let when = s
            .file_at
            .as_deref()
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.with_timezone(&Utc));
        let last = match when {
            Some(t) => format!(
                "file {} of {}, {} ago",
                s.applied,
                t.with_timezone(&Local).format("%Y-%m-%d %H:%M"),
                behind(now - t)
            ),
            None => "no file yet".to_owned(),
        };
        let who = if s.is_local { " (this site)" } else { "" };
        let gone = if s.removed_at.is_some() {
            " REMOVED"
        } else {
            ""
        };
        say!("{} {}{who}{gone}: {last}", s.tag, s.name);
        say!("      fingerprint {fingerprint}");
        if s.waiting > 0 {
            say!(
                "      {} later files wait for file {}",
                s.waiting,
                s.applied + 1
            );
        }
    }
    for p in store.problems()? {
        let what = match p.kind.as_str() {
            "newer" => "written by a newer aidkiosk: update aidkiosk here",
            "removed" => "from a removed site",
            "unknown" => "a folder of a site not in this network",
            _ => "refused",
        };
        say!("Not applied: {} {} ({what}): {}", p.site, p.file, p.reason);
    }
    for c in store.conflicts()? {
        let at: Vec<String> = c
            .handovers
            .iter()
            .map(|(site, at)| format!("{site} at {at}"))
            .collect();
        say!(
            "Conflict: ticket {} ({}) was handed over twice: {}",
            c.code,
            c.category,
            at.join(", ")
        );
    }
    Ok(())
}

/// "3 min", "2 h", "4 days".
fn behind(d: chrono::Duration) -> String {
    let m = d.num_minutes().max(0);
    match m {
        0..60 => format!("{m} min"),
        60..2880 => format!("{} h", m / 60),
        _ => format!("{} days", m / 1440),
    }
}

/// Writes `path` whole (a scratch file beside it, renamed).
fn write_file(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let scratch = crate::scratch::Scratch::beside(path)?;
    std::fs::write(scratch.path(), bytes)?;
    scratch.persist(path)
}
