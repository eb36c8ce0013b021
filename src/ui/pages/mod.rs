//! One page per step of the journey.

mod about_exit;
mod about_you;
mod check_answers;
mod document;
mod documents;
mod not_found;
mod plan_check;
mod plan_remove;
mod plan_section;
mod plans;
mod question;
mod result;
mod share;
mod start;
mod task_list;
mod wellbeing_area;
mod wellbeing_check;
mod wellbeing_goes_well;

pub use about_exit::AboutExitPage;
pub use about_you::AboutYouPage;
pub use check_answers::CheckAnswersPage;
pub use document::DocumentPage;
pub use documents::DocumentsPage;
pub use not_found::NotFoundPage;
pub use plan_check::PlanCheckPage;
pub use plan_remove::PlanRemovePage;
pub use plan_section::PlanSectionPage;
pub use plans::PlansPage;
pub use question::QuestionPage;
pub use result::ResultPage;
pub use share::SharePage;
pub use start::StartPage;
pub use task_list::TaskListPage;
pub use wellbeing_area::WellbeingAreaPage;
pub use wellbeing_check::WellbeingCheckPage;
pub use wellbeing_goes_well::WellbeingGoesWellPage;
