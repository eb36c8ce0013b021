//! The person's medicines, and what to take to hospital.

use super::{is_blank, EmergencyPlan};

crate::record_struct! {
/// One medicine the person takes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Medicine {
    pub name: String,
    pub dose: String,
    pub when: String,
    /// Only if it is not kept with the others (`EmergencyPlan::medicines_kept`).
    pub where_kept: String,
}
}

impl EmergencyPlan {
    /// The medicines question is answered: there is a named medicine, or
    /// the carer ticked "takes no medicines".
    pub fn medicines_answered(&self) -> bool {
        self.takes_no_medicines || self.medicines.iter().any(|m| !is_blank(&m.name))
    }

    /// Adds the suggested hospital bag items (from the wording files) the
    /// plan does not have yet. Returns how many were added.
    pub fn add_suggested_hospital_bag(&mut self, suggested: &[String]) -> usize {
        let mut added = 0;
        for item in suggested {
            let present = self
                .hospital_bag
                .iter()
                .any(|have| have.trim().eq_ignore_ascii_case(item));
            if !present {
                self.hospital_bag.push(item.clone());
                added += 1;
            }
        }
        added
    }
}
