//! Dates, and reading a date of birth typed the UK way: day first.
//!
//! One place for calendar arithmetic: the plan reads dates of birth, the
//! documents work out a review date, and the directory ages its sources.

use crate::domain::steps::Steps;

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order makes the derived ordering chronological.
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// The months' names as a carer may type them (`month_from_name`); the
/// names a carer reads are in the wording files.
const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Why a typed date could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    NotADate,
    ShortYear,
    NoSuchMonth,
    NoSuchDay { month: u8, year: u16 },
    YearOutOfRange,
}

/// Years a date of birth can sensibly have. The upper bound is generous
/// because this code does not know today's date.
const YEARS: std::ops::RangeInclusive<u16> = 1900..=2100;

fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// How many days the month has (1 to 12) in that year.
pub fn days_in_month(month: u8, year: u16) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The day after `date` (the review reminder's end; the money pre-check's periods).
pub fn next_day(date: Date) -> Date {
    if date.day < days_in_month(date.month, date.year) {
        Date {
            day: date.day + 1,
            ..date
        }
    } else if date.month < 12 {
        Date {
            month: date.month + 1,
            day: 1,
            ..date
        }
    } else {
        Date {
            year: date.year.saturating_add(1),
            month: 1,
            day: 1,
        }
    }
}

/// One piece of a typed date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DatePart {
    Number {
        value: u32,
        digits: usize,
        ordinal: bool,
    },
    Month(u8),
}

fn read_date_part(piece: &str) -> Option<DatePart> {
    let digits = piece.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 {
        return month_from_name(piece).map(DatePart::Month);
    }
    let (number, suffix) = piece.split_at(digits);
    let ordinal = match suffix {
        "" => false,
        "st" | "nd" | "rd" | "th" => true,
        _ => return None,
    };
    Some(DatePart::Number {
        value: number.parse().ok()?,
        digits,
        ordinal,
    })
}

/// "apr", "April", "sept": at least three letters of a month's name.
pub(crate) fn month_from_name(word: &str) -> Option<u8> {
    if word == "sept" {
        return Some(9);
    }
    if word.len() < 3 {
        return None;
    }
    let at = MONTH_NAMES.iter().position(|name| name.starts_with(word))?;
    u8::try_from(at + 1).ok()
}

/// Reads a UK-style date, day first: "3/4/1950", "03-04-1950", "3.4.1950",
/// "3 April 1950", "3rd of April 1950", "April 3, 1950", "03041950", and
/// "1950-04-03" (what a browser's date field gives).
pub fn parse_uk_date(text: &str) -> Result<Date, DateProblem> {
    parse_uk_date_counted(text, &mut Steps::default())
}

/// As `parse_uk_date`, counting its work: the text is read three times
/// (trimmed, lowercased, split), then each piece once more; what follows
/// works on at most three pieces.
pub fn parse_uk_date_counted(text: &str, steps: &mut Steps) -> Result<Date, DateProblem> {
    steps.add(3 * text.len());
    let lower = text.trim().to_ascii_lowercase();
    let pieces: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '-' | '.' | ','))
        .filter(|piece| !piece.is_empty() && *piece != "of" && *piece != "the")
        .collect();
    let parts: Vec<DatePart> = pieces
        .iter()
        .map(|piece| {
            steps.add(piece.len() + 1);
            read_date_part(piece)
        })
        .collect::<Option<_>>()
        .ok_or(DateProblem::NotADate)?;

    use DatePart::{Month, Number};
    let (day, month, year) = match parts.as_slice() {
        // "03041950"
        [Number {
            value,
            digits: 8,
            ordinal: false,
        }] => {
            let day = Number {
                value: value / 1_000_000,
                digits: 2,
                ordinal: false,
            };
            let month = Number {
                value: value / 10_000 % 100,
                digits: 2,
                ordinal: false,
            };
            let year = Number {
                value: value % 10_000,
                digits: 4,
                ordinal: false,
            };
            (day, month, year)
        }
        [year @ Number { digits: 4, .. }, month @ Number { .. }, day @ Number { .. }] => {
            (*day, *month, *year)
        }
        [day @ Number { .. }, month @ (Number { .. } | Month(_)), year @ Number { .. }]
        | [month @ Month(_), day @ Number { .. }, year @ Number { .. }] => (*day, *month, *year),
        _ => return Err(DateProblem::NotADate),
    };

    let year = match year {
        Number { ordinal: true, .. } => return Err(DateProblem::NotADate),
        Number { digits: 1..=2, .. } => return Err(DateProblem::ShortYear),
        Number {
            value, digits: 4, ..
        } => u16::try_from(value)
            .ok()
            .filter(|year| YEARS.contains(year))
            .ok_or(DateProblem::YearOutOfRange)?,
        _ => return Err(DateProblem::YearOutOfRange),
    };
    let month = match month {
        Month(month) => month,
        Number { ordinal: true, .. } => return Err(DateProblem::NotADate),
        Number { value, .. } => u8::try_from(value)
            .ok()
            .filter(|month| (1..=12).contains(month))
            .ok_or(DateProblem::NoSuchMonth)?,
    };
    let day = match day {
        Number { value, .. } => u8::try_from(value)
            .ok()
            .filter(|day| (1..=days_in_month(month, year)).contains(day))
            .ok_or(DateProblem::NoSuchDay { month, year })?,
        Month(_) => return Err(DateProblem::NotADate),
    };
    Ok(Date { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_read_from_three_letters_or_more() {
        assert_eq!(month_from_name("apr"), Some(4));
        assert_eq!(month_from_name("september"), Some(9));
        assert_eq!(month_from_name("sept"), Some(9));
        assert_eq!(month_from_name("ma"), None);
        assert_eq!(month_from_name("mar"), Some(3));
        assert_eq!(month_from_name("aprill"), None);
    }
}
