//! The VCM web app: a Leptos single-page app, rendered in the browser.

mod api;
mod app;
mod auth;
mod components;
mod i18n;
mod pages;
mod search_state;

fn main() {
    console_error_panic_hook::set_once();
    // The static "loading" note in index.html stands until the app is ready.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
