//! The browser tests, one wasm test binary run in headless Chromium
//! (`make test-browser`): part 1 to part 4 of the journey, mounted and driven
//! as a carer would, with one shared toolkit (`support`). One binary means one
//! build, one wasm-bindgen run and one browser start for all of them.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

mod part1;
mod part2;
mod part3;
mod part4;
mod support;
