//! The visitors' bundle: the islands of the pages the server renders. The
//! page's boot script hydrates each `<leptos-island>` through the function
//! this bundle exports for it, once `main` has set up the reactive root.

// The views' types are deep; the monomorphised ones land in this crate.
#![recursion_limit = "256"]

// Links the library, whose islands' exports are this bundle's whole content.
use vcm_web as _;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
