//! aidkiosk's command line: parse and hand off to the library.
#![forbid(unsafe_code)]

use clap::Parser;

fn main() -> std::process::ExitCode {
    // Before anything is created: the data dir holds names and phone numbers, so every file
    // and folder this process makes is its owner's only (the units set UMask=0077 too).
    aidkiosk::datadir::private_umask();
    let cli = aidkiosk::cli::Cli::parse();
    match aidkiosk::cli::main(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("aidkiosk: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
