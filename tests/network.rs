//! A network of three sites (#14), each its own data dir, with the exchange folders copied
//! between them as Syncthing would: out of order, twice, cut short and later whole, beside a
//! conflict copy, a file signed by a stranger, a file of a newer format. After delivery the
//! three hold the same shared state, digest for digest; nothing personal ever left a site.

mod common;

use std::path::{Path, PathBuf};

use aidkiosk::domain::{Category, Draft, Kind, NewEntry, Pickup, SlipCode};
use aidkiosk::exchange::{self, records::SiteRecord};
use aidkiosk::runtime::network::{self, qr_of};
use aidkiosk::slip::Signer;
use aidkiosk::store::Store;
use chrono::{DateTime, Duration, Utc};
use ed25519_dalek::SigningKey;
use proptest::prelude::*;
use sha2::{Digest, Sha256};

/// A name, a phone number and a note planted at every site: never in an exchange file.
const NAME: &str = "Zbigniew Quarterpound";
const PHONE: &str = "+44 7700 900123";
const NOTE: &str = "allergic to peanuts, blue door";

struct Site {
    dir: tempfile::TempDir,
    root: PathBuf,
    store: Store,
    tag: String,
    signer: Signer,
    staff: String,
    n: u32,
}

impl Site {
    fn new(seed: u8, at: DateTime<Utc>) -> Site {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("aidkiosk.db")).unwrap();
        let mut env = aidkiosk::runtime::Env::fixed(at, u64::from(seed) * 7919);
        let name = format!("Hall {seed}");
        aidkiosk::runtime::initialise(&mut store, &mut env, b"pepper", &name, "Maya", "2468")
            .unwrap();
        let staff = store.staff_named("Maya").unwrap().unwrap().id;
        let key = SigningKey::from_bytes(&[seed; 32]);
        store
            .create_network(&[seed; 32], key.verifying_key().as_bytes(), &staff, at)
            .unwrap();
        let signer = common::signer(&store);
        let tag = store.site().unwrap().unwrap().tag;
        Site {
            root: dir.path().join("exchange"),
            dir,
            store,
            tag,
            signer,
            staff,
            n: 0,
        }
    }

    fn key(&self) -> SigningKey {
        SigningKey::from_bytes(&self.store.network_key().unwrap().unwrap())
    }

    /// A need (or offer) with a name, a phone and a note; its code.
    fn save(&mut self, kind: Kind, at: DateTime<Utc>) -> SlipCode {
        self.n += 1;
        let mut draft = Draft::new(kind, Category::Food);
        draft.name = NAME.into();
        draft.phone = PHONE.into();
        draft.detail = NOTE.into();
        let entry = NewEntry {
            id: format!("{}-{}", self.tag, self.n),
            draft,
            language: "es".into(),
        };
        let (tag, n) = (self.tag.as_bytes()[0], self.n);
        let mut codes =
            (0u8..).map(move |x| SlipCode::from_random([tag, (n >> 8) as u8, n as u8, x, 0x5a]));
        self.store
            .save_entry(&entry, &mut || codes.next().unwrap(), at)
            .unwrap()
    }

    fn sync(&mut self, at: DateTime<Utc>) -> network::Round {
        network::sync(&mut self.store, &self.root, ("Side door", "Tue 16–19"), at).unwrap()
    }

    fn digest(&self) -> (String, usize) {
        let lines = self.store.shared_state(&qr_of(&self.signer)).unwrap();
        let mut h = Sha256::new();
        for l in &lines {
            h.update(l.as_bytes());
            h.update(b"\n");
        }
        let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        (hex, lines.len())
    }

    fn outbox(&self) -> PathBuf {
        self.root.join(&self.tag)
    }
}

/// Three sites that joined each other.
fn three(at: DateTime<Utc>) -> Vec<Site> {
    let mut sites: Vec<Site> = (1..=3).map(|s| Site::new(s, at)).collect();
    let known: Vec<(String, [u8; 32])> = sites
        .iter()
        .map(|s| (s.tag.clone(), *s.key().verifying_key().as_bytes()))
        .collect();
    for site in &mut sites {
        for (tag, key) in &known {
            if *tag != site.tag {
                let record = SiteRecord {
                    name: format!("Site {tag}"),
                    place: String::new(),
                    hours: String::new(),
                };
                let staff = site.staff.clone();
                site.store.join_site(&record, tag, key, &staff, at).unwrap();
            }
        }
    }
    sites
}

/// Copies file `seq` of `from`'s outbox into `to`'s folder for it, as Syncthing does.
fn deliver(from: &Site, to: &Site, seq: u64) {
    let name = exchange::file_name(seq);
    let src = from.outbox().join(&name);
    if !src.exists() {
        return;
    }
    let dir = to.root.join(&from.tag);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(&src, dir.join(&name)).unwrap();
}

/// The numbers of the files in `site`'s outbox.
fn written(site: &Site) -> Vec<u64> {
    let mut out: Vec<u64> = std::fs::read_dir(site.outbox())
        .map(|d| {
            d.flatten()
                .filter_map(|e| exchange::sequence_of(&e.file_name().to_string_lossy()))
                .collect()
        })
        .unwrap_or_default();
    out.sort_unstable();
    out
}

/// Every site syncs and every file goes everywhere, until nothing changes.
fn settle(sites: &mut [Site], at: DateTime<Utc>) {
    for _ in 0..8 {
        for i in 0..sites.len() {
            for j in 0..sites.len() {
                if i != j {
                    for seq in written(&sites[i]) {
                        deliver(&sites[i], &sites[j], seq);
                    }
                }
            }
        }
        let mut moved = false;
        for s in sites.iter_mut() {
            let r = s.sync(at);
            moved |= r.exported.is_some() || !r.applied.is_empty();
        }
        if !moved {
            return;
        }
    }
    panic!("the network did not settle");
}

fn agree(sites: &[Site]) -> usize {
    let (first, lines) = sites[0].digest();
    for s in &sites[1..] {
        if s.digest().0 != first {
            let a = sites[0]
                .store
                .shared_state(&qr_of(&sites[0].signer))
                .unwrap();
            let b = s.store.shared_state(&qr_of(&s.signer)).unwrap();
            let only_a: Vec<&String> = a.iter().filter(|l| !b.contains(l)).collect();
            let only_b: Vec<&String> = b.iter().filter(|l| !a.contains(l)).collect();
            panic!(
                "site {} disagrees:\n{only_a:#?}\n{only_b:#?}\n{:#?}\n{:#?}\n{:?}",
                s.tag,
                s.store.problems(),
                s.store.network_sites().map(|v| v
                    .into_iter()
                    .map(|n| (n.tag, n.applied, n.waiting))
                    .collect::<Vec<_>>()),
                sites
                    .iter()
                    .map(|x| {
                        let c = x.store.connection();
                        let q = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
                        (
                            x.tag.clone(),
                            q("SELECT count(*) FROM net_proposal"),
                            q("SELECT count(*) FROM change_log"),
                            written(x),
                        )
                    })
                    .collect::<Vec<_>>()
            );
        }
    }
    lines
}

fn all_exchange_bytes(sites: &[Site]) -> Vec<(PathBuf, Vec<u8>)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    for s in sites {
        walk(&s.root, &mut out);
    }
    out
}

#[test]
fn three_sites_agree_whatever_syncthing_and_people_leave_in_the_folders() {
    let t0 = common::now();
    let mut sites = three(t0);
    let at = |m: i64| t0 + Duration::minutes(m);
    // A: five needs and an offer; B three needs; C two.
    let mut a_codes: Vec<SlipCode> = (0..5).map(|i| sites[0].save(Kind::Need, at(i))).collect();
    sites[0].save(Kind::Offer, at(6));
    for i in 0..3 {
        sites[1].save(Kind::Need, at(i));
    }
    for i in 0..2 {
        sites[2].save(Kind::Need, at(i));
    }
    for s in &mut sites {
        s.sync(at(10));
    }
    // A writes two more files: a need, then its own hand-over of its first need.
    a_codes.push(sites[0].save(Kind::Need, at(11)));
    sites[0].sync(at(12));
    let staff = sites[0].staff.clone();
    let done = sites[0]
        .store
        .pickup(&a_codes[0], &staff, &[], at(13))
        .unwrap();
    assert_eq!(done, Pickup::Done);
    sites[0].sync(at(14));
    assert_eq!(written(&sites[0]), vec![1, 2, 3]);

    // B gets A's third file first: a gap, nothing applied, the file waits.
    deliver(&sites[0], &sites[1], 3);
    let r = sites[1].sync(at(15));
    assert!(r.applied.is_empty(), "{r:?}");
    let waiting = sites[1]
        .store
        .network_sites()
        .unwrap()
        .into_iter()
        .find(|n| n.tag == sites[0].tag)
        .unwrap();
    assert_eq!((waiting.applied, waiting.waiting), (0, 1));

    // File 1 arrives cut short (still copying): refused as not whole, nothing applied.
    let whole = std::fs::read(sites[0].outbox().join(exchange::file_name(1))).unwrap();
    let b_from_a = sites[1].root.join(&sites[0].tag);
    std::fs::write(
        b_from_a.join(exchange::file_name(1)),
        &whole[..whole.len() / 2],
    )
    .unwrap();
    let r = sites[1].sync(at(16));
    assert!(r.applied.is_empty());
    assert!(
        r.problems.iter().any(|p| p.2.contains("not whole")),
        "{r:?}"
    );
    // Then whole, with file 2 twice over, Syncthing's temporary file and a conflict copy.
    deliver(&sites[0], &sites[1], 1);
    deliver(&sites[0], &sites[1], 2);
    deliver(&sites[0], &sites[1], 2);
    std::fs::write(b_from_a.join(".syncthing.0000000004.akx.tmp"), b"AKX1 half").unwrap();
    std::fs::write(
        b_from_a.join("0000000002.sync-conflict-20261203-103000-ABCDEFG.akx"),
        b"other bytes",
    )
    .unwrap();
    let r = sites[1].sync(at(17));
    let seqs: Vec<u64> = r.applied.iter().map(|a| a.1).collect();
    assert_eq!(seqs, vec![1, 2, 3], "{r:?}");
    assert!(
        sites[1]
            .store
            .problems()
            .unwrap()
            .iter()
            .any(|p| p.file.contains("sync-conflict")),
        "the conflict copy is shown"
    );
    // The same files again change nothing.
    let before = sites[1].digest();
    let r = sites[1].sync(at(18));
    assert!(r.applied.is_empty());
    assert_eq!(
        sites[1].digest(),
        before,
        "a file applied twice changes nothing"
    );
    // A need of A handed over at A shows at B as handed over there.
    let t = sites[1].store.net_ticket(&a_codes[0]).unwrap().unwrap();
    assert_eq!(t.items[0].handed_at.len(), 1, "{t:?}");

    // C gets a file 4 for A signed by a stranger: refused and shown; A's own file 4 is then
    // applied in its place.
    for seq in 1..=3 {
        deliver(&sites[0], &sites[2], seq);
    }
    let stranger = SigningKey::from_bytes(&[99; 32]);
    let forged = exchange::write(&sites[0].tag, 4, at(19), &[], &stranger);
    let c_from_a = sites[2].root.join(&sites[0].tag);
    std::fs::write(c_from_a.join(exchange::file_name(4)), &forged).unwrap();
    let r = sites[2].sync(at(19));
    assert_eq!(r.applied.iter().filter(|a| a.0 == sites[0].tag).count(), 3);
    assert!(
        sites[2]
            .store
            .problems()
            .unwrap()
            .iter()
            .any(|p| p.kind == "refused"
                && p.file == exchange::file_name(4)
                && p.reason.contains("not signed")),
        "{:?}",
        sites[2].store.problems()
    );
    // A file 5 from a newer aidkiosk: kept, not applied, "update aidkiosk here".
    std::fs::write(
        c_from_a.join(exchange::file_name(5)),
        format!("AKX2 {} 5\nwhatever comes next\n", sites[0].tag),
    )
    .unwrap();

    // B and C each hand over A's second need while apart: both kept, a conflict everywhere.
    let (entry_site, entry_id) = {
        let t = sites[1].store.net_ticket(&a_codes[1]).unwrap().unwrap();
        (t.site.clone(), t.items[0].entry_id.clone())
    };
    for s in [1, 2] {
        let staff = sites[s].staff.clone();
        sites[s]
            .store
            .hand_over_elsewhere(
                &entry_site,
                &entry_id,
                &format!("H{s}"),
                Some(&staff),
                at(20),
            )
            .unwrap();
    }
    // A hands over something more, so its real file 4 exists, and C may read it.
    sites[0].save(Kind::Need, at(21));
    sites[0].sync(at(21));
    deliver(&sites[0], &sites[2], 4);
    let r = sites[2].sync(at(22));
    assert!(
        r.applied.iter().any(|a| a.0 == sites[0].tag && a.1 == 4),
        "{r:?}"
    );
    assert!(
        sites[2]
            .store
            .problems()
            .unwrap()
            .iter()
            .any(|p| p.kind == "newer"),
        "the newer file is kept and shown"
    );
    // A writes its real file 5 (which replaces the newer one in C's folder when delivered).
    sites[0].save(Kind::Need, at(23));
    settle(&mut sites, at(30));
    let lines = agree(&sites);
    assert!(lines > 20, "{lines} lines of shared state");
    for s in &sites {
        let c = s.store.conflicts().unwrap();
        assert_eq!(c.len(), 1, "site {}: {c:?}", s.tag);
        assert_eq!(c[0].handovers.len(), 2);
        assert!(
            s.store
                .problems()
                .unwrap()
                .iter()
                .all(|p| p.kind != "newer")
        );
    }
    // At A, the need B handed over is closed here too: not handed over a third time.
    let staff = sites[0].staff.clone();
    let again = sites[0]
        .store
        .pickup(&a_codes[1], &staff, &[], at(31))
        .unwrap();
    assert!(matches!(again, Pickup::Already { .. }), "{again:?}");

    // C's staff sort the conflict out: no site shows it any more.
    let staff = sites[2].staff.clone();
    sites[2]
        .store
        .resolve_conflict(&entry_site, &entry_id, Some(&staff), at(32))
        .unwrap();
    settle(&mut sites, at(33));
    agree(&sites);
    for s in &sites {
        assert!(s.store.conflicts().unwrap().is_empty(), "site {}", s.tag);
    }

    // Nothing personal in any file, nor any key or secret.
    let mut secrets: Vec<String> = vec![NAME.into(), PHONE.into(), NOTE.into(), "$argon2".into()];
    for s in &sites {
        let site = s.store.site().unwrap().unwrap();
        secrets.push(site.secret.iter().map(|b| format!("{b:02x}")).collect());
        secrets.push(
            s.key()
                .to_bytes()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
        );
    }
    let files = all_exchange_bytes(&sites);
    assert!(files.len() > 12);
    for (path, bytes) in files {
        let text = String::from_utf8_lossy(&bytes);
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{} holds {secret:?}",
                path.display()
            );
        }
        assert!(!text.contains("Quarterpound") && !text.contains("7700"));
    }
}

#[test]
fn a_removed_site_is_no_longer_applied_and_a_stranger_folder_is_named() {
    let t0 = common::now();
    let mut sites = three(t0);
    sites[2].save(Kind::Need, t0);
    settle(&mut sites, t0);
    let staff = sites[0].staff.clone();
    let c = sites[2].tag.clone();
    assert!(sites[0].store.remove_site(&c, &staff, t0).unwrap());
    sites[2].save(Kind::Need, t0 + Duration::minutes(1));
    sites[2].sync(t0 + Duration::minutes(1));
    for seq in written(&sites[2]) {
        deliver(&sites[2], &sites[0], seq);
    }
    std::fs::create_dir_all(sites[0].root.join("ZZZZZ")).unwrap();
    let r = sites[0].sync(t0 + Duration::minutes(2));
    assert!(r.applied.iter().all(|a| a.0 != c), "{r:?}");
    let problems = sites[0].store.problems().unwrap();
    assert!(
        problems.iter().any(|p| p.kind == "removed" && p.site == c),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.kind == "unknown" && p.site == "ZZZZZ")
    );
    // What came from it before stays, but visitors are not sent there.
    let needs = sites[0].store.net_open_needs().unwrap();
    assert!(needs.is_empty(), "{needs:?}");
}

#[test]
fn another_sites_ticket_at_the_kiosk_and_at_the_desk() {
    use crossterm::event::KeyCode::{Enter, Esc, F};
    let t0 = common::now();
    let mut sites = three(t0);
    let code = sites[0].save(Kind::Need, t0);
    settle(&mut sites, t0);
    let payload = sites[0].signer.payload(&code);
    // Site B's kiosk, on a second connection to its database.
    let store = Store::open(&sites[1].dir.path().join("aidkiosk.db")).unwrap();
    let mut h = common::Harness::on(store);
    h.press(Enter).press(Enter).type_text("3");
    h.type_text(&payload).press(Enter);
    let screen = h.screen();
    assert!(
        screen.contains("This ticket is from Hall 1, another place of our network."),
        "{screen}"
    );
    assert!(screen.contains("Need: Food"), "{screen}");
    assert!(screen.contains("Side door · Tue 16–19"), "{screen}");
    // A forged QR for the same code: not found, as at home.
    let forged = format!("{}AAAA", &payload[..payload.len() - 4]);
    h.press(Esc).type_text("3").type_text(&forged).press(Enter);
    assert!(
        h.screen().contains("We could not find this code"),
        "{}",
        h.screen()
    );
    // The board adds the other sites' open needs.
    h.press(Esc).type_text("4");
    assert!(
        h.screen()
            .contains("+ 1 need at other places of our network"),
        "{}",
        h.screen()
    );
    // The desk: the scanned ticket opens as Hall 1's; Enter hands it over here.
    h.wait(200_000);
    h.press(F(2));
    h.sign_in("Maya", "2468");
    h.type_text(&payload).press(Enter);
    assert!(
        h.screen()
            .contains(&format!("Ticket {} from Hall 1", code.display())),
        "{}",
        h.screen()
    );
    h.press(Enter);
    assert!(
        h.screen().contains("handed over here. Hall 1 sees it"),
        "{}",
        h.screen()
    );
    // Again: refused, wherever it was handed over.
    h.type_text(&payload).press(Enter).press(Enter);
    assert!(
        h.screen().contains("was already handed over"),
        "{}",
        h.screen()
    );
    drop(h);
    // Hall 1 applies it: its own ticket is closed there, and all three agree.
    settle(&mut sites, t0 + Duration::minutes(5));
    agree(&sites);
    let staff = sites[0].staff.clone();
    let again = sites[0].store.pickup(&code, &staff, &[], t0).unwrap();
    assert!(matches!(again, Pickup::Already { .. }), "{again:?}");
    // The Network tab at Hall 2 lists the three sites and no conflict.
    let store = Store::open(&sites[1].dir.path().join("aidkiosk.db")).unwrap();
    let mut h = common::Harness::on(store);
    h.press(F(2));
    h.sign_in("Maya", "2468");
    for _ in 0..9 {
        h.press(crossterm::event::KeyCode::Tab);
    }
    let screen = h.screen();
    assert!(screen.contains("[Network]"), "{screen}");
    for name in ["Hall 1", "Hall 2", "Hall 3", "No conflicts."] {
        assert!(screen.contains(name), "{name} on\n{screen}");
    }
    // The Gaps tab, then F6: a column per site, Hall 1's need counted under it.
    h.press(crossterm::event::KeyCode::BackTab).press(F(6));
    let screen = h.screen();
    assert!(
        screen.contains("at each site of the network") && screen.contains("Hall 1"),
        "{screen}"
    );
    let food = screen
        .lines()
        .find(|l| l.trim_start().starts_with("Food"))
        .unwrap();
    assert!(
        food.contains("1 / 1"),
        "Hall 1's need, handed over at Hall 2:\n{screen}"
    );
    // F6 again: this site's own report.
    h.press(F(6));
    assert!(
        !h.screen().contains("at each site of the network"),
        "{}",
        h.screen()
    );
}

/// One operation of the property test.
#[derive(Debug, Clone)]
enum Op {
    Save(usize),
    HandOwn(usize, usize),
    HandOther(usize, usize),
    Sync(usize),
    Deliver {
        from: usize,
        to: usize,
        pick: usize,
    },
    /// Every file of `from` reaches `to`, which syncs (a good link for a moment).
    DeliverAll {
        from: usize,
        to: usize,
    },
    /// Site s proposes another site's open offer for one of its open needs.
    Propose(usize, usize),
    /// Site s answers (confirms when `yes`) a proposal for one of its offers.
    Answer(usize, usize, bool),
    Offer(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..3usize).prop_map(Op::Save),
        2 => (0..3usize).prop_map(Op::Offer),
        1 => (0..3usize, 0..50usize).prop_map(|(s, k)| Op::HandOwn(s, k)),
        3 => (0..3usize, 0..50usize).prop_map(|(s, k)| Op::HandOther(s, k)),
        1 => (0..3usize).prop_map(Op::Sync),
        3 => (0..3usize, 0..3usize, 0..8usize).prop_map(|(from, to, pick)| Op::Deliver { from, to, pick }),
        5 => (0..3usize, 0..3usize).prop_map(|(from, to)| Op::DeliverAll { from, to }),
        3 => (0..3usize, 0..50usize).prop_map(|(s, k)| Op::Propose(s, k)),
        4 => (0..3usize, 0..50usize, any::<bool>()).prop_map(|(s, k, y)| Op::Answer(s, k, y)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Random work at three sites, files delivered in random order and twice: once everything
    /// is delivered the sites agree, and every hand-over made anywhere is at every site.
    #[test]
    fn random_work_and_delivery_converge_and_lose_no_hand_over(ops in prop::collection::vec(op(), 1..60)) {
        let t0 = common::now();
        let mut sites = three(t0);
        let mut codes: Vec<Vec<SlipCode>> = vec![Vec::new(); 3];
        // Each site starts with two needs and two offers everyone knows of; then the sites
        // work apart, with files delivered at random.
        for s in 0..3 {
            for kind in [Kind::Need, Kind::Need, Kind::Offer, Kind::Offer] {
                let c = sites[s].save(kind, t0);
                if kind == Kind::Need {
                    codes[s].push(c);
                }
            }
        }
        settle(&mut sites, t0);
        let mut handovers = 0usize;
        let (mut proposals, mut answers) = (0usize, 0usize);
        for (i, o) in ops.iter().enumerate() {
            let at = t0 + Duration::seconds(i as i64 * 30);
            match *o {
                Op::Save(s) => {
                    let c = sites[s].save(Kind::Need, at);
                    codes[s].push(c);
                }
                Op::HandOwn(s, k) => {
                    if let Some(c) = codes[s].get(k % codes[s].len().max(1)).copied() {
                        let staff = sites[s].staff.clone();
                        sites[s].store.pickup(&c, &staff, &[], at).unwrap();
                    }
                }
                Op::HandOther(s, k) => {
                    // Any open need of another site this site has heard of.
                    let known: Vec<(String, String)> = {
                        let c = sites[s].store.connection();
                        let mut stmt = c.prepare(
                            "SELECT site, id FROM net_entry WHERE kind = 'need' ORDER BY site, id").unwrap();
                        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
                    };
                    if let Some((site, id)) = known.get(k % known.len().max(1)) {
                        let staff = sites[s].staff.clone();
                        if sites[s].store.hand_over_elsewhere(site, id, &format!("H{i}"), Some(&staff), at).is_ok() {
                            handovers += 1;
                        }
                    }
                }
                Op::DeliverAll { from, to } => {
                    if from != to {
                        sites[from].sync(at);
                        for seq in written(&sites[from]) {
                            deliver(&sites[from], &sites[to], seq);
                        }
                        sites[to].sync(at);
                    }
                }
                Op::Sync(s) => { sites[s].sync(at); }
                Op::Offer(s) => { sites[s].save(Kind::Offer, at); }
                Op::Propose(s, k) => {
                    let staff = sites[s].staff.clone();
                    let needs = sites[s].store.open_entries(Kind::Need, &[Category::Food], 50).unwrap();
                    let offers = sites[s].store.net_candidates(&[Category::Food], 50).unwrap();
                    if let (Some(need), Some(with)) = (needs.get(k % needs.len().max(1)), offers.get(k % offers.len().max(1)))
                        && sites[s].store.propose_match(&format!("P{i}"), &need.id, with, 1, &staff, at).unwrap()
                    {
                        proposals += 1;
                    }
                }
                Op::Answer(s, k, yes) => {
                    let staff = sites[s].staff.clone();
                    let pending: Vec<String> = sites[s].store.proposed_matches().unwrap()
                        .into_iter().map(|m| m.id).filter(|id| id.starts_with("net:")).collect();
                    if let Some(id) = pending.get(k % pending.len().max(1)) {
                        let done = if yes {
                            sites[s].store.confirm_match(id, &staff, &[], at).unwrap()
                        } else {
                            sites[s].store.cancel_match(id, &staff, &[], at).unwrap()
                        };
                        answers += usize::from(done);
                    }
                }
                Op::Deliver { from, to, pick } => {
                    if from != to {
                        let files = written(&sites[from]);
                        if !files.is_empty() {
                            deliver(&sites[from], &sites[to], files[pick % files.len()]);
                        }
                    }
                }
            }
        }
        settle(&mut sites, t0 + Duration::hours(1));
        agree(&sites);
        for s in &sites {
            let n: i64 = s.store.connection()
                .query_row("SELECT count(*) FROM net_handover", [], |r| r.get(0)).unwrap();
            prop_assert_eq!(n as usize, handovers, "site {}", s.tag);
            // The board's counts, kept by triggers, are what a count of the entries says.
            let counted: i64 = s.store.connection().query_row(
                "SELECT count(*) FROM net_entry e WHERE kind = 'need' AND status = 'open'
                   AND handed_at IS NULL AND NOT EXISTS (SELECT 1 FROM net_handover h
                       WHERE h.entry_site = e.site AND h.entry_id = e.id)",
                [], |r| r.get(0)).unwrap();
            let board: u32 = s.store.net_open_needs().unwrap().iter().map(|(_, n)| n).sum();
            prop_assert_eq!(i64::from(board), counted, "site {}", s.tag);
            // Every proposal and every answer made anywhere is at every site.
            let count = |t: &str| -> usize {
                s.store.connection().query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get::<_, i64>(0)).unwrap() as usize
            };
            prop_assert_eq!(count("net_proposal"), proposals, "site {}", s.tag);
            prop_assert_eq!(count("net_answer"), answers, "site {}", s.tag);
            // A confirmed proposal's need is matched at its site, and its offer at the other.
            let unmatched: i64 = s.store.connection().query_row(
                "SELECT count(*) FROM net_answer a JOIN net_proposal p
                   ON p.site = a.proposal_site AND p.id = a.proposal_id
                 JOIN entry e ON e.id = p.need_id AND p.need_site = (SELECT tag FROM site WHERE is_local = 1)
                 WHERE a.confirmed = 1 AND e.status = 'open'", [], |r| r.get(0)).unwrap();
            prop_assert_eq!(unmatched, 0, "site {}", s.tag);
        }
    }
}

/// Two sites by the command line: joining takes the other's fingerprint and a coordinator's
/// PIN; with no link between them, a USB stick carries their files both ways.
#[test]
fn two_sites_join_by_the_command_line_and_a_usb_stick_carries_their_files() {
    let (_a_dir, a) = common::cli_site();
    let (_b_dir, b) = common::cli_site();
    let stick = tempfile::tempdir().unwrap();
    for data in [&a, &b] {
        common::run(
            common::aidkiosk(data)
                .args(["network", "create", "--staff", "Maya", "--pin-stdin"])
                .write_stdin("2468\n"),
        );
    }
    let invite = |data: &Path, out: &Path| {
        common::run(
            common::aidkiosk(data)
                .args(["network", "invite", "--out"])
                .arg(out),
        );
        std::fs::read_to_string(out).unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    let (a_inv, b_inv) = (dir.path().join("a.akn"), dir.path().join("b.akn"));
    let a_text = invite(&a, &a_inv);
    invite(&b, &b_inv);
    // The printed slip's QR holds the invitation itself.
    assert_eq!(
        common::decode_png(&dir.path().join("a.akn.png")),
        a_text.trim()
    );
    let join = |data: &Path, inv: &Path| {
        let shown = common::run(common::aidkiosk(data).args(["network", "join"]).arg(inv));
        assert!(shown.contains("Not joined yet"), "{shown}");
        let fp = shown
            .lines()
            .find_map(|l| l.strip_prefix("Fingerprint: "))
            .unwrap()
            .trim()
            .to_owned();
        // A wrong fingerprint, and a wrong PIN, are refused.
        let err = common::fails(
            common::aidkiosk(data)
                .args(["network", "join"])
                .arg(inv)
                .args([
                    "--confirm",
                    "0000-0000-0000-0000",
                    "--staff",
                    "Maya",
                    "--pin-stdin",
                ])
                .write_stdin("2468\n"),
        );
        assert!(err.contains("fingerprint given is not"), "{err}");
        let err = common::fails(
            common::aidkiosk(data)
                .args(["network", "join"])
                .arg(inv)
                .args(["--confirm", &fp, "--staff", "Maya", "--pin-stdin"])
                .write_stdin("1111\n"),
        );
        assert!(err.contains("coordinator"), "{err}");
        common::run(
            common::aidkiosk(data)
                .args(["network", "join"])
                .arg(inv)
                .args([
                    "--confirm",
                    &fp.to_uppercase(),
                    "--staff",
                    "Maya",
                    "--pin-stdin",
                ])
                .write_stdin("2468\n"),
        );
    };
    join(&b, &a_inv);
    join(&a, &b_inv);
    common::run(common::aidkiosk(&a).args(["seed", "--entries", "40", "--days", "3"]));
    // A's stick visit, then B's, then A's again: each site has the other's files.
    for data in [&a, &b, &a] {
        let out = common::run(
            common::aidkiosk(data)
                .args(["network", "sync", "--dir"])
                .arg(stick.path()),
        );
        assert!(out.contains("put on"), "{out}");
    }
    let status = common::run(common::aidkiosk(&b).args(["network", "status"]));
    assert!(
        status.contains("Hall") && status.contains("file 2"),
        "{status}"
    );
    let report =
        common::run(common::aidkiosk(&b).args(["report", "gaps", "--network", "--format", "csv"]));
    assert!(report.lines().count() > 3, "A's needs reached B:\n{report}");
    // And the entries themselves: the seeded ones are on B's side as A's.
    let store = Store::open(&b.join("aidkiosk.db")).unwrap();
    let entries: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM net_entry", [], |r| r.get(0))
        .unwrap();
    assert_eq!(entries, 40);
}

#[test]
fn gatherings_of_every_site_are_on_the_board_with_their_place() {
    let t0 = common::now();
    let mut sites = three(t0);
    let day = |d: u32, h: u32| {
        chrono::NaiveDate::from_ymd_opt(2026, 12, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    };
    let staff = sites[0].staff.clone();
    sites[0]
        .store
        .add_event(
            &aidkiosk::domain::NewEvent {
                id: "EV1".into(),
                starts: day(5, 10),
                ends: day(5, 12),
                place: "Main hall".into(),
                titles: vec![
                    ("en".into(), "Food distribution".into()),
                    ("es".into(), "Reparto de comida".into()),
                ],
            },
            Some(&staff),
            t0,
        )
        .unwrap();
    settle(&mut sites, t0);
    agree(&sites);
    let now = day(1, 9);
    let at_b = sites[1].store.upcoming_events(now, "es", "en", 40).unwrap();
    assert_eq!(at_b.len(), 1, "{at_b:?}");
    assert_eq!(at_b[0].title, "Reparto de comida");
    assert_eq!(at_b[0].place, "Hall 1 · Main hall");
    // In a language it has no title in: the site's staff language's.
    let zh = sites[2]
        .store
        .upcoming_events(now, "zh-Hans", "en", 40)
        .unwrap();
    assert_eq!(zh[0].title, "Food distribution");
    // A visitor at Hall 2 sees it under "Community events", with Hall 1's name and place.
    let store = Store::open(&sites[1].dir.path().join("aidkiosk.db")).unwrap();
    let mut h = common::Harness::on(store);
    h.press(crossterm::event::KeyCode::Enter)
        .press(crossterm::event::KeyCode::Enter)
        .type_text("5");
    assert!(h.screen().contains("Food distribution"), "{}", h.screen());
    h.type_text("1");
    let screen = h.screen();
    assert!(screen.contains("Hall 1 · Main hall"), "{screen}");
    drop(h);
    // Its slip prints from its id, as a local one does.
    let one = sites[1]
        .store
        .event(&at_b[0].id, "en", "en")
        .unwrap()
        .unwrap();
    assert_eq!(one.title, "Food distribution");
    // Taken down at Hall 1: gone everywhere.
    sites[0]
        .store
        .remove_event("EV1", Some(&staff), t0)
        .unwrap();
    settle(&mut sites, t0);
    assert!(
        sites[1]
            .store
            .upcoming_events(now, "es", "en", 40)
            .unwrap()
            .is_empty()
    );
}

/// A need at Hall 2 met by an offer of Hall 1: proposed at Hall 2's desk from the candidates
/// (marked with Hall 1), confirmed at Hall 1's desk under Proposed matches; each site's entry
/// is matched at its own site.
#[test]
fn a_proposal_across_sites_is_confirmed_at_the_offers_desk() {
    use crossterm::event::KeyCode::{Enter, F, Tab};
    let t0 = common::now();
    let mut sites = three(t0);
    let offer = sites[0].save(Kind::Offer, t0);
    let need = sites[1].save(Kind::Need, t0);
    settle(&mut sites, t0);
    // Hall 2's desk: the need, F9, and Hall 1's offer among the candidates.
    let open = |site: &Site| Store::open(&site.dir.path().join("aidkiosk.db")).unwrap();
    let mut h = common::Harness::on(open(&sites[1]));
    h.press(F(2));
    h.sign_in("Maya", "2468");
    h.type_text(need.as_str()).press(Enter).press(Enter);
    h.press(F(9));
    let screen = h.screen();
    let line = screen
        .lines()
        .find(|l| l.contains(&offer.display()))
        .unwrap_or_else(|| panic!("Hall 1's offer is a candidate:\n{screen}"));
    assert!(line.contains("Hall 1"), "{screen}");
    // The cursor to it, and Enter proposes it.
    for _ in 0..20 {
        if h.screen()
            .lines()
            .any(|l| l.starts_with(" >") && l.contains(&offer.display()))
        {
            break;
        }
        h.press(crossterm::event::KeyCode::Down);
    }
    h.press(Enter);
    assert!(
        h.screen()
            .contains("Proposed to Hall 1. Their desk confirms it"),
        "{}",
        h.screen()
    );
    drop(h);
    settle(&mut sites, t0 + Duration::minutes(1));
    // Hall 1's desk: Proposed matches lists it, with Hall 2's name; Enter confirms.
    let mut h = common::Harness::on(open(&sites[0]));
    h.press(F(2));
    h.sign_in("Maya", "2468");
    h.press(Tab).press(Tab);
    let screen = h.screen();
    assert!(
        screen.contains(&need.display()) && screen.contains("Hall 2"),
        "{screen}"
    );
    h.press(Enter);
    assert!(h.screen().contains("Match confirmed"), "{}", h.screen());
    drop(h);
    settle(&mut sites, t0 + Duration::minutes(2));
    agree(&sites);
    let status = |site: &Site, code: &SlipCode| site.store.slip(code).unwrap().unwrap().status;
    assert_eq!(status(&sites[0], &offer), aidkiosk::domain::Status::Matched);
    assert_eq!(status(&sites[1], &need), aidkiosk::domain::Status::Matched);
    // Hall 3 sees neither as a candidate any more.
    assert!(
        sites[2]
            .store
            .net_candidates(&[Category::Food], 50)
            .unwrap()
            .is_empty()
    );
}

/// A site with a long history joins: its changes go out in several files, each well inside the
/// reader's limits; the kiosk writes one a round and says more are waiting.
#[test]
fn a_long_history_goes_out_in_several_files() {
    let t0 = common::now();
    let mut sites = three(t0);
    let mut n = 0u64;
    let mut rows = std::iter::from_fn(|| {
        n += 1;
        (n <= 11_000).then(|| {
            let entry = NewEntry {
                id: format!("L{n:06}"),
                draft: Draft::new(Kind::Need, Category::Food),
                language: "en".into(),
            };
            let b = n.to_be_bytes();
            (
                entry,
                SlipCode::from_random([0xEE, b[5], b[6], b[7], 1]),
                t0,
            )
        })
    });
    sites[0].store.insert_many(&mut rows).unwrap();
    // Saved one by one, as at the kiosk: every one is in the change log.
    let logged: i64 = sites[0]
        .store
        .connection()
        .query_row("SELECT count(*) FROM change_log", [], |r| r.get(0))
        .unwrap();
    assert!(logged > 20_000, "an entry and its day count each: {logged}");
    let root = sites[0].root.clone();
    let round = network::sync_some(&mut sites[0].store, &root, ("", ""), 8, t0).unwrap();
    assert!(round.more, "the kiosk's round leaves the rest for the next");
    assert_eq!(written(&sites[0]).len(), 1);
    settle(&mut sites, t0);
    assert!(written(&sites[0]).len() >= 2, "{:?}", written(&sites[0]));
    let at_b: i64 = sites[1]
        .store
        .connection()
        .query_row(
            "SELECT count(*) FROM net_entry WHERE site = ?1",
            [&sites[0].tag],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(at_b, 11_000);
    agree(&sites);
}

/// A file of site `by` with these records, as the next number of its outbox (signed by it).
fn forge_in_own_name(by: &Site, records: &[serde_json::Value], at: DateTime<Utc>) -> u64 {
    let seq = written(by).last().copied().unwrap_or(0) + 1;
    let bytes = exchange::write(&by.tag, seq, at, records, &by.key());
    exchange::folder::write_whole(&by.outbox(), seq, &bytes).unwrap();
    // Its database learns of the number at its next round.
    seq
}

/// Found in review: only the offer's own site answers a proposal; one need is proposed to one
/// offer at a time; a gathering with a time of another shape is skipped, not the whole list; a
/// removed site's hand-overs are no conflict; a bad file on a stick is replaced by a good one.
#[test]
fn answers_proposals_gatherings_and_sticks_hold_to_the_rules() {
    use aidkiosk::exchange::records::{AnswerRecord, EventRecord, Record};
    let t0 = common::now();
    let mut sites = three(t0);
    let need = sites[0].save(Kind::Need, t0);
    sites[1].save(Kind::Offer, t0);
    sites[2].save(Kind::Offer, t0);
    settle(&mut sites, t0);
    let need_id = sites[0].store.slip(&need).unwrap().unwrap().entry_id;
    let staff = sites[0].staff.clone();
    let offers = sites[0]
        .store
        .net_candidates(&[Category::Food], 10)
        .unwrap();
    assert_eq!(offers.len(), 2);
    assert!(
        sites[0]
            .store
            .propose_match("P1", &need_id, &offers[0], 1, &staff, t0)
            .unwrap()
    );
    // The same need to the other offer: refused while the first is live.
    assert!(
        !sites[0]
            .store
            .propose_match("P2", &need_id, &offers[1], 1, &staff, t0)
            .unwrap()
    );
    settle(&mut sites, t0);
    // The third site answers for an offer that is not its own: nothing comes of it.
    let offer_site = match &offers[0] {
        aidkiosk::domain::Candidate::Network(o) => o.site.clone(),
        _ => unreachable!(),
    };
    let third = sites
        .iter()
        .position(|s| s.tag != sites[0].tag && s.tag != offer_site)
        .unwrap();
    let answer = Record::Answer(AnswerRecord {
        proposal_site: sites[0].tag.clone(),
        proposal_id: "P1".into(),
        confirmed: true,
        at: "2026-11-25T10:40:00.000Z".into(),
    });
    forge_in_own_name(&sites[third], &[answer.to_value()], t0);
    // And a gathering with a time of another shape, beside a good one.
    let event = |id: &str, starts: &str| {
        Record::Event(EventRecord {
            id: id.into(),
            starts: starts.into(),
            ends: "2026-12-06T12:00".into(),
            place: "Hall".into(),
            removed: None,
            titles: [("en".to_owned(), "Soup".to_owned())].into(),
        })
        .to_value()
    };
    forge_in_own_name(
        &sites[third],
        &[
            event("BAD", "2026-12-06T10:00:00Z"),
            event("GOOD", "2026-12-06T10:00"),
        ],
        t0,
    );
    settle(&mut sites, t0);
    assert_eq!(
        sites[0].store.slip(&need).unwrap().unwrap().status,
        aidkiosk::domain::Status::Open,
        "a third site's answer does not match our need"
    );
    let at_offer = sites.iter().find(|s| s.tag == offer_site).unwrap();
    assert_eq!(
        at_offer.store.proposed_matches().unwrap().len(),
        1,
        "the offer's site can still answer"
    );
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let events = sites[0].store.upcoming_events(day, "en", "en", 40).unwrap();
    assert_eq!(events.len(), 1, "{events:?}");

    // Two sites hand over one ticket of the first; the first removes one of them: no conflict.
    let ticket = sites[0].save(Kind::Need, t0);
    settle(&mut sites, t0);
    let t = sites[1].store.net_ticket(&ticket).unwrap().unwrap();
    for s in [1, 2] {
        let staff = sites[s].staff.clone();
        sites[s]
            .store
            .hand_over_elsewhere(
                &t.site,
                &t.items[0].entry_id,
                &format!("X{s}"),
                Some(&staff),
                t0,
            )
            .unwrap();
    }
    settle(&mut sites, t0);
    assert_eq!(sites[0].store.conflicts().unwrap().len(), 1);
    let removed = sites[2].tag.clone();
    assert!(sites[0].store.remove_site(&removed, &staff, t0).unwrap());
    assert!(sites[0].store.conflicts().unwrap().is_empty());

    // A stick with a damaged copy of a file, then a good one: the good one replaces it.
    let stick = tempfile::tempdir().unwrap();
    let seq = written(&sites[1]).last().copied().unwrap() + 1;
    sites[1].save(Kind::Need, t0);
    sites[1].sync(t0);
    let good = std::fs::read(sites[1].outbox().join(exchange::file_name(seq))).unwrap();
    let from_b = sites[0].root.join(&sites[1].tag);
    let stranger = SigningKey::from_bytes(&[77; 32]);
    std::fs::write(
        from_b.join(exchange::file_name(seq)),
        exchange::write(&sites[1].tag, seq, t0, &[], &stranger),
    )
    .unwrap();
    std::fs::create_dir_all(stick.path().join(&sites[1].tag)).unwrap();
    std::fs::write(
        stick
            .path()
            .join(&sites[1].tag)
            .join(exchange::file_name(seq)),
        &good,
    )
    .unwrap();
    let (_, took) = network::carry(&sites[0].store, &sites[0].root, stick.path()).unwrap();
    assert_eq!(took, 1);
    let r = sites[0].sync(t0);
    assert!(r.applied.iter().any(|a| a.1 == seq), "{r:?}");
}
