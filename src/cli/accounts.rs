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
pub(super) const NO_COORDINATOR: &str = "this site has no active coordinator: nobody can add staff or set PINs at the desk. Add one with `aidkiosk staff add --name NAME --role coordinator --pin-stdin`";

pub(super) fn staff(paths: &Paths, command: &StaffCommand) -> anyhow::Result<()> {
    use crate::store::Role;
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
                println!(
                    "{}  {:<12} {}{active}",
                    printable(&s.id),
                    role,
                    printable(&s.name)
                );
            }
            if store.site()?.is_some() && !store.has_coordinator()? {
                println!("Note: {NO_COORDINATOR}");
            }
        }
        StaffCommand::Add {
            name,
            role,
            pin_stdin,
        } => {
            let pin = read_pin(*pin_stdin)?;
            let pepper = auth::load_or_create_pepper(&paths.data)?;
            let hash = auth::hash_pin(&pin, &pepper)?;
            let role = match role {
                RoleArg::Volunteer => Role::Volunteer,
                RoleArg::Coordinator => Role::Coordinator,
            };
            let id = Env::system().ulid();
            store.add_staff(&id, name, role, &hash, None, now)?;
            println!("Added {} ({id})", printable(name));
        }
        StaffCommand::Disable { who } => {
            let id = find(&store, who)?;
            store.disable_staff(&id, None, now)?;
            println!("Disabled {}", printable(who));
        }
        StaffCommand::SetPin { who, pin_stdin } => {
            let id = find(&store, who)?;
            let pin = read_pin(*pin_stdin)?;
            let pepper = auth::load_or_create_pepper(&paths.data)?;
            store.set_pin(&id, &auth::hash_pin(&pin, &pepper)?, None, now)?;
            println!("New PIN set for {}", printable(who));
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
    let pepper = auth::load_or_create_pepper(&paths.data)?;
    let site = runtime::initialise(&mut store, &mut Env::system(), &pepper, site, admin, pin)?;
    crate::datadir::write_marker(&paths.data, &site).with_context(|| {
        format!(
            "cannot write {}",
            crate::datadir::marker_path(&paths.data).display()
        )
    })?;
    println!(
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
