//! aidkiosk's command line: parse and hand off to the library.
#![forbid(unsafe_code)]

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = aidkiosk::cli::Cli::parse();
    match aidkiosk::cli::main(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("aidkiosk: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
