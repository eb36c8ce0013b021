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

    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.json");
    fs::write(out, serde_json::to_string(&all).expect("JSON serialises"))
        .expect("OUT_DIR is writable");
}
