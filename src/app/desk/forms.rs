//! The desk's small forms: a drop-off, a staff account, closing an entry, counting a shelf,
//! one's own PIN (the gathering form is in `events`, a caller's entry in `intake`).

use super::*;

/// A PIN as it is typed: digits, shown as dots.
pub fn pin_field() -> TextField {
    TextField::masked(Accept::Digits, limits::PIN_MAX)
}

/// Cycles a choice among `all` forwards or backwards.
pub(super) fn cycle<T: Copy + PartialEq>(all: &[T], now: T, forward: bool) -> T {
    let n = all.len();
    let i = all.iter().position(|c| *c == now).unwrap_or(0);
    all[if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    }]
}

/// Add a staff member, or set a PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffForm {
    /// The account whose PIN is changed; none when adding.
    pub id: Option<String>,
    pub name: TextField,
    pub role: Role,
    pub pin: TextField,
    pub field: StaffField,
    /// The name typed holds what looks like a PIN: not saved, and said so.
    pub pin_in_name: bool,
}

impl StaffForm {
    /// The form that adds an account.
    pub fn adding() -> StaffForm {
        StaffForm {
            id: None,
            name: TextField::new(Accept::Text, limits::NAME),
            role: Role::Volunteer,
            pin: pin_field(),
            field: StaffField::Name,
            pin_in_name: false,
        }
    }

    /// The form that gives `member` a new PIN.
    pub fn new_pin(member: &StaffMember) -> StaffForm {
        StaffForm {
            id: Some(member.id.clone()),
            name: TextField::new(Accept::Text, limits::NAME).with_text(&member.name),
            role: member.role,
            pin: pin_field(),
            field: StaffField::Pin,
            pin_in_name: false,
        }
    }
}

/// Fields of the staff form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffField {
    Name,
    /// ←→ choose it (Tab stops here too, as the form shows it between the two).
    Role,
    Pin,
}

/// The drop-off form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DropOffForm {
    pub category: Category,
    pub item: TextField,
    pub quantity: TextField,
    pub field: DropField,
    /// The offer slip this drop-off fulfils, if any.
    pub offer: Option<SlipCode>,
}

impl DropOffForm {
    /// A drop-off of `quantity` in `category`, for `offer`'s slip if any.
    pub fn new(category: Category, quantity: i64, offer: Option<SlipCode>) -> DropOffForm {
        DropOffForm {
            category,
            item: TextField::new(Accept::Text, limits::ITEM),
            quantity: TextField::new(Accept::Digits, limits::COUNT_DIGITS)
                .with_text(&quantity.to_string()),
            field: DropField::Item,
            offer,
        }
    }
}

/// Fields of the drop-off form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DropField {
    Item,
    Quantity,
}

/// Closing an entry before its end: why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloseForm {
    pub entry: EntryView,
    pub reason: CloseReason,
}

/// The reasons staff choose from (expiry is the lifecycle's own).
pub const CLOSE_REASONS: &[CloseReason] = &[
    CloseReason::NotNeeded,
    CloseReason::Unreachable,
    CloseReason::Duplicate,
    CloseReason::Other,
];

/// Typing what a shelf holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountForm {
    pub item: InventoryItem,
    pub count: TextField,
}

impl CountForm {
    /// The form for `item`, its count as the desk has it.
    pub fn new(item: &InventoryItem) -> CountForm {
        CountForm {
            item: item.clone(),
            count: TextField::new(Accept::Digits, limits::COUNT_DIGITS)
                .with_text(&item.quantity.to_string()),
        }
    }
}

/// Changing one's own PIN: the old one, the new one twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MyPinForm {
    pub old: TextField,
    pub new: TextField,
    pub again: TextField,
    pub field: FieldCycle,
    /// The two new PINs differ, or the new one is not 4 to 8 digits.
    pub mismatch: bool,
}

impl Default for MyPinForm {
    fn default() -> Self {
        MyPinForm {
            old: pin_field(),
            new: pin_field(),
            again: pin_field(),
            field: FieldCycle::default(),
            mismatch: false,
        }
    }
}

/// Drop-off form keys; `None` closes the form.
pub(super) fn drop_off_key(
    form: &mut DropOffForm,
    key: DeskKey,
    notice: &mut Option<Notice>,
) -> Option<Vec<DeskEffect>> {
    let field = match form.field {
        DropField::Item => &mut form.item,
        DropField::Quantity => &mut form.quantity,
    };
    match key {
        DeskKey::Back => return None,
        DeskKey::NextTab | DeskKey::PrevTab => {
            form.field = match form.field {
                DropField::Item => DropField::Quantity,
                DropField::Quantity => DropField::Item,
            };
        }
        // An offer's slip brings its own category.
        DeskKey::PrevChoice | DeskKey::NextChoice if form.offer.is_none() => {
            form.category = cycle(Category::ALL, form.category, key == DeskKey::NextChoice);
        }
        DeskKey::Char(c) => {
            field.insert(c);
        }
        DeskKey::Edit(e) => {
            field.edit(e);
        }
        DeskKey::Confirm => {
            let quantity = form.quantity.text().parse::<i64>().unwrap_or(0);
            let item = form.item.trimmed();
            if item.is_empty() {
                form.field = DropField::Item;
                return Some(Vec::new());
            }
            if quantity < 1 {
                form.field = DropField::Quantity;
                return Some(Vec::new());
            }
            *notice = None;
            return Some(vec![DeskEffect::DropOff {
                category: form.category,
                item,
                quantity,
                offer: form.offer,
            }]);
        }
        _ => {}
    }
    Some(Vec::new())
}

/// Staff form keys; `None` closes the form.
pub(super) fn staff_form_key(form: &mut StaffForm, key: DeskKey) -> Option<Vec<DeskEffect>> {
    let adding = form.id.is_none();
    match key {
        DeskKey::Back => return None,
        DeskKey::NextTab | DeskKey::PrevTab if adding => {
            let order = [StaffField::Name, StaffField::Role, StaffField::Pin];
            let i = order.iter().position(|f| *f == form.field).unwrap_or(0);
            let step = if key == DeskKey::NextTab { 1 } else { 2 };
            form.field = order[(i + step) % order.len()];
        }
        DeskKey::PrevChoice | DeskKey::NextChoice if adding => {
            form.role = cycle(Role::ALL, form.role, key == DeskKey::NextChoice);
        }
        DeskKey::Char(c) => {
            match form.field {
                StaffField::Name if adding => {
                    form.pin_in_name = false;
                    form.name.insert(c)
                }
                StaffField::Pin => form.pin.insert(c),
                StaffField::Name | StaffField::Role => false,
            };
        }
        DeskKey::Edit(e) => {
            match form.field {
                StaffField::Name if adding => form.name.edit(e),
                StaffField::Pin => form.pin.edit(e),
                StaffField::Name | StaffField::Role => false,
            };
        }
        DeskKey::Confirm => {
            let name = form.name.trimmed();
            if name.is_empty() {
                form.field = StaffField::Name;
                return Some(Vec::new());
            }
            if adding && crate::domain::looks_like_pin(&name) {
                form.field = StaffField::Name;
                form.pin_in_name = true;
                return Some(Vec::new());
            }
            if !limits::valid_pin(&form.pin.text()) {
                form.field = StaffField::Pin;
                return Some(Vec::new());
            }
            let pin = form.pin.take();
            return Some(vec![match &form.id {
                None => DeskEffect::AddStaff {
                    name,
                    role: form.role,
                    pin,
                },
                Some(id) => DeskEffect::SetPin {
                    staff_id: id.clone(),
                    pin,
                },
            }]);
        }
        _ => {}
    }
    Some(Vec::new())
}

/// Close form keys: ←→ or ↑↓ choose the reason, Enter closes the entry; `None` goes back.
pub(super) fn close_key(form: &mut CloseForm, key: DeskKey) -> Option<Vec<DeskEffect>> {
    match key {
        DeskKey::Back => return None,
        DeskKey::PrevChoice | DeskKey::PrevTab => {
            form.reason = cycle(CLOSE_REASONS, form.reason, false)
        }
        DeskKey::NextChoice | DeskKey::NextTab => {
            form.reason = cycle(CLOSE_REASONS, form.reason, true)
        }
        DeskKey::Confirm => {
            return Some(vec![DeskEffect::Close {
                code: form.entry.code,
                reason: form.reason,
            }]);
        }
        _ => {}
    }
    Some(Vec::new())
}

/// Count form keys; `None` goes back.
pub(super) fn count_key(form: &mut CountForm, key: DeskKey) -> Option<Vec<DeskEffect>> {
    match key {
        DeskKey::Back => return None,
        DeskKey::Char(c) => {
            form.count.insert(c);
        }
        DeskKey::Edit(e) => {
            form.count.edit(e);
        }
        DeskKey::Confirm => {
            if let Ok(quantity) = form.count.text().parse::<i64>() {
                return Some(vec![DeskEffect::Count {
                    inventory_id: form.item.id.clone(),
                    quantity,
                }]);
            }
        }
        _ => {}
    }
    Some(Vec::new())
}

/// My-PIN form keys; `None` goes back.
pub(super) fn my_pin_key(form: &mut MyPinForm, key: DeskKey) -> Option<Vec<DeskEffect>> {
    let field = match form.field.at {
        0 => &mut form.old,
        1 => &mut form.new,
        _ => &mut form.again,
    };
    match key {
        DeskKey::Back => return None,
        DeskKey::NextTab => form.field.next(3),
        DeskKey::PrevTab => form.field.prev(3),
        DeskKey::Char(c) => {
            field.insert(c);
        }
        DeskKey::Edit(e) => {
            field.edit(e);
        }
        // Enter moves on, and on the last field changes the PIN.
        DeskKey::Confirm if form.field.at < 2 => form.field.next(3),
        DeskKey::Confirm => {
            let new = form.new.text();
            if new != form.again.text() || !limits::valid_pin(&new) {
                form.mismatch = true;
                form.new.clear();
                form.again.clear();
                form.field.at = 1;
                return Some(Vec::new());
            }
            return Some(vec![DeskEffect::ChangeOwnPin {
                old: form.old.take(),
                new,
            }]);
        }
        _ => {}
    }
    Some(Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_walks_name_role_pin_and_a_pin_typed_in_the_name_is_not_saved() {
        let mut form = StaffForm::adding();
        for c in "LEE".chars() {
            staff_form_key(&mut form, DeskKey::Char(c));
        }
        staff_form_key(&mut form, DeskKey::NextTab);
        assert_eq!(form.field, StaffField::Role);
        staff_form_key(&mut form, DeskKey::NextTab);
        assert_eq!(form.field, StaffField::Pin);
        staff_form_key(&mut form, DeskKey::NextTab);
        assert_eq!(form.field, StaffField::Name, "round again");
        // Typed "4444" believing the cursor was on the PIN.
        for c in "4444".chars() {
            staff_form_key(&mut form, DeskKey::Char(c));
        }
        let effects = staff_form_key(&mut form, DeskKey::Confirm).unwrap();
        assert!(effects.is_empty(), "not saved");
        assert!(form.pin_in_name);
        assert_eq!(form.field, StaffField::Name);
    }
}
