//! Wasm entry point: find the host element and mount the app into it.

// Talc in place of Rust's default wasm allocator (dlmalloc): a smaller
// module, and faster allocation on a slow phone. The app is single-threaded.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    carer_check::ui::mount::start();
}

// The app runs only in the browser; natively there is nothing to start.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
