//! One page per step of the journey.

mod check_answers;
mod not_found;
mod question;
mod result;
mod start;

pub use check_answers::CheckAnswersPage;
pub use not_found::NotFoundPage;
pub use question::QuestionPage;
pub use result::ResultPage;
pub use start::StartPage;
