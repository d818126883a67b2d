//! The printer the config names, and read-aloud: the synthesiser and a voice per language.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{Check, Level};
use crate::config::{Config, PrinterConfig};

/// Whether `dir` (or the nearest folder above it that exists) takes a new file.
fn writable_dir(dir: &Path) -> std::io::Result<()> {
    let mut at = dir;
    while !at.exists() {
        at = at.parent().unwrap_or(Path::new("/"));
    }
    let probe = at.join(format!(".aidkiosk-doctor-{}", std::process::id()));
    std::fs::write(&probe, b"")?;
    std::fs::remove_file(&probe)
}

/// The printer the config names: can a slip reach it?
pub fn printer(config: &Config, data_dir: &Path) -> Check {
    const NAME: &str = "printer";
    match &config.printer {
        PrinterConfig::File { .. } => {
            let dir = crate::print::slip_dir(config, data_dir);
            match writable_dir(&dir) {
                Ok(()) => Check::ok(
                    NAME,
                    format!("slips are written as files into {}", dir.display()),
                ),
                Err(e) => Check::new(
                    NAME,
                    Level::Fail,
                    format!("cannot write slips into {}: {e}", dir.display()),
                    "give the kiosk's user that folder (chown), or set [printer] dir to one it can write",
                ),
            }
        }
        PrinterConfig::EscposDevice { path, .. } => {
            if !path.exists() {
                return Check::new(
                    NAME,
                    Level::Fail,
                    format!("{} does not exist: no USB printer there", path.display()),
                    "switch the printer on and plug in its USB cable; `ls /dev/usb/` shows where it appears (set [printer] path to that)",
                );
            }
            match std::fs::OpenOptions::new().write(true).open(path) {
                Ok(_) => Check::ok(NAME, format!("{} is there and takes data", path.display())),
                Err(e) => Check::new(
                    NAME,
                    Level::Fail,
                    format!("cannot write to {}: {e}", path.display()),
                    "let the kiosk's user write to the printer: kiosk-setup's udev rule does it (docs/printing.md), or add the user to the lp group",
                ),
            }
        }
        PrinterConfig::EscposTcp {
            addr, timeout_secs, ..
        } => tcp_printer(addr, Duration::from_secs(*timeout_secs)),
        PrinterConfig::Cups { queue, command } => cups(queue, command),
    }
}

fn tcp_printer(addr: &str, timeout: Duration) -> Check {
    use std::io::{Read, Write};
    use std::net::ToSocketAddrs;
    const NAME: &str = "printer";
    let fix = "switch the printer on and check its network cable; print its self-test page (hold FEED while switching it on) to see its address, and set [printer] addr to it";
    let addrs: Vec<_> = match addr.to_socket_addrs() {
        Ok(a) => a.collect(),
        Err(e) => {
            return Check::new(NAME, Level::Fail, format!("{addr}: {e}"), fix);
        }
    };
    let mut last = String::from("no address");
    for a in addrs {
        match std::net::TcpStream::connect_timeout(&a, timeout) {
            Ok(mut stream) => {
                // Ask for the paper sensor; many printers answer, some do not.
                let _ = stream.set_read_timeout(Some(Duration::from_millis(800)));
                let _ = stream.set_write_timeout(Some(timeout));
                let mut status = [0u8; 1];
                let answered = stream
                    .write_all(&crate::slip::escpos::STATUS_PAPER)
                    .and_then(|()| stream.read(&mut status));
                return match answered {
                    Ok(1) if crate::slip::escpos::paper_out(status[0]) => Check::new(
                        NAME,
                        Level::Fail,
                        format!("the printer at {addr} is out of paper"),
                        "put in a new roll (58 or 80 mm thermal paper, shiny side to the print head)",
                    ),
                    Ok(1) if status[0] & 0x0C != 0 => Check::new(
                        NAME,
                        Level::Warn,
                        format!("the printer at {addr} is nearly out of paper"),
                        "have a new roll ready",
                    ),
                    Ok(1) => Check::ok(NAME, format!("the printer at {addr} answers; paper is in")),
                    _ => Check::ok(
                        NAME,
                        format!(
                            "the printer at {addr} takes connections (it does not report its paper)"
                        ),
                    ),
                };
            }
            Err(e) => last = e.to_string(),
        }
    }
    Check::new(
        NAME,
        Level::Fail,
        format!(
            "the printer at {addr} does not answer within {} s: {last}",
            timeout.as_secs()
        ),
        fix,
    )
}

/// `lpstat` beside the configured `lp` (or on the PATH).
fn lpstat_for(lp: &str) -> PathBuf {
    let lp = Path::new(lp);
    match lp.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join("lpstat"),
        _ => PathBuf::from("lpstat"),
    }
}

fn cups(queue: &str, lp: &str) -> Check {
    const NAME: &str = "printer";
    let lpstat = lpstat_for(lp);
    let out = match std::process::Command::new(&lpstat)
        .arg("-p")
        .arg(queue)
        .stdin(std::process::Stdio::null())
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            return Check::new(
                NAME,
                Level::Fail,
                format!("cannot run {}: {e}", lpstat.display()),
                "install CUPS' commands: sudo apt-get install cups-client",
            );
        }
    };
    let said = String::from_utf8_lossy(&out.stdout).to_lowercase()
        + &String::from_utf8_lossy(&out.stderr).to_lowercase();
    let first = said.lines().next().unwrap_or_default().trim().to_owned();
    if !out.status.success() || said.contains("invalid destination") {
        return Check::new(
            NAME,
            Level::Fail,
            format!("CUPS has no usable queue {queue:?}: {first}"),
            "start CUPS (sudo systemctl start cups) and add the printer (lpadmin, or http://localhost:631), or set [printer] queue to a queue `lpstat -p` lists",
        );
    }
    if said.contains("disabled") {
        return Check::new(
            NAME,
            Level::Fail,
            format!("the CUPS queue {queue:?} is disabled: {first}"),
            &format!(
                "look at the printer (paper, cable, power), then enable the queue: sudo cupsenable {queue}"
            ),
        );
    }
    if said.contains("idle") || said.contains("printing") {
        return Check::ok(
            NAME,
            format!("the CUPS queue {queue:?} is enabled: {first}"),
        );
    }
    Check::new(
        NAME,
        Level::Warn,
        format!("the CUPS queue {queue:?} said: {first}"),
        "look at `lpstat -p` and the printer itself",
    )
}

/// espeak-ng's voices for `voice`: whether one of the listed voices is it (by language or by
/// file name).
fn has_voice(command: &str, voice: &str) -> std::io::Result<bool> {
    let out = std::process::Command::new(command)
        .arg(format!("--voices={voice}"))
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let voice = voice.to_lowercase();
    Ok(text.lines().skip(1).any(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let language = fields.get(1).map(|l| l.to_lowercase());
        let file = fields
            .get(4)
            .and_then(|f| f.rsplit('/').next())
            .map(str::to_lowercase);
        language.as_deref() == Some(voice.as_str()) || file.as_deref() == Some(voice.as_str())
    }))
}

/// The synthesiser, and a voice for each language.
pub fn speech(config: &Config) -> Vec<Check> {
    let speech = &config.speech;
    if !speech.enabled {
        return vec![Check::ok(
            "speech",
            "read-aloud is off in the config ([speech] enabled = false)".into(),
        )];
    }
    let version = std::process::Command::new(&speech.command)
        .arg("--version")
        .stdin(std::process::Stdio::null())
        .output();
    let version = match version {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned(),
        _ => {
            return vec![Check::new(
                "speech",
                Level::Warn,
                format!(
                    "{} is not installed: the kiosk cannot read screens aloud (everything else works)",
                    speech.command
                ),
                "install it: sudo apt-get install espeak-ng",
            )];
        }
    };
    let mut out = vec![Check::ok("speech", version)];
    for lang in &config.languages {
        let name = format!("voice {lang}");
        match speech.voice(lang) {
            None => out.push(Check::new(
                &name,
                Level::Warn,
                format!(
                    "no voice for {lang}: espeak-ng has none{}, so the kiosk says once that it cannot read this language aloud, and only shows it",
                    if lang == "so" { " for Somali" } else { "" }
                ),
                "nothing to do unless a voice for it is installed; then name it under [speech] voices",
            )),
            Some(voice) => match has_voice(&speech.command, &voice) {
                Ok(true) => out.push(Check::ok(&name, format!("voice {voice}"))),
                Ok(false) => out.push(Check::new(
                    &name,
                    Level::Warn,
                    format!("{} has no voice {voice:?}: {lang} is not read aloud", speech.command),
                    &format!(
                        "pick one that `{} --voices={lang}` lists and set it under [speech] voices",
                        speech.command
                    ),
                )),
                Err(e) => out.push(Check::new(
                    &name,
                    Level::Warn,
                    format!("cannot ask {} for its voices: {e}", speech.command),
                    "install it: sudo apt-get install espeak-ng",
                )),
            },
        }
    }
    out
}
