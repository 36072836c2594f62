//! `/timeline`: the collection (or the works a search matches: the same
//! query as `/search`) by century and region of origin, as stacked bars drawn
//! with plain HTML and CSS. Every bar is a link to the search for its century
//! and region; the same figures are offered as a table.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use vcm_shared::rules::format_year;
use vcm_shared::{CulturalRegion, FacetName, Timeline};

use crate::api;
use crate::components::filter_chips::FilterChips;
use crate::components::page_meta::PageMeta;
use crate::components::states::{EmptyState, ErrorState, Loading};
use crate::i18n::{Count, Key, century_name, number, t, t_count, t_with};
use crate::search_state::SearchState;

/// A scale for counts up to `max`: the step between gridlines (1, 2 or 5
/// times a power of ten, at most five steps) and the top of the scale.
pub fn nice_scale(max: u64) -> (u64, u64) {
    let max = max.max(1);
    let mut power = 1_u64;
    loop {
        for factor in [1, 2, 5] {
            let step = factor * power;
            if max.div_ceil(step) <= 5 {
                return (step, max.div_ceil(step) * step);
            }
        }
        power *= 10;
    }
}

/// The first years of every century from the earliest to the latest bucket,
/// empty ones included, so that the axis keeps time evenly.
fn centuries(timeline: &Timeline) -> Vec<i32> {
    let first = timeline.buckets.iter().map(|b| b.from).min();
    let last = timeline.buckets.iter().map(|b| b.from).max();
    match (first, last) {
        (Some(first), Some(last)) => (first..=last).step_by(100).collect(),
        _ => Vec::new(),
    }
}

/// Runs of at least this many centuries without works are drawn as one break.
const MIN_GAP: usize = 3;

/// A place on the chart's axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// A century, by its index in the list of centuries.
    Century(usize),
    /// A break standing for the empty centuries beginning with these years.
    Gap(i32, i32),
}

/// The axis for centuries and their totals: every century, except that long
/// runs of empty ones shrink to a break so the works are not lost in space.
fn slots(totals: &[(i32, u64)]) -> Vec<Slot> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < totals.len() {
        let run = totals[i..].iter().take_while(|(_, n)| *n == 0).count();
        if run >= MIN_GAP {
            out.push(Slot::Gap(totals[i].0, totals[i + run - 1].0));
            i += run;
        } else {
            out.push(Slot::Century(i));
            i += 1;
        }
    }
    out
}

/// The search for one century and region, keeping the timeline's own query.
fn bar_href(base: &SearchState, from: i32, region: CulturalRegion) -> String {
    base.without_param(FacetName::Region.as_str())
        .with_years(&from.to_string(), &(from + 99).to_string())
        .with_filter(FacetName::Region, region.as_str())
        .to_url("/search")
}

#[component]
pub fn TimelinePage() -> impl IntoView {
    let params = use_query_map();
    let state = Memo::new(move |_| SearchState::from_params(&params.read()).first_page());
    let timeline = Resource::new(
        move || state.get(),
        |s| async move {
            api::read(api::public::timeline(s.api_pairs()))
                .await
                .map(|tl| (s, tl))
        },
    );
    // The labels of the filters' values come with a search's facet counts.
    let labels = Resource::new(
        move || state.get(),
        |s| async move {
            if s.has_filters() {
                api::read(api::public::search(
                    s.api_pairs(),
                    api::SEARCH_PAGE_SIZE,
                    None,
                ))
                .await
                .map(|r| r.facets)
                .unwrap_or_default()
            } else {
                Vec::new()
            }
        },
    );
    let retry = Callback::new(move |()| timeline.refetch());
    let pending = RwSignal::new(false);
    let filtered = move || state.with(|s| !s.q.is_empty() || s.has_filters());
    let list_href = move || state.read().to_url("/search");

    view! {
        <PageMeta title=t(Key::TimelineTitle).to_owned() description=t(Key::TimelineLead).to_owned() />
        <div class="wrap page timeline-page">
            <header class="page__header">
                <h1 id="timeline-title" tabindex="-1">{t(Key::TimelineTitle)}</h1>
                <p class="lead">{t(Key::TimelineLead)}</p>
            </header>
            <Show when=filtered>
                <div class="timeline__filters" data-testid="timeline-filters">
                    <p>
                        {t(Key::TimelineFiltered)}
                        {move || {
                            let q = state.read().q.clone();
                            (!q.is_empty()).then(|| view! { " " <strong>{t_with(Key::Quoted, &[("q", &q)])}</strong> })
                        }}
                    </p>
                    <Suspense>
                        {move || Suspend::new(async move {
                            let facets = labels.await;
                            view! {
                                <FilterChips
                                    id="timeline-chips"
                                    state
                                    facets
                                    path="/timeline"
                                    focus_after="#timeline-title"
                                />
                            }
                        })}
                    </Suspense>
                </div>
            </Show>
            <div class="work-list" class:is-pending=pending aria-busy=move || pending.get().to_string()>
                <Transition fallback=Loading set_pending=pending>
                    {move || Suspend::new(async move {
                        match timeline.await {
                            Ok((_, tl)) if tl.buckets.is_empty() => {
                                view! {
                                    <EmptyState
                                        title=Key::TimelineEmptyTitle
                                        text=Key::TimelineEmptyText
                                    >
                                        <Undated n=tl.undated />
                                    </EmptyState>
                                }
                                    .into_any()
                            }
                            Ok((base, tl)) => view! { <TimelineChart timeline=tl base /> }.into_any(),
                            Err(error) => view! { <ErrorState error retry /> }.into_any(),
                        }
                    })}
                </Transition>
            </div>
            <p class="timeline__more">
                <a href=list_href class="more-link">
                    {t(Key::TimelineAsList)}
                </a>
            </p>
        </div>
    }
}

/// How many matching works the timeline cannot place.
#[component]
fn Undated(n: u64) -> impl IntoView {
    (n > 0).then(|| {
        view! {
            <p class="timeline__undated" data-testid="undated">
                {t_count(Count::Undated, n as i64)}
            </p>
        }
    })
}

/// One bar's segment: a region's works in a century.
#[derive(Debug, Clone)]
struct Segment {
    region: CulturalRegion,
    count: u64,
    href: String,
    label: String,
    /// Its height as a share of the scale, e.g. `25.000%`.
    height: String,
}

/// The stacked bars, their legend and scale, and the table of the same figures.
#[component]
fn TimelineChart(timeline: Timeline, base: SearchState) -> impl IntoView {
    let counts: HashMap<(i32, CulturalRegion), u64> = timeline
        .buckets
        .iter()
        .map(|b| ((b.from, b.region), b.count))
        .collect();
    let regions: Vec<CulturalRegion> = CulturalRegion::ALL
        .iter()
        .copied()
        .filter(|r| timeline.buckets.iter().any(|b| b.region == *r))
        .collect();
    let centuries = centuries(&timeline);
    let column_total = |from: i32| -> u64 {
        regions
            .iter()
            .map(|r| counts.get(&(from, *r)).copied().unwrap_or(0))
            .sum()
    };
    let max = centuries
        .iter()
        .map(|c| column_total(*c))
        .max()
        .unwrap_or(0);
    let (step, top) = nice_scale(max);
    let percent = move |n: u64| format!("{:.3}%", n as f64 * 100.0 / top as f64);
    let years = |from: i32| format!("{} – {}", format_year(from), format_year(from + 99));
    let long_name = move |from: i32| format!("{} ({})", century_name(from, false), years(from));

    let columns: Vec<(i32, u64, Vec<Segment>)> = centuries
        .iter()
        .map(|&from| {
            let segments = regions
                .iter()
                .filter_map(|r| {
                    let count = counts.get(&(from, *r)).copied().filter(|c| *c > 0)?;
                    let label = t_with(
                        Key::TimelineBar,
                        &[
                            ("century", &long_name(from)),
                            ("region", t(Key::CulturalRegion(*r))),
                            ("count", &t_count(Count::Works, count as i64)),
                        ],
                    );
                    Some(Segment {
                        region: *r,
                        count,
                        href: bar_href(&base, from, *r),
                        label,
                        height: percent(count),
                    })
                })
                .collect();
            (from, column_total(from), segments)
        })
        .collect();
    let totals: Vec<(i32, u64)> = columns
        .iter()
        .map(|(from, total, _)| (*from, *total))
        .collect();
    let axis = slots(&totals);
    let column_count = axis.len();
    let ticks: Vec<u64> = (0..=top / step).map(|i| i * step).collect();

    let table = (regions.clone(), columns.clone());
    view! {
        <figure class="timeline" aria-labelledby="timeline-caption" data-testid="timeline">
            <figcaption id="timeline-caption" class="timeline__caption">
                {t(Key::TimelineChart)}
            </figcaption>
            <ul class="timeline__legend" role="list" aria-label=t(Key::TimelineLegend)>
                {regions
                    .iter()
                    .map(|r| {
                        view! {
                            <li>
                                <span class="timeline__swatch" data-region=r.as_str() aria-hidden="true"></span>
                                {t(Key::CulturalRegion(*r))}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <Readout>
            <div class="timeline__frame">
                <div class="timeline__axis" aria-hidden="true">
                    {ticks
                        .iter()
                        .map(|n| view! { <span style=format!("bottom: {}", percent(*n))>{*n}</span> })
                        .collect_view()}
                </div>
                <div
                    class="timeline__scroll"
                    tabindex="0"
                    role="group"
                    aria-label=t(Key::TimelineScroll)
                >
                    <div class="timeline__plot" style=format!("--columns: {column_count}")>
                        <div class="timeline__grid" aria-hidden="true">
                            {ticks
                                .iter()
                                .map(|n| view! { <span style=format!("bottom: {}", percent(*n))></span> })
                                .collect_view()}
                        </div>
                        <ol class="timeline__bars" role="list">
                            {axis
                                .into_iter()
                                .map(|slot| match slot {
                                    Slot::Gap(first, last) => view! { <GapColumn first last /> }.into_any(),
                                    Slot::Century(i) => {
                                        let (from, total, segments) = columns[i].clone();
                                        view! { <Column from total segments /> }.into_any()
                                    }
                                })
                                .collect_view()}
                        </ol>
                    </div>
                </div>
            </div>
            </Readout>
            <p class="timeline__note">{t(Key::TimelineScaleNote)}</p>
            <Undated n=timeline.undated />
        </figure>
        <TimelineTable regions=table.0 columns=table.1 />
    }
}

/// Centuries without works between two that have some.
#[component]
fn GapColumn(first: i32, last: i32) -> impl IntoView {
    let text = t_with(
        Key::TimelineGap,
        &[
            ("from", &century_name(first, false)),
            ("to", &century_name(last, false)),
        ],
    );
    let title = text.clone();
    view! {
        <li class="timeline__col timeline__col--gap" title=title>
            <span class="visually-hidden">{text}</span>
            <div class="timeline__stack" aria-hidden="true">
                <span class="timeline__break"></span>
            </div>
            <span class="timeline__tick" aria-hidden="true">
                "…"
            </span>
        </li>
    }
}

/// The chart's figures as a table, each count a link to its works.
#[component]
fn TimelineTable(
    regions: Vec<CulturalRegion>,
    columns: Vec<(i32, u64, Vec<Segment>)>,
) -> impl IntoView {
    let years = |from: i32| format!("{} – {}", format_year(from), format_year(from + 99));
    let rows = columns
        .iter()
        .filter(|(_, total, _)| *total > 0)
        .map(|(from, total, segments)| {
            let cells = regions
                .iter()
                .map(|r| match segments.iter().find(|s| s.region == *r) {
                    Some(s) => view! {
                        <td>
                            <a href=s.href.clone() aria-label=s.label.clone()>
                                {number(s.count)}
                            </a>
                        </td>
                    }
                    .into_any(),
                    None => view! { <td class="data-table__none">"–"</td> }.into_any(),
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        {century_name(*from, false)}
                        <span class="data-table__years">{years(*from)}</span>
                    </th>
                    {cells}
                    <td class="data-table__total">{*total}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="timeline__table">
            <summary>{t(Key::TimelineTable)}</summary>
            <div class="table-scroll">
                <table class="data-table" data-testid="timeline-table">
                    <caption class="visually-hidden">{t(Key::TimelineChart)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(Key::TimelineCentury)}</th>
                            {regions
                                .iter()
                                .map(|r| view! { <th scope="col">{t(Key::CulturalRegion(*r))}</th> })
                                .collect_view()}
                            <th scope="col">{t(Key::TimelineTotal)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}

/// Above the chart, the bar under the pointer or the keyboard's focus, said
/// in words: an island around the chart the server drew.
#[island]
fn Readout(children: Children) -> impl IntoView {
    let readout = RwSignal::new(None::<String>);
    let follow = move |target: Option<web_sys::EventTarget>| {
        #[cfg(not(feature = "ssr"))]
        {
            use wasm_bindgen::JsCast;
            let label = target
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(".timeline__bar").ok().flatten())
                .and_then(|bar| bar.get_attribute("aria-label"));
            readout.set(label);
        }
        #[cfg(feature = "ssr")]
        let _ = target;
    };
    view! {
        <p class="timeline__readout" aria-hidden="true">
            {move || readout.get().unwrap_or_else(|| "\u{a0}".to_owned())}
        </p>
        <div
            class="timeline__pointer"
            on:mouseover=move |ev| follow(ev.target())
            on:focusin=move |ev| follow(ev.target())
            on:mouseout=move |_| readout.set(None)
            on:focusout=move |_| readout.set(None)
        >
            {children()}
        </div>
    }
}

/// One century's stacked bar, each region's part a link to its works.
#[component]
fn Column(from: i32, total: u64, segments: Vec<Segment>) -> impl IntoView {
    let name = format!(
        "{} ({} – {})",
        century_name(from, false),
        format_year(from),
        format_year(from + 99)
    );
    view! {
        <li class="timeline__col" data-testid="timeline-column">
            <span class="visually-hidden">{name}</span>
            <div class="timeline__stack">
                {segments
                    .into_iter()
                    .map(|s| {
                        view! {
                            <a
                                class="timeline__bar"
                                data-region=s.region.as_str()
                                data-testid="timeline-bar"
                                href=s.href
                                style=format!("height: {}", s.height)
                                aria-label=s.label.clone()
                                title=s.label
                            ></a>
                        }
                    })
                    .collect_view()}
                {(total > 0)
                    .then(|| {
                        view! {
                            <span class="timeline__total" aria-hidden="true">
                                {total}
                            </span>
                        }
                    })}
            </div>
            <span class="timeline__tick" aria-hidden="true">
                {century_name(from, true)}
            </span>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vcm_shared::TimelineBucket;

    #[test]
    fn scales_step_by_one_two_or_five() {
        assert_eq!(nice_scale(0), (1, 1));
        assert_eq!(nice_scale(4), (1, 4));
        assert_eq!(nice_scale(7), (2, 8));
        assert_eq!(nice_scale(10), (2, 10));
        assert_eq!(nice_scale(23), (5, 25));
        assert_eq!(nice_scale(180), (50, 200));
    }

    #[test]
    fn every_century_between_the_first_and_last_is_on_the_axis() {
        let bucket = |from, region| TimelineBucket {
            from,
            to: from + 99,
            region,
            count: 1,
        };
        let tl = Timeline {
            buckets: vec![
                bucket(-300, CulturalRegion::EastAsia),
                bucket(100, CulturalRegion::SouthAsia),
            ],
            undated: 0,
        };
        assert_eq!(centuries(&tl), vec![-300, -200, -100, 0, 100]);
    }

    #[test]
    fn long_runs_of_empty_centuries_become_one_break() {
        let totals = [
            (-2600, 2),
            (-2500, 0),
            (-2400, 0),
            (-2300, 0),
            (-2200, 1),
            (-2100, 0),
            (-2000, 0),
            (-1900, 4),
        ];
        assert_eq!(
            slots(&totals),
            vec![
                Slot::Century(0),
                Slot::Gap(-2500, -2300),
                Slot::Century(4),
                Slot::Century(5),
                Slot::Century(6),
                Slot::Century(7),
            ]
        );
    }

    #[test]
    fn a_bar_searches_its_century_and_region_keeping_the_query() {
        let base = SearchState::from_pairs([("q", "bronze"), ("region", "south_asia")]);
        assert_eq!(
            bar_href(&base, -200, CulturalRegion::EastAsia),
            "/search?q=bronze&region=east_asia&year_from=-200&year_to=-101"
        );
    }
}
