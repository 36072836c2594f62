//! One module a route.

pub mod account;
pub mod admin;
pub mod admin_applications;
pub mod admin_featured;
pub mod admin_museums;
pub mod admin_records;
pub mod admin_reviews;
pub mod admin_settings;
pub mod apply;
pub mod artwork;
pub mod collection;
pub mod country;
pub mod home;
pub mod login;
pub mod museum;
pub mod museums;
pub mod not_found;
pub mod partner;
pub mod partner_artwork;
pub mod partner_clients;
pub mod partner_images;
pub mod partner_import;
pub mod search;
pub mod timeline;
