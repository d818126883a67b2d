//! Embeds every catalog under `assets/locales/<lang>/*.ftl` in the binary, so a translator
//! adds a language by adding a folder, without touching Rust.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new("assets/locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut langs: Vec<_> = std::fs::read_dir(root)
        .expect("assets/locales exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    // English is the reference and the fallback, so it comes first; the rest by tag.
    langs.sort_by_key(|l| (l != "en", l.clone()));
    let mut out =
        String::from("/// (language tag, file name, Fluent source) of every shipped catalog.\n");
    out.push_str("pub const CATALOGS: &[(&str, &str, &str)] = &[\n");
    for lang in &langs {
        let dir = root.join(lang);
        println!("cargo::rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("catalog dir readable")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo::rerun-if-changed={}", file.display());
            let abs = std::fs::canonicalize(&file).expect("catalog path");
            let name = file.file_name().expect("file name").to_string_lossy();
            writeln!(
                out,
                "    ({lang:?}, {name:?}, include_str!({:?})),",
                abs.display()
            )
            .expect("write to string");
        }
    }
    out.push_str("];\n");
    out.push_str("/// Tags of the shipped catalogs, reference first.\n");
    writeln!(out, "pub const LANGUAGES: &[&str] = &{langs:?};").expect("write to string");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogs.rs");
    std::fs::write(dest, out).expect("write catalogs.rs");
}
