//! Effects, boxed.
//!
//! Leptos's `Effect::new` makes its own copy of the effect loop (a future,
//! its task and its storage) for every closure it is given: about 1 KB of
//! wasm each. Boxing the closure first gives the whole app one copy.

use leptos::prelude::Effect;

/// Runs `work` now, and again whenever a signal it reads changes. Its
/// argument is `None` on the first run only.
pub fn effect(work: impl FnMut(Option<()>) + 'static) {
    let mut work: Box<dyn FnMut(Option<()>)> = Box::new(work);
    Effect::new(move |first_run: Option<()>| work(first_run));
}
