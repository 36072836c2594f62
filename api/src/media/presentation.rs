//! The IIIF Presentation API 3.0: a manifest for every published work with an
//! image (`/iiif/3/manifests/{slug}`), and a collection of them per museum
//! (`/iiif/3/collections/{museum slug}`), for Mirador, Universal Viewer and
//! aggregators.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, web};
use diesel::prelude::*;
use serde_json::{Value, json};
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::{Artwork, ErrorCode, ImageState, Problem, WorkStatus, rules::rights_label};

use super::serve::origin;
use crate::artworks::images::{service_path, thumbs};
use crate::artworks::{ArtworkRow, with_images};
use crate::db::schema::{artworks, images, museums};
use crate::db::{self, DbConnection, Pool};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::museums::{CountryNames, MuseumRow, by_slug};

pub fn configure(config: &mut ServiceConfig) {
    config.service(manifest).service(collection);
}

const CONTEXT: &str = "http://iiif.io/api/presentation/3/context.json";

/// A language map: English, and the original language when there is text in it.
fn lang_map(en: &str, original: Option<(&str, &str)>) -> Value {
    let mut map = serde_json::Map::new();
    map.insert("en".into(), json!([en]));
    if let Some((lang, text)) = original
        && lang != "en"
        && !text.is_empty()
    {
        map.insert(lang.into(), json!([text]));
    }
    Value::Object(map)
}

fn entry(label: &str, value: Value) -> Value {
    json!({"label": {"en": [label]}, "value": value})
}

/// The manifest of a published work.
fn build<'a>(base: &str, a: &'a Artwork) -> Value {
    let id = format!("{base}/iiif/3/manifests/{}", a.slug);
    let lang = a.original_language.as_deref();
    let original = |text: &'a Option<String>| lang.zip(text.as_deref());
    let en = |text: &str| json!({"en": [text]});
    let museum = lang_map(
        &a.museum.name,
        a.museum
            .name_local_lang
            .as_deref()
            .zip(a.museum.name_local.as_deref()),
    );
    let mut metadata = vec![entry("Museum", museum.clone())];
    if !a.makers.is_empty() {
        let names: Vec<&str> = a.makers.iter().map(|m| m.name.as_str()).collect();
        metadata.push(entry("Maker", en(&names.join("; "))));
    }
    for (label, value) in [
        ("Date", a.date_text.as_deref()),
        ("Period", a.period.as_deref()),
        ("Culture", a.culture.as_deref()),
        ("Technique", a.technique.as_deref()),
        ("Dimensions", a.dimensions.as_deref()),
        ("Inventory number", a.inventory_number.as_deref()),
    ] {
        if let Some(value) = value {
            metadata.push(entry(label, en(value)));
        }
    }
    metadata.push(entry(
        "Object type",
        en(&a.object_type.as_str().replace('_', " ")),
    ));
    if !a.materials.is_empty() {
        metadata.push(entry("Materials", en(&a.materials.join(", "))));
    }
    if let Some(country) = &a.origin_country {
        metadata.push(entry("Country of origin", en(&country.name)));
    }
    let credit = a
        .credit_line
        .clone()
        .unwrap_or_else(|| a.museum.name.clone());
    let canvases: Vec<Value> = a
        .images
        .iter()
        .filter(|i| i.state == ImageState::Ready)
        .enumerate()
        .filter_map(|(n, image)| {
            let (w, h) = (image.width?, image.height?);
            let canvas = format!("{id}/canvas/{}", n + 1);
            let service = format!("{base}{}", service_path(&image.id));
            let label = image
                .caption
                .clone()
                .unwrap_or_else(|| format!("Image {}", n + 1));
            let mut canvas_json = json!({
                "id": canvas,
                "type": "Canvas",
                "label": {"en": [label]},
                "width": w,
                "height": h,
                "rights": image.rights,
                "thumbnail": [{
                    "id": format!("{base}{}", image.renditions.as_ref()?.thumbnail),
                    "type": "Image",
                    "format": "image/jpeg",
                }],
                "items": [{
                    "id": format!("{canvas}/page"),
                    "type": "AnnotationPage",
                    "items": [{
                        "id": format!("{canvas}/page/image"),
                        "type": "Annotation",
                        "motivation": "painting",
                        "target": canvas,
                        "body": {
                            "id": format!("{service}/full/max/0/default.jpg"),
                            "type": "Image",
                            "format": "image/jpeg",
                            "width": w,
                            "height": h,
                            "service": [{"id": service, "type": "ImageService3", "profile": "level2"}],
                        },
                    }],
                }],
            });
            if let Some(credit) = &image.credit {
                canvas_json["requiredStatement"] = entry("Photograph", en(credit));
            }
            Some(canvas_json)
        })
        .collect();
    let mut doc = json!({
        "@context": CONTEXT,
        "id": id,
        "type": "Manifest",
        "label": lang_map(&a.title, original(&a.title_original)),
        "summary": lang_map(&a.statement, original(&a.statement_original)),
        "metadata": metadata,
        "rights": a.rights,
        "requiredStatement": entry("Credit", en(&format!("{credit} · {}", rights_label(&a.rights)))),
        "provider": [{
            "id": format!("{base}/museums/{}", a.museum.slug),
            "type": "Agent",
            "label": museum,
            "homepage": [{
                "id": format!("{base}/museums/{}", a.museum.slug),
                "type": "Text",
                "label": {"en": [a.museum.name]},
                "format": "text/html",
            }],
        }],
        "homepage": [{
            "id": format!("{base}/artworks/{}", a.slug),
            "type": "Text",
            "label": {"en": [a.title]},
            "format": "text/html",
            "language": ["en"],
        }],
        "partOf": [{"id": format!("{base}/iiif/3/collections/{}", a.museum.slug), "type": "Collection"}],
        "items": canvases,
    });
    if let Some(thumb) = a
        .images
        .iter()
        .find(|i| i.primary)
        .or(a.images.first())
        .and_then(|i| i.renditions.as_ref())
    {
        doc["thumbnail"] = json!([{
            "id": format!("{base}{}", thumb.thumbnail),
            "type": "Image",
            "format": "image/jpeg",
        }]);
    }
    if let Some(description) = &a.description {
        doc["metadata"]
            .as_array_mut()
            .expect("an array")
            .push(entry(
                "Description",
                lang_map(description, original(&a.description_original)),
            ));
    }
    doc
}

fn json_ld(body: &Value) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(
            "application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"",
        )
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .body(body.to_string())
}

/// A published work as a IIIF Presentation 3.0 manifest.
///
/// Label, summary and metadata in English and the work's original language,
/// its rights, the credit as `requiredStatement`, and a canvas for each image
/// with its IIIF Image service, for deep zoom in any IIIF viewer.
#[utoipa::path(
    tag = "iiif",
    params(("slug" = String, Path, description = "The work's slug")),
    responses(
        (status = 200, description = "The manifest (JSON-LD)", body = Object, content_type = "application/ld+json"),
        (status = 404, description = "`not_found`: no published work with an image ready has this slug", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/manifests/{slug}")]
async fn manifest(
    pool: web::Data<Pool>,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let slug = slug.into_inner();
    let artwork = db::run(&pool, move |conn| {
        let found: Option<(ArtworkRow, MuseumRow)> = artworks::table
            .inner_join(museums::table)
            .filter(artworks::slug.eq(&slug))
            .filter(artworks::status.eq(WorkStatus::Published.as_str()))
            .select((ArtworkRow::as_select(), MuseumRow::as_select()))
            .first(conn)
            .optional()?;
        let missing = || {
            ApiError::new(
                ErrorCode::NotFound,
                format!("no published work with an image has the slug {slug:?}"),
            )
        };
        let (row, museum) = found.ok_or_else(missing)?;
        let countries = CountryNames::load(conn)?;
        let artwork = with_images(conn, row, &museum, &countries, false)?;
        if artwork.images.is_empty() {
            return Err(missing());
        }
        Ok(artwork)
    })
    .await?;
    Ok(json_ld(&build(&origin(&req), &artwork)))
}

/// A work in a collection: slug, title, original title, its language, id.
type Item = (String, String, Option<String>, Option<String>, i64);

/// The manifests of a museum's published works with images.
fn collection_items(conn: &mut DbConnection, museum_id: i64) -> Result<Vec<Item>, ApiError> {
    Ok(artworks::table
        .filter(artworks::museum_id.eq(museum_id))
        .filter(artworks::status.eq(WorkStatus::Published.as_str()))
        .filter(diesel::dsl::exists(
            images::table
                .filter(images::artwork_id.eq(artworks::id))
                .filter(images::state.eq(ImageState::Ready.as_str())),
        ))
        .order((artworks::title, artworks::id))
        .select((
            artworks::slug,
            artworks::title,
            artworks::title_original,
            artworks::original_language,
            artworks::id,
        ))
        .load(conn)?)
}

/// A museum's published works with images, as a IIIF Presentation 3.0 collection.
#[utoipa::path(
    tag = "iiif",
    params(("slug" = String, Path, description = "The museum's slug")),
    responses(
        (status = 200, description = "The collection (JSON-LD)", body = Object, content_type = "application/ld+json"),
        (status = 404, description = "`not_found`: no museum has this slug", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/collections/{slug}")]
async fn collection(
    pool: web::Data<Pool>,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let slug = slug.into_inner();
    let (museum, items, thumbs) = db::run(&pool, move |conn| {
        let museum = by_slug(conn, &slug)?;
        let items = collection_items(conn, museum.id)?;
        let ids: Vec<i64> = items.iter().map(|i| i.4).collect();
        let thumbs = thumbs(conn, &ids)?;
        Ok((museum, items, thumbs))
    })
    .await?;
    let base = origin(&req);
    let items: Vec<Value> = items
        .into_iter()
        .map(|(slug, title, title_original, lang, id)| {
            let mut item = json!({
                "id": format!("{base}/iiif/3/manifests/{slug}"),
                "type": "Manifest",
                "label": lang_map(&title, lang.as_deref().zip(title_original.as_deref())),
            });
            if let Some(thumb) = thumbs.get(&id) {
                item["thumbnail"] = json!([{
                    "id": format!("{base}{}", thumb.thumbnail),
                    "type": "Image",
                    "format": "image/jpeg",
                }]);
            }
            item
        })
        .collect();
    let body = json!({
        "@context": CONTEXT,
        "id": format!("{base}/iiif/3/collections/{}", museum.slug),
        "type": "Collection",
        "label": lang_map(&museum.name, museum.name_local_lang.as_deref().zip(museum.name_local.as_deref())),
        "summary": {"en": [museum.description]},
        "homepage": [{
            "id": format!("{base}/museums/{}", museum.slug),
            "type": "Text",
            "label": {"en": [museum.name]},
            "format": "text/html",
        }],
        "items": items,
    });
    Ok(json_ld(&body))
}
