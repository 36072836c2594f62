//! A work's image, or a designed placeholder when it has none (or its image
//! fails to load): never a broken image. An image is a `<picture>` (WebP with
//! a JPEG fallback) drawn at its own proportions on its average colour, which
//! shows while it loads; the image fades in over it.

use leptos::prelude::*;
use vcm_shared::{ImageState, ImageThumb, ObjectType, THUMBNAIL_SIZE, fit};

use crate::i18n::{Key, t};

/// The drawing a placeholder shows, chosen by the kind of object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Motif {
    Vessel,
    Landscape,
    Script,
    Figure,
    Weave,
    Jewel,
}

impl Motif {
    fn for_type(t: ObjectType) -> Self {
        match t {
            ObjectType::Ceramics | ObjectType::Lacquer | ObjectType::Metalwork => Motif::Vessel,
            ObjectType::Painting | ObjectType::Print | ObjectType::Photograph => Motif::Landscape,
            ObjectType::Calligraphy | ObjectType::Manuscript => Motif::Script,
            ObjectType::Sculpture => Motif::Figure,
            ObjectType::Textile => Motif::Weave,
            ObjectType::Jewellery
            | ObjectType::ArmsAndArmour
            | ObjectType::Furniture
            | ObjectType::Other => Motif::Jewel,
        }
    }

    /// Line drawings on a 120 × 120 grid, stroked in the current colour.
    fn path(self) -> &'static str {
        match self {
            Motif::Vessel => {
                "M53 18H67M55 18C55 26 56 30 52 33C36 40 28 52 30 66C32 82 40 94 46 102H74\
                 C80 94 88 82 90 66C92 52 84 40 68 33C64 30 65 26 65 18M33 56C50 61 70 61 87 56\
                 M31 72C50 77 70 77 89 72"
            }
            Motif::Landscape => {
                "M28 14H92M28 106H92M34 14V106M86 14V106M38 86L52 62L59 71L70 50L82 86Z\
                 M66 30A6 6 0 1 0 78 30A6 6 0 1 0 66 30"
            }
            Motif::Script => {
                "M28 14H92M28 106H92M34 14V106M86 14V106M48 30C50 42 46 56 49 70M60 26\
                 C62 44 58 64 61 90M72 34C74 46 70 58 73 76M45 82L51 86"
            }
            Motif::Figure => {
                "M51 30A9 9 0 1 0 69 30A9 9 0 1 0 51 30M44 92C44 64 50 46 60 43C70 46 76 64 76 92\
                 M36 92H84V102H36ZM50 60C56 66 64 66 70 60"
            }
            Motif::Weave => {
                "M26 26H94V94H26ZM26 60L60 26L94 60L60 94ZM43 43L77 77M77 43L43 77\
                 M26 26L43 43M94 26L77 43M26 94L43 77M94 94L77 77"
            }
            Motif::Jewel => {
                "M26 26H94V94H26ZM60 36L84 60L60 84L36 60ZM54 60A6 6 0 1 0 66 60A6 6 0 1 0 54 60"
            }
        }
    }
}

/// A colour the server gave, when it is a plain `#rgb` or `#rrggbb` (it goes
/// into a `style` attribute, so nothing else is let through).
pub fn safe_color(color: &str) -> Option<&str> {
    let hex = color.strip_prefix('#')?;
    (matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit())).then_some(color)
}

/// The thumbnail of an image that is ready to show.
pub fn thumb_of(image: &vcm_shared::ArtworkImage) -> Option<ImageThumb> {
    let renditions = image.renditions.as_ref()?;
    (image.state == ImageState::Ready).then(|| ImageThumb {
        id: image.id.clone(),
        alt: image.alt.clone(),
        width: image.width.unwrap_or(THUMBNAIL_SIZE),
        height: image.height.unwrap_or(THUMBNAIL_SIZE),
        color: image.color.clone().unwrap_or_default(),
        thumbnail: renditions.thumbnail.clone(),
        thumbnail_webp: renditions.thumbnail_webp.clone(),
    })
}

/// The image a work is shown by: its primary image when that is ready, else
/// its first ready one.
pub fn primary_image(images: &[vcm_shared::ArtworkImage]) -> Option<&vcm_shared::ArtworkImage> {
    let ready = || {
        images
            .iter()
            .filter(|i| i.state == ImageState::Ready && i.renditions.is_some())
    };
    ready()
        .find(|i| i.primary)
        .or_else(|| ready().min_by_key(|i| i.position))
}

/// One rendition of an image as a `<picture>`: the WebP source first, the
/// JPEG for browsers without WebP. `width` and `height` are the rendition's,
/// so that the browser keeps its place before it arrives.
#[component]
pub fn Picture(
    jpeg: String,
    webp: String,
    alt: String,
    width: u32,
    height: u32,
    /// The image's average colour, shown until it has loaded.
    #[prop(optional)]
    color: Option<String>,
    /// Load at once rather than when scrolled near (the page's main image).
    #[prop(optional)]
    eager: bool,
    /// How the image fits its frame: `cover` in grids, `contain` on a work's page.
    #[prop(optional)]
    contain: bool,
    /// Told when the image cannot be loaded.
    #[prop(optional)]
    on_failed: Option<Callback<()>>,
) -> impl IntoView {
    let style = color
        .as_deref()
        .and_then(safe_color)
        .map(|c| format!("background-color: {c}"));
    view! {
        <span
            class="photo"
            class:photo--contain=contain
            style=style
        >
            <picture>
                <source type="image/webp" srcset=webp />
                <img
                    class="photo__img"
                    src=jpeg
                    alt=alt
                    width=width
                    height=height
                    loading=if eager { "eager" } else { "lazy" }
                    decoding="async"
                    on:error=move |_| {
                        if let Some(failed) = on_failed {
                            failed.run(());
                        }
                    }
                />
            </picture>
        </span>
    }
}

/// The drawn stand-in for a work without an image. In lists (`decorative`)
/// it is hidden from assistive technology, since the card's title already
/// names the work.
#[component]
pub fn Placeholder(object_type: ObjectType, #[prop(optional)] decorative: bool) -> impl IntoView {
    let motif = Motif::for_type(object_type);
    let label = if decorative {
        t(Key::NoImage)
    } else {
        t(Key::NoImageOfWork)
    };
    view! {
        <div
            class="placeholder"
            role=(!decorative).then_some("img")
            aria-label=(!decorative).then_some(label)
            aria-hidden=decorative.then_some("true")
            data-testid="image-placeholder"
        >
            <svg class="placeholder__motif" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
                <path d=motif.path() />
            </svg>
            <span class="placeholder__label" aria-hidden="true">{label}</span>
        </div>
    }
}

/// A work's thumbnail when it has one that loads; otherwise a placeholder
/// drawn for its object type.
#[component]
pub fn ArtworkImage(
    image: Option<ImageThumb>,
    object_type: ObjectType,
    #[prop(optional)] decorative: bool,
) -> impl IntoView {
    let failed = RwSignal::new(false);
    match image {
        Some(img) => {
            let (width, height) = fit(img.width, img.height, THUMBNAIL_SIZE);
            let picture = StoredValue::new(img);
            view! {
                <Show
                    when=move || !failed.get()
                    fallback=move || view! { <Placeholder object_type decorative /> }
                >
                    {move || {
                        let img = picture.get_value();
                        view! {
                            <Picture
                                jpeg=img.thumbnail
                                webp=img.thumbnail_webp
                                alt=img.alt
                                width
                                height
                                color=img.color
                                on_failed=Callback::new(move |()| failed.set(true))
                            />
                        }
                    }}
                </Show>
            }
            .into_any()
        }
        None => view! { <Placeholder object_type decorative /> }.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_color;

    #[test]
    fn only_plain_hex_colours_reach_a_style() {
        assert_eq!(safe_color("#a0b1c2"), Some("#a0b1c2"));
        assert_eq!(safe_color("#abc"), Some("#abc"));
        assert_eq!(safe_color("red; background: url(x)"), None);
        assert_eq!(safe_color("#12345g"), None);
    }
}
