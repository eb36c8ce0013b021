//! The one store: the carer's answers and where they are in the journey.

use leptos::prelude::*;

use crate::domain::answers::Answers;
use crate::domain::journey::{self, Route};
use crate::storage::Kept;

/// Shared by every component through context. Everything else is derived.
#[derive(Clone, Copy)]
pub struct Store {
    pub answers: RwSignal<Answers>,
    pub route: RwSignal<Route>,
    /// A council the link or the embedding page asked for that we have no
    /// details of; the start page says so until the carer chooses a place.
    pub unknown_council: RwSignal<Option<String>>,
    /// The carer asked to keep their answers on this device (localStorage).
    pub keep_on_device: RwSignal<bool>,
    /// What the last save kept where (`storage::said` turns it into words
    /// on the Your answers page and the task list).
    pub kept: RwSignal<Kept>,
    /// A storage problem, in words for the carer. Told once for each new
    /// state, until hidden.
    pub storage_problem: RwSignal<Option<String>>,
    /// The carer hid the message about the storage problem.
    pub problem_hidden: RwSignal<bool>,
    /// Stored text that could not be read. It is kept as it was (set aside
    /// in storage) until the carer deletes it.
    pub unreadable: RwSignal<Option<String>>,
    /// After two tabs changed the same answer differently: the other tab's
    /// version, kept until the carer chooses.
    pub other: RwSignal<Option<Answers>>,
    /// A short confirmation ("Your answers have been deleted") for the page
    /// in `notice_on`; gone once the carer moves on. (Signal types already in
    /// the app, not new ones: each new signal type costs wasm.)
    pub notice: RwSignal<Option<String>>,
    pub notice_on: RwSignal<Route>,
}

impl Store {
    pub fn new(answers: Answers, route: Route) -> Self {
        Store {
            answers: RwSignal::new(answers),
            route: RwSignal::new(route),
            unknown_council: RwSignal::new(None),
            keep_on_device: RwSignal::new(false),
            kept: RwSignal::new(Kept {
                tab: Ok(()),
                device: None,
                older_on_device: false,
            }),
            storage_problem: RwSignal::new(None),
            problem_hidden: RwSignal::new(false),
            unreadable: RwSignal::new(None),
            other: RwSignal::new(None),
            notice: RwSignal::new(None),
            notice_on: RwSignal::new(route),
        }
    }

    /// Goes to a step. The address bar follows, so back and refresh work.
    pub fn go(&self, route: Route) {
        self.route.set(route);
        super::browser::push_hash(&route.to_hash());
    }

    /// Goes where the journey says this page's main button leads, from the
    /// answers as they are now (so save first).
    pub fn go_next(&self) {
        if let Some(next) = self.next() {
            self.go(next);
        }
    }

    /// Where this page's main button leads, for a button that is a link.
    pub fn next(&self) -> Option<Route> {
        let here = self.route.get_untracked();
        self.answers
            .with_untracked(|answers| journey::next(answers, here))
    }

    /// Where the back link of this page goes (the journey decides).
    pub fn back(&self) -> Route {
        let here = self.route.get_untracked();
        self.answers
            .with_untracked(|answers| journey::back(answers, here))
    }
}

pub fn use_store() -> Store {
    // Not leptos's expect_context: its panic message formats with Debug, which alone pulls
    // about a kilobyte of formatting code into the wasm.
    use_context::<Store>().expect("the app provides the store")
}
