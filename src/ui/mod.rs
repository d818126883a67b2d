//! Drawing: `render(&State, &I18n, &mut Frame)`, a pure function of the state. Every word comes
//! from the catalogs; direction and width are handled once, in [`widgets`]. Each visitor
//! screen is first a [`view::View`] (its words), which is drawn here and read aloud by
//! [`speech`].

mod board;
mod check;
mod desk;
mod details;
mod events;
pub mod keys;
mod menus;
mod review;
mod setup;
mod slip;
pub mod speech;
pub mod view;
mod welcome;
pub mod widgets;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

use crate::app::{Screen, SpeechNote, State, Step};
use crate::i18n::I18n;
use view::View;
use widgets::Ctx;

/// Smallest screen the kiosk draws its screens on; below it, a "please enlarge" line.
pub const MIN_WIDTH: u16 = 40;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 12;

/// The view of a visitor screen `width` cells wide, `None` for set-up and the desk.
pub fn view(state: &State, ctx: &Ctx<'_>, width: u16) -> Option<View> {
    let Screen::Visit(visit) = &state.screen else {
        return match &state.screen {
            Screen::Welcome => Some(welcome::view(state, ctx)),
            Screen::Language(menu) => Some(welcome::languages(state, ctx, menu)),
            _ => None,
        };
    };
    let settings = &state.settings;
    Some(match &visit.step {
        Step::Home(menu) => menus::home(menu, visit.member.as_deref(), ctx),
        Step::Category { kind, menu } => menus::category(*kind, menu, settings, ctx),
        Step::Details(details) => details::view(details, settings, ctx),
        Step::Review(draft) | Step::Saving(draft) | Step::SaveFailed(draft) => {
            let status = match &visit.step {
                Step::Saving(_) => review::Status::Saving,
                Step::SaveFailed(_) => review::Status::Failed,
                _ => review::Status::Ready,
            };
            review::view(draft, &visit.basket, &settings.services, status, ctx)
        }
        Step::Slip(slip) => slip::view(slip, ctx),
        Step::Check(check) => check::view(check, &settings.services, ctx),
        Step::Board(board) => board::view(board, settings, ctx, width),
        Step::Events(events) => events::view(events, ctx),
    })
}

/// Draws the whole kiosk.
pub fn render(state: &State, i18n: &I18n, frame: &mut Frame<'_>) {
    let area = frame.area();
    let ctx = Ctx::new(i18n, state.lang(), state.settings.bidi).themed(state.settings.theme);
    frame.render_widget(Block::default().style(ctx.theme.base), area);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let lines = ctx.block(&[(ctx.t("screen-enlarge"), widgets::bold())], area.width);
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    // The body's text area (inside its margins).
    let view = view(state, &ctx, area.width.saturating_sub(4));
    let choices = view.as_ref().map_or(0, View::digits);
    // The keys take two lines where one cannot hold them (the staff desk has many).
    let keys = keys::lines(&keys::footer(state, &ctx, choices), area.width);
    let footer_lines = keys.len().clamp(1, 2);
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(footer_lines as u16),
    ])
    .areas(area);
    render_header(state, &ctx, frame, header);
    let inner = body.inner(ratatui::layout::Margin::new(2, 1));
    match (&state.screen, &view) {
        (Screen::Setup(form), _) => setup::render(form, &ctx, frame, inner),
        (Screen::Desk(d), _) => desk::render(
            d,
            state.printer.as_ref(),
            &state.settings,
            &ctx,
            frame,
            body.inner(ratatui::layout::Margin::new(1, 0)),
        ),
        (Screen::Welcome, Some(v)) => welcome::render(v, frame, inner),
        (
            Screen::Visit(crate::app::Visit {
                step: Step::Slip(s),
                ..
            }),
            Some(v),
        ) => slip::render(s, v, &ctx, frame, inner),
        (_, Some(v)) => v.render(&ctx, frame, inner),
        (_, None) => {}
    }
    if let Screen::Visit(v) = &state.screen
        && v.speech_note == SpeechNote::Showing
    {
        render_note(&ctx.t("speech-unavailable"), &ctx, frame, body);
    }
    let lines: Vec<_> = keys
        .iter()
        .map(|k| ctx.line(k, ctx.theme.bar, footer.width))
        .collect();
    frame.render_widget(Paragraph::new(lines).style(ctx.theme.bar), footer);
    if let Some(seconds) = state.countdown() {
        render_countdown(seconds, &ctx, frame, body);
    }
}

/// A one-off notice on the last lines of the body, bold and framed by a rule of `!`.
fn render_note(text: &str, ctx: &Ctx<'_>, frame: &mut Frame<'_>, body: Rect) {
    let lines = ctx.block(&[(format!("! {text}"), widgets::bold())], body.width);
    let height = (lines.len() as u16).min(body.height);
    let area = Rect {
        y: body.bottom().saturating_sub(height),
        height,
        ..body
    };
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).style(ctx.theme.base), area);
}

fn render_header(state: &State, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
    let style = ctx.theme.bar;
    let site = &state.settings.site_name;
    let text = if site.is_empty() {
        "aidkiosk".to_owned()
    } else {
        site.clone()
    };
    let line = ctx.line(&format!(" {text} "), style, area.width);
    frame.render_widget(Paragraph::new(line).style(style), area);
}

/// The words of the idle countdown.
pub fn countdown_view(seconds: u64, ctx: &Ctx<'_>) -> View {
    View {
        head: vec![
            view::Text::bold(ctx.t("idle-title")),
            view::Text::blank(),
            view::Text::bold(ctx.t_with("idle-countdown", &[("seconds", seconds.into())])),
            view::Text::blank(),
            view::Text::plain(ctx.t("idle-continue")),
        ],
        ..View::default()
    }
}

fn render_countdown(seconds: u64, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
    let width = area.width.min(60);
    let inner_width = width.saturating_sub(4);
    let lines = countdown_view(seconds, ctx).lines(ctx, inner_width);
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = Rect {
        x: area.x + (area.width.saturating_sub(width)) / 2,
        y: area.y + (area.height.saturating_sub(height)) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double);
    let inner = block.inner(popup).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, popup);
    frame.render_widget(Paragraph::new(lines), inner);
}
