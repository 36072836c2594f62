//! Domain types and rules that the API, the web app, the tests and partner
//! museums' own Rust code must agree on. No I/O here: this crate builds for wasm.

#[macro_use]
pub mod model;
pub mod accounts;
pub mod countries;
pub mod error;
pub mod partner;
pub mod rules;
pub mod search;

pub use accounts::*;
pub use error::{ErrorCode, FieldCode, FieldError, Problem};
pub use model::*;
pub use partner::*;
pub use search::*;
