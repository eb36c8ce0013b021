//! How far along a plan is (for the task list and the list of plans), and
//! what is missing from the arrangements themselves (for signposting).

use super::problems::plan_problems;
use super::{is_blank, EmergencyPlan, LeftAlone, StepInPerson, YesNoNotSure};
use crate::choice_enum;

choice_enum!(
    /// How far along a plan is, for the task list.
    PlanStatus {
        NotStarted => "not-started",
        InProgress => "in-progress",
        Completed => "completed",
    }
);

/// The fewest people who can step in for a plan to count as completed: one
/// person may be away or ill at the same time as the carer.
pub const STEP_IN_PEOPLE_FOR_COMPLETED: usize = 2;

/// - Not started: nothing typed, chosen or ticked.
/// - Completed: the plan covers what matters most in an emergency and has
///   nothing to fix: the person's name; their medicines (at least one
///   named medicine, or "takes no medicines" ticked); at least two people
///   who can step in, each with a name and a phone number someone could
///   ring; and no problems from `plan_problems`.
/// - In progress: anything in between.
pub fn plan_status(plan: &EmergencyPlan) -> PlanStatus {
    if plan.is_blank() {
        return PlanStatus::NotStarted;
    }
    let complete = plan.first_name().is_some()
        && plan.medicines_answered()
        && plan.callable_step_in().count() >= STEP_IN_PEOPLE_FOR_COMPLETED
        && plan_problems(plan).is_empty();
    if complete {
        PlanStatus::Completed
    } else {
        PlanStatus::InProgress
    }
}

choice_enum!(
    /// Something missing from the arrangements themselves (not just the
    /// form), which help and advice could fill. Ids match the signposting
    /// rules.
    PlanGap {
        NoOneToStepIn => "no-one-to-step-in",
        OnlyOneContact => "only-one-contact",
        NoContactHasAgreed => "no-contact-has-agreed",
        NoOneCanProvideCare => "no-one-can-provide-care",
        NoKeyHolder => "no-key-holder",
        CannotBeLeftAlone => "cannot-be-left-alone",
        MayWander => "may-wander",
        MayWanderNoDescription => "may-wander-no-description",
        NoPowerOfAttorney => "no-power-of-attorney",
        PowerOfAttorneyUnknown => "power-of-attorney-unknown",
        NoAdvanceCarePlan => "no-advance-care-plan",
        AdvanceCarePlanUnknown => "advance-care-plan-unknown",
        NoGpDetails => "no-gp-details",
        MedicinesNotListed => "medicines-not-listed",
    }
);

/// Gaps in the arrangements, in `PlanGap::ALL` order. A plan not started has
/// none: there is nothing yet to suggest help from. Questions not answered
/// are not taken as "no".
pub fn plan_gaps(plan: &EmergencyPlan) -> Vec<PlanGap> {
    if plan.is_blank() {
        return Vec::new();
    }
    let named: Vec<&StepInPerson> = plan
        .step_in
        .iter()
        .filter(|person| !is_blank(&person.name))
        .collect();
    let lpas = [plan.lpa_health.in_place, plan.lpa_property.in_place];
    let may_wander = matches!(
        plan.may_wander,
        Some(YesNoNotSure::Yes | YesNoNotSure::NotSure)
    );

    let checks = [
        (PlanGap::NoOneToStepIn, named.is_empty()),
        (PlanGap::OnlyOneContact, named.len() == 1),
        (
            PlanGap::NoContactHasAgreed,
            !named.is_empty() && !named.iter().any(|p| p.agreed_to_be_contacted),
        ),
        (
            PlanGap::NoOneCanProvideCare,
            !named.is_empty() && !named.iter().any(|p| p.can_provide_care),
        ),
        (
            PlanGap::NoKeyHolder,
            is_blank(&plan.key_holders) && !named.iter().any(|p| p.has_key),
        ),
        (
            PlanGap::CannotBeLeftAlone,
            plan.left_alone == Some(LeftAlone::NotAtAll),
        ),
        (
            PlanGap::MayWander,
            plan.may_wander == Some(YesNoNotSure::Yes),
        ),
        (
            PlanGap::MayWanderNoDescription,
            may_wander
                && plan.description.is_blank()
                && is_blank(&plan.habits)
                && is_blank(&plan.places_they_go),
        ),
        (
            PlanGap::NoPowerOfAttorney,
            lpas.contains(&Some(YesNoNotSure::No)),
        ),
        (
            PlanGap::PowerOfAttorneyUnknown,
            lpas.contains(&Some(YesNoNotSure::NotSure)),
        ),
        (
            PlanGap::NoAdvanceCarePlan,
            plan.advance_care_plan.in_place == Some(YesNoNotSure::No),
        ),
        (
            PlanGap::AdvanceCarePlanUnknown,
            plan.advance_care_plan.in_place == Some(YesNoNotSure::NotSure),
        ),
        (
            PlanGap::NoGpDetails,
            is_blank(&plan.gp.name) && plan.gp.phone.is_empty(),
        ),
        (PlanGap::MedicinesNotListed, !plan.medicines_answered()),
    ];
    checks
        .into_iter()
        .filter_map(|(gap, applies)| applies.then_some(gap))
        .collect()
}
