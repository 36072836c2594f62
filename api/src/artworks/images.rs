//! An artwork's images as stored, and the reads of them that lists and
//! records need. Processing and serving them is `media`'s.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use vcm_shared::{ArtworkImage, ImageRenditions, ImageState, ImageThumb};

use crate::db::DbConnection;
use crate::db::schema::images;
use crate::error::ApiError;

/// An image as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = images)]
pub struct ImageRow {
    pub id: i64,
    pub key: String,
    pub artwork_id: i64,
    pub museum_id: i64,
    pub position: i32,
    pub is_primary: bool,
    pub alt: String,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub rights: Option<String>,
    pub state: String,
    pub source_url: Option<String>,
    pub error: Option<String>,
    pub attempts: i32,
    pub next_attempt_at: Option<NaiveDateTime>,
    pub media_type: Option<String>,
    pub bytes: Option<i64>,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub color: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// The IIIF Image API 3.0 base of an image, relative to the server.
pub fn service_path(key: &str) -> String {
    format!("/iiif/3/{key}")
}

impl ImageRow {
    fn size(&self) -> Option<(u32, u32)> {
        match (self.width, self.height) {
            (Some(w), Some(h)) if w > 0 && h > 0 => Some((w as u32, h as u32)),
            _ => None,
        }
    }

    /// The wire form; `work_rights` stands in for an image without its own.
    pub fn into_wire(self, work_rights: &str) -> Result<ArtworkImage, ApiError> {
        let state: ImageState = crate::stored(&self.state)?;
        let ready = (state == ImageState::Ready).then(|| self.size()).flatten();
        Ok(ArtworkImage {
            renditions: ready.map(|(w, h)| ImageRenditions::of(&self.key, w, h)),
            iiif: ready.map(|_| service_path(&self.key)),
            width: self.width.map(|w| w as u32),
            height: self.height.map(|h| h as u32),
            rights: self.rights.unwrap_or_else(|| work_rights.to_owned()),
            id: self.key,
            position: self.position as u32,
            primary: self.is_primary,
            alt: self.alt,
            caption: self.caption,
            credit: self.credit,
            state,
            error: self.error,
            source_url: self.source_url,
            media_type: self.media_type,
            bytes: self.bytes.map(|b| b as u64),
            color: self.color,
        })
    }

    fn thumb(&self) -> Option<ImageThumb> {
        let (w, h) = self.size()?;
        let renditions = ImageRenditions::of(&self.key, w, h);
        Some(ImageThumb {
            id: self.key.clone(),
            alt: self.alt.clone(),
            width: w,
            height: h,
            color: self.color.clone().unwrap_or_else(|| "#d9d4cc".into()),
            thumbnail: renditions.thumbnail,
            thumbnail_webp: renditions.thumbnail_webp,
        })
    }
}

/// A work's images by position; only ready ones unless `all`.
pub fn of_artwork(
    conn: &mut DbConnection,
    artwork_id: i64,
    all: bool,
) -> QueryResult<Vec<ImageRow>> {
    let mut query = images::table
        .filter(images::artwork_id.eq(artwork_id))
        .select(ImageRow::as_select())
        .order((images::position, images::id))
        .into_boxed();
    if !all {
        query = query.filter(images::state.eq(ImageState::Ready.as_str()));
    }
    query.load(conn)
}

/// The thumbnail of each work's primary image (or, while that one is not
/// ready, its first ready image), for works in a list.
pub fn thumbs(
    conn: &mut DbConnection,
    artwork_ids: &[i64],
) -> QueryResult<HashMap<i64, ImageThumb>> {
    let rows: Vec<ImageRow> = images::table
        .filter(images::artwork_id.eq_any(artwork_ids))
        .filter(images::state.eq(ImageState::Ready.as_str()))
        .select(ImageRow::as_select())
        .order((
            images::artwork_id,
            images::is_primary.desc(),
            images::position,
        ))
        .load(conn)?;
    let mut out = HashMap::new();
    for row in rows {
        if let Some(thumb) = row.thumb() {
            out.entry(row.artwork_id).or_insert(thumb);
        }
    }
    Ok(out)
}

/// The ids of works among these with at least one image ready.
pub fn with_ready_image(
    conn: &mut DbConnection,
    artwork_ids: &[i64],
) -> QueryResult<std::collections::HashSet<i64>> {
    let ids: Vec<i64> = images::table
        .filter(images::artwork_id.eq_any(artwork_ids))
        .filter(images::state.eq(ImageState::Ready.as_str()))
        .select(images::artwork_id)
        .distinct()
        .load(conn)?;
    Ok(ids.into_iter().collect())
}
