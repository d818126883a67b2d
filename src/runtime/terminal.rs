//! The kiosk on a real terminal: signals, the draw loop, keys in bursts, a clean exit.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};

use super::Kiosk;
use crate::app::Action;
use crate::ui;

/// Most keys read between two draws (a scanned payload is under 40).
const MAX_BURST: usize = 512;

/// Runs the kiosk in the terminal until SIGTERM or SIGHUP. Ctrl+C, Ctrl+Z and Ctrl+\ do
/// nothing: raw mode turns them into keys the keymap ignores, and the signals themselves are
/// caught and dropped.
pub fn run_terminal(kiosk: &mut Kiosk) -> anyhow::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let ignored = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
        signal_hook::consts::SIGTSTP,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&ignored))?;
    }
    // A panic is logged, then ratatui's hook (installed next, around this one) restores the
    // terminal; the process exits non-zero and the service restarts the kiosk.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        tracing::error!(%info, "kiosk panicked");
        previous(info);
    }));
    // Should the loop be stuck in the terminal when told to stop, leave anyway after 2 s:
    // systemd restarts the kiosk, and a process spinning on a dead terminal helps nobody.
    let watchdog = Arc::clone(&stop);
    std::thread::Builder::new()
        .name("watchdog".into())
        .spawn(move || {
            while !watchdog.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(100));
            }
            std::thread::sleep(Duration::from_secs(2));
            tracing::warn!("the terminal did not let go in 2 s; exiting");
            std::process::exit(0);
        })?;
    let mut terminal = ratatui::try_init()
        .map_err(|e| anyhow::anyhow!("the kiosk needs a terminal to draw on: {e}"))?;
    let start = Instant::now();
    let clock = || u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
    let mut last_view = String::new();
    let result = (|| -> anyhow::Result<()> {
        while !stop.load(Ordering::Relaxed) {
            kiosk.drain(clock());
            kiosk.poll(clock());
            kiosk.housekeeping(clock());
            kiosk.dispatch(Action::Tick, clock());
            // A new screen is drawn whole: should a terminal's idea of a character's width
            // differ from ours (emoji, Persian joiners), nothing of the last visitor's screen
            // can linger in cells the diff thinks unchanged.
            let view = kiosk.state.view_id();
            if view != last_view {
                terminal.clear()?;
                last_view = view;
            }
            terminal.draw(|frame| ui::render(&kiosk.state, &kiosk.i18n, frame))?;
            // A hung-up terminal makes crossterm's `read` spin on end-of-file for ever; the
            // SIGHUP that comes with it has set `stop` by the time `poll` wakes.
            if event::poll(Duration::from_millis(200))? && !stop.load(Ordering::Relaxed) {
                // Read a whole scanner burst before drawing again, but never without end: a
                // terminal that has hung up can report input forever, and the stop flag (set
                // by SIGHUP or SIGTERM) must still be seen.
                for _ in 0..MAX_BURST {
                    if let Event::Key(key) = event::read()? {
                        kiosk.key(key, clock());
                    }
                    if stop.load(Ordering::Relaxed) || !event::poll(Duration::ZERO)? {
                        break;
                    }
                }
            }
        }
        Ok(())
    })();
    ratatui::restore();
    result
}
