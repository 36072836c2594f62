//! A work as shown in lists: image or placeholder, title (the link), original
//! title, makers, date, museum.

use leptos::prelude::*;
use vcm_shared::{ArtworkSummary, SnippetPart};

use crate::components::image::ArtworkImage;
use crate::i18n::{Key, t};

/// A passage with the words that matched a search marked; text only, never HTML.
#[component]
pub fn Snippet(parts: Vec<SnippetPart>) -> impl IntoView {
    view! {
        <p class="card__snippet" data-testid="snippet">
            {parts
                .into_iter()
                .map(|part| {
                    if part.highlighted {
                        view! { <mark>{part.text}</mark> }.into_any()
                    } else {
                        part.text.into_any()
                    }
                })
                .collect_view()}
        </p>
    }
}

/// One work in a grid; the whole card is clickable through its title link.
/// A search result adds the passage that matched (`snippet`).
#[component]
pub fn ArtworkCard(
    work: ArtworkSummary,
    #[prop(optional)] snippet: Vec<SnippetPart>,
) -> impl IntoView {
    let href = format!("/artworks/{}", work.slug);
    let byline = [work.makers.join(", "), work.date_text.unwrap_or_default()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <article class="card" data-testid="artwork-card">
            <div class="card__media">
                <ArtworkImage image=work.image object_type=work.object_type decorative=true />
            </div>
            <div class="card__body">
                <p class="card__eyebrow">{t(Key::ObjectType(work.object_type))}</p>
                <h3 class="card__title">
                    <a href=href class="card__link" data-testid="artwork-link">
                        {work.title}
                    </a>
                </h3>
                {work
                    .title_original
                    .map(|o| {
                        view! {
                            <p class="card__original" lang=work.original_language>
                                {o}
                            </p>
                        }
                    })}
                {(!byline.is_empty()).then(|| view! { <p class="card__meta">{byline}</p> })}
                {(!snippet.is_empty()).then(|| view! { <Snippet parts=snippet /> })}
                <p class="card__museum">{work.museum.name}</p>
            </div>
        </article>
    }
}

/// Works in a responsive grid.
#[component]
pub fn ArtworkGrid(works: Vec<ArtworkSummary>) -> impl IntoView {
    view! {
        <ul class="grid" role="list">
            {works
                .into_iter()
                .map(|work| view! { <li><ArtworkCard work /></li> })
                .collect_view()}
        </ul>
    }
}
