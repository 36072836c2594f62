//! Where image files live: a folder under the data directory, or an
//! S3-compatible bucket, both through `object_store`.

use std::sync::Arc;

use bytes::Bytes;
use futures_util::StreamExt;
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};

use crate::config::Config;

/// The image store.
#[derive(Debug, Clone)]
pub struct Storage {
    store: Arc<dyn ObjectStore>,
}

/// A storage failure, with what was being done.
#[derive(Debug, thiserror::Error)]
#[error("storage: {0}")]
pub struct StorageError(String);

impl Storage {
    /// The store the settings name: S3 when `VCM_S3_BUCKET` is set, else
    /// `<data dir>/media`.
    pub fn open(config: &Config) -> Result<Self, String> {
        let store: Arc<dyn ObjectStore> = match &config.s3_bucket {
            Some(bucket) => {
                let mut builder = object_store::aws::AmazonS3Builder::new()
                    .with_bucket_name(bucket)
                    .with_region(&config.s3_region);
                if let Some(endpoint) = &config.s3_endpoint {
                    builder = builder
                        .with_endpoint(endpoint)
                        .with_allow_http(endpoint.starts_with("http://"));
                }
                if let (Some(id), Some(secret)) =
                    (&config.s3_access_key_id, &config.s3_secret_access_key)
                {
                    builder = builder
                        .with_access_key_id(id)
                        .with_secret_access_key(secret);
                }
                Arc::new(
                    builder
                        .build()
                        .map_err(|e| format!("cannot use the S3 bucket {bucket}: {e}"))?,
                )
            }
            None => {
                let folder = config.data_dir.join("media");
                std::fs::create_dir_all(&folder)
                    .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
                Arc::new(
                    object_store::local::LocalFileSystem::new_with_prefix(&folder)
                        .map_err(|e| format!("cannot use {}: {e}", folder.display()))?,
                )
            }
        };
        Ok(Self { store })
    }

    /// Stores an object, replacing any of that name.
    pub async fn put(&self, key: &str, bytes: Bytes) -> Result<(), StorageError> {
        self.store
            .put(&Path::from(key), PutPayload::from_bytes(bytes))
            .await
            .map(drop)
            .map_err(|e| StorageError(format!("writing {key}: {e}")))
    }

    /// An object, or `None` when there is none of that name.
    pub async fn get(&self, key: &str) -> Result<Option<Bytes>, StorageError> {
        match self.store.get(&Path::from(key)).await {
            Ok(found) => found
                .bytes()
                .await
                .map(Some)
                .map_err(|e| StorageError(format!("reading {key}: {e}"))),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(StorageError(format!("reading {key}: {e}"))),
        }
    }

    /// Deletes every object whose name starts with `prefix/`.
    pub async fn delete_all(&self, prefix: &str) -> Result<(), StorageError> {
        let listed: Vec<_> = self.store.list(Some(&Path::from(prefix))).collect().await;
        for meta in listed {
            let meta = meta.map_err(|e| StorageError(format!("listing {prefix}: {e}")))?;
            match self.store.delete(&meta.location).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
                Err(e) => return Err(StorageError(format!("deleting {}: {e}", meta.location))),
            }
        }
        Ok(())
    }
}
