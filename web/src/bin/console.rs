//! The console's bundle: sign-in, account, partner pages and admin console,
//! rendered in the browser.

// The views' types are deep; the monomorphised ones land in this crate.
#![recursion_limit = "256"]

fn main() {
    console_error_panic_hook::set_once();
}

/// Starts the console, once console.html has installed its language's
/// messages (`install`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start() {
    // The static "loading" note in console.html stands until the app is ready.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(vcm_web::app::ConsoleApp);
}
