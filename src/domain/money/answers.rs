//! What the money pre-check asks: only what the rules need. Earnings are a
//! band against the limit, never an amount; hours are a band for each person
//! cared for, never a total (Carer's Allowance needs 35 hours for ONE person).

use crate::choice_enum;
use crate::domain::answers::{AgeBand, Person};
use crate::domain::money::figures::Pence;
use crate::domain::plan::YesNoNotSure;

choice_enum!(
    /// Hours a week spent caring for ONE person.
    CareHours {
        Under20 => "under-20",
        From20To34 => "20-34",
        From35 => "35-plus",
        NotSure => "not-sure",
    }
);

impl CareHours {
    /// The band a number of hours falls in: 35 is "35 or more", 34 is not.
    pub fn from_hours(hours: u32) -> CareHours {
        match hours {
            0..=19 => CareHours::Under20,
            20..=34 => CareHours::From20To34,
            _ => CareHours::From35,
        }
    }

    /// 20 hours a week or more (Carer's Credit).
    pub fn at_least_20(self) -> bool {
        matches!(self, CareHours::From20To34 | CareHours::From35)
    }
}

choice_enum!(
    /// Disability benefits the person cared for may get. Which of them are on
    /// the official list for Carer's Allowance is data (`money.toml`), not
    /// code; the last three are the carer's other answers.
    DisabilityBenefit {
        PipDailyLiving => "pip-daily-living",
        DlaCareMiddleOrHighest => "dla-care-middle-or-highest",
        AttendanceAllowance => "attendance-allowance",
        ArmedForcesIndependencePayment => "armed-forces-independence-payment",
        ConstantAttendanceIndustrialInjuries => "constant-attendance-allowance-industrial-injuries",
        ConstantAttendanceWarPension => "constant-attendance-allowance-war-pension",
        ChildDisabilityPaymentCare => "child-disability-payment-care-middle-or-highest",
        AdultDisabilityPaymentDailyLiving => "adult-disability-payment-daily-living",
        /// A disability benefit not named above.
        Another => "another-benefit",
        /// None of these.
        None => "none",
        NotSure => "not-sure",
    }
);

impl DisabilityBenefit {
    /// A named benefit (not "another", "none" or "not sure").
    pub fn is_named(self) -> bool {
        !matches!(
            self,
            DisabilityBenefit::Another | DisabilityBenefit::None | DisabilityBenefit::NotSure
        )
    }
}

/// How the benefits answer for one person reads against the official list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum BenefitAnswer {
    // Worst first, so `max` picks the best.
    /// No answer, "none", or only a benefit that is not on the list.
    NoQualifyingBenefit,
    /// "Not sure".
    NotSure,
    /// A named benefit the data does not show on the official list.
    ToCheck,
    /// A benefit on the official list.
    Qualifying,
}

choice_enum!(
    /// Earnings after the deductions the rules allow, against the weekly
    /// limit of the period. The pre-check never asks for the amount.
    EarningsBand {
        /// No earnings, or at most the limit.
        WithinLimit => "within-limit",
        OverLimit => "over-limit",
        NotSure => "not-sure",
    }
);

impl EarningsBand {
    /// The band weekly earnings fall in against a limit: the limit itself
    /// is within it ("no more than"). The app never asks for the amount:
    /// this says in one place what "within the limit" means, for the tests
    /// (just under and just over each period's limit).
    pub fn against(weekly_after_deductions: Pence, limit: Pence) -> EarningsBand {
        if weekly_after_deductions <= limit {
            EarningsBand::WithinLimit
        } else {
            EarningsBand::OverLimit
        }
    }
}

choice_enum!(
    /// The carer's age, in the bands the money rules use.
    CarerAge {
        Under16 => "under-16",
        From16ToStatePensionAge => "16-to-state-pension-age",
        StatePensionAgeOrOver => "state-pension-age-or-over",
    }
);

impl CarerAge {
    /// The band from part 1's age answer, where it tells: 65 or over may be
    /// either side of State Pension age, so that one is asked again.
    pub fn from_part1(age: AgeBand) -> Option<CarerAge> {
        match age {
            AgeBand::Under16 => Some(CarerAge::Under16),
            AgeBand::From16To17 | AgeBand::From18To24 | AgeBand::From25To64 => {
                Some(CarerAge::From16ToStatePensionAge)
            }
            AgeBand::From65 => None,
        }
    }
}

/// One person the carer looks after.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PersonCaredFor {
    /// Hours a week for this person alone.
    pub hours: Option<CareHours>,
    /// The disability benefits they get (or none / not sure).
    pub benefits: Vec<DisabilityBenefit>,
    /// Whether they live with the carer (Council Tax).
    pub lives_with_carer: Option<YesNoNotSure>,
    /// Who they are to the carer, as in part 1 (Council Tax: a partner or
    /// the carer's own child under 18 does not count).
    pub relation: Option<Person>,
}

/// The pre-check's answers. `None` is not answered (the rules then say
/// "check"); nothing here is an exact income.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MoneyAnswers {
    pub people: Vec<PersonCaredFor>,
    pub earnings: Option<EarningsBand>,
    pub full_time_study: Option<YesNoNotSure>,
    pub age: Option<CarerAge>,
    pub state_pension: Option<YesNoNotSure>,
    pub universal_credit: Option<YesNoNotSure>,
}
