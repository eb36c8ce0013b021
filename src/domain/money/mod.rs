//! The money pre-check (issue 18): from a few answers to what a carer may be
//! able to get, each with the reasons it depends on. Never a decision: the
//! DWP or the council decides, and the types here cannot say otherwise
//! (see [`rules::Outlook`]).
//!
//! One idea per module:
//! - [`figures`]: the yearly figures and State Pension age rules as data,
//!   and choosing the figures for a day;
//! - [`answers`]: what the pre-check asks (bands, never an exact income);
//! - [`rules`]: the rules, answers and data in, findings with reason codes
//!   out (the UI words the codes later; no text here).
//!
//! The data is `src/content/data/money.toml`. Neither is in the app yet:
//! build.rs leaves the file out, and this module (like `domain::assessment`)
//! is compiled for native targets only (`domain/mod.rs`), so the wasm is
//! byte for byte what it was until the pages of issue 18 land.

pub mod answers;
pub mod figures;
pub mod rules;

pub use answers::{
    BenefitAnswer, CareHours, CarerAge, DisabilityBenefit, EarningsBand, MoneyAnswers,
    PersonCaredFor,
};
pub use figures::{
    check_periods, figures_on, parse_iso_date, reached_state_pension_age, state_pension_age,
    ChosenFigures, Currency, MoneyData, Pence, Period, PeriodProblem, YearsAndMonths,
};
pub use rules::{
    benefit_answer, pre_check, CarersAllowanceFinding, CouncilTaxItem, CouncilTaxPoint, Finding,
    MoneyCheck, MoneyReason, Outlook, WhereToCheck,
};
