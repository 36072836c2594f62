//! The visitors' bundle: hydrates the page the server rendered.

// The views' types are deep; the monomorphised ones land in this crate.
#![recursion_limit = "256"]

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(vcm_web::app::PublicApp);
}
