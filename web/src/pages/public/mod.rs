//! What visitors see: HTML rendered on the server, with interactive islands.

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
