//! The page for any address the app has no route for.

use leptos::prelude::*;

use crate::components::states::NotFoundView;
use crate::i18n::Key;

/// Nothing lives here.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <NotFoundView title=Key::NotFoundTitle text=Key::NotFoundText /> }
}
