//! The steps of the journey, their addresses, and the order of part 1's
//! questions. Addresses live after `#` so any static host serves them.

use crate::choice_enum;
/// Part 1's questions are declared with the answers they fill.
pub use crate::domain::answers::QuestionId;
use crate::domain::answers::{Answers, CarerAnswers};
use crate::domain::documents::Document;
use crate::domain::outcomes::OutcomeArea;
use crate::domain::progress::{Part, Status};

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
#[cfg_attr(
    test,
    derive(strum::EnumDiscriminants),
    strum_discriminants(name(StepKind), derive(strum::EnumIter))
)]
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
    /// Steps a check page's "Change" link opens: Continue and Back then
    /// return to that check page.
    pub fn is_form(self) -> bool {
        matches!(
            self,
            Step::Question(_) | Step::Wellbeing(_) | Step::WellbeingGoesWell | Step::PlanPage(..)
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
    answers.selected(question)
}

/// Checks a selection and, only if it is valid, stores it.
pub fn answer(
    answers: &mut CarerAnswers,
    question: QuestionId,
    chosen: &[&str],
) -> Result<(), SelectionError> {
    validate(question, chosen)?;
    answers.set(question, chosen);
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

/// Where the page's main button goes ("Continue", "Add a person" aside),
/// given the answers as the page has just saved them. Every step is decided
/// here, so no page names the step after it. `None` for a page without such
/// a button (a hub such as the task list, a document, the share page).
pub fn next(answers: &Answers, route: Route) -> Option<Route> {
    let to = |step| Some(Route::to(step));
    match route.step {
        Step::Start => to(Step::Question(QuestionId::ALL[0])),
        Step::Question(current) => Some(after_question(answers, current, route.changing)),
        Step::CheckAnswers => to(Step::Result),
        Step::Result => to(Step::TaskList),
        Step::AboutYou | Step::WellbeingCheck | Step::PlanCheck(_) => to(Step::TaskList),
        Step::Wellbeing(_) | Step::WellbeingGoesWell if route.changing => to(Step::WellbeingCheck),
        Step::Wellbeing(area) => match following(OutcomeArea::ALL, area) {
            Some(next) => to(Step::Wellbeing(next)),
            None => to(Step::WellbeingGoesWell),
        },
        Step::WellbeingGoesWell => to(Step::WellbeingCheck),
        Step::PlanPage(id, _) if route.changing => to(Step::PlanCheck(id)),
        Step::PlanPage(id, section) => match following(PlanSection::ALL, section) {
            Some(next) => to(Step::PlanPage(id, next)),
            None => to(Step::PlanCheck(id)),
        },
        Step::PlanRemove(_) => to(Step::Plans),
        // Deleting the answers ends the visit: back to the beginning.
        Step::DeleteAnswers => to(Step::Start),
        Step::TaskList
        | Step::Plans
        | Step::Documents
        | Step::Document(_)
        | Step::Share
        | Step::YourAnswers
        | Step::AboutExit
        | Step::NotFound => None,
    }
}

/// The item after `item` in `all`, if any.
fn following<T: Copy + PartialEq>(all: &[T], item: T) -> Option<T> {
    let at = all.iter().position(|&each| each == item)?;
    all.get(at + 1).copied()
}

/// The item before `item` in `all`, if any.
fn preceding<T: Copy + PartialEq>(all: &[T], item: T) -> Option<T> {
    let at = all.iter().position(|&each| each == item)?;
    at.checked_sub(1).map(|before| all[before])
}

/// After a question: the next question asked, then "check your answers".
fn after_question(answers: &Answers, current: QuestionId, changing: bool) -> Route {
    // A changed answer can open a question that was skipped before.
    if changing {
        return match first_unanswered(&answers.carer) {
            Some(question) => Route::change(question),
            None => Route::to(Step::CheckAnswers),
        };
    }
    match following(&asked_questions(&answers.carer), current) {
        Some(next) => Route::to(Step::Question(next)),
        None => Route::to(Step::CheckAnswers),
    }
}

/// Where the back link on a step goes. Parts 2 to 4 are done in any order,
/// so their first pages lead back to the task list (a hub), not to wherever
/// the carer came from.
pub fn back(answers: &Answers, route: Route) -> Route {
    let asked = asked_questions(&answers.carer);
    match route.step {
        Step::Start | Step::NotFound | Step::TaskList | Step::Share | Step::AboutExit => {
            Route::to(Step::Start)
        }
        Step::Question(_) if route.changing => Route::to(Step::CheckAnswers),
        Step::Question(current) => match preceding(&asked, current) {
            Some(previous) => Route::to(Step::Question(previous)),
            None => Route::to(Step::Start),
        },
        Step::CheckAnswers => match asked.last() {
            Some(&last) => Route::to(Step::Question(last)),
            None => Route::to(Step::Start),
        },
        Step::Result => Route::to(Step::CheckAnswers),
        Step::DeleteAnswers => Route::to(Step::YourAnswers),
        Step::AboutYou | Step::Plans | Step::Documents | Step::YourAnswers => {
            Route::to(Step::TaskList)
        }
        // A check page follows the last page of its part, as "check your
        // answers" follows the last question.
        Step::WellbeingCheck => Route::to(Step::WellbeingGoesWell),
        // A Change link from a check page leads back to that check page.
        Step::Wellbeing(_) | Step::WellbeingGoesWell if route.changing => {
            Route::to(Step::WellbeingCheck)
        }
        Step::Wellbeing(area) => match preceding(OutcomeArea::ALL, area) {
            Some(previous) => Route::to(Step::Wellbeing(previous)),
            None => Route::to(Step::TaskList),
        },
        Step::WellbeingGoesWell => match OutcomeArea::ALL.last() {
            Some(&last) => Route::to(Step::Wellbeing(last)),
            None => Route::to(Step::TaskList),
        },
        Step::PlanPage(id, _) if route.changing => Route::to(Step::PlanCheck(id)),
        Step::PlanPage(id, section) => match preceding(PlanSection::ALL, section) {
            Some(previous) => Route::to(Step::PlanPage(id, previous)),
            None => Route::to(Step::Plans),
        },
        Step::PlanCheck(id) => match PlanSection::ALL.last() {
            Some(&last) => Route::to(Step::PlanPage(id, last)),
            None => Route::to(Step::Plans),
        },
        Step::PlanRemove(_) => Route::to(Step::Plans),
        Step::Document(_) => Route::to(Step::Documents),
    }
}

/// A new plan opens on its first page.
pub fn new_plan(id: u32) -> Route {
    Route::to(Step::PlanPage(id, PlanSection::ALL[0]))
}

/// Where a plan's link on the list of plans opens it: its first page until
/// the carer has saved any of it, then its check page.
pub fn open_plan(id: u32, started: bool) -> Route {
    if started {
        Route::to(Step::PlanCheck(id))
    } else {
        new_plan(id)
    }
}

/// Where a part's link on the task list goes, given its status.
pub fn part_start(answers: &Answers, part: Part, status: Status) -> Route {
    match part {
        Part::CarerCheck => match first_unanswered(&answers.carer) {
            // Started: carry on where the carer stopped.
            Some(question) if status != Status::NotStarted => Route::to(Step::Question(question)),
            Some(_) => Route::to(Step::Question(QuestionId::ALL[0])),
            None => Route::to(Step::Result),
        },
        Part::AboutYou => Route::to(Step::AboutYou),
        Part::Wellbeing if status == Status::Completed => Route::to(Step::WellbeingCheck),
        Part::Wellbeing => Route::to(Step::Wellbeing(OutcomeArea::ALL[0])),
        Part::Plans => Route::to(Step::Plans),
    }
}

/// The links every page carries in its footer, in the order of the footer's
/// wording (leaving quickly, your answers, share).
pub const FOOTER: [Step; 3] = [Step::AboutExit, Step::YourAnswers, Step::Share];

#[cfg(test)]
mod tests {
    use std::collections::{BTreeSet, VecDeque};

    use strum::IntoEnumIterator;

    use super::*;
    use crate::domain::documents::Document;
    use crate::domain::plan::add_plan;

    /// Where Continue goes from a page that has a main button.
    fn next_one(answers: &Answers, route: Route) -> Route {
        next(answers, route).expect("this page has a main button")
    }

    /// The plan ids of the answers below.
    const PLANS: [u32; 2] = [1, 2];

    /// Answers with two plans: the steps of every plan exist.
    fn with_plans() -> Answers {
        let mut answers = Answers::default();
        for _ in PLANS {
            add_plan(&mut answers.plans);
        }
        assert_eq!(
            answers.plans.iter().map(|p| p.id).collect::<Vec<_>>(),
            PLANS
        );
        answers
    }

    /// Every step there is for the answers of [`with_plans`]. The kinds come
    /// from the Step type (strum), and the match has no catch-all arm, so a
    /// new kind of step fails to compile here until its steps are listed.
    fn every_step() -> Vec<Step> {
        let documents = || {
            let mut all = vec![
                Document::Passport,
                Document::HelpList,
                Document::GpLetter,
                Document::EmployerLetter,
                Document::AssessmentList,
            ];
            for id in PLANS {
                all.push(Document::EmergencyPlan(id));
                all.push(Document::WalletCard(id));
            }
            all
        };
        let mut steps = vec![];
        for kind in StepKind::iter() {
            match kind {
                StepKind::Start => steps.push(Step::Start),
                StepKind::Question => {
                    steps.extend(QuestionId::ALL.iter().map(|&q| Step::Question(q)))
                }
                StepKind::CheckAnswers => steps.push(Step::CheckAnswers),
                StepKind::Result => steps.push(Step::Result),
                StepKind::TaskList => steps.push(Step::TaskList),
                StepKind::AboutYou => steps.push(Step::AboutYou),
                StepKind::Wellbeing => {
                    steps.extend(OutcomeArea::ALL.iter().map(|&a| Step::Wellbeing(a)))
                }
                StepKind::WellbeingGoesWell => steps.push(Step::WellbeingGoesWell),
                StepKind::WellbeingCheck => steps.push(Step::WellbeingCheck),
                StepKind::Plans => steps.push(Step::Plans),
                StepKind::PlanPage => {
                    for id in PLANS {
                        steps.extend(PlanSection::ALL.iter().map(|&s| Step::PlanPage(id, s)));
                    }
                }
                StepKind::PlanCheck => steps.extend(PLANS.map(Step::PlanCheck)),
                StepKind::PlanRemove => steps.extend(PLANS.map(Step::PlanRemove)),
                StepKind::Documents => steps.push(Step::Documents),
                StepKind::Document => steps.extend(documents().into_iter().map(Step::Document)),
                StepKind::Share => steps.push(Step::Share),
                StepKind::YourAnswers => steps.push(Step::YourAnswers),
                StepKind::DeleteAnswers => steps.push(Step::DeleteAnswers),
                StepKind::AboutExit => steps.push(Step::AboutExit),
                StepKind::NotFound => steps.push(Step::NotFound),
            }
        }
        steps
    }

    /// Every route: each step, and the Change version of each form step.
    fn every_route() -> Vec<Route> {
        let mut routes = vec![];
        for step in every_step() {
            routes.push(Route::to(step));
            if step.is_form() {
                routes.push(Route {
                    step,
                    changing: true,
                });
            }
        }
        routes
    }

    /// The other steps a page links to, besides Continue and Back, as the
    /// pages take them from the journey (the task list's parts, a plan's
    /// links, the footer) or from the documents and check pages.
    fn links(answers: &Answers, step: Step) -> Vec<Route> {
        let mut out: Vec<Route> = FOOTER.iter().map(|&s| Route::to(s)).collect();
        match step {
            Step::TaskList => {
                for part in Part::ALL {
                    for status in [Status::NotStarted, Status::InProgress, Status::Completed] {
                        out.push(part_start(answers, part, status));
                    }
                }
                out.push(Route::to(Step::Documents));
            }
            Step::Plans => {
                for id in PLANS {
                    out.push(new_plan(id));
                    out.push(open_plan(id, true));
                    out.push(Route::to(Step::PlanRemove(id)));
                }
            }
            Step::Documents => {
                for step in every_step() {
                    if let Step::Document(_) = step {
                        out.push(Route::to(step));
                    }
                }
            }
            Step::YourAnswers => out.push(Route::to(Step::DeleteAnswers)),
            _ => {}
        }
        out
    }

    #[test]
    fn every_route_survives_a_round_trip_through_the_hash() {
        let routes = every_route();
        assert!(routes.len() > 60, "{} routes", routes.len());
        // "Not found" is any address that is not a step's: it has none.
        for route in routes.into_iter().filter(|r| r.step != Step::NotFound) {
            assert_eq!(Route::from_hash(&route.to_hash()), route, "{route:?}");
        }
    }

    #[test]
    fn back_after_continue_returns_to_the_page_you_came_from() {
        let answers = with_plans();
        let mut checked = 0;
        for route in every_route() {
            let Some(onward) = next(&answers, route) else {
                continue;
            };
            // A hub lists parts done in any order: its back link goes to the
            // hub's own parent, not to whichever part the carer came from.
            // A Change link returns to its check page, whose back link
            // follows the pages in order.
            let hub = matches!(onward.step, Step::TaskList | Step::Plans | Step::Start);
            if hub || route.changing {
                continue;
            }
            assert_eq!(back(&answers, onward), route, "{route:?} -> {onward:?}");
            checked += 1;
        }
        assert!(checked > 30, "only {checked} routes checked");
    }

    #[test]
    fn a_change_comes_back_to_its_check_page_on_continue_and_on_back() {
        let mut answers = with_plans();
        for &q in QuestionId::ALL {
            answer(&mut answers.carer, q, &[q.option_ids()[0]]).unwrap();
        }
        for route in every_route().into_iter().filter(|r| r.changing) {
            let check = match route.step {
                Step::Question(_) => Step::CheckAnswers,
                Step::Wellbeing(_) | Step::WellbeingGoesWell => Step::WellbeingCheck,
                Step::PlanPage(id, _) => Step::PlanCheck(id),
                other => panic!("{other:?} has no Change version"),
            };
            assert_eq!(next(&answers, route), Some(Route::to(check)), "{route:?}");
            assert_eq!(back(&answers, route), Route::to(check), "{route:?}");
        }
    }

    #[test]
    fn no_step_is_unreachable_from_the_start() {
        let answers = with_plans();
        let mut seen = BTreeSet::new();
        let mut queue = VecDeque::from([Route::to(Step::Start)]);
        while let Some(route) = queue.pop_front() {
            if !seen.insert(route.to_hash()) {
                continue;
            }
            let mut onward = vec![back(&answers, route)];
            onward.extend(next(&answers, route));
            onward.extend(links(&answers, route.step));
            queue.extend(onward);
        }
        let unreachable: Vec<Step> = every_step()
            .into_iter()
            .filter(|&step| step != Step::NotFound)
            .filter(|&step| !seen.contains(&Route::to(step).to_hash()))
            .collect();
        assert_eq!(unreachable, [], "steps no page leads to");
    }

    #[test]
    fn only_pages_with_a_main_button_have_a_next_step() {
        let answers = with_plans();
        for step in every_step() {
            let has_button = !matches!(
                step,
                Step::TaskList
                    | Step::Plans
                    | Step::Documents
                    | Step::Document(_)
                    | Step::Share
                    | Step::YourAnswers
                    | Step::AboutExit
                    | Step::NotFound
            );
            assert_eq!(
                next(&answers, Route::to(step)).is_some(),
                has_button,
                "{step:?}"
            );
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
        let next = next_one(&answers, Route::to(Step::Question(QuestionId::Helps)));
        assert_eq!(next, Route::to(Step::CheckAnswers));
        assert_eq!(
            back(&answers, Route::to(Step::CheckAnswers)),
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
                back(&answers, changing(step)),
                Route::to(Step::WellbeingCheck)
            );
        }
        assert_eq!(
            back(&answers, Route::to(Step::Wellbeing(second))),
            Route::to(Step::Wellbeing(first))
        );
        assert_eq!(
            back(&answers, changing(Step::PlanPage(1, PlanSection::ALL[3]))),
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
            let next = next_one(&answers, route);
            if let Step::Question(_) = next.step {
                assert_eq!(back(&answers, next), route);
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
        let back = next_one(&answers, Route::change(QuestionId::Hours));
        assert_eq!(back, Route::to(Step::CheckAnswers));

        let mut fresh = Answers::default();
        answer(&mut fresh.carer, QuestionId::Age, &["25-64"]).unwrap();
        answer(&mut fresh.carer, QuestionId::Helps, &["yes"]).unwrap();
        let opened = next_one(&fresh, Route::change(QuestionId::Helps));
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
