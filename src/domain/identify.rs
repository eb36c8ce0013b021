//! "Am I a carer?": from part 1's answers to a carer profile.
//!
//! A carer looks after someone who could not manage without them because of
//! illness, disability, frailty, mental ill-health, dementia or addiction, and
//! is not paid to do it as a job. Carer's Allowance is a benefit, not pay.

use crate::choice_enum;
use crate::domain::answers::{
    AgeBand, CarerAnswers, Helps, Hours, LivesWith, Need, Paid, Person, Task, WorkStudy,
};

/// The overall answer. "Maybe" is for people who were not sure about the
/// questions that decide it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Carer,
    MaybeCarer,
    NotACarerNow,
}

choice_enum!(
    /// The kinds of carer a person can be at once. Ids match the result content.
    CarerKind {
        YoungCarer => "young-carer",
        YoungAdultCarer => "young-adult-carer",
        ParentCarer => "parent-carer",
        KinshipCarer => "kinship-carer",
        SiblingCarer => "sibling-carer",
        SandwichCarer => "sandwich-carer",
        WorkingCarer => "working-carer",
        StudentCarer => "student-carer",
        OlderCarer => "older-carer",
        DementiaCarer => "dementia-carer",
        MentalHealthCarer => "mental-health-carer",
        SubstanceUseCarer => "substance-use-carer",
        DistanceCarer => "distance-carer",
    }
);

choice_enum!(
    /// Why we reached the verdict. Ids match the result content.
    Reason {
        HelpsUnpaid => "helps-unpaid",
        UnsureIfNeeded => "unsure-if-needed",
        UnsureIfPaid => "unsure-if-paid",
        NoTasksChosen => "no-tasks-chosen",
        CarersAllowanceIsNotPay => "carers-allowance-is-not-pay",
        MoreThanOnePerson => "more-than-one-person",
        LongHours => "long-hours",
        MayGetCarersAllowance => "may-get-carers-allowance",
        DoesNotHelp => "does-not-help",
        PaidCareWorker => "paid-care-worker",
        Volunteer => "volunteer",
    }
);

/// What part 1 found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CarerProfile {
    pub verdict: Verdict,
    pub kinds: Vec<CarerKind>,
    pub reasons: Vec<Reason>,
    /// Under 18: gets wording and first steps of their own.
    pub young: bool,
}

impl CarerProfile {
    pub fn is_carer(&self) -> bool {
        self.verdict != Verdict::NotACarerNow
    }

    pub fn has(&self, kind: CarerKind) -> bool {
        self.kinds.contains(&kind)
    }
}

pub fn identify(answers: &CarerAnswers) -> CarerProfile {
    let young = answers.age == Some(AgeBand::Under18);
    let not_now = |reason| CarerProfile {
        verdict: Verdict::NotACarerNow,
        kinds: vec![],
        reasons: vec![reason],
        young,
    };
    match (answers.helps, answers.paid) {
        (Some(Helps::No), _) => return not_now(Reason::DoesNotHelp),
        (_, Some(Paid::Job)) => return not_now(Reason::PaidCareWorker),
        (_, Some(Paid::Volunteer)) => return not_now(Reason::Volunteer),
        _ => {}
    }

    let mut reasons = vec![Reason::HelpsUnpaid];
    let mut sure = true;
    if answers.helps != Some(Helps::Yes) {
        reasons.push(Reason::UnsureIfNeeded);
        sure = false;
    }
    if answers.paid == Some(Paid::NotSure) {
        reasons.push(Reason::UnsureIfPaid);
        sure = false;
    }
    if answers.tasks == [Task::None] {
        reasons.push(Reason::NoTasksChosen);
        sure = false;
    }
    if answers.paid == Some(Paid::CarersAllowance) {
        reasons.push(Reason::CarersAllowanceIsNotPay);
    }
    if answers.who.len() > 1 || answers.lives_with == Some(LivesWith::Some) {
        reasons.push(Reason::MoreThanOnePerson);
    }
    if answers.hours == Some(Hours::From50) {
        reasons.push(Reason::LongHours);
    }
    let long_enough = matches!(answers.hours, Some(Hours::From35To49 | Hours::From50));
    if long_enough && answers.paid != Some(Paid::CarersAllowance) {
        reasons.push(Reason::MayGetCarersAllowance);
    }

    CarerProfile {
        verdict: if sure {
            Verdict::Carer
        } else {
            Verdict::MaybeCarer
        },
        kinds: kinds(answers),
        reasons,
        young,
    }
}

fn kinds(answers: &CarerAnswers) -> Vec<CarerKind> {
    let cares_for = |person| answers.who.contains(&person);
    let because_of = |need| answers.why.contains(&need);
    let adult = !matches!(answers.age, Some(AgeBand::Under18) | None);
    let cares_for_a_child = cares_for(Person::ChildUnder18)
        || cares_for(Person::ChildAdult)
        || cares_for(Person::Grandchild);

    let rules = [
        (CarerKind::YoungCarer, answers.age == Some(AgeBand::Under18)),
        (
            CarerKind::YoungAdultCarer,
            answers.age == Some(AgeBand::From18To24),
        ),
        (
            CarerKind::ParentCarer,
            adult && cares_for(Person::ChildUnder18),
        ),
        (CarerKind::KinshipCarer, cares_for(Person::Grandchild)),
        (CarerKind::SiblingCarer, cares_for(Person::Sibling)),
        (
            CarerKind::SandwichCarer,
            cares_for_a_child && cares_for(Person::Parent),
        ),
        (
            CarerKind::WorkingCarer,
            answers.work.contains(&WorkStudy::Job),
        ),
        (
            CarerKind::StudentCarer,
            adult && answers.work.contains(&WorkStudy::Study),
        ),
        (CarerKind::OlderCarer, answers.age == Some(AgeBand::From65)),
        (CarerKind::DementiaCarer, because_of(Need::Dementia)),
        (CarerKind::MentalHealthCarer, because_of(Need::MentalHealth)),
        (
            CarerKind::SubstanceUseCarer,
            because_of(Need::DrugsOrAlcohol),
        ),
        (
            CarerKind::DistanceCarer,
            matches!(answers.lives_with, Some(LivesWith::No | LivesWith::Some)),
        ),
    ];
    rules
        .into_iter()
        .filter(|&(_, applies)| applies)
        .map(|(kind, _)| kind)
        .collect()
}
