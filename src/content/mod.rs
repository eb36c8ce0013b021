//! The app's wording and facts, written in `data/*.toml` and compiled in.
//!
//! `build.rs` turns the TOML into JSON; this module gives it types. Tests in
//! `tests/content.rs` check that every id and fact is sound.

pub mod directory;
pub mod document_pages;
pub mod language;
pub mod messages;
pub mod outcomes;
pub mod plan_pages;
pub mod schema;
pub mod site;
mod trusted;
pub mod wellbeing_pages;
pub mod wording;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use crate::domain::identify::{CarerKind, Reason, Verdict};
use crate::domain::journey::QuestionId;

pub use self::schema::part1::*;
pub use self::schema::Bundle;
pub use crate::domain::result::Audience;

/// The content in English, from `build.rs` (postcard). The app's copy leaves
/// out sources and review notes; natively (tests, the content report)
/// everything is there.
#[cfg(target_arch = "wasm32")]
const ENGLISH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content-app.bin"));
#[cfg(not(target_arch = "wasm32"))]
const ENGLISH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// The data files as one JSON object keyed by file name, for tests that look
/// across files (reading age, sources). Only tests use it, so the app's wasm
/// does not carry it.
pub const DATA_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));

/// The English wording keys and texts: the base file for translators.
pub const ENGLISH_WORDING_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/lang/en.json"));

static BUNDLE: OnceLock<Bundle> = OnceLock::new();

/// A language file that is not one this build can read.
#[derive(Debug)]
pub struct LanguageError;

/// Reads a language's content (a `lang/<tag>.bin` file) and uses it in place
/// of English from now on. Called before the app first reads its content; a
/// file that cannot be read changes nothing, and the app stays in English.
pub fn use_language(file: &[u8]) -> Result<(), LanguageError> {
    let bundle = read_language(file)?;
    // Set only once, before any page reads the content.
    let _ = BUNDLE.set(bundle);
    Ok(())
}

/// A language file's content, when the file was built for this app and
/// arrived whole.
fn read_language(file: &[u8]) -> Result<Bundle, LanguageError> {
    let bytes = language::content_of(file).ok_or(LanguageError)?;
    Ok(trusted::read(bytes))
}

/// The English content while a document's English copy is made (`in_english`).
static ENGLISH_COPY: OnceLock<Bundle> = OnceLock::new();
static IN_ENGLISH: AtomicBool = AtomicBool::new(false);

/// All the content, read once on first use.
pub fn bundle() -> &'static Bundle {
    let content = if IN_ENGLISH.load(Ordering::Relaxed) {
        &ENGLISH_COPY
    } else {
        &BUNDLE
    };
    content.get_or_init(|| trusted::read(ENGLISH))
}

/// Makes something from the English content, whatever the language on
/// screen: a document's copy in English, for hospital staff, paramedics and
/// employers. English is always built in, so this needs no download.
pub fn in_english<T>(make: impl FnOnce() -> T) -> T {
    IN_ENGLISH.store(true, Ordering::Relaxed);
    let made = make();
    IN_ENGLISH.store(false, Ordering::Relaxed);
    made
}

/// Part 1's content.
pub fn content() -> &'static Content {
    &bundle().content
}

impl Content {
    pub fn question(&self, id: QuestionId) -> &Question {
        self.questions
            .question
            .iter()
            .find(|q| q.id == id.id())
            .expect("every question has content (checked by tests)")
    }

    pub fn verdict(&self, verdict: Verdict) -> &VerdictText {
        let key = match verdict {
            Verdict::Carer => "carer",
            Verdict::MaybeCarer => "maybe",
            Verdict::NotACarerNow => "not-now",
        };
        &self.result.verdict[key]
    }

    pub fn kind(&self, kind: CarerKind) -> &Explained {
        self.result
            .kind
            .iter()
            .find(|k| k.id == kind.id())
            .expect("every kind has content (checked by tests)")
    }

    pub fn reason(&self, reason: Reason) -> &ReasonText {
        self.result
            .reason
            .iter()
            .find(|r| r.id == reason.id())
            .expect("every reason has content (checked by tests)")
    }
}

impl Question {
    /// The title, in the young person's wording where there is one.
    pub fn title_for(&self, young: bool) -> &str {
        match (&self.young_title, young) {
            (Some(title), true) => title,
            _ => &self.title,
        }
    }

    pub fn hint_for(&self, young: bool) -> Option<&str> {
        match (&self.young_hint, young) {
            (Some(hint), true) => Some(hint),
            _ => self.hint.as_deref(),
        }
    }

    pub fn option_label(&self, option_id: &str, young: bool) -> Option<&str> {
        let option = self.options.iter().find(|o| o.id == option_id)?;
        Some(match (&option.young_label, young) {
            (Some(label), true) => label,
            _ => &option.label,
        })
    }
}

impl QuestionOption {
    pub fn label_for(&self, young: bool) -> &str {
        match (&self.young_label, young) {
            (Some(label), true) => label,
            _ => &self.label,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pseudo-locale, which every build writes, as the app gets it.
    const PSEUDO_FILE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lang/en-XA.bin"));

    #[test]
    fn a_language_file_the_build_wrote_reads_whole_and_in_its_language() {
        let pseudo = read_language(PSEUDO_FILE).expect("the pseudo-locale reads");
        let english: Bundle = trusted::read(ENGLISH);
        assert_eq!(
            pseudo.content.questions.question.len(),
            english.content.questions.question.len()
        );
        assert_ne!(
            pseudo.content.questions.question[0].title,
            english.content.questions.question[0].title
        );
    }

    /// The note on an unchecked translation: shown in each language until a
    /// fluent speaker has checked every text against today's English, and
    /// never in English (the app's own copy has it blank).
    #[test]
    #[cfg(not(target_arch = "wasm32"))] // reads the wording folder
    fn only_a_language_with_unchecked_texts_says_so() {
        const APP_ENGLISH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content-app.bin"));
        let english: Bundle = trusted::read(APP_ENGLISH);
        assert_eq!(english.site.site.language_unreviewed, "");

        let base: std::collections::BTreeMap<String, String> =
            serde_json::from_str(ENGLISH_WORDING_JSON).expect("the English wording");
        let folder = std::path::Path::new(wording::TRANSLATIONS_DIR);
        let tags = wording::translation_tags(folder);
        for tag in &tags {
            let review = std::fs::read_to_string(folder.join(format!("{tag}.review.toml")))
                .expect("each language has a review record");
            let review: wording::Review = toml::from_str(&review).expect("the review record reads");
            let unchecked = wording::unchecked(&base, &review.checked).expect("no unknown key");
            let built = std::fs::read(format!("{}/lang/{tag}.bin", env!("OUT_DIR")))
                .expect("the build wrote the language");
            let language = read_language(&built).expect("the language reads");
            assert_eq!(
                language.site.site.language_unreviewed.is_empty(),
                unchecked.is_empty(),
                "{tag}: {} texts unchecked",
                unchecked.len()
            );
            assert!(!language.site.site.language_in_english.is_empty(), "{tag}");
        }
        assert!(
            tags.len() >= 4,
            "the four languages the councils asked for, at least"
        );
    }

    #[test]
    fn a_damaged_language_file_is_refused_and_never_read() {
        let half = &PSEUDO_FILE[..PSEUDO_FILE.len() / 2];
        assert!(read_language(half).is_err());
        let mut changed = PSEUDO_FILE.to_vec();
        let last = changed.len() - 1;
        changed[last] ^= 1;
        assert!(read_language(&changed).is_err());
    }

    #[test]
    #[should_panic(expected = "content data from build.rs does not read")]
    fn content_that_does_not_fit_its_types_stops_with_what_was_found() {
        let _: Bundle = trusted::read(&ENGLISH[..ENGLISH.len() / 2]);
    }
}
