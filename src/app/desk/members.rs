//! The desk's Members tab: cards issued and replaced, a member's statement, and exchanges of
//! hours recorded (scan both cards, or type their codes; an empty side is the site's own
//! account). Nothing here shows a name: a member is their card and an optional nickname.

use super::*;
use crate::app::Settings;
use crate::app::text::FieldCycle;
use crate::domain::member::{MemberView, Quarters, StatementLine};

/// A member opened at the desk: their hours and their transfers, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberPanel {
    pub member: MemberView,
    pub statement: Vec<StatementLine>,
    /// The statement line F3 would reverse.
    pub cursor: usize,
}

/// A new member card made at the desk: an optional nickname, the household size, the
/// language the card and the kiosk speak to them in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberForm {
    pub nickname: TextField,
    pub household: TextField,
    pub language: String,
    /// Nickname, household, language.
    pub field: FieldCycle,
    pub bad_household: bool,
}

impl MemberForm {
    pub const FIELDS: usize = 3;

    /// An empty form in `language`.
    pub fn new(language: &str) -> MemberForm {
        MemberForm {
            nickname: TextField::new(Accept::Text, limits::NAME),
            household: TextField::new(Accept::Digits, limits::QUANTITY_DIGITS),
            language: language.to_owned(),
            field: FieldCycle::default(),
            bad_household: false,
        }
    }
}

/// An exchange of hours: who gave, who received, how long, in what, and what it fulfilled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExchangeForm {
    /// A card scanned or its code typed; empty: the site's own account.
    pub provider: TextField,
    pub receiver: TextField,
    pub hours: TextField,
    pub category: Category,
    /// The need and the offer it fulfilled, by their ticket codes (optional).
    pub need: TextField,
    pub offer: TextField,
    pub field: FieldCycle,
    pub problem: Option<ExchangeProblem>,
}

/// The exchange form's fields, in order.
pub const EXCHANGE_FIELDS: usize = 6;

/// Why an exchange was not recorded; the cursor goes to that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExchangeProblem {
    Provider,
    Receiver,
    /// Giver and receiver are the same.
    Same,
    Hours,
    Need,
    Offer,
}

impl ExchangeProblem {
    /// The field it points at.
    pub fn field(self) -> usize {
        match self {
            ExchangeProblem::Provider => 0,
            ExchangeProblem::Receiver | ExchangeProblem::Same => 1,
            ExchangeProblem::Hours => 2,
            ExchangeProblem::Need => 4,
            ExchangeProblem::Offer => 5,
        }
    }
}

impl ExchangeForm {
    /// An empty form, the giver filled with `provider`'s card when there is one, the category
    /// the first service (time and skills are what a time bank counts).
    pub fn new(provider: Option<SlipCode>, settings: &Settings) -> ExchangeForm {
        let code = || TextField::new(Accept::Code, limits::SCAN);
        let mut form = ExchangeForm {
            provider: code(),
            receiver: code(),
            hours: TextField::new(Accept::Text, 6),
            category: settings
                .services
                .iter()
                .find(|c| settings.categories.contains(c))
                .or(settings.categories.first())
                .copied()
                .unwrap_or(Category::Skills),
            need: code(),
            offer: code(),
            field: FieldCycle::default(),
            problem: None,
        };
        if let Some(card) = provider {
            form.provider = form.provider.with_text(&card.display());
            form.field.at = 1;
        }
        form
    }

    /// The text field being typed (none on the category).
    pub fn current(&mut self) -> Option<&mut TextField> {
        match self.field.at {
            0 => Some(&mut self.provider),
            1 => Some(&mut self.receiver),
            2 => Some(&mut self.hours),
            4 => Some(&mut self.need),
            5 => Some(&mut self.offer),
            _ => None,
        }
    }
}

/// Keys on the Members tab; `None` when the key is not one of its own.
pub(super) fn tab_key(
    s: &mut Session,
    key: DeskKey,
    settings: &Settings,
) -> Option<Vec<DeskEffect>> {
    let selected = s.data.members.get(s.cursor);
    Some(match key {
        DeskKey::Confirm => match selected {
            Some(m) => vec![DeskEffect::OpenMember { id: m.id.clone() }],
            None => Vec::new(),
        },
        DeskKey::NewCard => {
            let lang = settings
                .languages
                .first()
                .map_or(settings.staff_language.as_str(), String::as_str);
            s.overlay = Some(Overlay::MemberForm(MemberForm::new(lang)));
            Vec::new()
        }
        DeskKey::Exchange => {
            let card = selected.and_then(|m| m.card);
            s.overlay = Some(Overlay::Exchange(Box::new(ExchangeForm::new(
                card, settings,
            ))));
            Vec::new()
        }
        _ => return None,
    })
}

/// Keys on an opened member.
pub(super) fn panel_key(
    s: &mut Session,
    mut panel: Box<MemberPanel>,
    key: DeskKey,
    settings: &Settings,
) -> Vec<DeskEffect> {
    let id = panel.member.id.clone();
    let effects = match key {
        DeskKey::Up
        | DeskKey::Down
        | DeskKey::PageUp
        | DeskKey::PageDown
        | DeskKey::First
        | DeskKey::Last => {
            super::update::move_in(&mut panel.cursor, panel.statement.len(), key);
            Vec::new()
        }
        DeskKey::Reverse => match panel.statement.get(panel.cursor) {
            Some(line) if line.reversal || line.reversed => {
                s.notice = Some(Notice::CannotReverse);
                Vec::new()
            }
            Some(line) => vec![DeskEffect::ReverseTransfer {
                member_id: id,
                transfer_id: line.transfer_id.clone(),
            }],
            None => Vec::new(),
        },
        DeskKey::Reprint => vec![DeskEffect::PrintStatement { member_id: id }],
        DeskKey::ReplaceCard => vec![DeskEffect::ReplaceCard { member_id: id }],
        DeskKey::Exchange => {
            let card = panel.member.card;
            s.back.push(Overlay::Member(panel));
            s.overlay = Some(Overlay::Exchange(Box::new(ExchangeForm::new(
                card, settings,
            ))));
            return Vec::new();
        }
        _ => Vec::new(),
    };
    s.overlay = Some(Overlay::Member(panel));
    effects
}

/// Keys on the new-card form; `None` closes it.
pub(super) fn member_form_key(
    form: &mut MemberForm,
    key: DeskKey,
    languages: &[String],
) -> Option<Vec<DeskEffect>> {
    match key {
        DeskKey::Back => return None,
        DeskKey::NextTab => form.field.next(MemberForm::FIELDS),
        DeskKey::PrevTab => form.field.prev(MemberForm::FIELDS),
        DeskKey::PrevChoice | DeskKey::NextChoice if form.field.at == 2 => {
            let n = languages.len().max(1);
            let i = languages
                .iter()
                .position(|l| *l == form.language)
                .unwrap_or(0);
            let i = if key == DeskKey::NextChoice {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            };
            if let Some(l) = languages.get(i) {
                form.language.clone_from(l);
            }
        }
        DeskKey::Char(c) => {
            let _ = match form.field.at {
                0 => form.nickname.insert(c),
                1 => form.household.insert(c),
                _ => false,
            };
        }
        DeskKey::Edit(e) => {
            let _ = match form.field.at {
                0 => form.nickname.edit(e),
                1 => form.household.edit(e),
                _ => false,
            };
        }
        DeskKey::Confirm => {
            let typed = form.household.trimmed();
            let household = match typed.parse::<u8>() {
                Ok(n) if (1..=limits::QUANTITY).contains(&n) => Some(n),
                _ if typed.is_empty() => None,
                _ => {
                    form.bad_household = true;
                    form.field.at = 1;
                    return Some(Vec::new());
                }
            };
            return Some(vec![DeskEffect::NewMember {
                nickname: form.nickname.trimmed(),
                household,
                language: form.language.clone(),
            }]);
        }
        _ => {}
    }
    Some(Vec::new())
}

/// Keys on the exchange form; `None` closes it.
pub(super) fn exchange_key(
    form: &mut ExchangeForm,
    key: DeskKey,
    categories: &[Category],
) -> Option<Vec<DeskEffect>> {
    match key {
        DeskKey::Back => return None,
        DeskKey::NextTab => form.field.next(EXCHANGE_FIELDS),
        DeskKey::PrevTab => form.field.prev(EXCHANGE_FIELDS),
        DeskKey::PrevChoice | DeskKey::NextChoice if form.field.at == 3 => {
            form.category =
                super::forms::cycle(categories, form.category, key == DeskKey::NextChoice);
        }
        DeskKey::Char(c) => {
            if let Some(f) = form.current() {
                f.insert(c);
            }
        }
        DeskKey::Edit(e) => {
            if let Some(f) = form.current() {
                f.edit(e);
            }
        }
        // A scanner ends a card with Enter: in a card's field that moves on to the next.
        DeskKey::Confirm if form.field.at < 2 => form.field.next(EXCHANGE_FIELDS),
        DeskKey::Confirm => {
            let Some(quarters) = Quarters::parse(&form.hours.text()) else {
                form.problem = Some(ExchangeProblem::Hours);
                form.field.at = ExchangeProblem::Hours.field();
                return Some(Vec::new());
            };
            form.problem = None;
            return Some(vec![DeskEffect::RecordExchange {
                provider: form.provider.trimmed(),
                receiver: form.receiver.trimmed(),
                quarters,
                category: form.category,
                need: form.need.trimmed(),
                offer: form.offer.trimmed(),
            }]);
        }
        _ => {}
    }
    Some(Vec::new())
}

/// The result of a member effect: the panel opened (with news), or the exchange form told
/// what to fix.
pub(super) fn result(s: &mut Session, action: MemberAction) -> Vec<DeskEffect> {
    match action {
        MemberAction::Opened {
            panel,
            notice,
            print,
        } => {
            // An exchange recorded from a member's panel: the panel again, up to date.
            s.back.retain(|o| !matches!(o, Overlay::Member(_)));
            s.overlay = Some(Overlay::Member(panel));
            s.notice = notice;
            let mut effects = vec![super::lists::refresh(s)];
            // A card just made or replaced: print it.
            effects.extend(print.map(|code| DeskEffect::PrintCard { code }));
            effects
        }
        MemberAction::Refused(problem) => {
            if let Some(Overlay::Exchange(form)) = &mut s.overlay {
                form.problem = Some(problem);
                form.field.at = problem.field();
            }
            Vec::new()
        }
    }
}

/// What a member effect answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberAction {
    Opened {
        panel: Box<MemberPanel>,
        notice: Option<Notice>,
        /// A card made or replaced, to print now.
        print: Option<SlipCode>,
    },
    /// The exchange form has something to fix.
    Refused(ExchangeProblem),
}
