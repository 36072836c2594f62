//! A list of works that follows a query: the first page as a resource, further
//! pages appended through `next_cursor`, with loading, empty and error states.

use leptos::prelude::*;
use vcm_shared::ArtworkPage;

use crate::api::{self, ArtworkQuery};
use crate::components::artwork_card::ArtworkCard;
use crate::components::paged::{MoreButton, Paged};
use crate::components::states::{EmptyState, ErrorState, Loading};
use crate::i18n::{Count, Key, t_count};

/// The works matching `query`, re-fetched whenever it changes. While a new
/// query loads, the previous results stay on screen, dimmed and marked busy.
#[component]
pub fn WorkList(
    #[prop(into)] query: Signal<ArtworkQuery>,
    /// What to say when nothing matches.
    empty_title: Key,
    empty_text: Key,
    /// Offered under the empty state, e.g. a way to clear the filters.
    #[prop(optional)]
    empty_action: Option<ViewFn>,
) -> impl IntoView {
    let first_page = Resource::new(
        move || query.get(),
        |q| async move {
            api::read(api::public::artworks(&q, None))
                .await
                .map(|page| (q, page))
        },
    );
    let pending = RwSignal::new(false);
    let retry = Callback::new(move |()| first_page.refetch());
    let empty_action = StoredValue::new(empty_action);
    view! {
        <div class="work-list" class:is-pending=pending aria-busy=move || pending.get().to_string()>
            <Transition fallback=Loading set_pending=pending>
                {move || Suspend::new(async move {
                    match first_page.await {
                        Ok((_, page)) if page.items.is_empty() => {
                            let action = empty_action.get_value();
                            view! {
                                <EmptyState title=empty_title text=empty_text>
                                    {action.map(|a| a.run())}
                                </EmptyState>
                            }
                                .into_any()
                        }
                        Ok((q, page)) => view! { <Pages query=q page /> }.into_any(),
                        Err(error) => view! { <ErrorState error retry /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

/// The pages loaded so far for one query, and the button for the next: an
/// island, given the first page the server rendered.
#[island]
fn Pages(query: ArtworkQuery, page: ArtworkPage) -> impl IntoView {
    let paged = Paged::new(page.items, page.next_cursor);
    let query = StoredValue::new(query);
    let on_more = Callback::new(move |()| {
        paged.more(
            move |next| async move {
                let page =
                    api::read(api::public::artworks(&query.get_value(), Some(&next))).await?;
                Ok((page.items, page.next_cursor))
            },
            |a, b| a.slug == b.slug,
        )
    });
    view! {
        <p class="work-list__count" role="status" data-testid="result-count">
            {move || t_count(Count::WorksShown, paged.items.read().len() as i64)}
        </p>
        <ul class="grid" role="list" data-testid="work-grid">
            <For each=move || paged.items.get() key=|w| w.slug.clone() let:work>
                <li>
                    <ArtworkCard work />
                </li>
            </For>
        </ul>
        <MoreButton paged label=Key::LoadMoreWorks on_more end=Key::EndOfResults testid="load-more" />
    }
}
