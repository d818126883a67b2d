//! The form that posts a gathering.

use super::{DeskAction, DeskEffect, EventForm};
use crate::domain::event::{self, EventProblem};

/// Longest time typed ("2026-12-05 10:00" is 16).
const MAX_TIME: usize = 16;

/// Keys on the gathering form; `None` closes it.
pub fn form_key(form: &mut EventForm, action: DeskAction) -> Option<Vec<DeskEffect>> {
    let fields = EventForm::FIXED + form.titles.len();
    match action {
        DeskAction::Back => return None,
        DeskAction::NextTab | DeskAction::Down => form.field = (form.field + 1) % fields,
        DeskAction::PrevTab | DeskAction::Up => form.field = (form.field + fields - 1) % fields,
        DeskAction::Char(c) => {
            let (text, max) = match form.field {
                0 => (&mut form.starts, MAX_TIME),
                1 => (&mut form.ends, MAX_TIME),
                2 => (&mut form.place, event::MAX_TEXT),
                i => match form.titles.get_mut(i - EventForm::FIXED) {
                    Some((_, title)) => (title, event::MAX_TEXT),
                    None => return Some(Vec::new()),
                },
            };
            if crate::domain::is_text_char(c) && text.chars().count() < max {
                text.push(c);
            }
        }
        DeskAction::Erase => {
            match form.field {
                0 => form.starts.pop(),
                1 => form.ends.pop(),
                2 => form.place.pop(),
                i => form
                    .titles
                    .get_mut(i - EventForm::FIXED)
                    .and_then(|(_, t)| t.pop()),
            };
        }
        DeskAction::Confirm => return Some(submit(form)),
        _ => {}
    }
    Some(Vec::new())
}

/// Checks the form; either the effect that posts it, or the first problem shown on the form
/// with the cursor on its field.
fn submit(form: &mut EventForm) -> Vec<DeskEffect> {
    let mut fail = |field: usize, problem: EventProblem, lang: Option<String>| {
        form.field = field;
        form.problem = Some((problem, lang));
        Vec::new()
    };
    let Some(starts) = event::parse_start(&form.starts) else {
        return fail(0, EventProblem::Starts, None);
    };
    let Some(ends) = event::parse_end(&form.ends, starts) else {
        return fail(1, EventProblem::Ends, None);
    };
    let Ok(place) = event::check_text(&form.place, EventProblem::Place) else {
        return fail(2, EventProblem::Place, None);
    };
    let mut titles = Vec::new();
    for (i, (lang, title)) in form.titles.clone().into_iter().enumerate() {
        // Only the first (staff language) title is required; the others fall back to it.
        if i > 0 && title.trim().is_empty() {
            continue;
        }
        match event::check_text(&title, EventProblem::Title) {
            Ok(t) => titles.push((lang, t)),
            Err(p) => return fail(EventForm::FIXED + i, p, Some(lang)),
        }
    }
    form.problem = None;
    vec![DeskEffect::PostEvent {
        starts,
        ends,
        place,
        titles,
    }]
}
