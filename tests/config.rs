//! Config fixtures: every file in `tests/valid_configs` loads; every file in
//! `tests/invalid_configs` fails with exactly the one-line message in its `.err` file.

use std::path::Path;

use aidkiosk::config::{BidiMode, Config};

fn files(dir: &str, ext: &str) -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    out.sort();
    out
}

#[test]
fn valid_configs_load() {
    let all = files("tests/valid_configs", "toml");
    assert!(all.len() >= 3);
    for path in all {
        Config::load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

#[test]
fn a_full_config_means_what_it_says() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/valid_configs/full.toml");
    let c = Config::load(&path).unwrap();
    assert_eq!(c.site.as_deref(), Some("Eastside Pantry"));
    assert_eq!(c.languages, ["es", "en", "ar", "zh-Hans"]);
    assert_eq!(c.idle_timeout_secs, 120);
    assert_eq!(c.retention_days, 14);
    assert_eq!(c.categories.len(), 5);
    assert_eq!(c.bidi, BidiMode::Terminal);
}

#[test]
fn a_missing_config_is_all_defaults() {
    let c = Config::load(Path::new("/nonexistent/aidkiosk.toml")).unwrap();
    assert_eq!(c, Config::default());
    assert_eq!(c.idle_timeout_secs, 90);
    assert_eq!(c.retention_days, 30);
    assert_eq!(c.bidi, BidiMode::App);
    assert_eq!(c.categories.len(), 12);
}

#[test]
fn invalid_configs_fail_with_one_line_naming_file_and_key() {
    let all = files("tests/invalid_configs", "toml");
    assert!(all.len() >= 10);
    for path in all {
        let expected = std::fs::read_to_string(path.with_extension("err")).unwrap();
        let err = Config::load(&path)
            .expect_err(&path.display().to_string())
            .to_string();
        assert!(!err.contains('\n'), "one line: {err}");
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let shown = err.replace(&path.display().to_string(), &name);
        assert_eq!(shown, expected.trim_end(), "{}", path.display());
    }
}
