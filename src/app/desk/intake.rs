//! A need or an offer entered at the desk for someone not at the kiosk (on the phone, or from
//! the paper form): the visitor's questions in the staff language, the visitor's language
//! chosen for their slip.

use super::forms::cycle;
use super::*;
use crate::domain::{Kind, Mode, Urgency};

/// The form's questions, in screen order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntakeField {
    Kind,
    Category,
    Quantity,
    Urgency,
    Mode,
    Language,
    Note,
    Name,
    Phone,
}

impl IntakeField {
    /// Every question, in order.
    pub const ALL: [IntakeField; 9] = [
        IntakeField::Kind,
        IntakeField::Category,
        IntakeField::Quantity,
        IntakeField::Urgency,
        IntakeField::Mode,
        IntakeField::Language,
        IntakeField::Note,
        IntakeField::Name,
        IntakeField::Phone,
    ];

    /// Whether ←→ choose its answer (rather than typing it).
    pub fn is_choice(self) -> bool {
        matches!(
            self,
            IntakeField::Kind
                | IntakeField::Category
                | IntakeField::Urgency
                | IntakeField::Mode
                | IntakeField::Language
        )
    }
}

/// What stops the form from saving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntakeProblem {
    /// "Call me" with no phone number.
    PhoneNeeded,
    /// A quantity that is not 1 to 99.
    BadNumber,
}

/// The caller's answers so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntakeForm {
    pub kind: Kind,
    pub category: Category,
    pub urgency: Urgency,
    pub mode: Mode,
    /// The visitor's language, for their slip.
    pub lang: String,
    pub quantity: TextField,
    pub note: TextField,
    pub name: TextField,
    pub phone: TextField,
    pub field: FieldCycle,
    pub problem: Option<IntakeProblem>,
}

impl IntakeForm {
    /// An empty form, the first of `categories` and `lang` chosen.
    pub fn new(categories: &[Category], lang: &str) -> IntakeForm {
        IntakeForm {
            kind: Kind::Need,
            category: categories.first().copied().unwrap_or(Category::Food),
            urgency: Urgency::Week,
            mode: Mode::Call,
            lang: lang.to_owned(),
            quantity: TextField::new(Accept::Digits, limits::QUANTITY_DIGITS).with_text("1"),
            note: TextField::new(Accept::Text, limits::DETAIL),
            name: TextField::new(Accept::Text, limits::NAME),
            phone: TextField::new(Accept::Phone, limits::PHONE),
            field: FieldCycle::default(),
            problem: None,
        }
    }

    /// The question being answered.
    pub fn current(&self) -> IntakeField {
        IntakeField::ALL[self.field.at.min(IntakeField::ALL.len() - 1)]
    }

    fn text(&mut self, field: IntakeField) -> Option<&mut TextField> {
        match field {
            IntakeField::Quantity => Some(&mut self.quantity),
            IntakeField::Note => Some(&mut self.note),
            IntakeField::Name => Some(&mut self.name),
            IntakeField::Phone => Some(&mut self.phone),
            _ => None,
        }
    }

    /// The answers as a visitor's draft, or what is missing.
    pub fn draft(&self) -> Result<Draft, (IntakeField, IntakeProblem)> {
        let quantity = match self.quantity.trimmed().parse::<u8>() {
            Ok(n) if (1..=limits::QUANTITY).contains(&n) => n,
            _ => return Err((IntakeField::Quantity, IntakeProblem::BadNumber)),
        };
        let draft = Draft {
            quantity,
            urgency: self.urgency,
            mode: self.mode,
            detail: self.note.trimmed(),
            name: self.name.trimmed(),
            phone: self.phone.trimmed(),
            ..Draft::new(self.kind, self.category)
        };
        if draft.phone_wanted().is_some() {
            return Err((IntakeField::Phone, IntakeProblem::PhoneNeeded));
        }
        Ok(draft)
    }
}

/// Intake form keys; `None` closes the form.
pub(super) fn intake_key(
    form: &mut IntakeForm,
    key: DeskKey,
    categories: &[Category],
    languages: &[String],
) -> Option<Vec<DeskEffect>> {
    let fields = IntakeField::ALL.len();
    let field = form.current();
    match key {
        DeskKey::Back => return None,
        DeskKey::NextTab => form.field.next(fields),
        DeskKey::PrevTab => form.field.prev(fields),
        DeskKey::PrevChoice | DeskKey::NextChoice if field.is_choice() => {
            let forward = key == DeskKey::NextChoice;
            match field {
                IntakeField::Kind => form.kind = cycle(Kind::ALL, form.kind, forward),
                IntakeField::Category => form.category = cycle(categories, form.category, forward),
                IntakeField::Urgency => form.urgency = cycle(Urgency::ALL, form.urgency, forward),
                IntakeField::Mode => form.mode = cycle(Mode::ALL, form.mode, forward),
                IntakeField::Language => {
                    let i = languages.iter().position(|l| *l == form.lang).unwrap_or(0);
                    let n = languages.len().max(1);
                    let j = if forward {
                        (i + 1) % n
                    } else {
                        (i + n - 1) % n
                    };
                    if let Some(l) = languages.get(j) {
                        form.lang = l.clone();
                    }
                }
                _ => {}
            }
        }
        DeskKey::Char(c) => {
            if let Some(t) = form.text(field) {
                t.insert(c);
            }
        }
        DeskKey::Edit(e) => {
            if let Some(t) = form.text(field) {
                t.edit(e);
            }
        }
        DeskKey::Confirm => match form.draft() {
            Ok(draft) => {
                form.problem = None;
                return Some(vec![DeskEffect::Enter {
                    draft,
                    lang: form.lang.clone(),
                }]);
            }
            Err((at, problem)) => {
                form.problem = Some(problem);
                form.field.at = IntakeField::ALL.iter().position(|f| *f == at).unwrap_or(0);
            }
        },
        _ => {}
    }
    Some(Vec::new())
}
