//! One round of the network (#14): write what changed here into this site's outbox, then
//! apply the other sites' new files in order. Syncthing (or a USB stick) carries the folders;
//! this only reads and writes files. Run by `aidkiosk network sync`, and by the kiosk between
//! visitors.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use ed25519_dalek::{SigningKey, VerifyingKey};

use crate::app::{FoundItem, Lookup};
use crate::exchange::{self, ReadError, folder, records::qr_digest};
use crate::slip::Signer;
use crate::store::{Store, StoreError};

/// What a round did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Round {
    /// This site's new files: (the last sequence, records in all).
    pub exported: Option<(u64, usize)>,
    /// Files applied: (site, sequence, records).
    pub applied: Vec<(String, u64, usize)>,
    /// Files not applied now, and why: (site, file, why).
    pub problems: Vec<(String, String, String)>,
    /// Files are waiting that this round's budget left for the next.
    pub more: bool,
}

/// Most files a round applies when no budget is given (the command line: all of them).
pub const ALL_FILES: usize = usize::MAX;

/// Why a round could not run at all.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("this site is not in a network: run `aidkiosk network create` first")]
    NotInNetwork,
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("the exchange folder {0}: {1}")]
    Folder(PathBuf, std::io::Error),
}

/// The QR digest of this site's ticket codes (see `exchange::records::EntryRecord::qr`).
pub fn qr_of(signer: &Signer) -> impl Fn(&str) -> String + '_ {
    move |code: &str| match crate::domain::SlipCode::parse_canonical(code) {
        Some(c) => qr_digest(&signer.payload(&c)),
        None => String::new(),
    }
}

/// Writes this site's changes into `root/<tag>/` and applies the other sites' files from
/// `root/<their tag>/`.
pub fn sync(
    store: &mut Store,
    root: &Path,
    place: (&str, &str),
    now: DateTime<Utc>,
) -> Result<Round, SyncError> {
    sync_some(store, root, place, ALL_FILES, now)
}

/// [`sync`], applying at most `budget` files of the others: the kiosk takes a few at a time
/// between visitors, so a year of a peer's files never holds a key waiting.
pub fn sync_some(
    store: &mut Store,
    root: &Path,
    place: (&str, &str),
    budget: usize,
    now: DateTime<Utc>,
) -> Result<Round, SyncError> {
    let site = store.site()?.ok_or(StoreError::NotInitialised)?;
    let key = SigningKey::from_bytes(&store.network_key()?.ok_or(SyncError::NotInNetwork)?);
    let signer = Signer::new(&site.tag, &site.secret);
    let mut round = Round::default();
    store.set_site_place(place.0, place.1)?;
    // The others' files first: what applying them changes here (a ticket of ours handed over
    // elsewhere) goes out in this same round.
    import(store, root, &site.tag, budget, now, &mut round)?;
    let files = if budget == ALL_FILES { usize::MAX } else { 1 };
    export(
        store, root, &site.tag, &key, &signer, files, now, &mut round,
    )?;
    Ok(round)
}

#[allow(clippy::too_many_arguments)]
fn export(
    store: &mut Store,
    root: &Path,
    tag: &str,
    key: &SigningKey,
    signer: &Signer,
    files: usize,
    now: DateTime<Utc>,
    round: &mut Round,
) -> Result<(), SyncError> {
    let outbox = root.join(tag);
    let qr = qr_of(signer);
    // Files already in the outbox that the database does not know of (written just before a
    // crash, or the database restored from an older backup) keep their numbers: every number
    // is written once, and the changes go into the next free one.
    let on_disk = folder::scan(&outbox)
        .map_err(|e| SyncError::Folder(outbox.clone(), e))?
        .files
        .keys()
        .next_back()
        .copied()
        .unwrap_or(0);
    if on_disk > 0 {
        store.adopt_outgoing(on_disk, now)?;
    }
    let mut written = 0;
    while written < files {
        let Some(out) = store.outgoing(&qr)? else {
            return Ok(());
        };
        let values: Vec<serde_json::Value> = out.records.iter().map(|r| r.to_value()).collect();
        let bytes = exchange::write(tag, out.seq, now, &values, key);
        match folder::write_whole(&outbox, out.seq, &bytes) {
            Ok(_) => {
                store.exported(&out, bytes.len() as u64, now)?;
                let n = round.exported.map_or(0, |(_, n)| n);
                round.exported = Some((out.seq, n + out.records.len()));
                written += 1;
            }
            Err(folder::WriteError::Taken(path)) => {
                tracing::warn!(path = %path.display(), "a change file of ours not recorded: adopted");
                store.adopt_outgoing(out.seq, now)?;
            }
            Err(folder::WriteError::Io(e)) => return Err(SyncError::Folder(outbox, e)),
        }
    }
    // The budget spent with changes left: the next round writes on.
    round.more |= store.has_changes()?;
    Ok(())
}

fn import(
    store: &mut Store,
    root: &Path,
    local: &str,
    mut budget: usize,
    now: DateTime<Utc>,
    round: &mut Round,
) -> Result<(), SyncError> {
    let sites = store.network_sites()?;
    for site in sites.iter().filter(|s| !s.is_local) {
        let dir = root.join(&site.tag);
        let scan = match folder::scan(&dir) {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(%e, dir = %dir.display(), "cannot read an exchange folder");
                continue;
            }
        };
        let mut noted: Vec<String> = Vec::new();
        let mut note = |store: &Store, file: &str, kind: &str, why: &str| {
            noted.push(file.to_owned());
            if store
                .note_problem(&site.tag, file, kind, why, now)
                .unwrap_or(false)
            {
                tracing::warn!(site = %site.tag, file, why, "exchange file not applied");
            }
            round
                .problems
                .push((site.tag.clone(), file.to_owned(), why.to_owned()));
        };
        for (name, left) in &scan.left {
            if *left == folder::Left::Conflict {
                note(
                    store,
                    name,
                    "refused",
                    "a conflict copy: two machines write this site's folder",
                );
            }
        }
        let applied = store.applied(&site.tag)?;
        let (ready, gap) = folder::next(applied, &scan.files);
        if site.removed_at.is_some() {
            for seq in ready {
                note(
                    store,
                    &exchange::file_name(seq),
                    "removed",
                    "from a site removed from the network",
                );
            }
            store.forget_problems(&site.tag, &noted)?;
            continue;
        }
        let Some(verify) = verifying_key(site) else {
            continue;
        };
        let mut stopped = false;
        for seq in ready {
            if budget == 0 {
                round.more = true;
                stopped = true;
                break;
            }
            budget -= 1;
            let name = exchange::file_name(seq);
            let read = read_file(&scan.files[&seq])
                .and_then(|bytes| exchange::read(&bytes, &site.tag, seq, &verify));
            match read {
                Ok(file) => {
                    let n = store.apply(&site.tag, seq, file.created, file.records, now)?;
                    round.applied.push((site.tag.clone(), seq, n));
                }
                Err(e) => {
                    let kind = if matches!(e, ReadError::Newer(_)) {
                        "newer"
                    } else {
                        "refused"
                    };
                    note(store, &name, kind, &e.to_string());
                    // Files apply in order: the next wait until this one is whole or replaced.
                    stopped = true;
                    break;
                }
            }
        }
        let waiting = match gap {
            Some(g) if !stopped => scan.files.range(g..).count(),
            _ => 0,
        };
        store.note_waiting(&site.tag, waiting as u64)?;
        store.forget_problems(&site.tag, &noted)?;
    }
    // Folders of sites that are not in the network: named, never read.
    if let Ok(dirs) = std::fs::read_dir(root) {
        for d in dirs.flatten() {
            let name = d.file_name().to_string_lossy().into_owned();
            if d.path().is_dir()
                && name != local
                && !name.starts_with('.')
                && !sites.iter().any(|s| s.tag == name)
            {
                let _ = store.note_problem(&name, "", "unknown", "a site not in this network", now);
            }
        }
    }
    Ok(())
}

/// Files of the other sites the kiosk applies in one round between visitors (a day's file of
/// a busy site applies in a few milliseconds; docs/performance.md).
const KIOSK_FILES_PER_ROUND: usize = 8;

impl super::services::Services {
    /// A round of the network when `sync_every_secs` has passed since the last, for a site
    /// in one: this site's changes written, the others' applied. Problems are logged and kept
    /// for the desk; a round that fails is tried again next time.
    pub(super) fn sync_network(&mut self) {
        let wall = (self.env.now)();
        let every =
            chrono::Duration::seconds(i64::try_from(self.config.sync_every_secs).unwrap_or(60));
        if self.last_sync.is_some_and(|t| wall - t < every) {
            return;
        }
        self.last_sync = Some(wall);
        let Some(root) = self
            .data_dir
            .as_deref()
            .map(|d| self.config.exchange_root(d))
            .or_else(|| self.config.exchange_dir.clone().filter(|d| d.is_absolute()))
        else {
            return;
        };
        if !matches!(self.store.network_key(), Ok(Some(_))) {
            return;
        }
        let place = (
            self.config.slip.place.clone(),
            self.config.slip.hours.clone(),
        );
        match sync_some(
            &mut self.store,
            &root,
            (&place.0, &place.1),
            KIOSK_FILES_PER_ROUND,
            wall,
        ) {
            Ok(round) => {
                // More waiting: the next look (seconds away) takes the next few.
                if round.more {
                    self.last_sync = None;
                }
                if round.exported.is_some() || !round.applied.is_empty() {
                    tracing::info!(
                        exported = ?round.exported,
                        applied = round.applied.len(),
                        "network round"
                    );
                }
            }
            Err(e) => tracing::error!(%e, "network round failed"),
        }
    }

    /// A ticket of another site of the network, scanned or typed.
    pub(super) fn elsewhere(&self, input: &str) -> (Lookup, Option<String>) {
        match ticket_elsewhere(&self.store, input) {
            Ok(Some(t)) => {
                let lang = t.items.first().map(|i| i.language.clone());
                let items = t
                    .items
                    .iter()
                    .map(|i| FoundItem {
                        kind: i.kind,
                        category: i.category,
                        status: if i.handed_at.is_empty() {
                            i.status
                        } else {
                            crate::domain::Status::PickedUp
                        },
                        mode: i.mode,
                    })
                    .collect();
                let site = crate::app::OtherSite {
                    name: t.site_name,
                    place: t.place,
                    hours: t.hours,
                };
                (
                    Lookup::Found {
                        code: t.code,
                        items,
                        site: Some(Box::new(site)),
                    },
                    lang,
                )
            }
            Ok(None) => (Lookup::NotFound, None),
            Err(e) => {
                tracing::error!(%e, "network ticket lookup failed");
                (Lookup::NotFound, None)
            }
        }
    }
}

/// Another site's ticket, from its scanned QR or its typed code. A QR must be the one that
/// site printed (its digest is in the site's records), so a forged QR is refused here as at
/// home; a typed code is a bearer code, as at home.
pub fn ticket_elsewhere(
    store: &Store,
    input: &str,
) -> Result<Option<crate::store::NetTicket>, StoreError> {
    let input = input.trim();
    if crate::slip::looks_like_payload(input) {
        let mut parts = input.split('.');
        let (Some(_), Some(tag), Some(code)) = (parts.next(), parts.next(), parts.next()) else {
            return Ok(None);
        };
        let Some(code) = crate::domain::SlipCode::parse_canonical(code) else {
            return Ok(None);
        };
        return Ok(store
            .net_ticket_of(Some(tag), &code)?
            .filter(|t| t.code == code && t.qr == qr_digest(input)));
    }
    match crate::domain::SlipCode::parse(input) {
        Ok(code) => store.net_ticket(&code),
        Err(_) => Ok(None),
    }
}

/// Carries change files between this site's exchange folders and a USB stick's (`network sync
/// --dir`), both ways, for every site of the network: each whole file signed by its site that
/// one side lacks is copied, so a stick going from site to site also passes on the sites it met
/// before. A good file is never overwritten; a bad one (refused, cut short) is replaced by a good
/// one, so a damaged copy on a stick never blocks a site for good. The data dir's folders stay the
/// site's own record; the stick only carries. Answers (files put on the stick, files taken).
pub fn carry(store: &Store, local: &Path, stick: &Path) -> Result<(usize, usize), SyncError> {
    let mut counts = (0, 0);
    for site in store.network_sites()? {
        let Some(key) = verifying_key(&site) else {
            continue;
        };
        let good = |path: &Path, seq: u64| -> Option<Vec<u8>> {
            let bytes = read_file(path).ok()?;
            exchange::read(&bytes, &site.tag, seq, &key).ok()?;
            Some(bytes)
        };
        for (from, to, count) in [
            (local.join(&site.tag), stick.join(&site.tag), &mut counts.0),
            (stick.join(&site.tag), local.join(&site.tag), &mut counts.1),
        ] {
            let have = folder::scan(&to).map_err(|e| SyncError::Folder(to.clone(), e))?;
            let offer = folder::scan(&from).map_err(|e| SyncError::Folder(from.clone(), e))?;
            for (seq, path) in offer.files {
                let there = have.files.get(&seq);
                if there.is_some_and(|p| good(p, seq).is_some()) {
                    continue;
                }
                let Some(bytes) = good(&path, seq) else {
                    continue;
                };
                let done = match there {
                    None => match folder::write_whole(&to, seq, &bytes) {
                        Ok(_) => true,
                        Err(folder::WriteError::Taken(_)) => false,
                        Err(folder::WriteError::Io(e)) => return Err(SyncError::Folder(to, e)),
                    },
                    Some(_) => {
                        folder::replace_whole(&to, seq, &bytes)
                            .map_err(|e| SyncError::Folder(to.clone(), e))?;
                        true
                    }
                };
                *count += usize::from(done);
            }
        }
    }
    Ok(counts)
}

/// A site's verifying key, as the store keeps it (none for a row that holds no valid key).
pub fn verifying_key(site: &crate::store::NetSite) -> Option<VerifyingKey> {
    let bytes = <[u8; 32]>::try_from(site.verify_key.as_slice()).ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

/// A file's bytes, refusing one too large to be a change file.
fn read_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if len > exchange::MAX_BYTES {
        return Err(ReadError::Corrupt("too large".into()));
    }
    std::fs::read(path).map_err(|e| ReadError::Corrupt(e.to_string()))
}
