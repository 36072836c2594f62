//! Images of works: storage, uploads and links, renditions, and the IIIF
//! Image and Presentation APIs.
//!
//! A partner's file is checked and decoded in the request; only a file that
//! decodes is stored (`images/{key}/original`) and recorded, in state
//! `processing`. A link is recorded in state `fetching`. The worker
//! (`worker.rs`) takes both from the database, so work a stopped server left
//! is picked up again when one starts. Renditions and IIIF tiles are stored
//! under `iiif/{key}/{canonical request}` and kept in memory while hot.

pub mod fetch;
pub mod iiif;
mod presentation;
mod routes;
mod serve;

pub use routes::is_upload_path;
pub mod storage;
pub use vcm_pixels as pixels;
mod worker;

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use bytes::Bytes;

use crate::config::Config;
use crate::error::ApiError;
use pixels::Pyramid;
pub use storage::Storage;

/// The public IIIF routes and the partner's image routes.
pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    routes::configure(config);
}

/// The IIIF routes, outside `/api/v1`.
pub fn configure_iiif(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    presentation::configure(config);
    serve::configure(config);
}

pub use worker::spawn as spawn_worker;

/// What a tile request needs to know of an image, kept in memory for a minute.
#[derive(Debug, Clone)]
struct Info {
    width: u32,
    height: u32,
    rights: Option<String>,
    checked: Instant,
}

/// How long an image's size and presence are trusted without asking the database.
const INFO_TTL: Duration = Duration::from_secs(60);

/// The limits uploads and links are held to.
#[derive(Debug, Clone)]
pub struct Limits {
    pub max_bytes: u64,
    pub max_pixels: u64,
}

/// The image service: storage, limits, caches and the worker's doorbell.
#[derive(Debug)]
pub struct Media {
    pub storage: Storage,
    pub limits: Limits,
    pub fetch: fetch::Guard,
    fetch_timeout: Duration,
    infos: quick_cache::sync::Cache<String, Info>,
    tiles: quick_cache::sync::Cache<String, Bytes, BytesWeight>,
    sources: quick_cache::sync::Cache<String, Arc<Pyramid>, PyramidWeight>,
    wake: Sender<()>,
}

#[derive(Debug, Clone)]
struct BytesWeight;

impl quick_cache::Weighter<String, Bytes> for BytesWeight {
    fn weight(&self, key: &String, value: &Bytes) -> u64 {
        (key.len() + value.len()) as u64 + 64
    }
}

#[derive(Debug, Clone)]
struct PyramidWeight;

impl quick_cache::Weighter<String, Arc<Pyramid>> for PyramidWeight {
    fn weight(&self, _key: &String, value: &Arc<Pyramid>) -> u64 {
        value.bytes().max(1)
    }
}

impl Media {
    /// The service the settings describe, and the receiving end of its
    /// doorbell for the worker.
    pub fn open(config: &Config) -> Result<(Arc<Self>, Receiver<()>), String> {
        let storage = Storage::open(config)?;
        let fetch = fetch::Guard::new(&config.fetch_allow)?;
        let (wake, rx) = channel();
        // A quarter of the memory for encoded tiles, the rest for decoded images.
        let tile_bytes = (config.image_cache_bytes / 4).max(1 << 20);
        let source_bytes = config
            .image_cache_bytes
            .saturating_sub(tile_bytes)
            .max(1 << 20);
        Ok((
            Arc::new(Self {
                storage,
                limits: Limits {
                    max_bytes: config.max_image_bytes,
                    max_pixels: config.max_image_pixels,
                },
                fetch,
                fetch_timeout: Duration::from_secs(config.fetch_timeout),
                infos: quick_cache::sync::Cache::new(100_000),
                tiles: quick_cache::sync::Cache::with_weighter(
                    (tile_bytes / 16_384) as usize,
                    tile_bytes,
                    BytesWeight,
                ),
                sources: quick_cache::sync::Cache::with_weighter(64, source_bytes, PyramidWeight),
                wake,
            }),
            rx,
        ))
    }

    /// Tells the worker there is work.
    pub fn wake(&self) {
        let _ = self.wake.send(());
    }

    /// Drops what memory holds of an image that is gone.
    pub fn forget(&self, key: &str) {
        self.infos.remove(key);
        self.sources.remove(key);
    }

    /// Deletes an image's files: the original, renditions and tiles.
    pub async fn delete_files(&self, key: &str) -> Result<(), storage::StorageError> {
        self.forget(key);
        self.storage.delete_all(&format!("images/{key}")).await?;
        self.storage.delete_all(&format!("iiif/{key}")).await
    }
}

/// The storage key of an image's original file.
pub fn original_key(key: &str) -> String {
    format!("images/{key}/original")
}

/// The storage (and memory) key of a generated image.
fn tile_key(key: &str, canonical: &str) -> String {
    format!("iiif/{key}/{canonical}")
}

/// A storage failure as an answer: the service is unavailable, try again.
impl From<storage::StorageError> for ApiError {
    fn from(e: storage::StorageError) -> Self {
        tracing::error!(error = %e, "image storage failed");
        ApiError::new(
            vcm_shared::ErrorCode::Unavailable,
            "image storage is unavailable; try again shortly",
        )
    }
}
