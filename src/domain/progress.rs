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

/// Every part's status and each plan's, worked out together once for a
/// version of the answers: each plan's status takes checking the whole
/// plan, so the task list and the list of plans share this rather than
/// work it out again for every part and page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// In `Part::ALL` order.
    parts: [Status; 4],
    /// Each plan's id and status, in the carer's order.
    plans: Vec<(u32, PlanStatus)>,
}

impl Progress {
    /// Part 2's statements (`content::outcomes`) say when it is complete.
    pub fn of(answers: &Answers, statements: &[Statement]) -> Progress {
        let plans: Vec<(u32, PlanStatus)> = answers
            .plans
            .iter()
            .map(|plan| (plan.id, plan_status(plan)))
            .collect();
        let statuses: Vec<PlanStatus> = plans.iter().map(|&(_, status)| status).collect();
        let parts = Part::ALL.map(|part| match part {
            Part::Plans => plans_status(&statuses),
            other => status(answers, other, statements),
        });
        Progress { parts, plans }
    }

    pub fn part(&self, part: Part) -> Status {
        let at = Part::ALL.iter().position(|&p| p == part).unwrap_or(0);
        self.parts[at]
    }

    /// The status of the plan with this id (not started if there is none).
    pub fn plan(&self, id: u32) -> PlanStatus {
        self.plans
            .iter()
            .find(|&&(plan, _)| plan == id)
            .map_or(PlanStatus::NotStarted, |&(_, status)| status)
    }
}

/// Part 3 as a whole, from its plans' statuses.
fn plans_status(plans: &[PlanStatus]) -> Status {
    if plans.iter().all(|&s| s == PlanStatus::NotStarted) {
        Status::NotStarted
    } else if plans.iter().all(|&s| s == PlanStatus::Completed) {
        Status::Completed
    } else {
        Status::InProgress
    }
}

/// One part's status; `Progress::of` gives them all at once.
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
            plans_status(&statuses)
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

    #[test]
    fn progress_holds_the_same_statuses_as_asking_part_by_part() {
        let mut answers = Answers::default();
        answers.carer.age = Some(AgeBand::From65);
        answers.about_you.name = "Sam".into();
        answers.plans = vec![EmergencyPlan::new(4), EmergencyPlan::new(9)];
        answers.plans[1].name = "Joan".into();
        let progress = Progress::of(&answers, &[]);
        for part in Part::ALL {
            assert_eq!(progress.part(part), status(&answers, part, &[]), "{part:?}");
        }
        assert_eq!(progress.plan(4), PlanStatus::NotStarted);
        assert_eq!(progress.plan(9), PlanStatus::InProgress);
        assert_eq!(progress.plan(5), PlanStatus::NotStarted, "no such plan");
    }
}
