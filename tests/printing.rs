//! Printing, proven on the bytes: a capture printer on a loopback TCP port receives the slip,
//! the ESC/POS stream is parsed, its raster bands stacked into an image and the QR decoded;
//! native QR mode carries the payload in `GS ( k`; an `lp` stand-in receives a PDF; printers
//! that refuse, stall or run out of paper lose nothing and freeze nothing.

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use aidkiosk::app::{PrintStatus, Screen, Step};
use aidkiosk::i18n::I18n;
use aidkiosk::print::{CupsPrinter, PrintError, Printer, Renderer, TcpPrinter};
use aidkiosk::runtime::{self, Env};
use aidkiosk::slip::{Document, Signer, Slip};
use aidkiosk::store::Store;
use common::Harness;
use crossterm::event::KeyCode;
use image::{GrayImage, Luma};

/// One ESC/POS command, as the printer would read it.
#[derive(Debug)]
enum Cmd {
    Init,
    Align(u8),
    Raster {
        bytes_per_row: usize,
        rows: usize,
        data: Vec<u8>,
    },
    Qr {
        function: u8,
        data: Vec<u8>,
    },
    Feed(u8),
    Cut,
    Status(u8),
}

/// Parses a stream strictly: an unknown byte fails the test.
fn parse(bytes: &[u8]) -> Vec<Cmd> {
    let mut out = Vec::new();
    let mut i = 0;
    let u16_at = |i: usize| bytes[i] as usize | (bytes[i + 1] as usize) << 8;
    while i < bytes.len() {
        match &bytes[i..] {
            [0x1b, b'@', ..] => {
                out.push(Cmd::Init);
                i += 2;
            }
            [0x1b, b'a', n, ..] => {
                out.push(Cmd::Align(*n));
                i += 3;
            }
            [0x1b, b'd', n, ..] => {
                out.push(Cmd::Feed(*n));
                i += 3;
            }
            [0x1d, b'V', 66, _, ..] => {
                out.push(Cmd::Cut);
                i += 4;
            }
            [0x10, 0x04, n, ..] => {
                out.push(Cmd::Status(*n));
                i += 3;
            }
            [0x1d, b'v', b'0', 0, ..] => {
                let bytes_per_row = u16_at(i + 4);
                let rows = u16_at(i + 6);
                let start = i + 8;
                let end = start + bytes_per_row * rows;
                out.push(Cmd::Raster {
                    bytes_per_row,
                    rows,
                    data: bytes[start..end].to_vec(),
                });
                i = end;
            }
            [0x1d, b'(', b'k', ..] => {
                let len = u16_at(i + 3);
                assert_eq!(bytes[i + 5], 49, "cn 49: QR");
                let function = bytes[i + 6];
                out.push(Cmd::Qr {
                    function,
                    data: bytes[i + 7..i + 5 + len].to_vec(),
                });
                i += 5 + len;
            }
            rest => panic!(
                "unknown ESC/POS at {i}: {:02x?}",
                &rest[..rest.len().min(8)]
            ),
        }
    }
    out
}

/// Stacks the raster bands into one image, as the paper would show it.
fn paper(cmds: &[Cmd]) -> GrayImage {
    let mut width = 0;
    let mut rows: Vec<Vec<bool>> = Vec::new();
    for c in cmds {
        if let Cmd::Raster {
            bytes_per_row,
            rows: n,
            data,
        } = c
        {
            width = *bytes_per_row * 8;
            for r in 0..*n {
                let row = &data[r * bytes_per_row..(r + 1) * bytes_per_row];
                rows.push(
                    (0..width)
                        .map(|x| row[x / 8] & (0x80 >> (x % 8)) != 0)
                        .collect(),
                );
            }
        }
    }
    GrayImage::from_fn(width as u32, rows.len() as u32, |x, y| {
        Luma([if rows[y as usize][x as usize] { 0 } else { 255 }])
    })
}

fn qr_codes(img: GrayImage) -> Vec<String> {
    let mut prepared = rqrr::PreparedImage::prepare(img);
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok())
        .map(|(_, s)| s)
        .collect()
}

/// A printer on a loopback port: answers the paper query with `status`, keeps what it is sent.
fn capture_printer(status: u8) -> (String, mpsc::Receiver<Vec<u8>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let (mut conn, _) = listener.accept().unwrap();
        conn.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        let mut answered = false;
        loop {
            match conn.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    got.extend_from_slice(&buf[..n]);
                    if !answered && got.starts_with(&[0x10, 0x04, 4]) {
                        conn.write_all(&[status]).unwrap();
                        answered = true;
                    }
                }
            }
        }
        tx.send(got).unwrap();
    });
    (addr, rx)
}

fn tcp(addr: &str, native_qr: bool) -> Arc<TcpPrinter> {
    Arc::new(TcpPrinter {
        addr: addr.into(),
        timeout: Duration::from_secs(1),
        native_qr,
        renderer: Arc::new(Renderer::new(58)),
    })
}

fn kiosk(printer: Arc<dyn Printer>) -> Harness {
    let mut store = Store::open_in_memory().unwrap();
    runtime::initialise(
        &mut store,
        &mut Env::fixed(common::now(), 2),
        b"pepper",
        "Eastside Pantry",
        "Maya",
        "2468",
    )
    .unwrap();
    Harness::with_printer(store, printer, tempfile::tempdir().unwrap())
}

fn slip_view(h: &Harness) -> aidkiosk::app::SlipView {
    match &h.kiosk.state.screen {
        Screen::Visit(v) => match &v.step {
            Step::Slip(view) => view.clone(),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
}

fn walk_to_slip(h: &mut Harness, lang_digit: char) {
    h.press(KeyCode::Enter).type_text(&lang_digit.to_string());
    for _ in 0..4 {
        h.press(KeyCode::Enter);
    }
}

#[test]
fn a_slip_over_tcp_carries_a_qr_that_decodes_to_its_payload() {
    let (addr, received) = capture_printer(0x12);
    let mut h = kiosk(tcp(&addr, false));
    walk_to_slip(&mut h, '3'); // Arabic: shaped text rasterised, QR drawn in
    let view = slip_view(&h);
    assert_eq!(view.print, PrintStatus::Done);
    let bytes = received.recv_timeout(Duration::from_secs(10)).unwrap();
    let cmds = parse(&bytes);
    assert!(
        matches!(cmds[0], Cmd::Status(4)),
        "paper status asked first"
    );
    assert!(matches!(cmds[1], Cmd::Init));
    assert!(matches!(cmds[2], Cmd::Align(1)), "centred");
    assert!(
        cmds.iter().any(|c| matches!(c, Cmd::Feed(4))),
        "fed past the cutter"
    );
    assert!(matches!(cmds.last(), Some(Cmd::Cut)));
    let image = paper(&cmds);
    assert_eq!(image.width(), 384, "58 mm paper");
    assert_eq!(qr_codes(image), vec![view.payload.clone()]);
    let site = h.kiosk.store().site().unwrap().unwrap();
    assert!(
        Signer::new(&site.tag, &site.secret)
            .verify(&view.payload)
            .is_ok()
    );
}

#[test]
fn native_qr_mode_stores_the_payload_with_gs_k() {
    let (addr, received) = capture_printer(0x12);
    let mut h = kiosk(tcp(&addr, true));
    walk_to_slip(&mut h, '1');
    let view = slip_view(&h);
    let cmds = parse(&received.recv_timeout(Duration::from_secs(10)).unwrap());
    let store = cmds.iter().find_map(|c| match c {
        Cmd::Qr { function: 80, data } => Some(data.clone()),
        _ => None,
    });
    let mut expected = vec![48];
    expected.extend_from_slice(view.payload.as_bytes());
    assert_eq!(store, Some(expected));
    assert!(
        cmds.iter()
            .any(|c| matches!(c, Cmd::Qr { function: 81, .. })),
        "and prints it"
    );
    assert!(
        qr_codes(paper(&cmds)).is_empty(),
        "no second QR in the raster"
    );
}

#[test]
fn out_of_paper_is_reported_and_the_entry_kept() {
    let (addr, _received) = capture_printer(0x72);
    let printer = tcp(&addr, false);
    let mut h = kiosk(printer.clone());
    walk_to_slip(&mut h, '1');
    let view = slip_view(&h);
    assert_eq!(view.print, PrintStatus::Failed);
    assert!(h.screen().contains("The printer is not working."));
    assert!(h.kiosk.store().slip(&view.code).unwrap().is_some());
}

#[test]
fn a_printer_that_refuses_connections_loses_nothing() {
    let addr = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().to_string()
    };
    let mut h = kiosk(tcp(&addr, false));
    walk_to_slip(&mut h, '1');
    let view = slip_view(&h);
    assert_eq!(view.print, PrintStatus::Failed);
    let record = h.kiosk.store().slip(&view.code).unwrap().unwrap();
    assert_eq!(record.printed_at, None);
}

/// A printer that takes seconds and then fails, like one that is off on a slow USB hub.
struct Stalled;

impl Printer for Stalled {
    fn print(&self, _: &Document) -> Result<(), PrintError> {
        std::thread::sleep(Duration::from_secs(3));
        Err(PrintError::OutOfPaper)
    }
}

#[test]
fn a_stalled_printer_never_freezes_the_screen() {
    let mut h = kiosk(Arc::new(Stalled));
    h.press(KeyCode::Enter).press(KeyCode::Enter);
    let started = Instant::now();
    // Keys without waiting for the printer: the save is immediate, the print runs aside.
    for _ in 0..4 {
        h.clock += 100;
        h.kiosk.key(aidkiosk::app::Key::Enter, h.clock);
        h.kiosk.settle_store(Duration::from_secs(5), h.clock);
    }
    let view = slip_view(&h);
    assert_eq!(view.print, PrintStatus::Pending);
    assert!(
        h.screen().contains("Printing your ticket"),
        "{}",
        h.screen()
    );
    assert!(
        h.kiosk.store().slip(&view.code).unwrap().is_some(),
        "saved before printing"
    );
    h.clock += 100;
    h.kiosk.key(aidkiosk::app::Key::Enter, h.clock);
    assert_eq!(
        h.kiosk.state.screen,
        Screen::Welcome,
        "the next visitor can start"
    );
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    h.kiosk.settle(Duration::from_secs(20), h.clock);
    let record = h.kiosk.store().slip(&view.code).unwrap().unwrap();
    assert_eq!(
        record.printed_at, None,
        "the stalled job failed, and is on record"
    );
}

struct Flaky(AtomicUsize);

impl Printer for Flaky {
    fn print(&self, _: &Document) -> Result<(), PrintError> {
        if self.0.fetch_add(1, Ordering::SeqCst) == 0 {
            Err(PrintError::OutOfPaper)
        } else {
            Ok(())
        }
    }
}

#[test]
fn a_failed_print_is_retried_while_the_slip_is_on_screen() {
    let flaky = Arc::new(Flaky(AtomicUsize::new(0)));
    let mut h = kiosk(flaky.clone());
    walk_to_slip(&mut h, '1');
    assert_eq!(slip_view(&h).print, PrintStatus::Failed);
    h.wait(9_000);
    assert_eq!(flaky.0.load(Ordering::SeqCst), 1);
    h.wait(1_000);
    h.kiosk.settle(Duration::from_secs(5), h.clock);
    assert_eq!(flaky.0.load(Ordering::SeqCst), 2);
    assert_eq!(slip_view(&h).print, PrintStatus::Done);
    assert!(h.screen().contains("Printed. Please take your ticket."));
}

fn lp_stand_in(dir: &std::path::Path, exit: i32) -> String {
    let script = dir.join("lp");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"{0}/args\"\nfor last; do :; done\ncp \"$last\" \"{0}/doc\"\necho 'lp: printer is stopped' >&2\nexit {exit}\n",
            dir.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    script.display().to_string()
}

#[test]
fn cups_gets_a_pdf_of_the_slip_through_lp() {
    let dir = tempfile::tempdir().unwrap();
    let printer = Arc::new(CupsPrinter {
        queue: "Library_Front".into(),
        command: lp_stand_in(dir.path(), 0),
        spool: dir.path().join("spool"),
        renderer: Arc::new(Renderer::new(80)),
    });
    let mut h = kiosk(printer);
    walk_to_slip(&mut h, '4'); // Chinese
    let view = slip_view(&h);
    assert_eq!(view.print, PrintStatus::Done);
    let args = std::fs::read_to_string(dir.path().join("args")).unwrap();
    let args: Vec<&str> = args.lines().collect();
    assert_eq!(&args[..2], ["-d", "Library_Front"]);
    assert_eq!(args[3], format!("aidkiosk {}", view.code));
    assert!(
        args[4].ends_with(&format!("{}.pdf", view.code.as_str())),
        "{args:?}"
    );
    let pdf = std::fs::read(dir.path().join("doc")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("/Width 576"), "80 mm slip image");
    assert!(text.contains("/BitsPerComponent 1"));
}

#[test]
fn a_failing_lp_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let printer = CupsPrinter {
        queue: "Front".into(),
        command: lp_stand_in(dir.path(), 1),
        spool: dir.path().join("spool"),
        renderer: Arc::new(Renderer::new(58)),
    };
    let slip = Slip {
        site: "Hall".into(),
        place: String::new(),
        hours: String::new(),
        code: aidkiosk::domain::SlipCode::parse("7K3M-Q9PX").unwrap(),
        payload: "AK1.X".into(),
        items: vec![aidkiosk::slip::SlipItem {
            kind: aidkiosk::domain::Kind::Need,
            category: aidkiosk::domain::Category::Food,
            next: aidkiosk::domain::lifecycle::NextStep::NeedWaiting,
        }],
        issued: common::now(),
        language: "en".into(),
        staff_language: "en".into(),
    };
    let err = printer
        .print(&slip.document(&I18n::embedded()))
        .unwrap_err()
        .to_string();
    assert!(err.contains("printer is stopped"), "{err}");
}

#[test]
fn staff_can_reprint_from_the_desk() {
    let flaky = Arc::new(Flaky(AtomicUsize::new(0)));
    let mut h = kiosk(flaky.clone());
    walk_to_slip(&mut h, '1');
    let code = slip_view(&h).code;
    h.press(KeyCode::Enter);
    h.press(KeyCode::F(2)).sign_in("Maya", "2468");
    h.type_text(code.as_str()).press(KeyCode::Enter);
    assert!(h.screen().contains("F4: print again"), "{}", h.screen());
    h.press(KeyCode::F(4));
    assert!(
        h.screen()
            .contains(&format!("Printed: {}.", code.display())),
        "{}",
        h.screen()
    );
    assert_eq!(flaky.0.load(Ordering::SeqCst), 2);
    assert!(
        h.kiosk
            .store()
            .slip(&code)
            .unwrap()
            .unwrap()
            .printed_at
            .is_some()
    );
}

/// A member card on a thermal printer (#15): its QR, as an ESC/POS raster and as the
/// printer's own QR, decodes to the signed card payload, in Arabic and Chinese too.
#[test]
fn a_member_card_in_escpos_carries_its_signed_payload() {
    let i18n = I18n::embedded();
    let signer = Signer::new("K3F9Q", b"0123456789abcdef0123456789abcdef");
    let code = aidkiosk::domain::SlipCode::parse("ZCN7-6A8F").unwrap();
    let payload = signer.card_payload(&code);
    for lang in ["en", "ar", "zh-Hans"] {
        let doc = aidkiosk::slip::card::document("Eastside", &code, &payload, lang, "en", &i18n);
        assert!(doc.text.contains("ZCN7-6A8F"), "{}", doc.text);
        let renderer = Renderer::new(58);
        let raster = parse(&renderer.escpos(&doc, false).unwrap());
        assert_eq!(qr_codes(paper(&raster)), vec![payload.clone()], "{lang}");
        let native = parse(&renderer.escpos(&doc, true).unwrap());
        let stored = native.iter().find_map(|c| match c {
            Cmd::Qr { function: 80, data } => Some(data[1..].to_vec()),
            _ => None,
        });
        assert_eq!(stored, Some(payload.clone().into_bytes()), "{lang}");
        assert_eq!(signer.verify_card(&payload), Ok(code));
    }
}
