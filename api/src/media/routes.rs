//! `/api/v1/partner/artworks/{slug}/images`: a museum's images of its works.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, HttpResponse, delete, get, post, put, web};
use bytes::Bytes;
use chrono::Utc;
use diesel::prelude::*;
use futures_util::TryStreamExt;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::{
    ArtworkImage, ArtworkImageList, ErrorCode, FieldCode, FieldError, IMAGE_FILE_FIELD, ImageInput,
    ImageLinkInput, ImageState, MAX_IMAGE_TEXT, MAX_IMAGES_PER_WORK, Problem,
};

use super::pixels::{self, Refusal};
use super::{Media, original_key};
use crate::artworks::ArtworkRow;
use crate::artworks::images::ImageRow;
use crate::artworks::own_artwork;
use crate::audit::{self, Change};
use crate::auth::{MuseumActor, random_token};
use crate::changes::{self, Entity};
use crate::db::schema::images;
use crate::db::{self, DbConnection, Pool};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::http::multipart_error;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(add)
        .service(list)
        .service(get_one)
        .service(update)
        .service(remove);
}

/// Whether a path is where images are uploaded, so the body limit there is the image limit.
pub fn is_upload_path(path: &str) -> bool {
    path.strip_prefix("/api/v1/partner/artworks/")
        .and_then(|rest| rest.strip_suffix("/images"))
        .is_some_and(|slug| !slug.is_empty() && !slug.contains('/'))
}

const NOT_FOUND: &str = "`not_found`: your museum has no such work or image";

/// The upload form: the file and its description as text parts.
#[derive(ToSchema)]
#[allow(dead_code)] // Describes the multipart body in the OpenAPI document only.
struct ImageUploadForm {
    /// The image: JPEG, PNG, WebP or TIFF (100 MiB and 100 megapixels at most unless the server says otherwise).
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// A text alternative describing the image (required).
    alt: String,
    /// A caption shown under the image.
    caption: Option<String>,
    /// Who made the photograph.
    credit: Option<String>,
    /// The image's rights statement URI [default: the work's].
    rights: Option<String>,
    /// `true` to make it the work's primary image.
    primary: Option<bool>,
    /// Its place among the work's images, from 1 [default: last].
    position: Option<u32>,
}

const SEND_AS: &str = "send the image as multipart/form-data, or a link as application/json";

/// Reads the upload form: the description, and the file up to `max_bytes`.
async fn read_form(
    req: &HttpRequest,
    payload: web::Payload,
    max_bytes: u64,
) -> Result<(ImageInput, Option<Bytes>), ApiError> {
    let mut form = Multipart::new(req.headers(), payload);
    let mut text: HashMap<String, String> = HashMap::new();
    let mut file = None;
    while let Some(mut field) = form
        .try_next()
        .await
        .map_err(|e| multipart_error(e, SEND_AS))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        let is_file = name == IMAGE_FILE_FIELD;
        let limit = if is_file {
            max_bytes
        } else {
            (MAX_IMAGE_TEXT * 4) as u64
        };
        let mut bytes = Vec::new();
        while let Some(chunk) = field
            .try_next()
            .await
            .map_err(|e| multipart_error(e, SEND_AS))?
        {
            if (bytes.len() + chunk.len()) as u64 > limit {
                return Err(if is_file {
                    ApiError::new(
                        ErrorCode::PayloadTooLarge,
                        format!("the image may be at most {max_bytes} bytes"),
                    )
                } else {
                    ApiError::validation(vec![FieldError::new(
                        name,
                        FieldCode::TooLong,
                        format!("must be at most {MAX_IMAGE_TEXT} characters"),
                    )])
                });
            }
            bytes.extend_from_slice(&chunk);
        }
        if is_file {
            file = Some(Bytes::from(bytes));
        } else if ["alt", "caption", "credit", "rights", "primary", "position"]
            .contains(&name.as_str())
        {
            let value = String::from_utf8(bytes).map_err(|_| {
                ApiError::validation(vec![FieldError::new(
                    &name,
                    FieldCode::Invalid,
                    "must be UTF-8 text",
                )])
            })?;
            text.insert(name, value);
        } else {
            return Err(ApiError::validation(vec![FieldError::new(
                name,
                FieldCode::UnknownField,
                "not a part of the upload form",
            )]));
        }
    }
    let mut problems = Vec::new();
    let primary = match text.get("primary").map(|s| s.trim()) {
        None | Some("" | "false") => false,
        Some("true") => true,
        Some(_) => {
            problems.push(FieldError::new(
                "primary",
                FieldCode::Invalid,
                "must be true or false",
            ));
            false
        }
    };
    let position = match text
        .get("position")
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
    {
        None => None,
        Some(p) => match p.parse::<u32>() {
            Ok(p) => Some(p),
            Err(_) => {
                problems.push(FieldError::new(
                    "position",
                    FieldCode::Invalid,
                    "must be a whole number",
                ));
                None
            }
        },
    };
    ApiError::check(problems)?;
    let input = ImageInput {
        alt: text.remove("alt").unwrap_or_default(),
        caption: text.remove("caption"),
        credit: text.remove("credit"),
        rights: text.remove("rights"),
        primary,
        position,
    };
    Ok((input, file))
}

/// The answer for a refused file.
fn refused(refusal: Refusal) -> ApiError {
    match refusal {
        Refusal::Unsupported(m) => ApiError::new(ErrorCode::UnsupportedMediaType, m),
        Refusal::TooManyPixels(m) => ApiError::validation(vec![FieldError::new(
            IMAGE_FILE_FIELD,
            FieldCode::OutOfRange,
            m,
        )]),
        Refusal::Damaged(m) => ApiError::validation(vec![FieldError::new(
            IMAGE_FILE_FIELD,
            FieldCode::Invalid,
            m,
        )]),
    }
}

/// Add an image to one of your works: upload a file, or give a link.
///
/// As `multipart/form-data`: the file in the part `file` (JPEG, PNG, WebP or
/// TIFF) and its description as text parts (`alt` is required). The file is
/// checked and decoded before anything is stored, its EXIF orientation
/// applied; it is then `processing` while its renditions are made (a few
/// seconds), then `ready`. A refused file leaves nothing behind.
///
/// As `application/json`: an `ImageLinkInput`, whose `url` the server fetches
/// in the background (`fetching`), with retries; links to private, loopback
/// and link-local addresses are refused. Poll the image (its `Location`) to
/// see it become `ready` or `failed`, with the reason.
///
/// A work's first image is its primary one; `primary: true` makes another the primary.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    params(("slug" = String, Path, description = "The work's slug")),
    request_body(content(
        (ImageUploadForm = "multipart/form-data"),
        (ImageLinkInput = "application/json"),
    )),
    responses(
        (status = 201, description = "Uploaded: stored and `processing`; `Location` is the image", body = ArtworkImage),
        (status = 202, description = "Link accepted: `fetching`; `Location` is the image", body = ArtworkImage),
        (status = 400, description = "`malformed_body`: the body cannot be read", body = Problem, content_type = PROBLEM),
        (status = 404, description = NOT_FOUND, body = Problem, content_type = PROBLEM),
        (status = 409, description = "`conflict`: the work already has 50 images", body = Problem, content_type = PROBLEM),
        (status = 413, description = "`payload_too_large`: the file is over the limit", body = Problem, content_type = PROBLEM),
        (status = 415, description = "`unsupported_media_type`: not a JPEG, PNG, WebP or TIFF, or neither multipart nor JSON", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`, field by field: `alt` is `required`; `file` is `out_of_range` (too many pixels) or `invalid` (damaged); `url` is `invalid` (not http(s), or a refused address)", body = Problem, content_type = PROBLEM),
        (status = 503, description = "`unavailable`: image storage cannot be reached; nothing was stored", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/partner/artworks/{slug}/images")]
async fn add(
    pool: web::Data<Pool>,
    media: web::Data<Media>,
    MuseumActor { museum_id, caller }: MuseumActor,
    req: HttpRequest,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, actix_web::Error> {
    let slug = slug.into_inner();
    let media = media.clone().into_inner();
    let is_json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().starts_with("application/json"));
    // The work first: a stranger's slug is not found before any upload is read.
    let lookup = slug.clone();
    let work = db::run(&pool, move |conn| own_artwork(conn, museum_id, &lookup)).await?;
    let (input, source) = if is_json {
        let body =
            web::Json::<ImageLinkInput>::from_request(&req, &mut payload.into_inner()).await?;
        let (url, input) = body.into_inner().split();
        (input, Source::Link(url))
    } else {
        let (input, file) = read_form(&req, payload, media.limits.max_bytes).await?;
        (input, Source::File(file))
    };
    let input = input.normalised();
    let mut problems = input.problems();
    match &source {
        Source::Link(url) => {
            if let Err(why) = media.fetch.check(url) {
                problems.push(FieldError::new("url", FieldCode::Invalid, why));
            }
        }
        Source::File(None) => problems.push(FieldError::new(
            IMAGE_FILE_FIELD,
            FieldCode::Required,
            "attach the image in the part \"file\"",
        )),
        Source::File(Some(_)) => {}
    }
    ApiError::check(problems)?;
    let key = random_token(16);
    let new = match source {
        Source::Link(url) => NewImage {
            state: ImageState::Fetching,
            source_url: Some(url),
            media_type: None,
            bytes: None,
        },
        Source::File(file) => {
            let file = file.expect("checked above");
            let max_pixels = media.limits.max_pixels;
            let checked = file.clone();
            let media_type =
                web::block(move || pixels::decode(&checked, max_pixels).map(|d| d.media_type))
                    .await
                    .map_err(|e| ApiError::internal(format!("decoding failed: {e}")))?
                    .map_err(refused)?;
            let bytes = Some(file.len() as i64);
            media
                .storage
                .put(&original_key(&key), file)
                .await
                .map_err(ApiError::from)?;
            NewImage {
                state: ImageState::Processing,
                source_url: None,
                media_type: Some(media_type),
                bytes,
            }
        }
    };
    let fetching = new.state == ImageState::Fetching;
    let actor = caller.actor();
    let stored_key = key.clone();
    let inserted = db::run(&pool, move |conn| {
        db::write(conn, |conn| {
            insert(conn, &actor, &work, &stored_key, &input, new)
        })
    })
    .await;
    let image = match inserted {
        Ok(image) => image,
        Err(e) => {
            // Nothing half-stored: the file goes with the row that was not written.
            remove_files(&media, &key).await;
            return Err(e.into());
        }
    };
    media.wake();
    let location = format!("/api/v1/partner/artworks/{slug}/images/{}", image.id);
    let mut res = if fetching {
        HttpResponse::Accepted()
    } else {
        HttpResponse::Created()
    };
    Ok(res.insert_header((header::LOCATION, location)).json(image))
}

enum Source {
    File(Option<Bytes>),
    Link(String),
}

struct NewImage {
    state: ImageState,
    source_url: Option<String>,
    media_type: Option<&'static str>,
    bytes: Option<i64>,
}

/// Records a new image at its place among the work's images.
fn insert(
    conn: &mut DbConnection,
    actor: &crate::audit::Actor,
    work: &ArtworkRow,
    key: &str,
    input: &ImageInput,
    new: NewImage,
) -> Result<ArtworkImage, ApiError> {
    let count: i64 = images::table
        .filter(images::artwork_id.eq(work.id))
        .count()
        .get_result(conn)?;
    if count as usize >= MAX_IMAGES_PER_WORK {
        return Err(ApiError::new(
            ErrorCode::Conflict,
            format!("a work has at most {MAX_IMAGES_PER_WORK} images; delete one first"),
        ));
    }
    let now = Utc::now().naive_utc();
    diesel::insert_into(images::table)
        .values((
            images::key.eq(key),
            images::artwork_id.eq(work.id),
            images::museum_id.eq(work.museum_id),
            images::position.eq(count as i32 + 1),
            images::is_primary.eq(false),
            images::alt.eq(&input.alt),
            images::caption.eq(&input.caption),
            images::credit.eq(&input.credit),
            images::rights.eq(&input.rights),
            images::state.eq(new.state.as_str()),
            images::source_url.eq(&new.source_url),
            images::media_type.eq(new.media_type),
            images::bytes.eq(new.bytes),
            images::created_at.eq(now),
            images::updated_at.eq(now),
        ))
        .execute(conn)?;
    arrange(conn, work.id, key, input)?;
    let row = by_key(conn, work.id, key)?;
    let image = row.into_wire(&work.rights)?;
    audit::record(
        conn,
        actor,
        Change {
            action: "image.create",
            entity: "image",
            key,
            museum_id: Some(work.museum_id),
        },
        None::<&()>,
        Some(&image),
    )?;
    Ok(image)
}

/// Puts an image at the position asked (if any) and makes it primary if
/// asked; then numbers the work's images 1, 2, 3… and sees that exactly one
/// is primary (the first, if none is).
fn arrange(
    conn: &mut DbConnection,
    artwork_id: i64,
    key: &str,
    input: &ImageInput,
) -> QueryResult<()> {
    let mut rows: Vec<(i64, String, bool)> = images::table
        .filter(images::artwork_id.eq(artwork_id))
        .order((images::position, images::id))
        .select((images::id, images::key, images::is_primary))
        .load(conn)?;
    if let Some(at) = rows.iter().position(|r| r.1 == key) {
        let moved = rows.remove(at);
        let to = input
            .position
            .map_or(at, |p| (p as usize - 1).min(rows.len()));
        rows.insert(to, moved);
    }
    let primary = if input.primary {
        Some(key.to_owned())
    } else {
        rows.iter()
            .find(|r| r.2)
            .or(rows.first())
            .map(|r| r.1.clone())
    };
    for (n, (id, key, _)) in rows.iter().enumerate() {
        diesel::update(images::table.find(id))
            .set((
                images::position.eq(n as i32 + 1),
                images::is_primary.eq(primary.as_deref() == Some(key.as_str())),
            ))
            .execute(conn)?;
    }
    changes::record(conn, Entity::Artwork, artwork_id)
}

fn by_key(conn: &mut DbConnection, artwork_id: i64, key: &str) -> Result<ImageRow, ApiError> {
    images::table
        .filter(images::artwork_id.eq(artwork_id))
        .filter(images::key.eq(key))
        .select(ImageRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::not_yours("image", key))
}

/// Your work's images, in order, in every state.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    params(("slug" = String, Path, description = "The work's slug")),
    responses(
        (status = 200, description = "The images by position", body = ArtworkImageList),
        (status = 404, description = NOT_FOUND, body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/partner/artworks/{slug}/images")]
async fn list(
    pool: web::Data<Pool>,
    MuseumActor { museum_id, .. }: MuseumActor,
    slug: web::Path<String>,
) -> Result<web::Json<ArtworkImageList>, ApiError> {
    let slug = slug.into_inner();
    let items = db::run(&pool, move |conn| {
        let work = own_artwork(conn, museum_id, &slug)?;
        crate::artworks::images::of_artwork(conn, work.id, true)?
            .into_iter()
            .map(|row| row.into_wire(&work.rights))
            .collect::<Result<Vec<_>, _>>()
    })
    .await?;
    Ok(web::Json(ArtworkImageList { items }))
}

/// One image of your work, with its state (poll it after an upload or a link).
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    params(
        ("slug" = String, Path, description = "The work's slug"),
        ("id" = String, Path, description = "The image's identifier"),
    ),
    responses(
        (status = 200, description = "The image", body = ArtworkImage),
        (status = 404, description = NOT_FOUND, body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/partner/artworks/{slug}/images/{id}")]
async fn get_one(
    pool: web::Data<Pool>,
    MuseumActor { museum_id, .. }: MuseumActor,
    path: web::Path<(String, String)>,
) -> Result<web::Json<ArtworkImage>, ApiError> {
    let (slug, key) = path.into_inner();
    let image = db::run(&pool, move |conn| {
        let work = own_artwork(conn, museum_id, &slug)?;
        by_key(conn, work.id, &key)?.into_wire(&work.rights)
    })
    .await?;
    Ok(web::Json(image))
}

/// Change an image's description, its place, or make it the primary one.
///
/// Replaces `alt`, `caption`, `credit` and `rights`; `position` moves it
/// (the others shift); `primary: true` makes it the work's primary image.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    params(
        ("slug" = String, Path, description = "The work's slug"),
        ("id" = String, Path, description = "The image's identifier"),
    ),
    request_body = ImageInput,
    responses(
        (status = 200, description = "The image as stored now", body = ArtworkImage),
        (status = 404, description = NOT_FOUND, body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`, field by field", body = Problem, content_type = PROBLEM),
    ),
)]
#[put("/partner/artworks/{slug}/images/{id}")]
async fn update(
    pool: web::Data<Pool>,
    media: web::Data<Media>,
    MuseumActor { museum_id, caller }: MuseumActor,
    path: web::Path<(String, String)>,
    body: web::Json<ImageInput>,
) -> Result<web::Json<ArtworkImage>, ApiError> {
    let (slug, key) = path.into_inner();
    let input = body.into_inner().normalised();
    ApiError::check(input.problems())?;
    let actor = caller.actor();
    let image = db::run(&pool, move |conn| {
        db::write(conn, |conn| {
            let work = own_artwork(conn, museum_id, &slug)?;
            let before = by_key(conn, work.id, &key)?;
            let before = before.into_wire(&work.rights)?;
            diesel::update(images::table.filter(images::key.eq(&key)))
                .set((
                    images::alt.eq(&input.alt),
                    images::caption.eq(&input.caption),
                    images::credit.eq(&input.credit),
                    images::rights.eq(&input.rights),
                    images::updated_at.eq(Utc::now().naive_utc()),
                ))
                .execute(conn)?;
            arrange(conn, work.id, &key, &input)?;
            let after = by_key(conn, work.id, &key)?.into_wire(&work.rights)?;
            audit::record(
                conn,
                &actor,
                Change {
                    action: "image.update",
                    entity: "image",
                    key: &key,
                    museum_id: Some(museum_id),
                },
                Some(&before),
                Some(&after),
            )?;
            Ok(after)
        })
    })
    .await?;
    media.forget(&image.id);
    Ok(web::Json(image))
}

/// Delete an image, its file, renditions and tiles.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    params(
        ("slug" = String, Path, description = "The work's slug"),
        ("id" = String, Path, description = "The image's identifier"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = NOT_FOUND, body = Problem, content_type = PROBLEM),
    ),
)]
#[delete("/partner/artworks/{slug}/images/{id}")]
async fn remove(
    pool: web::Data<Pool>,
    media: web::Data<Media>,
    MuseumActor { museum_id, caller }: MuseumActor,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, key) = path.into_inner();
    let actor = caller.actor();
    let deleted = key.clone();
    db::run(&pool, move |conn| {
        db::write(conn, |conn| {
            let work = own_artwork(conn, museum_id, &slug)?;
            let before = by_key(conn, work.id, &deleted)?;
            diesel::delete(images::table.find(before.id)).execute(conn)?;
            arrange(conn, work.id, "", &ImageInput::default())?;
            let before = before.into_wire(&work.rights)?;
            audit::record(
                conn,
                &actor,
                Change {
                    action: "image.delete",
                    entity: "image",
                    key: &deleted,
                    museum_id: Some(museum_id),
                },
                Some(&before),
                None::<&()>,
            )?;
            Ok(())
        })
    })
    .await?;
    remove_files(&media, &key).await;
    Ok(HttpResponse::NoContent().finish())
}

/// Deletes the files of an image that has no row (deleted, or never
/// recorded); a failure leaves files no one can reach, and is logged.
async fn remove_files(media: &Media, key: &str) {
    if let Err(e) = media.delete_files(key).await {
        tracing::error!(image = %key, error = %e, "an image's files could not all be removed");
    }
}
