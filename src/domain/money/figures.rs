//! The money figures as data: each period's Carer's Allowance weekly rate and
//! earnings limit, with the dates the period runs and the source of each
//! figure; the list of disability benefits; State Pension age by date of
//! birth; and the official pages to check.
//!
//! Choosing by date is a pure function of the data and a day (the device's
//! today, later): inside a period, that period; after the last period, the
//! last known figures with an out-of-date flag, so the app can still show the
//! rules and say the amounts may have changed. Updating a year is adding a
//! period to the data (and a row to the tests).

use serde::Deserialize;

pub use crate::domain::dates::next_day;
use crate::domain::dates::{days_in_month, Date};
use crate::domain::money::answers::DisabilityBenefit;
use crate::domain::money::rules::{CouncilTaxPoint, WhereToCheck};

/// An amount in pence (£83.30 is 8330): no floating point near money.
pub type Pence = u32;

/// Everything in `money.toml`, as written there.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MoneyData {
    #[serde(default)]
    pub source: Vec<Source>,
    #[serde(default)]
    pub period: Vec<Period>,
    #[serde(default)]
    pub benefit: Vec<BenefitListing>,
    #[serde(default)]
    pub state_pension_age: Vec<StatePensionAgeRow>,
    #[serde(default)]
    pub council_tax: Vec<CouncilTaxSource>,
    #[serde(default)]
    pub where_to_check: Vec<WhereToCheckEntry>,
}

/// Where a figure or rule comes from.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Who publishes it and what it is.
    pub name: String,
    pub url: String,
    /// Compared with the live official page before release; false until then.
    #[serde(default)]
    pub checked: bool,
    /// For the reviewer, never shown to carers.
    #[serde(default)]
    pub note: Option<String>,
}

/// A figure and the source it comes from (the id of a [`Source`]).
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub pence: Pence,
    pub source: String,
}

/// The figures in force from one uprating to the next.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// "2025-26": the tax year it belongs to.
    pub id: String,
    /// First and last day, `YYYY-MM-DD`, both included.
    pub from: String,
    pub to: String,
    /// Carer's Allowance a week.
    pub carers_allowance_weekly: Figure,
    /// The most a carer may earn a week, after allowed deductions.
    pub earnings_limit_weekly: Figure,
}

/// One disability benefit the pre-check names, and whether it is on the
/// official list of benefits that let a carer get Carer's Allowance.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BenefitListing {
    pub id: DisabilityBenefit,
    /// On the official list (the source's page names it). A benefit named in
    /// the brief but not found on that page is `false`: the pre-check then
    /// says "check", never "likely".
    pub on_official_list: bool,
    pub source: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// State Pension age for people born from `born_from` to `born_to`
/// (both included; either may be left out at the ends of the table).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatePensionAgeRow {
    #[serde(default)]
    pub born_from: Option<String>,
    #[serde(default)]
    pub born_to: Option<String>,
    pub years: u8,
    #[serde(default)]
    pub months: u8,
    pub source: String,
}

/// The official page for a Council Tax point.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CouncilTaxSource {
    pub id: CouncilTaxPoint,
    pub source: String,
}

/// Where to check or claim: an official page (a [`Source`]), an entry of the
/// directory (directory.toml), or the local carers centre of the council's
/// preset.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhereToCheckEntry {
    pub id: WhereToCheck,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub directory_entry: Option<String>,
    /// Filled from the council chosen (councils.toml); no address here.
    #[serde(default)]
    pub from_council_preset: bool,
}

/// An age in years and months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearsAndMonths {
    pub years: u8,
    pub months: u8,
}

/// Reads `YYYY-MM-DD`, and nothing else (the data's dates).
pub fn parse_iso_date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let mut number = |len: usize| -> Option<u16> {
        let part = parts.next()?;
        (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let year = number(4)?;
    let month = u8::try_from(number(2)?).ok()?;
    let day = u8::try_from(number(2)?).ok()?;
    if parts.next().is_some() || !(1..=12).contains(&month) {
        return None;
    }
    (1..=days_in_month(month, year))
        .contains(&day)
        .then_some(Date { year, month, day })
}

/// Whether the figures chosen are for the day asked about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Currency {
    /// The day is inside this period.
    Current,
    /// The day is after the last period in the data: these are the last
    /// known figures and may be out of date.
    AfterLastPeriod,
    /// The day is before the first period (a device clock set wrong, say):
    /// the earliest figures known.
    BeforeFirstPeriod,
}

/// The figures for a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChosenFigures<'a> {
    pub period: &'a str,
    pub carers_allowance_weekly: Pence,
    pub earnings_limit_weekly: Pence,
    pub currency: Currency,
}

impl ChosenFigures<'_> {
    /// After the last known period: the app says the figures may be out of
    /// date (and still shows the rules).
    pub fn out_of_date(&self) -> bool {
        self.currency == Currency::AfterLastPeriod
    }
}

impl Period {
    fn dates(&self) -> Option<(Date, Date)> {
        Some((parse_iso_date(&self.from)?, parse_iso_date(&self.to)?))
    }

    fn chosen(&self, currency: Currency) -> ChosenFigures<'_> {
        ChosenFigures {
            period: &self.id,
            carers_allowance_weekly: self.carers_allowance_weekly.pence,
            earnings_limit_weekly: self.earnings_limit_weekly.pence,
            currency,
        }
    }
}

/// The figures for `day`: the period containing it; after the last period,
/// the last one (flagged out of date); before the first, the first. `None`
/// only when there are no periods with readable dates.
pub fn figures_on(periods: &[Period], day: Date) -> Option<ChosenFigures<'_>> {
    let dated: Vec<(&Period, Date, Date)> = periods
        .iter()
        .filter_map(|p| p.dates().map(|(from, to)| (p, from, to)))
        .collect();
    if let Some(&(period, ..)) = dated
        .iter()
        .find(|&&(_, from, to)| from <= day && day <= to)
    {
        return Some(period.chosen(Currency::Current));
    }
    let last = dated.iter().max_by_key(|&&(_, _, to)| to)?;
    if day > last.2 {
        return Some(last.0.chosen(Currency::AfterLastPeriod));
    }
    let first = dated.iter().min_by_key(|&&(_, from, _)| from)?;
    if day < first.1 {
        return Some(first.0.chosen(Currency::BeforeFirstPeriod));
    }
    // Between two periods: `check_periods` refuses gaps, so only bad data
    // gets here. The earlier period's figures, flagged.
    dated
        .iter()
        .filter(|&&(_, _, to)| to < day)
        .max_by_key(|&&(_, _, to)| to)
        .map(|&(period, ..)| period.chosen(Currency::AfterLastPeriod))
}

/// What is wrong with a list of periods.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeriodProblem {
    /// `from` or `to` is not a `YYYY-MM-DD` date.
    UnreadableDate(String),
    /// Ends before it starts.
    EndsBeforeStart(String),
    /// The two periods share a day.
    Overlap(String, String),
    /// Days between the two periods belong to neither.
    Gap(String, String),
    /// Not in date order in the file (kept in order so a reader sees it).
    OutOfOrder(String, String),
}

/// Every problem with the periods: each is readable, starts before it ends,
/// follows the one before it in the file, and starts the day after it ends.
pub fn check_periods(periods: &[Period]) -> Vec<PeriodProblem> {
    let mut problems = Vec::new();
    let mut previous: Option<(&str, Date, Date)> = None;
    for period in periods {
        let Some((from, to)) = period.dates() else {
            problems.push(PeriodProblem::UnreadableDate(period.id.clone()));
            continue;
        };
        if to < from {
            problems.push(PeriodProblem::EndsBeforeStart(period.id.clone()));
        }
        if let Some((before, before_from, before_to)) = previous {
            let names = || (before.to_owned(), period.id.clone());
            if from < before_from {
                let (a, b) = names();
                problems.push(PeriodProblem::OutOfOrder(a, b));
            } else if from <= before_to {
                let (a, b) = names();
                problems.push(PeriodProblem::Overlap(a, b));
            } else if from != next_day(before_to) {
                let (a, b) = names();
                problems.push(PeriodProblem::Gap(a, b));
            }
        }
        previous = Some((&period.id, from, to));
    }
    problems
}

/// State Pension age for someone born on `born`, from the data's table;
/// `None` when the table does not cover that date of birth (the app then
/// points to the official checker).
pub fn state_pension_age(rows: &[StatePensionAgeRow], born: Date) -> Option<YearsAndMonths> {
    rows.iter()
        .find(|row| {
            let after_start = row
                .born_from
                .as_deref()
                .is_none_or(|from| parse_iso_date(from).is_some_and(|from| from <= born));
            let before_end = row
                .born_to
                .as_deref()
                .is_none_or(|to| parse_iso_date(to).is_some_and(|to| born <= to));
            after_start && before_end
        })
        .map(|row| YearsAndMonths {
            years: row.years,
            months: row.months,
        })
}

/// The day someone born on `born` reaches `age` (a birthday on 29 February
/// falls on 1 March in a year without one).
pub fn day_reaching(born: Date, age: YearsAndMonths) -> Date {
    let months = u32::from(born.month) - 1 + u32::from(age.months);
    let year = born.year + age.years as u16 + (months / 12) as u16;
    let month = (months % 12) as u8 + 1;
    if born.day <= days_in_month(month, year) {
        Date {
            year,
            month,
            day: born.day,
        }
    } else {
        next_day(Date {
            year,
            month,
            day: days_in_month(month, year),
        })
    }
}

/// Whether someone born on `born` has reached State Pension age on `day`;
/// `None` when the table does not cover that date of birth.
pub fn reached_state_pension_age(
    rows: &[StatePensionAgeRow],
    born: Date,
    day: Date,
) -> Option<bool> {
    state_pension_age(rows, born).map(|age| day_reaching(born, age) <= day)
}
