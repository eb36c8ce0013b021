//! "Where to get help" for the carers we designed it for, and the promises
//! every list keeps whatever the answers.

use carer_check::content::directory::directory;
use carer_check::domain::answers::*;
use carer_check::domain::identify::identify;
use carer_check::domain::outcomes::OutcomeArea;
use carer_check::domain::plan::PlanGap;
use carer_check::domain::signpost::{
    self, Audience, Group, Group::*, SignpostInput, Suggestion, OUTCOME_AREA_IDS, PLAN_GAP_IDS,
};

/// The suggestions from the compiled-in rules and directory, with the
/// input's council, as the app makes them.
fn suggest(input: &SignpostInput) -> Vec<Suggestion> {
    let d = directory();
    signpost::suggest(
        input,
        &d.signposts.rule,
        d.services_for(input.council.as_deref()),
    )
}

/// Part 1's answers for someone who helps, unpaid.
fn answers(age: AgeBand, who: Vec<Person>, why: Vec<Need>, hours: Hours) -> CarerAnswers {
    CarerAnswers {
        age: Some(age),
        helps: Some(Helps::Yes),
        who,
        why,
        tasks: vec![Task::PersonalCare, Task::Household],
        lives_with: Some(LivesWith::Yes),
        hours: Some(hours),
        paid: Some(Paid::No),
        work: vec![WorkStudy::Neither],
        ..CarerAnswers::default()
    }
}

/// The input signposting gets, built from part 1 the way the app does.
fn input(answers: CarerAnswers) -> SignpostInput {
    SignpostInput {
        profile: identify(&answers),
        needs: answers.why.clone(),
        work: answers.work.clone(),
        hours: answers.hours,
        areas_needing_help: vec![],
        statements_needing_help: vec![],
        plan_gaps: vec![],
        condition_notes: vec![],
        council: None,
    }
}

fn strings(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

fn listed(suggestions: &[Suggestion]) -> Vec<(Group, &str)> {
    suggestions
        .iter()
        .map(|s| (s.group, s.entry.as_str()))
        .collect()
}

fn reasons<'a>(suggestions: &'a [Suggestion], id: &str) -> &'a [String] {
    &suggestions
        .iter()
        .find(|s| s.entry == id)
        .unwrap_or_else(|| panic!("{id} is suggested"))
        .why
}

struct Case {
    name: &'static str,
    input: SignpostInput,
    expected: &'static [(Group, &'static str)],
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "15-year-old young carer helping mum with MS",
            input: {
                let mut a = answers(
                    AgeBand::Under16,
                    vec![Person::Parent],
                    vec![Need::IllnessOrDisability],
                    Hours::From10To19,
                );
                a.work = vec![WorkStudy::Study];
                SignpostInput {
                    areas_needing_help: strings(&["a-life-of-my-own"]),
                    condition_notes: strings(&["Multiple sclerosis (MS)"]),
                    ..input(a)
                }
            },
            expected: &[
                (Work, "education-guidance"),
                (HealthAndWellbeing, "gp-carers-register"),
                (YoungCarers, "carers-trust-young-carers"),
                (YoungCarers, "childline"),
                (EmergenciesAndPlanning, "nhs-111"),
            ],
        },
        Case {
            name: "working daughter caring for her father with dementia",
            input: {
                let mut a = answers(
                    AgeBand::From25To64,
                    vec![Person::Parent],
                    vec![Need::Dementia, Need::OlderOrFrail],
                    Hours::From20To34,
                );
                a.work = vec![WorkStudy::Employee];
                a.lives_with = Some(LivesWith::No);
                SignpostInput {
                    areas_needing_help: strings(&["a-life-of-my-own"]),
                    plan_gaps: strings(&["may-wander-no-description", "no-power-of-attorney"]),
                    ..input(a)
                }
            },
            expected: &[
                (ForYouNow, "carers-trust"),
                (ForYouNow, "carers-uk"),
                (ForYouNow, "council-adult-social-care"),
                (ForYouNow, "nhs-carers-assessment"),
                (ForYouNow, "age-uk"),
                (Money, "gov-carers-credit"),
                (Money, "citizens-advice"),
                (Work, "gov-carers-leave"),
                (Work, "gov-flexible-working"),
                (Work, "gov-time-off-dependants"),
                (Work, "working-families"),
                (Breaks, "breaks-guidance"),
                (HealthAndWellbeing, "gp-carers-register"),
                (HealthAndWellbeing, "dementia-uk"),
                (HealthAndWellbeing, "alzheimers-society"),
                (EmergenciesAndPlanning, "nhs-111"),
                (EmergenciesAndPlanning, "gov-power-of-attorney"),
                (EmergenciesAndPlanning, "herbert-protocol"),
            ],
        },
        Case {
            name: "78-year-old caring for his wife after a stroke, his own health failing",
            input: {
                let a = answers(
                    AgeBand::From65,
                    vec![Person::Partner],
                    vec![Need::IllnessOrDisability],
                    Hours::From50,
                );
                SignpostInput {
                    areas_needing_help: strings(&["mentally-and-physically-well"]),
                    condition_notes: strings(&["Stroke in March; weak left side"]),
                    ..input(a)
                }
            },
            expected: &[
                (ForYouNow, "carers-trust"),
                (ForYouNow, "carers-uk"),
                (ForYouNow, "council-adult-social-care"),
                (ForYouNow, "nhs-carers-assessment"),
                (ForYouNow, "age-uk"),
                (Money, "gov-carers-allowance"),
                // Worded by State Pension age: 66, rising to 67.
                (Money, "gov-carers-credit"),
                (Breaks, "breaks-guidance"),
                (HealthAndWellbeing, "gp-carers-register"),
                (HealthAndWellbeing, "stroke-association"),
                (HealthAndWellbeing, "mind"),
                (HealthAndWellbeing, "samaritans"),
                (EmergenciesAndPlanning, "nhs-111"),
            ],
        },
        Case {
            name: "Birmingham parent carer of a child with a learning disability",
            input: {
                let a = answers(
                    AgeBand::From25To64,
                    vec![Person::ChildUnder18],
                    vec![Need::LearningDisability],
                    Hours::From35To49,
                );
                SignpostInput {
                    council: Some("birmingham".into()),
                    ..input(a)
                }
            },
            expected: &[
                (ForYouNow, "birmingham-carers-hub"),
                (ForYouNow, "carers-trust"),
                (ForYouNow, "carers-uk"),
                (ForYouNow, "birmingham-parent-carer-assessment"),
                (ForYouNow, "contact"),
                (Money, "gov-carers-allowance"),
                (Money, "gov-carers-credit"),
                (Money, "gov-universal-credit"),
                (HealthAndWellbeing, "gp-carers-register"),
                (HealthAndWellbeing, "mencap"),
                (EmergenciesAndPlanning, "nhs-111"),
                (EmergenciesAndPlanning, "birmingham-partners-in-care"),
            ],
        },
        Case {
            name: "Bury working carer helping an older neighbour",
            input: {
                let mut a = answers(
                    AgeBand::From25To64,
                    vec![Person::Friend],
                    vec![Need::OlderOrFrail],
                    Hours::From10To19,
                );
                a.work = vec![WorkStudy::Employee];
                SignpostInput {
                    council: Some("bury".into()),
                    areas_needing_help: strings(&["a-life-of-my-own"]),
                    ..input(a)
                }
            },
            expected: &[
                (ForYouNow, "bury-carers-hub"),
                (ForYouNow, "carers-trust"),
                (ForYouNow, "carers-uk"),
                (ForYouNow, "bury-carers-assessment"),
                (ForYouNow, "nhs-carers-assessment"),
                (ForYouNow, "age-uk"),
                (Money, "citizens-advice"),
                (Work, "gov-carers-leave"),
                (Work, "gov-flexible-working"),
                (Work, "gov-time-off-dependants"),
                (Work, "working-families"),
                (Breaks, "breaks-guidance"),
                (HealthAndWellbeing, "bury-gp-carers-register"),
                (EmergenciesAndPlanning, "nhs-111"),
            ],
        },
    ]
}

#[test]
fn suggestions_for_the_carers_we_designed_for() {
    for case in cases() {
        let got = suggest(&case.input);
        assert_eq!(listed(&got), case.expected, "{}", case.name);
    }
}

#[test]
fn a_young_carer_gets_young_wording_and_no_adult_only_help() {
    let case = &cases()[0];
    let got = suggest(&case.input);
    assert_eq!(
        reasons(&got, "gp-carers-register"),
        ["Tell your doctor's surgery that you help look after someone, so they can look after you too."]
    );
    assert!(reasons(&got, "education-guidance")[0].starts_with("Tell your school"));
    for id in [
        "gov-carers-allowance",
        "carers-uk",
        "samaritans",
        "breaks-guidance",
    ] {
        assert!(!got.iter().any(|s| s.entry == id), "{id}");
    }
}

/// Carer's Allowance starts at 16 and stops during full-time education, so
/// an under-18 hears of it only when caring long hours and not studying, and
/// then in words written for them.
#[test]
fn carers_allowance_for_under_18s_only_when_it_could_apply() {
    let caring_long_hours = |age: AgeBand, work: Vec<WorkStudy>| {
        let mut a = answers(
            age,
            vec![Person::Parent],
            vec![Need::MentalHealth],
            Hours::From35To49,
        );
        a.work = work;
        suggest(&input(a))
    };
    let studying = caring_long_hours(AgeBand::From16To17, vec![WorkStudy::Study]);
    assert!(!studying.iter().any(|s| s.entry == "gov-carers-allowance"));

    // Under 16: too young, whatever else.
    let too_young = caring_long_hours(AgeBand::Under16, vec![WorkStudy::Neither]);
    assert!(!too_young.iter().any(|s| s.entry == "gov-carers-allowance"));

    let not_studying = caring_long_hours(AgeBand::From16To17, vec![WorkStudy::Neither]);
    let why = reasons(&not_studying, "gov-carers-allowance");
    assert_eq!(why.len(), 1);
    assert!(why[0].starts_with("You are 16 or 17"), "{why:?}");
}

#[test]
fn reasons_from_several_rules_are_merged_not_repeated() {
    let dementia = &cases()[1];
    let got = suggest(&dementia.input);
    assert_eq!(
        reasons(&got, "gov-power-of-attorney"),
        [
            "There is no lasting power of attorney yet. It lets the person choose who can make decisions for them if one day they cannot.",
            "With dementia, it is best to plan early, while the person can still make their own decisions.",
        ]
    );

    let stroke = &cases()[2];
    let got = suggest(&stroke.input);
    assert_eq!(reasons(&got, "gov-carers-allowance").len(), 2);
    assert_eq!(reasons(&got, "breaks-guidance").len(), 1);
    assert!(reasons(&got, "stroke-association")[0].contains("stroke"));

    let mut nobody_to_step_in = cases()[4].input.clone();
    nobody_to_step_in.plan_gaps = strings(&["no-one-to-step-in"]);
    let got = suggest(&nobody_to_step_in);
    for hub in ["bury-carers-hub", "carers-trust"] {
        assert_eq!(reasons(&got, hub).len(), 2, "{hub}");
    }
}

#[test]
fn a_council_preset_puts_its_own_services_first_and_replaces_general_advice() {
    let mut worcs = cases()[1].input.clone();
    worcs.council = Some("Worcestershire".into());
    worcs.needs.push(Need::MentalHealth);
    worcs.plan_gaps.push("no-one-to-step-in".into());
    let got = suggest(&worcs);
    let ids: Vec<&str> = got.iter().map(|s| s.entry.as_str()).collect();

    let position = |id: &str| ids.iter().position(|&x| x == id).expect(id);
    assert!(position("worcestershire-carers-hub") < position("carers-trust"));
    assert!(position("worcestershire-redditch-careline") < position("carers-trust"));
    assert!(position("worcestershire-jigsaw") < position("mind"));
    assert!(ids.contains(&"worcestershire-carers-assessment"));
    assert!(
        !ids.contains(&"council-adult-social-care"),
        "replaced locally"
    );
    assert!(ids.contains(&"worcestershire-emergency-card"));
    assert!(got
        .iter()
        .filter(|s| s.entry.starts_with("worcestershire-"))
        .all(|s| s.local));

    let mut unknown = cases()[1].input.clone();
    unknown.council = Some("atlantis".into());
    assert_eq!(suggest(&unknown), suggest(&cases()[1].input), "national");
}

/// Signposting names areas and gaps by string id; they must be the ids the
/// self-check and the emergency plan really produce.
#[test]
fn area_and_gap_ids_are_those_of_the_outcomes_and_the_plan() {
    let areas: Vec<&str> = OutcomeArea::ALL.iter().map(|a| a.id()).collect();
    assert_eq!(OUTCOME_AREA_IDS, areas);
    for gap in PLAN_GAP_IDS {
        assert!(PlanGap::from_id(gap).is_some(), "{gap} is a PlanGap");
    }
}

#[test]
fn gaps_in_the_emergency_plan_lead_to_help_with_them() {
    let mut bury = cases()[4].input.clone();
    bury.plan_gaps = strings(&["only-one-contact", "cannot-be-left-alone", "may-wander"]);
    let got = suggest(&bury);
    assert_eq!(reasons(&got, "bury-carers-hub").len(), 2);
    assert_eq!(reasons(&got, "breaks-guidance").len(), 2);
    assert!(reasons(&got, "herbert-protocol")[0].contains("police"));
}

#[test]
fn stroke_is_found_in_what_the_carer_wrote_as_a_whole_word() {
    let with_notes = |notes: &[&str]| {
        let a = answers(
            AgeBand::From25To64,
            vec![Person::Parent],
            vec![Need::IllnessOrDisability],
            Hours::Under10,
        );
        let got = suggest(&SignpostInput {
            condition_notes: strings(notes),
            ..input(a)
        });
        got.iter().any(|s| s.entry == "stroke-association")
    };
    assert!(with_notes(&["had a STROKE last year"]));
    assert!(with_notes(&["two mini-strokes"]));
    assert!(!with_notes(&["keystroke logger"]));
    assert!(!with_notes(&[]));
}

/// Every combination of a few answers: each list keeps its promises.
#[test]
fn every_list_is_ordered_without_repeats_and_fits_the_carer() {
    let d = directory();
    let councils = [
        None,
        Some("bury"),
        Some("manchester"),
        Some("birmingham"),
        Some("worcestershire"),
    ];
    let areas: Vec<Vec<String>> = std::iter::once(vec![])
        .chain(OUTCOME_AREA_IDS.iter().map(|a| vec![a.to_string()]))
        .collect();
    let mut lists = 0;
    for age in AgeBand::ALL {
        for who in [Person::ChildUnder18, Person::Parent, Person::Partner] {
            for need in Need::ALL {
                for hours in [Hours::Under10, Hours::From20To34, Hours::From50] {
                    for work in [WorkStudy::Employee, WorkStudy::Study, WorkStudy::Neither] {
                        for (i, area) in areas.iter().enumerate() {
                            let mut a = answers(*age, vec![who], vec![*need], hours);
                            a.work = vec![work];
                            let input = SignpostInput {
                                areas_needing_help: area.clone(),
                                plan_gaps: if i % 2 == 0 {
                                    PLAN_GAP_IDS.iter().map(|g| g.to_string()).collect()
                                } else {
                                    vec![]
                                },
                                council: councils[i % councils.len()].map(Into::into),
                                ..input(a)
                            };
                            check_list(&input, &suggest(&input), d);
                            lists += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(lists > 1000);
}

fn check_list(
    input: &SignpostInput,
    got: &[Suggestion],
    d: &carer_check::content::directory::DirectoryContent,
) {
    assert_eq!(got, suggest(input), "the same answers give the same list");
    assert!(!got.is_empty(), "there is always somewhere to turn");
    for (i, s) in got.iter().enumerate() {
        let entry = d.find(&s.entry).expect("suggested entries exist");
        assert_eq!(entry.group, s.group);
        assert!(!s.why.is_empty(), "{} says why", s.entry);
        assert!(
            !got[..i].iter().any(|t| t.entry == s.entry),
            "{} listed twice",
            s.entry
        );
        if i > 0 {
            assert!(got[i - 1].group <= s.group, "groups in print order");
        }
        match entry.audience {
            Audience::Adults => assert!(!input.profile.young, "{} is adult-only", s.entry),
            Audience::UnderEighteen => assert!(input.profile.young, "{} is for under-18s", s.entry),
            Audience::SixteenPlus | Audience::Everyone => {}
        }
        // A national entry never comes before a local one of its purpose.
        if !s.local {
            let later_local = got[i..].iter().any(|t| {
                t.local && t.group == s.group && d.find(&t.entry).unwrap().purpose == entry.purpose
            });
            assert!(!later_local, "{} before a local service like it", s.entry);
        }
        if s.local {
            let council = input.council.as_deref().and_then(|c| d.council(c));
            assert!(
                council.is_some_and(|c| c.entry.iter().any(|e| e.id == s.entry)),
                "{} belongs to the chosen council",
                s.entry
            );
        }
    }
}

/// A carer with many needs: working, long hours, a parent with dementia and
/// a partner with mental ill health, struggling in every area, with gaps in
/// the emergency plan.
fn many_needs() -> SignpostInput {
    let mut a = answers(
        AgeBand::From25To64,
        vec![Person::Parent, Person::Partner],
        vec![Need::Dementia, Need::MentalHealth, Need::DrugsOrAlcohol],
        Hours::From50,
    );
    a.work = vec![WorkStudy::Employee];
    SignpostInput {
        areas_needing_help: strings(OUTCOME_AREA_IDS),
        plan_gaps: strings(&["no-one-to-step-in", "no-power-of-attorney", "may-wander"]),
        condition_notes: strings(&["She had a stroke last year"]),
        ..input(a)
    }
}

fn purpose(id: &str) -> Option<carer_check::domain::signpost::Purpose> {
    directory().find(id).map(|e| e.purpose)
}

/// At most eight come first, chosen by rule; nothing is lost or repeated.
#[test]
fn a_long_list_puts_the_few_that_matter_most_first() {
    use carer_check::domain::signpost::{shortlist, Purpose, SHORTLIST_MAX};
    for council in [None, Some("bury"), Some("worcestershire")] {
        let input = SignpostInput {
            council: council.map(str::to_owned),
            ..many_needs()
        };
        let all = suggest(&input);
        assert!(all.len() >= 15, "{council:?}: a long list ({})", all.len());
        let list = shortlist(&all, purpose);
        assert_eq!(list.first.len(), SHORTLIST_MAX, "{council:?}");
        assert_eq!(list.first.len() + list.more.len(), all.len());
        for s in &all {
            let times = list
                .first
                .iter()
                .chain(&list.more)
                .filter(|x| x.entry == s.entry)
                .count();
            assert_eq!(times, 1, "{} once", s.entry);
        }
        // Each keeps its reasons.
        for s in &list.first {
            assert!(!s.why.is_empty(), "{} says why", s.entry);
        }
        // Eight different needs, not two of one kind.
        let mut purposes: Vec<_> = list.first.iter().map(|s| purpose(&s.entry)).collect();
        purposes.dedup();
        assert_eq!(purposes.len(), SHORTLIST_MAX, "{council:?}: {purposes:?}");
        // Struggling to cope: someone to talk to comes first; then the one
        // place that helps with everything, local first.
        assert_eq!(list.first[0].entry, "samaritans");
        let hub = list
            .first
            .iter()
            .position(|s| purpose(&s.entry) == Some(Purpose::CarersHub))
            .expect("a carers hub in the first few");
        assert!(
            list.first[..hub].iter().all(|s| matches!(
                purpose(&s.entry),
                Some(Purpose::CrisisSupport | Purpose::DomesticAbuse | Purpose::Safeguarding)
            )),
            "{council:?}: only urgent help comes before the hub"
        );
        if council.is_some() {
            assert!(list.first[hub].local, "{council:?}: the local hub");
        }
        // The carer's own rights and the person's condition make the cut.
        for p in [Purpose::Assessment, Purpose::Benefits, Purpose::Dementia] {
            assert!(
                list.first.iter().any(|s| purpose(&s.entry) == Some(p)),
                "{council:?}: {p:?} is in the first few"
            );
        }
        // "More help" keeps the list's order (by heading).
        let order: Vec<usize> = list
            .more
            .iter()
            .map(|m| all.iter().position(|s| s.entry == m.entry).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    }
}

/// A short list is all "first"; a list with room fills it beyond one per need.
#[test]
fn a_short_list_has_no_more_help() {
    use carer_check::domain::signpost::shortlist;
    let a = answers(
        AgeBand::From25To64,
        vec![Person::Parent],
        vec![Need::OlderOrFrail],
        Hours::Under10,
    );
    let all = suggest(&input(a));
    assert!(all.len() <= 8, "{}", all.len());
    let list = shortlist(&all, purpose);
    assert_eq!(list.first.len(), all.len());
    assert!(list.more.is_empty());
}

/// A new purpose must be given its place in the shortlist's ranking, or it
/// would silently sink below everything else.
#[test]
fn every_purpose_has_a_rank_in_the_shortlist() {
    use carer_check::domain::signpost::{Purpose, PURPOSE_RANK};
    for p in Purpose::ALL {
        assert_eq!(
            PURPOSE_RANK.iter().filter(|&&q| q == *p).count(),
            1,
            "{p:?} ranked exactly once"
        );
    }
}
