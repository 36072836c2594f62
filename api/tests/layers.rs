//! The server's layers: each module of `api/src` (a folder or a file) uses
//! only the modules below it, read from its `crate::` paths. Capabilities
//! (what an endpoint group does) never use each other; what two of them need
//! belongs to a layer below both.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// From the bottom up. Within a layer marked `true`, a module may use the
/// ones listed before it; within the capabilities, none.
const LAYERS: [(&str, bool, &[&str]); 4] = [
    (
        "infrastructure",
        true,
        &[
            "error", "db", "config", "changes", "audit", "outbox", "http",
        ],
    ),
    ("entities", true, &["museums", "auth", "artworks"]),
    (
        "capabilities",
        false,
        &[
            "collection",
            "partner",
            "review",
            "media",
            "search",
            "membership",
            "admin",
            "site",
        ],
    ),
    ("assembly", true, &["demo", "server", "cli"]),
];

#[test]
fn each_module_uses_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let reexports = reexports(&lib);
    let layered: BTreeSet<&str> = LAYERS
        .iter()
        .flat_map(|(_, _, modules)| modules.iter().copied())
        .collect();

    let mut uses = BTreeSet::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap();
        let module = name.strip_suffix(".rs").unwrap_or(name).to_owned();
        if module == "lib" || module == "main" {
            continue;
        }
        assert!(
            layered.contains(module.as_str()),
            "api/src/{name} is in no layer: add it to LAYERS in {}",
            file!()
        );
        let mut files = Vec::new();
        rust_files(&path, &mut files);
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for used in crate_paths(&code_of(&text)) {
                let used = reexports.get(&used).cloned().unwrap_or(used);
                if used != module && layered.contains(used.as_str()) {
                    uses.insert((module.clone(), used));
                }
            }
        }
    }

    let wrong = against_layers(&uses);
    assert!(
        wrong.is_empty(),
        "uses against the layers:\n  {}",
        wrong.join("\n  ")
    );
}

/// The uses, as `(user, used)`, that go up a layer or sideways where the
/// layer does not allow it.
fn against_layers(uses: &BTreeSet<(String, String)>) -> Vec<String> {
    let place = |module: &str| {
        LAYERS
            .iter()
            .enumerate()
            .find_map(|(layer, (_, _, modules))| {
                let i = modules.iter().position(|m| *m == module)?;
                Some((layer, i))
            })
            .unwrap_or_else(|| panic!("{module} is in no layer"))
    };
    let mut wrong = Vec::new();
    for (user, used) in uses {
        let (user_layer, user_i) = place(user);
        let (used_layer, used_i) = place(used);
        let allowed = used_layer < user_layer
            || (used_layer == user_layer && LAYERS[user_layer].1 && used_i < user_i);
        if !allowed {
            wrong.push(format!(
                "{user} ({}) uses {used} ({})",
                LAYERS[user_layer].0, LAYERS[used_layer].0
            ));
        }
    }
    wrong
}

/// The `.rs` files of a module: the file, or every file under the folder.
fn rust_files(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            rust_files(&entry.unwrap().path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_owned());
    }
}

/// The text without its comments, whose links are not uses.
fn code_of(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first segment of every `crate::` path: `crate::db::Pool` and
/// `crate::{db::Pool, http}` give `db` and `http`.
fn crate_paths(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let before = code[..i].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item_start = true;
            for (j, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && !c.is_whitespace() => {
                        found.insert(ident(&group[j..]));
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            found.insert(ident(rest));
        }
    }
    found
}

fn ident(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// What lib.rs re-exports at the crate's root, and from which module:
/// `pub use server::{AppState, start};` maps `AppState` and `start` to `server`.
fn reexports(lib: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for statement in lib.split(';') {
        let Some(path) = statement.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, items)) = path.split_once("::") else {
            continue;
        };
        for item in items.trim_matches(|c| c == '{' || c == '}').split(',') {
            let name = item.split(" as ").last().unwrap_or(item).trim();
            if !name.is_empty() {
                map.insert(name.to_owned(), module.trim().to_owned());
            }
        }
    }
    map
}

#[test]
fn uses_up_or_between_capabilities_are_against_the_layers() {
    let uses = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect::<BTreeSet<_>>()
    };
    assert!(
        against_layers(&uses(&[
            ("partner", "artworks"),
            ("audit", "db"),
            ("server", "search")
        ]))
        .is_empty()
    );
    assert_eq!(
        against_layers(&uses(&[
            ("db", "audit"),
            ("media", "partner"),
            ("museums", "artworks")
        ]))
        .len(),
        3
    );
}

#[test]
fn crate_paths_reads_single_and_grouped_uses() {
    let code = "use crate::db::Pool;\nuse crate::{http::{self, x}, audit};\nlet a = crate::search::f(); // crate::admin\n";
    let found = crate_paths(&code_of(code));
    assert_eq!(
        found.into_iter().collect::<Vec<_>>(),
        ["audit", "db", "http", "search"]
    );
    assert_eq!(
        reexports("pub mod a;\npub use server::{AppState, start as run};\n")["run"],
        "server"
    );
}
