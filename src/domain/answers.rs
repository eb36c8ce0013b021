//! The carer's answers: one serialisable value that saving, exporting and
//! printing all read.

use crate::choice_enum;
use crate::domain::choice::Choice;
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
    /// asked apart: rights such as Carer's Leave are for employees only, and
    /// someone looking for work has neither (Jobcentre Plus is for them).
    /// Files saved before the split said "job" for either; it loads as not
    /// answered (see `upgrade_old_answers`).
    WorkStudy {
        Employee => "employee",
        SelfEmployed => "self-employed",
        LookingForWork => "looking-for-work",
        Study => "study",
        Neither => "neither",
    }
);

/// The type of a part 1 answer: one option or none (`Option`), or any
/// number (`Vec`). Ids are checked (`journey::validate`) before `set`.
pub trait Answer {
    /// The options' type.
    type Item: Choice;
    /// Whether more than one option may be chosen.
    const MANY: bool;
    /// The ids of the options, in order.
    fn option_ids() -> Vec<&'static str>;
    /// The ids chosen, in order; empty when not answered.
    fn chosen(&self) -> Vec<&'static str>;
    /// Stores the options with these ids; none clears the answer.
    fn set(&mut self, chosen: &[&str]);
}

// The impls below call these helpers with each type's functions as
// pointers (`Choice`): their copies for each type are then the same code.

fn ids<T: Copy>(all: &[T], id: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|&option| id(option)).collect()
}

/// The id of a question's option that goes alone, checked to be one of
/// that question's options.
fn alone<A: Answer>(option: A::Item) -> Option<&'static str> {
    Some(<A::Item as Choice>::ID(option))
}

fn parse<T>(chosen: &[&str], from_id: fn(&str) -> Option<T>) -> Vec<T> {
    chosen.iter().filter_map(|id| from_id(id)).collect()
}

impl<T: Choice> Answer for Option<T> {
    type Item = T;
    const MANY: bool = false;

    fn option_ids() -> Vec<&'static str> {
        ids(T::ALL, T::ID)
    }

    fn chosen(&self) -> Vec<&'static str> {
        ids(self.as_slice(), T::ID)
    }

    fn set(&mut self, chosen: &[&str]) {
        *self = parse(chosen, T::FROM_ID).into_iter().next();
    }
}

impl<T: Choice> Answer for Vec<T> {
    type Item = T;
    const MANY: bool = true;

    fn option_ids() -> Vec<&'static str> {
        ids(T::ALL, T::ID)
    }

    fn chosen(&self) -> Vec<&'static str> {
        ids(self, T::ID)
    }

    fn set(&mut self, chosen: &[&str]) {
        *self = parse(chosen, T::FROM_ID);
    }
}

/// Declares part 1's questions from one table (see its use below):
/// `QuestionId`, the `CarerAnswers` they fill, and reading, writing and
/// clearing an answer by question. Each match it writes names every
/// question, so nothing can be left out of one.
macro_rules! part1_questions {
    (@alone $ty:ty) => { None };
    (@alone $ty:ty, $alone:expr) => { alone::<$ty>($alone) };
    ($($question:ident => $id:literal, $field:ident: $ty:ty $(, alone $alone:expr)?;)+) => {
        crate::choice_enum!(
            /// Part 1's questions, in the order they are asked.
            QuestionId { $($question => $id),+ }
        );

        /// Answers to part 1, "Am I a carer?". `None` or empty means not
        /// answered yet.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct CarerAnswers {
            $(pub $field: $ty,)+
        }

        impl QuestionId {
            /// Whether more than one option may be chosen (checkboxes).
            pub fn allows_many(self) -> bool {
                match self {
                    $(QuestionId::$question => <$ty as Answer>::MANY,)+
                }
            }

            /// The option ids this question offers, in order.
            pub fn option_ids(self) -> Vec<&'static str> {
                match self {
                    $(QuestionId::$question => <$ty as Answer>::option_ids(),)+
                }
            }

            /// An option that cannot be ticked together with any other
            /// ("None of these").
            pub fn exclusive_option(self) -> Option<&'static str> {
                match self {
                    $(QuestionId::$question => part1_questions!(@alone $ty $(, $alone)?),)+
                }
            }
        }

        impl CarerAnswers {
            /// The option ids chosen for a question; empty when not answered.
            pub fn selected(&self, question: QuestionId) -> Vec<&'static str> {
                match question {
                    $(QuestionId::$question => self.$field.chosen(),)+
                }
            }

            /// Stores the options with these ids as the question's answer
            /// (none clears it). `journey::answer` checks them first.
            pub fn set(&mut self, question: QuestionId, chosen: &[&str]) {
                match question {
                    $(QuestionId::$question => self.$field.set(chosen),)+
                }
            }

            fn put_fields(&self, object: &mut Map) {
                $(put(object, stringify!($field), &self.$field);)+
            }

            fn read_fields(&mut self, fields: &mut Fields) {
                $(fields.read(stringify!($field), &mut self.$field);)+
            }
        }
    };
}

// Part 1's questions. Everything a question is comes from its row here: its
// id (its address, `#/carer/<id>`, and its table in questions.toml), the
// field of `CarerAnswers` it fills (also the field's key in saved files),
// the field's type (`Option<_>`: one option, radio buttons; `Vec<_>`: any
// number, checkboxes) and, after `alone`, an option that cannot be ticked
// with any other. The journey walks the questions in this order, asking
// those `QuestionId::is_asked` says. Adding a question: a row here (with the
// choice_enum! of its options above), an arm in `is_asked` (the compiler
// asks for it), and its wording in questions.toml (a test asks for that).
part1_questions! {
    Age => "age", age: Option<AgeBand>;
    Helps => "helps", helps: Option<Helps>;
    Who => "who", who: Vec<Person>;
    Why => "why", why: Vec<Need>, alone Need::NotSure;
    Tasks => "tasks", tasks: Vec<Task>, alone Task::None;
    LivesWith => "lives-with", lives_with: Option<LivesWith>;
    Hours => "hours", hours: Option<Hours>;
    Paid => "paid", paid: Option<Paid>;
    Work => "work", work: Vec<WorkStudy>, alone WorkStudy::Neither;
}

impl QuestionId {
    /// Whether the question is asked, given the answers so far. Someone who
    /// does not help anyone is not asked about the help they give.
    pub fn is_asked(self, answers: &CarerAnswers) -> bool {
        match self {
            QuestionId::Age | QuestionId::Helps => true,
            QuestionId::Who
            | QuestionId::Why
            | QuestionId::Tasks
            | QuestionId::LivesWith
            | QuestionId::Hours
            | QuestionId::Paid
            | QuestionId::Work => answers.helps != Some(Helps::No),
        }
    }
}

impl Record for CarerAnswers {
    fn to_value(&self) -> Value {
        let mut object = Map::new();
        self.put_fields(&mut object);
        Value::Object(object)
    }

    fn from_value(value: &Value) -> Result<Self, DecodeError> {
        let upgraded = upgrade_old_answers(value);
        let mut fields = Fields::of(upgraded.as_ref().unwrap_or(value))?;
        let mut record = CarerAnswers::default();
        record.read_fields(&mut fields);
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
