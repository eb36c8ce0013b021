//! Day-to-day care and what is arranged: how long the person can be left
//! alone, whether they may wander (and the description the police ask for),
//! powers of attorney and an advance care plan.

use super::{is_blank, EmergencyPlan};
use crate::choice_enum;

choice_enum!(
    /// A yes/no question where "not sure" is an honest answer.
    YesNoNotSure { Yes => "yes", No => "no", NotSure => "not-sure" }
);

choice_enum!(
    /// How long the person can safely be left alone.
    LeftAlone {
        NotAtAll => "not-at-all",
        UpToAnHour => "up-to-an-hour",
        FewHours => "a-few-hours",
        MostOfTheDay => "most-of-the-day",
        Overnight => "overnight",
        NotSure => "not-sure",
    }
);

crate::record_struct! {
/// What the police ask for when a vulnerable person goes missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Description {
    pub height: String,
    pub build: String,
    pub hair: String,
    pub usual_clothes: String,
    pub distinguishing_features: String,
}
}

impl Description {
    pub fn is_blank(&self) -> bool {
        [
            &self.height,
            &self.build,
            &self.hair,
            &self.usual_clothes,
            &self.distinguishing_features,
        ]
        .iter()
        .all(|text| is_blank(text))
    }
}

crate::record_struct! {
/// Whether a lasting power of attorney is in place, and who holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PowerOfAttorney {
    pub in_place: Option<YesNoNotSure>,
    pub held_by: String,
}
}

crate::record_struct! {
/// Whether there is an advance care plan, and where it is kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AdvanceCarePlan {
    pub in_place: Option<YesNoNotSure>,
    pub kept_where: String,
}
}

impl EmergencyPlan {
    /// Whether the person may wander ("not sure" counts): only then are the
    /// description, habits and places asked for.
    pub fn wander_details_asked(&self) -> bool {
        matches!(
            self.may_wander,
            Some(YesNoNotSure::Yes | YesNoNotSure::NotSure)
        )
    }
}
