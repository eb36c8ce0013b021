//! Telling letters from other characters without the standard library's
//! Unicode tables, which add several kilobytes of wasm for a distinction the
//! app only needs roughly: is this part of a word?

/// A letter: ASCII letters, and the letters of other alphabets (accented
/// Latin, Greek, Cyrillic, Arabic, Chinese …). Punctuation, symbols and
/// spaces from the common blocks are not letters.
pub fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (c >= '\u{C0}'
            && !matches!(
                c,
                '\u{D7}' | '\u{F7}' // × ÷
                    | '\u{2000}'..='\u{2BFF}' // punctuation, arrows, symbols
                    | '\u{3000}'..='\u{303F}' // CJK punctuation
                    | '\u{FE30}'..='\u{FE4F}'
                    | '\u{FF00}'..='\u{FF20}'
                    | '\u{1F000}'..='\u{1FAFF}' // emoji
            ))
}

/// A letter or a digit.
pub fn is_letter_or_digit(c: char) -> bool {
    is_letter(c) || c.is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_of_many_alphabets_count_and_punctuation_does_not() {
        for c in ['a', 'Z', 'é', 'ß', 'ł', 'Ω', 'ж', 'ب', '中'] {
            assert!(is_letter(c), "{c}");
        }
        for c in [
            ' ', '1', '-', '\'', '’', '“', '–', '×', '£', '€', '😀', '。',
        ] {
            assert!(!is_letter(c), "{c}");
        }
        assert!(is_letter_or_digit('7'));
    }
}
