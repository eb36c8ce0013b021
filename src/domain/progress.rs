//! How far the carer has got with each part, for the task list.

use crate::domain::answers::Answers;
use crate::domain::journey::first_unanswered;
use crate::domain::outcomes::{self, Statement, TaskStatus};
use crate::domain::plan::{plan_status, PlanStatus};

/// A part of the journey shown on the task list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    CarerCheck,
    AboutYou,
    Wellbeing,
    Plans,
}

impl Part {
    /// A short name for element ids.
    pub fn key(self) -> &'static str {
        match self {
            Part::CarerCheck => "carercheck",
            Part::AboutYou => "aboutyou",
            Part::Wellbeing => "wellbeing",
            Part::Plans => "plans",
        }
    }

    pub const ALL: [Part; 4] = [
        Part::CarerCheck,
        Part::AboutYou,
        Part::Wellbeing,
        Part::Plans,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Completed,
}

/// Part 2's statements (`content::outcomes`) say when it is complete.
pub fn status(answers: &Answers, part: Part, statements: &[Statement]) -> Status {
    match part {
        Part::CarerCheck => {
            if answers.carer == Default::default() {
                Status::NotStarted
            } else if first_unanswered(&answers.carer).is_none() {
                Status::Completed
            } else {
                Status::InProgress
            }
        }
        Part::AboutYou => {
            let about = &answers.about_you;
            if about == &Default::default() {
                Status::NotStarted
            } else if about.name.trim().is_empty() {
                Status::InProgress
            } else {
                Status::Completed
            }
        }
        Part::Wellbeing => match outcomes::status(&answers.outcomes, statements).overall {
            TaskStatus::NotStarted => Status::NotStarted,
            TaskStatus::InProgress => Status::InProgress,
            TaskStatus::Completed => Status::Completed,
        },
        Part::Plans => {
            let statuses: Vec<PlanStatus> = answers.plans.iter().map(plan_status).collect();
            if statuses.iter().all(|&s| s == PlanStatus::NotStarted) {
                Status::NotStarted
            } else if statuses.iter().all(|&s| s == PlanStatus::Completed) {
                Status::Completed
            } else {
                Status::InProgress
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{AgeBand, Helps};
    use crate::domain::plan::EmergencyPlan;

    // Part 2's statements are content: these tests need none of them.
    #[test]
    fn nothing_answered_means_nothing_started() {
        let answers = Answers::default();
        for part in Part::ALL {
            assert_eq!(status(&answers, part, &[]), Status::NotStarted, "{part:?}");
        }
    }

    #[test]
    fn part_one_is_completed_when_every_asked_question_is_answered() {
        let mut answers = Answers::default();
        answers.carer.age = Some(AgeBand::From65);
        assert_eq!(status(&answers, Part::CarerCheck, &[]), Status::InProgress);
        answers.carer.helps = Some(Helps::No);
        assert_eq!(status(&answers, Part::CarerCheck, &[]), Status::Completed);
    }

    #[test]
    fn about_you_needs_a_name_and_plans_count_only_once_begun() {
        let mut answers = Answers::default();
        answers.about_you.address = "1 High Street".into();
        assert_eq!(status(&answers, Part::AboutYou, &[]), Status::InProgress);
        answers.about_you.name = "Sam".into();
        assert_eq!(status(&answers, Part::AboutYou, &[]), Status::Completed);

        answers.plans.push(EmergencyPlan::new(1));
        assert_eq!(status(&answers, Part::Plans, &[]), Status::NotStarted);
        answers.plans[0].name = "Joan".into();
        assert_eq!(status(&answers, Part::Plans, &[]), Status::InProgress);
    }
}
