//! `/museums/{slug}`: a member museum's profile and its works.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use vcm_shared::Museum;

use crate::api::{self, ArtworkQuery};
use crate::components::museum_card::place;
use crate::components::page_meta::{PageMeta, absolute, summary};
use crate::components::states::{ErrorState, Loading, NotFoundView};
use crate::components::work_list::WorkList;
use crate::i18n::{Count, Key, country_name, t, t_count, t_with};

#[component]
pub fn MuseumPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let museum = Resource::new(
        move || slug.get(),
        |slug| async move { api::read(api::public::museum(&slug)).await },
    );
    let retry = Callback::new(move |()| museum.refetch());
    view! {
        <Suspense fallback=|| view! { <div class="wrap page"><Loading /></div> }>
            {move || Suspend::new(async move {
                match museum.await {
                    Ok(museum) => view! { <MuseumView museum /> }.into_any(),
                    Err(e) if e.is_not_found() => {
                        view! {
                            <NotFoundView title=Key::MuseumNotFoundTitle text=Key::MuseumNotFoundText />
                        }
                            .into_any()
                    }
                    Err(error) => view! { <div class="wrap page"><ErrorState error retry /></div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn MuseumView(museum: Museum) -> impl IntoView {
    let m = museum;
    let query = Signal::stored(ArtworkQuery {
        museum: Some(m.slug.clone()),
        ..Default::default()
    });
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Museum",
        "name": m.name,
        "description": m.description,
        "url": absolute(&format!("/museums/{}", m.slug)),
        "address": {
            "@type": "PostalAddress",
            "addressLocality": m.city,
            "addressCountry": m.country.code,
        },
    });
    if let Some(website) = &m.website {
        data["sameAs"] = website.clone().into();
    }
    if let Some(local) = &m.name_local {
        data["alternateName"] = local.clone().into();
    }
    if let (Some(lat), Some(lon)) = (m.latitude, m.longitude) {
        data["geo"] =
            serde_json::json!({ "@type": "GeoCoordinates", "latitude": lat, "longitude": lon });
    }
    let description = if m.description.trim().is_empty() {
        place(&m)
    } else {
        summary(&m.description, 200)
    };
    let place = view! {
        {(!m.city.eq_ignore_ascii_case(&m.country.name)).then(|| format!("{}, ", m.city))}
        <A href=format!("/countries/{}", m.country.code)>{country_name(&m.country.code, &m.country.name)}</A>
    };
    view! {
        <PageMeta title=m.name.clone() description data />
        <div class="wrap page museum">
            <header class="page__header museum__header">
                <p class="eyebrow">{t(Key::Membership(m.membership_status))}</p>
                <h1 data-testid="museum-name">{m.name.clone()}</h1>
                {m.name_local
                    .clone()
                    .map(|n| {
                        view! {
                            <p class="museum__local" lang=m.name_local_lang.clone()>
                                {n}
                            </p>
                        }
                    })}
                <dl class="facts">
                    <div>
                        <dt>{t(Key::FieldLocation)}</dt>
                        <dd>{place}</dd>
                    </div>
                    {m.member_since
                        .map(|year| {
                            view! {
                                <div>
                                    <dt>{t(Key::FieldMembership)}</dt>
                                    <dd>{t_with(Key::MemberSince, &[("year", &year.to_string())])}</dd>
                                </div>
                            }
                        })}
                    <div>
                        <dt>{t(Key::MuseumWorks)}</dt>
                        <dd>{t_count(Count::Works, m.artwork_count)}</dd>
                    </div>
                </dl>
                {(!m.description.trim().is_empty())
                    .then(|| view! { <div class="museum__description" lang="en"><p>{m.description.clone()}</p></div> })}
                {m.website
                    .clone()
                    .map(|w| {
                        view! {
                            <p>
                                <a href=w rel="external noopener" class="more-link">
                                    {t(Key::VisitWebsite)}
                                </a>
                            </p>
                        }
                    })}
            </header>
            <section class="section" aria-labelledby="museum-works">
                <h2 id="museum-works" class="section__title">{t(Key::MuseumWorks)}</h2>
                <p>
                    <A href=format!("/collection?museum={}", m.slug) attr:class="more-link">
                        {t(Key::BrowseMuseumWorks)}
                    </A>
                </p>
                <WorkList query empty_title=Key::MuseumWorks empty_text=Key::MuseumNoWorks />
            </section>
        </div>
    }
}
