//! The money pre-check (issue 18): its rules against a table of carers, and
//! its figures as data (src/content/data/money.toml, read here with `toml`:
//! the app does not compile it in yet).

use std::fs;
use std::path::Path;

use carer_check::content::DATA_JSON;
use carer_check::domain::answers::Person;
use carer_check::domain::dates::Date;
use carer_check::domain::money::answers::{
    CareHours, CarerAge, DisabilityBenefit, EarningsBand, MoneyAnswers, PersonCaredFor,
};
use carer_check::domain::money::figures::{
    check_periods, figures_on, next_day, parse_iso_date, reached_state_pension_age,
    state_pension_age, Currency, MoneyData, Period, PeriodProblem, YearsAndMonths,
};
use carer_check::domain::money::rules::{
    pre_check, CouncilTaxPoint, Finding, MoneyReason as R, Outlook, WhereToCheck,
};
use carer_check::domain::plan::YesNoNotSure;

fn data() -> MoneyData {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/data/money.toml");
    let text = fs::read_to_string(&path).expect("money.toml is readable");
    toml::from_str(&text).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

fn day(text: &str) -> Date {
    parse_iso_date(text).unwrap_or_else(|| panic!("{text} is not YYYY-MM-DD"))
}

use DisabilityBenefit as B;

fn person(hours: CareHours, benefits: &[B]) -> PersonCaredFor {
    PersonCaredFor {
        hours: Some(hours),
        benefits: benefits.to_vec(),
        ..PersonCaredFor::default()
    }
}

fn hours(n: u32, benefits: &[B]) -> PersonCaredFor {
    person(CareHours::from_hours(n), benefits)
}

/// A carer who meets every condition: 40 hours a week for one person on
/// PIP daily living, earnings within the limit, not studying, 16 to State
/// Pension age, no State Pension, not on Universal Credit.
fn meets_all() -> MoneyAnswers {
    MoneyAnswers {
        people: vec![hours(40, &[B::PipDailyLiving])],
        earnings: Some(EarningsBand::WithinLimit),
        full_time_study: Some(YesNoNotSure::No),
        age: Some(CarerAge::From16ToStatePensionAge),
        state_pension: Some(YesNoNotSure::No),
        universal_credit: Some(YesNoNotSure::No),
    }
}

/// Earnings of `pence` a week after deductions, banded against the limit of
/// the period that contains `on`.
fn earning(pence: u32, on: &str) -> Option<EarningsBand> {
    let data = data();
    let figures = figures_on(&data.period, day(on)).expect("figures");
    assert_eq!(figures.currency, Currency::Current, "{on} is in a period");
    Some(EarningsBand::against(pence, figures.earnings_limit_weekly))
}

const LIKELY_ALL: &[R] = &[
    R::SixteenOrOver,
    R::ThirtyFiveHoursForOnePerson,
    R::QualifyingBenefit,
    R::NotInFullTimeStudy,
    R::EarningsWithinLimit,
];

struct Carer {
    who: &'static str,
    on: &'static str,
    answers: MoneyAnswers,
    carers_allowance: (Outlook, &'static [R]),
    /// Checked when given.
    uc_carer_element: Option<(Outlook, &'static [R])>,
    carers_credit: Option<(Outlook, &'static [R])>,
    /// `Some(None)`: no underlying-entitlement finding at all.
    underlying: Option<Option<(Outlook, &'static [R])>>,
}

fn carer(who: &'static str, answers: MoneyAnswers, ca: (Outlook, &'static [R])) -> Carer {
    Carer {
        who,
        on: "2026-12-02",
        answers,
        carers_allowance: ca,
        uc_carer_element: None,
        carers_credit: None,
        underlying: None,
    }
}

impl Carer {
    fn on(mut self, day: &'static str) -> Self {
        self.on = day;
        self
    }
    fn uc(mut self, outlook: Outlook, reasons: &'static [R]) -> Self {
        self.uc_carer_element = Some((outlook, reasons));
        self
    }
    fn credit(mut self, outlook: Outlook, reasons: &'static [R]) -> Self {
        self.carers_credit = Some((outlook, reasons));
        self
    }
    fn underlying(mut self, finding: Option<(Outlook, &'static [R])>) -> Self {
        self.underlying = Some(finding);
        self
    }
}

fn with(change: impl FnOnce(&mut MoneyAnswers)) -> MoneyAnswers {
    let mut answers = meets_all();
    change(&mut answers);
    answers
}

fn carers() -> Vec<Carer> {
    use Outlook::{Check, Likely, Unlikely};
    vec![
        carer(
            "cares 40 hours for mum, who gets PIP daily living",
            meets_all(),
            (Likely, LIKELY_ALL),
        )
        .uc(Check, &[R::NotOnUniversalCredit])
        .credit(Likely, &[R::UnderStatePensionAge, R::TwentyHoursOrMore])
        .underlying(None),
        carer(
            "exactly 35 hours for one person",
            with(|a| a.people = vec![hours(35, &[B::AttendanceAllowance])]),
            (Likely, LIKELY_ALL),
        ),
        carer(
            "34 hours for one person: one short",
            with(|a| a.people = vec![hours(34, &[B::AttendanceAllowance])]),
            (Unlikely, &[R::UnderThirtyFiveHoursForEachPerson]),
        )
        .uc(Unlikely, &[R::UnderThirtyFiveHoursForEachPerson])
        .credit(Likely, &[R::UnderStatePensionAge, R::TwentyHoursOrMore]),
        carer(
            "two people at 20 hours each: 40 in all, never added",
            with(|a| {
                a.people = vec![
                    hours(20, &[B::PipDailyLiving]),
                    hours(20, &[B::AttendanceAllowance]),
                ]
            }),
            (
                Unlikely,
                &[
                    R::UnderThirtyFiveHoursForEachPerson,
                    R::HoursNotAddedTogether,
                ],
            ),
        )
        .uc(
            Unlikely,
            &[
                R::UnderThirtyFiveHoursForEachPerson,
                R::HoursNotAddedTogether,
            ],
        )
        .credit(Likely, &[R::UnderStatePensionAge, R::TwentyHoursOrMore]),
        carer(
            "two people: 10 hours for dad (no benefit), 50 for mum (Attendance Allowance)",
            with(|a| a.people = vec![hours(10, &[B::None]), hours(50, &[B::AttendanceAllowance])]),
            (Likely, LIKELY_ALL),
        ),
        carer(
            "the person gets no disability benefit",
            with(|a| a.people = vec![hours(40, &[B::None])]),
            (Unlikely, &[R::NoQualifyingBenefit]),
        )
        .uc(Unlikely, &[R::NoQualifyingBenefit])
        .credit(Likely, &[R::UnderStatePensionAge, R::TwentyHoursOrMore]),
        carer(
            "the person gets another benefit, not on the list",
            with(|a| a.people = vec![hours(40, &[B::Another])]),
            (Unlikely, &[R::NoQualifyingBenefit]),
        ),
        carer(
            "not sure what benefit the person gets",
            with(|a| a.people = vec![hours(40, &[B::NotSure])]),
            (Check, &[R::BenefitNotSure]),
        ),
        carer(
            "the person gets Child Disability Payment (not on the list we hold)",
            with(|a| a.people = vec![hours(40, &[B::ChildDisabilityPaymentCare])]),
            (Check, &[R::BenefitNotOnOfficialList]),
        ),
        carer(
            "the person gets DLA care at the middle rate",
            with(|a| a.people = vec![hours(36, &[B::DlaCareMiddleOrHighest])]),
            (Likely, LIKELY_ALL),
        ),
        carer(
            "2025/26: earns exactly £196.00 after deductions (the limit)",
            with(|a| a.earnings = earning(19600, "2026-01-15")),
            (Likely, LIKELY_ALL),
        )
        .on("2026-01-15"),
        carer(
            "2025/26: earns £195.99, just under",
            with(|a| a.earnings = earning(19599, "2025-04-07")),
            (Likely, LIKELY_ALL),
        )
        .on("2025-04-07"),
        carer(
            "2025/26: earns £196.01, just over",
            with(|a| a.earnings = earning(19601, "2026-04-05")),
            (Unlikely, &[R::EarningsOverLimit]),
        )
        .on("2026-04-05"),
        carer(
            "2026/27: earns exactly £204.00 (the limit)",
            with(|a| a.earnings = earning(20400, "2026-04-06")),
            (Likely, LIKELY_ALL),
        )
        .on("2026-04-06"),
        carer(
            "2026/27: earns £204.01, just over",
            with(|a| a.earnings = earning(20401, "2026-12-02")),
            (Unlikely, &[R::EarningsOverLimit]),
        ),
        carer(
            "earns £200: over the 2025/26 limit …",
            with(|a| a.earnings = earning(20000, "2026-03-01")),
            (Unlikely, &[R::EarningsOverLimit]),
        )
        .on("2026-03-01"),
        carer(
            "… and within the 2026/27 limit",
            with(|a| a.earnings = earning(20000, "2026-05-01")),
            (Likely, LIKELY_ALL),
        )
        .on("2026-05-01"),
        carer(
            "not sure about earnings",
            with(|a| a.earnings = Some(EarningsBand::NotSure)),
            (Check, &[R::EarningsNotSure]),
        ),
        carer(
            "in full-time education",
            with(|a| a.full_time_study = Some(YesNoNotSure::Yes)),
            (Unlikely, &[R::FullTimeStudy]),
        )
        .credit(Likely, &[R::UnderStatePensionAge, R::TwentyHoursOrMore]),
        carer(
            "aged 16 (part 1 said 16 or 17)",
            with(|a| {
                a.age = CarerAge::from_part1(carer_check::domain::answers::AgeBand::From16To17)
            }),
            (Likely, LIKELY_ALL),
        ),
        carer(
            "aged 15",
            with(|a| a.age = Some(CarerAge::Under16)),
            (Unlikely, &[R::UnderSixteen]),
        )
        .uc(Unlikely, &[R::UnderSixteen])
        .credit(Unlikely, &[R::UnderSixteen]),
        carer(
            "at State Pension age and getting State Pension",
            with(|a| {
                a.age = Some(CarerAge::StatePensionAgeOrOver);
                a.state_pension = Some(YesNoNotSure::Yes);
            }),
            (Check, &[R::StatePensionOverlap]),
        )
        .credit(Unlikely, &[R::StatePensionAgeOrOver])
        .underlying(Some((Likely, &[R::UnderlyingEntitlement]))),
        carer(
            "at State Pension age, not getting State Pension (put off)",
            with(|a| a.age = Some(CarerAge::StatePensionAgeOrOver)),
            (Likely, LIKELY_ALL),
        )
        .credit(Unlikely, &[R::StatePensionAgeOrOver])
        .underlying(None),
        carer(
            "at State Pension age, not sure about State Pension",
            with(|a| {
                a.age = Some(CarerAge::StatePensionAgeOrOver);
                a.state_pension = Some(YesNoNotSure::NotSure);
            }),
            (Check, &[R::StatePensionNotSure]),
        )
        .underlying(Some((Check, &[R::StatePensionNotSure]))),
        carer(
            "on State Pension and earning over the limit",
            with(|a| {
                a.age = Some(CarerAge::StatePensionAgeOrOver);
                a.state_pension = Some(YesNoNotSure::Yes);
                a.earnings = Some(EarningsBand::OverLimit);
            }),
            (Unlikely, &[R::EarningsOverLimit]),
        )
        .underlying(Some((Unlikely, &[R::EarningsOverLimit]))),
        carer(
            "on Universal Credit and earning over the limit",
            with(|a| {
                a.universal_credit = Some(YesNoNotSure::Yes);
                a.earnings = Some(EarningsBand::OverLimit);
            }),
            (Unlikely, &[R::EarningsOverLimit]),
        )
        .uc(
            Likely,
            &[
                R::ThirtyFiveHoursForOnePerson,
                R::QualifyingBenefit,
                R::OnUniversalCredit,
                R::EvenWithoutCarersAllowance,
            ],
        ),
        carer(
            "on Universal Credit, 40 hours, within the limit",
            with(|a| a.universal_credit = Some(YesNoNotSure::Yes)),
            (Likely, LIKELY_ALL),
        )
        .uc(
            Likely,
            &[
                R::ThirtyFiveHoursForOnePerson,
                R::QualifyingBenefit,
                R::OnUniversalCredit,
            ],
        ),
        carer(
            "on Universal Credit, 25 hours",
            with(|a| {
                a.universal_credit = Some(YesNoNotSure::Yes);
                a.people = vec![hours(25, &[B::PipDailyLiving])];
            }),
            (Unlikely, &[R::UnderThirtyFiveHoursForEachPerson]),
        )
        .uc(Unlikely, &[R::UnderThirtyFiveHoursForEachPerson])
        .credit(Likely, &[R::UnderStatePensionAge, R::TwentyHoursOrMore]),
        carer(
            "not sure how many hours",
            with(|a| a.people = vec![person(CareHours::NotSure, &[B::PipDailyLiving])]),
            (Check, &[R::HoursNotSure]),
        )
        .credit(Check, &[R::HoursNotSure]),
        carer(
            "two people at 10 hours each",
            with(|a| a.people = vec![hours(10, &[B::None]), hours(10, &[B::PipDailyLiving])]),
            (
                Unlikely,
                &[
                    R::UnderThirtyFiveHoursForEachPerson,
                    R::HoursNotAddedTogether,
                ],
            ),
        )
        .credit(Check, &[R::HoursForMoreThanOnePerson]),
        carer(
            "15 hours for one person",
            with(|a| a.people = vec![hours(15, &[B::PipDailyLiving])]),
            (Unlikely, &[R::UnderThirtyFiveHoursForEachPerson]),
        )
        .credit(Unlikely, &[R::UnderTwentyHours]),
        carer(
            "a student earning over the limit, caring for someone with no benefit",
            with(|a| {
                a.people = vec![hours(40, &[B::None])];
                a.full_time_study = Some(YesNoNotSure::Yes);
                a.earnings = Some(EarningsBand::OverLimit);
            }),
            (
                Unlikely,
                &[
                    R::NoQualifyingBenefit,
                    R::FullTimeStudy,
                    R::EarningsOverLimit,
                ],
            ),
        ),
        carer(
            "nothing answered yet",
            MoneyAnswers::default(),
            (
                Check,
                &[
                    R::AgeNotAnswered,
                    R::NoOneNamed,
                    R::StudyNotSure,
                    R::EarningsNotSure,
                ],
            ),
        )
        .uc(Check, &[R::NoOneNamed, R::UniversalCreditNotSure])
        .credit(Check, &[R::AgeNotAnswered, R::NoOneNamed])
        .underlying(None),
    ]
}

fn shown(finding: &Finding) -> (Outlook, Vec<R>) {
    (finding.outlook, finding.reasons.clone())
}

fn expected(pair: (Outlook, &[R])) -> (Outlook, Vec<R>) {
    (pair.0, pair.1.to_vec())
}

#[test]
fn each_carer_in_the_table_gets_the_outcome_and_the_reasons() {
    let data = data();
    let table = carers();
    assert!(table.len() >= 20, "the issue asks for at least 20 carers");
    let mut failures = Vec::new();
    for row in &table {
        let check = pre_check(&row.answers, &data, day(row.on));
        let mut compare = |what: &str, got: (Outlook, Vec<R>), want: (Outlook, Vec<R>)| {
            if got != want {
                failures.push(format!(
                    "{} ({}): {what} is {got:?}, expected {want:?}",
                    row.who, row.on
                ));
            }
        };
        compare(
            "Carer's Allowance",
            shown(&check.carers_allowance.finding),
            expected(row.carers_allowance),
        );
        if let Some(want) = row.uc_carer_element {
            compare(
                "UC carer element",
                shown(&check.uc_carer_element),
                expected(want),
            );
        }
        if let Some(want) = row.carers_credit {
            compare(
                "Carer's Credit",
                shown(&check.carers_credit),
                expected(want),
            );
        }
        if let Some(want) = row.underlying {
            let got = check.underlying_entitlement.as_ref().map(shown);
            if got != want.map(expected) {
                failures.push(format!(
                    "{}: underlying entitlement is {got:?}, expected {want:?}",
                    row.who
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    let likely: Vec<&str> = table
        .iter()
        .filter(|row| row.carers_allowance.0 == Outlook::Likely)
        .map(|row| row.who)
        .collect();
    println!("Carer's Allowance \"likely\" for: {likely:#?}");
}

#[test]
fn carers_allowance_names_the_person_whose_care_counts_and_the_figures_of_the_day() {
    let data = data();
    let answers =
        with(|a| a.people = vec![hours(10, &[B::None]), hours(50, &[B::AttendanceAllowance])]);
    let check = pre_check(&answers, &data, day("2026-12-02"));
    assert_eq!(check.carers_allowance.person, Some(1));
    let figures = check.carers_allowance.figures.expect("figures");
    assert_eq!(
        (
            figures.period,
            figures.carers_allowance_weekly,
            figures.earnings_limit_weekly
        ),
        ("2026-27", 8645, 20400)
    );
    assert!(!figures.out_of_date());
    let figures = pre_check(&answers, &data, day("2025-12-02"))
        .carers_allowance
        .figures
        .expect("figures");
    assert_eq!(
        (
            figures.period,
            figures.carers_allowance_weekly,
            figures.earnings_limit_weekly
        ),
        ("2025-26", 8330, 19600)
    );
    let later = pre_check(&answers, &data, day("2027-06-01"));
    let figures = later.carers_allowance.figures.expect("last known figures");
    assert_eq!(figures.period, "2026-27");
    assert!(
        figures.out_of_date(),
        "after the last period: may be out of date"
    );
    assert_eq!(
        later.carers_allowance.finding.outlook,
        Outlook::Likely,
        "the rules still show after the last period"
    );
}

/// Every combination of answers, up to two people: "likely" only when every
/// condition is met for ONE person, and never for hours that only add up.
#[test]
fn likely_only_when_every_condition_is_met_for_one_person() {
    let data = data();
    let hours_options = [
        None,
        Some(CareHours::Under20),
        Some(CareHours::From20To34),
        Some(CareHours::From35),
        Some(CareHours::NotSure),
    ];
    let benefit_options: [&[B]; 6] = [
        &[],
        &[B::None],
        &[B::NotSure],
        &[B::PipDailyLiving],
        &[B::AdultDisabilityPaymentDailyLiving],
        &[B::Another, B::DlaCareMiddleOrHighest],
    ];
    let mut people_options: Vec<Vec<PersonCaredFor>> = vec![vec![]];
    let one: Vec<PersonCaredFor> = hours_options
        .iter()
        .flat_map(|&h| {
            benefit_options.iter().map(move |b| PersonCaredFor {
                hours: h,
                benefits: b.to_vec(),
                ..PersonCaredFor::default()
            })
        })
        .collect();
    people_options.extend(one.iter().map(|p| vec![p.clone()]));
    for a in &one {
        for b in &one {
            people_options.push(vec![a.clone(), b.clone()]);
        }
    }
    let yes_no = [
        None,
        Some(YesNoNotSure::Yes),
        Some(YesNoNotSure::No),
        Some(YesNoNotSure::NotSure),
    ];
    let earnings = [
        None,
        Some(EarningsBand::WithinLimit),
        Some(EarningsBand::OverLimit),
        Some(EarningsBand::NotSure),
    ];
    let ages = [
        None,
        Some(CarerAge::Under16),
        Some(CarerAge::From16ToStatePensionAge),
        Some(CarerAge::StatePensionAgeOrOver),
    ];
    let today = day("2026-12-02");
    let mut likely = 0;
    let mut checked = 0;
    for people in &people_options {
        let qualifying_person = people.iter().any(|p| {
            p.hours == Some(CareHours::From35)
                && p.benefits
                    .iter()
                    .any(|&b| b == B::PipDailyLiving || b == B::DlaCareMiddleOrHighest)
        });
        for &earnings in &earnings {
            for &study in &yes_no {
                for &age in &ages {
                    for &state_pension in &yes_no[..3] {
                        let answers = MoneyAnswers {
                            people: people.clone(),
                            earnings,
                            full_time_study: study,
                            age,
                            state_pension,
                            universal_credit: Some(YesNoNotSure::No),
                        };
                        let check = pre_check(&answers, &data, today);
                        checked += 1;
                        let ca = &check.carers_allowance.finding;
                        if ca.outlook != Outlook::Likely {
                            continue;
                        }
                        likely += 1;
                        assert!(
                            qualifying_person
                                && earnings == Some(EarningsBand::WithinLimit)
                                && study == Some(YesNoNotSure::No)
                                && matches!(
                                    age,
                                    Some(
                                        CarerAge::From16ToStatePensionAge
                                            | CarerAge::StatePensionAgeOrOver
                                    )
                                )
                                && state_pension != Some(YesNoNotSure::Yes)
                                && (age != Some(CarerAge::StatePensionAgeOrOver)
                                    || state_pension == Some(YesNoNotSure::No)),
                            "\"likely\" for {answers:?}"
                        );
                        assert_eq!(ca.reasons, LIKELY_ALL, "{answers:?}");
                    }
                }
            }
        }
    }
    assert!(likely > 0 && checked > 100_000, "{likely} of {checked}");
}

#[test]
fn hours_for_two_people_are_never_added_for_carers_allowance() {
    let data = data();
    let under_35 = [CareHours::Under20, CareHours::From20To34];
    for &a in &under_35 {
        for &b in &under_35 {
            let answers = with(|x| {
                x.people = vec![
                    person(a, &[B::PipDailyLiving]),
                    person(b, &[B::AttendanceAllowance]),
                ]
            });
            let check = pre_check(&answers, &data, day("2026-12-02"));
            assert_eq!(check.carers_allowance.finding.outlook, Outlook::Unlikely);
            assert!(check.carers_allowance.finding.has(R::HoursNotAddedTogether));
            assert_eq!(check.uc_carer_element.outlook, Outlook::Unlikely);
        }
    }
}

#[test]
fn hours_bands_put_35_with_35_or_more() {
    assert_eq!(CareHours::from_hours(35), CareHours::From35);
    assert_eq!(CareHours::from_hours(34), CareHours::From20To34);
    assert_eq!(CareHours::from_hours(20), CareHours::From20To34);
    assert_eq!(CareHours::from_hours(19), CareHours::Under20);
    assert_eq!(
        EarningsBand::against(19600, 19600),
        EarningsBand::WithinLimit
    );
    assert_eq!(EarningsBand::against(19601, 19600), EarningsBand::OverLimit);
    assert_eq!(EarningsBand::against(0, 19600), EarningsBand::WithinLimit);
}

// ------------------------------------------------------------ the figures

/// What CONTENT.md gives, for a reviewer: (period, weekly rate, earnings limit).
const FIGURES: &[(&str, &str, &str, u32, u32)] = &[
    ("2025-26", "2025-04-07", "2026-04-05", 8330, 19600),
    ("2026-27", "2026-04-06", "2027-04-05", 8645, 20400),
];

#[test]
fn the_figures_are_those_of_the_content_brief() {
    let data = data();
    let got: Vec<(&str, &str, &str, u32, u32)> = data
        .period
        .iter()
        .map(|p| {
            (
                p.id.as_str(),
                p.from.as_str(),
                p.to.as_str(),
                p.carers_allowance_weekly.pence,
                p.earnings_limit_weekly.pence,
            )
        })
        .collect();
    assert_eq!(got, FIGURES);
}

#[test]
fn every_figure_has_a_period_and_an_official_source() {
    let data = data();
    assert!(!data.period.is_empty());
    for source in &data.source {
        assert!(
            source.url.starts_with("https://www.gov.uk/")
                || source.url.starts_with("https://www.legislation.gov.uk/"),
            "{}: not an official page: {}",
            source.id,
            source.url
        );
        assert!(!source.name.trim().is_empty(), "{}: no name", source.id);
    }
    let known = |id: &str| data.source.iter().any(|s| s.id == id);
    for period in &data.period {
        assert!(
            parse_iso_date(&period.from).is_some(),
            "{}: from",
            period.id
        );
        assert!(parse_iso_date(&period.to).is_some(), "{}: to", period.id);
        for (name, figure) in [
            ("carers_allowance_weekly", &period.carers_allowance_weekly),
            ("earnings_limit_weekly", &period.earnings_limit_weekly),
        ] {
            assert!(figure.pence > 0, "{} {name}: no amount", period.id);
            assert!(
                known(&figure.source),
                "{} {name}: source {} is not a [[source]]",
                period.id,
                figure.source
            );
        }
    }
    for row in &data.state_pension_age {
        assert!(known(&row.source), "State Pension age row: {}", row.source);
    }
    for listing in &data.benefit {
        assert!(
            known(&listing.source),
            "{:?}: {}",
            listing.id,
            listing.source
        );
    }
    for row in &data.council_tax {
        assert!(known(&row.source), "{:?}: {}", row.id, row.source);
    }
    for row in &data.where_to_check {
        if let Some(source) = &row.source {
            assert!(known(source), "{:?}: {source}", row.id);
        }
    }
}

#[test]
fn periods_do_not_overlap_and_leave_no_gap() {
    let data = data();
    assert_eq!(check_periods(&data.period), vec![]);
}

fn period(id: &str, from: &str, to: &str) -> Period {
    let figure = |pence| carer_check::domain::money::figures::Figure {
        pence,
        source: "s".to_owned(),
    };
    Period {
        id: id.to_owned(),
        from: from.to_owned(),
        to: to.to_owned(),
        carers_allowance_weekly: figure(1),
        earnings_limit_weekly: figure(2),
    }
}

#[test]
fn the_period_check_finds_overlaps_gaps_and_bad_dates() {
    let a = period("a", "2025-04-07", "2026-04-05");
    assert_eq!(
        check_periods(&[a.clone(), period("b", "2026-04-05", "2027-04-05")]),
        vec![PeriodProblem::Overlap("a".into(), "b".into())]
    );
    assert_eq!(
        check_periods(&[a.clone(), period("b", "2026-04-07", "2027-04-05")]),
        vec![PeriodProblem::Gap("a".into(), "b".into())]
    );
    assert_eq!(
        check_periods(&[period("b", "2026-04-06", "2027-04-05"), a.clone()]),
        vec![PeriodProblem::OutOfOrder("b".into(), "a".into())]
    );
    assert_eq!(
        check_periods(&[period("x", "2026-13-01", "2027-01-01")]),
        vec![PeriodProblem::UnreadableDate("x".into())]
    );
    assert_eq!(
        check_periods(&[period("y", "2027-01-01", "2026-01-01")]),
        vec![PeriodProblem::EndsBeforeStart("y".into())]
    );
    assert_eq!(
        check_periods(&[a, period("b", "2026-04-06", "2027-04-05")]),
        vec![]
    );
    assert_eq!(next_day(day("2026-12-31")), day("2027-01-01"));
    assert_eq!(next_day(day("2028-02-28")), day("2028-02-29"));
}

#[test]
fn a_date_inside_each_period_picks_it() {
    let data = data();
    for p in &data.period {
        let (from, to) = (day(&p.from), day(&p.to));
        for on in [from, next_day(from), to] {
            let chosen = figures_on(&data.period, on).expect("figures");
            assert_eq!(chosen.period, p.id, "{on:?}");
            assert_eq!(chosen.currency, Currency::Current, "{on:?}");
            assert_eq!(
                chosen.carers_allowance_weekly,
                p.carers_allowance_weekly.pence
            );
            assert_eq!(chosen.earnings_limit_weekly, p.earnings_limit_weekly.pence);
        }
    }
}

#[test]
fn a_date_after_the_last_period_gives_the_last_figures_flagged_out_of_date() {
    let data = data();
    let last = data.period.last().expect("a period");
    let after = next_day(day(&last.to));
    let chosen = figures_on(&data.period, after).expect("figures");
    assert_eq!(chosen.period, last.id);
    assert_eq!(chosen.currency, Currency::AfterLastPeriod);
    assert!(chosen.out_of_date());
    let much_later = figures_on(&data.period, day("2031-01-01")).expect("figures");
    assert!(much_later.out_of_date());
    let first = data.period.first().expect("a period");
    let before = figures_on(&data.period, day("2020-01-01")).expect("figures");
    assert_eq!(
        (before.period, before.currency),
        (first.id.as_str(), Currency::BeforeFirstPeriod)
    );
    assert!(!before.out_of_date());
    assert_eq!(figures_on(&[], day("2026-01-01")), None);
}

// ------------------------------------------------------------ benefits

/// The GOV.UK eligibility page's list (CONTENT.md names the first three and
/// "a few others"), for a reviewer.
const ON_THE_OFFICIAL_LIST: &[B] = &[
    B::PipDailyLiving,
    B::DlaCareMiddleOrHighest,
    B::AttendanceAllowance,
    B::ArmedForcesIndependencePayment,
    B::ConstantAttendanceIndustrialInjuries,
    B::ConstantAttendanceWarPension,
];

#[test]
fn every_named_benefit_says_whether_it_is_on_the_official_list() {
    let data = data();
    for &benefit in B::ALL.iter().filter(|b| b.is_named()) {
        let rows = data.benefit.iter().filter(|l| l.id == benefit).count();
        assert_eq!(rows, 1, "{benefit:?} must have one [[benefit]] row");
    }
    assert!(data.benefit.iter().all(|l| l.id.is_named()));
    let on_list: Vec<B> = data
        .benefit
        .iter()
        .filter(|l| l.on_official_list)
        .map(|l| l.id)
        .collect();
    assert_eq!(on_list, ON_THE_OFFICIAL_LIST);
    for listing in data.benefit.iter().filter(|l| !l.on_official_list) {
        assert!(
            listing.note.as_deref().is_some_and(|n| !n.is_empty()),
            "{:?}: say why it is not on the list",
            listing.id
        );
    }
}

// ------------------------------------------------------------ State Pension age

#[test]
fn state_pension_age_by_date_of_birth() {
    let rows = data().state_pension_age;
    let age = |born: &str| state_pension_age(&rows, day(born));
    let ym = |years, months| Some(YearsAndMonths { years, months });
    assert_eq!(age("1955-01-01"), ym(66, 0));
    assert_eq!(age("1960-04-05"), ym(66, 0));
    assert_eq!(age("1960-04-06"), ym(66, 1), "rising from 6 April 1960");
    assert_eq!(age("1960-09-20"), ym(66, 6));
    assert_eq!(age("1961-03-05"), ym(66, 11));
    assert_eq!(age("1961-03-06"), ym(67, 0));
    assert_eq!(age("1977-04-05"), ym(67, 0));
    assert_eq!(
        age("1977-04-06"),
        None,
        "not in the table: the official checker"
    );

    let reached = |born: &str, on: &str| reached_state_pension_age(&rows, day(born), day(on));
    assert_eq!(reached("1960-04-05", "2026-04-04"), Some(false));
    assert_eq!(reached("1960-04-05", "2026-04-05"), Some(true));
    assert_eq!(reached("1960-04-06", "2026-05-05"), Some(false));
    assert_eq!(reached("1960-04-06", "2026-05-06"), Some(true));
    assert_eq!(reached("1961-03-06", "2028-03-06"), Some(true));
    assert_eq!(reached("1961-03-06", "2028-03-05"), Some(false));
}

#[test]
fn state_pension_age_rows_follow_on_without_gaps() {
    let rows = data().state_pension_age;
    assert!(rows.first().is_some_and(|r| r.born_from.is_none()));
    for pair in rows.windows(2) {
        let to = day(pair[0].born_to.as_deref().expect("born_to"));
        let from = day(pair[1].born_from.as_deref().expect("born_from"));
        assert_eq!(
            next_day(to),
            from,
            "{:?} then {:?}",
            pair[0].born_to,
            pair[1].born_from
        );
        let age = |r: &carer_check::domain::money::figures::StatePensionAgeRow| (r.years, r.months);
        assert!(age(&pair[0]) < age(&pair[1]), "ages rise");
    }
}

// ------------------------------------------------------------ Council Tax and where to check

#[test]
fn council_tax_points_follow_who_lives_with_whom() {
    let data = data();
    let points = |answers: &MoneyAnswers| -> Vec<CouncilTaxPoint> {
        pre_check(answers, &data, day("2026-12-02"))
            .council_tax
            .iter()
            .map(|item| item.point)
            .collect()
    };
    let living_with = |relation, benefits: &[B]| {
        with(|a| {
            a.people = vec![PersonCaredFor {
                lives_with_carer: Some(YesNoNotSure::Yes),
                relation: Some(relation),
                ..hours(40, benefits)
            }]
        })
    };
    assert_eq!(
        points(&meets_all()),
        vec![CouncilTaxPoint::CouncilTaxReduction],
        "not living together: only the low-income reduction"
    );
    assert_eq!(
        points(&living_with(Person::Parent, &[B::AttendanceAllowance])),
        vec![
            CouncilTaxPoint::CouncilTaxReduction,
            CouncilTaxPoint::CarerDisregard,
            CouncilTaxPoint::DisabledBandReduction
        ]
    );
    assert_eq!(
        points(&living_with(Person::Partner, &[B::AttendanceAllowance])),
        vec![
            CouncilTaxPoint::CouncilTaxReduction,
            CouncilTaxPoint::DisabledBandReduction
        ],
        "a partner is never disregarded"
    );
    assert_eq!(
        points(&living_with(
            Person::ChildUnder18,
            &[B::DlaCareMiddleOrHighest]
        )),
        vec![
            CouncilTaxPoint::CouncilTaxReduction,
            CouncilTaxPoint::DisabledBandReduction
        ],
        "nor the parent of a child under 18"
    );
    assert_eq!(
        points(&living_with(Person::Parent, &[B::None])),
        vec![
            CouncilTaxPoint::CouncilTaxReduction,
            CouncilTaxPoint::DisabledBandReduction
        ],
        "the person must get a disability benefit"
    );
    let check = pre_check(
        &living_with(Person::Parent, &[B::AttendanceAllowance]),
        &data,
        day("2026-12-02"),
    );
    assert_eq!(
        check.council_tax[1].reasons,
        vec![R::LivesWithPerson, R::ThirtyFiveHoursForOnePerson]
    );
}

#[test]
fn every_council_tax_point_and_place_to_check_is_in_the_data() {
    let data = data();
    for &point in CouncilTaxPoint::ALL {
        assert_eq!(
            data.council_tax.iter().filter(|r| r.id == point).count(),
            1,
            "{point:?}"
        );
    }
    let directory_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/data/directory.toml");
    let directory: toml::Value =
        toml::from_str(&fs::read_to_string(directory_path).expect("directory.toml"))
            .expect("directory.toml is TOML");
    let entry_ids: Vec<&str> = directory["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|e| e["id"].as_str())
        .collect();
    for &place in WhereToCheck::ALL {
        let rows: Vec<_> = data
            .where_to_check
            .iter()
            .filter(|r| r.id == place)
            .collect();
        assert_eq!(rows.len(), 1, "{place:?}");
        let row = rows[0];
        assert!(
            row.source.is_some() || row.directory_entry.is_some() || row.from_council_preset,
            "{place:?} says nowhere"
        );
        if let Some(entry) = &row.directory_entry {
            assert!(
                entry_ids.contains(&entry.as_str()),
                "{place:?}: no entry {entry}"
            );
        }
    }
}

#[test]
fn where_to_check_always_ends_with_people_who_can_help() {
    let data = data();
    let places = pre_check(&meets_all(), &data, day("2026-12-02")).where_to_check;
    assert_eq!(
        places,
        vec![
            WhereToCheck::CarersAllowance,
            WhereToCheck::UniversalCredit,
            WhereToCheck::CarersCredit,
            WhereToCheck::CouncilTax,
            WhereToCheck::CarersUk,
            WhereToCheck::LocalCarersCentre,
            WhereToCheck::CitizensAdvice,
        ]
    );
    let older = with(|a| {
        a.age = Some(CarerAge::StatePensionAgeOrOver);
        a.state_pension = Some(YesNoNotSure::Yes);
    });
    let places = pre_check(&older, &data, day("2026-12-02")).where_to_check;
    assert!(places.contains(&WhereToCheck::StatePensionAge));
    assert!(!places.contains(&WhereToCheck::CarersCredit));
}

// ------------------------------------------------------------ not shipped yet

/// money.toml and assessment.toml are not in the app until their pages land
/// (build.rs, NOT_SHIPPED_YET): the compiled content has neither.
#[test]
fn the_money_and_assessment_data_are_not_compiled_into_the_app_yet() {
    let content: serde_json::Value = serde_json::from_str(DATA_JSON).expect("content JSON");
    let files = content.as_object().expect("one object per data file");
    assert!(
        files.contains_key("outcomes"),
        "the scan sees the data files"
    );
    for not_yet in ["money", "assessment"] {
        assert!(
            !files.contains_key(not_yet),
            "{not_yet}.toml is compiled in"
        );
    }
}
