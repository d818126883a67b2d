//! When the kiosk cannot open its data (a full or read-only disk, a damaged or missing
//! database): instead of a blank screen and a service restarting in a loop, a calm line in
//! every language of the site, the reason for staff under it, and a new try every few seconds.
//! Nothing is written while it waits.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::config::Config;
use crate::i18n::I18n;
use crate::ui::widgets::Ctx;

/// How long between tries.
const RETRY: Duration = Duration::from_secs(10);

/// `open()`, tried until it works. Where there is no terminal to show the wait on (a script,
/// a test), its first error is returned at once.
pub fn until_open<T>(
    config: &Config,
    i18n: &I18n,
    mut open: impl FnMut() -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let first = match open() {
        Ok(t) => return Ok(t),
        Err(e) => e,
    };
    if !std::io::stdout().is_terminal() {
        return Err(first);
    }
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    tracing::error!(error = %format!("{first:#}"), "cannot open the data; waiting");
    eprintln!("aidkiosk: {first:#}; showing the resting screen and trying again every 10 s");
    let mut terminal = ratatui::try_init()
        .map_err(|e| anyhow::anyhow!("{first:#} (and no terminal to say so: {e})"))?;
    let mut reason = format!("{first:#}");
    let mut tried = Instant::now();
    let result = loop {
        if stop.load(Ordering::Relaxed) {
            break Err(first);
        }
        let drawn = terminal.draw(|f| {
            let area = f.area();
            let lines = lines(config, i18n, &reason, area.width);
            f.render_widget(Paragraph::new(lines), area);
        });
        if let Err(e) = drawn {
            break Err(anyhow::anyhow!("{first:#} (and the terminal failed: {e})"));
        }
        // Keys are read and dropped: nothing to do here but wait.
        if crossterm::event::poll(Duration::from_millis(250)).unwrap_or(false) {
            let _ = crossterm::event::read();
        }
        if tried.elapsed() >= RETRY {
            tried = Instant::now();
            match open() {
                Ok(t) => {
                    tracing::info!("the data opened; starting");
                    break Ok(t);
                }
                Err(e) => {
                    let now = format!("{e:#}");
                    if now != reason {
                        tracing::error!(error = %now, "still cannot open the data");
                        reason = now;
                    }
                }
            }
        }
    };
    ratatui::restore();
    result
}

/// The resting screen: the site, "please ask a volunteer" in each language of the site, each
/// in its own direction, then the reason and the fix for staff.
fn lines(config: &Config, i18n: &I18n, reason: &str, width: u16) -> Vec<Line<'static>> {
    let staff = Ctx::new(i18n, &config.staff_language, config.bidi);
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let mut lines = Vec::new();
    if let Some(site) = &config.site {
        lines.extend([staff.line(site, bold, width), Line::default()]);
    }
    // One line each, so thirteen languages and the reason fit on 24 rows.
    for lang in &config.languages {
        let ctx = Ctx::new(i18n, lang, config.bidi);
        lines.extend(ctx.block(&[(ctx.t("kiosk-resting"), bold)], width));
    }
    lines.push(Line::default());
    let fix = format!("{reason}. Staff: `aidkiosk doctor` says what to do.");
    let quiet = Style::default().add_modifier(Modifier::DIM);
    lines.extend(staff.block(&[(fix, quiet)], width));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_of_the_site_is_asked_to_find_a_volunteer() {
        let config = Config {
            languages: vec!["en".into(), "ar".into(), "zh-Hans".into()],
            site: Some("Hall".into()),
            ..Config::default()
        };
        let i18n = I18n::embedded();
        let text: Vec<String> = lines(&config, &i18n, "database or disk is full", 80)
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect();
        let all = text.join("\n");
        assert!(all.contains("Please ask a volunteer"), "{all}");
        assert!(all.contains("database or disk is full"), "{all}");
        assert!(all.contains("aidkiosk doctor"), "{all}");
        assert!(text.len() >= 6, "{all}");
    }
}
