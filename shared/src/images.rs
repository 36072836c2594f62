//! Images of works: what partners send, and how the API shows them.

use serde::{Deserialize, Serialize};

use crate::error::{FieldCode, FieldError};
use crate::model::UnknownValue;
use crate::partner::clean;
use crate::rules::is_rights_uri;

/// The most images a work may have.
pub const MAX_IMAGES_PER_WORK: usize = 50;
/// The longest alt text, caption or credit, in characters.
pub const MAX_IMAGE_TEXT: usize = 1000;
/// The longest side of a thumbnail, in pixels.
pub const THUMBNAIL_SIZE: u32 = 480;
/// The longest side of the display rendition, in pixels.
pub const DISPLAY_SIZE: u32 = 1600;
/// The multipart part that carries the image file.
pub const IMAGE_FILE_FIELD: &str = "file";

string_enum! {
    /// Where an image stands on its way to being shown.
    ImageState {
        /// The server is fetching it from the link the museum gave.
        Fetching = "fetching",
        /// Stored; its renditions are being made.
        Processing = "processing",
        /// Ready to show.
        Ready = "ready",
        /// It could not be fetched or read; `error` says why.
        Failed = "failed",
    }
}

/// An image's description, as a partner sends it with the file or the link,
/// or alone to change it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ImageInput {
    /// A text alternative describing the image for people who cannot see it (required).
    #[serde(default)]
    pub alt: String,
    /// A caption shown under the image, e.g. the view it shows.
    #[serde(default)]
    pub caption: Option<String>,
    /// Who made the photograph, e.g. `Photo © National Museum of Korea`.
    #[serde(default)]
    pub credit: Option<String>,
    /// The image's rights statement URI (same choices as a work's) [default: the work's].
    #[serde(default)]
    pub rights: Option<String>,
    /// Make it the work's primary image, shown in lists [default: true for a work's first image].
    #[serde(default)]
    pub primary: bool,
    /// Its place among the work's images, from 1 [default: after the others].
    #[serde(default)]
    pub position: Option<u32>,
}

impl ImageInput {
    /// The same input with text trimmed and empty text absent.
    pub fn normalised(self) -> Self {
        Self {
            alt: self.alt.trim().to_owned(),
            caption: clean(self.caption),
            credit: clean(self.credit),
            rights: clean(self.rights),
            ..self
        }
    }

    /// Everything wrong with a normalised input, field by field.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        if self.alt.is_empty() {
            out.push(FieldError::new(
                "alt",
                FieldCode::Required,
                "describe the image for people who cannot see it",
            ));
        }
        for (field, text) in [
            ("alt", Some(&self.alt)),
            ("caption", self.caption.as_ref()),
            ("credit", self.credit.as_ref()),
        ] {
            if text.is_some_and(|t| t.chars().count() > MAX_IMAGE_TEXT) {
                out.push(FieldError::new(
                    field,
                    FieldCode::TooLong,
                    format!("must be at most {MAX_IMAGE_TEXT} characters"),
                ));
            }
        }
        if self.rights.as_deref().is_some_and(|r| !is_rights_uri(r)) {
            out.push(FieldError::new(
                "rights",
                FieldCode::UnknownValue,
                "must be the URI of CC0 1.0, CC BY 4.0, CC BY-SA 4.0 or a rightsstatements.org statement",
            ));
        }
        if self
            .position
            .is_some_and(|p| p == 0 || p as usize > MAX_IMAGES_PER_WORK)
        {
            out.push(FieldError::new(
                "position",
                FieldCode::OutOfRange,
                format!("must be 1 to {MAX_IMAGES_PER_WORK}"),
            ));
        }
        out
    }
}

/// An image to fetch from the museum's own server, with its description.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ImageLinkInput {
    /// An `http` or `https` address of a JPEG, PNG, WebP or TIFF file.
    pub url: String,
    /// A text alternative describing the image for people who cannot see it (required).
    #[serde(default)]
    pub alt: String,
    /// A caption shown under the image.
    #[serde(default)]
    pub caption: Option<String>,
    /// Who made the photograph.
    #[serde(default)]
    pub credit: Option<String>,
    /// The image's rights statement URI [default: the work's].
    #[serde(default)]
    pub rights: Option<String>,
    /// Make it the work's primary image [default: true for a work's first image].
    #[serde(default)]
    pub primary: bool,
    /// Its place among the work's images, from 1 [default: after the others].
    #[serde(default)]
    pub position: Option<u32>,
}

impl ImageLinkInput {
    /// The link and the description apart.
    pub fn split(self) -> (String, ImageInput) {
        (
            self.url.trim().to_owned(),
            ImageInput {
                alt: self.alt,
                caption: self.caption,
                credit: self.credit,
                rights: self.rights,
                primary: self.primary,
                position: self.position,
            },
        )
    }
}

/// The renditions made of an image, each a IIIF Image API address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImageRenditions {
    /// JPEG whose longest side is at most 480 pixels.
    pub thumbnail: String,
    /// The same thumbnail as WebP.
    pub thumbnail_webp: String,
    /// JPEG whose longest side is at most 1,600 pixels.
    pub display: String,
    /// The same display size as WebP.
    pub display_webp: String,
}

/// One image of a work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArtworkImage {
    /// The image's identifier, also its IIIF identifier.
    pub id: String,
    /// Its place among the work's images, from 1.
    pub position: u32,
    /// Whether it is the work's primary image.
    pub primary: bool,
    /// A text alternative describing the image.
    pub alt: String,
    /// A caption shown under the image.
    pub caption: Option<String>,
    /// Who made the photograph.
    pub credit: Option<String>,
    /// The image's rights statement URI (the work's when it has none of its own).
    pub rights: String,
    /// Where it stands; only `ready` images are public.
    pub state: ImageState,
    /// Why it failed, when it did.
    pub error: Option<String>,
    /// The link it was fetched from, when it came by link.
    pub source_url: Option<String>,
    /// The media type of the original file, e.g. `image/jpeg`.
    pub media_type: Option<String>,
    /// The original file's size in bytes.
    pub bytes: Option<u64>,
    /// Width in pixels, EXIF orientation applied.
    pub width: Option<u32>,
    /// Height in pixels, EXIF orientation applied.
    pub height: Option<u32>,
    /// Its average colour, `#rrggbb`, to show while it loads.
    pub color: Option<String>,
    /// Ready-made sizes, when it is ready.
    pub renditions: Option<ImageRenditions>,
    /// Its IIIF Image API 3.0 service (append `/info.json`), when it is ready.
    pub iiif: Option<String>,
}

/// A work's images, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArtworkImageList {
    /// The images, by position.
    pub items: Vec<ArtworkImage>,
}

/// The picture of a work in lists: its primary image's thumbnail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImageThumb {
    /// The image's identifier.
    pub id: String,
    /// A text alternative describing the image.
    pub alt: String,
    /// Width of the full image in pixels.
    pub width: u32,
    /// Height of the full image in pixels.
    pub height: u32,
    /// Its average colour, `#rrggbb`, to show while the thumbnail loads.
    pub color: String,
    /// JPEG whose longest side is at most 480 pixels.
    pub thumbnail: String,
    /// The same thumbnail as WebP.
    pub thumbnail_webp: String,
}

/// The largest size of an image whose longest side is at most `longest`,
/// never larger than the image itself.
pub fn fit(width: u32, height: u32, longest: u32) -> (u32, u32) {
    if width.max(height) <= longest {
        return (width, height);
    }
    let scale = f64::from(longest) / f64::from(width.max(height));
    let w = (f64::from(width) * scale).round().max(1.0) as u32;
    let h = (f64::from(height) * scale).round().max(1.0) as u32;
    (w.min(longest), h.min(longest))
}

/// The IIIF address of a full image scaled to `w`×`h`.
pub fn rendition_path(id: &str, (w, h): (u32, u32), format: &str) -> String {
    format!("/iiif/3/{id}/full/{w},{h}/0/default.{format}")
}

impl ImageRenditions {
    /// The renditions of an image of this size.
    pub fn of(id: &str, width: u32, height: u32) -> Self {
        let thumb = fit(width, height, THUMBNAIL_SIZE);
        let display = fit(width, height, DISPLAY_SIZE);
        Self {
            thumbnail: rendition_path(id, thumb, "jpg"),
            thumbnail_webp: rendition_path(id, thumb, "webp"),
            display: rendition_path(id, display, "jpg"),
            display_webp: rendition_path(id, display, "webp"),
        }
    }
}

/// A IIIF Image API 3.0 image service's description: its `info.json`, as the
/// server writes it and the deep-zoom viewer reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ImageService3 {
    /// The JSON-LD context, `http://iiif.io/api/image/3/context.json`.
    #[serde(rename = "@context", default)]
    pub context: String,
    /// The service's base address: append `/info.json` or a region, size,
    /// rotation and `{quality}.{format}`.
    pub id: String,
    /// Always `ImageService3`.
    #[serde(rename = "type", default)]
    pub kind: String,
    /// Always `http://iiif.io/api/image`.
    #[serde(default)]
    pub protocol: String,
    /// The compliance level: `level0`, `level1` or `level2`.
    pub profile: String,
    /// The full image's width in pixels.
    pub width: u32,
    /// The full image's height in pixels.
    pub height: u32,
    /// The most pixels an answer may have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_area: Option<u64>,
    /// Sizes of the whole image that are ready-made, smallest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sizes: Vec<ImageServiceSize>,
    /// The tile sizes the service makes, with the scale factors of each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiles: Vec<ImageServiceTiles>,
    /// Qualities beyond `default`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_qualities: Vec<String>,
    /// Formats beyond those of the compliance level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_formats: Vec<String>,
    /// Features beyond those of the compliance level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_features: Vec<String>,
    /// The image's rights statement URI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rights: Option<String>,
}

/// A size of the whole image that a IIIF image service has ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImageServiceSize {
    /// The width in pixels.
    pub width: u32,
    /// The height in pixels.
    pub height: u32,
}

/// One tile size of a IIIF image service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ImageServiceTiles {
    /// The tile width in pixels.
    pub width: u32,
    /// The tile height; the width when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    /// The scale factors tiles of this size are made at: 1 is full size, 2 half.
    pub scale_factors: Vec<u32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_keeps_the_ratio_and_never_enlarges() {
        assert_eq!(fit(6000, 4000, 480), (480, 320));
        assert_eq!(fit(4000, 6000, 1600), (1067, 1600));
        assert_eq!(fit(300, 200, 480), (300, 200));
        assert_eq!(fit(10_000, 1, 480), (480, 1));
    }

    #[test]
    fn an_image_needs_alt_text_and_a_known_rights_uri() {
        let input = ImageInput {
            alt: "  ".into(),
            rights: Some("all rights reserved".into()),
            position: Some(0),
            ..ImageInput::default()
        }
        .normalised();
        let fields: Vec<_> = input.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["alt", "rights", "position"]);
    }
}
