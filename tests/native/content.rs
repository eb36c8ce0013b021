//! The content data is complete and consistent with the domain.

use crate::support::assert_tidy;
use carer_check::content::{content, Audience};
use carer_check::domain::identify::{CarerKind, Reason};
use carer_check::domain::journey::QuestionId;

#[test]
fn every_question_has_content_with_exactly_the_domain_options_in_order() {
    let questions = &content().questions.question;
    let ids: Vec<&str> = questions.iter().map(|q| q.id.as_str()).collect();
    let expected: Vec<&str> = QuestionId::ALL.iter().map(|q| q.id()).collect();
    assert_eq!(
        ids, expected,
        "questions are listed once each, in the order asked"
    );

    for &id in QuestionId::ALL {
        let question = content().question(id);
        let options: Vec<&str> = question.options.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(options, id.option_ids(), "options of {}", id.id());
        assert_eq!(
            question.error_exclusive.is_some(),
            id.exclusive_option().is_some(),
            "{} needs an 'on its own' error exactly when it has an exclusive option",
            id.id()
        );
    }
}

#[test]
fn every_kind_and_reason_is_explained_once() {
    let result = &content().result;
    let kinds: Vec<&str> = result.kind.iter().map(|k| k.id.as_str()).collect();
    assert_eq!(
        kinds,
        CarerKind::ALL.iter().map(|k| k.id()).collect::<Vec<_>>()
    );
    let reasons: Vec<&str> = result.reason.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        reasons,
        Reason::ALL.iter().map(|r| r.id()).collect::<Vec<_>>()
    );
    for kind in &result.kind {
        assert!(!kind.source.trim().is_empty(), "{} has a source", kind.id);
    }
    for key in ["carer", "maybe", "not-now"] {
        assert!(result.verdict.contains_key(key), "verdict {key}");
    }
}

#[test]
fn adults_young_people_and_parents_each_get_first_steps_with_sources() {
    let steps = &content().result.first_step;
    for audience in [Audience::Adult, Audience::Young, Audience::Parent] {
        assert!(steps.iter().any(|s| s.audience == audience), "{audience:?}");
    }
    for step in steps {
        assert!(!step.source.trim().is_empty(), "{} has a source", step.id);
    }
    let titles: Vec<&str> = steps.iter().map(|s| s.title.as_str()).collect();
    for must in ["GP", "carers centre", "carer's assessment"] {
        assert!(
            titles.iter().any(|t| t.contains(must)),
            "a first step mentions {must}"
        );
    }
}

#[test]
fn wording_is_tidy() {
    let c = content();
    let mut texts: Vec<&str> = vec![];
    for q in &c.questions.question {
        texts.extend([q.title.as_str(), q.check_label.as_str(), q.error.as_str()]);
        texts.extend(q.hint.as_deref());
        texts.extend(q.young_title.as_deref());
        texts.extend(q.young_hint.as_deref());
        texts.extend(q.options.iter().map(|o| o.label.as_str()));
    }
    for k in &c.result.kind {
        texts.extend([k.name.as_str(), k.meaning.as_str()]);
    }
    for r in &c.result.reason {
        texts.push(r.text.as_str());
    }
    for text in texts {
        assert_tidy("questions or result", text);
    }
}

/// Every code the domain gives for something wrong (a phone number, a date,
/// a plan's problem, what a document needs) has words in the wording files,
/// with every placeholder filled. The codes are matched exhaustively in
/// `content::messages`, so a new code cannot compile without its words; this
/// checks the words are there and whole.
#[test]
fn every_message_code_has_wording_with_its_placeholders_filled() {
    use carer_check::content::document_pages::document_pages;
    use carer_check::content::messages::messages;
    use carer_check::content::plan_pages::plan_pages;
    use carer_check::content::site::site;
    use carer_check::domain::dates::{Date, DateProblem};
    use carer_check::domain::documents::Need;
    use carer_check::domain::phone::PhoneIssue;
    use carer_check::domain::plan::Said;

    let m = messages();
    let issues = [
        PhoneIssue::HasLetters,
        PhoneIssue::StrangeCharacters,
        PhoneIssue::NoDigits,
        PhoneIssue::TooManyDigits,
        PhoneIssue::NoLongerInUse,
        PhoneIssue::WrongLength { digits: 10 },
        PhoneIssue::LocalNumberWithoutAreaCode,
        PhoneIssue::MissingLeadingZero,
        PhoneIssue::PremiumRate,
        PhoneIssue::PersonalNumber,
        PhoneIssue::Pager,
        PhoneIssue::UnusualStart,
        PhoneIssue::NotUk,
    ];
    let mut dates = vec![
        DateProblem::NotADate,
        DateProblem::ShortYear,
        DateProblem::NoSuchMonth,
        DateProblem::YearOutOfRange,
    ];
    dates.extend((1..=12).map(|month| DateProblem::NoSuchDay { month, year: 1950 }));
    let mut said = vec![
        Said::AccessCode,
        Said::StepInNeedsPhone {
            name: "Jean".into(),
        },
        Said::StepInNeedsName,
        Said::MedicineNeedsName,
    ];
    said.extend(issues.iter().map(|&i| Said::PhoneNotValid(i)));
    said.extend(issues.iter().map(|&i| Said::PhoneUnusual(i)));
    said.extend(dates.iter().map(|&d| Said::DateUnreadable(d)));
    let needs = [
        Need::PlanDeleted,
        Need::CarerNameForGp,
        Need::CarerNameForEmployer,
        Need::CarerName,
        Need::PersonName,
        Need::ContactPhone {
            name: "Jean".into(),
        },
        Need::ContactPhoneCheck {
            name: "Jean".into(),
        },
        Need::ContactName {
            phone: "07700 900123".into(),
        },
        Need::ContactForCard,
        Need::ContactForPlan,
    ];
    let mut texts: Vec<String> = vec![];
    texts.extend(issues.iter().map(|&i| m.phone(i)));
    texts.extend(dates.iter().map(|&d| m.date_problem(d)));
    texts.extend(said.iter().map(|s| m.said(s)));
    texts.extend(needs.iter().map(|n| m.need(n)));
    for text in &texts {
        assert!(text.len() > 20, "{text:?}");
        assert!(text.ends_with('.'), "{text:?}");
        assert!(!text.contains(['{', '}']), "placeholder left in {text:?}");
        assert!(!text.contains("  "), "double space in {text:?}");
    }
    // The values go where their placeholders were.
    assert!(m.said(&said[1]).contains("Jean"));
    assert!(m.phone(issues[5]).contains("has 10."));
    assert!(m.need(&needs[7]).contains("07700 900123"));
    assert!(m
        .date_problem(DateProblem::NoSuchDay {
            month: 4,
            year: 1950
        })
        .contains("April has days 1 to 30"));

    assert_eq!(m.date.months.len(), 12, "one name for each month");
    let date = Date {
        year: 1950,
        month: 4,
        day: 3,
    };
    assert_eq!(m.date(date), "3 April 1950");

    // The words around the pages and documents.
    let s = site();
    assert!(s.page_title.contains("{page}") && s.page_title_error.contains("{page}"));
    assert!(s.page_title_error.len() > s.page_title.len());
    assert!(!s.error_prefix.trim().is_empty() && !s.or.trim().is_empty());
    assert!(document_pages().card.allergies.contains("{allergies}"));
    let bag = &plan_pages().hospital_bag_suggested;
    assert!(bag.len() >= 5 && bag.iter().all(|item| !item.trim().is_empty()));
}
