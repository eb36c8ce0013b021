//! Table-driven checks of "Am I a carer?" for the people we designed it for.

use carer_check::domain::answers::*;
use carer_check::domain::identify::{identify, CarerKind, CarerKind::*, Reason, Verdict};

struct Case {
    name: &'static str,
    answers: CarerAnswers,
    verdict: Verdict,
    kinds: &'static [CarerKind],
    reasons_include: &'static [Reason],
}

fn adult_helping(who: Vec<Person>, why: Vec<Need>) -> CarerAnswers {
    CarerAnswers {
        age: Some(AgeBand::From25To64),
        helps: Some(Helps::Yes),
        who,
        why,
        tasks: vec![Task::Household, Task::Company],
        lives_with: Some(LivesWith::Yes),
        hours: Some(Hours::From10To19),
        paid: Some(Paid::No),
        work: vec![WorkStudy::Neither],
        ..CarerAnswers::default()
    }
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "adult child caring 50+ hours for a parent with dementia",
            answers: CarerAnswers {
                hours: Some(Hours::From50),
                tasks: vec![Task::PersonalCare, Task::Medicines, Task::Safety],
                ..adult_helping(
                    vec![Person::Parent],
                    vec![Need::Dementia, Need::OlderOrFrail],
                )
            },
            verdict: Verdict::Carer,
            kinds: &[DementiaCarer],
            reasons_include: &[
                Reason::HelpsUnpaid,
                Reason::LongHours,
                Reason::MayGetCarersAllowance,
            ],
        },
        Case {
            name: "15-year-old helping mum with MS",
            answers: CarerAnswers {
                age: Some(AgeBand::Under16),
                work: vec![WorkStudy::Study],
                ..adult_helping(vec![Person::Parent], vec![Need::IllnessOrDisability])
            },
            verdict: Verdict::Carer,
            kinds: &[YoungCarer],
            reasons_include: &[Reason::HelpsUnpaid],
        },
        Case {
            name: "20-year-old caring for a brother",
            answers: CarerAnswers {
                age: Some(AgeBand::From18To24),
                work: vec![WorkStudy::Study],
                ..adult_helping(vec![Person::Sibling], vec![Need::LearningDisability])
            },
            verdict: Verdict::Carer,
            kinds: &[YoungAdultCarer, SiblingCarer, StudentCarer],
            reasons_include: &[Reason::HelpsUnpaid],
        },
        Case {
            name: "parent of a disabled 8-year-old",
            answers: CarerAnswers {
                hours: Some(Hours::From35To49),
                ..adult_helping(vec![Person::ChildUnder18], vec![Need::IllnessOrDisability])
            },
            verdict: Verdict::Carer,
            kinds: &[ParentCarer],
            reasons_include: &[Reason::MayGetCarersAllowance],
        },
        Case {
            name: "grandparent raising a disabled grandchild",
            answers: CarerAnswers {
                age: Some(AgeBand::From65),
                ..adult_helping(vec![Person::Grandchild], vec![Need::IllnessOrDisability])
            },
            verdict: Verdict::Carer,
            kinds: &[KinshipCarer, OlderCarer],
            reasons_include: &[Reason::HelpsUnpaid],
        },
        Case {
            name: "agency care worker paid to care",
            answers: CarerAnswers {
                paid: Some(Paid::Job),
                work: vec![WorkStudy::Employee],
                ..adult_helping(vec![Person::Friend], vec![Need::OlderOrFrail])
            },
            verdict: Verdict::NotACarerNow,
            kinds: &[],
            reasons_include: &[Reason::PaidCareWorker],
        },
        Case {
            name: "volunteer placed by a charity",
            answers: CarerAnswers {
                paid: Some(Paid::Volunteer),
                ..adult_helping(vec![Person::Friend], vec![Need::OlderOrFrail])
            },
            verdict: Verdict::NotACarerNow,
            kinds: &[],
            reasons_include: &[Reason::Volunteer],
        },
        Case {
            name: "someone who gets Carer's Allowance",
            answers: CarerAnswers {
                paid: Some(Paid::CarersAllowance),
                hours: Some(Hours::From35To49),
                ..adult_helping(vec![Person::Partner], vec![Need::IllnessOrDisability])
            },
            verdict: Verdict::Carer,
            kinds: &[],
            reasons_include: &[Reason::CarersAllowanceIsNotPay],
        },
        Case {
            name: "daughter caring at a distance by phone and weekly visits",
            answers: CarerAnswers {
                lives_with: Some(LivesWith::No),
                tasks: vec![Task::Appointments, Task::Money, Task::Company],
                hours: Some(Hours::Under10),
                work: vec![WorkStudy::Employee],
                ..adult_helping(vec![Person::Parent], vec![Need::OlderOrFrail])
            },
            verdict: Verdict::Carer,
            kinds: &[WorkingCarer, DistanceCarer],
            reasons_include: &[Reason::HelpsUnpaid],
        },
        Case {
            name: "caring for a child and an older parent",
            answers: CarerAnswers {
                lives_with: Some(LivesWith::Some),
                ..adult_helping(
                    vec![Person::ChildUnder18, Person::Parent],
                    vec![Need::LearningDisability, Need::OlderOrFrail],
                )
            },
            verdict: Verdict::Carer,
            kinds: &[ParentCarer, SandwichCarer, DistanceCarer],
            reasons_include: &[Reason::MoreThanOnePerson],
        },
        Case {
            name: "full-time worker caring in the evenings",
            answers: CarerAnswers {
                work: vec![WorkStudy::Employee],
                ..adult_helping(vec![Person::Partner], vec![Need::MentalHealth])
            },
            verdict: Verdict::Carer,
            kinds: &[WorkingCarer, MentalHealthCarer],
            reasons_include: &[Reason::HelpsUnpaid],
        },
        Case {
            name: "not sure if they help, not sure why, not sure if paid",
            answers: CarerAnswers {
                helps: Some(Helps::NotSure),
                why: vec![Need::NotSure],
                hours: Some(Hours::NotSure),
                paid: Some(Paid::NotSure),
                ..adult_helping(vec![Person::Parent], vec![])
            },
            verdict: Verdict::MaybeCarer,
            kinds: &[],
            reasons_include: &[Reason::UnsureIfNeeded, Reason::UnsureIfPaid],
        },
        Case {
            name: "helps with none of the listed tasks",
            answers: CarerAnswers {
                tasks: vec![Task::None],
                ..adult_helping(vec![Person::Partner], vec![Need::DrugsOrAlcohol])
            },
            verdict: Verdict::MaybeCarer,
            kinds: &[SubstanceUseCarer],
            reasons_include: &[Reason::NoTasksChosen],
        },
        Case {
            name: "does not help anyone",
            answers: CarerAnswers {
                age: Some(AgeBand::From25To64),
                helps: Some(Helps::No),
                ..CarerAnswers::default()
            },
            verdict: Verdict::NotACarerNow,
            kinds: &[],
            reasons_include: &[Reason::DoesNotHelp],
        },
    ]
}

#[test]
fn each_person_gets_the_right_verdict_kinds_and_reasons() {
    for case in cases() {
        let profile = identify(&case.answers);
        assert_eq!(profile.verdict, case.verdict, "{}", case.name);
        assert_eq!(profile.kinds, case.kinds, "{}", case.name);
        for reason in case.reasons_include {
            assert!(
                profile.reasons.contains(reason),
                "{}: missing {reason:?} in {:?}",
                case.name,
                profile.reasons
            );
        }
    }
}

#[test]
fn under_18s_are_marked_young_so_they_get_their_own_wording() {
    let young = cases()
        .into_iter()
        .find(|c| c.name.starts_with("15-year-old"))
        .unwrap();
    assert!(identify(&young.answers).young);
    let adult = cases()
        .into_iter()
        .find(|c| c.name.starts_with("parent of"))
        .unwrap();
    assert!(!identify(&adult.answers).young);
}

#[test]
fn a_no_to_helping_wins_over_earlier_answers_that_were_kept() {
    // Answers given before switching "helps" to "no" are kept but ignored.
    let answers = CarerAnswers {
        helps: Some(Helps::No),
        ..adult_helping(vec![Person::Parent], vec![Need::Dementia])
    };
    let profile = identify(&answers);
    assert_eq!(profile.verdict, Verdict::NotACarerNow);
    assert!(profile.kinds.is_empty());
}

#[test]
fn carers_allowance_is_not_suggested_to_someone_who_already_gets_it() {
    let answers = CarerAnswers {
        paid: Some(Paid::CarersAllowance),
        hours: Some(Hours::From50),
        ..adult_helping(vec![Person::Partner], vec![Need::Dementia])
    };
    let profile = identify(&answers);
    assert!(!profile.reasons.contains(&Reason::MayGetCarersAllowance));
    assert!(profile.reasons.contains(&Reason::LongHours));
}
