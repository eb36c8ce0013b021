//! One page per step of the journey.

#[cfg(feature = "parts-2-to-4")]
mod about_you;
mod check_answers;
#[cfg(feature = "parts-2-to-4")]
mod document;
#[cfg(feature = "parts-2-to-4")]
mod documents;
mod not_found;
#[cfg(feature = "parts-2-to-4")]
mod plan_check;
#[cfg(feature = "parts-2-to-4")]
mod plan_remove;
#[cfg(feature = "parts-2-to-4")]
mod plan_section;
#[cfg(feature = "parts-2-to-4")]
mod plans;
mod question;
mod result;
mod start;
#[cfg(feature = "parts-2-to-4")]
mod task_list;
#[cfg(feature = "parts-2-to-4")]
mod wellbeing_area;
#[cfg(feature = "parts-2-to-4")]
mod wellbeing_check;
#[cfg(feature = "parts-2-to-4")]
mod wellbeing_goes_well;

#[cfg(feature = "parts-2-to-4")]
pub use about_you::AboutYouPage;
pub use check_answers::CheckAnswersPage;
#[cfg(feature = "parts-2-to-4")]
pub use document::DocumentPage;
#[cfg(feature = "parts-2-to-4")]
pub use documents::DocumentsPage;
pub use not_found::NotFoundPage;
#[cfg(feature = "parts-2-to-4")]
pub use plan_check::PlanCheckPage;
#[cfg(feature = "parts-2-to-4")]
pub use plan_remove::PlanRemovePage;
#[cfg(feature = "parts-2-to-4")]
pub use plan_section::PlanSectionPage;
#[cfg(feature = "parts-2-to-4")]
pub use plans::PlansPage;
pub use question::QuestionPage;
pub use result::ResultPage;
pub use start::StartPage;
#[cfg(feature = "parts-2-to-4")]
pub use task_list::TaskListPage;
#[cfg(feature = "parts-2-to-4")]
pub use wellbeing_area::WellbeingAreaPage;
#[cfg(feature = "parts-2-to-4")]
pub use wellbeing_check::WellbeingCheckPage;
#[cfg(feature = "parts-2-to-4")]
pub use wellbeing_goes_well::WellbeingGoesWellPage;
