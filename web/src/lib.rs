#![recursion_limit = "256"]

//! The VCM web app, in two bundles that share these views:
//!
//! - the public app ([`app::PublicApp`]): what visitors see, rendered on the
//!   server by `vcm` (feature `ssr`, through leptos_actix) as HTML that is
//!   whole without JavaScript. Only its islands (`#[island]`: the search box,
//!   the search page's facets and results, "load more", the gallery with its
//!   deep zoom, the filter forms, the application form, the account menu)
//!   ship as wasm, in the `vcm-public` bundle, which brings each to life from
//!   the props the server wrote beside it;
//! - the console ([`app::ConsoleApp`]): sign-in, account, partner pages and
//!   the admin console, rendered in the browser by the `vcm-console` bundle,
//!   which only people who open those pages download.
//!
//! Each bundle leaves the other's routes to a full page load.

pub mod address;
pub mod api;
pub mod app;
pub mod auth;
pub mod components;
pub mod i18n;
pub mod pages;
pub mod search_state;
#[cfg(feature = "ssr")]
pub mod ssr;

/// Sets the HTTP status of the page being rendered on the server (404 for a
/// page that does not exist, 410 for a withdrawn work, 400 for a refused
/// search); in the browser it does nothing.
pub fn set_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(options), Ok(status)) = (
        leptos::prelude::use_context::<leptos_actix::ResponseOptions>(),
        actix_web::http::StatusCode::from_u16(code),
    ) {
        options.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}
