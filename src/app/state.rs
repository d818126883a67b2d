//! What the kiosk is showing and what has been typed. Each screen owns its data, so no screen
//! can exist without what it needs (no review without a draft, no visit without a language).

use super::setup::SetupForm;
use super::text::{Accept, TextField};
use crate::config::{BidiMode, Config, ThemeName};
use crate::domain::limits;
use crate::domain::member::MemberView;
use crate::domain::{BoardRow, Category, Draft, EventInfo, Kind, SlipCode};

/// Milliseconds on the runtime's monotonic clock (injected; `update` never reads a clock).
pub type Millis = u64;

/// Length of the visible "are you still there?" countdown.
pub const COUNTDOWN_MS: Millis = 15_000;
/// How long each greeting shows on the welcome screen.
pub const GREETING_MS: Millis = 3_000;
/// How often housekeeping looks whether the daily lifecycle (expire, purge) is due, and how
/// long after start it first looks (so a restart is not slowed by it).
pub const HOUSEKEEPING_EVERY_MS: Millis = 10 * 60 * 1000;
/// How often the welcome screen offers the runtime a round of the network; the runtime runs
/// one when `sync_every_secs` has passed and the site is in a network.
pub const SYNC_EVERY_MS: Millis = 10 * 1000;

/// Site-wide settings the screens need, fixed while the kiosk runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub site_name: String,
    pub languages: Vec<String>,
    pub staff_language: String,
    pub categories: Vec<Category>,
    /// Categories of time and skills, connected rather than handed over.
    pub services: Vec<Category>,
    pub idle_timeout_ms: Millis,
    /// An open desk locks itself after this long without a key.
    pub desk_idle_lock_ms: Millis,
    pub retention_days: u32,
    pub bidi: BidiMode,
    /// This is `aidkiosk staff`: the desk locks when left, and there are no visitor screens.
    pub staff_console: bool,
    pub theme: ThemeName,
    /// Show a picture beside each category.
    pub symbols: bool,
    /// Languages that can be read aloud; empty when speech is off or not installed (then `?`
    /// and `0` do nothing, as before there was speech).
    pub spoken: Vec<String>,
    /// Speech works at all on this machine.
    pub speech: bool,
    /// The time bank's soft limit (config `debt_limit_hours`).
    pub debt_limit_hours: u32,
}

impl Settings {
    /// Settings from the config and the site name in the database.
    pub fn from_config(config: &Config, site_name: Option<&str>) -> Settings {
        Settings {
            site_name: site_name
                .map(str::to_owned)
                .or_else(|| config.site.clone())
                .unwrap_or_default(),
            languages: config.languages.clone(),
            staff_language: config.staff_language.clone(),
            categories: config.categories.clone(),
            services: config.matching.services.clone(),
            idle_timeout_ms: config.idle_timeout_secs.saturating_mul(1000),
            desk_idle_lock_ms: config.desk_idle_lock_secs.saturating_mul(1000),
            retention_days: config.retention_days,
            bidi: config.bidi,
            staff_console: false,
            theme: config.theme,
            symbols: config.symbols,
            spoken: Vec::new(),
            speech: false,
            debt_limit_hours: config.debt_limit_hours,
        }
    }
}

/// The whole kiosk state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub settings: Settings,
    pub screen: Screen,
    /// The runtime's clock at the last action.
    pub clock: Millis,
    /// When the visitor last pressed a key.
    pub last_input: Millis,
    /// A scanned payload being typed in by a barcode scanner on a menu screen.
    pub scan: String,
    /// When housekeeping next looks whether the daily lifecycle is due.
    pub next_housekeeping: Millis,
    /// When the welcome screen next asks for a round of the network (#14).
    pub next_sync: Millis,
    /// How the last print went (the desk shows it).
    pub printer: Option<PrinterNote>,
    /// A member whose visit went back to the language menu (to choose another language): the
    /// visit they start next is still theirs.
    pub member: Option<Box<MemberView>>,
}

/// The last print job's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterNote {
    pub code: SlipCode,
    /// Why it did not print; none if it did.
    pub error: Option<String>,
    /// When (runtime clock).
    pub at: Millis,
}

/// Which screen is showing, with its data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// First run: no coordinator yet.
    Setup(SetupForm),
    Welcome,
    Language(Menu),
    /// A visitor who has chosen a language.
    Visit(Visit),
    /// The staff desk (F2 on the kiosk, or `aidkiosk staff`).
    Desk(super::desk::Desk),
}

/// A visitor's session; dropped whole when they leave or go idle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    pub lang: String,
    pub step: Step,
    /// Whether "reading aloud is not available in this language" has been shown.
    pub speech_note: SpeechNote,
    /// The answers of a draft left by going back to the categories, kept for the category
    /// picked next (only the idle wipe or the end of the visit drops them).
    pub kept: Option<Draft>,
    /// The things already reviewed for this visit's ticket ("add something else"), in order;
    /// the draft in hand is the last.
    pub basket: Vec<Draft>,
    /// The member whose card started this visit: their household size fills the count, and
    /// the visit is counted as theirs. Nothing of it is shown but their hours.
    pub member: Option<Box<MemberView>>,
}

impl Visit {
    /// A visit in `lang` at `step`.
    pub fn new(lang: &str, step: Step) -> Visit {
        Visit {
            lang: lang.to_owned(),
            step,
            speech_note: SpeechNote::NotYet,
            kept: None,
            basket: Vec::new(),
            member: None,
        }
    }
}

/// The "cannot read aloud in this language" message is shown once a visit, until the next key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeechNote {
    NotYet,
    Showing,
    Shown,
}

/// Where the visitor is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Home(Menu),
    Category {
        kind: Kind,
        menu: Menu,
    },
    Details(Details),
    Review(Draft),
    Saving(Draft),
    SaveFailed(Draft),
    Slip(SlipView),
    Check(CheckView),
    /// What is needed now: open needs and offers by category, nothing personal.
    Board(BoardView),
    /// Gatherings staff posted.
    Events(EventsView),
}

/// The "what is needed now" board.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BoardView {
    pub menu: Menu,
    /// `None` until the counts arrive.
    pub rows: Option<Vec<BoardRow>>,
}

impl BoardView {
    /// The row where needs most outnumber offers, if any need is open at all.
    pub fn largest_gap(&self) -> Option<BoardRow> {
        self.rows
            .as_ref()?
            .iter()
            .filter(|r| r.needs > r.offers)
            .max_by_key(|r| (r.needs - r.offers, std::cmp::Reverse(r.category)))
            .copied()
    }
}

/// The gatherings list, and one gathering opened to read and print.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventsView {
    pub menu: Menu,
    /// `None` until they arrive.
    pub events: Option<Vec<EventInfo>>,
    /// The gathering shown in full.
    pub open: Option<usize>,
    /// How printing the opened gathering went.
    pub print: Option<PrintStatus>,
}

/// The choices on Home, in order (its digit is index + 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeChoice {
    Need,
    Offer,
    Check,
    Board,
    Events,
}

impl HomeChoice {
    /// Every choice, in screen order.
    pub const ALL: [HomeChoice; 5] = [
        HomeChoice::Need,
        HomeChoice::Offer,
        HomeChoice::Check,
        HomeChoice::Board,
        HomeChoice::Events,
    ];

    /// Its label in the catalogs.
    pub fn msg_id(self) -> &'static str {
        match self {
            HomeChoice::Need => "home-need",
            HomeChoice::Offer => "home-offer",
            HomeChoice::Check => "home-check",
            HomeChoice::Board => "home-board",
            HomeChoice::Events => "home-events",
        }
    }

    /// Home with the cursor on this choice (where Back from its screen returns).
    pub fn menu(self) -> Menu {
        let cursor = Self::ALL.iter().position(|c| *c == self).unwrap_or(0);
        Menu {
            cursor,
            ..Menu::default()
        }
    }
}

/// Cursor and page of a numbered menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Menu {
    pub cursor: usize,
    pub page: usize,
    /// The first digit of a two-digit choice (the language menu numbers up to
    /// [`LANGUAGES_AT_ONCE`]): "1" waits [`SECOND_DIGIT_MS`] for a "3" before it picks 1.
    pub typed: Option<u8>,
}

/// The language menu shows this many languages at once, numbered 1 to this, before it pages.
pub const LANGUAGES_AT_ONCE: usize = 19;
/// How long a first digit waits for a second one on the language menu.
pub const SECOND_DIGIT_MS: Millis = 1_500;

/// Items per page of a numbered menu when the list is longer than 9: digits 1–8 pick and 9
/// shows the next page, so every choice is one or two keys.
pub const PAGE: usize = 8;

impl Menu {
    /// (first index, count) of the items on the current page of `len` items.
    pub fn page_range(&self, len: usize) -> (usize, usize) {
        if len <= 9 {
            return (0, len);
        }
        let start = (self.page * PAGE).min(len.saturating_sub(1) / PAGE * PAGE);
        (start, (len - start).min(PAGE))
    }

    /// Number of pages of `len` items.
    pub fn pages(len: usize) -> usize {
        if len <= 9 { 1 } else { len.div_ceil(PAGE) }
    }
}

/// The details form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Details {
    pub draft: Draft,
    pub edit: Option<Editing>,
    /// Shown above the form until the next key.
    pub notice: Option<Notice>,
}

impl Details {
    /// The form for `draft`, nothing being changed.
    pub fn new(draft: Draft) -> Details {
        Details {
            draft,
            edit: None,
            notice: None,
        }
    }

    /// Whether an answer is being typed.
    pub fn editing_text(&self) -> bool {
        matches!(self.edit, Some(Editing::Text { .. }))
    }
}

pub use crate::domain::Field;

/// An answer being changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Editing {
    /// Typed text (quantity, note, name, phone).
    Text { field: Field, input: TextField },
    /// A pick from a short list (urgency, mode).
    Choice(Field),
}

impl Field {
    /// The text field that types this answer (empty), or `None` for a choice.
    pub fn input(self) -> Option<TextField> {
        Some(match self {
            Field::Quantity => TextField::new(Accept::Digits, limits::QUANTITY_DIGITS),
            Field::Detail => TextField::new(Accept::Text, limits::DETAIL),
            Field::Name => TextField::new(Accept::Text, limits::NAME),
            Field::Phone => TextField::new(Accept::Phone, limits::PHONE),
            Field::Urgency | Field::Mode => return None,
        })
    }
}

/// A calm message on the details form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// "Call me" or delivery with no number to reach them.
    PhoneNeeded(crate::domain::PhoneWanted),
    BadNumber,
}

/// The slip just issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlipView {
    pub code: SlipCode,
    pub payload: String,
    /// How many things the ticket holds (the screen says so when there are several).
    pub things: usize,
    pub print: PrintStatus,
    /// Print attempts so far.
    pub attempts: u8,
    /// When the print status last changed.
    pub since: Millis,
    /// When the slip was first shown: it goes at a fixed time after, keys or not, so the next
    /// person to walk up never finds it (with its code) still on screen.
    pub shown: Millis,
    /// Whether a member card is offered, printing or printed.
    pub card: CardOffer,
    /// The household size the visit counted, which a card taken now remembers.
    pub household: Option<u8>,
}

/// A member card at the end of a visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardOffer {
    /// "1 Take a member card for next time".
    Offered,
    /// The visit began with a card: nothing to offer.
    Member,
    Printing,
    Printed,
    Failed,
}

/// How long a printed slip stays on screen.
pub const SLIP_SHOWN_MS: Millis = 45_000;
/// How long it stays when it did not print: time to copy the code by hand.
pub const SLIP_SHOWN_UNPRINTED_MS: Millis = 120_000;

impl SlipView {
    /// When the slip screen goes back to Welcome.
    pub fn ends(&self) -> Millis {
        // A card still printing keeps the screen until it says how that went (a printer's
        // own timeout ends a stall well before the longer wait).
        let card_printing = self.card == CardOffer::Printing;
        self.shown
            + match self.print {
                PrintStatus::Done | PrintStatus::Pending if !card_printing => SLIP_SHOWN_MS,
                _ => SLIP_SHOWN_UNPRINTED_MS,
            }
    }
}

/// Print attempts the kiosk makes on its own while the slip is on screen.
pub const PRINT_TRIES: u8 = 3;
/// Wait between them.
pub const PRINT_RETRY_MS: Millis = 10_000;

/// How printing the slip went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintStatus {
    Pending,
    Done,
    Failed,
}

/// The "check my slip" screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckView {
    pub input: TextField,
    pub result: CheckState,
    /// Scanned before the visitor chose a language: the answer comes in the slip's.
    pub follow_slip: bool,
    /// Scanned, not typed: a member card scanned opens Home for its member at once.
    pub scanned: bool,
}

impl CheckView {
    /// The check screen with `input` typed (or scanned), in `result`.
    pub fn new(input: &str, result: CheckState) -> CheckView {
        CheckView {
            input: TextField::new(Accept::Code, limits::SCAN).with_text(input),
            result,
            follow_slip: false,
            scanned: false,
        }
    }
}

/// What the check screen shows under the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckState {
    Typing,
    Searching,
    Shown(super::Lookup),
}

impl State {
    /// A kiosk that opens on set-up (`needs_setup`) or on the welcome screen.
    pub fn new(settings: Settings, needs_setup: bool, now: Millis) -> State {
        let screen = if settings.staff_console {
            Screen::Desk(super::desk::Desk::locked("staff"))
        } else if needs_setup {
            Screen::Setup(SetupForm::new(&settings.site_name))
        } else {
            Screen::Welcome
        };
        State {
            settings,
            screen,
            clock: now,
            last_input: now,
            scan: String::new(),
            next_housekeeping: now + 60_000,
            next_sync: now + 5_000,
            printer: None,
            member: None,
        }
    }

    /// The language screens are shown in: the visitor's; on the welcome screen the greeting's
    /// (so "any key: start" changes with it); else the first offered.
    pub fn lang(&self) -> &str {
        match &self.screen {
            Screen::Visit(v) => &v.lang,
            Screen::Setup(_) | Screen::Desk(_) => &self.settings.staff_language,
            Screen::Welcome => self
                .settings
                .languages
                .get(self.greeting())
                .map_or(self.first_lang(), String::as_str),
            Screen::Language(_) => self.first_lang(),
        }
    }

    /// The language whose "choose your language" shows on the language menu: it cycles
    /// through the site's languages, as the welcome greeting does.
    pub fn prompt_lang(&self) -> &str {
        self.settings
            .languages
            .get(self.greeting())
            .map_or(self.first_lang(), String::as_str)
    }

    /// The site's first language (its most common one).
    pub fn first_lang(&self) -> &str {
        self.settings
            .languages
            .first()
            .map_or(crate::i18n::REFERENCE, String::as_str)
    }

    /// Seconds left on the idle countdown, when it is showing.
    pub fn countdown(&self) -> Option<u64> {
        let idle_screen = match &self.screen {
            Screen::Welcome => true,
            // A locked staff console has nothing to wipe.
            Screen::Desk(d) => {
                self.settings.staff_console && matches!(d.phase, super::desk::Phase::Locked(_))
            }
            _ => false,
        };
        if idle_screen {
            return None;
        }
        let idle = self.clock.saturating_sub(self.last_input);
        let start = match &self.screen {
            Screen::Desk(_) => self.settings.desk_idle_lock_ms,
            _ => self.settings.idle_timeout_ms,
        };
        (idle >= start).then(|| (start + COUNTDOWN_MS).saturating_sub(idle).div_ceil(1000))
    }

    /// What the screen shows, as a name: it changes when the screen does (a new step, page or
    /// question) but not when the cursor moves or a letter is typed. Speech stops when it
    /// changes.
    pub fn view_id(&self) -> String {
        if self.countdown().is_some() {
            return "countdown".into();
        }
        match &self.screen {
            Screen::Setup(_) => "setup".into(),
            Screen::Welcome => "welcome".into(),
            Screen::Language(menu) => format!("language/{}", menu.page),
            Screen::Desk(_) => "desk".into(),
            Screen::Visit(v) => {
                let step = match &v.step {
                    Step::Home(_) => "home".to_owned(),
                    Step::Category { kind, menu } => format!("category/{kind:?}/{}", menu.page),
                    Step::Details(d) => match &d.edit {
                        None => "details".into(),
                        Some(Editing::Choice(f)) => format!("details/{f:?}"),
                        Some(Editing::Text { field, .. }) => format!("details/{field:?}"),
                    },
                    Step::Review(_) => "review".into(),
                    Step::Saving(_) => "saving".into(),
                    Step::SaveFailed(_) => "save-failed".into(),
                    Step::Slip(s) => format!("slip/{}", s.code),
                    Step::Check(c) => match c.result {
                        CheckState::Shown(_) => "check/shown".into(),
                        _ => "check".into(),
                    },
                    Step::Board(b) => format!("board/{}/{}", b.rows.is_some(), b.menu.page),
                    Step::Events(e) => match e.open {
                        Some(i) => format!("event/{i}"),
                        None => format!("events/{}/{}", e.events.is_some(), e.menu.page),
                    },
                };
                format!("{}/{step}", v.lang)
            }
        }
    }

    /// The signed-in volunteer's id, when the desk is open.
    pub fn desk_staff_id(&self) -> Option<&str> {
        match &self.screen {
            Screen::Desk(super::desk::Desk {
                phase: super::desk::Phase::Open(s),
                ..
            }) => Some(&s.staff.id),
            _ => None,
        }
    }

    /// Index of the greeting showing on the welcome screen.
    pub fn greeting(&self) -> usize {
        let n = self.settings.languages.len().max(1) as u64;
        usize::try_from((self.clock / GREETING_MS) % n).unwrap_or(0)
    }
}
