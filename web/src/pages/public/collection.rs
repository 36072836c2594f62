//! `/collection`: every published work, filtered by museum, country of
//! origin, object type and years. The filters are a GET form, so a filtered
//! view is a shareable address and the back button undoes a filter; the
//! form applies itself as a value changes ([`FilterForm`]).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;
use vcm_shared::ObjectType;

use crate::api::{self, ArtworkQuery};
use crate::components::filter_form::{CountryOptions, FilterForm};
use crate::components::page_meta::PageMeta;
use crate::components::work_list::WorkList;
use crate::i18n::{Key, t};

/// The URL query parameters this page reads, as the API names them.
const FILTERS: [&str; 5] = ["museum", "country", "object_type", "year_from", "year_to"];

/// The filters a URL query holds; empty values count as absent.
pub fn query_from_params(params: &ParamsMap) -> ArtworkQuery {
    let get = |key: &str| {
        params
            .get(key)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    ArtworkQuery {
        museum: get("museum"),
        country: get("country"),
        object_type: get("object_type"),
        year_from: get("year_from"),
        year_to: get("year_to"),
        limit: None,
    }
}

#[component]
pub fn CollectionPage() -> impl IntoView {
    let params = use_query_map().get_untracked();
    let query = query_from_params(&params);
    let has_filters = FILTERS.iter().any(|k| params.get(k).is_some());
    let current = move |key: &str| params.get(key).unwrap_or_default();
    let museums = Resource::new(|| (), |()| api::all_museums());
    let (museum, country, object_type) = (
        current("museum"),
        current("country"),
        current("object_type"),
    );
    let (any_museum, any_country, any_type) = (
        museum.is_empty(),
        country.is_empty(),
        object_type.is_empty(),
    );

    view! {
        <PageMeta title=t(Key::CollectionTitle).to_owned() description=t(Key::CollectionLead).to_owned() />
        <div class="wrap page">
            <header class="page__header">
                <h1>{t(Key::CollectionTitle)}</h1>
                <p class="lead">{t(Key::CollectionLead)}</p>
            </header>
            <FilterForm>
            <form class="filters" method="get" action="/collection" aria-labelledby="filters-title" data-testid="filters">
                <h2 id="filters-title" class="visually-hidden">{t(Key::Filters)}</h2>
                <div class="field">
                    <label for="filter-museum">{t(Key::FilterMuseum)}</label>
                    <select id="filter-museum" name="museum">
                        <option value="" selected=any_museum>
                            {t(Key::AnyMuseum)}
                        </option>
                        <Suspense>
                            {move || Suspend::new({
                                let selected = museum.clone();
                                async move {
                                    museums
                                        .await
                                        .unwrap_or_default()
                                        .into_iter()
                                        .map(|m| {
                                            let is = m.slug == selected;
                                            view! {
                                                <option value=m.slug selected=is>
                                                    {m.name}
                                                </option>
                                            }
                                        })
                                        .collect_view()
                                }
                            })}
                        </Suspense>
                    </select>
                </div>
                <div class="field">
                    <label for="filter-country">{t(Key::FilterCountry)}</label>
                    <select id="filter-country" name="country">
                        <option value="" selected=any_country>
                            {t(Key::AnyCountry)}
                        </option>
                        <CountryOptions selected=country counted={|c| c.artwork_count > 0} />
                    </select>
                </div>
                <div class="field">
                    <label for="filter-type">{t(Key::FilterType)}</label>
                    <select id="filter-type" name="object_type">
                        <option value="" selected=any_type>
                            {t(Key::AnyType)}
                        </option>
                        {ObjectType::ALL
                            .iter()
                            .map(|ty| {
                                let value = ty.as_str();
                                view! {
                                    <option value=value selected=object_type == value>
                                        {t(Key::ObjectType(*ty))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <fieldset class="field field--years" aria-describedby="year-hint">
                    <legend class="visually-hidden">{t(Key::FieldYears)}</legend>
                    <div class="field">
                        <label for="filter-year-from">{t(Key::FilterYearFrom)}</label>
                        <input
                            id="filter-year-from"
                            name="year_from"
                            type="number"
                            inputmode="numeric"
                            step="1"
                            value=current("year_from")
                        />
                    </div>
                    <div class="field">
                        <label for="filter-year-to">{t(Key::FilterYearTo)}</label>
                        <input
                            id="filter-year-to"
                            name="year_to"
                            type="number"
                            inputmode="numeric"
                            step="1"
                            value=current("year_to")
                        />
                    </div>
                    <p id="year-hint" class="field__hint">{t(Key::YearHint)}</p>
                </fieldset>
                <div class="filters__actions">
                    <button type="submit" class="button button--quiet">{t(Key::ApplyFilters)}</button>
                    {has_filters
                        .then(|| {
                            view! {
                                <a href="/collection" class="button button--quiet" data-testid="clear-filters">
                                    {t(Key::ClearFilters)}
                                </a>
                            }
                        })}
                </div>
            </form>
            </FilterForm>
            <section aria-labelledby="results-title" class="results">
                <h2 id="results-title" class="visually-hidden">{t(Key::NavCollection)}</h2>
                <WorkList
                    query
                    empty_title=Key::NoWorksTitle
                    empty_text=Key::NoWorksText
                    empty_action=ViewFn::from(move || {
                        view! {
                            <a href="/collection" class="button">
                                {t(Key::ClearFilters)}
                            </a>
                        }
                    })
                />
            </section>
        </div>
    }
}
