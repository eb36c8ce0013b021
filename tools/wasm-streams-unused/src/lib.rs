//! Stands in for wasm-streams, which Leptos pulls in for server functions that stream.
//!
//! Carer Check has no server and never calls a server function, yet the real crate
//! exports three classes to JavaScript, and exports are never dropped as dead code:
//! about 3 KB of compressed download for code that cannot run. This crate keeps the
//! names server_fn uses so it still compiles; turning a Rust stream into a browser
//! stream, or back, stops the app with a clear message instead.

use futures_util::stream::{Empty, Stream};
use wasm_bindgen::JsValue;

pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        no_streams()
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    pub fn into_stream(self) -> Empty<Result<JsValue, JsValue>> {
        no_streams()
    }
}

#[cold]
fn no_streams() -> ! {
    panic!("Carer Check has no server: streaming server functions are not built in")
}
