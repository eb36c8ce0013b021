//! Content for part 2, "How are things for you?", and for the ready-made
//! letters that draw on it: `data/outcomes.toml` and `data/letters.toml`.
//!
//! Ids are parsed straight into the domain's enums, so a mistyped area,
//! rating or positive fails to load (and fails the native tests).

use crate::domain::outcomes::{AreaPicture, OutcomeArea, Positive, Rating};

pub use super::schema::outcomes::*;
pub use crate::domain::outcomes::Statement;

/// Part 2's content, parsed once on first use.
pub fn outcomes_content() -> &'static OutcomesContent {
    &super::bundle().outcomes
}

// ---------------------------------------------------------------- outcomes

impl Outcomes {
    pub fn area(&self, area: OutcomeArea) -> &AreaText {
        self.area
            .iter()
            .find(|a| a.id == area)
            .expect("every area has content (checked by tests)")
    }

    /// The area's statements, in the order the carer sees them.
    pub fn statements(&self, area: OutcomeArea) -> impl Iterator<Item = &Statement> {
        self.statement.iter().filter(move |s| s.area == area)
    }

    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statement.iter().find(|s| s.id == id)
    }

    pub fn rating_label(&self, rating: Rating) -> &str {
        &self
            .rating
            .iter()
            .find(|r| r.id == rating)
            .expect("every rating has a label (checked by tests)")
            .label
    }

    pub fn positive_label(&self, positive: Positive) -> &str {
        &self
            .positive
            .iter()
            .find(|p| p.id == positive)
            .expect("every positive has a label (checked by tests)")
            .label
    }
}

impl AreaText {
    pub fn intro_for(&self, young: bool) -> &str {
        match (&self.young_intro, young) {
            (Some(intro), true) => intro,
            _ => &self.intro,
        }
    }

    pub fn sentence(&self, picture: AreaPicture) -> &str {
        let s = &self.sentences;
        match picture {
            AreaPicture::MostlyGoingWell => &s.mostly_going_well,
            AreaPicture::Mixed => &s.mixed,
            AreaPicture::SomeThingsHard => &s.some_things_hard,
            AreaPicture::NothingAnswered => &s.nothing_answered,
        }
    }
}

// ----------------------------------------------------------------- letters

impl Letters {
    pub fn fact(&self, id: &str) -> &Fact {
        self.fact
            .iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("fact {id} is in letters.toml (checked by tests)"))
    }
}
