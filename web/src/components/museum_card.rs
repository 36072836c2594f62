//! A member museum as shown in lists.

use leptos::prelude::*;
use vcm_shared::Museum;

use crate::i18n::{Count, country_name, t_count};

/// Where a museum is, e.g. `Seoul, Republic of Korea`; a city-state once:
/// `Singapore`. The country is named in the interface language.
pub fn place(museum: &Museum) -> String {
    let country = country_name(&museum.country.code, &museum.country.name);
    if museum.city.eq_ignore_ascii_case(&museum.country.name) || museum.city.trim().is_empty() {
        country
    } else {
        format!("{}, {country}", museum.city)
    }
}

/// One museum: name (the link), name in its own language, where it is, how
/// many works it shows.
#[component]
pub fn MuseumCard(museum: Museum) -> impl IntoView {
    let href = format!("/museums/{}", museum.slug);
    let place = place(&museum);
    view! {
        <article class="museum-card" data-testid="museum-card">
            <h3 class="museum-card__name">
                <a href=href class="card__link">
                    {museum.name}
                </a>
            </h3>
            {museum
                .name_local
                .map(|n| {
                    view! {
                        <p class="museum-card__local" lang=museum.name_local_lang>
                            {n}
                        </p>
                    }
                })}
            <p class="museum-card__place">{place}</p>
            <p class="museum-card__count">{t_count(Count::Works, museum.artwork_count)}</p>
        </article>
    }
}

/// Museums in a responsive grid.
#[component]
pub fn MuseumGrid(museums: Vec<Museum>) -> impl IntoView {
    view! {
        <ul class="grid grid--museums" role="list">
            {museums
                .into_iter()
                .map(|museum| view! { <li><MuseumCard museum /></li> })
                .collect_view()}
        </ul>
    }
}
