//! Stands in for the send_wrapper crate (0.6), with the same API.
//!
//! A `SendWrapper` lets a value that is not `Send` be moved between threads,
//! and checks on each use that it is used on the thread that made it. Leptos
//! wraps DOM nodes and closures in it. In the browser Carer Check is wasm
//! without threads, so that check cannot fail; the original asks the
//! standard library for the current thread each time all the same, which
//! puts about 6 KB of thread bookkeeping (and a second allocator) into the
//! wasm. Here single-threaded wasm skips the question. Everywhere else (the
//! native tests) the check is the original's.

use std::fmt;
use std::mem::{self, ManuallyDrop};
use std::ops::{Deref, DerefMut};

#[cfg(feature = "futures")]
mod futures;

/// Which thread made a value.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Thread;

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
fn current_thread() -> Thread {
    // Wasm without atomics has one thread: this one.
    Thread
}

#[cfg(not(all(target_family = "wasm", not(target_feature = "atomics"))))]
type Thread = std::thread::ThreadId;

#[cfg(not(all(target_family = "wasm", not(target_feature = "atomics"))))]
fn current_thread() -> Thread {
    std::thread::current().id()
}

/// Moves a value that is not `Send` between threads; using or dropping it on
/// any thread but the one that made it panics.
pub struct SendWrapper<T> {
    data: ManuallyDrop<T>,
    thread: Thread,
}

impl<T> SendWrapper<T> {
    pub fn new(data: T) -> SendWrapper<T> {
        SendWrapper {
            data: ManuallyDrop::new(data),
            thread: current_thread(),
        }
    }

    /// Whether the value may be used on this thread.
    pub fn valid(&self) -> bool {
        self.thread == current_thread()
    }

    /// The value itself. Panics on another thread.
    #[track_caller]
    pub fn take(self) -> T {
        self.assert_valid();
        let mut this = ManuallyDrop::new(self);
        // Safety: checked above; `data` is only moved out here and in drop,
        // and drop will not run for `this`.
        unsafe { ManuallyDrop::take(&mut this.data) }
    }

    #[track_caller]
    fn assert_valid(&self) {
        if !self.valid() {
            wrong_thread("used")
        }
    }
}

// Safety: the value is only reached through `assert_valid`, and dropped on
// the thread that made it (or not at all).
unsafe impl<T> Send for SendWrapper<T> {}
unsafe impl<T> Sync for SendWrapper<T> {}

impl<T> Deref for SendWrapper<T> {
    type Target = T;

    #[track_caller]
    fn deref(&self) -> &T {
        self.assert_valid();
        &self.data
    }
}

impl<T> DerefMut for SendWrapper<T> {
    #[track_caller]
    fn deref_mut(&mut self) -> &mut T {
        self.assert_valid();
        &mut self.data
    }
}

impl<T> Drop for SendWrapper<T> {
    #[track_caller]
    fn drop(&mut self) {
        // A value with nothing to drop may go on any thread.
        if !mem::needs_drop::<T>() || self.valid() {
            // Safety: on the right thread, and `data` is not used again.
            unsafe { ManuallyDrop::drop(&mut self.data) }
        } else if !std::thread::panicking() {
            wrong_thread("dropped")
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for SendWrapper<T> {
    #[track_caller]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SendWrapper")
            .field("data", self.deref())
            .field("thread", &self.thread)
            .finish()
    }
}

impl<T: Clone> Clone for SendWrapper<T> {
    #[track_caller]
    fn clone(&self) -> Self {
        Self::new(self.deref().clone())
    }
}

#[cold]
#[inline(never)]
#[track_caller]
fn wrong_thread(what: &str) -> ! {
    panic!("a SendWrapper value was {what} on a thread other than the one that made it")
}

#[cfg(test)]
mod tests {
    use super::SendWrapper;
    use std::rc::Rc;

    #[test]
    fn the_value_is_reached_on_its_own_thread() {
        let wrapped = SendWrapper::new(Rc::new(7));
        assert!(wrapped.valid());
        assert_eq!(**wrapped, 7);
        assert_eq!(*wrapped.clone().take(), 7);
    }

    #[test]
    fn another_thread_cannot_use_it() {
        let wrapped = SendWrapper::new(Rc::new(7));
        let used = std::thread::spawn(move || {
            let valid = wrapped.valid();
            // Not dropped there: that would panic too.
            std::mem::forget(wrapped);
            valid
        });
        assert!(!used.join().unwrap());
        let wrapped = SendWrapper::new(Rc::new(7));
        assert!(std::thread::spawn(move || **wrapped).join().is_err());
    }
}
