//! aidkiosk: an offline walk-up kiosk for mutual aid networks.
//!
//! Visitors log needs and offers in their own language and leave with a signed QR slip.
//! The binary (`src/main.rs`) only parses the command line; everything lives here so tests
//! can drive it.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod app;
pub mod auth;
pub mod backup;
pub mod cli;
pub mod config;
pub mod datadir;
pub mod domain;
pub mod exchange;
pub mod files;
pub mod health;
pub mod i18n;
pub mod poster;
pub mod print;
pub mod runtime;
pub mod scratch;
pub mod seed;
pub mod slip;
pub mod speech;
pub mod store;
pub mod ui;
