//! `/collection`: every published work, filtered by museum, country of
//! origin, object type and years. The filters live in the URL query, so a
//! filtered view is a shareable address and the back button undoes a filter.

use leptos::ev::{Event, SubmitEvent};
use leptos::html;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use vcm_shared::ObjectType;

use crate::api::{self, ArtworkQuery};
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

/// The collection address with `key` set to `value` (or removed when empty).
fn with_filter(params: &ParamsMap, key: &'static str, value: &str) -> String {
    let mut params = params.clone();
    params.remove(key);
    if !value.trim().is_empty() {
        params.insert(key, value.trim().to_owned());
    }
    params.remove("cursor");
    format!("/collection{}", params.to_query_string())
}

#[component]
pub fn CollectionPage() -> impl IntoView {
    let params = use_query_map();
    let query = Signal::derive(move || query_from_params(&params.read()));
    let navigate = use_navigate();
    let go = move |to: String| {
        navigate(
            &to,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };

    let on_select = {
        let go = go.clone();
        move |key: &'static str| {
            let go = go.clone();
            move |ev: Event| {
                go(with_filter(
                    &params.get_untracked(),
                    key,
                    &event_target_value(&ev),
                ))
            }
        }
    };

    let year_from = NodeRef::<html::Input>::new();
    let year_to = NodeRef::<html::Input>::new();
    let on_submit = {
        let go = go.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let current = params.get_untracked();
            let mut next = current.clone();
            for (key, input) in [("year_from", year_from), ("year_to", year_to)] {
                if let Some(input) = input.get_untracked() {
                    next.remove(key);
                    let value = input.value();
                    if !value.trim().is_empty() {
                        next.insert(key, value.trim().to_owned());
                    }
                }
            }
            next.remove("cursor");
            if next != current {
                go(format!("/collection{}", next.to_query_string()));
            }
        }
    };

    let museums = LocalResource::new(api::all_museums);
    let countries = LocalResource::new(api::countries);
    let current = move |key: &'static str| move || params.read().get(key).unwrap_or_default();
    let has_filters = move || FILTERS.iter().any(|k| params.read().get(k).is_some());

    view! {
        <PageMeta title=t(Key::CollectionTitle).to_owned() description=t(Key::CollectionLead).to_owned() />
        <div class="wrap page">
            <header class="page__header">
                <h1>{t(Key::CollectionTitle)}</h1>
                <p class="lead">{t(Key::CollectionLead)}</p>
            </header>
            <form class="filters" on:submit=on_submit aria-labelledby="filters-title" data-testid="filters">
                <h2 id="filters-title" class="visually-hidden">{t(Key::Filters)}</h2>
                <div class="field">
                    <label for="filter-museum">{t(Key::FilterMuseum)}</label>
                    <select id="filter-museum" name="museum" on:change=on_select("museum")>
                        <option value="" prop:selected=move || current("museum")().is_empty()>
                            {t(Key::AnyMuseum)}
                        </option>
                        {move || {
                            let selected = current("museum")();
                            museums
                                .get()
                                .and_then(Result::ok)
                                .unwrap_or_default()
                                .into_iter()
                                .map(|m| {
                                    let is = m.slug == selected;
                                    view! {
                                        <option value=m.slug prop:selected=is>
                                            {m.name}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-country">{t(Key::FilterCountry)}</label>
                    <select id="filter-country" name="country" on:change=on_select("country")>
                        <option value="" prop:selected=move || current("country")().is_empty()>
                            {t(Key::AnyCountry)}
                        </option>
                        {move || {
                            let selected = current("country")();
                            countries
                                .get()
                                .and_then(Result::ok)
                                .map(|l| l.items)
                                .unwrap_or_default()
                                .into_iter()
                                .filter(|c| c.artwork_count > 0 || c.country.code == selected)
                                .map(|c| {
                                    let is = c.country.code == selected;
                                    view! {
                                        <option value=c.country.code prop:selected=is>
                                            {c.country.name}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-type">{t(Key::FilterType)}</label>
                    <select id="filter-type" name="object_type" on:change=on_select("object_type")>
                        <option value="" prop:selected=move || current("object_type")().is_empty()>
                            {t(Key::AnyType)}
                        </option>
                        {ObjectType::ALL
                            .iter()
                            .map(|ty| {
                                let value = ty.as_str();
                                view! {
                                    <option
                                        value=value
                                        prop:selected=move || current("object_type")() == value
                                    >
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
                            node_ref=year_from
                            prop:value=current("year_from")
                            on:change=on_select("year_from")
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
                            node_ref=year_to
                            prop:value=current("year_to")
                            on:change=on_select("year_to")
                        />
                    </div>
                    <p id="year-hint" class="field__hint">{t(Key::YearHint)}</p>
                </fieldset>
                <div class="filters__actions">
                    <button type="submit" class="button button--quiet">{t(Key::ApplyFilters)}</button>
                    <Show when=has_filters>
                        <a
                            href="/collection"
                            class="button button--quiet"
                            data-testid="clear-filters"
                        >
                            {t(Key::ClearFilters)}
                        </a>
                    </Show>
                </div>
            </form>
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
