//! A work's image, or a designed placeholder when it has none (or its image
//! fails to load): never a broken image.

use leptos::prelude::*;
use vcm_shared::{ImageLink, ObjectType};

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

/// A work's image when it has one that loads; otherwise a placeholder drawn
/// for its object type. In lists (`decorative`) the placeholder is hidden from
/// assistive technology, since the card's title already names the work.
#[component]
pub fn ArtworkImage(
    image: Option<ImageLink>,
    object_type: ObjectType,
    #[prop(optional)] decorative: bool,
) -> impl IntoView {
    let failed = RwSignal::new(false);
    let motif = Motif::for_type(object_type);
    let label = if decorative {
        t(Key::NoImage)
    } else {
        t(Key::NoImageOfWork)
    };
    let placeholder = move || {
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
    };
    match image {
        Some(img) => view! {
            <Show when=move || !failed.get() fallback=placeholder>
                <img
                    class="artwork-image"
                    src=img.url.clone()
                    alt=img.alt.clone()
                    loading="lazy"
                    decoding="async"
                    on:error=move |_| failed.set(true)
                />
            </Show>
        }
        .into_any(),
        None => placeholder().into_any(),
    }
}
