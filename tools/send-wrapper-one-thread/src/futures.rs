//! Futures and streams inside a `SendWrapper` are polled on their own thread.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;

use crate::SendWrapper;

impl<F: Future> Future for SendWrapper<F> {
    type Output = F::Output;

    #[track_caller]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // Safety: the future is never moved out of the pinned wrapper.
        unsafe { self.map_unchecked_mut(|wrapper| &mut **wrapper) }.poll(cx)
    }
}

impl<S: Stream> Stream for SendWrapper<S> {
    type Item = S::Item;

    #[track_caller]
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        // Safety: the stream is never moved out of the pinned wrapper.
        unsafe { self.map_unchecked_mut(|wrapper| &mut **wrapper) }.poll_next(cx)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (**self).size_hint()
    }
}
