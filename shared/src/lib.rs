//! Domain types and rules that the API, the web app, the tests and partner
//! museums' own Rust code must agree on, and the API's calls ([`client`]). No
//! I/O without the feature `client`: this crate builds for wasm.

#[macro_use]
pub mod model;
pub mod accounts;
pub mod client;
pub mod countries;
pub mod error;
pub mod images;
pub mod membership;
pub mod network;
pub mod partner;
pub mod review;
pub mod rules;
pub mod search;

pub use accounts::*;
pub use error::{ErrorCode, FieldCode, FieldError, Problem};
pub use images::*;
pub use membership::*;
pub use model::*;
pub use network::*;
pub use partner::*;
pub use review::*;
pub use search::*;
