//! Small GOV.UK-style building blocks shared by the pages.

mod back_link;
mod choices;
mod council_choice;
mod error_summary;
mod help_now;
mod listen;
mod phone_field;
mod repeat_list;
mod text_field;
mod tree_view;

pub use back_link::BackLink;
pub use choices::{Choice, Choices};
pub use council_choice::CouncilChoice;
pub use error_summary::{ErrorSummary, FieldError};
pub use help_now::HelpNow;
pub use listen::{stop as stop_reading_aloud, ListenButton};
pub use phone_field::PhoneField;
pub use repeat_list::RepeatList;
pub use text_field::TextField;
pub use tree_view::TreeView;
