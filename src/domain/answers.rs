//! The carer's answers: one serialisable value that saving, exporting and
//! printing all read.

use crate::choice_enum;
use crate::domain::from_answers::CardChoices;
use crate::domain::letters::WorkRequest;
use crate::domain::outcomes::OutcomeAnswers;
use crate::domain::plan::{AboutYou, EmergencyPlan};

choice_enum!(
    /// The carer's own age band. Young adult carers are 18 to 24 here
    /// (Birmingham says 18–25, Worcestershire 19–24; we chose one band).
    AgeBand {
        Under18 => "under-18",
        From18To24 => "18-24",
        From25To64 => "25-64",
        From65 => "65-plus",
    }
);

choice_enum!(
    /// Whether the person helps someone who could not manage without them.
    Helps { Yes => "yes", No => "no", NotSure => "not-sure" }
);

choice_enum!(
    /// Who the carer helps. More than one may apply.
    Person {
        ChildUnder18 => "child-under-18",
        ChildAdult => "child-adult",
        Grandchild => "grandchild",
        Partner => "partner",
        Parent => "parent",
        Sibling => "sibling",
        OtherRelative => "other-relative",
        Friend => "friend",
    }
);

choice_enum!(
    /// Why the person (or people) need help.
    Need {
        IllnessOrDisability => "illness-or-disability",
        OlderOrFrail => "older-or-frail",
        Dementia => "dementia",
        MentalHealth => "mental-health",
        DrugsOrAlcohol => "drugs-or-alcohol",
        LearningDisability => "learning-disability",
        Other => "other",
        NotSure => "not-sure",
    }
);

choice_enum!(
    /// What the carer helps with.
    Task {
        PersonalCare => "personal-care",
        Medicines => "medicines",
        Appointments => "appointments",
        Household => "household",
        Money => "money",
        Company => "company",
        Safety => "safety",
        Speaking => "speaking",
        Other => "other",
        None => "none",
    }
);

choice_enum!(
    /// Whether the person helped lives with the carer.
    LivesWith { Yes => "yes", No => "no", Some => "some" }
);

choice_enum!(
    /// Roughly how many hours a week the carer spends helping.
    Hours {
        Under10 => "under-10",
        From10To19 => "10-19",
        From20To34 => "20-34",
        From35To49 => "35-49",
        From50 => "50-plus",
        NotSure => "not-sure",
    }
);

choice_enum!(
    /// Whether the help is paid work. Carer's Allowance is a benefit, not pay.
    Paid {
        No => "no",
        CarersAllowance => "carers-allowance",
        Job => "job",
        Volunteer => "volunteer",
        NotSure => "not-sure",
    }
);

choice_enum!(
    /// Work and study alongside caring.
    WorkStudy { Job => "job", Study => "study", Neither => "neither" }
);

crate::record_struct! {
/// Answers to part 1, "Am I a carer?". `None` or empty means not answered yet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CarerAnswers {
    pub age: Option<AgeBand>,
    pub helps: Option<Helps>,
    pub who: Vec<Person>,
    pub why: Vec<Need>,
    pub tasks: Vec<Task>,
    pub lives_with: Option<LivesWith>,
    pub hours: Option<Hours>,
    pub paid: Option<Paid>,
    pub work: Vec<WorkStudy>,
}
}

crate::record_struct! {
/// Everything the carer has told us.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Part 1, "Am I a carer?".
    pub carer: CarerAnswers,
    /// The carer's own details, for the passport, card and letters.
    pub about_you: AboutYou,
    /// Part 2, "How are things for you?".
    pub outcomes: OutcomeAnswers,
    /// Part 3: one emergency plan per person cared for.
    pub plans: Vec<EmergencyPlan>,
    /// Part 4: what the carer chose on the document pages.
    pub documents: DocumentChoices,
    /// Where the person cared for lives: a council preset id,
    /// `place::ELSEWHERE`, or empty when not chosen (see `domain::place`).
    pub council: String,
}
}

crate::record_struct! {
/// Choices made on the document pages, kept so they are there next time.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentChoices {
    /// What goes on the wallet card about the carer.
    pub card: CardChoices,
    /// What the letter to an employer asks for; Carer's Leave when not chosen.
    pub work_request: Option<WorkRequest>,
}
}

impl Answers {
    pub fn is_empty(&self) -> bool {
        *self == Answers::default()
    }
}
