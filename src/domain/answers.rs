//! The carer's answers: one serialisable value that saving, exporting and
//! printing all read.

use crate::choice_enum;
use crate::domain::from_answers::CardChoices;
use crate::domain::letters::WorkRequest;
use crate::domain::outcomes::OutcomeAnswers;
use crate::domain::plan::{AboutYou, EmergencyPlan};
use crate::domain::record::{put, DecodeError, Fields, Record};
use crate::json::{Map, Value};

choice_enum!(
    /// The carer's own age band. Young adult carers are 18 to 24 here
    /// (Birmingham says 18–25, Worcestershire 19–24; we chose one band).
    /// Under-18s are asked if they are 16 or 17: from 16 a young carer may
    /// get Carer's Allowance, and can ask for an assessment for when they
    /// turn 18 (Care Act 2014 s.63). Files saved before the split said
    /// "under-18"; it loads as not answered (see `upgrade_old_answers`).
    AgeBand {
        Under16 => "under-16",
        From16To17 => "16-17",
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

impl AgeBand {
    /// Under 18: a young carer.
    pub fn is_young(self) -> bool {
        matches!(self, AgeBand::Under16 | AgeBand::From16To17)
    }
}

choice_enum!(
    /// Work and study alongside caring. Employees and the self-employed are
    /// asked apart: rights such as Carer's Leave are for employees only.
    /// Files saved before the split said "job" for either; it loads as not
    /// answered (see `upgrade_old_answers`).
    WorkStudy {
        Employee => "employee",
        SelfEmployed => "self-employed",
        Study => "study",
        Neither => "neither",
    }
);

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

impl Record for CarerAnswers {
    fn to_value(&self) -> Value {
        let mut object = Map::new();
        put(&mut object, "age", &self.age);
        put(&mut object, "helps", &self.helps);
        put(&mut object, "who", &self.who);
        put(&mut object, "why", &self.why);
        put(&mut object, "tasks", &self.tasks);
        put(&mut object, "lives_with", &self.lives_with);
        put(&mut object, "hours", &self.hours);
        put(&mut object, "paid", &self.paid);
        put(&mut object, "work", &self.work);
        Value::Object(object)
    }

    fn from_value(value: &Value) -> Result<Self, DecodeError> {
        let upgraded = upgrade_old_answers(value);
        let mut fields = Fields::of(upgraded.as_ref().unwrap_or(value))?;
        let mut record = CarerAnswers::default();
        fields.read("age", &mut record.age);
        fields.read("helps", &mut record.helps);
        fields.read("who", &mut record.who);
        fields.read("why", &mut record.why);
        fields.read("tasks", &mut record.tasks);
        fields.read("lives_with", &mut record.lives_with);
        fields.read("hours", &mut record.hours);
        fields.read("paid", &mut record.paid);
        fields.read("work", &mut record.work);
        fields.finish(record)
    }
}

/// Answers saved before two questions were asked more precisely: the age
/// "under-18" (now under 16, or 16 or 17) and the work answer "job" (now an
/// employee, or self-employed). Neither can be turned into a new answer
/// without guessing, so that one question loads as not answered and is
/// asked again; everything else in the file loads as it was.
fn upgrade_old_answers(value: &Value) -> Option<Value> {
    let object = value.as_object()?;
    let old_age = object.get("age").and_then(Value::as_str) == Some("under-18");
    let old_work = object
        .get("work")
        .and_then(Value::as_array)
        .is_some_and(|work| work.iter().any(|v| v.as_str() == Some("job")));
    if !old_age && !old_work {
        return None;
    }
    let mut out = Map::new();
    for (key, item) in object.iter() {
        let forget = (key == "age" && old_age) || (key == "work" && old_work);
        out.insert(key.clone(), if forget { Value::Null } else { item.clone() });
    }
    Some(Value::Object(out))
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
