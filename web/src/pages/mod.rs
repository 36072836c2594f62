//! The pages, one module a route, grouped by who uses them. `public` is the
//! visitors' app: rendered on the server and hydrated by the public bundle.
//! `account`, `partner` and `admin` make the console, a bundle of its own that
//! only people who sign in download.

pub mod public;

#[cfg(not(feature = "ssr"))]
pub mod account;
#[cfg(not(feature = "ssr"))]
pub mod admin;
#[cfg(not(feature = "ssr"))]
pub mod partner;
