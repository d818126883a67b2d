//! `aidkiosk init` and `aidkiosk staff add|list|disable|set-pin`: the site and its people.

use std::io::Read;

use anyhow::{Context, bail};

use super::{Paths, RoleArg, StaffCommand, existing_store, open_store, printable};
use crate::auth;
use crate::config::Config;
use crate::runtime::{self, Env};
use crate::store::Store;

pub(super) fn read_pin(pin_stdin: bool) -> anyhow::Result<String> {
    if !pin_stdin {
        bail!("give the PIN on standard input with --pin-stdin");
    }
    let mut pin = String::new();
    std::io::stdin()
        .take(64)
        .read_to_string(&mut pin)
        .context("cannot read the PIN from standard input")?;
    let pin = pin.trim().to_owned();
    if !auth::valid_pin(&pin) {
        bail!("a PIN has 4 to 8 digits");
    }
    Ok(pin)
}

/// What staff are told when a site has no active coordinator (the log, `staff list`).
/// Console name under which wrong PINs at the command line are counted (five lock it).
const CLI_CONSOLE: &str = "shell";

/// Checks that `who` is an active coordinator and `pin` theirs, counted as at a desk (per
/// name, and per console across names), so a PIN cannot be guessed at the command line
/// either. Answers their id; `refused` says what only a coordinator may do.
pub(super) fn as_coordinator(
    paths: &Paths,
    store: &mut Store,
    who: &str,
    pin: &str,
    refused: &str,
) -> anyhow::Result<String> {
    let now = chrono::Utc::now();
    let pepper = auth::load_or_create_pepper(&paths.data)?;
    match auth::sign_in(store, CLI_CONSOLE, who, pin, &pepper, now)? {
        auth::SignIn::Welcome(m) if m.role == crate::domain::Role::Coordinator => Ok(m.id),
        auth::SignIn::Locked { until } => bail!(
            "too many wrong PINs: locked until {}",
            until.with_timezone(&chrono::Local).format("%H:%M")
        ),
        auth::SignIn::Pepper(status) => bail!("{}", status.message()),
        _ => bail!("{refused}"),
    }
}

pub(super) const NO_COORDINATOR: &str = "this site has no active coordinator: nobody can add staff or set PINs at the desk. Add one with `aidkiosk staff add --name NAME --role coordinator --pin-stdin`";

/// The pepper the kiosk or a staff console starts with. A bad `pepper.key` stops it (with what
/// to do); a missing one is made only while no PIN exists. Missing under existing PINs, or not
/// the one they were set with: the visitor kiosk still starts (the desk refuses to unlock and
/// says why), a staff console, which is nothing but the desk, does not.
pub(super) fn desk_pepper(
    paths: &Paths,
    store: &mut Store,
    console_only: bool,
) -> anyhow::Result<Vec<u8>> {
    let pepper = match auth::read_pepper(&paths.data)? {
        Some(pepper) => pepper,
        None if store.staff_count()? == 0 => auth::create_pepper(&paths.data)?,
        // Never a new pepper under old hashes: every right PIN would read "wrong".
        None => Vec::new(),
    };
    // A read-only database still serves visitors: the fingerprint waits for the next start.
    if let Err(e) = auth::note_pepper(store, &pepper, false, chrono::Utc::now()) {
        tracing::warn!(%e, "cannot record the pepper's fingerprint");
    }
    let status = auth::pepper_status(store, &pepper, None)?;
    if status != auth::PepperStatus::Ready {
        if console_only {
            bail!("staff cannot unlock: {}", status.message());
        }
        tracing::error!("staff cannot unlock: {}", status.message());
        eprintln!("aidkiosk: staff cannot unlock: {}", status.message());
    }
    Ok(pepper)
}

/// The pepper a new PIN is hashed with, from the command line (a coordinator's tool). Where
/// the old pepper is lost (missing) or is not the one the PINs were set with, this one (new if
/// need be) is taken from now on and every other PIN is marked stale, so its owner is told to
/// get a new PIN instead of "Wrong PIN"; what happened is printed.
fn pepper_for_new_pin(
    paths: &Paths,
    store: &mut Store,
    for_staff: &str,
) -> anyhow::Result<Vec<u8>> {
    let now = chrono::Utc::now();
    let (pepper, made) = match auth::read_pepper(&paths.data)? {
        Some(pepper) => (pepper, false),
        None => (auth::create_pepper(&paths.data)?, true),
    };
    let status = auth::pepper_status(store, &pepper, None)?;
    let others = store.staff_count()? > i64::from(store.pin_hash(for_staff)?.is_some());
    if made && !others {
        auth::note_pepper(store, &pepper, false, now)?;
    } else if made || status != auth::PepperStatus::Ready {
        let stale = auth::adopt_pepper(store, &pepper, Some(for_staff), now)?;
        let what = if made {
            "pepper.key was missing: a new one was made"
        } else {
            "pepper.key was not the one the PINs were set with: it is the one from now on"
        };
        say!("{what}.");
        if !stale.is_empty() {
            let names: Vec<String> = stale.iter().map(|n| printable(n).into_owned()).collect();
            say!(
                "These staff need a new PIN too (`aidkiosk staff set-pin NAME --pin-stdin`): {}",
                names.join(", ")
            );
        }
    }
    Ok(pepper)
}

pub(super) fn staff(paths: &Paths, command: &StaffCommand) -> anyhow::Result<()> {
    use crate::domain::Role;
    let mut store = existing_store(paths)?;
    let now = chrono::Utc::now();
    let find = |store: &Store, who: &str| -> anyhow::Result<String> {
        let all = store.staff()?;
        let hits: Vec<_> = all
            .iter()
            .filter(|s| s.id == who || s.name.eq_ignore_ascii_case(who))
            .collect();
        match hits.as_slice() {
            [one] => Ok(one.id.clone()),
            [] => bail!("no staff member {:?}", printable(who)),
            _ => {
                bail!(
                    "{:?} names several staff members; use the id from `aidkiosk staff list`",
                    printable(who)
                )
            }
        }
    };
    match command {
        StaffCommand::List => {
            for s in store.staff()? {
                let role = s.role.as_str();
                let active = if s.active { "" } else { "  (disabled)" };
                say!(
                    "{}  {:<12} {}{active}",
                    printable(&s.id),
                    role,
                    printable(&s.name)
                );
            }
            if store.site()?.is_some() && !store.has_coordinator()? {
                say!("Note: {NO_COORDINATOR}");
            }
        }
        StaffCommand::Add {
            name,
            role,
            pin_stdin,
        } => {
            let pin = read_pin(*pin_stdin)?;
            let id = Env::system().ulid();
            let pepper = pepper_for_new_pin(paths, &mut store, &id)?;
            let hash = auth::hash_pin(&pin, &pepper)?;
            let role = match role {
                RoleArg::Volunteer => Role::Volunteer,
                RoleArg::Coordinator => Role::Coordinator,
            };
            store.add_staff(&id, name, role, &hash, None, now)?;
            say!("Added {} ({id})", printable(name));
        }
        StaffCommand::Disable { who } => {
            let id = find(&store, who)?;
            store.disable_staff(&id, None, now)?;
            say!("Disabled {}", printable(who));
        }
        StaffCommand::SetPin { who, pin_stdin } => {
            let id = find(&store, who)?;
            let pin = read_pin(*pin_stdin)?;
            let pepper = pepper_for_new_pin(paths, &mut store, &id)?;
            store.set_pin(&id, &auth::hash_pin(&pin, &pepper)?, None, now)?;
            auth::prune_stale(&mut store, now)?;
            say!("New PIN set for {}", printable(who));
        }
    }
    Ok(())
}

pub(super) fn init(
    paths: &Paths,
    site: &str,
    admin: &str,
    pin_stdin: bool,
    force_new_site: bool,
) -> anyhow::Result<()> {
    if !pin_stdin {
        bail!(
            "give the coordinator's PIN on standard input with --pin-stdin (or start the kiosk to set up on screen)"
        );
    }
    let pin = read_pin(true)?;
    let pin = pin.as_str();
    Config::load(&paths.config)?;
    if force_new_site {
        start_over(paths)?;
    }
    let mut store = open_store(paths)?;
    if let Some(existing) = store.site()? {
        bail!(
            "this kiosk is already set up for site {:?}{}",
            printable(&existing.name),
            if store.has_coordinator()? {
                String::new()
            } else {
                format!(": {NO_COORDINATOR}")
            }
        );
    }
    let pepper = match auth::read_pepper(&paths.data)? {
        Some(pepper) => pepper,
        None => auth::create_pepper(&paths.data)?,
    };
    // A new site's PINs are all set with this pepper.
    auth::adopt_pepper(&mut store, &pepper, None, chrono::Utc::now())?;
    let site = runtime::initialise(&mut store, &mut Env::system(), &pepper, site, admin, pin)?;
    crate::datadir::write_marker(&paths.data, &site).with_context(|| {
        format!(
            "cannot write {}",
            crate::datadir::marker_path(&paths.data).display()
        )
    })?;
    say!(
        "Set up site {:?} (tag {}) with coordinator {:?} in {}",
        printable(&site.name),
        site.tag,
        printable(admin),
        paths.data.display()
    );
    Ok(())
}

/// `init --force-new-site`: forgets the site `site.id` remembers, where its database is gone.
/// A database that still holds a site is never thrown away this way.
fn start_over(paths: &Paths) -> anyhow::Result<()> {
    let db = paths.data.join(crate::config::DB_FILE);
    if std::fs::metadata(&db).is_ok_and(|m| m.len() > 0) {
        let store = Store::open(&db).with_context(|| format!("cannot open {}", db.display()))?;
        if let Some(site) = store.site()? {
            bail!(
                "--force-new-site only starts over where the database is missing or empty; {} holds site {:?}",
                db.display(),
                printable(&site.name)
            );
        }
    }
    crate::datadir::remove_marker(&paths.data)?;
    Ok(())
}
