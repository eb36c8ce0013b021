//! The one store: the carer's answers and where they are in the journey.

use leptos::prelude::*;

use crate::domain::answers::Answers;
use crate::domain::journey::Route;

/// Shared by every component through context. Everything else is derived.
#[derive(Clone, Copy)]
pub struct Store {
    pub answers: RwSignal<Answers>,
    pub route: RwSignal<Route>,
    /// A council the link or the embedding page asked for that we have no
    /// details of; the start page says so until the carer chooses a place.
    pub unknown_council: RwSignal<Option<String>>,
}

impl Store {
    pub fn new(answers: Answers, route: Route) -> Self {
        Store {
            answers: RwSignal::new(answers),
            route: RwSignal::new(route),
            unknown_council: RwSignal::new(None),
        }
    }

    /// Goes to a step. The address bar follows, so back and refresh work.
    pub fn go(&self, route: Route) {
        self.route.set(route);
        super::browser::push_hash(&route.to_hash());
    }
}

pub fn use_store() -> Store {
    // Not leptos's expect_context: its panic message formats with Debug, which alone pulls
    // about a kilobyte of formatting code into the wasm.
    use_context::<Store>().expect("the app provides the store")
}
