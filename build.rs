//! Turns the data files into the app's content, one file per language.
//!
//! `src/content/data/*.toml` (English, with the facts) and each translation in
//! `src/content/wording/<tag>.json` are read into the app's own content types
//! (`src/content/schema`, included below) and written in postcard's compact
//! form: the English copy is embedded in the wasm; every other language is its
//! own file (`lang/<tag>.bin`), fetched only by those who choose it, so adding
//! a language adds nothing to an English-speaking carer's download.

use std::{env, fs, path::Path};

/// At build time an option id is its text: postcard writes a choice enum and
/// its id the same way, and the app's native tests read every id into the real
/// enums, so an unknown id still fails `make test`.
macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident { $($body:tt)* }) => {
        pub type $name = String;
    };
}
#[allow(unused_imports)]
pub(crate) use choice_enum;

/// The domain's option ids as text (see `choice_enum` above). Those with a
/// default name it, as the domain's `Default` impls do.
#[allow(dead_code)]
mod domain {
    macro_rules! id_with_default {
        ($name:ident, $default:literal) => {
            #[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
            #[serde(transparent)]
            pub struct $name(String);
            impl Default for $name {
                fn default() -> Self {
                    $name($default.to_owned())
                }
            }
        };
    }
    pub mod answers {
        pub type AgeBand = String;
        pub type Hours = String;
        pub type Need = String;
    }
    pub mod identify {
        pub type CarerKind = String;
    }
    pub mod outcomes {
        pub type OutcomeArea = String;
        pub type Positive = String;
        pub type Rating = String;
    }
    pub mod plan {
        pub type LeftAlone = String;
    }
    pub mod data {
        pub use crate::data::*;
    }
    pub mod result {
        pub type Audience = String;
    }
    pub mod signpost {
        pub type Group = String;
        pub type Purpose = String;
        id_with_default!(Audience, "everyone");
    }
    pub mod sources {
        id_with_default!(ComparedWith, "nothing");
    }
}

#[allow(dead_code)]
#[path = "src/domain/data.rs"]
mod data;
#[allow(dead_code)]
#[path = "src/content/schema/mod.rs"]
mod schema;
#[allow(dead_code)]
#[path = "src/content/wording.rs"]
mod wording;

use serde_json::Value;

fn main() {
    let data_dir = Path::new("src/content/data");
    let wording_dir = Path::new("src/content/wording");
    for watched in [data_dir, wording_dir, Path::new("src/content/schema")] {
        println!("cargo:rerun-if-changed={}", watched.display());
    }
    println!("cargo:rerun-if-changed=src/content/wording.rs");
    println!("cargo:rerun-if-changed=src/domain/data.rs");

    let format = content_format();
    println!("cargo:rustc-env=CONTENT_FORMAT={format}");

    let mut all = serde_json::Map::new();
    for path in files_ending(data_dir, "toml") {
        if is_not_shipped_yet(&path) {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("content file is readable");
        let value: toml::Value = toml::from_str(&text)
            .unwrap_or_else(|err| panic!("{} is not valid TOML: {err}", path.display()));
        all.insert(
            stem(&path),
            serde_json::to_value(value).expect("TOML maps to JSON"),
        );
    }
    let all = Value::Object(all);

    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);
    let lang_dir = out.join("lang");
    // Only this run's languages: a language from an earlier run (the one more language a
    // test adds, a file since removed) must not be copied into dist/.
    let _ = fs::remove_dir_all(&lang_dir);
    fs::create_dir_all(&lang_dir).expect("OUT_DIR is writable");

    // Native tests and the content report read everything, as JSON and typed.
    write(
        out,
        "content.json",
        serde_json::to_string(&all).expect("JSON").as_bytes(),
    );
    write(out, "content.bin", &bundle(&all, "the data files"));

    // The app leaves out what only tests and council reviewers read: every
    // kilobyte of wasm is download time on an old phone.
    let mut app = all.clone();
    for_reviewers_only(&mut app);
    // English never shows the note on an unchecked translation.
    let mut embedded = app.clone();
    wording::blank(&mut embedded, &wording::UNCHECKED_NOTE);
    wording::blank(&mut embedded, &wording::IN_ENGLISH_LINK);
    write(out, "content-app.bin", &bundle(&embedded, "the data files"));

    // The English keys, for translators (a base file tools read) and checks.
    let mut english = std::collections::BTreeMap::new();
    wording::visit_wording(&mut app.clone(), &mut |key, text| {
        english.insert(key.to_owned(), text.clone());
    });
    write(
        &lang_dir,
        "en.json",
        serde_json::to_string_pretty(&english)
            .expect("JSON")
            .as_bytes(),
    );

    // A test adds one more language from elsewhere (tests/one-more-language.mjs).
    println!("cargo:rerun-if-env-changed=CARER_CHECK_EXTRA_WORDING");
    let mut translations = files_ending(wording_dir, "json");
    if let Ok(extra) = env::var("CARER_CHECK_EXTRA_WORDING") {
        translations.extend(files_ending(Path::new(&extra), "json"));
    }
    for path in translations {
        println!("cargo:rerun-if-changed={}", path.display());
        let tag = stem(&path);
        let text = fs::read_to_string(&path).expect("wording file is readable");
        let translation: std::collections::BTreeMap<String, String> = serde_json::from_str(&text)
            .unwrap_or_else(|err| panic!("{} is not a table of texts: {err}", path.display()));
        let mut translated = wording::translate(&app, &english, &translation)
            .unwrap_or_else(|problems| panic!("{}:\n{}", path.display(), problems.join("\n")));
        let review = path.with_extension("review.toml");
        println!("cargo:rerun-if-changed={}", review.display());
        let checked = read_review(&review);
        let unchecked = wording::unchecked(&english, &checked)
            .unwrap_or_else(|problems| panic!("{}:\n{}", review.display(), problems.join("\n")));
        if unchecked.is_empty() {
            wording::blank(&mut translated, &wording::UNCHECKED_NOTE);
        }
        // Its texts by key, as en.json: tools/post-build.mjs makes the language's page
        // for when the app cannot start from them.
        let mut texts = std::collections::BTreeMap::new();
        wording::visit_wording(&mut translated.clone(), &mut |key, text| {
            texts.insert(key.to_owned(), text.clone());
        });
        write(
            &lang_dir,
            &format!("{tag}.json"),
            serde_json::to_string_pretty(&texts)
                .expect("JSON")
                .as_bytes(),
        );
        write(
            &lang_dir,
            &format!("{tag}.bin"),
            &language_file(&format, &translated, &tag),
        );
    }

    let mut pseudo = app;
    wording::visit_wording(&mut pseudo, &mut |_, text| *text = wording::pseudo(text));
    let pseudo_file = language_file(&format, &pseudo, wording::PSEUDO);
    write(&lang_dir, &format!("{}.bin", wording::PSEUDO), &pseudo_file);
}

/// Which texts of a language a fluent speaker has checked: every language
/// says so in `<tag>.review.toml`, even when none are (its `[checked]` table
/// holds each checked key with the English it was checked against).
fn read_review(path: &Path) -> wording::Checked {
    let text = fs::read_to_string(path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: each language records which texts a fluent speaker has checked \
             (an empty [checked] table when none are yet; see src/content/wording/README.md)",
            path.display()
        )
    });
    toml::from_str::<wording::Review>(&text)
        .unwrap_or_else(|err| panic!("{}: {err}", path.display()))
        .checked
}

/// The data as the app's types, in postcard. A file that does not fit the
/// types fails the build with the place at fault.
fn bundle(root: &Value, what: &str) -> Vec<u8> {
    let bundle = schema::Bundle::from_json(root).unwrap_or_else(|err| panic!("{what}: {err}"));
    postcard::to_allocvec(&bundle).expect("content serialises")
}

/// A language's download: the content format, then its content.
/// A language file: the content format, a checksum of the content (the app
/// reads it only when whole), then the content (see `content::language`).
fn language_file(format: &str, root: &Value, tag: &str) -> Vec<u8> {
    let content = bundle(root, tag);
    let mut file = format.as_bytes().to_vec();
    file.extend(xxhash_rust::xxh32::xxh32(&content, 0).to_le_bytes());
    file.extend(content);
    file
}

/// A name for the shape of the content (its types), so the app refuses a
/// language file built for other types. Only the types count: adding or
/// changing a language leaves it, and the English download, as they are.
fn content_format() -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    let mut sources = files_ending(Path::new("src/content/schema"), "rs");
    sources.push("src/domain/data.rs".into());
    for path in sources {
        fs::read_to_string(&path)
            .expect("schema file is readable")
            .hash(&mut hasher);
    }
    format!("carer-check-content-{:016x};", hasher.finish())
}

/// Data files written and tested before their pages exist: the app does not
/// read them yet, so they are not compiled into it (every byte counts against
/// the size ceiling, issue 15). The native tests read them with `toml`. When
/// a file's pages land, take it out of this list (its header says what else
/// changes).
const NOT_SHIPPED_YET: &[&str] = &["money.toml", "assessment.toml"];

fn is_not_shipped_yet(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| NOT_SHIPPED_YET.contains(&name))
}

fn files_ending(dir: &Path, extension: &str) -> Vec<std::path::PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == extension))
        .collect();
    files.sort();
    files
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .expect("UTF-8 file name")
        .to_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    fs::write(dir.join(name), bytes).expect("OUT_DIR is writable");
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

fn for_reviewers_only(value: &mut Value) {
    if let Some(outcomes) = value
        .get_mut("outcomes")
        .and_then(|file| file.as_object_mut())
    {
        // The seed outcomes and their coverage table: for the coverage test.
        outcomes.remove("seed");
        outcomes.remove("signposted");
    }
    // A council's colours note is for the council to confirm them.
    if let Some(councils) = value
        .pointer_mut("/councils/council")
        .and_then(|list| list.as_array_mut())
    {
        for council in councils {
            if let Some(colours) = council.get_mut("colours").and_then(|c| c.as_object_mut()) {
                colours.remove("note");
            }
        }
    }
    strip(value);
}

fn strip(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|key, _| !REVIEW_KEYS.contains(&key.as_str()));
            map.values_mut().for_each(strip);
        }
        Value::Array(items) => items.iter_mut().for_each(strip),
        _ => {}
    }
}
