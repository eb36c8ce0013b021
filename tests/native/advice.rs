//! Advice that is right for the person reading it (issue 13): a table of
//! carer personas, each row saying what they are shown AND what they must
//! not be shown, across the result of part 1, the help list, the documents
//! list and the "About you" page; then tests over whole classes of answers.

use carer_check::content::content;
use carer_check::content::directory::directory;
use carer_check::documents::result::result_text;
use carer_check::documents::{help_suggestions as help_list, letter_for};
use carer_check::domain::answers::{
    AgeBand, Answers, CarerAnswers, Helps, Hours, LivesWith, Need, Paid, Person, Task, WorkStudy,
};
use carer_check::domain::answers_file;
use carer_check::domain::documents::Document;
use carer_check::domain::from_answers::{all_documents, has_employer, offers};
use carer_check::domain::identify::{identify, CarerKind, Reason};
use carer_check::domain::letters::WorkRequest;
use carer_check::domain::outcomes::Rating;
use carer_check::domain::signpost::Purpose;

/// A carer helping one person, 20 to 34 hours, not working: rows change
/// what matters to them.
fn base(age: AgeBand, who: &[Person]) -> Answers {
    Answers {
        carer: CarerAnswers {
            age: Some(age),
            helps: Some(Helps::Yes),
            who: who.to_vec(),
            why: vec![Need::IllnessOrDisability],
            tasks: vec![Task::PersonalCare, Task::Household],
            lives_with: Some(LivesWith::Yes),
            hours: Some(Hours::From20To34),
            paid: Some(Paid::No),
            work: vec![WorkStudy::Neither],
            ..CarerAnswers::default()
        },
        ..Answers::default()
    }
}

/// Everything this carer would read, as one text: the result's blocks and
/// reasons, `step:<id>` per first step, `entry:<id>` and the reasons per
/// help list entry, `doc:<slug>` per document offered, and
/// `field:employer` when "About you" asks for their employer.
fn what_they_see(answers: &Answers) -> String {
    let profile = identify(&answers.carer);
    let result = result_text(&profile);
    let mut out = result.all_text();
    for step in &result.first_steps {
        out.push_str(&format!("step:{}\n", step.id));
    }
    for s in help_list(answers) {
        out.push_str(&format!("entry:{}\n", s.entry));
        // What the printed list says about the service, too.
        let entry = directory().find(&s.entry).expect("suggested entries exist");
        out.push_str(&format!("{}\n{}\n", entry.for_what, entry.who));
        for why in &s.why {
            out.push_str(why);
            out.push('\n');
        }
    }
    for document in all_documents(answers) {
        out.push_str(&format!("doc:{}\n", document.key()));
    }
    if has_employer(answers) {
        out.push_str("field:employer\n");
    }
    // The list to take to their assessment names the assessment and the law
    // that is theirs.
    let list = letter_for(answers, Document::AssessmentList, WorkRequest::CarersLeave)
        .expect("everyone is offered the assessment list");
    out.push_str(&list.to_text());
    out.push('\n');
    out
}

struct Row {
    who: &'static str,
    answers: Answers,
    shows: &'static [&'static str],
    hides: &'static [&'static str],
}

fn rated(mut answers: Answers, statement: &str, rating: Rating) -> Answers {
    answers.outcomes.ratings.insert(statement.into(), rating);
    answers
}

fn with(mut answers: Answers, change: impl FnOnce(&mut CarerAnswers)) -> Answers {
    change(&mut answers.carer);
    answers
}

const CARERS_ALLOWANCE_UNCONDITIONAL: &[&str] = &[
    "You care for 35 hours a week or more, so you may be able to get Carer's Allowance",
    "You spend 35 hours or more a week helping, so you may be able to get Carer's Allowance",
];
const EMPLOYEE_ONLY: &[&str] = &[
    "entry:gov-carers-leave",
    "entry:gov-flexible-working",
    "entry:gov-time-off-dependants",
    "doc:employer-letter",
    "field:employer",
];
const ABUSE_LINES: &[&str] = &[
    "entry:national-domestic-abuse-helpline",
    "entry:mens-advice-line",
    "entry:hourglass",
    "entry:council-adult-safeguarding",
];

fn personas() -> Vec<Row> {
    use AgeBand::*;
    use Person::*;
    vec![
        Row {
            who: "parent carer of a child under 18 only",
            answers: base(From25To64, &[ChildUnder18]),
            shows: &[
                "step:parent-assessment",
                "entry:parent-carer-assessment",
                "If your child is disabled",
                "Things I want to talk about at my parent carer needs assessment",
                "gives parents of a disabled child the right to an assessment",
            ],
            hides: &[
                "step:assessment\n",
                "entry:council-adult-social-care",
                "right to a carer's assessment",
                "has a disability, an illness or special educational needs",
                "As a parent carer, you have a right",
                "my carer's assessment",
                "Care Act 2014",
            ],
        },
        Row {
            who: "carer of an adult only",
            answers: base(From25To64, &[Parent]),
            shows: &[
                "step:assessment\n",
                "entry:council-adult-social-care",
                "If you care for someone aged 18 or over, you have a right to a carer's assessment",
                "Things I want to talk about at my carer's assessment",
                "The Care Act 2014 gives carers the right",
            ],
            hides: &[
                "step:parent-assessment",
                "entry:parent-carer-assessment",
                "parent carer needs assessment",
                "Children and Families Act",
            ],
        },
        Row {
            who: "parent of a disabled child who also cares for their mum",
            answers: base(From25To64, &[ChildUnder18, Parent]),
            shows: &[
                "step:assessment\n",
                "step:parent-assessment",
                "entry:council-adult-social-care",
                "entry:parent-carer-assessment",
            ],
            hides: &[],
        },
        Row {
            who: "young carer aged 15, at school, long hours, parent's mental health",
            answers: with(base(Under16, &[Parent]), |c| {
                c.why = vec![Need::MentalHealth];
                c.hours = Some(Hours::From35To49);
                c.work = vec![WorkStudy::Study];
            }),
            shows: &[
                "step:young-assessment",
                "step:young-carers-service",
                "entry:childline",
                "It is not your fault",
                "my young carer's assessment",
            ],
            hides: &[
                "step:assessment-at-18",
                "step:assessment\n",
                "Care Act 2014",
                "parent carer needs assessment",
                "Carer's Allowance",
                "entry:gov-carers-allowance",
                "You can ask to be involved in their care",
                "doc:employer-letter",
                "field:employer",
            ],
        },
        Row {
            who: "young carer aged 17, not studying, long hours",
            answers: with(base(From16To17, &[Parent]), |c| {
                c.hours = Some(Hours::From35To49);
                c.work = vec![WorkStudy::Neither];
            }),
            shows: &[
                "step:young-assessment",
                "step:assessment-at-18",
                "entry:gov-carers-allowance",
                "You are 16 or 17",
            ],
            hides: &[
                "step:assessment\n",
                "doc:employer-letter",
                "field:employer",
                "entry:gov-universal-credit",
            ],
        },
        Row {
            who: "self-employed carer",
            answers: with(base(From25To64, &[Parent]), |c| {
                c.work = vec![WorkStudy::SelfEmployed];
            }),
            shows: &[
                "You work for yourself",
                "entry:citizens-advice",
                "what you earn after your business costs counts towards its earnings limit",
            ],
            hides: &[
                "entry:jobcentre-plus",
                "entry:gov-carers-leave",
                "entry:gov-flexible-working",
                "entry:gov-time-off-dependants",
                "doc:employer-letter",
                "field:employer",
                "As an employee",
            ],
        },
        Row {
            who: "employee",
            answers: with(base(From25To64, &[Parent]), |c| {
                c.work = vec![WorkStudy::Employee];
            }),
            shows: &[
                "entry:gov-carers-leave",
                "entry:gov-flexible-working",
                "entry:gov-time-off-dependants",
                "doc:employer-letter",
                "field:employer",
                "As an employee",
            ],
            hides: &["You work for yourself", "entry:jobcentre-plus"],
        },
        Row {
            who: "retired carer (Neither), long hours for their partner",
            answers: with(base(From65, &[Partner]), |c| {
                c.hours = Some(Hours::From35To49);
            }),
            shows: &[
                // On the result itself, not only in the help list.
                "If you get your State Pension, you may not be paid Carer's Allowance as well",
                "entry:age-uk",
            ],
            hides: &[
                "doc:employer-letter",
                "field:employer",
                "If you are 16 or over",
                "entry:gov-universal-credit",
            ],
        },
        Row {
            who: "65-year-old, 20 to 34 hours (Carer's Credit by State Pension age)",
            answers: base(From65, &[Partner]),
            shows: &["entry:gov-carers-credit", "under State Pension age"],
            hides: &["You care for 20 hours a week or more. Carer's Credit can protect"],
        },
        Row {
            who: "carer of two people, 20 hours each (40 in all)",
            answers: with(base(From25To64, &[Parent, Partner]), |c| {
                c.hours = Some(Hours::From35To49);
            }),
            shows: &[
                "Hours for different people are not added up",
                "not everyone added up",
            ],
            hides: CARERS_ALLOWANCE_UNCONDITIONAL,
        },
        Row {
            who: "carer whose worry is moving and handling",
            answers: rated(
                base(From25To64, &[Partner]),
                "ss-moving-safely",
                Rating::Never,
            ),
            shows: &["entry:moving-and-handling-help", "occupational therapist"],
            hides: ABUSE_LINES,
        },
        Row {
            who: "carer who is hurt or scared at home",
            answers: rated(
                base(From25To64, &[Partner]),
                "ss-feel-safe-at-home",
                Rating::Never,
            ),
            shows: ABUSE_LINES,
            hides: &["entry:moving-and-handling-help"],
        },
        Row {
            who: "young carer aged 15 who does not always feel safe at home",
            answers: rated(
                base(Under16, &[Parent]),
                "ss-feel-safe-at-home",
                Rating::Sometimes,
            ),
            shows: &["entry:childline", "You can talk to Childline in private"],
            hides: ABUSE_LINES,
        },
        Row {
            who: "young adult carer (led nowhere before)",
            answers: base(From18To24, &[Sibling]),
            shows: &["help for young adult carers"],
            hides: &[],
        },
        Row {
            who: "carer of someone with a learning disability or autism (led nowhere before)",
            answers: with(base(From25To64, &[ChildAdult]), |c| {
                c.why = vec![Need::LearningDisability];
            }),
            shows: &["entry:mencap"],
            hides: &[],
        },
        Row {
            who: "grandparent bringing up a grandchild (led nowhere before)",
            answers: base(From65, &[Grandchild]),
            shows: &["entry:contact"],
            hides: &[],
        },
        Row {
            who: "working-age carer, 35 to 49 hours for one person",
            answers: with(base(From25To64, &[Parent]), |c| {
                c.hours = Some(Hours::From35To49);
            }),
            shows: &["entry:gov-universal-credit", "ask for the carer element"],
            hides: &[],
        },
        Row {
            who: "working-age carer, 20 to 34 hours",
            answers: base(From25To64, &[Parent]),
            shows: &["entry:gov-carers-credit"],
            hides: &["entry:gov-universal-credit", "carer element"],
        },
        Row {
            who: "carer of two people, 50 hours or more in all",
            answers: with(base(From25To64, &[Parent, Partner]), |c| {
                c.hours = Some(Hours::From50);
            }),
            shows: &["Carer's Allowance counts the hours you care for one person"],
            hides: &["entry:gov-universal-credit"],
        },
        Row {
            who: "carer looking for work",
            answers: with(base(From25To64, &[Parent]), |c| {
                c.work = vec![WorkStudy::LookingForWork];
            }),
            shows: &["entry:jobcentre-plus", "You are looking for work"],
            hides: &[
                "entry:gov-carers-leave",
                "entry:gov-flexible-working",
                "entry:gov-time-off-dependants",
                "doc:employer-letter",
                "field:employer",
                "As an employee",
                "You work for yourself",
                "after your business costs",
            ],
        },
        Row {
            who: "carer aged 17 looking for work",
            answers: with(base(From16To17, &[Parent]), |c| {
                c.work = vec![WorkStudy::LookingForWork];
            }),
            shows: &["entry:jobcentre-plus"],
            hides: &["doc:employer-letter", "field:employer"],
        },
        Row {
            who: "young carer aged 15 who says they are looking for work",
            answers: with(base(Under16, &[Parent]), |c| {
                c.work = vec![WorkStudy::LookingForWork, WorkStudy::Study];
            }),
            shows: &["step:young-carers-service"],
            hides: &["entry:jobcentre-plus", "You are looking for work"],
        },
        Row {
            who: "carer with a part-time job, looking for more work",
            answers: with(base(From25To64, &[Parent]), |c| {
                c.work = vec![WorkStudy::Employee, WorkStudy::LookingForWork];
            }),
            shows: &[
                "entry:jobcentre-plus",
                "entry:gov-carers-leave",
                "doc:employer-letter",
            ],
            hides: &["You work for yourself"],
        },
        Row {
            who: "carer of someone older or frail (led nowhere before)",
            answers: with(base(From25To64, &[Parent]), |c| {
                c.why = vec![Need::OlderOrFrail];
            }),
            shows: &["entry:age-uk"],
            hides: &[],
        },
    ]
}

#[test]
fn each_persona_sees_what_fits_them_and_not_what_does_not() {
    let mut failures = Vec::new();
    for row in personas() {
        let seen = what_they_see(&row.answers);
        for want in row.shows {
            if !seen.contains(want) {
                failures.push(format!("{}: should see {want:?}", row.who));
            }
        }
        for unwanted in row.hides {
            if seen.contains(unwanted) {
                failures.push(format!("{}: must not see {unwanted:?}", row.who));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------
// Classes

/// Every combination of part 1 answers that matters here, for one age.
fn all_answers(age: AgeBand) -> Vec<Answers> {
    let whos: Vec<Vec<Person>> = Person::ALL
        .iter()
        .map(|&p| vec![p])
        .chain([
            vec![Person::ChildUnder18, Person::Parent],
            vec![Person::Parent, Person::Partner],
        ])
        .collect();
    let works = [
        vec![WorkStudy::Employee],
        vec![WorkStudy::SelfEmployed],
        vec![WorkStudy::Employee, WorkStudy::SelfEmployed],
        vec![WorkStudy::Study],
        vec![WorkStudy::SelfEmployed, WorkStudy::Study],
        vec![WorkStudy::LookingForWork],
        vec![WorkStudy::Employee, WorkStudy::LookingForWork],
        vec![WorkStudy::LookingForWork, WorkStudy::Study],
        vec![WorkStudy::Neither],
    ];
    let mut out = Vec::new();
    for who in &whos {
        for &need in Need::ALL {
            for &lives in LivesWith::ALL {
                for &hours in Hours::ALL {
                    for &paid in [Paid::No, Paid::CarersAllowance, Paid::NotSure, Paid::Job].iter()
                    {
                        for work in &works {
                            out.push(Answers {
                                carer: CarerAnswers {
                                    age: Some(age),
                                    helps: Some(Helps::Yes),
                                    who: who.clone(),
                                    why: vec![need],
                                    tasks: vec![Task::Company],
                                    lives_with: Some(lives),
                                    hours: Some(hours),
                                    paid: Some(paid),
                                    work: work.clone(),
                                    ..CarerAnswers::default()
                                },
                                ..Answers::default()
                            });
                        }
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_result_block_a_young_carer_sees_has_young_wording() {
    let mut checked = 0;
    for age in [AgeBand::Under16, AgeBand::From16To17] {
        for answers in all_answers(age) {
            let profile = identify(&answers.carer);
            assert!(profile.young);
            let result = result_text(&profile);
            for (block, &kind) in result.kinds.iter().zip(&profile.kinds) {
                let young = content().kind(kind).young_meaning.as_deref();
                assert_eq!(
                    Some(block.text.as_str()),
                    young,
                    "{}: the kind {} needs young wording, or must not be given to under-18s",
                    block.title,
                    kind.id()
                );
            }
            for (text, &reason) in result.reasons.iter().zip(&profile.reasons) {
                let young = content().reason(reason).young_text.as_deref();
                assert_eq!(Some(text.as_str()), young, "reason {}", reason.id());
            }
            for step in &result.first_steps {
                assert!(
                    [
                        "young-assessment",
                        "young-carers-service",
                        "trusted-adult",
                        "assessment-at-18"
                    ]
                    .contains(&step.id),
                    "an adult first step {} shown to an under-18",
                    step.id
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 10_000, "{checked}");
    // Kinds written for adults only are never given to under-18s (the
    // loop above would have needed young wording for them).
    for kind in [
        CarerKind::YoungAdultCarer,
        CarerKind::ParentCarer,
        CarerKind::StudentCarer,
        CarerKind::OlderCarer,
    ] {
        assert!(
            content().kind(kind).young_meaning.is_none(),
            "{}",
            kind.id()
        );
    }
}

#[test]
fn only_employees_are_offered_employee_rights_the_letter_and_the_employer_field() {
    let mut lists = 0;
    for age in [AgeBand::From16To17, AgeBand::From25To64, AgeBand::From65] {
        for answers in all_answers(age).into_iter().step_by(7) {
            let employee = answers.carer.work.contains(&WorkStudy::Employee);
            let seen = what_they_see(&answers);
            assert_eq!(has_employer(&answers), employee);
            assert_eq!(offers(&answers, Document::EmployerLetter), employee);
            for id in EMPLOYEE_ONLY {
                if *id == "entry:gov-carers-leave"
                    || *id == "entry:gov-flexible-working"
                    || *id == "entry:gov-time-off-dependants"
                {
                    // Shown to every employee who is a carer.
                    if identify(&answers.carer).is_carer() {
                        assert_eq!(
                            seen.contains(id),
                            employee,
                            "{id} for {:?}",
                            answers.carer.work
                        );
                    }
                } else {
                    assert_eq!(
                        seen.contains(id),
                        employee,
                        "{id} for {:?}",
                        answers.carer.work
                    );
                }
            }
            if !employee {
                assert!(!seen.contains("As an employee"), "{:?}", answers.carer.work);
            }
            lists += 1;
        }
    }
    assert!(lists > 1000, "{lists}");
}

/// The list to take to an assessment names the carer's own assessment and
/// the law behind it: a young carer's (Children and Families Act) under 18,
/// a parent carer needs assessment for a parent who cares only for their own
/// child under 18, else the carer's assessment (Care Act, carers of adults).
#[test]
fn the_assessment_list_names_the_assessment_that_is_theirs() {
    let mut lists = 0;
    for age in AgeBand::ALL {
        for answers in all_answers(*age).into_iter().step_by(11) {
            let seen = what_they_see(&answers);
            let own_child_only = answers.carer.who == [Person::ChildUnder18];
            let expected = if age.is_young() {
                "at my young carer's assessment"
            } else if own_child_only {
                "at my parent carer needs assessment"
            } else {
                "at my carer's assessment"
            };
            let named: Vec<&str> = [
                "at my young carer's assessment",
                "at my parent carer needs assessment",
                "at my carer's assessment",
            ]
            .into_iter()
            .filter(|title| seen.contains(title))
            .collect();
            assert_eq!(named, [expected], "{age:?} {:?}", answers.carer.who);
            assert_eq!(
                seen.contains("Care Act 2014"),
                !age.is_young() && !own_child_only,
                "{age:?} {:?}",
                answers.carer.who
            );
            lists += 1;
        }
    }
    assert!(lists > 500, "{lists}");
}

/// Jobcentre Plus is for carers looking for work who are 16 or over, and
/// the Carer's Allowance line on business earnings only for adults who work
/// for themselves: each shown to exactly those, whatever else they answered.
#[test]
fn looking_for_work_and_business_earnings_reach_exactly_those_they_fit() {
    let mut lists = 0;
    for age in AgeBand::ALL {
        for answers in all_answers(*age).into_iter().step_by(7) {
            if !identify(&answers.carer).is_carer() {
                continue;
            }
            let work = &answers.carer.work;
            let seen = what_they_see(&answers);
            assert_eq!(
                seen.contains("entry:jobcentre-plus"),
                work.contains(&WorkStudy::LookingForWork) && *age != AgeBand::Under16,
                "Jobcentre Plus for {age:?} {work:?}"
            );
            assert_eq!(
                seen.contains("after your business costs"),
                work.contains(&WorkStudy::SelfEmployed) && !age.is_young(),
                "business earnings for {age:?} {work:?}"
            );
            lists += 1;
        }
    }
    assert!(lists > 1000, "{lists}");
}

/// The carer element of Universal Credit needs 35 hours a week for one
/// person, and Universal Credit is for people of working age: shown to
/// exactly the adults under 65 who told us that, never to anyone else.
#[test]
fn the_universal_credit_carer_element_reaches_exactly_those_it_fits() {
    let mut lists = 0;
    for age in AgeBand::ALL {
        for answers in all_answers(*age).into_iter().step_by(5) {
            let profile = identify(&answers.carer);
            if !profile.is_carer() {
                continue;
            }
            let long_hours = matches!(answers.carer.hours, Some(Hours::From35To49 | Hours::From50));
            let working_age = matches!(age, AgeBand::From18To24 | AgeBand::From25To64);
            let fits = long_hours && working_age && !profile.more_than_one;
            let seen = what_they_see(&answers);
            assert_eq!(
                seen.contains("entry:gov-universal-credit"),
                fits,
                "{age:?}, {:?}, {:?}, lives with: {:?}",
                answers.carer.hours,
                answers.carer.who,
                answers.carer.lives_with
            );
            assert_eq!(seen.contains("carer element"), fits);
            lists += 1;
        }
    }
    assert!(lists > 1000, "{lists}");
}

/// Carer's Allowance is not paid during full-time education (CONTENT.md),
/// and part 1 cannot tell full-time study from part-time: every text that
/// says a carer may be able to get it says so too, wherever it is shown.
#[test]
fn every_carers_allowance_maybe_names_full_time_education() {
    let mut told = 0;
    for age in AgeBand::ALL {
        for answers in all_answers(*age).into_iter().step_by(7) {
            let seen = what_they_see(&answers);
            for line in seen
                .lines()
                .filter(|line| line.contains("Carer's Allowance"))
            {
                if line.contains("may be able to get") {
                    told += 1;
                    assert!(
                        line.contains("full-time education"),
                        "{age:?} {:?}: {line}",
                        answers.carer.work
                    );
                }
            }
        }
    }
    assert!(told > 100, "{told}");
}

#[test]
fn hours_for_more_than_one_person_never_promise_carers_allowance() {
    for age in [AgeBand::From16To17, AgeBand::From25To64, AgeBand::From65] {
        for answers in all_answers(age).into_iter().step_by(3) {
            if !identify(&answers.carer).more_than_one {
                continue;
            }
            let seen = what_they_see(&answers);
            for sentence in CARERS_ALLOWANCE_UNCONDITIONAL {
                assert!(!seen.contains(sentence), "{:?}", answers.carer);
            }
            assert!(!identify(&answers.carer)
                .reasons
                .contains(&Reason::MayGetCarersAllowance));
        }
    }
    // Under 16: never told about Carer's Allowance, unless they said they get it.
    for answers in all_answers(AgeBand::Under16).into_iter().step_by(5) {
        if answers.carer.paid == Some(Paid::CarersAllowance) {
            continue;
        }
        assert!(
            !what_they_see(&answers).contains("Carer's Allowance"),
            "{:?}",
            answers.carer
        );
    }
}

#[test]
fn abuse_services_answer_only_being_hurt_scared_or_controlled() {
    let outcomes = carer_check::content::outcomes::outcomes_content();
    let abuse = |answers: &Answers| {
        help_list(answers).into_iter().any(|s| {
            let entry = directory().find(&s.entry).unwrap();
            matches!(
                entry.purpose,
                Purpose::DomesticAbuse | Purpose::Safeguarding
            )
        })
    };
    for statement in &outcomes.outcomes.statement {
        for rating in [Rating::Sometimes, Rating::Never] {
            let answers = rated(
                base(AgeBand::From25To64, &[Person::Partner]),
                &statement.id,
                rating,
            );
            assert_eq!(
                abuse(&answers),
                statement.id == "ss-feel-safe-at-home",
                "{} rated {}",
                statement.id,
                rating.id()
            );
        }
    }
    // The abuse services named cover women, men and older people, and what
    // we say about why is neutral.
    let hurt = rated(
        base(AgeBand::From65, &[Person::Partner]),
        "ss-feel-safe-at-home",
        Rating::Never,
    );
    for s in help_list(&hurt) {
        let entry = directory().find(&s.entry).unwrap();
        if entry.purpose == Purpose::DomesticAbuse {
            for why in &s.why {
                assert!(!why.contains("women") && !why.contains("men "), "{why}");
            }
        }
    }
}

/// Every kind of carer, and every reason someone needs help, leads to a
/// suggestion of its own, or the table says why not.
#[test]
fn every_kind_and_need_leads_somewhere() {
    use AgeBand::*;
    use Person::*;
    let kinds: Vec<(CarerKind, Answers, Result<&str, &str>)> = vec![
        (CarerKind::YoungCarer, base(Under16, &[Parent]), Ok("carers-trust-young-carers")),
        (CarerKind::YoungAdultCarer, base(From18To24, &[Parent]), Ok("carers-trust")),
        (CarerKind::ParentCarer, base(From25To64, &[ChildUnder18]), Ok("parent-carer-assessment")),
        (CarerKind::KinshipCarer, base(From65, &[Grandchild]), Ok("contact")),
        (CarerKind::SiblingCarer, base(From25To64, &[Sibling]), Err("no service is only for sibling carers; they get the help for any carer of their age (carers centre, assessment, or the young carers service)")),
        (CarerKind::SandwichCarer, base(From25To64, &[ChildUnder18, Parent]), Err("the parent carer and the adult carer's assessment rules both apply; there is no service only for sandwich carers")),
        (CarerKind::WorkingCarer, with(base(From25To64, &[Parent]), |c| c.work = vec![WorkStudy::Employee]), Ok("gov-carers-leave")),
        (CarerKind::WorkingCarer, with(base(From25To64, &[Parent]), |c| c.work = vec![WorkStudy::SelfEmployed]), Ok("citizens-advice")),
        (CarerKind::StudentCarer, with(base(From18To24, &[Parent]), |c| c.work = vec![WorkStudy::Study]), Ok("education-guidance")),
        (CarerKind::OlderCarer, base(From65, &[Partner]), Ok("age-uk")),
        (CarerKind::DementiaCarer, with(base(From25To64, &[Parent]), |c| c.why = vec![Need::Dementia]), Ok("dementia-uk")),
        (CarerKind::MentalHealthCarer, with(base(From25To64, &[Parent]), |c| c.why = vec![Need::MentalHealth]), Ok("mind")),
        (CarerKind::SubstanceUseCarer, with(base(From25To64, &[Parent]), |c| c.why = vec![Need::DrugsOrAlcohol]), Ok("adfam")),
        (CarerKind::DistanceCarer, with(base(From25To64, &[Parent]), |c| c.lives_with = Some(LivesWith::No)), Err("caring from a distance uses the same help as any carer: carers centre, assessment, emergency card")),
    ];
    for kind in CarerKind::ALL {
        assert!(
            kinds.iter().any(|(k, _, _)| k == kind),
            "{} is in the table",
            kind.id()
        );
    }
    for (kind, answers, leads_to) in &kinds {
        assert!(identify(&answers.carer).has(*kind), "{} persona", kind.id());
        let list = help_list(answers);
        match leads_to {
            Ok(entry) => assert!(
                list.iter().any(|s| s.entry == *entry),
                "{} leads to {entry}",
                kind.id()
            ),
            Err(why_not) => assert!(!why_not.is_empty() && !list.is_empty()),
        }
    }

    let needs: Vec<(Need, Result<&str, &str>)> = vec![
        (Need::IllnessOrDisability, Err("too broad for one service; stroke is found from the plan's words, the rest get the general help")),
        (Need::OlderOrFrail, Ok("age-uk")),
        (Need::Dementia, Ok("dementia-uk")),
        (Need::MentalHealth, Ok("mind")),
        (Need::DrugsOrAlcohol, Ok("adfam")),
        (Need::LearningDisability, Ok("mencap")),
        (Need::Other, Err("we do not know what it is; the general help applies")),
        (Need::NotSure, Err("we do not know what it is; the general help applies")),
    ];
    assert_eq!(needs.len(), Need::ALL.len());
    for (need, leads_to) in needs {
        let answers = with(base(AgeBand::From25To64, &[Person::Parent]), |c| {
            c.why = vec![need]
        });
        let list = help_list(&answers);
        match leads_to {
            Ok(entry) => assert!(
                list.iter().any(|s| s.entry == entry),
                "{} leads to {entry}",
                need.id()
            ),
            Err(why_not) => assert!(!why_not.is_empty() && !list.is_empty()),
        }
    }
}

/// Files saved before the age and work questions were split still load:
/// only the answer that cannot be carried over is asked again.
#[test]
fn old_saved_answers_load_and_ask_again_only_what_changed() {
    use carer_check::domain::journey::{first_unanswered, QuestionId};
    let old = r#"{"format":"carer-check-answers","schema":2,"app":"0.1.0","saved":"2026-11-22","answers":{"carer":{"age":"under-18","helps":"yes","who":["parent"],"why":["dementia"],"tasks":["company"],"lives_with":"yes","hours":"10-19","paid":"no","work":["job","study"]}}}"#;
    let answers = answers_file::read(old.as_bytes()).expect("an old file still loads");
    assert_eq!(answers.carer.age, None);
    assert!(answers.carer.work.is_empty());
    assert_eq!(answers.carer.who, vec![Person::Parent]);
    assert_eq!(answers.carer.why, vec![Need::Dementia]);
    assert_eq!(first_unanswered(&answers.carer), Some(QuestionId::Age));

    let fixture = include_str!("../fixtures/answers-file-2.json");
    let answers = answers_file::read(fixture.as_bytes()).expect("the saved fixture loads");
    assert_eq!(answers.carer.age, Some(AgeBand::From65));
    assert_eq!(answers.carer.work, vec![WorkStudy::Neither]);
    // Their employer's name is kept, though a retired carer is not asked for it.
    assert!(!answers.about_you.employer.is_empty());
    assert!(!has_employer(&answers));
}
