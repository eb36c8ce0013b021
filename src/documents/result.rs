//! What the result of part 1 says to this carer: the wording of each kind,
//! reason and first step (`content`), chosen for who they are
//! (`domain::result`). The result page only lays these out, so the native
//! tests read exactly what a carer reads.

use crate::content::content;
use crate::domain::identify::{CarerKind, CarerProfile};
use crate::domain::result::step_fits;

/// A heading and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub id: &'static str,
    pub title: String,
    pub text: String,
}

/// The result's blocks, in page order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultText {
    /// "What this means for you": one block per kind of carer.
    pub kinds: Vec<Block>,
    /// "Why we think this": one line per reason.
    pub reasons: Vec<String>,
    /// "First things to do": empty when the verdict is "not now".
    pub first_steps: Vec<Block>,
}

impl ResultText {
    /// Every sentence on the result, for tests that look for wording.
    pub fn all_text(&self) -> String {
        let mut out = String::new();
        for block in self.kinds.iter().chain(&self.first_steps) {
            out.push_str(&block.title);
            out.push('\n');
            out.push_str(&block.text);
            out.push('\n');
        }
        for reason in &self.reasons {
            out.push_str(reason);
            out.push('\n');
        }
        out
    }
}

/// The wording of one kind for this carer.
pub fn kind_meaning(kind: CarerKind, profile: &CarerProfile) -> &'static str {
    let text = content().kind(kind);
    match (&text.young_meaning, &text.self_employed_meaning) {
        (Some(young), _) if profile.young => young,
        (_, Some(own)) if profile.self_employed && !profile.employee => own,
        _ => &text.meaning,
    }
}

pub fn result_text(profile: &CarerProfile) -> ResultText {
    let data = content();
    let kinds = profile
        .kinds
        .iter()
        .map(|&kind| Block {
            id: kind.id(),
            title: data.kind(kind).name.clone(),
            text: kind_meaning(kind, profile).to_owned(),
        })
        .collect();
    let reasons = profile
        .reasons
        .iter()
        .map(|&reason| {
            let text = data.reason(reason);
            match (&text.young_text, profile.young) {
                (Some(young), true) => young.clone(),
                _ => text.text.clone(),
            }
        })
        .collect();
    let first_steps = if profile.is_carer() {
        data.result
            .first_step
            .iter()
            .filter(|step| step_fits(step.audience, profile))
            .map(|step| Block {
                id: step.id.as_str(),
                title: step.title.clone(),
                text: step.text.clone(),
            })
            .collect()
    } else {
        Vec::new()
    };
    ResultText {
        kinds,
        reasons,
        first_steps,
    }
}
