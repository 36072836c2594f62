//! `/countries/{code}`: works whose country of origin it is, and the member
//! museums located there.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use vcm_shared::CountryWithCounts;

use crate::api::{self, ArtworkQuery};
use crate::components::museum_card::MuseumGrid;
use crate::components::page_meta::PageMeta;
use crate::components::states::{EmptyState, ErrorState, Loading, NotFoundView};
use crate::components::work_list::WorkList;
use crate::i18n::{Count, Key, country_name, t, t_count, t_with};

#[component]
pub fn CountryPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| {
        params
            .read()
            .get("code")
            .unwrap_or_default()
            .to_ascii_uppercase()
    });
    let country = Resource::new(
        move || code.get(),
        |code| async move {
            api::read(api::public::countries())
                .await
                .map(|list| list.items.into_iter().find(|c| c.country.code == code))
        },
    );
    let retry = Callback::new(move |()| country.refetch());
    view! {
        <Suspense fallback=|| view! { <div class="wrap page"><Loading /></div> }>
            {move || Suspend::new(async move {
                match country.await {
                    Ok(Some(country)) => view! { <CountryView country /> }.into_any(),
                    Ok(None) => {
                        view! {
                            <NotFoundView
                                title=Key::CountryNotFoundTitle
                                text=Key::CountryNotFoundText
                            />
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
fn CountryView(country: CountryWithCounts) -> impl IntoView {
    let code = country.country.code.clone();
    let name = country_name(&country.country.code, &country.country.name);
    let query = Signal::stored(ArtworkQuery {
        country: Some(code.clone()),
        ..Default::default()
    });
    let museums = {
        let code = code.clone();
        Resource::new(
            move || code.clone(),
            |code| async move {
                api::read(api::public::museums(
                    Some(&code),
                    Some(vcm_shared::rules::MAX_PAGE_SIZE),
                    None,
                ))
                .await
            },
        )
    };
    let eyebrow = [
        Some(t(Key::Region(country.country.region))),
        country.country.asem_member.then(|| t(Key::AsemMember)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <PageMeta
            title=name.clone()
            description=format!(
                "{}: {} · {}",
                name,
                t_count(Count::Works, country.artwork_count),
                t_count(Count::Museums, country.museum_count),
            )
        />
        <div class="wrap page country">
            <header class="page__header">
                <p class="eyebrow">{eyebrow}</p>
                <h1 data-testid="country-name">{name.clone()}</h1>
                <p class="lead">
                    {t_count(Count::Works, country.artwork_count)}
                    " · "
                    {t_count(Count::Museums, country.museum_count)}
                </p>
            </header>
            <section class="section" aria-labelledby="country-museums">
                <h2 id="country-museums" class="section__title">
                    {t_with(Key::CountryMuseums, &[("country", &name)])}
                </h2>
                <Suspense fallback=Loading>
                    {move || Suspend::new(async move {
                        match museums.await {
                            Ok(page) if page.items.is_empty() => {
                                view! {
                                    <EmptyState title=Key::NoMuseumsTitle text=Key::CountryNoMuseums />
                                }
                                    .into_any()
                            }
                            Ok(page) => view! { <MuseumGrid museums=page.items /> }.into_any(),
                            Err(error) => view! { <ErrorState error /> }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
            <section class="section" aria-labelledby="country-works">
                <h2 id="country-works" class="section__title">
                    {t_with(Key::CountryWorks, &[("country", &name)])}
                </h2>
                <p>
                    <A href=format!("/collection?country={code}") attr:class="more-link">
                        {t(Key::BrowseCountryWorks)}
                    </A>
                </p>
                <WorkList query empty_title=Key::NoWorksTitle empty_text=Key::CountryNoWorks />
            </section>
        </div>
    }
}
