//! The life of an entry, as a state machine: each kind and path has its own steps, so an offer
//! is never "picked up" and a ride never sits on a shelf.
//!
//! ```text
//! need, goods:    open → matched (an offer is coming) → ready (set aside) → picked (handed over)
//!                 open → ready (stock set aside)        open → picked (handed over from stock)
//! need, service:  open → matched → connected → done
//! offer, goods:   open → matched → received (set aside for its need) → done (need handed over)
//!                 open → received (a donation, into stock)
//! offer, service: open → matched → connected → done
//! any of them:    → closed (with a reason), before its end
//! ```
//!
//! A mistake is put right by an undo, which goes one step back (a hand-over, a drop-off); a
//! match cancelled takes both sides back to where they were before it.

use super::{Category, Kind, Status};

/// How an entry is fulfilled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Path {
    /// Things: they are brought in, set aside, handed over.
    Goods,
    /// Time and skills: the two people are put in touch.
    Service,
}

/// The categories a site treats as services unless its config says otherwise.
pub const SERVICES: &[Category] = &[
    Category::Transport,
    Category::Childcare,
    Category::Skills,
    Category::LanguageTech,
    Category::Companionship,
];

/// The path of an entry of `category`, where `services` are the site's service categories.
pub fn path(category: Category, services: &[Category]) -> Path {
    if services.contains(&category) {
        Path::Service
    } else {
        Path::Goods
    }
}

/// What happens to an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Matched with an entry of the other kind that has not come in.
    Match,
    /// A need matched with stock already here (set aside for it).
    MatchStock,
    /// The offer of its match was brought in (for a need), or it was brought in (an offer).
    Receive,
    /// Handed over to the person who needed it.
    HandOver,
    /// Its need was handed over (an offer brought in for it is done).
    NeedHandedOver,
    /// A service: staff put the two people in touch.
    Connect,
    /// A service happened.
    Finish,
    /// The match was cancelled.
    Unmatch,
    /// A hand-over or a drop-off made by mistake is taken back.
    Undo,
    /// Closed before its end.
    Close,
}

/// Where `step` takes an entry of `kind` on `path` that is `now`, or `None` if the step is not
/// one it can take (handing over an offer, receiving a service, …).
pub fn next(kind: Kind, path: Path, now: Status, step: Step) -> Option<Status> {
    use Kind::{Need, Offer};
    use Path::{Goods, Service};
    use Status as S;
    use Step::*;
    Some(match (kind, path, now, step) {
        (_, _, S::Closed | S::Done, _) => return None,
        (_, _, S::PickedUp, Undo) => S::Ready,
        (_, _, S::PickedUp, _) => return None,
        (_, _, _, Close) => S::Closed,
        (_, _, S::Open, Match) => S::Matched,
        (_, _, S::Matched, Unmatch) => S::Open,

        (Need, Goods, S::Open, MatchStock) => S::Ready,
        (Need, Goods, S::Matched, Receive) => S::Ready,
        (Need, Goods, S::Ready, Unmatch) => S::Open,
        (Need, Goods, S::Open | S::Matched | S::Ready, HandOver) => S::PickedUp,

        (Offer, Goods, S::Open | S::Matched, Receive) => S::Received,
        (Offer, Goods, S::Received, NeedHandedOver) => S::Done,
        // A received offer whose match goes stays received: its goods become free stock.
        (Offer, Goods, S::Received, Unmatch) => S::Received,
        (Offer, Goods, S::Received, Undo) => S::Open,

        (_, Service, S::Matched, Connect) => S::Connected,
        (_, Service, S::Connected, Finish) => S::Done,
        (_, Service, S::Connected, Undo) => S::Matched,
        _ => return None,
    })
}

/// The step Enter takes at the desk for an entry of `kind` on `path` that is `status`: hand a
/// need over, bring an offer in, put two people in touch, mark a service done.
pub fn main_step(kind: Kind, path: Path, status: Status) -> Option<Step> {
    [Step::HandOver, Step::Receive, Step::Connect, Step::Finish]
        .into_iter()
        .find(|s| {
            // Receiving a need happens when its offer is brought in, not at its own slip.
            !(kind == Kind::Need && *s == Step::Receive) && next(kind, path, status, *s).is_some()
        })
}

/// Whether an entry that is `status` still waits for something to be done.
pub fn is_active(status: Status) -> bool {
    matches!(
        status,
        Status::Open | Status::Matched | Status::Ready | Status::Received | Status::Connected
    )
}

/// What the person holding the slip should do or expect next: what "Check my slip", the
/// slip screen and the printed slip say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// A need logged: a volunteer looks for what meets it.
    NeedWaiting,
    /// An offer logged: a volunteer looks for who needs it.
    OfferWaiting,
    /// A need matched with goods on their way.
    NeedComing,
    /// Someone needs what was offered: bring it here.
    BringIt,
    /// Someone needs what was offered: a volunteer comes for it.
    WeCollect,
    /// Ready: come and pick it up.
    PickUp,
    /// Ready: it will be brought to them.
    WeDeliver,
    /// A volunteer will call.
    WeCall,
    /// A service matched: a volunteer will put them in touch.
    InTouchSoon,
    /// They were put in touch.
    InTouch,
    /// A need handed over.
    HandedOver,
    /// An offer brought in.
    Received,
    /// Finished.
    Done,
    Closed,
}

impl NextStep {
    /// What comes next for an entry.
    pub fn of(kind: Kind, path: Path, status: Status, mode: super::Mode) -> NextStep {
        use super::Mode;
        use NextStep::*;
        match (kind, path, status) {
            (_, _, Status::Closed) => Closed,
            (_, _, Status::Done) => Done,
            (_, _, Status::Connected) => InTouch,
            (_, Path::Service, Status::Matched) => InTouchSoon,
            (Kind::Need, _, Status::PickedUp) => HandedOver,
            (Kind::Offer, _, Status::Received | Status::PickedUp) => Received,
            (Kind::Need, _, Status::Ready) => match mode {
                Mode::Pickup => PickUp,
                Mode::Delivery => WeDeliver,
                Mode::Call => WeCall,
            },
            (Kind::Need, _, Status::Matched) => NeedComing,
            (Kind::Offer, _, Status::Matched) => match mode {
                Mode::Pickup => BringIt,
                Mode::Delivery => WeCollect,
                Mode::Call => WeCall,
            },
            (_, _, _) if mode == Mode::Call => WeCall,
            (Kind::Need, _, _) => NeedWaiting,
            (Kind::Offer, _, _) => OfferWaiting,
        }
    }

    /// Its words in the catalogs.
    pub fn msg_id(self) -> &'static str {
        use NextStep::*;
        match self {
            NeedWaiting => "next-need-waiting",
            OfferWaiting => "next-offer-waiting",
            NeedComing => "next-need-coming",
            BringIt => "next-bring-it",
            WeCollect => "next-we-collect",
            PickUp => "next-pick-up",
            WeDeliver => "next-we-deliver",
            WeCall => "next-we-call",
            InTouchSoon => "next-in-touch-soon",
            InTouch => "next-in-touch",
            HandedOver => "next-handed-over",
            Received => "next-received",
            Done => "next-done",
            Closed => "next-closed",
        }
    }

    /// Every next step (for the catalog test).
    pub const ALL: [NextStep; 14] = [
        NextStep::NeedWaiting,
        NextStep::OfferWaiting,
        NextStep::NeedComing,
        NextStep::BringIt,
        NextStep::WeCollect,
        NextStep::PickUp,
        NextStep::WeDeliver,
        NextStep::WeCall,
        NextStep::InTouchSoon,
        NextStep::InTouch,
        NextStep::HandedOver,
        NextStep::Received,
        NextStep::Done,
        NextStep::Closed,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status as S;
    use Step::*;

    #[test]
    fn a_goods_need_goes_matched_ready_handed_over() {
        let n = |s, step| next(Kind::Need, Path::Goods, s, step);
        assert_eq!(n(S::Open, Match), Some(S::Matched));
        assert_eq!(n(S::Matched, Receive), Some(S::Ready));
        assert_eq!(n(S::Ready, HandOver), Some(S::PickedUp));
        assert_eq!(n(S::PickedUp, HandOver), None, "once");
        assert_eq!(n(S::PickedUp, Undo), Some(S::Ready));
        assert_eq!(n(S::Open, MatchStock), Some(S::Ready));
        assert_eq!(n(S::Open, Connect), None, "goods are not connected");
    }

    #[test]
    fn an_offer_is_brought_in_never_handed_over() {
        let o = |s, step| next(Kind::Offer, Path::Goods, s, step);
        assert_eq!(o(S::Open, HandOver), None);
        assert_eq!(o(S::Matched, Receive), Some(S::Received));
        assert_eq!(o(S::Received, NeedHandedOver), Some(S::Done));
        assert_eq!(o(S::Received, Undo), Some(S::Open));
    }

    #[test]
    fn a_service_is_connected_never_received() {
        for kind in [Kind::Need, Kind::Offer] {
            let s = |now, step| next(kind, Path::Service, now, step);
            assert_eq!(s(S::Matched, Receive), None);
            assert_eq!(s(S::Matched, HandOver), None);
            assert_eq!(s(S::Matched, Connect), Some(S::Connected));
            assert_eq!(s(S::Connected, Finish), Some(S::Done));
            assert_eq!(s(S::Done, Close), None);
        }
    }

    #[test]
    fn the_next_step_fits_the_kind_and_the_mode() {
        use crate::domain::Mode;
        let of = NextStep::of;
        assert_eq!(
            of(Kind::Offer, Path::Goods, S::Matched, Mode::Pickup),
            NextStep::BringIt
        );
        assert_eq!(
            of(Kind::Need, Path::Goods, S::Ready, Mode::Call),
            NextStep::WeCall
        );
        assert_eq!(
            of(Kind::Offer, Path::Goods, S::Received, Mode::Pickup),
            NextStep::Received
        );
        assert_eq!(
            of(Kind::Need, Path::Service, S::Matched, Mode::Pickup),
            NextStep::InTouchSoon
        );
    }
}
