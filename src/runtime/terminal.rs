//! The kiosk on a real terminal: signals, input on its own thread, the draw loop, a clean exit.
//!
//! Input is read on a thread of its own, so nothing the keyboard or a scanner sends can stop
//! the loop: a half escape sequence (Alt+[ is ESC [) leaves that thread waiting for the rest,
//! while the loop goes on drawing, ticking and wiping an idle visit. The loop never asks the
//! terminal where its cursor is (the answer could be mixed with typed keys and time out).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::Kiosk;
use super::services::Reply;
use crate::app::{Action, Key};
use crate::ui;

/// Keys waiting to be handled beyond which more are dropped (a 1 MB paste, a stuck key): a
/// scanned payload is under 40, a person types a few a second.
pub const MAX_PENDING_KEYS: usize = 4096;
/// Longest the loop handles keys before it draws again.
const FRAME_BUDGET: Duration = Duration::from_millis(8);
/// How often the loop wakes with nothing to do (the idle clock, greetings, polling).
const TICK: Duration = Duration::from_millis(100);

/// The kiosk's key for a terminal key, or `None` to ignore it. Ctrl, Alt and Super
/// combinations mean nothing: a kiosk must not be escaped from its keyboard.
pub fn key_from(key: KeyEvent) -> Option<Key> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SUPER)
    {
        return None;
    }
    Some(match key.code {
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Delete => Key::Delete,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::F(n) => Key::F(n),
        _ => return None,
    })
}

/// Reads the terminal until it goes away or the kiosk stops, dropping keys beyond
/// [`MAX_PENDING_KEYS`].
fn read_input(tx: Sender<Reply>, pending: Arc<AtomicUsize>, stop: Arc<AtomicBool>) {
    let mut dropped: u64 = 0;
    while !stop.load(Ordering::Relaxed) {
        let event = match event::read() {
            Ok(e) => e,
            Err(e) => {
                tracing::warn!(%e, "the terminal's input ended");
                return;
            }
        };
        let input = match event {
            Event::Key(k) => match key_from(k) {
                Some(k) => Reply::Key(k),
                None => continue,
            },
            Event::Resize(..) => Reply::Resized,
            _ => continue,
        };
        if matches!(input, Reply::Key(_)) {
            if pending.load(Ordering::Relaxed) >= MAX_PENDING_KEYS {
                dropped += 1;
                if dropped.is_power_of_two() {
                    tracing::warn!(dropped, "keys arrive faster than a person types; dropped");
                }
                continue;
            }
            pending.fetch_add(1, Ordering::Relaxed);
        }
        if tx.send(input).is_err() {
            return;
        }
    }
}

/// What a frame depends on: the state, but of the clock only what is drawn from it (the
/// greeting showing, the countdown's seconds).
#[derive(PartialEq)]
struct Shown {
    state: crate::app::State,
    greeting: usize,
    countdown: Option<u64>,
}

impl Shown {
    fn of(state: &crate::app::State) -> Shown {
        let mut state = state.clone();
        let (greeting, countdown) = (state.greeting(), state.countdown());
        state.clock = 0;
        Shown {
            state,
            greeting,
            countdown,
        }
    }
}

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
    // Should the loop be stuck when told to stop, leave anyway after 2 s: systemd restarts
    // the kiosk, and a process spinning on a dead terminal helps nobody.
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
    let pending = Arc::new(AtomicUsize::new(0));
    kiosk.pending_keys = Some(Arc::clone(&pending));
    {
        let (tx, pending, stop) = (kiosk.input(), Arc::clone(&pending), Arc::clone(&stop));
        std::thread::Builder::new()
            .name("input".into())
            .spawn(move || read_input(tx, pending, stop))?;
    }
    let start = Instant::now();
    let clock = || u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
    let mut last_view = String::new();
    let mut drawn: Option<Shown> = None;
    let result = (|| -> anyhow::Result<()> {
        while !stop.load(Ordering::Relaxed) {
            // Keys and the worker's answers as they come, for at most a frame's budget.
            let resized = kiosk.pump(TICK, FRAME_BUDGET, &clock);
            kiosk.dispatch(Action::Tick, clock());
            // A new screen is drawn whole: should a terminal's idea of a character's width
            // differ from ours (emoji, Persian joiners), nothing of the last visitor's screen
            // can linger in cells the diff thinks unchanged. Resizing to the terminal's size
            // clears without asking the terminal where its cursor is.
            let view = kiosk.state.view_id();
            if view != last_view || resized {
                let size = terminal.size()?;
                terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
                last_view = view;
                drawn = None;
            }
            // Draw only what changed: an idle kiosk writes nothing to its terminal.
            let now_shown = Shown::of(&kiosk.state);
            if drawn.as_ref() != Some(&now_shown) {
                terminal.draw(|frame| ui::render(&kiosk.state, &kiosk.i18n, frame))?;
                drawn = Some(now_shown);
            }
        }
        Ok(())
    })();
    ratatui::restore();
    result
}
