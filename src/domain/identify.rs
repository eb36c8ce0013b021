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
        /// Helps more than one person for 35 hours or more in all: Carer's
        /// Allowance counts the hours for one person only, so it is worded
        /// as a condition, never as "you may be able to get it".
        CarersAllowanceOnePerson => "carers-allowance-one-person",
        /// 65 or over with long hours: the State Pension overlap, on the
        /// result itself rather than only in the help list.
        StatePensionOverlap => "state-pension-overlap",
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
    /// The age band, when answered.
    pub age: Option<AgeBand>,
    /// Cares for someone who may be an adult: anyone but their own child
    /// under 18. The Care Act carer's assessment is for carers of adults.
    pub cares_for_adult: bool,
    /// Has a job as an employee: the rights at work and the letter to an
    /// employer are for them.
    pub employee: bool,
    /// Works for themself: no employee rights, other help fits.
    pub self_employed: bool,
    /// Helps more than one person, so "hours a week" is a total.
    pub more_than_one: bool,
}

impl CarerProfile {
    pub fn is_carer(&self) -> bool {
        self.verdict != Verdict::NotACarerNow
    }

    pub fn has(&self, kind: CarerKind) -> bool {
        self.kinds.contains(&kind)
    }

    /// 16 or 17: may get Carer's Allowance, and can ask for an assessment
    /// for when they turn 18.
    pub fn is_sixteen_or_seventeen(&self) -> bool {
        self.age == Some(AgeBand::From16To17)
    }
}

/// Whether the carer helps someone who may be an adult: anyone but their
/// own son or daughter under 18 (a brother, sister or grandchild may be
/// either, so the assessment is worded "if you care for someone aged 18 or
/// over"). Not answered yet counts as an adult, the usual case.
pub fn cares_for_adult(answers: &CarerAnswers) -> bool {
    answers.who.is_empty() || answers.who.iter().any(|&p| p != Person::ChildUnder18)
}

pub fn identify(answers: &CarerAnswers) -> CarerProfile {
    let young = answers.age.is_some_and(AgeBand::is_young);
    let more_than_one = answers.who.len() > 1 || answers.lives_with == Some(LivesWith::Some);
    let base = CarerProfile {
        verdict: Verdict::NotACarerNow,
        kinds: vec![],
        reasons: vec![],
        young,
        age: answers.age,
        cares_for_adult: cares_for_adult(answers),
        employee: answers.work.contains(&WorkStudy::Employee),
        self_employed: answers.work.contains(&WorkStudy::SelfEmployed),
        more_than_one,
    };
    let not_now = |reason| CarerProfile {
        reasons: vec![reason],
        ..base.clone()
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
    if more_than_one {
        reasons.push(Reason::MoreThanOnePerson);
    }
    if answers.hours == Some(Hours::From50) {
        reasons.push(Reason::LongHours);
    }
    // Carer's Allowance: 16 or over, 35 hours or more for ONE person. The
    // hours answer is a total, so for more than one person it is a question
    // the carer answers for themself.
    let long_enough = matches!(answers.hours, Some(Hours::From35To49 | Hours::From50));
    let old_enough = answers.age != Some(AgeBand::Under16);
    if long_enough && old_enough && answers.paid != Some(Paid::CarersAllowance) {
        reasons.push(if more_than_one {
            Reason::CarersAllowanceOnePerson
        } else {
            Reason::MayGetCarersAllowance
        });
        if answers.age == Some(AgeBand::From65) {
            reasons.push(Reason::StatePensionOverlap);
        }
    }

    CarerProfile {
        verdict: if sure {
            Verdict::Carer
        } else {
            Verdict::MaybeCarer
        },
        kinds: kinds(answers),
        reasons,
        ..base
    }
}

fn kinds(answers: &CarerAnswers) -> Vec<CarerKind> {
    let cares_for = |person| answers.who.contains(&person);
    let because_of = |need| answers.why.contains(&need);
    let adult = answers.age.is_some_and(|age| !age.is_young());
    let cares_for_a_child = cares_for(Person::ChildUnder18)
        || cares_for(Person::ChildAdult)
        || cares_for(Person::Grandchild);

    let rules = [
        (
            CarerKind::YoungCarer,
            answers.age.is_some_and(AgeBand::is_young),
        ),
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
            answers.work.contains(&WorkStudy::Employee)
                || answers.work.contains(&WorkStudy::SelfEmployed),
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
