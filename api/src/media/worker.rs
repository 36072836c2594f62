//! The image worker: fetches linked images and makes the renditions of stored
//! ones, one image at a time, taking its work from the database so nothing is
//! lost when a server stops half-way (the next one to start carries on).

use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use bytes::Bytes;
use chrono::{NaiveDateTime, TimeDelta, Utc};
use diesel::prelude::*;
use vcm_shared::{DISPLAY_SIZE, ImageState, THUMBNAIL_SIZE, fit};

use super::iiif::ImageRequest;
use super::pixels::{self, Pyramid, Refusal};
use super::{Media, original_key, tile_key};
use crate::artworks::images::ImageRow;
use crate::changes::{self, Entity};
use crate::db::schema::images;
use crate::db::{DbConnection, Pool};

/// How long a claimed image is this server's before another may take it over.
const LEASE: TimeDelta = TimeDelta::seconds(20);
/// How often the worker looks for work it was not told of (another server's,
/// a retry come due, a lease run out).
const POLL: Duration = Duration::from_secs(5);
/// Fetch attempts before a link is given up.
pub const MAX_ATTEMPTS: i32 = 5;

/// Starts the worker on its own thread.
pub fn spawn(media: Arc<Media>, pool: Pool, wake: Receiver<()>) {
    std::thread::Builder::new()
        .name("vcm-images".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for the image worker");
            loop {
                match claim(&pool) {
                    Ok(Some(row)) => runtime.block_on(work(&media, &pool, row)),
                    Ok(None) => match wake.recv_timeout(POLL) {
                        Ok(()) | Err(RecvTimeoutError::Timeout) => {}
                        Err(RecvTimeoutError::Disconnected) => return,
                    },
                    Err(e) => {
                        tracing::warn!(error = %e, "the image worker cannot read its queue");
                        std::thread::sleep(POLL);
                    }
                }
            }
        })
        .expect("a thread for the image worker");
}

fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

/// Takes the oldest image waiting, for the length of a lease.
fn claim(pool: &Pool) -> Result<Option<ImageRow>, String> {
    let mut conn = pool.get().map_err(|e| e.to_string())?;
    let now = now();
    let due = || {
        images::state
            .eq_any([
                ImageState::Fetching.as_str(),
                ImageState::Processing.as_str(),
            ])
            .and(
                images::next_attempt_at
                    .is_null()
                    .or(images::next_attempt_at.le(now)),
            )
    };
    let candidates: Vec<i64> = images::table
        .filter(due())
        .select(images::id)
        .order(images::id)
        .limit(8)
        .load(&mut conn)
        .map_err(|e| e.to_string())?;
    for id in candidates {
        let taken = diesel::update(images::table.filter(images::id.eq(id)).filter(due()))
            .set(images::next_attempt_at.eq(now + LEASE))
            .execute(&mut conn)
            .map_err(|e| e.to_string())?;
        if taken == 1 {
            return images::table
                .find(id)
                .select(ImageRow::as_select())
                .first(&mut conn)
                .optional()
                .map_err(|e| e.to_string());
        }
    }
    Ok(None)
}

async fn work(media: &Media, pool: &Pool, row: ImageRow) {
    let key = row.key.clone();
    let outcome = if row.state == ImageState::Fetching.as_str() {
        fetch_then_process(media, pool, row).await
    } else {
        process(media, pool, &row).await
    };
    if let Err(e) = outcome {
        tracing::warn!(image = %key, error = %e, "image work failed; it will be tried again");
    }
}

/// Fetches a link, stores the file, and goes on to make its renditions.
async fn fetch_then_process(media: &Media, pool: &Pool, row: ImageRow) -> Result<(), String> {
    let url = row.source_url.clone().unwrap_or_default();
    let fetched = media
        .fetch
        .get(&url, media.limits.max_bytes, media.fetch_timeout)
        .await;
    let bytes = match fetched {
        Ok(bytes) => bytes,
        Err(e) if e.retry && row.attempts + 1 < MAX_ATTEMPTS => {
            // Back off: 10 s, 20 s, 40 s, 80 s.
            let wait = TimeDelta::seconds(10 << row.attempts.clamp(0, 6));
            return update(pool, row.id, |conn, id| {
                diesel::update(images::table.find(id))
                    .set((
                        images::attempts.eq(images::attempts + 1),
                        images::next_attempt_at.eq(now() + wait),
                        images::error.eq(Some(format!("{} (will try again)", e.message))),
                        images::updated_at.eq(now()),
                    ))
                    .execute(conn)
            });
        }
        Err(e) => return fail(pool, &row, &e.message),
    };
    let max_pixels = media.limits.max_pixels;
    let checked = {
        let bytes = bytes.clone();
        tokio::task::spawn_blocking(move || {
            pixels::decode(&bytes, max_pixels).map(|d| d.media_type)
        })
        .await
        .map_err(|e| e.to_string())?
    };
    let media_type = match checked {
        Ok(media_type) => media_type,
        Err(refusal) => return fail(pool, &row, &refusal.to_string()),
    };
    let size = bytes.len() as i64;
    media
        .storage
        .put(&original_key(&row.key), bytes)
        .await
        .map_err(|e| e.to_string())?;
    update(pool, row.id, |conn, id| {
        diesel::update(images::table.find(id))
            .set((
                images::state.eq(ImageState::Processing.as_str()),
                images::media_type.eq(Some(media_type)),
                images::bytes.eq(Some(size)),
                images::error.eq(None::<String>),
                images::updated_at.eq(now()),
            ))
            .execute(conn)
    })?;
    process(media, pool, &row).await
}

/// Decodes a stored original and makes its renditions: a thumbnail and a
/// display size, each as JPEG and WebP, and its average colour.
async fn process(media: &Media, pool: &Pool, row: &ImageRow) -> Result<(), String> {
    let original = media
        .storage
        .get(&original_key(&row.key))
        .await
        .map_err(|e| e.to_string())?;
    let Some(original) = original else {
        return fail(pool, row, "the stored file is missing; upload it again");
    };
    let max_pixels = media.limits.max_pixels;
    let key = row.key.clone();
    let made = tokio::task::spawn_blocking(move || renditions(&key, &original, max_pixels))
        .await
        .map_err(|e| e.to_string())?;
    let Renditions { pyramid, files } = match made {
        Ok(made) => made,
        Err(refusal) => return fail(pool, row, &refusal.to_string()),
    };
    for (name, bytes) in files {
        media
            .storage
            .put(&name, bytes)
            .await
            .map_err(|e| e.to_string())?;
    }
    let (width, height) = (pyramid.width() as i32, pyramid.height() as i32);
    let color = pyramid.average_color();
    media.sources.insert(row.key.clone(), Arc::new(pyramid));
    let artwork_id = row.artwork_id;
    update(pool, row.id, move |conn, id| {
        conn.transaction(|conn| {
            diesel::update(images::table.find(id))
                .set((
                    images::state.eq(ImageState::Ready.as_str()),
                    images::width.eq(Some(width)),
                    images::height.eq(Some(height)),
                    images::color.eq(Some(color)),
                    images::error.eq(None::<String>),
                    images::next_attempt_at.eq(None::<NaiveDateTime>),
                    images::updated_at.eq(now()),
                ))
                .execute(conn)?;
            changes::record(conn, Entity::Artwork, artwork_id)?;
            Ok(1)
        })
    })
}

/// What an original gives: the decoded image and its renditions under their IIIF names.
pub struct Renditions {
    pub pyramid: Pyramid,
    pub files: Vec<(String, Bytes)>,
}

/// Decodes a stored original and makes its renditions.
pub fn renditions(key: &str, original: &[u8], max_pixels: u64) -> Result<Renditions, Refusal> {
    let decoded = pixels::decode(original, max_pixels)?;
    let pyramid = Pyramid::new(decoded.image);
    let (w, h) = (pyramid.width(), pyramid.height());
    let mut files = Vec::new();
    for longest in [THUMBNAIL_SIZE, DISPLAY_SIZE] {
        let (tw, th) = fit(w, h, longest);
        for format in ["jpg", "webp"] {
            let request = ImageRequest::parse(
                "full",
                &format!("{tw},{th}"),
                "0",
                &format!("default.{format}"),
            )
            .and_then(|r| r.resolve(w, h, u64::MAX))
            .expect("a rendition is a valid request");
            let bytes = pyramid.render(request.region, &request.output);
            files.push((tile_key(key, &request.canonical()), Bytes::from(bytes)));
        }
    }
    Ok(Renditions { pyramid, files })
}

/// Marks an image failed for good, with why.
fn fail(pool: &Pool, row: &ImageRow, why: &str) -> Result<(), String> {
    tracing::info!(image = %row.key, reason = why, "image failed");
    let why = why.to_owned();
    update(pool, row.id, move |conn, id| {
        diesel::update(images::table.find(id))
            .set((
                images::state.eq(ImageState::Failed.as_str()),
                images::error.eq(Some(why)),
                images::attempts.eq(images::attempts + 1),
                images::next_attempt_at.eq(None::<NaiveDateTime>),
                images::updated_at.eq(now()),
            ))
            .execute(conn)
    })
}

fn update(
    pool: &Pool,
    id: i64,
    change: impl FnOnce(&mut DbConnection, i64) -> QueryResult<usize>,
) -> Result<(), String> {
    let mut conn = pool.get().map_err(|e| e.to_string())?;
    change(&mut conn, id).map(drop).map_err(|e| e.to_string())
}
