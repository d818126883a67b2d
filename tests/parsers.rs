//! Property tests for what reads untrusted text (#16): the slip and member card payloads a
//! scanner types, a typed code or hours, and the config file. None panics on anything; a forged payload never verifies
//! to another code.

use std::path::Path;

use aidkiosk::config::Config;
use aidkiosk::domain::{SlipCode, looks_like_payload};
use aidkiosk::slip::Signer;
use proptest::prelude::*;

fn signer() -> Signer {
    Signer::new("K3F9Q", b"a secret of this site")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn nothing_typed_at_a_scanner_panics(input in "\\PC{0,80}|AK1\\.[A-Z0-9.]{0,60}") {
        let _ = looks_like_payload(&input);
        let _ = signer().verify(&input);
        let _ = SlipCode::parse(&input);
    }

    #[test]
    fn a_changed_payload_never_verifies_to_another_code(
        bytes in any::<[u8; 5]>(),
        at in 0usize..64,
        with in "[ -~]",
    ) {
        let code = SlipCode::from_random(bytes);
        let good = signer().payload(&code);
        prop_assert_eq!(signer().verify(&good), Ok(code));
        let at = at % good.len();
        let mut forged = good.clone();
        forged.replace_range(at..at + 1, &with);
        if let Ok(c) = signer().verify(&forged) {
            prop_assert_eq!(c, code, "{} verified to another code", forged);
        }
        // Another site's key refuses it whatever it says.
        prop_assert!(Signer::new("K3F9Q", b"another secret").verify(&good).is_err());
    }

    #[test]
    fn nothing_typed_as_a_member_card_panics(input in "\\PC{0,80}|AK1M?\\.[A-Z0-9.]{0,60}") {
        let _ = aidkiosk::domain::member::looks_like_card(&input);
        let _ = signer().verify_card(&input);
        let _ = aidkiosk::domain::member::Quarters::parse(&input);
    }

    #[test]
    fn a_changed_card_never_verifies_to_another_card_nor_as_a_slip(
        bytes in any::<[u8; 5]>(),
        at in 0usize..64,
        with in "[ -~]",
    ) {
        let code = SlipCode::from_random(bytes);
        let good = signer().card_payload(&code);
        prop_assert_eq!(signer().verify_card(&good), Ok(code));
        prop_assert!(signer().verify(&good).is_err(), "a card is not a slip");
        prop_assert!(signer().verify_card(&signer().payload(&code)).is_err(), "nor a slip a card");
        let at = at % good.len();
        let mut forged = good.clone();
        forged.replace_range(at..at + 1, &with);
        if let Ok(c) = signer().verify_card(&forged) {
            prop_assert_eq!(c, code, "{} verified to another card", forged);
        }
        prop_assert!(Signer::new("K3F9Q", b"another secret").verify_card(&good).is_err());
    }

    #[test]
    fn no_config_text_panics(text in "\\PC{0,400}") {
        let _ = Config::parse(&text, Path::new("aidkiosk.toml"));
    }

    #[test]
    fn no_config_of_known_keys_panics(
        lines in proptest::collection::vec(
            (
                prop::sample::select(vec![
                    "site", "languages", "staff_language", "idle_timeout_secs", "retention_days",
                    "entry_ttl_days", "categories", "bidi", "[printer]", "kind", "addr",
                    "timeout_secs", "[slip]", "place", "hours", "paper_width_mm", "[speech]",
                    "enabled", "command", "voices", "[matching]", "neighbours",
                ]),
                "[\\[\\]{}\"=0-9a-z ,.\\-]{0,20}",
            ),
            0..12,
        )
    ) {
        let text: String = lines
            .iter()
            .map(|(k, v)| if k.starts_with('[') { format!("{k}\n") } else { format!("{k} = {v}\n") })
            .collect();
        if let Err(e) = Config::parse(&text, Path::new("aidkiosk.toml")) {
            prop_assert!(!e.to_string().contains('\n'), "{}", e);
        }
    }
}

// Signing and checking Ed25519 is slow in a debug build: fewer cases, each a whole file.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_bytes_in_an_outbox_panic_the_change_file_reader(
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
        name in "\\PC{0,40}",
    ) {
        let key = ed25519_dalek::SigningKey::from_bytes(&[7; 32]).verifying_key();
        prop_assert!(aidkiosk::exchange::read(&bytes, "K3F9Q", 1, &key).is_err());
        let _ = aidkiosk::exchange::sequence_of(&name);
    }

    #[test]
    fn a_change_file_changed_anywhere_is_refused(
        at in 0usize..2000,
        with in any::<u8>(),
        cut in 0usize..2000,
    ) {
        let key = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
        let records: Vec<serde_json::Value> = (0..5)
            .map(|i| serde_json::json!({"t": "entry", "n": i, "text": "مرحبا\n中文"}))
            .collect();
        let good = aidkiosk::exchange::write("K3F9Q", 1, chrono::Utc::now(), &records, &key);
        let vk = key.verifying_key();
        prop_assert!(aidkiosk::exchange::read(&good, "K3F9Q", 1, &vk).is_ok());
        let mut bad = good.clone();
        let at = at % bad.len();
        bad[at] = with;
        if bad != good {
            prop_assert!(aidkiosk::exchange::read(&bad, "K3F9Q", 1, &vk).is_err());
        }
        let cut = cut % good.len();
        prop_assert!(aidkiosk::exchange::read(&good[..cut], "K3F9Q", 1, &vk).is_err());
    }
}
