//! The desk's forms for drop-offs and staff accounts (the gathering form is in `events`).

use super::*;

/// Drop-off form keys; `None` closes the form.
pub(super) fn drop_off_key(
    form: &mut DropOffForm,
    action: DeskAction,
    notice: &mut Option<Notice>,
) -> Option<Vec<DeskEffect>> {
    match action {
        DeskAction::Back => return None,
        DeskAction::NextTab | DeskAction::PrevTab | DeskAction::Up | DeskAction::Down => {
            form.field = match form.field {
                DropField::Item => DropField::Quantity,
                DropField::Quantity => DropField::Item,
            };
        }
        DeskAction::Left | DeskAction::Right => {
            let all = crate::domain::Category::ALL;
            let i = all.iter().position(|c| *c == form.category).unwrap_or(0);
            let n = all.len();
            form.category = all[if action == DeskAction::Right {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            }];
        }
        DeskAction::Char(c) => match form.field {
            DropField::Item if crate::domain::is_text_char(c) && form.item.chars().count() < 60 => {
                form.item.push(c)
            }
            DropField::Quantity if c.is_ascii_digit() && form.quantity.len() < 4 => {
                form.quantity.push(c)
            }
            _ => {}
        },
        DeskAction::Erase => {
            match form.field {
                DropField::Item => form.item.pop(),
                DropField::Quantity => form.quantity.pop(),
            };
        }
        DeskAction::Confirm => {
            let quantity = form.quantity.parse::<i64>().unwrap_or(0);
            let item = form.item.trim().to_owned();
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
pub(super) fn staff_form_key(form: &mut StaffForm, action: DeskAction) -> Option<Vec<DeskEffect>> {
    let adding = form.id.is_none();
    match action {
        DeskAction::Back => return None,
        DeskAction::NextTab | DeskAction::PrevTab | DeskAction::Up | DeskAction::Down if adding => {
            form.field = match form.field {
                StaffField::Name => StaffField::Pin,
                StaffField::Pin => StaffField::Name,
            };
        }
        DeskAction::Left | DeskAction::Right if adding => {
            form.role = match form.role {
                Role::Volunteer => Role::Coordinator,
                Role::Coordinator => Role::Volunteer,
            };
        }
        DeskAction::Char(c) => match form.field {
            StaffField::Name
                if adding && crate::domain::is_text_char(c) && form.name.chars().count() < 40 =>
            {
                form.name.push(c)
            }
            StaffField::Pin if c.is_ascii_digit() && form.pin.len() < 8 => form.pin.push(c),
            _ => {}
        },
        DeskAction::Erase => {
            match form.field {
                StaffField::Name if adding => form.name.pop(),
                StaffField::Pin => form.pin.pop(),
                StaffField::Name => None,
            };
        }
        DeskAction::Confirm => {
            let name = form.name.trim().to_owned();
            if name.is_empty() {
                form.field = StaffField::Name;
                return Some(Vec::new());
            }
            if !crate::auth::valid_pin(&form.pin) {
                form.field = StaffField::Pin;
                return Some(Vec::new());
            }
            let pin = std::mem::take(&mut form.pin);
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
