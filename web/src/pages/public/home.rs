//! `/`: the masterpiece of the day, featured works, and ways into the
//! collection by country, museum and object type.

use leptos::prelude::*;
use leptos_router::components::A;
use vcm_shared::{ArtworkSummary, CountryWithCounts, Highlights, Museum, ObjectType, Region};

use crate::api;
use crate::components::artwork_card::ArtworkGrid;
use crate::components::image::ArtworkImage;
use crate::components::museum_card::place;
use crate::components::page_meta::{PageMeta, absolute};
use crate::components::search_box::SearchBox;
use crate::components::states::{ErrorState, Loading};
use crate::i18n::{Count, Key, country_name, t, t_count};

/// How many museums the home page names before linking to them all.
const MUSEUMS_SHOWN: u32 = 8;

#[component]
pub fn HomePage() -> impl IntoView {
    let highlights = Resource::new(|| (), |()| api::read(api::public::highlights()));
    let countries = Resource::new(|| (), |()| api::read(api::public::countries()));
    let museums = Resource::new(
        || (),
        |()| async { api::read(api::public::museums(None, Some(MUSEUMS_SHOWN + 1), None)).await },
    );
    view! {
        <PageMeta
            title=String::new()
            description=t(Key::HomeLead).to_owned()
            data=serde_json::json!({
                "@context": "https://schema.org",
                "@type": "WebSite",
                "name": t(Key::SiteName),
                "alternateName": t(Key::SiteShortName),
                "url": absolute("/"),
                "publisher": { "@type": "Organization", "name": t(Key::NetworkName) },
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": {
                        "@type": "EntryPoint",
                        "urlTemplate": absolute("/search?q={search_term_string}"),
                    },
                    "query-input": "required name=search_term_string",
                },
            })
        />
        <section class="hero">
            <div class="wrap">
                <p class="eyebrow">{t(Key::NetworkName)}</p>
                <h1 class="hero__title">{t(Key::HomeHeading)}</h1>
                <p class="hero__lead">{t(Key::HomeLead)}</p>
                <div class="hero__search">
                    <SearchBox id="home-search".to_owned() large=true compact=false hint=true />
                </div>
                <p class="hero__actions">
                    <A href="/collection" attr:class="button button--quiet">
                        {t(Key::BrowseCollection)}
                    </A>
                    <A href="/timeline" attr:class="more-link">
                        {t(Key::ExploreTimeline)}
                    </A>
                </p>
            </div>
        </section>
        <Suspense fallback=|| view! { <div class="wrap"><Loading /></div> }>
            {move || Suspend::new(async move {
                match highlights.await {
                    Ok(h) => view! { <HighlightsView highlights=h /> }.into_any(),
                    Err(error) => {
                        let retry = Callback::new(move |()| highlights.refetch());
                        view! { <div class="wrap section"><ErrorState error retry /></div> }.into_any()
                    }
                }
            })}
        </Suspense>
        <div class="wrap explore">
            <section class="explore__block" aria-labelledby="by-country">
                <h2 id="by-country">{t(Key::ExploreByCountry)}</h2>
                <Suspense fallback=Loading>
                    {move || Suspend::new(async move {
                        match countries.await {
                            Ok(list) => view! { <CountryChips countries=list.items /> }.into_any(),
                            Err(error) => view! { <ErrorState error /> }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
            <section class="explore__block" aria-labelledby="by-museum">
                <h2 id="by-museum">{t(Key::ExploreByMuseum)}</h2>
                <Suspense fallback=Loading>
                    {move || Suspend::new(async move {
                        match museums.await {
                            Ok(page) => view! { <MuseumLinks museums=page.items /> }.into_any(),
                            Err(error) => view! { <ErrorState error /> }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
            <section class="explore__block" aria-labelledby="by-type">
                <h2 id="by-type">{t(Key::ExploreByType)}</h2>
                <ul class="chips" role="list">
                    {ObjectType::ALL
                        .iter()
                        .map(|ty| {
                            view! {
                                <li>
                                    <A
                                        href=format!("/collection?object_type={}", ty.as_str()) attr:class="chip"
                                    >
                                        {t(Key::ObjectType(*ty))}
                                    </A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        </div>
    }
}

/// The masterpiece of the day, then the featured works.
#[component]
fn HighlightsView(highlights: Highlights) -> impl IntoView {
    let Highlights {
        masterpiece_of_the_day,
        featured,
        ..
    } = highlights;
    view! {
        {masterpiece_of_the_day.map(|work| view! { <DayWork work /> })}
        <section class="section wrap" aria-labelledby="featured">
            <h2 id="featured" class="section__title">{t(Key::Featured)}</h2>
            {if featured.is_empty() {
                view! { <p class="state state--empty">{t(Key::FeaturedEmpty)}</p> }.into_any()
            } else {
                view! {
                    <div data-testid="featured">
                        <ArtworkGrid works=featured />
                    </div>
                    <p class="section__more">
                        <A href="/collection" attr:class="more-link">
                            {t(Key::ViewWholeCollection)}
                        </A>
                    </p>
                }
                    .into_any()
            }}
        </section>
    }
}

/// The masterpiece of the day, given room.
#[component]
fn DayWork(work: ArtworkSummary) -> impl IntoView {
    let href = format!("/artworks/{}", work.slug);
    let byline = [
        work.makers.join(", "),
        work.date_text.clone().unwrap_or_default(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <section class="day wrap" aria-labelledby="day-title" data-testid="masterpiece-of-the-day">
            <div class="day__media">
                <ArtworkImage image=work.image object_type=work.object_type decorative=true />
            </div>
            <div class="day__text">
                <p class="eyebrow">{t(Key::MasterpieceOfTheDay)}</p>
                <h2 id="day-title" class="day__title">
                    {work.title}
                </h2>
                {work
                    .title_original
                    .map(|o| view! { <p class="day__original" lang=work.original_language>{o}</p> })}
                {(!byline.is_empty()).then(|| view! { <p class="day__meta">{byline}</p> })}
                <p class="day__museum">{work.museum.name}</p>
                <p>
                    <A href=href attr:class="button" attr:aria-describedby="day-title" attr:data-testid="day-link">
                        {t(Key::DiscoverThisWork)}
                    </A>
                </p>
            </div>
        </section>
    }
}

/// Countries that have works or museums, grouped by region.
#[component]
fn CountryChips(countries: Vec<CountryWithCounts>) -> impl IntoView {
    Region::ALL
        .iter()
        .filter_map(|region| {
            let in_region: Vec<_> = countries
                .iter()
                .filter(|c| c.country.region == *region && (c.artwork_count > 0 || c.museum_count > 0))
                .cloned()
                .collect();
            (!in_region.is_empty()).then(|| {
                view! {
                    <h3 class="explore__region">{t(Key::Region(*region))}</h3>
                    <ul class="chips" role="list">
                        {in_region
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <li>
                                        <A href=format!("/countries/{}", c.country.code) attr:class="chip">
                                            {country_name(&c.country.code, &c.country.name)}
                                            <span class="chip__count">
                                                {if c.artwork_count > 0 {
                                                    t_count(Count::Works, c.artwork_count)
                                                } else {
                                                    t_count(Count::Museums, c.museum_count)
                                                }}
                                            </span>
                                        </A>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })
        })
        .collect_view()
}

/// A few museums by name, and the way to all of them.
#[component]
fn MuseumLinks(museums: Vec<Museum>) -> impl IntoView {
    view! {
        <ul class="link-list" role="list">
            {museums
                .into_iter()
                .take(MUSEUMS_SHOWN as usize)
                .map(|m| {
                    let where_ = place(&m);
                    view! {
                        <li>
                            <A href=format!("/museums/{}", m.slug)>{m.name}</A>
                            <span class="link-list__note">{where_}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p>
            <A href="/museums" attr:class="more-link">
                {t(Key::AllMuseums)}
            </A>
        </p>
    }
}
