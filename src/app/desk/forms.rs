//! The desk's forms for drop-offs and staff accounts (the gathering form is in `events`).

use super::*;

/// Cycles a choice among `all` forwards or backwards.
fn cycle<T: Copy + PartialEq>(all: &[T], now: T, forward: bool) -> T {
    let n = all.len();
    let i = all.iter().position(|c| *c == now).unwrap_or(0);
    all[if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    }]
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
        DeskKey::PrevChoice | DeskKey::NextChoice => {
            form.category = cycle(
                crate::domain::Category::ALL,
                form.category,
                key == DeskKey::NextChoice,
            );
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
            form.field = match form.field {
                StaffField::Name => StaffField::Pin,
                StaffField::Pin => StaffField::Name,
            };
        }
        DeskKey::PrevChoice | DeskKey::NextChoice if adding => {
            form.role = cycle(Role::ALL, form.role, key == DeskKey::NextChoice);
        }
        DeskKey::Char(c) => {
            match form.field {
                StaffField::Name if adding => form.name.insert(c),
                StaffField::Pin => form.pin.insert(c),
                StaffField::Name => false,
            };
        }
        DeskKey::Edit(e) => {
            match form.field {
                StaffField::Name if adding => form.name.edit(e),
                StaffField::Pin => form.pin.edit(e),
                StaffField::Name => false,
            };
        }
        DeskKey::Confirm => {
            let name = form.name.trimmed();
            if name.is_empty() {
                form.field = StaffField::Name;
                return Some(Vec::new());
            }
            if !crate::domain::limits::valid_pin(&form.pin.text()) {
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
