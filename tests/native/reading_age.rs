//! Reading age: the Flesch–Kincaid grade of every text a carer reads in the
//! content data. A page (a data file's top-level table) may not go above grade
//! 8, and the average over all the words may not go above grade 6 (a reading
//! age of about 11). Run with `--nocapture` to see the figures.
//!
//! Grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
//! Syllables are counted by vowel groups, the usual rule of thumb.

#![cfg(not(target_arch = "wasm32"))]

use carer_check::content::wording;
use serde_json::Value;

/// Pages shorter than this are labels and buttons: too short for a grade to
/// mean anything, so they are pooled into one "labels" page per file.
const SHORT_PAGE_WORDS: usize = 30;

const MAX_PAGE_GRADE: f64 = 8.0;
const MAX_AVERAGE_GRADE: f64 = 6.0;

#[derive(Default)]
struct Counts {
    words: usize,
    sentences: usize,
    syllables: usize,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.words += other.words;
        self.sentences += other.sentences;
        self.syllables += other.syllables;
    }

    fn grade(&self) -> f64 {
        let words = self.words.max(1) as f64;
        0.39 * words / self.sentences.max(1) as f64 + 11.8 * self.syllables as f64 / words - 15.59
    }
}

fn syllables(word: &str) -> usize {
    let word: String = word
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if word.len() <= 3 {
        return 1;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let chars: Vec<char> = word.chars().collect();
    let mut groups = 0;
    let mut previous_was_vowel = false;
    for &c in &chars {
        let is_vowel = vowel(c);
        if is_vowel && !previous_was_vowel {
            groups += 1;
        }
        previous_was_vowel = is_vowel;
    }
    // A silent final "e" ("care", "time"), but not "-le" ("people").
    let n = chars.len();
    let ends_in_consonant_le = chars[n - 2] == 'l' && !vowel(chars[n - 3]);
    if chars[n - 1] == 'e' && !ends_in_consonant_le && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

/// Counts one piece of text. Each piece counts as at least one sentence:
/// a heading or a list item is read as one. A `{placeholder}` counts as one
/// short word: the reader sees the value (a name, a number, a date), not the
/// placeholder's name.
fn count(text: &str) -> Counts {
    let text = without_placeholders(text);
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/' || c == '–' || c == '—')
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .collect();
    let ends = text
        .split_inclusive(['.', '!', '?', ':', ';'])
        .filter(|part| part.chars().any(|c| c.is_ascii_alphabetic()))
        .count();
    Counts {
        words: words.len(),
        sentences: ends.max(1),
        syllables: words.iter().map(|w| syllables(w)).sum(),
    }
}

/// The text with each `{placeholder}` as the one-syllable word "x".
fn without_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for c in text.chars() {
        match c {
            '{' => {
                inside = true;
                out.push('x');
            }
            '}' => inside = false,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every wording text, as the translations and the pseudo-locale see it
/// (`content::wording`): the same texts a translator is given.
fn collect(value: &Value, counts: &mut Counts) {
    wording::visit_wording(&mut value.clone(), &mut |_, text| {
        // Single words are labels; they have no sentences to measure.
        if text.contains(' ') {
            counts.add(&count(text))
        }
    });
}

/// Every page of carer-facing text: (file.table, counts).
fn pages() -> Vec<(String, Counts)> {
    let all: Value =
        serde_json::from_str(carer_check::content::DATA_JSON).expect("the data files as JSON");
    let mut pages = vec![];
    for (file, tables) in all.as_object().expect("content is a table of files") {
        let mut labels = Counts::default();
        for (table, value) in tables.as_object().expect("each file is a table") {
            // Seed outcomes are the strategies' words, kept for the coverage test.
            if file == "outcomes" && (table == "seed" || table == "signposted") {
                continue;
            }
            let mut counts = Counts::default();
            collect(value, &mut counts);
            if counts.words >= SHORT_PAGE_WORDS {
                pages.push((format!("{file}.{table}"), counts));
            } else {
                labels.add(&counts);
            }
        }
        if labels.words > 0 {
            pages.push((format!("{file} (labels and buttons)"), labels));
        }
    }
    pages
}

#[test]
fn syllables_are_counted_by_vowel_groups() {
    for (word, expected) in [
        ("carer", 2),
        ("care", 1),
        ("people", 2),
        ("emergency", 4),
        ("the", 1),
        ("assessment", 3),
    ] {
        assert_eq!(syllables(word), expected, "{word}");
    }
    let hard = count("Notwithstanding contemporaneous administrative considerations, eligibility determinations necessitate comprehensive documentation.");
    assert!(hard.grade() > 12.0, "{}", hard.grade());
    // A placeholder is read as its value: one short word.
    let filled = count("Call {phone_number_of_the_service}.");
    assert_eq!((filled.words, filled.syllables), (2, 2));
    let easy = count("You can ask for help. It is free. Call us.");
    assert!(easy.grade() < 3.0, "{}", easy.grade());
}

#[test]
fn every_page_reads_at_grade_8_or_below_and_the_average_at_6_or_below() {
    let mut pages = pages();
    pages.sort_by(|a, b| b.1.grade().total_cmp(&a.1.grade()));
    let mut total = Counts::default();
    println!("{:>6} {:>6}  page", "grade", "words");
    for (page, counts) in &pages {
        println!("{:>6.1} {:>6}  {page}", counts.grade(), counts.words);
        total.add(counts);
    }
    println!(
        "{:>6.1} {:>6}  ALL (pages: {})",
        total.grade(),
        total.words,
        pages.len()
    );
    assert!(pages.len() > 20, "the content should have many pages");
    let too_hard: Vec<_> = pages
        .iter()
        .filter(|(_, c)| c.grade() > MAX_PAGE_GRADE)
        .map(|(page, c)| format!("{page}: grade {:.1}", c.grade()))
        .collect();
    assert!(
        too_hard.is_empty(),
        "above grade {MAX_PAGE_GRADE}: {too_hard:?}"
    );
    assert!(
        total.grade() <= MAX_AVERAGE_GRADE,
        "average grade {:.1} is above {MAX_AVERAGE_GRADE}",
        total.grade()
    );
}
