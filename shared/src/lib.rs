//! Domain types and rules that the API, the web app, the tests and partner
//! museums' own Rust code must agree on. No I/O here: this crate builds for wasm.

pub mod countries;
pub mod error;
#[macro_use]
pub mod model;
pub mod rules;
pub mod search;

pub use error::{ErrorCode, FieldError, Problem};
pub use model::*;
pub use search::*;
