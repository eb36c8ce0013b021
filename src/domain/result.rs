//! Who the result of part 1's advice is for: the rule that picks the first
//! steps that fit this carer. The result's wording is chosen by
//! `documents::result`.

use crate::domain::identify::{CarerKind, CarerProfile};

crate::choice_enum!(
    /// Who a first step is for: adults; under-18s; parent carers; adults who
    /// care for an adult (the Care Act carer's assessment); 16- and
    /// 17-year-olds (the assessment for when they turn 18).
    Audience {
        Adult => "adult",
        Young => "young",
        Parent => "parent",
        CarerOfAdult => "carer-of-adult",
        SixteenOrSeventeen => "16-17",
    }
);

/// Whether a first step is for this carer.
pub fn step_fits(audience: Audience, profile: &CarerProfile) -> bool {
    match audience {
        Audience::Adult => !profile.young,
        Audience::Young => profile.young,
        Audience::Parent => profile.has(CarerKind::ParentCarer),
        Audience::CarerOfAdult => !profile.young && profile.cares_for_adult,
        Audience::SixteenOrSeventeen => profile.is_sixteen_or_seventeen(),
    }
}
