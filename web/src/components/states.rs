//! What a page shows while it waits, when something failed, when a list is
//! empty, and when there is nothing at an address.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;
use vcm_shared::ErrorCode;

use crate::api::ApiError;
use crate::i18n::{Key, t};

/// A polite, announced loading indicator.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="state state--loading" role="status" data-testid="loading">
            <span class="spinner" aria-hidden="true"></span>
            <span>{t(Key::Loading)}</span>
        </div>
    }
}

/// A failed request, said in words a visitor can act on, with a way to try again.
#[component]
pub fn ErrorState(error: ApiError, #[prop(optional)] retry: Option<Callback<()>>) -> impl IntoView {
    let (title, detail) = match &error {
        ApiError::Problem(p) if p.code == ErrorCode::InvalidParameter => {
            (t(Key::ErrorInvalidTitle), p.detail.clone())
        }
        ApiError::Problem(p) => (t(Key::ErrorTitle), p.detail.clone()),
        ApiError::Network(_) => (t(Key::ErrorTitle), t(Key::ErrorNetwork).to_owned()),
        ApiError::Status(_) | ApiError::Decode(_) => {
            (t(Key::ErrorTitle), t(Key::ErrorUnreadable).to_owned())
        }
    };
    // A page rendered on the server answers with the API's status: 400 for a
    // refused search, 503 when the API could not be reached.
    crate::set_status(match &error {
        ApiError::Problem(p) => p.status,
        ApiError::Status(s) => *s,
        ApiError::Network(_) => 503,
        ApiError::Decode(_) => 502,
    });
    // Asking again cannot mend a request the server judged wrong (4xx).
    let retry = match &error {
        ApiError::Problem(p) if (400..500).contains(&p.status) => None,
        ApiError::Status(s) if (400..500).contains(s) => None,
        _ => retry,
    };
    let try_again = t(Key::TryAgain);
    view! {
        <div class="state state--error" role="alert" data-testid="error-state">
            <p class="state__title">{title}</p>
            <p class="state__text">{detail}</p>
            {retry
                .map(|retry| {
                    // A link to this page: where no island runs, it loads the page anew.
                    view! {
                        <a
                            href=""
                            class="button"
                            on:click=move |ev| {
                                ev.prevent_default();
                                retry.run(());
                            }
                        >
                            {try_again}
                        </a>
                    }
                })}
        </div>
    }
}

/// An empty list, with a hint and, optionally, something to do about it.
#[component]
pub fn EmptyState(
    title: Key,
    text: Key,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="state state--empty" data-testid="empty-state">
            <p class="state__title">{t(title)}</p>
            <p class="state__text">{t(text)}</p>
            {children.map(|c| c())}
        </div>
    }
}

/// A whole page saying there is nothing at this address.
#[component]
pub fn NotFoundView(title: Key, text: Key) -> impl IntoView {
    crate::set_status(404);
    view! {
        <Title text=t(title) />
        <Meta name="robots" content="noindex" />
        <section class="not-found wrap" data-testid="not-found">
            <p class="not-found__code" aria-hidden="true">"404"</p>
            <h1>{t(title)}</h1>
            <p class="lead">{t(text)}</p>
            <p class="not-found__links">
                <A href="/" attr:class="button">
                    {t(Key::BackHome)}
                </A>
                <A href="/collection" attr:class="button button--quiet">
                    {t(Key::BrowseCollection)}
                </A>
            </p>
        </section>
    }
}
