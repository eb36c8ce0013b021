//! The one store: the carer's answers and where they are in the journey.

use leptos::prelude::*;

use crate::domain::answers::Answers;
use crate::domain::journey::Route;

/// Shared by every component through context. Everything else is derived.
#[derive(Clone, Copy)]
pub struct Store {
    pub answers: RwSignal<Answers>,
    pub route: RwSignal<Route>,
}

impl Store {
    pub fn new(answers: Answers, route: Route) -> Self {
        Store {
            answers: RwSignal::new(answers),
            route: RwSignal::new(route),
        }
    }

    /// Goes to a step. The address bar follows, so back and refresh work.
    pub fn go(&self, route: Route) {
        self.route.set(route);
        super::browser::push_hash(&route.to_hash());
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}
