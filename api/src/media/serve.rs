//! The IIIF Image API 3.0 at level 2: `/iiif/3/{id}/info.json` and
//! `/iiif/3/{id}/{region}/{size}/{rotation}/{quality}.{format}`.
//!
//! An image is served from memory, else from storage, else made from the
//! decoded original (kept in memory with its halvings) and stored for next
//! time. Every image answer is immutable: an image's pixels never change (a
//! new file is a new image).

use std::sync::Arc;
use std::time::Instant;

use actix_web::http::header::{self, ContentEncoding};
use actix_web::{HttpRequest, HttpResponse, get, web};
use bytes::Bytes;
use diesel::prelude::*;
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::{
    DISPLAY_SIZE, ErrorCode, ImageService3, ImageServiceSize, ImageServiceTiles, ImageState,
    Problem, THUMBNAIL_SIZE, fit,
};

use super::iiif::ImageRequest;
use super::pixels::{self, Pyramid};
use super::{INFO_TTL, Info, Media, original_key, tile_key};
use crate::artworks::images::service_path;
use crate::db::Pool;
use crate::db::schema::{artworks, images};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::http::etag_matches;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(base)
        .service(info_json)
        .service(image)
        // Last: any other address under an image (outside the OpenAPI document).
        .route("/{id}/{rest:.*}", web::get().to(malformed));
}

/// The side of the tiles info.json offers.
pub const TILE: u32 = 512;
/// The compliance level claimed; the IIIF validator checks it in CI.
const PROFILE: &str = "level2";

/// `scheme://host` as the client addressed us, for the absolute ids IIIF needs.
pub fn origin(req: &HttpRequest) -> String {
    let info = req.connection_info();
    format!("{}://{}", info.scheme(), info.host())
}

/// A ready image's size and rights, from memory or the database.
async fn lookup(pool: &Pool, media: &Media, key: &str) -> Result<Info, ApiError> {
    if let Some(info) = media.infos.get(key)
        && info.checked.elapsed() < INFO_TTL
    {
        return Ok(info);
    }
    let owned = key.to_owned();
    let found = crate::db::run(pool, move |conn| {
        Ok(images::table
            .inner_join(artworks::table)
            .filter(images::key.eq(&owned))
            .filter(images::state.eq(ImageState::Ready.as_str()))
            .select((
                images::width,
                images::height,
                images::rights,
                artworks::rights,
            ))
            .first::<(Option<i32>, Option<i32>, Option<String>, String)>(conn)
            .optional()?)
    })
    .await?;
    let info = match found {
        Some((Some(w), Some(h), rights, work_rights)) if w > 0 && h > 0 => Info {
            width: w as u32,
            height: h as u32,
            rights: Some(rights.unwrap_or(work_rights)),
            checked: Instant::now(),
        },
        _ => {
            media.forget(key);
            return Err(ApiError::new(
                ErrorCode::NotFound,
                format!("there is no image {key:?}"),
            ));
        }
    };
    media.infos.insert(key.to_owned(), info.clone());
    Ok(info)
}

/// The scale factors offered for tiles: halvings until the image fits a tile.
fn scale_factors(width: u32, height: u32) -> Vec<u32> {
    let mut factors = vec![1];
    while width.max(height).div_ceil(*factors.last().expect("one")) > TILE {
        factors.push(factors.last().expect("one") * 2);
    }
    factors
}

/// An image service's base: redirects to its `info.json`.
#[utoipa::path(
    tag = "iiif",
    params(("id" = String, Path, description = "The image's identifier (`ArtworkImage.id`)")),
    responses((status = 303, description = "See `{id}/info.json`")),
)]
#[get("/{id}")]
async fn base(path: web::Path<String>) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, format!("{}/info.json", path.into_inner())))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .finish()
}

/// An image's IIIF Image API 3.0 description (`info.json`).
///
/// Its size, the tiles and scale factors for deep zoom, the ready-made sizes,
/// and what the service can do: level 2, plus `bitonal`, `webp`, mirroring and
/// upscaling. Asked with `Accept: application/ld+json` it answers as JSON-LD.
#[utoipa::path(
    tag = "iiif",
    params(("id" = String, Path, description = "The image's identifier (`ArtworkImage.id`)")),
    responses(
        (status = 200, description = "The image service description", body = ImageService3),
        (status = 404, description = "`not_found`: no ready image has this identifier", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/{id}/info.json")]
async fn info_json(
    pool: web::Data<Pool>,
    media: web::Data<Media>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let key = path.into_inner();
    let info = lookup(&pool, &media, &key).await?;
    let (w, h) = (info.width, info.height);
    let body = ImageService3 {
        context: "http://iiif.io/api/image/3/context.json".into(),
        id: format!("{}{}", origin(&req), service_path(&key)),
        kind: "ImageService3".into(),
        protocol: "http://iiif.io/api/image".into(),
        profile: PROFILE.into(),
        width: w,
        height: h,
        max_area: Some(media.limits.max_pixels),
        sizes: [THUMBNAIL_SIZE, DISPLAY_SIZE]
            .into_iter()
            .map(|longest| fit(w, h, longest))
            .filter(|&size| size != (w, h))
            .map(|(width, height)| ImageServiceSize { width, height })
            .collect(),
        tiles: vec![ImageServiceTiles {
            width: TILE,
            height: None,
            scale_factors: scale_factors(w, h),
        }],
        extra_qualities: strings(&["color", "gray", "bitonal"]),
        extra_formats: strings(&["webp"]),
        extra_features: strings(&[
            "mirroring",
            "sizeUpscaling",
            "canonicalLinkHeader",
            "profileLinkHeader",
            "jsonldMediaType",
            "baseUriRedirect",
            "cors",
        ]),
        rights: info.rights,
    };
    let wants_ld = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/ld+json"));
    let content_type = if wants_ld {
        "application/ld+json;profile=\"http://iiif.io/api/image/3/context.json\""
    } else {
        "application/json"
    };
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .insert_header((
            header::LINK,
            format!("<http://iiif.io/api/image/3/{PROFILE}.json>;rel=\"profile\""),
        ))
        .body(serde_json::to_string(&body).expect("info.json serialises")))
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// A region of an image, scaled, turned and encoded (IIIF Image API 3.0).
///
/// `region`: `full`, `square`, `x,y,w,h` or `pct:x,y,w,h`; `size`: `max`,
/// `w,`, `,h`, `pct:n`, `w,h` or `!w,h`, each with `^` to allow upscaling;
/// `rotation`: 0, 90, 180 or 270, with `!` to mirror first; `quality`:
/// `default`, `color`, `gray` or `bitonal`; `format`: `jpg`, `png` or `webp`. Answers are
/// immutable and carry the canonical address in a `Link` header.
#[utoipa::path(
    tag = "iiif",
    params(
        ("id" = String, Path, description = "The image's identifier (`ArtworkImage.id`)"),
        ("region" = String, Path, description = "`full`, `square`, `x,y,w,h` or `pct:x,y,w,h`"),
        ("size" = String, Path, description = "`max`, `w,`, `,h`, `pct:n`, `w,h` or `!w,h`, each may start with `^`"),
        ("rotation" = String, Path, description = "`0`, `90`, `180` or `270`, with `!` in front to mirror"),
        ("file" = String, Path, description = "`{quality}.{format}`: quality `default`, `color`, `gray` or `bitonal`, format `jpg`, `png` or `webp`"),
    ),
    responses(
        (status = 200, description = "The image, as JPEG, PNG or WebP"),
        (status = 304, description = "Not modified since the `ETag` given in `If-None-Match`"),
        (status = 400, description = "`invalid_parameter`: a part of the request is malformed or asks more than the service does", body = Problem, content_type = PROBLEM),
        (status = 404, description = "`not_found`: no ready image has this identifier", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/{id}/{region}/{size}/{rotation}/{file}")]
async fn image(
    pool: web::Data<Pool>,
    media: web::Data<Media>,
    req: HttpRequest,
    path: web::Path<(String, String, String, String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (key, region, size, rotation, file) = path.into_inner();
    let info = lookup(&pool, &media, &key).await?;
    let bad = |m: String| ApiError::new(ErrorCode::InvalidParameter, m);
    let request = ImageRequest::parse(&region, &size, &rotation, &file).map_err(bad)?;
    let resolved = request
        .resolve(info.width, info.height, media.limits.max_pixels)
        .map_err(bad)?;
    let canonical = resolved.canonical();
    let name = tile_key(&key, &canonical);
    let etag = format!("\"{:016x}\"", xxhash_rust::xxh3::xxh3_64(name.as_bytes()));
    let respond = |bytes: Bytes| {
        let mut ok = HttpResponse::Ok();
        ok.content_type(resolved.output.format.media_type())
            .insert_header(ContentEncoding::Identity);
        with_headers(&mut ok, &req, &key, &canonical, &etag).body(bytes)
    };
    let fresh = req.headers().get(header::IF_NONE_MATCH).is_some_and(|v| {
        header::HeaderValue::from_str(&etag).is_ok_and(|tag| etag_matches(v, &tag))
    });
    if fresh {
        let mut not_modified = HttpResponse::NotModified();
        return Ok(with_headers(&mut not_modified, &req, &key, &canonical, &etag).finish());
    }
    if let Some(bytes) = media.tiles.get(&name) {
        return Ok(respond(bytes));
    }
    if let Some(bytes) = media.storage.get(&name).await? {
        media.tiles.insert(name, bytes.clone());
        return Ok(respond(bytes));
    }
    let pyramid = source(&media, &key).await?;
    let bytes = web::block(move || Bytes::from(pyramid.render(resolved.region, &resolved.output)))
        .await
        .map_err(|e| ApiError::internal(format!("rendering failed: {e}")))?;
    media.tiles.insert(name.clone(), bytes.clone());
    let media = media.clone().into_inner();
    let stored = bytes.clone();
    actix_web::rt::spawn(async move {
        if let Err(e) = media.storage.put(&name, stored).await {
            tracing::warn!(error = %e, "a generated tile could not be stored");
        }
    });
    Ok(respond(bytes))
}

/// The headers of every image answer.
fn with_headers<'a>(
    res: &'a mut actix_web::HttpResponseBuilder,
    req: &HttpRequest,
    key: &str,
    canonical: &str,
    etag: &str,
) -> &'a mut actix_web::HttpResponseBuilder {
    res.insert_header((header::ETAG, etag))
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .insert_header((
            header::LINK,
            format!(
                "<{}{}/{canonical}>;rel=\"canonical\", <http://iiif.io/api/image/3/{PROFILE}.json>;rel=\"profile\"",
                origin(req),
                service_path(key)
            ),
        ))
}

/// The decoded original with its halvings, decoded once however many ask at once.
async fn source(media: &Media, key: &str) -> Result<Arc<Pyramid>, ApiError> {
    media
        .sources
        .get_or_insert_async(key, async {
            let original = media
                .storage
                .get(&original_key(key))
                .await?
                .ok_or_else(|| {
                    ApiError::internal(format!("the original of image {key} is missing"))
                })?;
            let max_pixels = media.limits.max_pixels;
            let decoded = web::block(move || {
                pixels::decode(&original, max_pixels).map(|d| Arc::new(Pyramid::new(d.image)))
            })
            .await
            .map_err(|e| ApiError::internal(format!("decoding failed: {e}")))?;
            decoded.map_err(|e| {
                ApiError::internal(format!("the stored original of {key} cannot be read: {e}"))
            })
        })
        .await
}

/// Any other address under an image: 400 when the image exists (a malformed
/// request, e.g. cut short by a `?` in it), 404 when it does not.
async fn malformed(
    pool: web::Data<Pool>,
    media: web::Data<Media>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (key, rest) = path.into_inner();
    lookup(&pool, &media, &key).await?;
    Err(ApiError::new(
        ErrorCode::InvalidParameter,
        format!("{rest:?} is not {{region}}/{{size}}/{{rotation}}/{{quality}}.{{format}}"),
    ))
}
