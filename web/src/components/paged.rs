//! A list that grows a page at a time: the items shown so far, the cursor
//! of the next page, and the button that loads it, with its busy and error
//! states.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::ApiError;
use crate::components::states::ErrorState;
use crate::i18n::{Key, t};

/// The items of a list read page by page, and where the next page starts.
pub struct Paged<T: Send + Sync + 'static> {
    pub items: RwSignal<Vec<T>>,
    cursor: RwSignal<Option<String>>,
    loading: RwSignal<bool>,
    error: RwSignal<Option<ApiError>>,
}

impl<T: Send + Sync + 'static> Clone for Paged<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Paged<T> {}

impl<T: Send + Sync + 'static> Paged<T> {
    /// The list with its first page.
    pub fn new(items: Vec<T>, next_cursor: Option<String>) -> Self {
        Paged {
            items: RwSignal::new(items),
            cursor: RwSignal::new(next_cursor),
            loading: RwSignal::new(false),
            error: RwSignal::new(None),
        }
    }

    /// Reads the next page with `fetch`, given its cursor, and adds the items
    /// that `same` does not find among those shown (an item that moved while
    /// the list was read shows once).
    pub fn more<Fut>(self, fetch: impl FnOnce(String) -> Fut + 'static, same: fn(&T, &T) -> bool)
    where
        Fut: Future<Output = Result<(Vec<T>, Option<String>), ApiError>> + 'static,
    {
        let Some(next) = self.cursor.get_untracked() else {
            return;
        };
        self.loading.set(true);
        self.error.set(None);
        spawn_local(async move {
            match fetch(next).await {
                Ok((items, cursor)) => {
                    self.items.update(|shown| {
                        for item in items {
                            if !shown.iter().any(|s| same(s, &item)) {
                                shown.push(item);
                            }
                        }
                    });
                    self.cursor.set(cursor);
                }
                Err(e) => self.error.set(Some(e)),
            }
            self.loading.set(false);
        });
    }
}

/// The error of the last page asked for, and the button for the next while
/// there is one; `end`, when given, says the list is complete.
#[component]
pub fn MoreButton<T: Send + Sync + 'static>(
    paged: Paged<T>,
    label: Key,
    on_more: Callback<()>,
    #[prop(optional)] end: Option<Key>,
    /// The button's `data-testid`, for browser tests.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let (more, loading_more, end) = (t(label), t(Key::LoadingMore), end.map(t));
    let loading = paged.loading;
    view! {
        {move || paged.error.get().map(|error| view! { <ErrorState error /> })}
        <Show
            when=move || paged.cursor.read().is_some()
            fallback=move || end.map(|end| view! { <div class="work-list__more"><p class="work-list__end">{end}</p></div> })
        >
            <div class="work-list__more">
                <button
                    type="button"
                    class="button"
                    data-testid=testid
                    on:click=move |_| on_more.run(())
                    disabled=move || loading.get()
                    aria-busy=move || loading.get().to_string()
                >
                    {move || if loading.get() { loading_more } else { more }}
                </button>
            </div>
        </Show>
    }
}
