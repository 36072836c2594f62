//! `/museums`: the member museums, optionally those of one country
//! (`?country=KR`, kept in the URL), with "load more" through the cursor.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use vcm_shared::MuseumPage;

use crate::api;
use crate::components::filter_form::{CountryOptions, FilterForm};
use crate::components::museum_card::MuseumCard;
use crate::components::page_meta::PageMeta;
use crate::components::paged::{MoreButton, Paged};
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
        |c| async move {
            api::read(api::public::museums(c.as_deref(), None, None))
                .await
                .map(|p| (c, p))
        },
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
    let paged = Paged::new(page.items, page.next_cursor);
    let country = StoredValue::new(country);
    let on_more = Callback::new(move |()| {
        paged.more(
            move |next| async move {
                let c = country.get_value();
                let page = api::read(api::public::museums(c.as_deref(), None, Some(&next))).await?;
                Ok((page.items, page.next_cursor))
            },
            |a, b| a.slug == b.slug,
        )
    });
    view! {
        <ul class="grid grid--museums" role="list" data-testid="museum-grid">
            <For each=move || paged.items.get() key=|m| m.slug.clone() let:museum>
                <li>
                    <MuseumCard museum />
                </li>
            </For>
        </ul>
        <MoreButton paged label=Key::LoadMoreMuseums on_more />
    }
}
