//! How old the source behind a directory entry is, and whether it is recent
//! enough to call the entry "checked".
//!
//! A source is either a live page read on a day, or a stored copy of a page
//! with the copy's own date. A stored copy's date is often known only to the
//! month or the year ("2020": a page about the first Covid-19 lockdown), so
//! dates here may be `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a partial date is
//! read as the first day it could mean (so a source is never made younger
//! than it can be shown to be). An entry may be called checked only
//! when its newest source is at most [`MAX_AGE_YEARS`] old on a fixed
//! reference date kept in the data (`sources_as_of` in `directory.toml`), so
//! the answer never depends on the day the tests run.

use crate::choice_enum;
use crate::domain::dates::days_in_month;

/// A checked entry's newest source may be at most this many years old.
pub const MAX_AGE_YEARS: u16 = 2;

choice_enum!(
    /// What an entry's contact details were compared with.
    ComparedWith {
        /// The organisation's own live page, read on `source_dated`.
        LivePage => "live-page",
        /// A stored copy of the organisation's own page; `source_dated` is
        /// the copy's date, when known.
        StoredCopy => "stored-copy",
        /// Nothing yet: guidance, or details not compared with any page.
        Nothing => "nothing",
    }
);

/// An entry that does not say has been compared with nothing.
impl Default for ComparedWith {
    fn default() -> Self {
        ComparedWith::Nothing
    }
}

/// A day, or the first day of a month or year given without one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    /// Whether the text gave the day itself.
    pub exact: bool,
}

impl SourceDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` for anything else.
    pub fn parse(text: &str) -> Option<SourceDate> {
        let mut parts = text.split('-');
        let number = |part: Option<&str>, len: usize| -> Option<Option<u16>> {
            match part {
                None => Some(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => {
                    p.parse().ok().map(Some)
                }
                Some(_) => None,
            }
        };
        let year = number(parts.next(), 4)??;
        let month = number(parts.next(), 2)?;
        let day = number(parts.next(), 2)?;
        if parts.next().is_some() || (month.is_none() && day.is_some()) {
            return None;
        }
        let month = month.unwrap_or(1);
        if !(1..=12).contains(&month) || year < 1990 {
            return None;
        }
        let month = u8::try_from(month).ok()?;
        let last = days_in_month(month, year);
        let exact = day.is_some();
        let day = match day {
            Some(d) => u8::try_from(d).ok().filter(|d| (1..=last).contains(d))?,
            None => 1,
        };
        Some(SourceDate {
            year,
            month,
            day,
            exact,
        })
    }

    /// The same day `years` earlier (29 February becomes the 28th).
    fn years_before(self, years: u16) -> SourceDate {
        let year = self.year.saturating_sub(years);
        SourceDate {
            year,
            day: self.day.min(days_in_month(self.month, year)),
            ..self
        }
    }
}

/// Dates compare by the day they stand for, however precisely they were given.
impl PartialOrd for SourceDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SourceDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.year, self.month, self.day).cmp(&(other.year, other.month, other.day))
    }
}

/// Why an entry may not be called checked, if it may not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotRecent {
    /// Compared with nothing.
    NoSource,
    /// A stored copy whose date is not known: it may be any age.
    Undated,
    /// The newest source is more than [`MAX_AGE_YEARS`] before the reference date.
    TooOld,
    /// The source is dated after the reference date (a typo).
    AfterReference,
}

/// Whether a source may back `checked = true` on `as_of`.
pub fn recent_enough(
    compared_with: ComparedWith,
    dated: Option<SourceDate>,
    as_of: SourceDate,
) -> Result<(), NotRecent> {
    if compared_with == ComparedWith::Nothing {
        return Err(NotRecent::NoSource);
    }
    let dated = dated.ok_or(NotRecent::Undated)?;
    if dated > as_of {
        return Err(NotRecent::AfterReference);
    }
    if dated < as_of.years_before(MAX_AGE_YEARS) {
        return Err(NotRecent::TooOld);
    }
    Ok(())
}

/// Sorting key for "oldest source first": undated sources (any age) come
/// before every dated one, then by date, oldest first.
pub fn oldest_first_key(dated: Option<SourceDate>) -> (bool, Option<SourceDate>) {
    (dated.is_some(), dated)
}
