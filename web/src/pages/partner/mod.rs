//! A partner museum's pages: its dashboard, works, images, imports and API clients.

pub mod artwork;
pub mod clients;
pub mod dashboard;
pub mod images;
pub mod import;
