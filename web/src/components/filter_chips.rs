//! The filters of a search as removable chips, with a way to clear them all.

use leptos::prelude::*;
use vcm_shared::Facet;
use vcm_shared::rules::format_year;

use crate::components::layout::focus_selector;
use crate::i18n::{Key, t, t_with};
use crate::search_state::{Filter, SearchState};

/// A year as written in the address, read with BCE when negative.
fn year_text(raw: &str) -> String {
    raw.trim()
        .parse::<i32>()
        .map_or_else(|_| raw.to_owned(), format_year)
}

/// What a chip says: a facet value by the label the server gave it in the
/// interface language (the raw value until one is known), a year with BCE
/// when negative.
pub fn filter_label(filter: &Filter, facets: &[Facet]) -> String {
    match filter {
        Filter::Facet(name, value) => facets
            .iter()
            .find(|f| f.name == *name)
            .and_then(|f| f.values.iter().find(|v| v.value == *value))
            .map_or_else(|| value.clone(), |v| v.label.clone()),
        Filter::YearFrom(y) => t_with(Key::ChipYearFrom, &[("year", &year_text(y))]),
        Filter::YearTo(y) => t_with(Key::ChipYearTo, &[("year", &year_text(y))]),
    }
}

/// What kind of filter a chip is, for its accessible name.
fn filter_kind(filter: &Filter) -> &'static str {
    match filter {
        Filter::Facet(name, _) => t(Key::Facet(*name)),
        Filter::YearFrom(_) | Filter::YearTo(_) => t(Key::YearsLegend),
    }
}

/// The active filters of `state` as chips; each removes itself, "clear all"
/// removes them all, leading to the same search at `path` without them.
/// Focus then moves to `focus_after` (a selector), since the chip is gone.
#[component]
pub fn FilterChips(
    /// Prefix for element ids, unique on the page.
    id: &'static str,
    #[prop(into)] state: Signal<SearchState>,
    /// Facet counts of the latest answer, for the values' labels.
    #[prop(into)]
    facets: Signal<Vec<Facet>>,
    path: &'static str,
    focus_after: &'static str,
) -> impl IntoView {
    // Each chip is a link to the search without it: in an island that
    // follows the address, the page stays and only the results change.
    let page = crate::address::use_address();
    let follow = move |ev: leptos::ev::MouseEvent, url: String| {
        if let Some(page) = page {
            ev.prevent_default();
            page.go(&url, false);
            focus_selector(focus_after);
        }
    };
    let title_id = format!("{id}-title");
    let (title, clear_all) = (t(Key::ActiveFilters), t(Key::ClearAll));
    // Computed here, where the translation layer is in reach.
    let chips = Memo::new(move |_| {
        let s = state.get();
        facets.with(|facets| {
            s.active_filters()
                .into_iter()
                .map(|f| {
                    let label = filter_label(&f, facets);
                    let name = t_with(
                        Key::RemoveFilter,
                        &[("filter", &format!("{}: {label}", filter_kind(&f)))],
                    );
                    (f, label, name)
                })
                .collect::<Vec<_>>()
        })
    });

    view! {
        <Show when=move || !chips.read().is_empty()>
            <div class="active-filters" role="group" aria-labelledby=title_id.clone() data-testid="active-filters">
                <p id=title_id.clone() class="active-filters__title">
                    {title}
                </p>
                <ul class="chips" role="list">
                    <For
                        each=move || chips.get()
                        key=|(f, label, _)| (f.clone(), label.clone())
                        children=move |(filter, label, name)| {
                            let removed = filter.clone();
                            view! {
                                <li>
                                    <a
                                        href=move || state.get().without(&removed).to_url(path)
                                        class="chip chip--remove"
                                        aria-label=name
                                        data-testid="filter-chip"
                                        on:click=move |ev| {
                                            follow(ev, state.get_untracked().without(&filter).to_url(path))
                                        }
                                    >
                                        <span>{label}</span>
                                        <span class="chip__remove" aria-hidden="true">
                                            "×"
                                        </span>
                                    </a>
                                </li>
                            }
                        }
                    />
                    <li>
                        <a
                            href=move || state.get().without_filters().to_url(path)
                            class="chip chip--clear"
                            data-testid="clear-all"
                            on:click=move |ev| follow(ev, state.get_untracked().without_filters().to_url(path))
                        >
                            {clear_all}
                        </a>
                    </li>
                </ul>
            </div>
        </Show>
    }
}
