//! The content data is complete and consistent with the domain.

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
        assert!(!text.trim().is_empty(), "empty text");
        assert_eq!(text, text.trim(), "stray spaces around {text:?}");
        assert!(!text.contains("  "), "double space in {text:?}");
        assert!(
            !text.contains("TODO") && !text.contains("lorem"),
            "placeholder in {text:?}"
        );
    }
}
