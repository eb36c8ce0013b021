//! The steps of the journey, their addresses, and the order of part 1's
//! questions. Addresses live after `#` so any static host serves them.

use crate::choice_enum;
use crate::domain::answers::{
    AgeBand, Answers, CarerAnswers, Helps, Hours, LivesWith, Need, Paid, Person, Task, WorkStudy,
};
use crate::domain::documents::Document;
use crate::domain::outcomes::OutcomeArea;

choice_enum!(
    /// Part 1's questions, in the order they are asked.
    QuestionId {
        Age => "age",
        Helps => "helps",
        Who => "who",
        Why => "why",
        Tasks => "tasks",
        LivesWith => "lives-with",
        Hours => "hours",
        Paid => "paid",
        Work => "work",
    }
);

choice_enum!(
    /// The pages of an emergency plan, in the order the carer meets them.
    PlanSection {
        Person => "person",
        Medicines => "medicines",
        Professionals => "professionals",
        Needs => "needs",
        Routine => "routine",
        Wandering => "wandering",
        SteppingIn => "stepping-in",
        Home => "home",
        Legal => "legal",
        HospitalBag => "hospital-bag",
    }
);

/// One page of the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Start,
    Question(QuestionId),
    CheckAnswers,
    Result,
    /// After part 1: the list of parts with their status.
    TaskList,
    AboutYou,
    /// Part 2: one page per outcome area, then "what goes well", then a check.
    Wellbeing(OutcomeArea),
    WellbeingGoesWell,
    WellbeingCheck,
    /// Part 3: the people cared for, each with a plan of several pages.
    Plans,
    PlanPage(u32, PlanSection),
    PlanCheck(u32),
    PlanRemove(u32),
    /// Part 4: the list of documents, and each one's preview.
    Documents,
    Document(Document),
    /// For professionals: the link and QR code to hand to a carer.
    Share,
    /// Keeping, downloading, loading and deleting the answers.
    YourAnswers,
    DeleteAnswers,
    /// Explains "Exit this page".
    AboutExit,
    NotFound,
}

impl Step {
    /// Steps that edit answers, and so can be reached by a "Change" link.
    pub fn is_form(self) -> bool {
        matches!(
            self,
            Step::Question(_)
                | Step::AboutYou
                | Step::Wellbeing(_)
                | Step::WellbeingGoesWell
                | Step::PlanPage(..)
        )
    }
}

/// Where the carer is: the step, and whether they came from "check your
/// answers" (then "Continue" takes them back there).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    pub step: Step,
    pub changing: bool,
}

impl Route {
    pub fn to(step: Step) -> Self {
        Route {
            step,
            changing: false,
        }
    }

    pub fn change(question: QuestionId) -> Self {
        Route {
            step: Step::Question(question),
            changing: true,
        }
    }

    /// Whether an address belongs to the app. A host page's own `#section`
    /// links do not, and must be left alone.
    pub fn is_ours(hash: &str) -> bool {
        hash.is_empty() || hash == "#" || hash.starts_with("#/")
    }

    /// Reads a `location.hash` such as `#/carer/hours/change`.
    pub fn from_hash(hash: &str) -> Self {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.trim_end_matches('/');
        let (path, changing) = match path.strip_suffix("/change") {
            Some(rest) => (rest, true),
            None => (path, false),
        };
        let step = step_from_path(path).unwrap_or(Step::NotFound);
        let changing = changing && step.is_form();
        Route { step, changing }
    }

    pub fn to_hash(self) -> String {
        let path = match self.step {
            Step::Start | Step::NotFound => String::from("#/"),
            Step::Question(q) => format!("#/carer/{}", q.id()),
            Step::CheckAnswers => String::from("#/carer/check"),
            Step::Result => String::from("#/carer/result"),
            Step::TaskList => String::from("#/tasks"),
            Step::AboutYou => String::from("#/about-you"),
            Step::Wellbeing(area) => format!("#/wellbeing/{}", area.id()),
            Step::WellbeingGoesWell => String::from("#/wellbeing/goes-well"),
            Step::WellbeingCheck => String::from("#/wellbeing/check"),
            Step::Plans => String::from("#/plans"),
            Step::PlanPage(id, section) => format!("#/plans/{id}/{}", section.id()),
            Step::PlanCheck(id) => format!("#/plans/{id}/check"),
            Step::PlanRemove(id) => format!("#/plans/{id}/remove"),
            Step::Documents => String::from("#/documents"),
            Step::Document(document) => format!("#/documents/{}", document.key()),
            Step::Share => String::from("#/share"),
            Step::YourAnswers => String::from("#/your-answers"),
            Step::DeleteAnswers => String::from("#/your-answers/delete"),
            Step::AboutExit => String::from("#/leaving-quickly"),
        };
        if self.changing {
            format!("{path}/change")
        } else {
            path
        }
    }
}

fn step_from_path(path: &str) -> Option<Step> {
    let parts: Vec<&str> = path.split('/').collect();
    Some(match parts.as_slice() {
        [""] => Step::Start,
        ["carer", "check"] => Step::CheckAnswers,
        ["carer", "result"] => Step::Result,
        ["carer", question] => Step::Question(QuestionId::from_id(question)?),
        ["tasks"] => Step::TaskList,
        ["about-you"] => Step::AboutYou,
        ["wellbeing", "goes-well"] => Step::WellbeingGoesWell,
        ["wellbeing", "check"] => Step::WellbeingCheck,
        ["wellbeing", area] => Step::Wellbeing(OutcomeArea::from_id(area)?),
        ["plans"] => Step::Plans,
        ["plans", id, page] => {
            let id = id.parse().ok()?;
            match *page {
                "check" => Step::PlanCheck(id),
                "remove" => Step::PlanRemove(id),
                section => Step::PlanPage(id, PlanSection::from_id(section)?),
            }
        }
        ["documents"] => Step::Documents,
        ["documents", key] => Step::Document(Document::from_key(key)?),
        ["share"] => Step::Share,
        ["your-answers"] => Step::YourAnswers,
        ["your-answers", "delete"] => Step::DeleteAnswers,
        ["leaving-quickly"] => Step::AboutExit,
        _ => return None,
    })
}

impl QuestionId {
    pub fn allows_many(self) -> bool {
        matches!(
            self,
            QuestionId::Who | QuestionId::Why | QuestionId::Tasks | QuestionId::Work
        )
    }

    /// The option ids this question offers, in order.
    pub fn option_ids(self) -> Vec<&'static str> {
        fn ids<T: Copy>(all: &[T], id: fn(T) -> &'static str) -> Vec<&'static str> {
            all.iter().map(|&option| id(option)).collect()
        }
        match self {
            QuestionId::Age => ids(AgeBand::ALL, AgeBand::id),
            QuestionId::Helps => ids(Helps::ALL, Helps::id),
            QuestionId::Who => ids(Person::ALL, Person::id),
            QuestionId::Why => ids(Need::ALL, Need::id),
            QuestionId::Tasks => ids(Task::ALL, Task::id),
            QuestionId::LivesWith => ids(LivesWith::ALL, LivesWith::id),
            QuestionId::Hours => ids(Hours::ALL, Hours::id),
            QuestionId::Paid => ids(Paid::ALL, Paid::id),
            QuestionId::Work => ids(WorkStudy::ALL, WorkStudy::id),
        }
    }

    /// An option that cannot be ticked together with any other ("None of these").
    pub fn exclusive_option(self) -> Option<&'static str> {
        match self {
            QuestionId::Why => Some(Need::NotSure.id()),
            QuestionId::Tasks => Some(Task::None.id()),
            QuestionId::Work => Some(WorkStudy::Neither.id()),
            _ => None,
        }
    }

    /// Whether the question is asked, given the answers so far. Someone who
    /// does not help anyone is not asked about the help they give.
    pub fn is_asked(self, answers: &CarerAnswers) -> bool {
        match self {
            QuestionId::Age | QuestionId::Helps => true,
            _ => answers.helps != Some(Helps::No),
        }
    }
}

/// Why a selection cannot be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectionError {
    NothingSelected,
    ExclusiveWithOthers,
    UnknownOption,
    TooMany,
}

/// The option ids currently chosen for a question.
pub fn selected(answers: &CarerAnswers, question: QuestionId) -> Vec<&'static str> {
    fn many<T: Copy>(values: &[T], id: fn(T) -> &'static str) -> Vec<&'static str> {
        values.iter().map(|&value| id(value)).collect()
    }
    fn one<T: Copy>(value: Option<T>, id: fn(T) -> &'static str) -> Vec<&'static str> {
        value.map(id).into_iter().collect()
    }
    match question {
        QuestionId::Age => one(answers.age, AgeBand::id),
        QuestionId::Helps => one(answers.helps, Helps::id),
        QuestionId::Who => many(&answers.who, Person::id),
        QuestionId::Why => many(&answers.why, Need::id),
        QuestionId::Tasks => many(&answers.tasks, Task::id),
        QuestionId::LivesWith => one(answers.lives_with, LivesWith::id),
        QuestionId::Hours => one(answers.hours, Hours::id),
        QuestionId::Paid => one(answers.paid, Paid::id),
        QuestionId::Work => many(&answers.work, WorkStudy::id),
    }
}

/// Checks a selection and, only if it is valid, stores it.
pub fn answer(
    answers: &mut CarerAnswers,
    question: QuestionId,
    chosen: &[&str],
) -> Result<(), SelectionError> {
    validate(question, chosen)?;
    fn parse<T>(chosen: &[&str], from_id: fn(&str) -> Option<T>) -> Vec<T> {
        // validate() has checked every id, so nothing is dropped here.
        chosen.iter().filter_map(|id| from_id(id)).collect()
    }
    fn first<T>(chosen: &[&str], from_id: fn(&str) -> Option<T>) -> Option<T> {
        parse(chosen, from_id).into_iter().next()
    }
    match question {
        QuestionId::Age => answers.age = first(chosen, AgeBand::from_id),
        QuestionId::Helps => answers.helps = first(chosen, Helps::from_id),
        QuestionId::Who => answers.who = parse(chosen, Person::from_id),
        QuestionId::Why => answers.why = parse(chosen, Need::from_id),
        QuestionId::Tasks => answers.tasks = parse(chosen, Task::from_id),
        QuestionId::LivesWith => answers.lives_with = first(chosen, LivesWith::from_id),
        QuestionId::Hours => answers.hours = first(chosen, Hours::from_id),
        QuestionId::Paid => answers.paid = first(chosen, Paid::from_id),
        QuestionId::Work => answers.work = parse(chosen, WorkStudy::from_id),
    }
    Ok(())
}

/// The rules a selection must meet, without changing anything.
pub fn validate(question: QuestionId, chosen: &[&str]) -> Result<(), SelectionError> {
    let known = question.option_ids();
    if chosen.iter().any(|id| !known.contains(id)) {
        return Err(SelectionError::UnknownOption);
    }
    if chosen.is_empty() {
        return Err(SelectionError::NothingSelected);
    }
    if !question.allows_many() && chosen.len() > 1 {
        return Err(SelectionError::TooMany);
    }
    if let Some(exclusive) = question.exclusive_option() {
        if chosen.len() > 1 && chosen.contains(&exclusive) {
            return Err(SelectionError::ExclusiveWithOthers);
        }
    }
    Ok(())
}

/// The questions this carer is asked, in order.
pub fn asked_questions(answers: &CarerAnswers) -> Vec<QuestionId> {
    QuestionId::ALL
        .iter()
        .copied()
        .filter(|q| q.is_asked(answers))
        .collect()
}

/// The first asked question still without an answer.
pub fn first_unanswered(answers: &CarerAnswers) -> Option<QuestionId> {
    asked_questions(answers)
        .into_iter()
        .find(|&q| selected(answers, q).is_empty())
}

/// Where "Continue" goes after a question is answered.
pub fn next_step(answers: &Answers, route: Route) -> Route {
    let Step::Question(current) = route.step else {
        return Route::to(Step::CheckAnswers);
    };
    let asked = asked_questions(&answers.carer);
    // A changed answer can open a question that was skipped before.
    if route.changing {
        return match first_unanswered(&answers.carer) {
            Some(question) => Route::change(question),
            None => Route::to(Step::CheckAnswers),
        };
    }
    let position = asked.iter().position(|&q| q == current);
    match position.and_then(|at| asked.get(at + 1)) {
        Some(&next) => Route::to(Step::Question(next)),
        None => Route::to(Step::CheckAnswers),
    }
}

/// Where the back link on a step goes.
pub fn previous_step(answers: &Answers, route: Route) -> Route {
    let asked = asked_questions(&answers.carer);
    match route.step {
        Step::Start | Step::NotFound | Step::TaskList | Step::Share | Step::AboutExit => {
            Route::to(Step::Start)
        }
        Step::Question(_) if route.changing => Route::to(Step::CheckAnswers),
        Step::Question(current) => {
            let position = asked.iter().position(|&q| q == current).unwrap_or(0);
            match position.checked_sub(1).and_then(|at| asked.get(at)) {
                Some(&previous) => Route::to(Step::Question(previous)),
                None => Route::to(Step::Start),
            }
        }
        Step::CheckAnswers => match asked.last() {
            Some(&last) => Route::to(Step::Question(last)),
            None => Route::to(Step::Start),
        },
        Step::Result => Route::to(Step::CheckAnswers),
        // Parts 2 to 4 are done in any order, so their pages lead back to the
        // task list or to their own part's first page.
        Step::DeleteAnswers => Route::to(Step::YourAnswers),
        Step::AboutYou
        | Step::Plans
        | Step::Documents
        | Step::WellbeingCheck
        | Step::YourAnswers => Route::to(Step::TaskList),
        // A Change link from a check page leads back to that check page.
        Step::Wellbeing(_) | Step::WellbeingGoesWell if route.changing => {
            Route::to(Step::WellbeingCheck)
        }
        Step::Wellbeing(area) => match OutcomeArea::ALL.iter().position(|&a| a == area) {
            Some(at) if at > 0 => Route::to(Step::Wellbeing(OutcomeArea::ALL[at - 1])),
            _ => Route::to(Step::TaskList),
        },
        Step::WellbeingGoesWell => match OutcomeArea::ALL.last() {
            Some(&last) => Route::to(Step::Wellbeing(last)),
            None => Route::to(Step::TaskList),
        },
        Step::PlanPage(id, section) => match PlanSection::ALL.iter().position(|&s| s == section) {
            _ if route.changing => Route::to(Step::PlanCheck(id)),
            Some(at) if at > 0 => Route::to(Step::PlanPage(id, PlanSection::ALL[at - 1])),
            _ => Route::to(Step::Plans),
        },
        Step::PlanCheck(id) => match PlanSection::ALL.last() {
            Some(&last) => Route::to(Step::PlanPage(id, last)),
            None => Route::to(Step::Plans),
        },
        Step::PlanRemove(_) => Route::to(Step::Plans),
        Step::Document(_) => Route::to(Step::Documents),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_survives_a_round_trip_through_the_hash() {
        let mut routes = vec![
            Route::to(Step::Start),
            Route::to(Step::CheckAnswers),
            Route::to(Step::Result),
        ];
        for &q in QuestionId::ALL {
            routes.push(Route::to(Step::Question(q)));
            routes.push(Route::change(q));
        }
        for step in [
            Step::TaskList,
            Step::AboutYou,
            Step::WellbeingGoesWell,
            Step::WellbeingCheck,
        ] {
            routes.push(Route::to(step));
        }
        for &area in OutcomeArea::ALL {
            routes.push(Route::to(Step::Wellbeing(area)));
            routes.push(Route {
                step: Step::Wellbeing(area),
                changing: true,
            });
        }
        for &section in PlanSection::ALL {
            routes.push(Route::to(Step::PlanPage(7, section)));
            routes.push(Route {
                step: Step::PlanPage(7, section),
                changing: true,
            });
        }
        routes.extend(
            [
                Step::Plans,
                Step::PlanCheck(3),
                Step::PlanRemove(3),
                Step::Documents,
                Step::Share,
                Step::YourAnswers,
                Step::DeleteAnswers,
                Step::AboutExit,
            ]
            .map(Route::to),
        );
        for document in [
            Document::Passport,
            Document::EmergencyPlan(2),
            Document::WalletCard(2),
            Document::HelpList,
            Document::GpLetter,
            Document::EmployerLetter,
            Document::AssessmentList,
        ] {
            routes.push(Route::to(Step::Document(document)));
        }
        for route in routes {
            assert_eq!(Route::from_hash(&route.to_hash()), route, "{route:?}");
        }
    }

    #[test]
    fn unknown_addresses_are_not_found_and_empty_ones_are_the_start() {
        assert_eq!(Route::from_hash("#/nope").step, Step::NotFound);
        assert_eq!(Route::from_hash("#/carer/nope").step, Step::NotFound);
        assert_eq!(Route::from_hash("#/plans/x/person").step, Step::NotFound);
        assert_eq!(Route::from_hash("#/plans/1/nope").step, Step::NotFound);
        assert_eq!(Route::from_hash("#/documents/card-").step, Step::NotFound);
        assert_eq!(Route::from_hash("").step, Step::Start);
        assert_eq!(Route::from_hash("#").step, Step::Start);
        assert_eq!(
            Route::from_hash("#/carer/check/change"),
            Route::to(Step::CheckAnswers)
        );
    }

    #[test]
    fn saying_no_to_helping_goes_straight_to_check_answers() {
        let mut answers = Answers::default();
        answer(&mut answers.carer, QuestionId::Helps, &["no"]).unwrap();
        let next = next_step(&answers, Route::to(Step::Question(QuestionId::Helps)));
        assert_eq!(next, Route::to(Step::CheckAnswers));
        assert_eq!(
            previous_step(&answers, Route::to(Step::CheckAnswers)),
            Route::to(Step::Question(QuestionId::Helps))
        );
    }

    #[test]
    fn a_change_from_a_check_page_goes_back_to_that_check_page() {
        let answers = Answers::default();
        let first = OutcomeArea::ALL[0];
        let second = OutcomeArea::ALL[1];
        let changing = |step| Route {
            step,
            changing: true,
        };
        for step in [
            Step::Wellbeing(first),
            Step::Wellbeing(second),
            Step::WellbeingGoesWell,
        ] {
            assert_eq!(
                previous_step(&answers, changing(step)),
                Route::to(Step::WellbeingCheck)
            );
        }
        assert_eq!(
            previous_step(&answers, Route::to(Step::Wellbeing(second))),
            Route::to(Step::Wellbeing(first))
        );
        assert_eq!(
            previous_step(&answers, changing(Step::PlanPage(1, PlanSection::ALL[3]))),
            Route::to(Step::PlanCheck(1))
        );
    }

    #[test]
    fn questions_follow_one_another_and_back_links_reverse_them() {
        let answers = Answers::default();
        let mut route = Route::to(Step::Question(QuestionId::Age));
        let mut seen = vec![];
        while let Step::Question(q) = route.step {
            seen.push(q);
            let next = next_step(&answers, route);
            if let Step::Question(_) = next.step {
                assert_eq!(previous_step(&answers, next), route);
            }
            route = next;
        }
        assert_eq!(seen, QuestionId::ALL);
        assert_eq!(route, Route::to(Step::CheckAnswers));
    }

    #[test]
    fn a_change_returns_to_check_answers_unless_it_opens_a_new_question() {
        let mut answers = Answers::default();
        for &q in QuestionId::ALL {
            let first = q.option_ids()[0];
            answer(&mut answers.carer, q, &[first]).unwrap();
        }
        let back = next_step(&answers, Route::change(QuestionId::Hours));
        assert_eq!(back, Route::to(Step::CheckAnswers));

        let mut fresh = Answers::default();
        answer(&mut fresh.carer, QuestionId::Age, &["25-64"]).unwrap();
        answer(&mut fresh.carer, QuestionId::Helps, &["yes"]).unwrap();
        let opened = next_step(&fresh, Route::change(QuestionId::Helps));
        assert_eq!(opened, Route::change(QuestionId::Who));
    }

    #[test]
    fn selections_are_checked_before_anything_is_stored() {
        let mut answers = CarerAnswers::default();
        assert_eq!(
            answer(&mut answers, QuestionId::Who, &[]),
            Err(SelectionError::NothingSelected)
        );
        assert_eq!(
            answer(&mut answers, QuestionId::Tasks, &["medicines", "none"]),
            Err(SelectionError::ExclusiveWithOthers)
        );
        assert_eq!(
            answer(&mut answers, QuestionId::Helps, &["yes", "no"]),
            Err(SelectionError::TooMany)
        );
        assert_eq!(
            answer(&mut answers, QuestionId::Age, &["old"]),
            Err(SelectionError::UnknownOption)
        );
        assert_eq!(answers, CarerAnswers::default());

        answer(&mut answers, QuestionId::Tasks, &["medicines", "money"]).unwrap();
        assert_eq!(
            selected(&answers, QuestionId::Tasks),
            ["medicines", "money"]
        );
    }
}
