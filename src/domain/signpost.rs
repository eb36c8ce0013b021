//! "Where to get help": which services to suggest to a carer, and why.
//!
//! The rules are data (`content/data/signposts.toml`); this module decides
//! which of them apply and turns them into an ordered, de-duplicated list.
//! A rule points at a *purpose* (so a council's own service of that purpose
//! comes first) or at one entry. Nothing here touches the browser.

use crate::choice_enum;
use crate::domain::answers::{Hours, Need, WorkStudy};
use crate::domain::identify::CarerProfile;
use crate::domain::services::{Entry, Services};

choice_enum!(
    /// What a service is for. A rule that targets a purpose picks up the
    /// council's local services of that purpose before the national ones.
    Purpose {
        CarersHub => "carers-hub",
        CarersAdvice => "carers-advice",
        Assessment => "assessment",
        ParentCarers => "parent-carers",
        OlderPeople => "older-people",
        Advocacy => "advocacy",
        HaveASay => "have-a-say",
        Benefits => "benefits",
        MoneyAdvice => "money-advice",
        WorkRights => "work-rights",
        WorkAdvice => "work-advice",
        /// Help to find work alongside caring.
        FindingWork => "finding-work",
        Education => "education",
        Breaks => "breaks",
        HealthWellbeing => "health-wellbeing",
        CrisisSupport => "crisis-support",
        MentalHealth => "mental-health",
        Dementia => "dementia",
        Stroke => "stroke",
        SubstanceUse => "substance-use",
        YoungCarers => "young-carers",
        Emergency => "emergency",
        DomesticAbuse => "domestic-abuse",
        /// The council's adult safeguarding route: an adult who needs care
        /// is being harmed or neglected (Care Act 2014 s.42).
        Safeguarding => "safeguarding",
        /// Help to move and lift someone safely: training, equipment and an
        /// occupational therapy assessment.
        MovingAndHandling => "moving-and-handling",
        /// Advice for families of someone with a learning disability.
        LearningDisability => "learning-disability",
        EmergencyCard => "emergency-card",
        HospitalCard => "hospital-card",
        Planning => "planning",
        MissingPerson => "missing-person",
    }
);

choice_enum!(
    /// The headings of the printed "where to get help" list, in print order.
    Group {
        ForYouNow => "for-you-now",
        Money => "money",
        Work => "work",
        Breaks => "breaks",
        HealthAndWellbeing => "health-and-wellbeing",
        YoungCarers => "young-carers",
        EmergenciesAndPlanning => "emergencies-and-planning",
    }
);

choice_enum!(
    /// Who a service is for, as a safety net under the rules: an under-18
    /// never sees adult-only services, and an adult never sees Childline.
    Audience {
        Everyone => "everyone",
        Adults => "adults",
        /// Carer's Allowance and Carer's Credit start at 16, so most young
        /// carers cannot get them. Only rules written for under-18s (with
        /// their own wording about being 16 or 17) may suggest these to them.
        SixteenPlus => "sixteen-plus",
        UnderEighteen => "under-18",
    }
);

/// A directory entry that does not say is for everyone.
impl Default for Audience {
    fn default() -> Self {
        Audience::Everyone
    }
}

/// Outcome areas a rule may name: the ids of `domain::outcomes::OutcomeArea`
/// (kept as strings here; `tests/signpost.rs` checks they match).
pub const OUTCOME_AREA_IDS: &[&str] = &[
    "recognised-and-valued",
    "a-life-of-my-own",
    "mentally-and-physically-well",
    "staying-safe",
];

/// Emergency plan gaps a rule may name: ids of `domain::plan::PlanGap` (a
/// test checks they exist). Gaps not listed lead to no suggestion: the plan's
/// own prompts deal with them.
pub const PLAN_GAP_IDS: &[&str] = &[
    "no-one-to-step-in",
    "only-one-contact",
    "no-one-can-provide-care",
    "cannot-be-left-alone",
    "may-wander",
    "may-wander-no-description",
    "no-power-of-attorney",
    "power-of-attorney-unknown",
];

/// What signposting needs to know. Built by the caller from the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignpostInput {
    pub profile: CarerProfile,
    /// Why the person cared for needs help.
    pub needs: Vec<Need>,
    pub work: Vec<WorkStudy>,
    pub hours: Option<Hours>,
    /// Outcome area ids where the carer may want help (see `OUTCOME_AREA_IDS`).
    pub areas_needing_help: Vec<String>,
    /// Ids of the part 2 statements the carer rated "sometimes" or "never",
    /// so that help can answer what they actually said (being hurt or
    /// scared at home is not the same as finding lifting hard).
    pub statements_needing_help: Vec<String>,
    /// Emergency plan gap ids (see `PLAN_GAP_IDS`).
    pub plan_gaps: Vec<String>,
    /// What the carer wrote about the person's conditions in the emergency
    /// plan. Part 1 has no "stroke" answer, so rules match words here
    /// instead. It never leaves the device, like every other answer.
    pub condition_notes: Vec<String>,
    /// A council preset id such as "bury"; unknown ids mean national only.
    /// The caller picks the services for it (`content::directory`).
    pub council: Option<String>,
}

/// One service to show, with every reason it was suggested.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub entry: String,
    pub group: Group,
    /// True for the council's own services.
    pub local: bool,
    pub why: Vec<String>,
}

pub use super::data::Rule;

/// What a rule points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target<'a> {
    Purpose(Purpose),
    Entry(&'a str),
}

impl Rule {
    /// `None` when the rule names both or neither (a content test forbids it).
    pub fn target(&self) -> Option<Target<'_>> {
        match (self.purpose, self.entry.as_deref()) {
            (Some(purpose), None) => Some(Target::Purpose(purpose)),
            (None, Some(id)) => Some(Target::Entry(id)),
            _ => None,
        }
    }

    pub fn has_conditions(&self) -> bool {
        !(self.any_kinds.is_empty()
            && self.none_of_kinds.is_empty()
            && self.any_needs.is_empty()
            && self.any_areas.is_empty()
            && self.any_statements.is_empty()
            && self.any_ages.is_empty()
            && self.any_gaps.is_empty()
            && self.any_words.is_empty()
            && self.working.is_none()
            && self.employee.is_none()
            && self.self_employed.is_none()
            && self.studying.is_none()
            && self.looking_for_work.is_none()
            && self.cares_for_adult.is_none()
            && self.more_than_one.is_none()
            && self.young.is_none()
            && self.hours_at_least.is_none())
    }

    pub fn applies(&self, input: &SignpostInput) -> bool {
        if !self.always && !self.has_conditions() {
            return false;
        }
        let profile = &input.profile;
        let any = |wanted: &[String], have: &[String]| {
            wanted.is_empty() || wanted.iter().any(|w| have.contains(w))
        };
        let flag = |wanted: Option<bool>, have: bool| wanted.is_none_or(|w| w == have);
        (self.any_kinds.is_empty() || self.any_kinds.iter().any(|&k| profile.has(k)))
            && !self.none_of_kinds.iter().any(|&k| profile.has(k))
            && (self.any_needs.is_empty() || self.any_needs.iter().any(|n| input.needs.contains(n)))
            && any(&self.any_areas, &input.areas_needing_help)
            && any(&self.any_statements, &input.statements_needing_help)
            && (self.any_ages.is_empty() || profile.age.is_some_and(|a| self.any_ages.contains(&a)))
            && any(&self.any_gaps, &input.plan_gaps)
            && (self.any_words.is_empty() || mentions_any(&input.condition_notes, &self.any_words))
            && flag(
                self.working,
                input.work.contains(&WorkStudy::Employee)
                    || input.work.contains(&WorkStudy::SelfEmployed),
            )
            && flag(self.employee, profile.employee)
            && flag(self.self_employed, profile.self_employed)
            && flag(self.studying, input.work.contains(&WorkStudy::Study))
            && flag(
                self.looking_for_work,
                input.work.contains(&WorkStudy::LookingForWork),
            )
            && flag(self.cares_for_adult, profile.cares_for_adult)
            && flag(self.more_than_one, profile.more_than_one)
            && flag(self.young, profile.young)
            && self
                .hours_at_least
                .is_none_or(|min| input.hours.is_some_and(|h| h != Hours::NotSure && h >= min))
    }

    pub fn why_for(&self, young: bool) -> &str {
        match (&self.young_why, young) {
            (Some(text), true) => text,
            _ => &self.why,
        }
    }
}

/// Whole-word match, ignoring case and a plural "s" ("strokes").
fn mentions_any(notes: &[String], words: &[String]) -> bool {
    notes.iter().any(|note| {
        note.to_ascii_lowercase()
            .split(|c: char| !super::chars::is_letter_or_digit(c))
            .any(|w| {
                words
                    .iter()
                    .any(|want| w == want || w.strip_suffix('s') == Some(want.as_str()))
            })
    })
}

/// Whether this carer may be shown this entry through this rule.
fn audience_allows(entry: &Entry, young: bool, rule_for_young: bool) -> bool {
    match entry.audience {
        Audience::Everyone => true,
        Audience::Adults => !young,
        Audience::UnderEighteen => young,
        Audience::SixteenPlus => !young || rule_for_young,
    }
}

/// The suggestions for this carer, in print order: by group, then by the
/// order their purposes first came up, local before national, then by rule
/// order. Each entry appears once, with the reasons of every rule that chose
/// it. The caller passes the rules and the services for `input.council`
/// (`content::directory`).
pub fn suggest(input: &SignpostInput, rules: &[Rule], services: Services<'_>) -> Vec<Suggestion> {
    let young = input.profile.young;

    struct Found<'a> {
        entry: &'a Entry,
        local: bool,
        why: Vec<String>,
    }
    let mut found: Vec<Found> = Vec::new();
    for rule in rules {
        let Some(target) = rule.target() else {
            continue;
        };
        if !rule.applies(input) {
            continue;
        }
        let why = rule.why_for(young);
        for (entry, local) in services.resolve(target) {
            if !audience_allows(entry, young, rule.young == Some(true)) {
                continue;
            }
            match found.iter_mut().find(|f| f.entry.id == entry.id) {
                Some(f) if f.why.iter().any(|w| w == why) => {}
                Some(f) => f.why.push(why.to_owned()),
                None => found.push(Found {
                    entry,
                    local,
                    why: vec![why.to_owned()],
                }),
            }
        }
    }

    // Purposes keep the order in which rules first brought them up, so the
    // list reads in the order the rules file was written.
    let mut purposes: Vec<Purpose> = Vec::new();
    for f in &found {
        if !purposes.contains(&f.entry.purpose) {
            purposes.push(f.entry.purpose);
        }
    }
    let rank = |p: Purpose| purposes.iter().position(|&q| q == p).unwrap_or(usize::MAX);
    // The sort is stable, so ties keep rule order.
    super::small_sort::sort_small_by_key(&mut found, |f| {
        (f.entry.group, rank(f.entry.purpose), !f.local)
    });

    found
        .into_iter()
        .map(|f| Suggestion {
            entry: f.entry.id.clone(),
            group: f.entry.group,
            local: f.local,
            why: f.why,
        })
        .collect()
}

/// How many suggestions come first, in full, before "More help".
pub const SHORTLIST_MAX: usize = 8;

/// What matters most comes first: help with being safe and coping now; the
/// one place that can help with everything (the carers centre or young
/// carers service); the carer's own rights (an assessment, money); help
/// with the person's condition; work and study; then the rest. Purposes not
/// listed rank after all of these, in list order.
pub const PURPOSE_RANK: &[Purpose] = &[
    Purpose::CrisisSupport,
    Purpose::DomesticAbuse,
    Purpose::Safeguarding,
    Purpose::CarersHub,
    Purpose::YoungCarers,
    Purpose::Assessment,
    Purpose::ParentCarers,
    Purpose::Benefits,
    Purpose::Dementia,
    Purpose::Stroke,
    Purpose::LearningDisability,
    Purpose::MentalHealth,
    Purpose::SubstanceUse,
    Purpose::MovingAndHandling,
    Purpose::WorkRights,
    Purpose::FindingWork,
    Purpose::Education,
    Purpose::Breaks,
    Purpose::MoneyAdvice,
    Purpose::OlderPeople,
    Purpose::CarersAdvice,
    Purpose::HealthWellbeing,
    Purpose::MissingPerson,
    Purpose::Planning,
    Purpose::Advocacy,
    Purpose::WorkAdvice,
    Purpose::EmergencyCard,
    Purpose::HospitalCard,
    Purpose::Emergency,
    Purpose::HaveASay,
];

/// A help list split in two: the few that matter most, in full, and the
/// rest under "More help".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shortlist {
    pub first: Vec<Suggestion>,
    pub more: Vec<Suggestion>,
}

/// Chooses at most [`SHORTLIST_MAX`] suggestions to put first. By purpose
/// rank (local before national within a purpose), one per purpose while
/// other purposes are waiting, so the first few cover different needs
/// rather than two dementia charities; any room left goes to the next in
/// rank. Each keeps the reasons it was suggested for. "More help" keeps the
/// list's own order (by heading).
pub fn shortlist(
    suggestions: &[Suggestion],
    purpose_of: impl Fn(&str) -> Option<Purpose>,
) -> Shortlist {
    let rank = |s: &Suggestion| {
        let purpose = purpose_of(&s.entry);
        let at = purpose
            .and_then(|p| PURPOSE_RANK.iter().position(|&q| q == p))
            .unwrap_or(PURPOSE_RANK.len());
        (at, !s.local)
    };
    let mut order: Vec<usize> = (0..suggestions.len()).collect();
    super::small_sort::sort_small_by_key(&mut order, |&i| rank(&suggestions[i]));

    let mut chosen: Vec<usize> = Vec::new();
    let mut purposes: Vec<Option<Purpose>> = Vec::new();
    // First pass: one per purpose; second pass: fill what room is left.
    for first_pass in [true, false] {
        for &i in &order {
            if chosen.len() == SHORTLIST_MAX {
                break;
            }
            let purpose = purpose_of(&suggestions[i].entry);
            if chosen.contains(&i) || (first_pass && purposes.contains(&purpose)) {
                continue;
            }
            chosen.push(i);
            purposes.push(purpose);
        }
    }
    // The first few read in rank order; "More help" in the list's order.
    let mut first_order: Vec<usize> = chosen.clone();
    super::small_sort::sort_small_by_key(&mut first_order, |&i| {
        (rank(&suggestions[i]), order.iter().position(|&j| j == i))
    });
    Shortlist {
        first: first_order
            .iter()
            .map(|&i| suggestions[i].clone())
            .collect(),
        more: (0..suggestions.len())
            .filter(|i| !chosen.contains(i))
            .map(|i| suggestions[i].clone())
            .collect(),
    }
}
