//! The ready-made letters: to the GP practice, to an employer, and the list
//! of things to raise at a carer's assessment.
//!
//! A letter is plain structured text (title and blocks), not markup: the UI
//! renders it and the carer's own words stay text. The letters are written
//! from their wording (`content/data/letters.toml`) by `documents::letters`.

use crate::choice_enum;

choice_enum!(
    /// The ready-made letters.
    LetterKind {
        Gp => "gp",
        Employer => "employer",
        Assessment => "assessment",
    }
);

choice_enum!(
    /// What the carer asks their employer for.
    WorkRequest {
        CarersLeave => "carers-leave",
        FlexibleWorking => "flexible-working",
    }
);

/// Whose assessment the list is for: each has its own law and its own name.
/// A parent who cares only for their own child under 18 has a parent carer
/// needs assessment, not the Care Act carer's assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssessmentFor {
    Carer,
    YoungCarer,
    ParentCarer,
}

/// Someone the carer looks after, as the letters name them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CaredFor {
    pub first_name: String,
    /// Who they are to the carer, such as "mum" or "husband".
    pub relationship: String,
}

/// What the carer typed for their letters. Every field may be blank.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LetterDetails {
    pub carer_name: String,
    /// One line per line of the address.
    pub address: String,
    pub phone: String,
    pub email: String,
    pub date_of_birth: String,
    pub cared_for: Vec<CaredFor>,
    pub gp_practice: String,
    pub employer: String,
    pub manager: String,
    /// The carer's choice, kept so it is saved with the rest; the UI passes it
    /// to `documents::letters::employer_letter`.
    pub work_request: Option<WorkRequest>,
    /// Carer's Leave: when, in the carer's words.
    pub leave_dates: String,
    /// Flexible working: the pattern now and the one asked for.
    pub current_pattern: String,
    pub new_pattern: String,
    pub start_date: String,
    /// Whether they have asked this employer for flexible working before.
    pub asked_before: Option<bool>,
    pub asked_before_when: String,
}

/// A piece of a letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// Lines shown one under another, such as an address.
    Lines(Vec<String>),
    Heading(String),
    Subheading(String),
    Paragraph(String),
    Bullets(Vec<String>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub kind: LetterKind,
    pub title: String,
    pub blocks: Vec<Block>,
}

impl Letter {
    /// The letter as plain text, for copying or checking.
    pub fn to_text(&self) -> String {
        let mut parts = vec![self.title.clone()];
        for block in &self.blocks {
            parts.push(match block {
                Block::Lines(lines) => lines.join("\n"),
                Block::Heading(text) | Block::Subheading(text) | Block::Paragraph(text) => {
                    text.clone()
                }
                Block::Bullets(items) => items
                    .iter()
                    .map(|item| format!("- {item}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
            });
        }
        parts.join("\n\n")
    }
}

/// The facts a letter of this kind may state (for showing sources).
pub fn facts_used(kind: LetterKind) -> &'static [&'static str] {
    match kind {
        LetterKind::Gp => &["gp-carer-offers"],
        LetterKind::Employer => &["carers-leave", "flexible-working"],
        LetterKind::Assessment => &[
            "carers-assessment",
            "young-carers-assessment",
            "parent-carers-assessment",
        ],
    }
}
