//! `/search`: the collection searched in any script, narrowed by facets with
//! counts, ordered, and shown a page at a time. Everything (the words, each
//! facet value, the years, the order, how many pages are shown) lives in the
//! URL query, so a search is a shareable address and back and forward
//! restore it.

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_location;
use vcm_shared::{Facet, FacetName, FacetValue, SearchHit, SearchResults, SortOrder};

use crate::address::Address;
use crate::api::{self, ApiError, SEARCH_PAGE_SIZE};
use crate::components::artwork_card::ArtworkCard;
use crate::components::filter_chips::FilterChips;
use crate::components::layout::focus_selector;
use crate::components::page_meta::PageMeta;
use crate::components::search_box::SearchBox;
use crate::components::states::{EmptyState, ErrorState, Loading};
use crate::i18n::{Count, Key, number, t, t_count, t_with};
use crate::search_state::{SCRIPT_EXAMPLES, SearchState};

/// The order facets are listed in: what most visitors narrow by first. The
/// years come after the first four.
const FACET_ORDER: [FacetName; 9] = [
    FacetName::ObjectType,
    FacetName::Country,
    FacetName::Region,
    FacetName::Period,
    FacetName::Museum,
    FacetName::MuseumCountry,
    FacetName::Material,
    FacetName::Reusable,
    FacetName::HasImage,
];

/// Facets folded away until opened.
const FOLDED: [FacetName; 3] = [
    FacetName::MuseumCountry,
    FacetName::Reusable,
    FacetName::HasImage,
];

/// How many values a facet shows before "show more".
const VALUES_SHOWN: usize = 8;

/// Where the results heading is, to bring focus back after a filter changes.
const RESULTS_HEADING: &str = "#search-results-title";

/// What the results area shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Loading,
    Failed,
    Empty,
    Results,
}

/// The values of a facet that are shown: the first few, every chosen one,
/// or all of them.
fn shown_values(values: &[FacetValue], all: bool) -> Vec<FacetValue> {
    if all || values.len() <= VALUES_SHOWN + 1 {
        return values.to_vec();
    }
    values
        .iter()
        .enumerate()
        .filter(|(i, v)| *i < VALUES_SHOWN || v.selected)
        .map(|(_, v)| v.clone())
        .collect()
}

/// The order results are in: the one asked for, else the server's default.
fn current_sort(state: &SearchState, answered: Option<SortOrder>) -> SortOrder {
    state
        .sort
        .as_deref()
        .and_then(|s| s.parse().ok())
        .or(answered)
        .unwrap_or(if state.q.is_empty() {
            SortOrder::Title
        } else {
            SortOrder::Relevance
        })
}

/// The page's title for a search.
fn search_title(state: &SearchState) -> String {
    if state.q.is_empty() {
        t(Key::SearchTitle).to_owned()
    } else {
        t_with(Key::SearchTitleFor, &[("q", &state.q)])
    }
}

/// The search page, rendered on the server; [`SearchView`] is its island.
#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_location().search.get_untracked();
    let state = SearchState::from_query(&query);
    view! {
        <PageMeta title=search_title(&state) description=t(Key::SearchLead).to_owned() />
        <SearchView query />
    }
}

/// The search box, facets, results and pages, following the address.
// An island only in the bundle with `search` (and on the server).
#[cfg_attr(any(feature = "ssr", feature = "search"), island)]
#[cfg_attr(not(any(feature = "ssr", feature = "search")), component)]
fn SearchView(query: String) -> impl IntoView {
    let address = Address::provide(query);
    let state = Memo::new(move |_| address.search_state());
    // The search without the number of pages: what is fetched anew when it changes.
    let key = Memo::new(move |_| state.read().first_page());
    let go = StoredValue::new(move |url: String, replace: bool| address.go(&url, replace));
    // The server wrote the first title; a new search in the page renames it.
    Effect::new(move |_| {
        let title = format!(
            "{} — {}",
            search_title(&state.read()),
            t(Key::SiteShortName)
        );
        document().set_title(&title);
    });

    let hits = RwSignal::new(Vec::<(u64, SearchHit)>::new());
    let total = RwSignal::new(None::<u64>);
    let facets = RwSignal::new(Vec::<Facet>::new());
    let answered_sort = RwSignal::new(None::<SortOrder>);
    let cursor = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<ApiError>);
    let loading = RwSignal::new(true);
    let loading_more = RwSignal::new(false);
    let more_error = RwSignal::new(None::<ApiError>);
    let generation = StoredValue::new(0_u64);
    let reload = RwSignal::new(0_u32);

    // What a fetch of the first pages answered: the results, or why not.
    let show = move |n: u64, answer: Fetched| match answer {
        (Err(e), _) => {
            error.set(Some(e));
            total.set(None);
            hits.set(Vec::new());
            cursor.set(None);
            loading.set(false);
        }
        (Ok(answer), failed_later) => {
            error.set(None);
            hits.set(answer.items.into_iter().map(|h| (n, h)).collect());
            total.set(Some(answer.total));
            facets.set(answer.facets);
            answered_sort.set(Some(answer.sort));
            cursor.set(answer.next_cursor);
            more_error.set(failed_later);
            loading.set(false);
        }
    };

    // The search the page opened with, fetched where the page is rendered
    // (on the server for a first visit), so its results are in the first HTML.
    let opening = Resource::new(
        || (),
        move |()| {
            let (search, pages) = state.with_untracked(|s| (s.first_page(), s.pages));
            fetch_pages(search, pages)
        },
    );
    let opened = StoredValue::new(false);

    // Fetches the first page (or as many pages as the address asks for)
    // whenever the search changes; answers to an older search are dropped.
    Effect::new(move |_| {
        let search = key.get();
        reload.track();
        // The opening search is already shown.
        if !opened.get_value() {
            opened.set_value(true);
            return;
        }
        let pages = state.with_untracked(|s| s.pages);
        let n = generation.get_value() + 1;
        generation.set_value(n);
        loading.set(true);
        more_error.set(None);
        spawn_local(async move {
            let answer = fetch_pages(search, pages).await;
            if generation.get_value() == n {
                show(n, answer);
            }
        });
    });

    let load_more = move |_| {
        let Some(next) = cursor.get_untracked() else {
            return;
        };
        let search = key.get_untracked();
        let n = generation.get_value();
        let first_new = hits.with_untracked(Vec::len);
        loading_more.set(true);
        more_error.set(None);
        spawn_local(async move {
            let result = api::read(api::public::search(
                search.api_pairs(),
                api::SEARCH_PAGE_SIZE,
                Some(&next),
            ))
            .await;
            if generation.get_value() != n {
                return;
            }
            match result {
                Ok(page) => {
                    hits.update(|v| v.extend(page.items.into_iter().map(|h| (n, h))));
                    cursor.set(page.next_cursor);
                    // The address remembers how many pages are shown.
                    let pages = (hits.with_untracked(Vec::len) as u32).div_ceil(SEARCH_PAGE_SIZE);
                    let url = state.get_untracked().with_pages(pages).to_url("/search");
                    go.with_value(|go| go(url, true));
                    request_animation_frame(move || {
                        focus_selector(&format!("#result-{first_new} .card__link"));
                    });
                }
                Err(e) => more_error.set(Some(e)),
            }
            loading_more.set(false);
        });
    };

    let mode = Memo::new(move |_| match (error.read().is_some(), total.get()) {
        (true, _) => Mode::Failed,
        (false, None) => Mode::Loading,
        (false, Some(0)) => Mode::Empty,
        (false, Some(_)) => Mode::Results,
    });

    let filters_open = RwSignal::new(false);
    let folded = RwSignal::new(FOLDED.to_vec());
    let unfolded_values = RwSignal::new(Vec::<FacetName>::new());
    let timeline_href = move || state.read().first_page().to_url("/timeline");
    let retry = Callback::new(move |()| reload.update(|n| *n += 1));

    view! {
        <div class="wrap page search">
            <header class="page__header search__header">
                <h1>{t(Key::SearchTitle)}</h1>
                <p class="lead search__lead">{t(Key::SearchLead)}</p>
                <SearchBox id="search".to_owned() large=true compact=false hint=true />
            </header>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    show(0, opening.await);
                    view! {
                        <div class="search__layout">
                            <div class="search__toolbar">
                                <ResultCount total state />
                                <FiltersToggle open=filters_open state />
                                <SortSelect state answered_sort go />
                            </div>
                            <aside
                                id="search-filters"
                                class="search__filters"
                                class:is-open=move || filters_open.get()
                                class:is-pending=move || loading.get()
                                aria-labelledby="facets-title"
                                data-testid="facets"
                            >
                                <h2 id="facets-title" class="search__filters-title">
                                    {t(Key::FacetsHeading)}
                                </h2>
                                {FACET_ORDER[..4]
                                    .iter()
                                    .map(|&name| {
                                        view! { <FacetGroup name facets state go folded unfolded_values /> }
                                    })
                                    .collect_view()}
                                <YearsFilter state go />
                                {FACET_ORDER[4..]
                                    .iter()
                                    .map(|&name| {
                                        view! { <FacetGroup name facets state go folded unfolded_values /> }
                                    })
                                    .collect_view()}
                            </aside>
                            <section class="search__results" aria-labelledby="search-results-title">
                                <h2 id="search-results-title" class="visually-hidden" tabindex="-1">
                                    {t(Key::SearchResultsHeading)}
                                </h2>
                                <FilterChips
                                    id="search-chips"
                                    state
                                    facets
                                    path="/search"
                                    focus_after=RESULTS_HEADING
                                />
                                <div
                                    class="work-list"
                                    class:is-pending=move || loading.get() && mode.get() != Mode::Loading
                                    aria-busy=move || loading.get().to_string()
                                >
                                    {move || match mode.get() {
                                        Mode::Loading => view! { <Loading /> }.into_any(),
                                        Mode::Failed => {
                                            error
                                                .get()
                                                .map(|error| view! { <SearchError error state retry /> })
                                                .into_any()
                                        }
                                        Mode::Empty => view! { <NoResults state facets /> }.into_any(),
                                        Mode::Results => {
                                            view! {
                                                <ul class="grid" role="list" data-testid="search-results">
                                                    <For
                                                        each=move || hits.get().into_iter().enumerate()
                                                        key=|(_, (n, hit))| (*n, hit.artwork.slug.clone())
                                                        children=move |(i, (_, hit))| {
                                                            view! {
                                                                <li id=format!("result-{i}")>
                                                                    <ArtworkCard work=hit.artwork snippet=hit.snippet />
                                                                </li>
                                                            }
                                                        }
                                                    />
                                                </ul>
                                                {move || more_error.get().map(|error| view! { <ErrorState error /> })}
                                                <MoreResults hits total cursor loading_more load_more />
                                            }
                                                .into_any()
                                        }
                                    }}
                                </div>
                                <p class="search__timeline">
                                    <a href=timeline_href class="more-link">
                                        {t(Key::ViewOnTimeline)}
                                    </a>
                                </p>
                            </section>
                        </div>
                    }
                })}
            </Suspense>
        </div>
    }
}

/// How many works the search found, and for what.
#[component]
fn ResultCount(total: RwSignal<Option<u64>>, state: Memo<SearchState>) -> impl IntoView {
    view! {
        <p class="search__count" role="status" data-testid="result-count">
            {move || {
                total
                    .get()
                    .map(|n| {
                        let q = state.read().q.clone();
                        let found = t_count(Count::Results, n as i64);
                        if q.is_empty() {
                            found
                        } else {
                            format!("{found} {}", t_with(Key::ResultsFor, &[("q", &q)]))
                        }
                    })
            }}
        </p>
    }
}

/// Opens the filters on a small screen, saying how many are active.
#[component]
fn FiltersToggle(open: RwSignal<bool>, state: Memo<SearchState>) -> impl IntoView {
    let filter_count = move || state.read().active_filters().len();
    view! {
        <button
            type="button"
            class="button button--quiet search__filters-toggle"
            aria-expanded=move || open.get().to_string()
            aria-controls="search-filters"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {t(Key::ShowFilters)}
            {move || {
                let n = filter_count();
                (n > 0)
                    .then(|| {
                        view! {
                            <span class="search__filters-n">
                                {t_with(Key::FiltersActive, &[("n", &n.to_string())])}
                            </span>
                        }
                    })
            }}
        </button>
    }
}

/// The first pages of a search, or why not; a later page that fails leaves
/// the pages before it, and its error.
type Fetched = (Result<SearchResults, ApiError>, Option<ApiError>);

/// Fetches the first `pages` pages of `search`.
async fn fetch_pages(search: SearchState, pages: u32) -> Fetched {
    let mut answer = match api::read(api::public::search(
        search.api_pairs(),
        api::SEARCH_PAGE_SIZE,
        None,
    ))
    .await
    {
        Ok(first) => first,
        Err(e) => return (Err(e), None),
    };
    for _ in 1..pages {
        let Some(next) = answer.next_cursor.clone() else {
            break;
        };
        match api::read(api::public::search(
            search.api_pairs(),
            api::SEARCH_PAGE_SIZE,
            Some(&next),
        ))
        .await
        {
            Ok(page) => {
                answer.items.extend(page.items);
                answer.next_cursor = page.next_cursor;
            }
            Err(e) => return (Ok(answer), Some(e)),
        }
    }
    (Ok(answer), None)
}

/// How many results are shown of how many, and the button for the next page.
#[component]
fn MoreResults<F>(
    hits: RwSignal<Vec<(u64, SearchHit)>>,
    total: RwSignal<Option<u64>>,
    cursor: RwSignal<Option<String>>,
    loading_more: RwSignal<bool>,
    load_more: F,
) -> impl IntoView
where
    F: Fn(leptos::ev::MouseEvent) + Clone + Send + Sync + 'static,
{
    let (more, busy, end) = (
        t(Key::LoadMoreWorks),
        t(Key::LoadingMore),
        t(Key::EndOfResults),
    );
    view! {
        <div class="work-list__more search__more">
            <p class="work-list__count">
                {move || {
                    t_with(
                        Key::ResultsShownOf,
                        &[
                            ("shown", &hits.read().len().to_string()),
                            ("total", &total.get().unwrap_or_default().to_string()),
                        ],
                    )
                }}
            </p>
            <Show
                when=move || cursor.read().is_some()
                fallback=move || view! { <p class="work-list__end">{end}</p> }
            >
                <button
                    type="button"
                    class="button"
                    data-testid="load-more"
                    on:click=load_more.clone()
                    disabled=move || loading_more.get()
                    aria-busy=move || loading_more.get().to_string()
                >
                    {move || if loading_more.get() { busy } else { more }}
                </button>
            </Show>
        </div>
    }
}

/// The order of the results.
#[component]
fn SortSelect<G>(
    state: Memo<SearchState>,
    answered_sort: RwSignal<Option<SortOrder>>,
    go: StoredValue<G>,
) -> impl IntoView
where
    G: Fn(String, bool) + Send + Sync + 'static,
{
    let selected = move || current_sort(&state.read(), answered_sort.get());
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let url = state
            .get_untracked()
            .with_sort(Some(&value))
            .to_url("/search");
        go.with_value(|go| go(url, false));
    };
    let options: Vec<(SortOrder, &'static str)> = SortOrder::ALL
        .iter()
        .map(|o| (*o, t(Key::Sort(*o))))
        .collect();
    view! {
        <div class="field search__sort">
            <label for="search-sort">{t(Key::SortLabel)}</label>
            <select id="search-sort" on:change=on_change data-testid="sort">
                {move || {
                    let has_q = !state.read().q.is_empty();
                    let current = selected();
                    options
                        .iter()
                        // Relevance means nothing without words to match.
                        .filter(|(o, _)| has_q || *o != SortOrder::Relevance || current == *o)
                        .map(|(o, label)| {
                            view! {
                                <option value=o.as_str() prop:selected=current == *o>
                                    {*label}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// The years a search is narrowed to.
#[component]
fn YearsFilter<G>(state: Memo<SearchState>, go: StoredValue<G>) -> impl IntoView
where
    G: Fn(String, bool) + Send + Sync + 'static,
{
    let from = NodeRef::<html::Input>::new();
    let to = NodeRef::<html::Input>::new();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (Some(from), Some(to)) = (from.get_untracked(), to.get_untracked()) else {
            return;
        };
        let current = state.get_untracked();
        let next = current.with_years(&from.value(), &to.value());
        if next != current.first_page() {
            go.with_value(|go| go(next.to_url("/search"), false));
        }
    };
    view! {
        <form class="facet facet--years" on:submit=on_submit data-testid="years">
            <fieldset aria-describedby="search-year-hint">
                <legend class="facet__legend">{t(Key::YearsLegend)}</legend>
                <div class="facet__years">
                    <div class="field">
                        <label for="search-year-from">{t(Key::FilterYearFrom)}</label>
                        <input
                            id="search-year-from"
                            name="year_from"
                            type="number"
                            inputmode="numeric"
                            step="1"
                            node_ref=from
                            prop:value=move || state.read().year_from.clone().unwrap_or_default()
                        />
                    </div>
                    <div class="field">
                        <label for="search-year-to">{t(Key::FilterYearTo)}</label>
                        <input
                            id="search-year-to"
                            name="year_to"
                            type="number"
                            inputmode="numeric"
                            step="1"
                            node_ref=to
                            prop:value=move || state.read().year_to.clone().unwrap_or_default()
                        />
                    </div>
                </div>
                <p id="search-year-hint" class="field__hint">{t(Key::YearHint)}</p>
                <button type="submit" class="button button--quiet button--small">
                    {t(Key::ApplyYears)}
                </button>
            </fieldset>
        </form>
    }
}

/// One facet: its values with counts as checkboxes (several may be chosen),
/// folding away, the first few shown until asked for more.
#[component]
fn FacetGroup<G>(
    name: FacetName,
    facets: RwSignal<Vec<Facet>>,
    state: Memo<SearchState>,
    go: StoredValue<G>,
    folded: RwSignal<Vec<FacetName>>,
    unfolded_values: RwSignal<Vec<FacetName>>,
) -> impl IntoView
where
    G: Fn(String, bool) + Send + Sync + 'static,
{
    let values = Memo::new(move |_| {
        facets.with(|fs| {
            fs.iter()
                .find(|f| f.name == name)
                .map(|f| f.values.clone())
                .unwrap_or_default()
        })
    });
    let open = move || !folded.read().contains(&name);
    let all = move || unfolded_values.read().contains(&name);
    let shown = Memo::new(move |_| shown_values(&values.read(), all()));
    let hidden = move || values.read().len().saturating_sub(shown.read().len());
    let toggle_id = format!("facet-{}-toggle", name.as_str());
    let list_id = format!("facet-{}", name.as_str());
    let fewer = t(Key::ShowFewer);
    let flip = move |list: RwSignal<Vec<FacetName>>| {
        list.update(|l| {
            if let Some(i) = l.iter().position(|f| *f == name) {
                l.remove(i);
            } else {
                l.push(name);
            }
        })
    };

    view! {
        <Show when=move || !values.read().is_empty()>
            <section class="facet" data-facet=name.as_str()>
                <h3 class="facet__title">
                    <button
                        type="button"
                        id=toggle_id.clone()
                        class="facet__toggle"
                        aria-expanded=move || open().to_string()
                        aria-controls=list_id.clone()
                        on:click=move |_| flip(folded)
                    >
                        {t(Key::Facet(name))}
                    </button>
                </h3>
                <div id=list_id.clone() role="group" aria-labelledby=toggle_id.clone() hidden=move || !open()>
                    <ul class="facet__values" role="list">
                        <For
                            each=move || shown.get()
                            key=|v| v.value.clone()
                            children=move |v| {
                                let value = StoredValue::new(v.value.clone());
                                let count = move || {
                                    values
                                        .with(|vs| {
                                            vs.iter()
                                                .find(|x| value.with_value(|val| x.value == *val))
                                                .map_or(0, |x| x.count)
                                        })
                                };
                                let checked = move || {
                                    value.with_value(|val| state.with(|s| s.is_selected(name, val)))
                                };
                                view! {
                                    <li>
                                        <label class="facet__option">
                                            <input
                                                type="checkbox"
                                                value=v.value.clone()
                                                prop:checked=checked
                                                data-testid="facet-option"
                                                on:change=move |_| {
                                                    let url = value
                                                        .with_value(|val| {
                                                            state.get_untracked().toggled(name, val).to_url("/search")
                                                        });
                                                    go.with_value(|go| go(url, false));
                                                }
                                            />
                                            <span class="facet__label" lang=v.lang.clone()>{v.label.clone()}</span>
                                            <span class="facet__count">{move || number(count())}</span>
                                        </label>
                                    </li>
                                }
                            }
                        />
                    </ul>
                    <Show when=move || { all() || hidden() > 0 }>
                        <button
                            type="button"
                            class="facet__more"
                            aria-expanded=move || all().to_string()
                            on:click=move |_| flip(unfolded_values)
                        >
                            {move || {
                                if all() {
                                    fewer.to_owned()
                                } else {
                                    t_count(Count::MoreValues, hidden() as i64)
                                }
                            }}
                        </button>
                    </Show>
                </div>
            </section>
        </Show>
    }
}

/// The parameter a visitor would recognise, for a refused one.
fn param_label(field: &str) -> String {
    match field {
        "q" => t(Key::SearchLabel).to_owned(),
        "year_from" => t(Key::FilterYearFrom).to_owned(),
        "year_to" => t(Key::FilterYearTo).to_owned(),
        "sort" => t(Key::SortLabel).to_owned(),
        other => other
            .parse::<FacetName>()
            .map_or_else(|_| other.to_owned(), |f| t(Key::Facet(f)).to_owned()),
    }
}

/// A search that failed; when the server refused one parameter, a way to search without it.
#[component]
fn SearchError(error: ApiError, state: Memo<SearchState>, retry: Callback<()>) -> impl IntoView {
    let without = error.field().map(|field| {
        let href = state.get_untracked().without_param(field).to_url("/search");
        let text = t_with(Key::RemoveBadParameter, &[("param", &param_label(field))]);
        view! {
            <p class="search__fix">
                <a href=href class="button" data-testid="remove-bad-parameter">
                    {text}
                </a>
            </p>
        }
    });
    view! {
        <ErrorState error retry />
        {without}
    }
}

/// Nothing found, and what to try instead: fewer filters, another spelling,
/// another script.
#[component]
fn NoResults(state: Memo<SearchState>, facets: RwSignal<Vec<Facet>>) -> impl IntoView {
    let s = state.get_untracked();
    let filters = s.has_filters().then(|| {
        let without_filters = (!s.q.is_empty()).then(|| {
            let href = s.without_filters().to_url("/search");
            let text = t_with(Key::TrySearchAll, &[("q", &s.q)]);
            view! {
                <p>
                    <a href=href>{text}</a>
                </p>
            }
        });
        view! {
            <li>
                <p>{t(Key::TryRemoveFilter)}</p>
                <FilterChips
                    id="empty-chips"
                    state
                    facets
                    path="/search"
                    focus_after=RESULTS_HEADING
                />
                {without_filters}
            </li>
        }
    });
    let spelling = (!s.q.is_empty()).then(|| view! { <li>{t(Key::TrySpelling)}</li> });
    view! {
        <EmptyState title=Key::NoResultsTitle text=Key::NoResultsText>
            <div class="try">
                <p class="try__title">{t(Key::TryHeading)}</p>
                <ul class="try__list" role="list">
                    {filters}
                    {spelling}
                    <li>
                        {t(Key::TryScripts)}
                        " "
                        <span class="try__examples">
                            {SCRIPT_EXAMPLES
                                .iter()
                                .map(|(term, lang)| {
                                    let href = SearchState::default().with_q(term).to_url("/search");
                                    view! {
                                        <a href=href lang=*lang data-testid="try-example">
                                            {*term}
                                        </a>
                                    }
                                })
                                .collect_view()}
                        </span>
                    </li>
                    <li>
                        <a href="/search" class="more-link">
                            {t(Key::TryBrowse)}
                        </a>
                    </li>
                </ul>
            </div>
        </EmptyState>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(v: &str, selected: bool) -> FacetValue {
        FacetValue {
            value: v.to_owned(),
            label: v.to_uppercase(),
            lang: "en".to_owned(),
            count: 1,
            selected,
        }
    }

    #[test]
    fn a_long_facet_shows_its_first_values_and_every_chosen_one() {
        let values: Vec<FacetValue> = (0..20).map(|i| value(&format!("v{i}"), i == 15)).collect();
        let shown = shown_values(&values, false);
        assert_eq!(shown.len(), VALUES_SHOWN + 1);
        assert_eq!(shown.last().map(|v| v.value.as_str()), Some("v15"));
        assert_eq!(shown_values(&values, true).len(), 20);
        // One more than the limit is shown whole rather than hidden behind a button.
        let nine: Vec<FacetValue> = (0..9).map(|i| value(&format!("v{i}"), false)).collect();
        assert_eq!(shown_values(&nine, false).len(), 9);
    }

    #[test]
    fn the_order_asked_for_wins_else_the_default_for_the_query() {
        let with_q = SearchState::default().with_q("wave");
        assert_eq!(current_sort(&with_q, None), SortOrder::Relevance);
        assert_eq!(
            current_sort(&SearchState::default(), None),
            SortOrder::Title
        );
        let oldest = with_q.with_sort(Some("oldest"));
        assert_eq!(
            current_sort(&oldest, Some(SortOrder::Relevance)),
            SortOrder::Oldest
        );
    }
}
