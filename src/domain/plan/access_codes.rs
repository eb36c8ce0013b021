//! Refusing key safe, alarm and door codes.
//!
//! A printed plan can be left on a table, a fridge or a hospital locker. A
//! code on it lets anyone in, so the form refuses codes and asks who holds a
//! key instead. The search looks for a run of digits near a word like "code",
//! "PIN" or "key safe", and lets through numbers that are clearly something
//! else: phone numbers, times, years, doses, money and house numbers.

use crate::domain::dates::month_from_name;
use crate::domain::phone::check_phone_counted;
use crate::domain::steps::Steps;

/// Where a code was found: a byte range of the text, so a page could point
/// at it. The code itself is never copied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccessCode {
    pub start: usize,
    pub end: usize,
}

/// The most words allowed between a code word and the code, both ways:
/// enough for "the code for the key safe by the back door is 1234".
const MOST_WORDS_BETWEEN: usize = 6;

/// Words that say a number nearby is a code.
const CODE_WORDS: &[&str] = &[
    "code",
    "codes",
    "pin",
    "pins",
    "passcode",
    "password",
    "keysafe",
    "keysafes",
    "keybox",
    "lockbox",
    "keypad",
    "alarm",
    "alarms",
    "combination",
    "combo",
    "padlock",
];

/// Two-word code phrases, "key safe" (also "key-safe").
const CODE_PHRASES: &[(&str, &str)] = &[
    ("key", "safe"),
    ("key", "safes"),
    ("key", "box"),
    ("lock", "box"),
];

/// A number straight after these is a phone number or extension.
const PHONE_WORDS: &[&str] = &[
    "call",
    "ring",
    "phone",
    "tel",
    "telephone",
    "mobile",
    "landline",
    "dial",
    "text",
    "ext",
    "extension",
];

/// A number like 0730 straight after these is a time.
const TIME_WORDS: &[&str] = &[
    "at", "from", "until", "till", "before", "after", "by", "around", "about", "between",
];

/// A number like 2019 straight after these is a year.
const YEAR_WORDS: &[&str] = &[
    "in",
    "since",
    "from",
    "until",
    "till",
    "of",
    "year",
    "circa",
    "back",
    "born",
    "before",
    "after",
    "fitted",
    "installed",
    "bought",
];

/// A number straight before these is an amount, a dose or a time.
const UNIT_WORDS: &[&str] = &[
    "am", "pm", "hrs", "hr", "hours", "hour", "h", "mins", "min", "minutes", "minute", "secs",
    "seconds", "days", "day", "weeks", "week", "months", "month", "years", "year", "yrs", "times",
    "mg", "ml", "mcg", "g", "kg", "lbs", "lb", "stone", "cm", "mm", "ft", "feet", "inches",
    "miles", "metres", "meters", "pounds", "pence", "p", "units", "o'clock", "percent",
];

/// A number a word or two before these is a house number.
const STREET_WORDS: &[&str] = &[
    "road",
    "rd",
    "street",
    "st",
    "avenue",
    "ave",
    "lane",
    "ln",
    "close",
    "drive",
    "dr",
    "way",
    "court",
    "ct",
    "crescent",
    "cres",
    "grove",
    "place",
    "pl",
    "gardens",
    "gdns",
    "terrace",
    "walk",
    "row",
    "square",
    "sq",
    "hill",
    "park",
    "mews",
    "view",
    "rise",
    "parade",
    "green",
    "boulevard",
    "cottages",
];

/// A number straight after these is a flat or house number.
const PLACE_WORDS: &[&str] = &["flat", "apartment", "house", "unit"];

/// Finds a likely key safe, alarm or door code: 3 to 8 digits near a word
/// like "code", "PIN", "key safe", "alarm", "combination" or "padlock".
pub fn find_access_code(text: &str) -> Option<AccessCode> {
    find_code(text, false)
}

/// As `find_access_code`, and also any bare 4 to 6 digit number that is
/// not clearly something else. For the "who holds keys" field, where a
/// number on its own is most likely a code.
pub fn find_access_code_in_keys(text: &str) -> Option<AccessCode> {
    find_code(text, true)
}

/// A word, lowercased, and its sentence.
struct Word {
    text: String,
    sentence: usize,
}

/// Digits, possibly in groups split by single spaces or dashes ("12 34").
struct DigitRun {
    digits: String,
    start: usize,
    end: usize,
    sentence: usize,
    /// How many words end before the run starts: the index of the first
    /// word after it. Known while scanning, so nothing is counted again.
    words_before: usize,
}

/// Every likely code in the text, in order. As `find_access_code`, or
/// `find_access_code_in_keys` when `bare_numbers_count`.
///
/// The work is a few steps per character whatever the text: each character
/// is read once, each digit run looks only at its own digits and at a fixed
/// window of words around it. `steps` counts that work (tests/plan.rs shows
/// the bound on crafted text of 200,000 characters), so no text typed or
/// loaded from a file can freeze the page.
pub fn find_access_codes(
    text: &str,
    bare_numbers_count: bool,
    steps: &mut Steps,
) -> Vec<AccessCode> {
    let (words, runs) = scan(text, steps);
    let starts = code_word_starts(&words, steps);
    let mut found = Vec::new();
    for run in &runs {
        steps.add(1);
        if is_something_else(text, run, &words, steps) {
            continue;
        }
        let count = run.digits.len();
        let near_code_word =
            (3..=8).contains(&count) && near_a_code_word(&words, &starts, run, steps);
        let bare = bare_numbers_count && (4..=6).contains(&count);
        if near_code_word || bare {
            found.push(AccessCode {
                start: run.start,
                end: run.end,
            });
        }
    }
    found
}

fn find_code(text: &str, bare_numbers_count: bool) -> Option<AccessCode> {
    find_access_codes(text, bare_numbers_count, &mut Steps::default())
        .first()
        .copied()
}

/// The text without the codes `find_access_codes` finds (the digits only;
/// the words around them stay). If taking them out leaves something that
/// still reads as a code, the whole text goes: a code is never kept.
pub fn without_access_codes(text: &str, bare_numbers_count: bool, steps: &mut Steps) -> String {
    let mut kept = text.to_owned();
    for _ in 0..2 {
        let codes = find_access_codes(&kept, bare_numbers_count, steps);
        if codes.is_empty() {
            return kept;
        }
        let mut out = String::with_capacity(kept.len());
        let mut from = 0;
        for code in codes {
            out.push_str(&kept[from..code.start]);
            from = code.end;
        }
        out.push_str(&kept[from..]);
        steps.add(kept.len());
        kept = out;
    }
    if find_access_codes(&kept, bare_numbers_count, steps).is_empty() {
        kept
    } else {
        String::new()
    }
}

/// Splits text into words and digit runs, numbering sentences so that a
/// code word in one sentence does not catch a number in the next. One step
/// per character read.
fn scan(text: &str, steps: &mut Steps) -> (Vec<Word>, Vec<DigitRun>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    steps.add(chars.len());
    let char_at = |at: usize| chars.get(at).map(|&(_, c)| c);
    let byte_at = |at: usize| chars.get(at).map_or(text.len(), |&(byte, _)| byte);
    let mut words = Vec::new();
    let mut runs = Vec::new();
    let mut sentence = 0;
    let mut at = 0;
    while let Some(c) = char_at(at) {
        if crate::domain::chars::is_letter(c) {
            let start = at;
            // An apostrophe inside a word keeps it whole: "o'clock", "Dad's".
            while char_at(at).is_some_and(|c| {
                crate::domain::chars::is_letter(c)
                    || (c == '\'' && char_at(at + 1).is_some_and(crate::domain::chars::is_letter))
            }) {
                at += 1;
                steps.add(1);
            }
            let (from, to) = (byte_at(start), byte_at(at));
            steps.add(to - from);
            words.push(Word {
                text: text[from..to].to_ascii_lowercase(),
                sentence,
            });
        } else if c.is_ascii_digit() {
            let start = at;
            let mut digits = String::new();
            loop {
                while let Some(d) = char_at(at).filter(char::is_ascii_digit) {
                    digits.push(d);
                    at += 1;
                    steps.add(1);
                }
                let joins = matches!(char_at(at), Some(' ' | '-'))
                    && char_at(at + 1).is_some_and(|c| c.is_ascii_digit());
                if !joins {
                    break;
                }
                at += 1;
                steps.add(1);
            }
            runs.push(DigitRun {
                digits,
                start: byte_at(start),
                end: byte_at(at),
                sentence,
                words_before: words.len(),
            });
        } else {
            let ends_sentence = match c {
                '\n' | '!' | '?' | ';' => true,
                '.' => char_at(at + 1).is_none_or(char::is_whitespace),
                _ => false,
            };
            if ends_sentence {
                sentence += 1;
            }
            at += 1;
            steps.add(1);
        }
    }
    (words, runs)
}

/// A code word on its own ("code", "PIN").
const CODE_WORD: u8 = 1;
/// The first of a two-word code phrase ("key safe").
const CODE_PHRASE: u8 = 2;

/// For each word, whether a code word or phrase starts there. One step per
/// word (each is compared with fixed, short lists).
fn code_word_starts(words: &[Word], steps: &mut Steps) -> Vec<u8> {
    words
        .iter()
        .enumerate()
        .map(|(at, word)| {
            steps.add(1);
            let mut starts = 0;
            if CODE_WORDS.contains(&word.text.as_str()) {
                starts |= CODE_WORD;
            }
            if let Some(next) = words.get(at + 1) {
                let pair = (word.text.as_str(), next.text.as_str());
                if CODE_PHRASES.contains(&pair) && word.sentence == next.sentence {
                    starts |= CODE_PHRASE;
                }
            }
            starts
        })
        .collect()
}

/// Whether a code word or phrase is close enough to the run. Only words
/// within `MOST_WORDS_BETWEEN` (and a phrase's second word) of the run can
/// be, so only that fixed window is looked at.
fn near_a_code_word(words: &[Word], starts: &[u8], run: &DigitRun, steps: &mut Steps) -> bool {
    let low = run.words_before.saturating_sub(MOST_WORDS_BETWEEN + 2);
    let high = (run.words_before + MOST_WORDS_BETWEEN + 1).min(words.len());
    (low..high).any(|first| {
        steps.add(1);
        let single = (starts[first] & CODE_WORD != 0).then_some(first);
        let phrase = (starts[first] & CODE_PHRASE != 0).then_some(first + 1);
        [single, phrase]
            .into_iter()
            .flatten()
            .any(|last| is_near(words, run, first, last))
    })
}

/// Whether the code word (words `first..=last`) is in the same sentence as
/// the run, with few enough words between them.
fn is_near(words: &[Word], run: &DigitRun, first: usize, last: usize) -> bool {
    if words[first].sentence != run.sentence {
        return false;
    }
    // Words ending before the run; the rest start after it.
    let before_run = run.words_before;
    let between = if last < before_run {
        before_run - last - 1
    } else {
        first.saturating_sub(before_run)
    };
    between <= MOST_WORDS_BETWEEN
}

/// Numbers that are clearly not codes, by what is around them. Looks at two
/// characters and three words either side, and reads the run's own digits
/// twice (as a phone number and as a value): steps for those digits.
fn is_something_else(text: &str, run: &DigitRun, words: &[Word], steps: &mut Steps) -> bool {
    let mut before_chars = text[..run.start].chars().rev();
    let before = before_chars.next();
    let two_before = before_chars.next();
    let mut after_chars = text[run.end..].chars();
    let after = after_chars.next();
    let two_after = after_chars.next();
    let is_digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let is_letter = |c: Option<char>| c.is_some_and(crate::domain::chars::is_letter);

    // Part of a word ("Careline365", "500mg", "3rd"), money ("£250"), an
    // international number ("+44"), a date or fraction ("3/4", "24/7"), a
    // time or decimal ("10:30", "7.30", "1.5"). A single letter in front is
    // still a code: some key safes have a "C" button ("C1234").
    let glued_before = (is_letter(before) && is_letter(two_before))
        || before.is_some_and(|c| "+£$€/%".contains(c))
        || (matches!(before, Some(':' | '.')) && is_digit(two_before));
    let glued_after = is_letter(after)
        || after.is_some_and(|c| "/%".contains(c))
        || (matches!(after, Some(':' | '.')) && is_digit(two_after));
    if glued_before || glued_after {
        return true;
    }
    // A number someone could ring: 999, 116 123, 0161 496 0000.
    if check_phone_counted(&run.digits, steps).is_ok() {
        return true;
    }

    let same_sentence = |word: &&Word| word.sentence == run.sentence;
    let word_before = run
        .words_before
        .checked_sub(1)
        .and_then(|at| words.get(at))
        .filter(same_sentence)
        .map(|w| w.text.as_str());
    let words_after: Vec<&str> = words[run.words_before..]
        .iter()
        .take_while(|w| w.sentence == run.sentence)
        .take(3)
        .map(|w| w.text.as_str())
        .collect();
    let word_after = words_after.first().copied();
    let preceded_by = |list: &[&str]| word_before.is_some_and(|w| list.contains(&w));

    if preceded_by(PHONE_WORDS) || preceded_by(PLACE_WORDS) {
        return true;
    }
    if word_after.is_some_and(|w| UNIT_WORDS.contains(&w)) {
        return true;
    }
    if words_after.iter().any(|w| STREET_WORDS.contains(w)) {
        return true;
    }
    steps.add(run.digits.len());
    let value: u32 = run.digits.parse().unwrap_or(u32::MAX);
    let looks_like_year = run.digits.len() == 4 && (1900..=2099).contains(&value);
    let after_month = word_before.is_some_and(|w| month_from_name(w).is_some());
    if looks_like_year && (preceded_by(YEAR_WORDS) || after_month) {
        return true;
    }
    let looks_like_time = matches!(run.digits.len(), 3 | 4) && value / 100 < 24 && value % 100 < 60;
    looks_like_time && preceded_by(TIME_WORDS)
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_runs_join_across_single_spaces_and_dashes_only() {
        let (_, runs) = scan("code 12 34, 0161-496 0000 and 5  6", &mut Steps::default());
        let digits: Vec<&str> = runs.iter().map(|r| r.digits.as_str()).collect();
        assert_eq!(digits, ["1234", "01614960000", "5", "6"]);
    }

    #[test]
    fn sentences_end_at_full_stops_but_not_inside_numbers() {
        let (words, runs) = scan("At 7.30 she wakes. Alarm", &mut Steps::default());
        assert_eq!(runs[0].sentence, 0);
        assert_eq!(words.last().map(|w| w.sentence), Some(1));
    }

    #[test]
    fn words_between_are_counted_both_ways() {
        let text = "code is 1234 said the man";
        let (words, runs) = scan(text, &mut Steps::default());
        assert!(is_near(&words, &runs[0], 0, 0));
        let (words, runs) = scan("1234 is the code", &mut Steps::default());
        assert!(is_near(&words, &runs[0], 2, 2));
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// The search as it was first written, re-counting words for every
    /// number and code word (cubic on crafted text). Kept only to show the
    /// linear search finds exactly the same codes.
    mod straightforward {
        use super::super::*;

        /// A word, lowercased, with its place in the text.
        struct Word {
            text: String,
            start: usize,
            end: usize,
            sentence: usize,
        }

        /// Digits, possibly in groups split by single spaces or dashes ("12 34").
        struct DigitRun {
            digits: String,
            start: usize,
            end: usize,
            sentence: usize,
        }

        pub(super) fn find_code(text: &str, bare_numbers_count: bool) -> Option<AccessCode> {
            let (words, runs) = scan(text);
            let keyword_spans = code_word_spans(&words);
            runs.iter()
                .filter(|run| !is_something_else(text, run, &words))
                .find(|run| {
                    let count = run.digits.len();
                    let near_code_word = (3..=8).contains(&count)
                        && keyword_spans
                            .iter()
                            .any(|&(first, last)| is_near(&words, run, first, last));
                    let bare = bare_numbers_count && (4..=6).contains(&count);
                    near_code_word || bare
                })
                .map(|run| AccessCode {
                    start: run.start,
                    end: run.end,
                })
        }

        /// Splits text into words and digit runs, numbering sentences so that a
        /// code word in one sentence does not catch a number in the next.
        fn scan(text: &str) -> (Vec<Word>, Vec<DigitRun>) {
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let char_at = |at: usize| chars.get(at).map(|&(_, c)| c);
            let byte_at = |at: usize| chars.get(at).map_or(text.len(), |&(byte, _)| byte);
            let mut words = Vec::new();
            let mut runs = Vec::new();
            let mut sentence = 0;
            let mut at = 0;
            while let Some(c) = char_at(at) {
                if crate::domain::chars::is_letter(c) {
                    let start = at;
                    // An apostrophe inside a word keeps it whole: "o'clock", "Dad's".
                    while char_at(at).is_some_and(|c| {
                        crate::domain::chars::is_letter(c)
                            || (c == '\''
                                && char_at(at + 1).is_some_and(crate::domain::chars::is_letter))
                    }) {
                        at += 1;
                    }
                    words.push(Word {
                        text: text[byte_at(start)..byte_at(at)].to_ascii_lowercase(),
                        start: byte_at(start),
                        end: byte_at(at),
                        sentence,
                    });
                } else if c.is_ascii_digit() {
                    let start = at;
                    let mut digits = String::new();
                    loop {
                        while let Some(d) = char_at(at).filter(char::is_ascii_digit) {
                            digits.push(d);
                            at += 1;
                        }
                        let joins = matches!(char_at(at), Some(' ' | '-'))
                            && char_at(at + 1).is_some_and(|c| c.is_ascii_digit());
                        if !joins {
                            break;
                        }
                        at += 1;
                    }
                    runs.push(DigitRun {
                        digits,
                        start: byte_at(start),
                        end: byte_at(at),
                        sentence,
                    });
                } else {
                    let ends_sentence = match c {
                        '\n' | '!' | '?' | ';' => true,
                        '.' => char_at(at + 1).is_none_or(char::is_whitespace),
                        _ => false,
                    };
                    if ends_sentence {
                        sentence += 1;
                    }
                    at += 1;
                }
            }
            (words, runs)
        }

        /// The first and last word index of every code word or phrase.
        fn code_word_spans(words: &[Word]) -> Vec<(usize, usize)> {
            let mut spans = Vec::new();
            for (at, word) in words.iter().enumerate() {
                if CODE_WORDS.contains(&word.text.as_str()) {
                    spans.push((at, at));
                }
                if let Some(next) = words.get(at + 1) {
                    let pair = (word.text.as_str(), next.text.as_str());
                    if CODE_PHRASES.contains(&pair) && word.sentence == next.sentence {
                        spans.push((at, at + 1));
                    }
                }
            }
            spans
        }

        /// Whether the code word (words `first..=last`) is in the same sentence as
        /// the run, with few enough words between them.
        fn is_near(words: &[Word], run: &DigitRun, first: usize, last: usize) -> bool {
            if words[first].sentence != run.sentence {
                return false;
            }
            // Words ending before the run; the rest start after it.
            let before_run = words.iter().take_while(|w| w.end <= run.start).count();
            let between = if last < before_run {
                before_run - last - 1
            } else {
                first.saturating_sub(before_run)
            };
            between <= MOST_WORDS_BETWEEN
        }

        /// Numbers that are clearly not codes, by what is around them.
        fn is_something_else(text: &str, run: &DigitRun, words: &[Word]) -> bool {
            let before = text[..run.start].chars().next_back();
            let two_before = text[..run.start].chars().rev().nth(1);
            let mut after_chars = text[run.end..].chars();
            let after = after_chars.next();
            let two_after = after_chars.next();
            let is_digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());

            // Part of a word ("Careline365", "500mg", "3rd"), money ("£250"), an
            // international number ("+44"), a date or fraction ("3/4", "24/7"), a
            // time or decimal ("10:30", "7.30", "1.5"). A single letter in front is
            // still a code: some key safes have a "C" button ("C1234").
            let letters_before = text[..run.start]
                .chars()
                .rev()
                .take_while(|&c| crate::domain::chars::is_letter(c))
                .count();
            let glued_before = letters_before >= 2
                || before.is_some_and(|c| "+£$€/%".contains(c))
                || (matches!(before, Some(':' | '.')) && is_digit(two_before));
            let glued_after = after
                .is_some_and(|c| crate::domain::chars::is_letter(c) || "/%".contains(c))
                || (matches!(after, Some(':' | '.')) && is_digit(two_after));
            if glued_before || glued_after {
                return true;
            }
            // A number someone could ring: 999, 116 123, 0161 496 0000.
            if crate::domain::phone::check_phone(&run.digits).is_ok() {
                return true;
            }

            let same_sentence = |word: &&Word| word.sentence == run.sentence;
            let word_before = words
                .iter()
                .rev()
                .find(|w| w.end <= run.start)
                .filter(same_sentence)
                .map(|w| w.text.as_str());
            let words_after: Vec<&str> = words
                .iter()
                .filter(|w| w.start >= run.end)
                .take_while(|w| w.sentence == run.sentence)
                .take(3)
                .map(|w| w.text.as_str())
                .collect();
            let word_after = words_after.first().copied();
            let preceded_by = |list: &[&str]| word_before.is_some_and(|w| list.contains(&w));

            if preceded_by(PHONE_WORDS) || preceded_by(PLACE_WORDS) {
                return true;
            }
            if word_after.is_some_and(|w| UNIT_WORDS.contains(&w)) {
                return true;
            }
            if words_after.iter().any(|w| STREET_WORDS.contains(w)) {
                return true;
            }
            let value: u32 = run.digits.parse().unwrap_or(u32::MAX);
            let looks_like_year = run.digits.len() == 4 && (1900..=2099).contains(&value);
            let after_month = word_before.is_some_and(|w| month_from_name(w).is_some());
            if looks_like_year && (preceded_by(YEAR_WORDS) || after_month) {
                return true;
            }
            let looks_like_time =
                matches!(run.digits.len(), 3 | 4) && value / 100 < 24 && value % 100 < 60;
            looks_like_time && preceded_by(TIME_WORDS)
        }
    }

    /// Native only: proptest does not build for wasm.
    #[cfg(not(target_arch = "wasm32"))]
    mod same_as_before {
        use super::straightforward;
        use super::*;
        use proptest::prelude::*;

        /// Pieces that make the search work hard: code words and phrases, the
        /// words that say a number is something else, digits in every shape,
        /// sentence ends and other separators.
        const PIECES: &[&str] = &[
            "code",
            "key",
            "safe",
            "Key-safe",
            "PIN",
            "alarm",
            "box",
            "lock",
            "the",
            "is",
            "at",
            "in",
            "ring",
            "flat",
            "road",
            "mg",
            "pm",
            "may",
            "1234",
            "12",
            "0161 496 0000",
            "999",
            "2019",
            "0730",
            "5",
            "1 2",
            "3-4",
            "C",
            "£",
            "+",
            "/",
            ":",
            ".",
            ". ",
            "\n",
            " ",
            "-",
            "'",
            "x",
            "Dad's",
            "é",
        ];

        fn crafted_text() -> impl Strategy<Value = String> {
            prop::collection::vec(prop::sample::select(PIECES), 0..60)
                .prop_map(|pieces| pieces.join(" "))
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(3000))]

            #[test]
            fn the_linear_search_finds_what_the_straightforward_one_did(
                text in crafted_text(),
                glued in prop::collection::vec(prop::sample::select(PIECES), 0..30),
            ) {
                // Spaced pieces, and the same pieces glued together.
                for text in [text, glued.concat()] {
                    for keys in [false, true] {
                        prop_assert_eq!(
                            find_code(&text, keys),
                            straightforward::find_code(&text, keys),
                            "{:?} keys {}", text, keys
                        );
                    }
                }
            }
        }
    }
}
