//! The form that posts a gathering.

use super::{DeskEffect, DeskKey, EventForm};
use crate::domain::event::{self, EventProblem};

/// Keys on the gathering form; `None` closes it.
pub fn form_key(
    form: &mut EventForm,
    key: DeskKey,
    now: Option<chrono::NaiveDateTime>,
) -> Option<Vec<DeskEffect>> {
    let fields = form.len();
    match key {
        DeskKey::Back => return None,
        DeskKey::NextTab => form.field.next(fields),
        DeskKey::PrevTab => form.field.prev(fields),
        DeskKey::Char(c) => {
            if let Some(field) = form.current() {
                field.insert(c);
            }
        }
        DeskKey::Edit(e) => {
            if let Some(field) = form.current() {
                field.edit(e);
            }
        }
        DeskKey::Confirm => return Some(submit(form, now)),
        _ => {}
    }
    Some(Vec::new())
}

/// Checks the form; either the effect that posts it, or the first problem shown on the form
/// with the cursor on its field.
fn submit(form: &mut EventForm, now: Option<chrono::NaiveDateTime>) -> Vec<DeskEffect> {
    let mut fail = |field: usize, problem: EventProblem, lang: Option<String>| {
        form.field.at = field;
        form.problem = Some((problem, lang));
        Vec::new()
    };
    let Some(starts) = event::parse_start(&form.starts.text()) else {
        return fail(0, EventProblem::Starts, None);
    };
    let Some(ends) = event::parse_end(&form.ends.text(), starts) else {
        return fail(1, EventProblem::Ends, None);
    };
    if let Some(now) = now
        && event::check_not_over(ends, now).is_err()
    {
        return fail(1, EventProblem::Over, None);
    }
    let Ok(place) = event::check_text(&form.place.text(), EventProblem::Place) else {
        return fail(2, EventProblem::Place, None);
    };
    let mut titles = Vec::new();
    for (i, (lang, title)) in form.titles.clone().into_iter().enumerate() {
        // Only the first (staff language) title is required; the others fall back to it.
        if i > 0 && title.is_blank() {
            continue;
        }
        match event::check_text(&title.text(), EventProblem::Title) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(field: &mut crate::app::text::TextField, text: &str) {
        for c in text.chars() {
            field.insert(c);
        }
    }

    #[test]
    fn a_gathering_already_over_is_refused_on_its_end() {
        let mut form = EventForm::new(&["en".into()], "en");
        typed(&mut form.starts, "2026-12-01 10:00");
        typed(&mut form.ends, "12:00");
        typed(&mut form.place, "Hall");
        typed(&mut form.titles[0].1, "Food");
        let now = event::parse_start("2026-12-02 09:00");
        assert!(submit(&mut form, now).is_empty());
        assert_eq!(form.problem, Some((EventProblem::Over, None)));
        assert_eq!(form.field.at, 1, "the cursor on the end");
        // Still going: posted.
        let now = event::parse_start("2026-12-01 11:00");
        assert_eq!(submit(&mut form, now).len(), 1);
    }
}
