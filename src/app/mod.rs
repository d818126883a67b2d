//! The kiosk's state machine: `update(&mut State, Action, now) -> Vec<Effect>`. No I/O here:
//! the runtime runs the effects (database, printer) and answers with new actions.

pub mod desk;
pub mod input;
pub mod keymap;
mod setup;
mod state;
pub mod text;
mod update;
mod visit;

pub use input::Key;
pub use setup::{SetupError, SetupField, SetupForm};
pub use state::*;
pub use update::update;
pub use visit::can_add;

use crate::domain::{BoardRow, Category, Draft, EventInfo, Kind, SlipCode, Status};

/// What a key, a tick or a finished effect means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// A digit key: picks the numbered choice.
    Digit(u8),
    /// A printable character (text fields, scanned payloads).
    Char(char),
    /// Enter.
    Confirm,
    /// Esc, or Backspace where nothing is being typed.
    Back,
    /// An edit of the text being typed (Backspace, Delete, ←→, Home, End).
    Edit(text::Edit),
    Up,
    Down,
    /// Any other key (on the welcome screen and during the countdown).
    AnyKey,
    /// Time passes.
    Tick,
    /// The entry was saved (or not).
    Saved(Result<Issued, SaveFailure>),
    /// A print job finished: `error` says why it did not print, in the printer's words.
    Printed {
        code: SlipCode,
        error: Option<String>,
    },
    /// A slip lookup finished.
    /// What a lookup found, and the language the slip was given in.
    Looked(Lookup, Option<String>),
    /// First-run set-up finished: the site name, or why not.
    SetUp(Result<String, String>),
    /// F2: open the staff desk.
    OpenDesk,
    /// F1 (and `?` or `0` on a menu): read the screen aloud.
    Speak,
    /// The board's counts arrived.
    BoardLoaded(Vec<BoardRow>),
    /// The upcoming gatherings arrived.
    EventsLoaded(Vec<EventInfo>),
    /// A gathering's slip printed (or not).
    EventPrinted {
        id: String,
        ok: bool,
    },
    /// A key or a result for the staff desk.
    Desk(desk::DeskAction),
    /// `--lang TAG`: straight to Home in that language, once, from the welcome screen.
    StartIn(String),
    /// A member card asked for at the end of visit `ticket` was made (`card`) and printed, or
    /// not.
    CardPrinted {
        ticket: SlipCode,
        card: Option<SlipCode>,
        ok: bool,
    },
}

/// A slip just issued by the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issued {
    pub code: SlipCode,
    pub payload: String,
}

/// Saving failed; the details are in the log, the draft is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SaveFailure;

/// What a slip lookup found: the printed code and every thing on its ticket. A forged or
/// foreign payload is simply not found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Found {
        code: SlipCode,
        items: Vec<FoundItem>,
        /// Printed at another site of the network: which, and where it is.
        site: Option<Box<OtherSite>>,
    },
    /// A member card that works: its member and their hours.
    Card(Box<crate::domain::member::MemberView>),
    /// A member card that was replaced (reported lost), or whose signature does not match.
    CardRefused,
    NotFound,
}

/// Another site of the network, as a visitor is told of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherSite {
    pub name: String,
    pub place: String,
    pub hours: String,
}

/// One thing on a ticket looked up: enough to say what happens next for it, nothing personal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundItem {
    pub kind: Kind,
    pub category: Category,
    pub status: Status,
    pub mode: crate::domain::Mode,
}

/// Work for the runtime.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Save the visit's entries (one or more) on one slip, as `member`'s visit when a card
    /// began it; answer with `Saved`.
    Save {
        drafts: Vec<Draft>,
        lang: String,
        member: Option<String>,
    },
    /// Make a member card for the visitor of ticket `ticket` (its entries become theirs) and
    /// print it in `lang`; answer with `CardPrinted`.
    IssueCard {
        ticket: SlipCode,
        lang: String,
        household: Option<u8>,
    },
    /// Print the slip; answer with `Printed` (runs off the UI thread).
    Print { code: SlipCode },
    /// Look a typed code or scanned payload up; answer with `Looked`.
    Lookup { input: String },
    /// Create the site and its first coordinator; answer with `SetUp`.
    SetUp {
        site: String,
        admin: String,
        pin: String,
    },
    /// Work for the staff desk; answered with `Action::Desk`.
    Desk(desk::DeskEffect),
    /// Read the current screen aloud (the runtime builds the words from the state).
    Speak,
    /// Count open needs and offers by category; answer with `BoardLoaded`.
    LoadBoard,
    /// Upcoming gatherings with titles in `lang`; answer with `EventsLoaded`.
    LoadEvents { lang: String },
    /// Print a gathering's slip in `lang`; answer with `EventPrinted`.
    PrintEvent { id: String, lang: String },
    /// Note a print attempt of a slip in the database (no answer).
    RecordPrint {
        code: SlipCode,
        error: Option<String>,
    },
    /// Empty the write-ahead log and run the daily lifecycle if it is due (no answer).
    Housekeeping,
    /// A round of the network (write this site's changes, apply the others'), when one is
    /// due (no answer).
    Sync,
    /// Print member card `code` for the desk; answered by the print thread.
    PrintCard { code: SlipCode },
    /// Print a member's statement for the desk; answered by the print thread.
    PrintStatement { member_id: String },
    /// A card made at the kiosk did not print: the member it made goes again (no answer).
    ForgetCard { card: SlipCode },
}
