//! The money pre-check's rules: answers and data in, findings out. Each
//! finding has an outlook and the reasons it rests on, as codes the UI words
//! later ("You may be able to get …", "It depends on …"). Nothing here is a
//! decision and nothing can be: see [`Outlook`].
//!
//! The rules, from CONTENT.md (GOV.UK Carer's Allowance eligibility and the
//! DWP's uprating):
//! - Carer's Allowance: 16 or over; at least 35 hours a week caring for ONE
//!   person (hours for two people are never added); that person gets a
//!   benefit on the official list; not in full-time education; earnings
//!   after allowed deductions within the weekly limit. It overlaps with
//!   State Pension: often not paid on top, but an "underlying entitlement"
//!   can raise Pension Credit or other benefits.
//! - Universal Credit carer element: 35 hours or more for someone with a
//!   qualifying disability benefit, even where Carer's Allowance is not paid.
//! - Carer's Credit: 20 hours or more a week, under State Pension age (and
//!   16 or over, as the directory's GOV.UK entry says).

use crate::choice_enum;
use crate::domain::answers::Person;
use crate::domain::dates::Date;
use crate::domain::money::answers::{
    BenefitAnswer, CareHours, CarerAge, DisabilityBenefit, EarningsBand, MoneyAnswers,
    PersonCaredFor,
};
use crate::domain::money::figures::{figures_on, BenefitListing, ChosenFigures, MoneyData};
use crate::domain::plan::YesNoNotSure;

choice_enum!(
    /// How a finding reads. There is deliberately no "entitled" and no "not
    /// entitled": only the DWP (or the council) decides, so the strongest
    /// thing the pre-check can say is "you may be able to get it".
    Outlook {
        /// "You may be able to get it": every condition we asked about is met.
        Likely => "likely",
        /// "It looks unlikely, because …": a condition is not met.
        Unlikely => "unlikely",
        /// "It depends on …: check": an answer was "not sure" or missing, or
        /// the rules need more than we ask.
        Check => "check",
    }
);

choice_enum!(
    /// Why a finding reads as it does. The UI words each code; no text here.
    MoneyReason {
        SixteenOrOver => "sixteen-or-over",
        UnderSixteen => "under-sixteen",
        AgeNotAnswered => "age-not-answered",
        /// No person cared for was described.
        NoOneNamed => "no-one-named",
        ThirtyFiveHoursForOnePerson => "35-hours-for-one-person",
        UnderThirtyFiveHoursForEachPerson => "under-35-hours-for-each-person",
        /// More than one person and none reaches 35 hours alone: the hours
        /// are not added together.
        HoursNotAddedTogether => "hours-not-added-together",
        HoursNotSure => "hours-not-sure",
        QualifyingBenefit => "qualifying-benefit",
        NoQualifyingBenefit => "no-qualifying-benefit",
        BenefitNotSure => "benefit-not-sure",
        /// A benefit named in the brief but not on the official list we hold.
        BenefitNotOnOfficialList => "benefit-not-on-official-list",
        EarningsWithinLimit => "earnings-within-limit",
        EarningsOverLimit => "earnings-over-limit",
        EarningsNotSure => "earnings-not-sure",
        NotInFullTimeStudy => "not-in-full-time-study",
        FullTimeStudy => "full-time-study",
        StudyNotSure => "study-not-sure",
        /// Gets State Pension: Carer's Allowance is often not paid on top.
        StatePensionOverlap => "state-pension-overlap",
        StatePensionNotSure => "state-pension-not-sure",
        /// The conditions are met but State Pension is paid instead: the
        /// entitlement can still raise Pension Credit or other benefits.
        UnderlyingEntitlement => "underlying-entitlement",
        OnUniversalCredit => "on-universal-credit",
        /// The carer element is part of Universal Credit: only with a claim.
        NotOnUniversalCredit => "not-on-universal-credit",
        UniversalCreditNotSure => "universal-credit-not-sure",
        /// The carer element may be there even though Carer's Allowance is not.
        EvenWithoutCarersAllowance => "even-without-carers-allowance",
        TwentyHoursOrMore => "20-hours-or-more",
        UnderTwentyHours => "under-20-hours",
        /// Under 20 hours for each of several people: whether they count
        /// together is for the official page to say.
        HoursForMoreThanOnePerson => "hours-for-more-than-one-person",
        UnderStatePensionAge => "under-state-pension-age",
        StatePensionAgeOrOver => "state-pension-age-or-over",
        LivesWithPerson => "lives-with-person",
        LivesWithNotSure => "lives-with-not-sure",
        /// Council Tax Reduction is for people on a low income.
        LowIncome => "low-income",
    }
);

choice_enum!(
    /// Council Tax help a carer may ask their council about. Each council
    /// runs its own scheme and decides; no amounts here.
    CouncilTaxPoint {
        /// Help with the bill for people on a low income.
        CouncilTaxReduction => "council-tax-reduction",
        /// A carer living with the person may not be counted as an adult.
        CarerDisregard => "carer-disregard",
        /// A home adapted for a disabled person may be billed a band lower.
        DisabledBandReduction => "disabled-band-reduction",
    }
);

choice_enum!(
    /// Where to check or claim, in the order shown.
    WhereToCheck {
        CarersAllowance => "carers-allowance",
        UniversalCredit => "universal-credit",
        CarersCredit => "carers-credit",
        StatePensionAge => "state-pension-age",
        CouncilTax => "council-tax",
        CarersUk => "carers-uk",
        LocalCarersCentre => "local-carers-centre",
        CitizensAdvice => "citizens-advice",
    }
);

/// One finding: how it reads and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub outlook: Outlook,
    /// For "likely": the conditions met. For "check": what it depends on.
    /// For "unlikely": the conditions not met. Then any notes
    /// (`HoursNotAddedTogether`, `EvenWithoutCarersAllowance`).
    pub reasons: Vec<MoneyReason>,
}

impl Finding {
    pub fn has(&self, reason: MoneyReason) -> bool {
        self.reasons.contains(&reason)
    }
}

/// Carer's Allowance, with the figures for the day and the person whose
/// care it rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CarersAllowanceFinding<'a> {
    pub finding: Finding,
    /// The weekly rate and earnings limit of the period containing the day
    /// (or the last known, flagged); `None` only with no figures in the data.
    pub figures: Option<ChosenFigures<'a>>,
    /// Index into `MoneyAnswers::people` of the person whose care counts.
    pub person: Option<usize>,
}

/// A Council Tax point to ask about, and why it is suggested.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CouncilTaxItem {
    pub point: CouncilTaxPoint,
    pub reasons: Vec<MoneyReason>,
}

/// Everything the pre-check says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoneyCheck<'a> {
    pub carers_allowance: CarersAllowanceFinding<'a>,
    pub uc_carer_element: Finding,
    pub carers_credit: Finding,
    /// Only for carers at State Pension age or getting State Pension.
    pub underlying_entitlement: Option<Finding>,
    pub council_tax: Vec<CouncilTaxItem>,
    pub where_to_check: Vec<WhereToCheck>,
}

/// Reasons gathered while checking conditions.
#[derive(Clone, Debug, Default)]
struct Tally {
    /// Conditions not met.
    blockers: Vec<MoneyReason>,
    /// Conditions not known.
    checks: Vec<MoneyReason>,
    /// Conditions met.
    met: Vec<MoneyReason>,
    /// Said whatever the outlook.
    notes: Vec<MoneyReason>,
}

impl Tally {
    fn finding(&self) -> Finding {
        let (outlook, main) = if !self.blockers.is_empty() {
            (Outlook::Unlikely, &self.blockers)
        } else if !self.checks.is_empty() {
            (Outlook::Check, &self.checks)
        } else {
            (Outlook::Likely, &self.met)
        };
        let mut reasons = main.clone();
        reasons.extend(self.notes.iter().copied());
        Finding { outlook, reasons }
    }

    fn age_sixteen_or_over(&mut self, age: Option<CarerAge>) {
        match age {
            Some(CarerAge::Under16) => self.blockers.push(MoneyReason::UnderSixteen),
            Some(_) => self.met.push(MoneyReason::SixteenOrOver),
            None => self.checks.push(MoneyReason::AgeNotAnswered),
        }
    }
}

/// How a person's benefits answer reads against the official list.
pub fn benefit_answer(person: &PersonCaredFor, listings: &[BenefitListing]) -> BenefitAnswer {
    if person.benefits.is_empty() {
        return BenefitAnswer::NotSure;
    }
    person
        .benefits
        .iter()
        .map(|&benefit| match benefit {
            DisabilityBenefit::NotSure => BenefitAnswer::NotSure,
            DisabilityBenefit::None | DisabilityBenefit::Another => {
                BenefitAnswer::NoQualifyingBenefit
            }
            named => match listings.iter().find(|l| l.id == named) {
                Some(listing) if listing.on_official_list => BenefitAnswer::Qualifying,
                _ => BenefitAnswer::ToCheck,
            },
        })
        .max()
        .unwrap_or(BenefitAnswer::NotSure)
}

/// 2: met, 1: not known, 0: not met.
fn hours_35_level(hours: Option<CareHours>) -> u8 {
    match hours {
        Some(CareHours::From35) => 2,
        Some(CareHours::NotSure) | None => 1,
        Some(_) => 0,
    }
}

fn benefit_level(answer: BenefitAnswer) -> u8 {
    match answer {
        BenefitAnswer::Qualifying => 2,
        BenefitAnswer::ToCheck | BenefitAnswer::NotSure => 1,
        BenefitAnswer::NoQualifyingBenefit => 0,
    }
}

/// 35 hours or more for ONE person who gets a qualifying benefit: the person
/// whose answers come nearest, and the reasons. Hours are never added.
fn one_person_35_hours(
    answers: &MoneyAnswers,
    listings: &[BenefitListing],
    tally: &mut Tally,
) -> Option<usize> {
    if answers.people.is_empty() {
        tally.checks.push(MoneyReason::NoOneNamed);
        return None;
    }
    let several = answers.people.len() > 1;
    let best = answers
        .people
        .iter()
        .enumerate()
        .map(|(at, person)| {
            let hours = hours_35_level(person.hours);
            let benefit = benefit_answer(person, listings);
            let level = hours.min(benefit_level(benefit));
            (at, (level, hours, benefit))
        })
        .filter(|&(_, (_, hours, _))| hours > 0)
        .max_by_key(|&(at, key)| (key, std::cmp::Reverse(at)));
    let Some((at, (_, hours, benefit))) = best else {
        tally
            .blockers
            .push(MoneyReason::UnderThirtyFiveHoursForEachPerson);
        if several {
            tally.notes.push(MoneyReason::HoursNotAddedTogether);
        }
        return None;
    };
    if hours == 2 {
        tally.met.push(MoneyReason::ThirtyFiveHoursForOnePerson);
    } else {
        tally.checks.push(MoneyReason::HoursNotSure);
        if several {
            tally.notes.push(MoneyReason::HoursNotAddedTogether);
        }
    }
    match benefit {
        BenefitAnswer::Qualifying => tally.met.push(MoneyReason::QualifyingBenefit),
        BenefitAnswer::ToCheck => tally.checks.push(MoneyReason::BenefitNotOnOfficialList),
        BenefitAnswer::NotSure => tally.checks.push(MoneyReason::BenefitNotSure),
        BenefitAnswer::NoQualifyingBenefit => tally.blockers.push(MoneyReason::NoQualifyingBenefit),
    }
    Some(at)
}

/// Carer's Allowance without the State Pension question: age, hours for one
/// person, benefit, study, earnings.
fn carers_allowance_conditions(answers: &MoneyAnswers, data: &MoneyData) -> (Tally, Option<usize>) {
    let mut tally = Tally::default();
    tally.age_sixteen_or_over(answers.age);
    let person = one_person_35_hours(answers, &data.benefit, &mut tally);
    match answers.full_time_study {
        Some(YesNoNotSure::Yes) => tally.blockers.push(MoneyReason::FullTimeStudy),
        Some(YesNoNotSure::No) => tally.met.push(MoneyReason::NotInFullTimeStudy),
        Some(YesNoNotSure::NotSure) | None => tally.checks.push(MoneyReason::StudyNotSure),
    }
    match answers.earnings {
        Some(EarningsBand::WithinLimit) => tally.met.push(MoneyReason::EarningsWithinLimit),
        Some(EarningsBand::OverLimit) => tally.blockers.push(MoneyReason::EarningsOverLimit),
        Some(EarningsBand::NotSure) | None => tally.checks.push(MoneyReason::EarningsNotSure),
    }
    (tally, person)
}

fn at_pension_age(answers: &MoneyAnswers) -> bool {
    answers.age == Some(CarerAge::StatePensionAgeOrOver)
}

fn gets_state_pension(answers: &MoneyAnswers) -> bool {
    answers.state_pension == Some(YesNoNotSure::Yes)
}

/// Whether the State Pension answer is needed and missing.
fn state_pension_unknown(answers: &MoneyAnswers) -> bool {
    at_pension_age(answers)
        && !matches!(
            answers.state_pension,
            Some(YesNoNotSure::Yes | YesNoNotSure::No)
        )
}

fn underlying_entitlement(answers: &MoneyAnswers, conditions: &Tally) -> Option<Finding> {
    if !gets_state_pension(answers) && !state_pension_unknown(answers) {
        return None;
    }
    let mut tally = conditions.clone();
    if state_pension_unknown(answers) {
        tally.checks.push(MoneyReason::StatePensionNotSure);
    }
    tally.met = vec![MoneyReason::UnderlyingEntitlement];
    Some(tally.finding())
}

fn uc_carer_element(
    answers: &MoneyAnswers,
    data: &MoneyData,
    carers_allowance: &Finding,
) -> Finding {
    let mut tally = Tally::default();
    if answers.age == Some(CarerAge::Under16) {
        tally.blockers.push(MoneyReason::UnderSixteen);
    }
    one_person_35_hours(answers, &data.benefit, &mut tally);
    match answers.universal_credit {
        Some(YesNoNotSure::Yes) => tally.met.push(MoneyReason::OnUniversalCredit),
        Some(YesNoNotSure::No) => tally.checks.push(MoneyReason::NotOnUniversalCredit),
        Some(YesNoNotSure::NotSure) | None => {
            tally.checks.push(MoneyReason::UniversalCreditNotSure)
        }
    }
    let mut finding = tally.finding();
    if finding.outlook == Outlook::Likely && carers_allowance.outlook != Outlook::Likely {
        finding
            .reasons
            .push(MoneyReason::EvenWithoutCarersAllowance);
    }
    finding
}

fn carers_credit(answers: &MoneyAnswers) -> Finding {
    let mut tally = Tally::default();
    match answers.age {
        Some(CarerAge::Under16) => tally.blockers.push(MoneyReason::UnderSixteen),
        Some(CarerAge::StatePensionAgeOrOver) => {
            tally.blockers.push(MoneyReason::StatePensionAgeOrOver)
        }
        Some(CarerAge::From16ToStatePensionAge) => {
            tally.met.push(MoneyReason::UnderStatePensionAge)
        }
        None => tally.checks.push(MoneyReason::AgeNotAnswered),
    }
    let hours = |person: &PersonCaredFor| person.hours;
    if answers.people.is_empty() {
        tally.checks.push(MoneyReason::NoOneNamed);
    } else if answers
        .people
        .iter()
        .filter_map(hours)
        .any(CareHours::at_least_20)
    {
        tally.met.push(MoneyReason::TwentyHoursOrMore);
    } else if answers
        .people
        .iter()
        .any(|p| matches!(p.hours, None | Some(CareHours::NotSure)))
    {
        tally.checks.push(MoneyReason::HoursNotSure);
    } else if answers.people.len() > 1 {
        tally.checks.push(MoneyReason::HoursForMoreThanOnePerson);
    } else {
        tally.blockers.push(MoneyReason::UnderTwentyHours);
    }
    tally.finding()
}

fn lives_with_reason(person: &PersonCaredFor) -> Option<MoneyReason> {
    match person.lives_with_carer {
        Some(YesNoNotSure::Yes) => Some(MoneyReason::LivesWithPerson),
        Some(YesNoNotSure::NotSure) => Some(MoneyReason::LivesWithNotSure),
        Some(YesNoNotSure::No) | None => None,
    }
}

fn council_tax(answers: &MoneyAnswers) -> Vec<CouncilTaxItem> {
    let mut reduction = vec![MoneyReason::LowIncome];
    if answers.universal_credit == Some(YesNoNotSure::Yes) {
        reduction.push(MoneyReason::OnUniversalCredit);
    }
    let mut items = vec![CouncilTaxItem {
        point: CouncilTaxPoint::CouncilTaxReduction,
        reasons: reduction,
    }];
    // Not counted for Council Tax: a carer who lives with the person, cares
    // 35 hours or more, is not their partner or the parent of a child under
    // 18, and the person gets a disability benefit (each council lists which).
    let disregard = answers.people.iter().find_map(|person| {
        let lives = lives_with_reason(person)?;
        let hours = match hours_35_level(person.hours) {
            2 => MoneyReason::ThirtyFiveHoursForOnePerson,
            1 => MoneyReason::HoursNotSure,
            _ => return None,
        };
        let own = matches!(
            person.relation,
            Some(Person::Partner | Person::ChildUnder18)
        );
        let no_benefit = person
            .benefits
            .iter()
            .all(|&b| b == DisabilityBenefit::None)
            && !person.benefits.is_empty();
        (!own && !no_benefit).then(|| vec![lives, hours])
    });
    if let Some(reasons) = disregard {
        items.push(CouncilTaxItem {
            point: CouncilTaxPoint::CarerDisregard,
            reasons,
        });
    }
    if let Some(lives) = answers.people.iter().find_map(lives_with_reason) {
        items.push(CouncilTaxItem {
            point: CouncilTaxPoint::DisabledBandReduction,
            reasons: vec![lives],
        });
    }
    items
}

/// The money pre-check for `today` (the device's date, later): the rules of
/// CONTENT.md applied to the answers, with the figures of the period that
/// contains `today` from `data`.
pub fn pre_check<'a>(answers: &MoneyAnswers, data: &'a MoneyData, today: Date) -> MoneyCheck<'a> {
    let (conditions, person) = carers_allowance_conditions(answers, data);
    let mut tally = conditions.clone();
    if gets_state_pension(answers) {
        tally.checks.push(MoneyReason::StatePensionOverlap);
    } else if state_pension_unknown(answers) {
        tally.checks.push(MoneyReason::StatePensionNotSure);
    }
    let carers_allowance = CarersAllowanceFinding {
        finding: tally.finding(),
        figures: figures_on(&data.period, today),
        person,
    };
    let uc_carer_element = uc_carer_element(answers, data, &carers_allowance.finding);
    let carers_credit = carers_credit(answers);
    let underlying_entitlement = underlying_entitlement(answers, &conditions);

    let mut where_to_check = vec![WhereToCheck::CarersAllowance];
    if uc_carer_element.outlook != Outlook::Unlikely {
        where_to_check.push(WhereToCheck::UniversalCredit);
    }
    if carers_credit.outlook != Outlook::Unlikely {
        where_to_check.push(WhereToCheck::CarersCredit);
    }
    if answers.age.is_none() || at_pension_age(answers) || underlying_entitlement.is_some() {
        where_to_check.push(WhereToCheck::StatePensionAge);
    }
    where_to_check.extend([
        WhereToCheck::CouncilTax,
        WhereToCheck::CarersUk,
        WhereToCheck::LocalCarersCentre,
        WhereToCheck::CitizensAdvice,
    ]);

    MoneyCheck {
        carers_allowance,
        uc_carer_element,
        carers_credit,
        underlying_entitlement,
        council_tax: council_tax(answers),
        where_to_check,
    }
}
