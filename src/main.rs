//! Wasm entry point: find the host element and mount the app into it.
fn main() {
    carer_check::ui::mount::start();
}
