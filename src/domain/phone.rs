//! UK phone numbers: is this a number someone could ring, and how should it
//! be printed?
//!
//! A carer types numbers in many ways ("+44 (0)161 496 0000", "07700-900123").
//! We accept the usual spacing and prefixes, print them the way people expect
//! to read them, and point out numbers that are probably wrong. Wrong-looking
//! numbers are only *questionable*: the carer may know better, so they can keep
//! one by ticking "keep this number anyway" (`Phone::keep_anyway`).
//!
//! The number ranges follow Ofcom's National Telephone Numbering Plan.

use crate::domain::steps::Steps;

/// What kind of number it is. Decides how it is grouped and whether calls
/// may cost a lot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhoneKind {
    /// 01 and 02 numbers.
    Landline,
    /// 07 numbers, except 070 and 076.
    Mobile,
    /// 03 numbers: cost the same as a landline call.
    NonGeographic,
    /// 0800 and 0808: free to call.
    Freephone,
    /// 084 and 087: an extra service charge on top of the call.
    ServiceRate,
    /// 09: premium rate, expensive.
    Premium,
    /// 070: "personal numbers", look like mobiles but cost more.
    PersonalNumber,
    /// 076 (except the Isle of Man's 07624 mobiles).
    Pager,
    /// 999, 111, 116 123 and other short numbers everyone knows.
    ShortCode,
    /// A number with a country code other than +44.
    International,
}

/// Why a number was not accepted as it stands. The words for the carer are
/// in the wording files (`content::messages`), one for each of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhoneIssue {
    // These make a number invalid: it cannot be kept.
    HasLetters,
    StrangeCharacters,
    NoDigits,
    TooManyDigits,
    NoLongerInUse,
    // These make a number questionable: the carer can keep it if sure.
    WrongLength { digits: usize },
    LocalNumberWithoutAreaCode,
    MissingLeadingZero,
    PremiumRate,
    PersonalNumber,
    Pager,
    UnusualStart,
    NotUk,
}

/// The result of checking one typed number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneCheck {
    /// Nothing typed. Phone fields are optional, so this is not a problem.
    Empty,
    /// A number someone could ring, grouped for reading, e.g. "020 7946 0018".
    Ok { kind: PhoneKind, display: String },
    /// Probably wrong, or costly to ring, but the carer may keep it if sure.
    Questionable {
        kind: Option<PhoneKind>,
        issue: PhoneIssue,
        display: String,
    },
    /// Not a phone number that could ever work.
    Invalid { issue: PhoneIssue },
}

impl PhoneCheck {
    pub fn is_ok(&self) -> bool {
        matches!(self, PhoneCheck::Ok { .. })
    }

    pub fn issue(&self) -> Option<PhoneIssue> {
        match self {
            PhoneCheck::Questionable { issue, .. } | PhoneCheck::Invalid { issue } => Some(*issue),
            PhoneCheck::Empty | PhoneCheck::Ok { .. } => None,
        }
    }
}

crate::record_struct! {
/// A stored phone number field: what the carer typed, and whether they chose
/// to keep it after we said it looked unusual.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Phone {
    pub number: String,
    /// The carer confirmed a questionable number is right. Ignored for
    /// numbers that are fine or invalid.
    pub keep_anyway: bool,
}
}

impl Phone {
    pub fn new(number: impl Into<String>) -> Self {
        Phone {
            number: number.into(),
            keep_anyway: false,
        }
    }

    /// A number the carer has chosen to keep even though it looks unusual.
    pub fn kept_anyway(number: impl Into<String>) -> Self {
        Phone {
            number: number.into(),
            keep_anyway: true,
        }
    }

    /// Changes the number. A confirmation was for the old number, so a
    /// different number must be confirmed again.
    pub fn set_number(&mut self, number: &str) {
        if self.number.trim() != number.trim() {
            self.keep_anyway = false;
        }
        self.number = number.to_string();
    }

    pub fn check(&self) -> PhoneCheck {
        check_phone(&self.number)
    }

    pub fn is_empty(&self) -> bool {
        self.number.trim().is_empty()
    }

    /// What still needs the carer's attention: an invalid number, or a
    /// questionable one they have not chosen to keep.
    pub fn attention(&self) -> Option<PhoneCheck> {
        self.attention_counted(&mut Steps::default())
    }

    /// As `attention`, counting the work (see `check_phone_counted`).
    pub fn attention_counted(&self, steps: &mut Steps) -> Option<PhoneCheck> {
        match check_phone_counted(&self.number, steps) {
            PhoneCheck::Empty | PhoneCheck::Ok { .. } => None,
            PhoneCheck::Questionable { .. } if self.keep_anyway => None,
            check => Some(check),
        }
    }

    /// There is a number, and it is fine or the carer has confirmed it.
    pub fn is_usable(&self) -> bool {
        !self.is_empty() && self.attention().is_none()
    }

    /// How to print it: grouped if we could read it, else as typed.
    pub fn display(&self) -> String {
        match self.check() {
            PhoneCheck::Ok { display, .. } | PhoneCheck::Questionable { display, .. } => display,
            PhoneCheck::Empty | PhoneCheck::Invalid { .. } => self.number.trim().to_string(),
        }
    }
}

/// Short numbers that work from any UK phone. Only well-known ones: a carer
/// would not list an obscure short code as an emergency contact.
const SHORT_CODES: &[&str] = &[
    "999", // emergency
    "112", // emergency
    "111", // NHS 111
    "101", // police, not an emergency
    "105", // power cut
    "119", // NHS vaccinations
];

/// Area codes with six digits ("016977 2345"). Most 01 codes have five.
const SIX_DIGIT_AREA_CODES: &[&str] = &[
    "013397", "013398", "013873", "015242", "015394", "015395", "015396", "016973", "016974",
    "016977", "017683", "017684", "017687", "019467", "019755", "019756",
];

/// Childline's famous eight-digit freephone number.
const CHILDLINE: &str = "08001111";

/// The longest a phone number can be anywhere (ITU E.164).
const MAX_DIGITS: usize = 15;

/// Checks a typed number as a UK phone number.
pub fn check_phone(typed: &str) -> PhoneCheck {
    check_phone_counted(typed, &mut Steps::default())
}

/// As `check_phone`, counting its work: the text is read twice (for letters,
/// then for digits); everything after works on at most `MAX_DIGITS` digits.
pub fn check_phone_counted(typed: &str, steps: &mut Steps) -> PhoneCheck {
    steps.add(2 * typed.len());
    let typed = typed.trim();
    if typed.is_empty() {
        return PhoneCheck::Empty;
    }
    let (digits, has_plus) = match read_digits(typed) {
        Ok(read) => read,
        Err(issue) => return PhoneCheck::Invalid { issue },
    };
    if digits.is_empty() {
        return PhoneCheck::Invalid {
            issue: PhoneIssue::NoDigits,
        };
    }
    if digits.len() > MAX_DIGITS {
        return PhoneCheck::Invalid {
            issue: PhoneIssue::TooManyDigits,
        };
    }

    let international = if has_plus {
        Some(digits.as_str())
    } else {
        digits.strip_prefix("00")
    };
    if let Some(with_country) = international {
        return match with_country.strip_prefix("44") {
            Some(rest) => check_national(&national_from_uk_code(rest)),
            None => questionable(
                Some(PhoneKind::International),
                PhoneIssue::NotUk,
                format!("+{with_country}"),
            ),
        };
    }
    if digits.starts_with('0') {
        return check_national(&digits);
    }
    // "44 7700 900123": +44 without its plus.
    if digits.len() == 12 && digits.starts_with("44") && !digits[2..].starts_with('0') {
        return check_national(&national_from_uk_code(&digits[2..]));
    }
    check_without_leading_zero(&digits)
}

/// Keeps the digits, and notes a leading "+". Spaces, dashes, dots and
/// brackets are how people group numbers, so they are allowed and dropped.
fn read_digits(typed: &str) -> Result<(String, bool), PhoneIssue> {
    if typed.chars().any(super::chars::is_letter) {
        return Err(PhoneIssue::HasLetters);
    }
    let mut digits = String::new();
    let mut has_plus = false;
    for (at, c) in typed.char_indices() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if at == 0 => has_plus = true,
            '-' | '(' | ')' | '.' => {}
            c if c.is_whitespace() => {}
            _ => return Err(PhoneIssue::StrangeCharacters),
        }
    }
    Ok((digits, has_plus))
}

/// After +44 the UK's leading 0 is dropped, but people often write it anyway
/// ("+44 (0)20 …"), so one is removed if present before adding it back.
fn national_from_uk_code(after_44: &str) -> String {
    format!("0{}", after_44.strip_prefix('0').unwrap_or(after_44))
}

fn questionable(kind: Option<PhoneKind>, issue: PhoneIssue, display: String) -> PhoneCheck {
    PhoneCheck::Questionable {
        kind,
        issue,
        display,
    }
}

fn check_without_leading_zero(digits: &str) -> PhoneCheck {
    if SHORT_CODES.contains(&digits) {
        return PhoneCheck::Ok {
            kind: PhoneKind::ShortCode,
            display: digits.to_string(),
        };
    }
    // 116 numbers are Europe-wide helplines, e.g. 116 123 (Samaritans).
    if digits.len() == 6 && digits.starts_with("116") {
        return PhoneCheck::Ok {
            kind: PhoneKind::ShortCode,
            display: group(digits, &[3]),
        };
    }
    let issue = match digits.len() {
        6..=8 => PhoneIssue::LocalNumberWithoutAreaCode,
        10 => PhoneIssue::MissingLeadingZero,
        count => PhoneIssue::WrongLength { digits: count },
    };
    questionable(None, issue, digits.to_string())
}

/// Classifies a national number (starting with 0) by its opening digits.
fn check_national(national: &str) -> PhoneCheck {
    let length = national.len();
    let display = format_national(national);
    let wrong_length = |kind: PhoneKind| {
        questionable(
            Some(kind),
            PhoneIssue::WrongLength { digits: length },
            display.clone(),
        )
    };
    let ok = |kind: PhoneKind| PhoneCheck::Ok {
        kind,
        display: display.clone(),
    };
    // Too short to tell what it is.
    if length < 4 {
        return questionable(None, PhoneIssue::WrongLength { digits: length }, display);
    }
    let starts = |prefix: &str| national.starts_with(prefix);

    if starts("0500") {
        return PhoneCheck::Invalid {
            issue: PhoneIssue::NoLongerInUse,
        };
    }
    if national == CHILDLINE {
        return ok(PhoneKind::Freephone);
    }
    // Checked from the most specific prefix to the least.
    let (kind, issue) = if starts("01") || starts("02") {
        (PhoneKind::Landline, None)
    } else if starts("03") {
        (PhoneKind::NonGeographic, None)
    } else if starts("070") {
        (PhoneKind::PersonalNumber, Some(PhoneIssue::PersonalNumber))
    } else if starts("07624") {
        (PhoneKind::Mobile, None)
    } else if starts("076") {
        (PhoneKind::Pager, Some(PhoneIssue::Pager))
    } else if starts("07") {
        (PhoneKind::Mobile, None)
    } else if starts("0800") || starts("0808") {
        (PhoneKind::Freephone, None)
    } else if starts("084") || starts("087") {
        (PhoneKind::ServiceRate, None)
    } else if starts("09") {
        (PhoneKind::Premium, Some(PhoneIssue::PremiumRate))
    } else {
        return questionable(None, PhoneIssue::UnusualStart, display);
    };

    // Some 0800 numbers have 10 digits; everything else here has 11.
    let right_length = length == 11 || (starts("0800") && length == 10);
    match (right_length, issue) {
        (false, _) => wrong_length(kind),
        (true, Some(issue)) => questionable(Some(kind), issue, display),
        (true, None) => ok(kind),
    }
}

/// Groups a national number the way it is usually written:
/// "020 7946 0018", "0161 496 0000", "01632 960123", "07700 900123",
/// "0800 123 4567".
fn format_national(national: &str) -> String {
    let length = national.len();
    let starts = |prefix: &str| national.starts_with(prefix);
    let is_digit_at = |at: usize, digit: u8| national.as_bytes().get(at) == Some(&digit);

    if national == CHILDLINE {
        return group(national, &[4]);
    }
    if starts("02") || starts("055") || starts("056") {
        return group(national, &[3, 4]);
    }
    if starts("01") {
        // 0113, 0114 … and 0121, 0131 … are the big cities: 4-3-4.
        if is_digit_at(2, b'1') || is_digit_at(3, b'1') {
            return group(national, &[4, 3]);
        }
        if SIX_DIGIT_AREA_CODES.iter().any(|code| starts(code)) {
            return group(national, &[6]);
        }
        return group(national, &[5]);
    }
    if starts("07") {
        return group(national, &[5]);
    }
    // 03, 08, 09, and ranges not in use: "0300 123 4567", "0800 123456".
    match length {
        11 => group(national, &[4, 3]),
        _ => group(national, &[4]),
    }
}

/// Splits digits into groups of the given sizes; the rest form the last group.
fn group(digits: &str, sizes: &[usize]) -> String {
    let mut parts = Vec::new();
    let mut rest = digits;
    for &size in sizes {
        if rest.len() <= size {
            break;
        }
        let (head, tail) = rest.split_at(size);
        parts.push(head);
        rest = tail;
    }
    parts.push(rest);
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_split_from_the_left_and_keep_the_rest_together() {
        assert_eq!(group("02079460018", &[3, 4]), "020 7946 0018");
        assert_eq!(group("116123", &[3]), "116 123");
        assert_eq!(group("0123", &[5]), "0123");
    }

    #[test]
    fn six_digit_area_codes_are_grouped_as_locals_write_them() {
        assert_eq!(format_national("0169772345"), "016977 2345");
        assert_eq!(format_national("01539412345"), "015394 12345");
    }

    #[test]
    fn a_leading_zero_after_44_is_not_doubled() {
        assert_eq!(national_from_uk_code("02079460018"), "02079460018");
        assert_eq!(national_from_uk_code("2079460018"), "02079460018");
    }
}
