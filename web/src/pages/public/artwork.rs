//! `/artworks/{slug}`: one work's full record, English and original language
//! side by side, with its museum and its images (or a placeholder): the
//! chosen one large, the others to switch to, a deep-zoom viewer and the
//! work's IIIF manifest.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use vcm_shared::rules::{format_year, rights_label};
use vcm_shared::{
    Artwork, DISPLAY_SIZE, ImageState, ObjectType, THUMBNAIL_SIZE, Withdrawal, WithdrawnBy, fit,
};

use crate::api;
use crate::components::artwork_card::ArtworkGrid;
use crate::components::bilingual::Bilingual;
use crate::components::deep_zoom::DeepZoom;
use crate::components::image::{ArtworkImage, Picture, Placeholder};
use crate::components::layout::focus_later;
use crate::components::page_meta::{PageMeta, absolute, preview_image, summary};
use crate::components::states::{ErrorState, Loading, NotFoundView};
use crate::components::time::Time;
use crate::i18n::{Key, country_name, t, t_with};

#[component]
pub fn ArtworkPage() -> impl IntoView {
    let params = use_params_map();
    let work = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        |slug| async move { api::read(api::public::artwork(&slug)).await },
    );
    let retry = Callback::new(move |()| work.refetch());
    view! {
        <Suspense fallback=|| view! { <div class="wrap page"><Loading /></div> }>
            {move || Suspend::new(async move {
                match work.await {
                    Ok(artwork) => view! { <ArtworkView artwork /> }.into_any(),
                    Err(e) if e.is_gone() => {
                        view! { <WithdrawnWork withdrawal=e.withdrawal().cloned() /> }.into_any()
                    }
                    Err(e) if e.is_not_found() => {
                        view! {
                            <NotFoundView title=Key::WorkNotFoundTitle text=Key::WorkNotFoundText />
                        }
                            .into_any()
                    }
                    Err(error) => {
                        view! {
                            <div class="wrap page">
                                <ErrorState error retry />
                            </div>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// A work that was in the collection and was withdrawn: why, and when.
#[component]
fn WithdrawnWork(withdrawal: Option<Withdrawal>) -> impl IntoView {
    let details = withdrawal.map(|w| {
        let by = match w.by {
            WithdrawnBy::Museum => Key::WithdrawnByMuseum,
            WithdrawnBy::Secretariat => Key::WithdrawnBySecretariat,
        };
        view! {
            <dl class="details details--compact withdrawn__details">
                <div class="details__row">
                    <dt>{t(Key::WithdrawReason)}</dt>
                    <dd data-testid="withdrawn-reason">{t(Key::WithdrawalReason(w.reason))}</dd>
                </div>
                {w
                    .note
                    .clone()
                    .filter(|n| !n.trim().is_empty())
                    .map(|n| {
                        view! {
                            <div class="details__row">
                                <dt>{t(Key::WithdrawNote)}</dt>
                                <dd data-testid="withdrawn-note">{n}</dd>
                            </div>
                        }
                    })}
                <div class="details__row">
                    <dt>{t(Key::WithdrawnOn)}</dt>
                    <dd data-testid="withdrawn-date">
                        <Time at=w.at />
                    </dd>
                </div>
                <div class="details__row">
                    <dt>{t(Key::WithdrawnByLabel)}</dt>
                    <dd>{t(by)}</dd>
                </div>
            </dl>
        }
    });
    crate::set_status(410);
    view! {
        <Title text=t(Key::WithdrawnWorkTitle) />
        <section class="not-found withdrawn wrap" data-testid="withdrawn">
            <p class="not-found__code" aria-hidden="true">"410"</p>
            <h1>{t(Key::WithdrawnWorkTitle)}</h1>
            <p class="lead">{t(Key::WithdrawnWorkText)}</p>
            {details}
            <p class="not-found__links">
                <A href="/collection" attr:class="button" attr:data-testid="back-to-collection">
                    {t(Key::BrowseCollection)}
                </A>
                <A href="/" attr:class="button button--quiet">
                    {t(Key::BackHome)}
                </A>
            </p>
        </section>
    }
}

/// A labelled value in the record's details; absent values get no row.
fn detail(label: Key, value: Option<AnyView>) -> Option<AnyView> {
    value.map(|value| {
        view! {
            <div class="details__row">
                <dt>{t(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
        .into_any()
    })
}

fn text(value: &Option<String>) -> Option<AnyView> {
    value
        .as_ref()
        .filter(|v| !v.trim().is_empty())
        .map(|v| v.clone().into_any())
}

/// The years a work may date from, e.g. `206 BCE – 9` or `1831`.
fn year_range(begin: Option<i32>, end: Option<i32>) -> Option<String> {
    match (begin, end) {
        (Some(b), Some(e)) if b == e => Some(format_year(b)),
        (Some(b), Some(e)) => Some(format!("{} – {}", format_year(b), format_year(e))),
        (Some(y), None) | (None, Some(y)) => Some(format_year(y)),
        (None, None) => None,
    }
}

/// The record's details as labelled rows, each linked where it leads on;
/// absent values get no row.
pub fn detail_rows(a: &Artwork) -> Vec<AnyView> {
    let lang = a.original_language.clone();
    let museum_href = format!("/museums/{}", a.museum.slug);
    let museum_name = a.museum.name.clone();
    let makers = (!a.makers.is_empty()).then(|| {
        let lang = lang.clone();
        view! {
            <ul class="makers" role="list">
                {a.makers
                    .iter()
                    .map(|m| {
                        let role = t(Key::MakerRole(m.role));
                        view! {
                            <li>
                                <span class="makers__name">{m.name.clone()}</span>
                                {m
                                    .name_original
                                    .clone()
                                    .map(|o| {
                                        view! {
                                            " "
                                            <span class="makers__original" lang=lang.clone()>
                                                {o}
                                            </span>
                                        }
                                    })}
                                <span class="makers__role">{format!(", {role}")}</span>
                                {m.dates.clone().map(|d| view! { <span class="makers__dates">{format!(" ({d})")}</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    });
    let origin = a.origin_country.clone().map(|c| {
        view! { <A href=format!("/countries/{}", c.code)>{country_name(&c.code, &c.name)}</A> }
            .into_any()
    });
    let kind = a.object_type;
    let object_type = view! {
        <A href=format!("/collection?object_type={}", kind.as_str())>
            {t(Key::ObjectType(kind))}
        </A>
    }
    .into_any();
    let materials = (!a.materials.is_empty()).then(|| a.materials.join(", ").into_any());
    let rights = view! {
        <a href=a.rights.clone() rel="license external noopener" class="rights">
            {rights_label(&a.rights).to_owned()}
        </a>
    }
    .into_any();
    let rows = [
        detail(
            Key::FieldMuseum,
            Some({
                let name = museum_name.clone();
                view! { <A href=museum_href.clone()>{name}</A> }.into_any()
            }),
        ),
        detail(Key::FieldMakers, makers),
        detail(Key::FieldObjectType, Some(object_type)),
        detail(Key::FieldOrigin, origin),
        detail(Key::FieldCulture, text(&a.culture)),
        detail(Key::FieldPeriod, text(&a.period)),
        detail(Key::FieldDate, text(&a.date_text)),
        detail(
            Key::FieldYears,
            year_range(a.year_begin, a.year_end)
                .filter(|range| a.date_text.as_deref() != Some(range.as_str()))
                .map(IntoAny::into_any),
        ),
        detail(Key::FieldMaterials, materials),
        detail(Key::FieldTechnique, text(&a.technique)),
        detail(Key::FieldDimensions, text(&a.dimensions)),
        detail(Key::FieldInventory, text(&a.inventory_number)),
        detail(Key::FieldCredit, text(&a.credit_line)),
        detail(Key::FieldRights, Some(rights)),
    ];
    rows.into_iter().flatten().collect()
}

#[component]
fn ArtworkView(artwork: Artwork) -> impl IntoView {
    let a = artwork;
    let lang = a.original_language.clone();
    let museum_href = format!("/museums/{}", a.museum.slug);
    let museum_name = a.museum.name.clone();
    let rows = detail_rows(&a);
    let byline = [
        a.makers
            .iter()
            .map(|m| m.name.clone())
            .collect::<Vec<_>>()
            .join(", "),
        a.date_text.clone().unwrap_or_default(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    let eyebrow = [
        Some(t(Key::ObjectType(a.object_type)).to_owned()),
        a.origin_country
            .as_ref()
            .map(|c| country_name(&c.code, &c.name)),
        a.period.clone(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let crumb_name = museum_name.clone();
    let more_from = t_with(Key::MoreFromMuseum, &[("museum", &a.museum.name)]);
    let description = summary(&a.statement, 200);
    let preview = shown_images(a.images.clone())
        .into_iter()
        .min_by_key(|i| !i.primary)
        .and_then(|i| Some((preview_image(i.iiif.as_deref()?), i.alt)));
    let data = structured_data(
        &a,
        &description,
        preview.as_ref().map(|(src, _)| src.as_str()),
    );
    let (image, image_alt) = preview.unzip();

    view! {
        <PageMeta
            title=a.title.clone()
            description
            image=image.unwrap_or_default()
            image_alt=image_alt.unwrap_or_default()
            kind="article"
            data
        />
        <article class="artwork wrap page" data-testid="artwork">
            <nav class="breadcrumbs" aria-label="Breadcrumb">
                <ol role="list">
                    <li>
                        <A href="/collection">{t(Key::NavCollection)}</A>
                    </li>
                    <li>
                        <A href=museum_href.clone()>{crumb_name}</A>
                    </li>
                </ol>
            </nav>
            <div class="artwork__top">
                <Gallery
                    images=a.images.clone()
                    title=a.title.clone()
                    object_type=a.object_type
                    manifest=a.manifest.clone()
                />
                <header class="artwork__intro">
                    <p class="eyebrow">{eyebrow}</p>
                    <h1 class="artwork__title" data-testid="artwork-title">{a.title.clone()}</h1>
                    {a.title_original
                        .clone()
                        .map(|o| {
                            view! {
                                <p class="artwork__original-title" lang=lang.clone()>
                                    <span class="visually-hidden">{t(Key::OriginalTitle)} ": "</span>
                                    {o}
                                </p>
                            }
                        })}
                    {(!byline.is_empty()).then(|| view! { <p class="artwork__byline">{byline}</p> })}
                    <p class="artwork__held">
                        <span class="artwork__held-label">{t(Key::HeldBy)}</span>
                        <A href=museum_href.clone() attr:class="artwork__museum" attr:data-testid="artwork-museum">
                            {museum_name}
                        </A>
                        <span class="artwork__held-place">{country_name(&a.museum.country.code, &a.museum.country.name)}</span>
                    </p>
                </header>
            </div>
            <section class="artwork__section statement" aria-labelledby="why-title">
                <h2 id="why-title">{t(Key::WhyMasterpiece)}</h2>
                <Bilingual
                    english=a.statement.clone()
                    original=a.statement_original.clone()
                    lang=lang.clone()
                />
            </section>
            {a.description
                .clone()
                .filter(|d| !d.trim().is_empty())
                .map(|d| {
                    view! {
                        <section class="artwork__section" aria-labelledby="description-title">
                            <h2 id="description-title">{t(Key::Description)}</h2>
                            <Bilingual
                                english=d
                                original=a.description_original.clone()
                                lang=lang.clone()
                            />
                        </section>
                    }
                })}
            <section class="artwork__section" aria-labelledby="details-title">
                <h2 id="details-title">{t(Key::AboutThisWork)}</h2>
                <dl class="details">{rows}</dl>
            </section>
            <RelatedWorks slug=a.slug.clone() />
            <p class="artwork__more">
                <A href=museum_href attr:class="more-link">
                    {more_from}
                </A>
            </p>
        </article>
    }
}

/// What the page says of the work for search engines: a schema.org
/// `VisualArtwork`, with its museum as provider.
fn structured_data(a: &Artwork, description: &str, image: Option<&str>) -> serde_json::Value {
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "VisualArtwork",
        "name": a.title,
        "description": description,
        "url": absolute(&format!("/artworks/{}", a.slug)),
        "artform": t(Key::ObjectType(a.object_type)),
        "license": a.rights,
        "provider": {
            "@type": "Museum",
            "name": a.museum.name,
            "url": absolute(&format!("/museums/{}", a.museum.slug)),
        },
    });
    let more = [
        ("alternateName", a.title_original.clone().map(Into::into)),
        ("image", image.map(Into::into)),
        ("dateCreated", a.date_text.clone().map(Into::into)),
        (
            "artMedium",
            (!a.materials.is_empty()).then(|| a.materials.join(", ").into()),
        ),
        (
            "creator",
            (!a.makers.is_empty()).then(|| {
                a.makers
                    .iter()
                    .map(|m| serde_json::json!({ "@type": "Person", "name": m.name }))
                    .collect()
            }),
        ),
        (
            "locationCreated",
            a.origin_country
                .as_ref()
                .map(|c| serde_json::json!({ "@type": "Country", "name": c.name })),
        ),
    ];
    for (name, value) in more {
        if let Some(value) = value {
            data[name] = value;
        }
    }
    data
}

/// The images a visitor may see: those ready, in order.
fn shown_images(mut images: Vec<vcm_shared::ArtworkImage>) -> Vec<vcm_shared::ArtworkImage> {
    images.retain(|i| i.state == ImageState::Ready && i.renditions.is_some());
    images.sort_by_key(|i| i.position);
    images
}

/// A work's images: the chosen one large, on its colour until it loads, with
/// its caption, credit and rights; the others as thumbnails to switch to; the
/// deep-zoom viewer; and the work's IIIF manifest when it has one. An
/// island: everything else on a work's page is HTML from the server.
// An island only in the bundle with `zoom` (and on the server).
#[cfg_attr(any(feature = "ssr", feature = "zoom"), island)]
#[cfg_attr(not(any(feature = "ssr", feature = "zoom")), component)]
fn Gallery(
    images: Vec<vcm_shared::ArtworkImage>,
    title: String,
    object_type: ObjectType,
    manifest: Option<String>,
) -> impl IntoView {
    let images = shown_images(images);
    let manifest_view = manifest.map(|href| {
        view! {
            <p class="artwork__manifest">
                <a href=href class="more-link" aria-describedby="manifest-hint" data-testid="manifest-link">
                    {t(Key::ManifestLink)}
                </a>
                <span id="manifest-hint" class="artwork__manifest-hint">{t(Key::ManifestHint)}</span>
            </p>
        }
    });
    if images.is_empty() {
        return view! {
            <div class="artwork__gallery">
                <figure class="artwork__media">
                    <ArtworkImage image=None object_type />
                </figure>
                {manifest_view}
            </div>
        }
        .into_any();
    }
    let total = images.len();
    let first = images.iter().position(|i| i.primary).unwrap_or(0);
    let images = StoredValue::new(images);
    let selected = RwSignal::new(first);
    let chosen = move || images.with_value(|list| list[selected.get().min(list.len() - 1)].clone());
    let zoom_open = RwSignal::new(false);
    let can_zoom =
        move || images.with_value(|list| list[selected.get().min(list.len() - 1)].iiif.is_some());
    let open_zoom = move || {
        if can_zoom() {
            zoom_open.set(true);
        }
    };
    let close_zoom = Callback::new(move |()| {
        zoom_open.set(false);
        focus_later("#open-zoom");
    });
    let title = StoredValue::new(title);

    let stage = move || {
        let image = chosen();
        let (w, h) = (image.width.unwrap_or(4), image.height.unwrap_or(3));
        let (dw, dh) = fit(w, h, DISPLAY_SIZE);
        let ratio = format!("--ratio: {} / {};", w.max(1), h.max(1));
        view! {
            <div
                class="artwork__stage"
                class:can-zoom=can_zoom
                style=ratio
                on:click=move |_| open_zoom()
                data-testid="artwork-stage"
            >
                <StageImage image dw dh object_type />
            </div>
        }
    };
    let caption = move || {
        let image = chosen();
        let rights = image.rights.clone();
        view! {
            {image.caption.clone().map(|c| view! { <p class="artwork__caption-text" data-testid="image-caption">{c}</p> })}
            <p class="artwork__caption-meta">
                {image.credit.clone().map(|c| view! { <span class="artwork__credit" data-testid="image-credit">{c}</span> })}
                <span class="artwork__image-rights">
                    {t(Key::ImageRightsLabel)} ": "
                    <a href=rights.clone() rel="license external noopener" class="rights">
                        {rights_label(&rights).to_owned()}
                    </a>
                </span>
            </p>
        }
    };
    let thumbs = (total > 1).then(|| {
        let items = images.with_value(|list| {
            list.iter()
                .enumerate()
                .filter_map(|(i, image)| {
                    let (w, h) = fit(image.width.unwrap_or(4), image.height.unwrap_or(3), THUMBNAIL_SIZE);
                    let renditions = image.renditions.clone()?;
                    let label = format!(
                        "{}: {}",
                        t_with(Key::ImageNOfM, &[("n", &(i + 1).to_string()), ("total", &total.to_string())]),
                        image.alt
                    );
                    Some(view! {
                        <li>
                            <button
                                type="button"
                                class="thumbs__button"
                                aria-pressed=move || (selected.get() == i).to_string()
                                aria-label=label
                                on:click=move |_| selected.set(i)
                                data-testid="image-thumb"
                            >
                                <Picture
                                    jpeg=renditions.thumbnail
                                    webp=renditions.thumbnail_webp
                                    alt=String::new()
                                    width=w
                                    height=h
                                    color=image.color.clone().unwrap_or_default()
                                />
                            </button>
                        </li>
                    })
                })
                .collect_view()
        });
        view! {
            <ul class="thumbs" role="list" aria-label=t(Key::ImagesOfWork) data-testid="image-thumbs">
                {items}
            </ul>
        }
    });

    view! {
        <div class="artwork__gallery" data-testid="gallery">
            <figure class="artwork__figure">
                {stage}
                <figcaption class="artwork__caption">{caption}</figcaption>
            </figure>
            {thumbs}
            <div class="artwork__image-tools">
                <Show when=can_zoom>
                    <button
                        id="open-zoom"
                        type="button"
                        class="button button--small button--quiet"
                        aria-haspopup="dialog"
                        on:click=move |_| open_zoom()
                        data-testid="open-zoom"
                    >
                        <svg class="button__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                            <path d="M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M15.2 15.2L20 20M10.5 7.5v6M7.5 10.5h6" />
                        </svg>
                        {t(Key::ZoomOpen)}
                    </button>
                </Show>
                {manifest_view}
            </div>
            {move || {
                zoom_open
                    .get()
                    .then(|| {
                        let image = chosen();
                        image
                            .iiif
                            .clone()
                            .map(|iiif| {
                                view! {
                                    <DeepZoom
                                        iiif
                                        title=title.get_value()
                                        alt=image.alt.clone()
                                        color=image.color.clone().unwrap_or_default()
                                        on_close=close_zoom
                                    />
                                }
                            })
                    })
            }}
        </div>
    }
    .into_any()
}

/// The chosen image at display size, or the drawn placeholder if it fails.
#[component]
fn StageImage(
    image: vcm_shared::ArtworkImage,
    dw: u32,
    dh: u32,
    object_type: ObjectType,
) -> impl IntoView {
    let failed = RwSignal::new(false);
    let Some(renditions) = image.renditions.clone() else {
        return view! { <Placeholder object_type /> }.into_any();
    };
    let image = StoredValue::new((image, renditions));
    view! {
        <Show when=move || !failed.get() fallback=move || view! { <Placeholder object_type /> }>
            {move || {
                let (image, renditions) = image.get_value();
                view! {
                    <Picture
                        jpeg=renditions.display
                        webp=renditions.display_webp
                        alt=image.alt
                        width=dw
                        height=dh
                        color=image.color.unwrap_or_default()
                        eager=true
                        contain=true
                        on_failed=Callback::new(move |()| failed.set(true))
                    />
                }
            }}
        </Show>
    }
    .into_any()
}

/// Works sharing makers, period, type, origin or materials with this one;
/// nothing at all when there are none (or they cannot be had).
#[component]
fn RelatedWorks(slug: String) -> impl IntoView {
    let related = Resource::new(
        move || slug.clone(),
        |slug| async move { api::read(api::public::related(&slug)).await },
    );
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                related
                    .await
                    .ok()
                    .map(|r| r.items)
                    .filter(|items| !items.is_empty())
                    .map(|works| {
                        view! {
                            <section
                                class="artwork__section related"
                                aria-labelledby="related-title"
                                data-testid="related"
                            >
                                <h2 id="related-title" class="section__title">
                                    {t(Key::RelatedWorks)}
                                </h2>
                                <ArtworkGrid works />
                            </section>
                        }
                    })
            })}
        </Suspense>
    }
}

#[cfg(test)]
mod tests {
    use super::year_range;

    #[test]
    fn year_ranges_read_with_bce() {
        assert_eq!(
            year_range(Some(-206), Some(9)).as_deref(),
            Some("206 BCE – 9")
        );
        assert_eq!(year_range(Some(1831), Some(1831)).as_deref(), Some("1831"));
        assert_eq!(year_range(None, None), None);
    }
}
