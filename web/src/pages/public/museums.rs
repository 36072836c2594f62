//! `/museums`: the member museums, optionally those of one country
//! (`?country=KR`, kept in the URL), with "load more" through the cursor.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use vcm_shared::{Museum, MuseumPage};

use crate::api::{self, ApiError};
use crate::components::filter_form::{CountryOptions, FilterForm};
use crate::components::museum_card::MuseumCard;
use crate::components::page_meta::PageMeta;
use crate::components::states::{EmptyState, ErrorState, Loading};
use crate::i18n::{Key, t};

#[component]
pub fn MuseumsPage() -> impl IntoView {
    let country = use_query_map()
        .get_untracked()
        .get("country")
        .filter(|c| !c.is_empty());
    let first_page = Resource::new(
        {
            let country = country.clone();
            move || country.clone()
        },
        |c| async move { api::museums(c.as_deref(), None, None).await.map(|p| (c, p)) },
    );
    let selected = country.unwrap_or_default();
    let any_country = selected.is_empty();
    let retry = Callback::new(move |()| first_page.refetch());
    let pending = RwSignal::new(false);

    view! {
        <PageMeta title=t(Key::MuseumsTitle).to_owned() description=t(Key::MuseumsLead).to_owned() />
        <div class="wrap page">
            <header class="page__header">
                <h1>{t(Key::MuseumsTitle)}</h1>
                <p class="lead">{t(Key::MuseumsLead)}</p>
                <p class="museums__join">
                    {t(Key::JoinQuestion)} " "
                    <A href="/apply" attr:class="more-link" attr:data-testid="museums-apply-link">
                        {t(Key::ApplyToJoin)}
                    </A>
                </p>
            </header>
            <FilterForm>
                <form class="filters filters--inline" method="get" action="/museums">
                    <div class="field">
                        <label for="museums-country">{t(Key::FilterMuseumCountry)}</label>
                        <select id="museums-country" name="country">
                            <option value="" selected=any_country>
                                {t(Key::AnyCountry)}
                            </option>
                            <CountryOptions selected counted={|c| c.museum_count > 0} />
                        </select>
                    </div>
                    <noscript>
                        <button type="submit" class="button button--quiet">{t(Key::ApplyFilters)}</button>
                    </noscript>
                </form>
            </FilterForm>
            <h2 class="visually-hidden">{t(Key::AllMuseums)}</h2>
            <div class="work-list" class:is-pending=pending>
                <Transition fallback=Loading set_pending=pending>
                    {move || Suspend::new(async move {
                        match first_page.await {
                            Ok((_, page)) if page.items.is_empty() => {
                                view! {
                                    <EmptyState title=Key::NoMuseumsTitle text=Key::NoMuseumsText />
                                }
                                    .into_any()
                            }
                            Ok((country, page)) => view! { <MuseumPages country page /> }.into_any(),
                            Err(error) => view! { <ErrorState error retry /> }.into_any(),
                        }
                    })}
                </Transition>
            </div>
        </div>
    }
}

/// The museum pages loaded so far, and the button for the next: an island,
/// given the first page the server rendered.
#[island]
fn MuseumPages(country: Option<String>, page: MuseumPage) -> impl IntoView {
    let items = RwSignal::new(page.items);
    let cursor = RwSignal::new(page.next_cursor);
    let loading = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let country = StoredValue::new(country);
    let (more, loading_more) = (t(Key::LoadMoreMuseums), t(Key::LoadingMore));
    let load_more = move |_| {
        let Some(next) = cursor.get_untracked() else {
            return;
        };
        loading.set(true);
        error.set(None);
        spawn_local(async move {
            let c = country.get_value();
            match api::museums(c.as_deref(), None, Some(&next)).await {
                Ok(page) => {
                    items.update(|v: &mut Vec<Museum>| v.extend(page.items));
                    cursor.set(page.next_cursor);
                }
                Err(e) => error.set(Some(e)),
            }
            loading.set(false);
        });
    };
    view! {
        <ul class="grid grid--museums" role="list" data-testid="museum-grid">
            <For each=move || items.get() key=|m| m.slug.clone() let:museum>
                <li>
                    <MuseumCard museum />
                </li>
            </For>
        </ul>
        {move || error.get().map(|error| view! { <ErrorState error /> })}
        <Show when=move || cursor.read().is_some()>
            <div class="work-list__more">
                <button
                    type="button"
                    class="button"
                    on:click=load_more
                    disabled=move || loading.get()
                    aria-busy=move || loading.get().to_string()
                >
                    {move || if loading.get() { loading_more } else { more }}
                </button>
            </div>
        </Show>
    }
}
