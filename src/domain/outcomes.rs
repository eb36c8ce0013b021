//! Part 2, "How are things for you?": the carer rates short "I …" statements
//! in four outcome areas, and gets back, per area, what is going well and what
//! they may want help with.
//!
//! There is deliberately no score: carers told the councils they do not want
//! to be labelled, and the areas and their success measure ("always" or "most
//! of the time") come from Worcestershire's strategy (seed 004). The statements
//! and their kind wording are data (`content/data/outcomes.toml`); the caller
//! passes the statements in (`content::outcomes`).

use crate::domain::small_map::SmallMap;

use crate::choice_enum;

choice_enum!(
    /// The four outcome areas, in the order the carer sees them.
    OutcomeArea {
        RecognisedAndValued => "recognised-and-valued",
        ALifeOfMyOwn => "a-life-of-my-own",
        MentallyAndPhysicallyWell => "mentally-and-physically-well",
        StayingSafe => "staying-safe",
    }
);

choice_enum!(
    /// How often a statement is true for the carer.
    Rating {
        Always => "always",
        MostOfTheTime => "most-of-the-time",
        Sometimes => "sometimes",
        Never => "never",
        PreferNotToSay => "prefer-not-to-say",
    }
);

impl Rating {
    /// The strategies count "always" and "most of the time" as an outcome met.
    pub fn is_going_well(self) -> bool {
        matches!(self, Rating::Always | Rating::MostOfTheTime)
    }

    /// The worst answer a statement can get.
    pub fn is_worst(self) -> bool {
        self == Rating::Never
    }

    /// "Prefer not to say" is neither: it is never shown back as a need.
    pub fn may_want_help(self) -> bool {
        matches!(self, Rating::Sometimes | Rating::Never)
    }
}

choice_enum!(
    /// Good things caring can bring, for the "what goes well" question.
    Positive {
        Closer => "closer",
        Proud => "proud",
        NewSkills => "new-skills",
        Purpose => "purpose",
        GoodTimes => "good-times",
        PeaceOfMind => "peace-of-mind",
        GoodPeople => "good-people",
    }
);

/// Where a page of statements shows who to contact now: under the first
/// statement marked `help_now` (safety or mental health) that has the worst
/// answer. Once on a page is enough; `None` when no such answer was given.
/// Each item is (marked help_now, the answer so far).
pub fn help_now_at(statements: &[(bool, Option<Rating>)]) -> Option<usize> {
    statements
        .iter()
        .position(|&(help_now, rating)| help_now && rating.is_some_and(Rating::is_worst))
}

pub use super::data::Statement;

impl Statement {
    /// The statement, in the young person's wording where there is one.
    pub fn text_for(&self, young: bool) -> &str {
        match (&self.young_text, young) {
            (Some(text), true) => text,
            _ => &self.text,
        }
    }
}

/// The area's statements, in the order the carer sees them.
pub fn in_area(statements: &[Statement], area: OutcomeArea) -> impl Iterator<Item = &Statement> {
    statements.iter().filter(move |s| s.area == area)
}

crate::record_struct! {
/// Answers to part 2. Empty means not answered yet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutcomeAnswers {
    /// Statement id (from the data) to rating. Ids that the data no longer has
    /// (from an older saved file) are kept but ignored.
    pub ratings: SmallMap<String, Rating>,
    /// The optional free-text box of each area.
    pub notes: SmallMap<OutcomeArea, String>,
    /// "What goes well / what I get from caring", in the carer's words.
    pub goes_well: String,
    /// The good things the carer ticked.
    pub positives: Vec<Positive>,
}
}

impl OutcomeAnswers {
    pub fn is_empty(&self) -> bool {
        self.ratings.is_empty()
            && self.notes.values().all(|n| n.trim().is_empty())
            && self.goes_well.trim().is_empty()
            && self.positives.is_empty()
    }

    pub fn rating(&self, statement_id: &str) -> Option<Rating> {
        self.ratings.get(statement_id).copied()
    }

    /// The area's note, trimmed; `None` if blank.
    pub fn note(&self, area: OutcomeArea) -> Option<&str> {
        let note = self.notes.get(&area)?.trim();
        (!note.is_empty()).then_some(note)
    }

    /// The "what goes well" text, trimmed; `None` if blank.
    pub fn goes_well_text(&self) -> Option<&str> {
        let text = self.goes_well.trim();
        (!text.is_empty()).then_some(text)
    }
}

// ---------------------------------------------------------------- progress

choice_enum!(
    /// Where a task stands, for the task list.
    TaskStatus {
        NotStarted => "not-started",
        InProgress => "in-progress",
        Completed => "completed",
    }
);

/// Part 2's progress, per area and overall.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeStatus {
    pub areas: Vec<(OutcomeArea, TaskStatus)>,
    pub overall: TaskStatus,
}

/// An area is completed when every statement has a rating ("prefer not to
/// say" counts: it is an answer). A note alone makes it in progress.
pub fn area_status(
    answers: &OutcomeAnswers,
    area: OutcomeArea,
    statements: &[Statement],
) -> TaskStatus {
    let (rated, total) = in_area(statements, area).fold((0, 0), |(rated, total), statement| {
        let is_rated = answers.rating(&statement.id).is_some();
        (rated + usize::from(is_rated), total + 1)
    });
    if total > 0 && rated == total {
        TaskStatus::Completed
    } else if rated > 0 || answers.note(area).is_some() {
        TaskStatus::InProgress
    } else {
        TaskStatus::NotStarted
    }
}

/// Overall, part 2 is completed when every area is. The "what goes well"
/// question is optional, so it only ever moves part 2 out of "not started".
pub fn status(answers: &OutcomeAnswers, statements: &[Statement]) -> OutcomeStatus {
    let areas: Vec<_> = OutcomeArea::ALL
        .iter()
        .map(|&area| (area, area_status(answers, area, statements)))
        .collect();
    let all = |status| areas.iter().all(|&(_, s)| s == status);
    let overall = if all(TaskStatus::Completed) {
        TaskStatus::Completed
    } else if all(TaskStatus::NotStarted)
        && answers.goes_well_text().is_none()
        && answers.positives.is_empty()
    {
        TaskStatus::NotStarted
    } else {
        TaskStatus::InProgress
    };
    OutcomeStatus { areas, overall }
}

// ----------------------------------------------------------------- summary

/// The overall feel of an area's answers. It picks a kind sentence; it is
/// never shown as a label or a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaPicture {
    /// Nothing rated, or only "prefer not to say".
    NothingAnswered,
    /// Nothing rated sometimes or never.
    MostlyGoingWell,
    /// Some going well, some not, and no more hard things than good ones.
    Mixed,
    /// More things rated sometimes or never than always or most of the time.
    SomeThingsHard,
}

/// What the carer sees for one area. Its title and the kind sentence for
/// its picture are the area's wording (`content::outcomes::AreaText`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaSummary<'a> {
    pub area: OutcomeArea,
    pub picture: AreaPicture,
    /// Phrases for statements rated always or most of the time, in order.
    pub going_well: Vec<&'a str>,
    /// Phrases for statements rated sometimes or never, in order.
    pub may_want_help: Vec<&'a str>,
    /// The carer's own note for the area, if any.
    pub note: Option<String>,
}

pub fn area_summary<'a>(
    answers: &OutcomeAnswers,
    area: OutcomeArea,
    statements: &'a [Statement],
) -> AreaSummary<'a> {
    let rated = rated_statements(statements, answers, area);
    let going_well: Vec<_> = rated
        .iter()
        .filter(|(_, rating)| rating.is_going_well())
        .map(|(s, _)| s.going_well.as_str())
        .collect();
    let may_want_help: Vec<_> = rated
        .iter()
        .filter(|(_, rating)| rating.may_want_help())
        .map(|(s, _)| s.may_want_help.as_str())
        .collect();
    let picture = match (going_well.len(), may_want_help.len()) {
        (0, 0) => AreaPicture::NothingAnswered,
        (_, 0) => AreaPicture::MostlyGoingWell,
        (good, hard) if hard > good => AreaPicture::SomeThingsHard,
        _ => AreaPicture::Mixed,
    };
    AreaSummary {
        area,
        picture,
        going_well,
        may_want_help,
        note: answers.note(area).map(str::to_owned),
    }
}

/// Every area's summary, in order.
pub fn summaries<'a>(
    answers: &OutcomeAnswers,
    statements: &'a [Statement],
) -> Vec<AreaSummary<'a>> {
    OutcomeArea::ALL
        .iter()
        .map(|&area| area_summary(answers, area, statements))
        .collect()
}

/// Areas where at least one statement was rated sometimes or never.
pub fn areas_needing_help(answers: &OutcomeAnswers, statements: &[Statement]) -> Vec<OutcomeArea> {
    OutcomeArea::ALL
        .iter()
        .copied()
        .filter(|&area| {
            rated_statements(statements, answers, area)
                .iter()
                .any(|(_, rating)| rating.may_want_help())
        })
        .collect()
}

/// One thing the carer may want to raise at their carer's assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThingToRaise<'a> {
    pub area: OutcomeArea,
    pub statement_id: &'a str,
    /// The statement's "may want help" phrase.
    pub wording: &'a str,
    pub rating: Rating,
}

/// Everything rated sometimes or never, area by area in the carer's order.
pub fn things_to_raise<'a>(
    answers: &OutcomeAnswers,
    statements: &'a [Statement],
) -> Vec<ThingToRaise<'a>> {
    OutcomeArea::ALL
        .iter()
        .flat_map(|&area| {
            rated_statements(statements, answers, area)
                .into_iter()
                .filter(|(_, rating)| rating.may_want_help())
                .map(move |(statement, rating)| ThingToRaise {
                    area,
                    statement_id: &statement.id,
                    wording: &statement.may_want_help,
                    rating,
                })
        })
        .collect()
}

/// What the carer said goes well: the positives they ticked (worded by the
/// caller, `content::outcomes`) and their own words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoesWell {
    pub positives: Vec<Positive>,
    pub text: Option<String>,
}

pub fn goes_well(answers: &OutcomeAnswers) -> GoesWell {
    // Listed in the options' order, once each, however they were saved.
    let positives = Positive::ALL
        .iter()
        .filter(|p| answers.positives.contains(p))
        .copied()
        .collect();
    GoesWell {
        positives,
        text: answers.goes_well_text().map(str::to_owned),
    }
}

fn rated_statements<'a>(
    statements: &'a [Statement],
    answers: &OutcomeAnswers,
    area: OutcomeArea,
) -> Vec<(&'a Statement, Rating)> {
    in_area(statements, area)
        .filter_map(|s| answers.rating(&s.id).map(|rating| (s, rating)))
        .collect()
}
