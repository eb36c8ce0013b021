//! Passphrases: one of random words the app offers, and the rule for one the
//! carer types.
//!
//! The words are data (`src/content/lists/passphrase-words.txt`, read with
//! [`word_list`]); the random bytes come from the browser
//! (`crypto.getRandomValues`). Each word is drawn from two bytes, a number
//! below 65,536; numbers in the last, short round of the list are thrown
//! away and the next two bytes drawn instead, so every word is equally
//! likely (no modulo bias).

/// Words in a passphrase the app offers: with at least 2,048 words in the
/// list, six give at least 66 bits.
pub const WORDS: usize = 6;
/// The fewest words the list may have.
pub const MIN_LIST_WORDS: usize = 2_048;
/// Between the words: easy to read out, and a phone keeps it in one piece.
pub const SEPARATOR: char = '-';
/// The fewest characters (not bytes) a passphrase the carer types may have.
pub const MIN_TYPED_CHARS: usize = 12;

/// The words of a list file: one a line; blank lines and lines starting
/// with `#` (the source and licence) are left out.
pub fn word_list(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
}

/// Why no passphrase could be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    /// The list is empty or has more words than two bytes can choose from.
    BadList,
    /// The random bytes ran out (thrown-away draws used some): ask the
    /// browser for more and try again.
    NeedMoreRandom,
}

/// The most words two bytes can choose from.
const DRAW_RANGE: u32 = 1 << 16;

/// The word index drawn by one two-byte number, or `None` when the number
/// falls in the last, short round of the list and must be drawn again.
pub fn index_for(draw: u16, list_len: usize) -> Option<usize> {
    let n = u32::try_from(list_len)
        .ok()
        .filter(|&n| (1..=DRAW_RANGE).contains(&n))?;
    // The numbers below `limit` cover every word the same number of times.
    let limit = DRAW_RANGE - DRAW_RANGE % n;
    let draw = u32::from(draw);
    (draw < limit).then(|| (draw % n) as usize)
}

/// `count` words from `list`, chosen by `random` (two bytes a draw, big
/// end first). 2 × `count` bytes are enough almost always; pass more
/// (`count` × 4, say) so a thrown-away draw does not run out.
pub fn words<'a>(
    list: &[&'a str],
    count: usize,
    random: &[u8],
) -> Result<Vec<&'a str>, PassphraseProblem> {
    if list.is_empty() || list.len() > DRAW_RANGE as usize {
        return Err(PassphraseProblem::BadList);
    }
    let mut draws = random
        .chunks_exact(2)
        .map(|pair| u16::from_be_bytes([pair[0], pair[1]]));
    let mut chosen = Vec::with_capacity(count);
    while chosen.len() < count {
        let draw = draws.next().ok_or(PassphraseProblem::NeedMoreRandom)?;
        if let Some(index) = index_for(draw, list.len()) {
            chosen.push(list[index]);
        }
    }
    Ok(chosen)
}

/// A passphrase of [`WORDS`] words, joined by [`SEPARATOR`].
pub fn generate(list: &[&str], random: &[u8]) -> Result<String, PassphraseProblem> {
    let chosen = words(list, WORDS, random)?;
    Ok(chosen.join(&SEPARATOR.to_string()))
}

/// Why a typed passphrase cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypedProblem {
    /// Shorter than [`MIN_TYPED_CHARS`] once white space at its ends is
    /// taken off (the number of characters it has).
    TooShort(usize),
}

/// The passphrase as the key is made from it: white space at either end
/// (easily added when pasting from a message) is not part of it. The same
/// on locking and on opening.
pub fn as_typed(typed: &str) -> &str {
    typed.trim()
}

/// Whether a passphrase the carer typed may lock a file.
pub fn check_typed(typed: &str) -> Result<&str, TypedProblem> {
    let passphrase = as_typed(typed);
    let length = passphrase.chars().count();
    if length < MIN_TYPED_CHARS {
        return Err(TypedProblem::TooShort(length));
    }
    Ok(passphrase)
}
