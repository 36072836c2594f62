//! What visitors see: rendered on the server, then hydrated.

pub mod apply;
pub mod artwork;
pub mod collection;
pub mod country;
pub mod home;
pub mod museum;
pub mod museums;
pub mod not_found;
pub mod search;
pub mod timeline;
