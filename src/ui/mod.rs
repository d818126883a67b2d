//! Drawing: `render(&State, &I18n, &mut Frame)`, a pure function of the state. Every word comes
//! from the catalogs; direction and width are handled once, in [`widgets`].

mod board;
mod check;
mod desk;
mod details;
pub mod events;
mod menus;
mod review;
mod setup;
mod slip;
pub mod speech;
mod welcome;
pub mod widgets;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

use crate::app::keymap::{self, Layer};
use crate::app::{Screen, SpeechNote, State, Step};
use crate::i18n::I18n;
use widgets::Ctx;

/// Smallest screen the kiosk draws its screens on; below it, a "please enlarge" line.
pub const MIN_WIDTH: u16 = 40;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 12;

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
    // The keys take two lines where one cannot hold them (the staff desk has many).
    let keys = format!(" {} ", footer_keys(state, &ctx).join("   "));
    let footer_lines = ctx
        .block(&[(keys, Style::default())], area.width)
        .len()
        .clamp(1, 2);
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(footer_lines as u16),
    ])
    .areas(area);
    render_header(state, &ctx, frame, header);
    let inner = body.inner(ratatui::layout::Margin::new(2, 1));
    match &state.screen {
        Screen::Setup(form) => setup::render(form, &ctx, frame, inner),
        Screen::Desk(d) => desk::render(
            d,
            &ctx,
            frame,
            body.inner(ratatui::layout::Margin::new(1, 0)),
        ),
        Screen::Welcome => welcome::render(state, i18n, frame, inner),
        Screen::Language(menu) => welcome::render_languages(state, i18n, menu, frame, inner),
        Screen::Visit(visit) => match &visit.step {
            Step::Home(menu) => menus::home(menu, &ctx, frame, inner),
            Step::Category { kind, menu } => {
                menus::category(*kind, menu, &state.settings, &ctx, frame, inner)
            }
            Step::Details(details) => details::render(details, &state.settings, &ctx, frame, inner),
            Step::Review(draft) => review::render(draft, review::Status::Ready, &ctx, frame, inner),
            Step::Saving(draft) => {
                review::render(draft, review::Status::Saving, &ctx, frame, inner)
            }
            Step::SaveFailed(draft) => {
                review::render(draft, review::Status::Failed, &ctx, frame, inner)
            }
            Step::Slip(view) => slip::render(view, &ctx, frame, inner),
            Step::Check(view) => check::render(view, &ctx, frame, inner),
            Step::Board(board) => board::render(board, &state.settings, &ctx, frame, inner),
            Step::Events(view) => events::render(view, &ctx, frame, inner),
        },
    }
    if let Screen::Visit(v) = &state.screen
        && v.speech_note == SpeechNote::Showing
    {
        render_note(&ctx.t("speech-unavailable"), &ctx, frame, body);
    }
    render_footer(state, &ctx, frame, footer);
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

/// The keys that work here, in the visitor's language.
fn footer_keys(state: &State, ctx: &Ctx<'_>) -> Vec<String> {
    let choose = |last: usize| {
        ctx.t_with(
            "footer-choose",
            &[("first", 1.into()), ("last", last.min(9).into())],
        )
    };
    let (ok, back) = (ctx.t("footer-ok"), ctx.t("footer-back"));
    match keymap::layer(state) {
        Layer::Desk => match &state.screen {
            Screen::Desk(d) => desk::keys(d, ctx),
            _ => vec![],
        },
        Layer::AnyKey => {
            let mut keys = vec![ctx.t("footer-any")];
            if state.settings.speech && matches!(state.screen, Screen::Welcome) {
                keys.push(ctx.t("footer-speak"));
            }
            keys
        }
        Layer::Wait => vec![],
        Layer::Typing => vec![ctx.t("footer-type"), back],
        Layer::Menu => {
            let count = match &state.screen {
                Screen::Language(_) => state.settings.languages.len(),
                Screen::Visit(v) => match &v.step {
                    Step::Home(_) => menus::HOME.len(),
                    Step::Category { .. } | Step::Board(_) => state.settings.categories.len(),
                    Step::Events(e) if e.open.is_none() => e.events.as_ref().map_or(0, Vec::len),
                    Step::Details(d) => match d.edit {
                        Some(_) => 3,
                        None => 6,
                    },
                    _ => 0,
                },
                _ => 0,
            };
            let mut keys = Vec::new();
            if count > 0 {
                keys.push(choose(count));
            }
            keys.push(ok);
            keys.push(back);
            if state.settings.speech {
                keys.push(ctx.t("footer-speak"));
            }
            keys
        }
    }
}

fn render_footer(state: &State, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
    let style = ctx.theme.bar;
    let text = format!(" {} ", footer_keys(state, ctx).join("   "));
    let lines = ctx.block(&[(text, style)], area.width);
    frame.render_widget(Paragraph::new(lines).style(style), area);
}

fn render_countdown(seconds: u64, ctx: &Ctx<'_>, frame: &mut Frame<'_>, area: Rect) {
    let width = area.width.min(60);
    let inner_width = width.saturating_sub(4);
    let lines = ctx.block(
        &[
            (ctx.t("idle-title"), widgets::bold()),
            (String::new(), Style::default()),
            (
                ctx.t_with("idle-countdown", &[("seconds", seconds.into())]),
                widgets::bold(),
            ),
            (String::new(), Style::default()),
            (ctx.t("idle-continue"), Style::default()),
        ],
        inner_width,
    );
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
