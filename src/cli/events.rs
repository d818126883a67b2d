//! `aidkiosk event add|list|remove`: gatherings for the visitors' board.

use anyhow::{anyhow, bail};
use chrono::{Local, Utc};

use super::{EventCommand, Paths, existing_store};
use crate::config::Config;
use crate::domain::NewEvent;
use crate::domain::event::{self, EventProblem};
use crate::runtime::Env;

pub fn event(paths: &Paths, command: &EventCommand) -> anyhow::Result<()> {
    let config = Config::load(&paths.config)?;
    let mut store = existing_store(paths)?;
    match command {
        EventCommand::Add {
            starts,
            ends,
            place,
            titles,
        } => {
            let starts_at = event::parse_start(starts).ok_or(EventProblem::Starts)?;
            let ends_at = event::parse_end(ends, starts_at).ok_or(EventProblem::Ends)?;
            event::check_not_over(ends_at, Local::now().naive_local())?;
            let place = event::check_text(place, EventProblem::Place)?;
            let mut parsed: Vec<(String, String)> = Vec::new();
            for t in titles {
                let (tag, title) = t.split_once('=').ok_or_else(|| {
                    anyhow!("--title {t:?}: write it as TAG=TITLE, e.g. en=\"Food distribution\"")
                })?;
                let Some(tag) = crate::i18n::shipped_tag(tag) else {
                    bail!(
                        "--title {t:?}: no language {:?} (shipped: {})",
                        tag.trim(),
                        crate::i18n::SHIPPED_ORDER.join(", ")
                    );
                };
                if parsed.iter().any(|(l, _)| l == tag) {
                    bail!("--title: {tag} is given twice");
                }
                parsed.push((
                    tag.to_owned(),
                    event::check_text(title, EventProblem::Title)?,
                ));
            }
            if !parsed.iter().any(|(l, _)| *l == config.staff_language) {
                bail!(
                    "give a title in the staff language too (--title {}=…): visitors whose language has none see that one",
                    config.staff_language
                );
            }
            let id = Env::system().ulid();
            store.add_event(
                &NewEvent {
                    id: id.clone(),
                    starts: starts_at,
                    ends: ends_at,
                    place,
                    titles: parsed,
                },
                None,
                Utc::now(),
            )?;
            say!("Posted gathering {id}");
        }
        EventCommand::List => {
            let now = Local::now().naive_local();
            let events = store.events_after(now)?;
            if events.is_empty() {
                say!("No upcoming gatherings.");
            }
            for e in events {
                // The end's date only when it is another day.
                let ends = if e.ends.date() == e.starts.date() {
                    e.ends.format("%H:%M")
                } else {
                    e.ends.format("%Y-%m-%d %H:%M")
                };
                say!(
                    "{}  {} to {ends}  {}",
                    e.id,
                    e.starts.format("%Y-%m-%d %H:%M"),
                    super::printable(&e.place)
                );
                for (lang, title) in &e.titles {
                    say!(
                        "    {:8} {}",
                        super::printable(lang),
                        super::printable(title)
                    );
                }
            }
        }
        EventCommand::Remove { id } => {
            // Any part of the id that only one gathering has: no one should type 26 letters.
            let fragment = id.trim().to_ascii_uppercase();
            let ids: Vec<String> = store
                .all_events()?
                .into_iter()
                .map(|e| e.id)
                .filter(|e| fragment.len() >= 4 && e.to_ascii_uppercase().contains(&fragment))
                .collect();
            let id = match ids.as_slice() {
                [one] => one,
                [] if fragment.len() < 4 => {
                    bail!("give at least 4 characters of the id (see `aidkiosk event list`)")
                }
                [] => bail!("no gathering {id:?} to take down (see `aidkiosk event list`)"),
                many => bail!(
                    "{id:?} is part of {} gatherings' ids; give more of it (see `aidkiosk event list`)",
                    many.len()
                ),
            };
            if !store.remove_event(id, None, Utc::now())? {
                bail!("no gathering {id:?} to take down (see `aidkiosk event list`)");
            }
            say!("Took down gathering {id}");
        }
    }
    Ok(())
}
