//! The desk's member effects: cards made, replaced and looked up, exchanges of hours recorded
//! and reversed, statements printed.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::services::{By, Reply, Services, spawn_print};
use crate::app::Action;
use crate::app::desk::{
    DeskAction, DeskEffect, ExchangeProblem, MemberAction, MemberPanel, Notice,
};
use crate::domain::member::{Account, CardCheck, LedgerError, MemberView, NewTransfer, Quarters};
use crate::domain::{Kind, SlipCode};
use crate::slip::{PayloadError, looks_like_card};
use crate::store::{NewMember, StoreError};

/// Statement lines a panel shows and a statement prints at most.
const STATEMENT_MAX: i64 = 200;

/// A card scanned, or a code typed, as the kiosk and the desk both resolve it.
pub(super) enum Card {
    Member(MemberView),
    /// Forged, of another site, or replaced (each audited), or a scanned card not here.
    Refused,
    /// A typed code that is no card (it may be nothing at all).
    Unknown,
}

impl Services {
    /// Whether scan-line text is a member card: its payload, or a typed code that is a card's
    /// (a slip's code wins: both live in one code space, and the store keeps them apart).
    pub(super) fn is_card(&self, input: &str) -> Result<bool, StoreError> {
        if looks_like_card(input) {
            return Ok(true);
        }
        let Ok(code) = SlipCode::parse(input) else {
            return Ok(false);
        };
        Ok(self.store.ticket_entries(&code)?.is_empty()
            && self.store.check_card(&code)? != CardCheck::NotFound)
    }

    /// A card scanned or typed on the scan line: its member, or "refused" (logged).
    pub(super) fn open_card(
        &mut self,
        input: &str,
        staff: &str,
        now: DateTime<Utc>,
    ) -> Result<DeskAction, StoreError> {
        Ok(match self.resolve_card(input, Some(staff), now)? {
            Card::Member(m) => self.opened(m, None, None)?,
            Card::Refused | Card::Unknown => DeskAction::Done(Notice::CardRefused),
        })
    }

    /// What a scanned card or a typed code is, for the kiosk (`staff` none) and the desk
    /// alike: its member (seen now, for retention), refused (audited), or unknown.
    pub(super) fn resolve_card(
        &mut self,
        input: &str,
        staff: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Card, StoreError> {
        let scanned = looks_like_card(input);
        let code = if scanned {
            let Some(signer) = self.signer() else {
                return Ok(Card::Refused);
            };
            match signer.verify_card(input) {
                Ok(code) => code,
                Err(e) => {
                    let shown: String = input.chars().take(64).collect();
                    let why = match e {
                        PayloadError::OtherSite(site) => format!("card of site {site}"),
                        e => e.to_string(),
                    };
                    self.store
                        .audit(staff, "card_refused", Some(&shown), Some(&why), now)?;
                    return Ok(Card::Refused);
                }
            }
        } else {
            match SlipCode::parse(input) {
                Ok(code) => code,
                Err(_) => return Ok(Card::Unknown),
            }
        };
        Ok(match self.store.check_card(&code)? {
            CardCheck::Valid(m) => {
                // A card shown, at the kiosk or the desk, is a sign of life.
                self.store.member_seen(&m.id, now)?;
                Card::Member(m)
            }
            CardCheck::Revoked => {
                self.store.audit(
                    staff,
                    "card_refused",
                    Some(code.as_str()),
                    Some("replaced"),
                    now,
                )?;
                Card::Refused
            }
            // Signed by this site yet not here: refused, so the visitor asks a volunteer.
            CardCheck::NotFound if scanned => Card::Refused,
            CardCheck::NotFound => Card::Unknown,
        })
    }

    /// The panel of `m`, with `notice`, and a card to print.
    fn opened(
        &self,
        m: MemberView,
        notice: Option<Notice>,
        print: Option<SlipCode>,
    ) -> Result<DeskAction, StoreError> {
        let statement = self.store.statement(&m.id, STATEMENT_MAX)?;
        Ok(DeskAction::Member(MemberAction::Opened {
            panel: Box::new(MemberPanel {
                member: m,
                statement,
                cursor: 0,
            }),
            notice,
            print,
        }))
    }

    fn opened_id(&self, id: &str, notice: Option<Notice>) -> Result<DeskAction, StoreError> {
        self.opened_printing(id, notice, None)
    }

    fn opened_printing(
        &self,
        id: &str,
        notice: Option<Notice>,
        print: Option<SlipCode>,
    ) -> Result<DeskAction, StoreError> {
        match self.store.member(id)? {
            Some(m) => self.opened(m, notice, print),
            None => Ok(DeskAction::Done(Notice::Error)),
        }
    }

    /// Runs one member effect; `None` when the answer comes later from a print thread.
    pub(super) fn member_effect(
        &mut self,
        effect: DeskEffect,
        by: &By,
        now: DateTime<Utc>,
    ) -> Result<Option<DeskAction>, StoreError> {
        let staff = by.as_ref().map(|s| s.id.clone());
        let staff_id = staff.as_deref();
        Ok(Some(match effect {
            DeskEffect::OpenMember { id } => self.opened_id(&id, None)?,
            DeskEffect::OpenCard { input } => {
                self.open_card(&input, staff_id.unwrap_or_default(), now)?
            }
            DeskEffect::NewMember {
                nickname,
                household,
                language,
            } => {
                let member = NewMember {
                    id: self.env.ulid(),
                    nickname,
                    language,
                    household,
                };
                let env = &mut self.env;
                let mut next = || SlipCode::from_random(env.bytes::<5>());
                let code = self
                    .store
                    .new_member(&member, &mut next, None, staff_id, now)?;
                self.opened_printing(&member.id, None, Some(code))?
            }
            DeskEffect::ReplaceCard { member_id } => {
                let env = &mut self.env;
                let mut next = || SlipCode::from_random(env.bytes::<5>());
                let code = self
                    .store
                    .replace_card(&member_id, &mut next, staff_id, now)?;
                self.opened_printing(&member_id, None, Some(code))?
            }
            DeskEffect::RecordExchange {
                provider,
                receiver,
                quarters,
                category,
                need,
                offer,
            } => self.record_exchange(
                [&provider, &receiver],
                quarters,
                category,
                [&need, &offer],
                staff_id,
                now,
            )?,
            DeskEffect::ReverseTransfer {
                member_id,
                transfer_id,
            } => {
                let id = self.env.ulid();
                match self
                    .store
                    .reverse_transfer(&transfer_id, &id, staff_id, now)
                {
                    Ok(()) => self.opened_id(&member_id, Some(Notice::Reversed))?,
                    Err(StoreError::Ledger(
                        LedgerError::ReversalOfReversal | LedgerError::AlreadyReversed,
                    )) => DeskAction::Done(Notice::CannotReverse),
                    Err(e) => return Err(e),
                }
            }
            _ => return Ok(None),
        }))
    }

    /// Resolves both cards (an empty field is the site's account) and the need and offer,
    /// then records the transfer.
    fn record_exchange(
        &mut self,
        [provider, receiver]: [&str; 2],
        quarters: Quarters,
        category: crate::domain::Category,
        [need, offer]: [&str; 2],
        staff_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<DeskAction, StoreError> {
        let refused = |p| Ok(DeskAction::Member(MemberAction::Refused(p)));
        let staff = staff_id.unwrap_or_default();
        let mut accounts = Vec::new();
        for (text, problem) in [
            (provider, ExchangeProblem::Provider),
            (receiver, ExchangeProblem::Receiver),
        ] {
            accounts.push(match text.trim() {
                "" => (Account::Site, None),
                t => match self.resolve_card(t, Some(staff), now)? {
                    Card::Member(m) => (Account::Member(m.id.clone()), Some(m)),
                    Card::Refused | Card::Unknown => return refused(problem),
                },
            });
        }
        let (receiver, receiver_member) = accounts.pop().unwrap_or((Account::Site, None));
        let (provider, provider_member) = accounts.pop().unwrap_or((Account::Site, None));
        if provider == receiver {
            return refused(ExchangeProblem::Same);
        }
        let mut linked = [None, None];
        for (i, (text, kind, problem)) in [
            (need, Kind::Need, ExchangeProblem::Need),
            (offer, Kind::Offer, ExchangeProblem::Offer),
        ]
        .into_iter()
        .enumerate()
        {
            if text.trim().is_empty() {
                continue;
            }
            // A ticket scanned (its signature checked) or its code typed.
            let code = if crate::domain::looks_like_payload(text) {
                self.signer().and_then(|s| s.verify(text).ok())
            } else {
                SlipCode::parse(text).ok()
            };
            let Some(code) = code else {
                return refused(problem);
            };
            // On a ticket of several things, the one of this exchange's category first.
            let things = self.store.ticket_entries(&code)?;
            let found = things
                .iter()
                .find(|e| e.kind == kind && e.category == category)
                .or_else(|| things.iter().find(|e| e.kind == kind));
            match found {
                Some(e) => linked[i] = Some(e.id.clone()),
                None => return refused(problem),
            }
        }
        let [need, offer] = linked;
        let transfer = NewTransfer {
            id: self.env.ulid(),
            provider,
            receiver,
            quarters,
            category,
            need,
            offer,
            staff_id: staff_id.map(str::to_owned),
            at: now,
        };
        match self.store.record_transfer(&transfer) {
            Ok(()) => {}
            Err(StoreError::Ledger(LedgerError::Hours)) => {
                return refused(ExchangeProblem::Hours);
            }
            Err(StoreError::Ledger(LedgerError::SameAccount)) => {
                return refused(ExchangeProblem::Same);
            }
            Err(e) => return Err(e),
        }
        // The receiver's balance against the soft limit: flagged, never refused.
        let limit = Quarters::from_hours(self.config.debt_limit_hours);
        let debt = match &receiver_member {
            Some(m) => self
                .store
                .member(&m.id)?
                .is_some_and(|m| m.far_in_debt(limit)),
            None => false,
        };
        let notice = Notice::Exchanged { quarters, debt };
        match receiver_member.or(provider_member) {
            Some(m) if debt => self.opened_id(&m.id, Some(notice)),
            _ => match (&transfer.provider, &transfer.receiver) {
                (Account::Member(id), _) | (_, Account::Member(id)) => {
                    self.opened_id(id, Some(notice))
                }
                _ => Ok(DeskAction::Done(notice)),
            },
        }
    }

    /// Prints member card `code` in its member's language; the desk hears how it went.
    pub(super) fn print_card(&mut self, code: SlipCode) {
        let tx = self.replies.clone();
        let failed = Action::Desk(DeskAction::Done(Notice::CardPrinted(code, false)));
        let (Some(signer), Some(site)) = (self.signer(), self.site.clone()) else {
            let _ = tx.send(Reply(Some(failed)));
            return;
        };
        let lang = match self.store.check_card(&code) {
            Ok(CardCheck::Valid(m)) => m.language,
            _ => self.config.staff_language.clone(),
        };
        let doc = crate::slip::card::document(
            &site.name,
            &code,
            &signer.card_payload(&code),
            &lang,
            &self.config.staff_language,
            &self.i18n,
        );
        self.print_for_desk(doc, move |ok| Notice::CardPrinted(code, ok));
    }

    /// Prints `doc` on a print thread; the desk hears `notice(printed)`.
    fn print_for_desk(
        &self,
        doc: crate::slip::Document,
        notice: impl Fn(bool) -> Notice + Send + 'static,
    ) {
        let printer = Arc::clone(&self.printer);
        let (tx, failed) = (
            self.replies.clone(),
            Action::Desk(DeskAction::Done(notice(false))),
        );
        spawn_print(tx, failed, move || {
            let ok = match printer.print(&doc) {
                Ok(()) => true,
                Err(e) => {
                    tracing::error!(%e, "desk print failed");
                    false
                }
            };
            Action::Desk(DeskAction::Done(notice(ok)))
        });
    }

    /// Prints a member's statement in their language; the desk hears how it went.
    pub(super) fn print_statement(&mut self, member_id: &str) {
        let tx = self.replies.clone();
        let failed = Action::Desk(DeskAction::Done(Notice::StatementPrinted(false)));
        let now = (self.env.now)();
        let found = self
            .store
            .member(member_id)
            .map(|m| m.map(|m| (m, self.store.statement(member_id, STATEMENT_MAX))));
        let (member, lines) = match found {
            Ok(Some((m, Ok(lines)))) => (m, lines),
            other => {
                let why = match other {
                    Err(e) | Ok(Some((_, Err(e)))) => e.to_string(),
                    _ => "no such member".to_owned(),
                };
                tracing::error!(%why, "cannot print a statement");
                let _ = tx.send(Reply(Some(failed)));
                return;
            }
        };
        let doc = crate::slip::card::statement(&self.site_name(), &member, &lines, &self.i18n, now);
        self.print_for_desk(doc, Notice::StatementPrinted);
    }
}
