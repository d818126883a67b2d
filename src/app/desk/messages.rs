//! What passes between the desk and the runtime: notices shown after an action, the effects
//! the desk asks for, and the actions that come back.

use super::*;

/// The result of the last action, shown on the desk until the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    PickedUp(SlipCode),
    AlreadyPicked {
        code: SlipCode,
        at: DateTime<Utc>,
        by: String,
    },
    /// Not a step this entry can take now (an offer cannot be handed over …).
    NotNow(SlipCode, Status),
    /// Only the volunteer who did it, or a coordinator, can undo it.
    NotYours,
    /// A mistake can be undone the same day only.
    TooLate,
    /// What was brought in has been handed out since.
    StockGone,
    Undone(SlipCode),
    Closed(SlipCode),
    Connected(SlipCode),
    Finished(SlipCode),
    RefusedSignature,
    RefusedSite(String),
    RefusedFormat,
    NotFound(String),
    /// A search found nothing.
    NothingFound(String),
    DroppedOff {
        item: String,
        quantity: i64,
    },
    /// Brought in and set aside for the need with this code (ready for it now).
    SetAside {
        item: String,
        quantity: i64,
        for_need: SlipCode,
    },
    HandedOut {
        item: String,
        left: i64,
    },
    NoneLeft(String),
    Counted {
        item: String,
        quantity: i64,
    },
    Proposed,
    /// Proposed to another site's offer: that site's name (its desk confirms).
    ProposedElsewhere(String),
    /// Either side already has a proposal or is no longer open.
    ProposeFailed,
    /// Confirmed; what happens next depends on what met the need.
    Confirmed(Confirmation),
    ConfirmFailed,
    /// Not confirmed: the stock set aside for it is no longer on the shelf.
    ShortOfStock {
        item: String,
        have: i64,
        want: i64,
    },
    Cancelled,
    /// Handed over, put in touch or cancelled already.
    CancelFailed,
    /// Sent to the printer again; its outcome follows.
    Reprinted(SlipCode),
    /// A slip came out of the printer.
    Printed(SlipCode),
    /// A slip did not print, and why.
    PrintFailed(SlipCode, String),
    /// A need or an offer entered at the desk, its slip printing.
    Entered(SlipCode),
    StaffAdded(String),
    StaffDisabled(String),
    StaffEnabled(String),
    LockCleared(String),
    /// An account of that name exists already.
    NameTaken(String),
    /// The last active coordinator cannot be disabled.
    LastCoordinator(String),
    PinSet(String),
    /// The old PIN given to change one's own was wrong.
    OldPinWrong,
    /// A gathering was posted (its title in the staff language).
    EventPosted(String),
    EventRemoved(String),
    /// PINs cannot be checked or set with this machine's pepper.
    Pepper(PepperProblem),
    /// A member card was printed (or not): its code.
    CardPrinted(SlipCode, bool),
    /// A card scanned or typed at the desk that is replaced, forged or unknown.
    CardRefused,
    /// An exchange recorded: its hours; `debt` when the receiver is now past the soft limit.
    Exchanged {
        quarters: crate::domain::member::Quarters,
        debt: bool,
    },
    /// A transfer reversed.
    Reversed,
    /// A correction cannot be reversed, nor a transfer twice.
    CannotReverse,
    /// A statement sent to the printer (and whether it printed).
    StatementPrinted(bool),
    /// Another site's ticket handed over here: its code, and that site's name.
    HandedElsewhere(SlipCode, String),
    /// Another site's ticket that was already handed over (somewhere in the network).
    ElsewhereAlready(SlipCode),
    /// A conflict of the network marked sorted out.
    ConflictResolved(String),
    /// Not for this role, or not for yourself.
    NotAllowed,
    Error,
}

impl Notice {
    /// What a refused or done step says, for `code`.
    pub fn of(code: SlipCode, outcome: Pickup, done: Notice) -> Notice {
        match outcome {
            Pickup::Done => done,
            Pickup::Already { at, by } => Notice::AlreadyPicked { code, at, by },
            Pickup::NotFound => Notice::NotFound(code.display()),
            Pickup::NotNow(status) => Notice::NotNow(code, status),
            Pickup::NotYours => Notice::NotYours,
            Pickup::TooLate => Notice::TooLate,
            Pickup::StockGone => Notice::StockGone,
        }
    }
}

/// What the desk asks the runtime to do. Steps on an entry carry its code; who asked is the
/// volunteer signed in, which the runtime adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskEffect {
    /// Whether any account exists (the sign-in says so when none does).
    LoadStaff,
    Unlock {
        console: String,
        name: String,
        pin: String,
    },
    Refresh {
        filter: QueueFilter,
        /// Whose list to load: only the tab showing (the counts always).
        tab: Tab,
        /// Count the gap report too (the report tab is showing).
        report: bool,
        /// And the network's figures, a column per site (the Gaps tab shows the network).
        network: bool,
    },
    /// Whether another process wrote since the last look; answered with `Changed` if so.
    CheckChanges,
    /// A scanned payload or a typed code; `typed` says which (a typed one is not signed).
    Lookup {
        input: String,
    },
    /// An entry chosen from a list (not typed: its hand-over needs no check).
    Open {
        code: SlipCode,
    },
    /// Hands over thing `entry_id` of another site's ticket here (this site's record).
    HandOverElsewhere {
        site: String,
        site_name: String,
        entry_id: String,
        code: SlipCode,
    },
    /// Marks a conflict of the network sorted out.
    ResolveConflict {
        entry_site: String,
        entry_id: String,
        code: String,
    },
    /// A ticket of several things again, after one of them was handed over.
    OpenTicket {
        code: SlipCode,
        typed: bool,
    },
    /// Codes, names or phone numbers holding this text.
    Search {
        text: String,
    },
    Pickup {
        code: SlipCode,
    },
    Connect {
        code: SlipCode,
    },
    Finish {
        code: SlipCode,
    },
    Undo {
        code: SlipCode,
    },
    Close {
        code: SlipCode,
        reason: CloseReason,
    },
    LoadNeeds {
        category: Category,
    },
    LoadCandidates {
        need: Box<EntryView>,
    },
    Propose {
        need_id: String,
        with: Box<Candidate>,
        quantity: i64,
    },
    Confirm {
        match_id: String,
        kind: Confirmation,
    },
    Cancel {
        match_id: String,
    },
    DropOff {
        category: Category,
        item: String,
        quantity: i64,
        offer: Option<SlipCode>,
    },
    HandOut {
        inventory_id: String,
    },
    Count {
        inventory_id: String,
        quantity: i64,
    },
    Reprint {
        code: SlipCode,
    },
    /// Print a slip (run as the kiosk's own `Effect::Print`).
    PrintSlip {
        code: SlipCode,
    },
    /// Save an entry for someone not at the kiosk, in their language, and print its slip.
    Enter {
        draft: Draft,
        lang: String,
    },
    AddStaff {
        name: String,
        role: Role,
        pin: String,
    },
    SetPin {
        staff_id: String,
        pin: String,
    },
    /// Change one's own PIN, the old one first.
    ChangeOwnPin {
        old: String,
        new: String,
    },
    DisableStaff {
        staff_id: String,
    },
    EnableStaff {
        staff_id: String,
    },
    ClearLock {
        staff_id: String,
    },
    PostEvent {
        starts: chrono::NaiveDateTime,
        ends: chrono::NaiveDateTime,
        place: String,
        titles: Vec<(String, String)>,
    },
    RemoveEvent {
        id: String,
        title: String,
    },
    Lock {
        staff_id: String,
    },
    /// A member from the Members tab; answer `Member(Opened)`.
    OpenMember {
        id: String,
    },
    /// A member card scanned or its code typed on the scan line.
    OpenCard {
        input: String,
    },
    /// A member card made at the desk, printed; answer `Member(Opened)`.
    NewMember {
        nickname: String,
        household: Option<u8>,
        language: String,
    },
    /// A lost card: revoke it, print a new one.
    ReplaceCard {
        member_id: String,
    },
    /// An exchange of hours between two cards (typed or scanned; empty: the site); answer
    /// `Member(Opened)` for the giver (or receiver), or `Member(Refused)`.
    RecordExchange {
        provider: String,
        receiver: String,
        quarters: crate::domain::member::Quarters,
        category: Category,
        need: String,
        offer: String,
    },
    /// A correction: a transfer reversed.
    ReverseTransfer {
        member_id: String,
        transfer_id: String,
    },
    /// A member's statement, printed in their language.
    PrintStatement {
        member_id: String,
    },
    /// A member card just made, printed in its member's language.
    PrintCard {
        code: SlipCode,
    },
}

/// What a key or a finished effect means at the desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskAction {
    /// A key, by what it does here (see [`keymap`]).
    Key(DeskKey),
    // Results of effects:
    /// Whether any account exists.
    StaffLoaded(bool),
    Unlocked(Result<StaffMember, UnlockMessage>),
    Refreshed(Box<Data>),
    /// Another process wrote to the database.
    Changed,
    /// An entry found by a scan (`typed` false) or a typed code.
    Found {
        entry: Result<Box<EntryView>, Notice>,
        typed: bool,
    },
    /// A ticket of several things (the scanned or typed code is its printed one).
    Ticket {
        code: SlipCode,
        list: Vec<EntryView>,
        typed: bool,
    },
    Searched(String, Vec<EntryView>),
    /// Two people put in touch: their contacts.
    Connected(Box<Connection>),
    NeedsLoaded(Category, Vec<EntryView>),
    CandidatesLoaded(Vec<Candidate>),
    Done(Notice),
    /// A member opened, changed or refused.
    Member(MemberAction),
    /// Another site's ticket, scanned or typed.
    Elsewhere(Box<ElsewherePanel>),
}
