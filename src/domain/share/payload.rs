//! What goes into a locked file before the browser encrypts it: one
//! person's emergency plan by default, or all the answers if the carer
//! chooses. Either way it is an answers file (`answers_file`), so opening a
//! locked file reads what loading a file reads, with the same checks.

use crate::domain::answers::Answers;
use crate::domain::answers_file;
use crate::domain::dates::Date;

/// What the carer chose to share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Share {
    /// One person's emergency plan (its id), and nothing else: not the
    /// other plans, not the carer's own details or other answers.
    OnePlan(u32),
    /// Everything the carer has told the app.
    Everything,
}

/// The answers that go in: `None` when there is no plan with that id.
pub fn shared_answers(answers: &Answers, share: Share) -> Option<Answers> {
    match share {
        Share::Everything => Some(answers.clone()),
        Share::OnePlan(id) => {
            let plan = answers.plans.iter().find(|plan| plan.id == id)?;
            Some(Answers {
                plans: vec![plan.clone()],
                ..Answers::default()
            })
        }
    }
}

/// The text to encrypt: an answers file of what is shared.
pub fn payload(answers: &Answers, share: Share, app_version: &str, made: Date) -> Option<String> {
    shared_answers(answers, share).map(|shared| answers_file::write(&shared, app_version, made))
}
