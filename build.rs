//! Turns the human-edited TOML content files into one compact JSON document
//! that the app embeds, so the wasm bundle carries no TOML parser.

use std::{env, fs, path::Path};

fn main() {
    let data_dir = Path::new("src/content/data");
    println!("cargo:rerun-if-changed={}", data_dir.display());

    let mut files: Vec<_> = fs::read_dir(data_dir)
        .expect("src/content/data exists")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();

    let mut all = serde_json::Map::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("content file is readable");
        let value: toml::Value = toml::from_str(&text)
            .unwrap_or_else(|err| panic!("{} is not valid TOML: {err}", path.display()));
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("UTF-8 file name");
        all.insert(
            stem.to_owned(),
            serde_json::to_value(value).expect("TOML maps to JSON"),
        );
    }

    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, value: &serde_json::Value| {
        let text = serde_json::to_string(value).expect("JSON serialises");
        fs::write(Path::new(&out_dir).join(name), text).expect("OUT_DIR is writable");
    };
    let mut all = serde_json::Value::Object(all);
    // Native tests and the content report read everything.
    write("content.json", &all);
    // The app leaves out what only tests and council reviewers read: every
    // kilobyte of wasm is download time on an old phone.
    for_reviewers_only(&mut all);
    write("content-app.json", &all);
}

/// Keys that record where content came from, or how it was checked against
/// the seeds. The app never shows them.
const REVIEW_KEYS: &[&str] = &[
    "source",
    "review_note",
    "last_checked",
    "covers",
    "compared_with",
    "source_dated",
    "sources_as_of",
    "partners_only",
];

fn for_reviewers_only(value: &mut serde_json::Value) {
    if let Some(outcomes) = value
        .get_mut("outcomes")
        .and_then(|file| file.as_object_mut())
    {
        // The seed outcomes and their coverage table: for the coverage test.
        outcomes.remove("seed");
        outcomes.remove("signposted");
    }
    strip(value);
}

fn strip(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.retain(|key, _| !REVIEW_KEYS.contains(&key.as_str()));
            map.values_mut().for_each(strip);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
        _ => {}
    }
}
