//! The import graph flows one way: `cli → runtime → {app, ui, print, slip} → {store, i18n,
//! config} → domain`, with no arrow back up and no circle (docs/architecture.md). This test
//! reads every `crate::…` path in `src/` and fails on an import the layers do not allow, so
//! the shape holds as the code grows.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Which top-level modules each module may use.
const ALLOWED: &[(&str, &[&str])] = &[
    ("domain", &[]),
    ("exchange", &["scratch"]),
    ("files", &[]),
    ("scratch", &[]),
    ("datadir", &["domain"]),
    ("i18n", &["domain"]),
    ("config", &["domain", "i18n"]),
    ("store", &["domain", "exchange"]),
    ("auth", &["domain", "store", "datadir"]),
    ("speech", &["config"]),
    ("slip", &["domain", "i18n", "config"]),
    (
        "print",
        &["domain", "slip", "config", "files", "scratch", "i18n"],
    ),
    ("app", &["domain", "i18n", "config"]),
    ("ui", &["domain", "i18n", "config", "app", "slip"]),
    (
        "runtime",
        &[
            "domain", "i18n", "config", "store", "auth", "speech", "slip", "print", "app", "ui",
            "datadir", "exchange",
        ],
    ),
    ("backup", &["store", "files", "auth", "scratch"]),
    ("seed", &["domain", "config", "store", "i18n"]),
    ("poster", &["domain", "i18n"]),
    (
        "health",
        &["config", "i18n", "store", "auth", "print", "slip"],
    ),
    (
        "cli",
        &[
            "domain", "i18n", "config", "store", "auth", "speech", "slip", "print", "app", "ui",
            "runtime", "backup", "seed", "files", "scratch", "datadir", "health", "poster",
            "exchange",
        ],
    ),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its unit tests, comments and string literals (a doc comment
/// naming `crate::store` is not an import).
fn code_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Top-level modules `code` names as `crate::NAME`.
fn crate_refs(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let name: String = code[i + 7..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            out.insert(name);
        }
    }
    out
}

#[test]
fn every_import_flows_down_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for path in files {
        let rel = path.strip_prefix(&src).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if top == "lib" || top == "main" {
            continue;
        }
        let Some(ok) = allowed.get(top.as_str()) else {
            wrong.push(format!(
                "{}: module {top} is not in the layer table",
                rel.display()
            ));
            continue;
        };
        for dep in crate_refs(&code_of(&path)) {
            if dep != top && !ok.contains(&dep.as_str()) {
                wrong.push(format!("{}: {top} uses crate::{dep}", rel.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

/// The screens of `ui` use the shared pieces (`view`, `widgets`, `keys`) and never each
/// other in a circle.
#[test]
fn the_screens_do_not_use_each_other_in_a_circle() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in std::fs::read_dir(&ui).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if name == "mod" {
            continue;
        }
        let code = if path.is_dir() {
            let mut files = Vec::new();
            rust_files(&path, &mut files);
            files
                .iter()
                .map(|f| code_of(f))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            code_of(&path)
        };
        let mut deps = BTreeSet::new();
        for prefix in ["super::", "crate::ui::"] {
            for (i, _) in code.match_indices(prefix) {
                let dep: String = code[i + prefix.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                let sibling = ui.join(format!("{dep}.rs")).exists() || ui.join(&dep).is_dir();
                if dep != name && sibling {
                    deps.insert(dep);
                }
            }
        }
        graph.insert(name, deps);
    }
    // Depth-first search for a cycle.
    fn visit(
        n: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == n) {
            return Some(path[i..].to_vec());
        }
        if !done.insert(n.to_owned()) {
            return None;
        }
        path.push(n.to_owned());
        for d in graph.get(n).into_iter().flatten() {
            if let Some(c) = visit(d, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for n in graph.keys() {
        let cycle = visit(n, &graph, &mut Vec::new(), &mut done);
        assert!(cycle.is_none(), "ui modules in a circle: {cycle:?}");
    }
}

#[test]
fn no_source_file_grows_past_six_hundred_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).unwrap().lines().count();
            (n > 600).then(|| format!("{} ({n} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "split along a real seam: {long:?}");
}
