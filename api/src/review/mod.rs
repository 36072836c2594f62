//! The secretariat's review of nominated works: the queue, the checks and
//! the decisions (publish, request changes, reject, withdraw). The workflow
//! itself is the artwork's ([`crate::artworks::workflow`]).

mod routes;

pub use routes::configure;
