//! First-run set-up: the site name, the coordinator, a PIN twice.

use super::text::{Accept, TextField};
use super::*;
use crate::domain::limits;

/// First-run set-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupForm {
    pub field: SetupField,
    pub site: TextField,
    pub admin: TextField,
    pub pin: TextField,
    pub pin_again: TextField,
    pub error: Option<SetupError>,
    pub working: bool,
}

impl SetupForm {
    /// An empty form, the site name filled in with `site`.
    pub fn new(site: &str) -> SetupForm {
        SetupForm {
            field: SetupField::default(),
            site: TextField::new(Accept::Text, limits::SITE_NAME).with_text(site),
            admin: TextField::new(Accept::Text, limits::NAME),
            pin: super::desk::pin_field(),
            pin_again: super::desk::pin_field(),
            error: None,
            working: false,
        }
    }

    /// The field being typed.
    pub fn current(&mut self) -> &mut TextField {
        match self.field {
            SetupField::Site => &mut self.site,
            SetupField::Admin => &mut self.admin,
            SetupField::Pin => &mut self.pin,
            SetupField::PinAgain => &mut self.pin_again,
        }
    }
}

/// The set-up questions, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SetupField {
    #[default]
    Site,
    Admin,
    Pin,
    PinAgain,
}

/// What went wrong in set-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupError {
    NameMissing,
    PinInvalid,
    PinMismatch,
    Failed(String),
}

pub(super) enum SetupNext {
    Stay,
    /// Everything is typed: create the site.
    Submit,
    /// The site exists: welcome the first visitor.
    Finished,
}

/// Set-up form keys.
pub(super) fn setup(form: &mut SetupForm, settings: &mut Settings, action: Action) -> SetupNext {
    match action {
        Action::SetUp(Ok(site)) => {
            settings.site_name = site;
            return SetupNext::Finished;
        }
        Action::SetUp(Err(reason)) => {
            form.working = false;
            form.error = Some(SetupError::Failed(reason));
            form.pin.clear();
            form.pin_again.clear();
            form.field = SetupField::Pin;
            return SetupNext::Stay;
        }
        _ if form.working => return SetupNext::Stay,
        _ => {}
    }
    let field = form.field;
    match action {
        Action::Char(c) if form.current().insert(c) => form.error = None,
        Action::Edit(e) => {
            form.current().edit(e);
        }
        Action::Back => {
            form.error = None;
            form.field = match field {
                SetupField::Site | SetupField::Admin => SetupField::Site,
                SetupField::Pin => SetupField::Admin,
                SetupField::PinAgain => SetupField::Pin,
            };
        }
        Action::Confirm => match field {
            SetupField::Site | SetupField::Admin if form.current().is_blank() => {
                form.error = Some(SetupError::NameMissing);
            }
            SetupField::Site => form.field = SetupField::Admin,
            SetupField::Admin => form.field = SetupField::Pin,
            SetupField::Pin if !limits::valid_pin(&form.pin.text()) => {
                form.error = Some(SetupError::PinInvalid);
            }
            SetupField::Pin => form.field = SetupField::PinAgain,
            SetupField::PinAgain if form.pin_again != form.pin => {
                form.error = Some(SetupError::PinMismatch);
                form.pin.clear();
                form.pin_again.clear();
                form.field = SetupField::Pin;
            }
            SetupField::PinAgain => {
                form.error = None;
                form.working = true;
                return SetupNext::Submit;
            }
        },
        _ => {}
    }
    SetupNext::Stay
}
