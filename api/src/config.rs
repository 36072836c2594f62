//! Settings, from the command line or `VCM_*` environment variables.

use std::path::PathBuf;

use crate::db::DatabaseUrl;

/// Every setting of the server. Each has an environment variable; the README's
/// configuration table lists them.
#[derive(Debug, Clone, clap::Args)]
pub struct Config {
    /// Folder for the SQLite database, media and search index.
    #[arg(long, env = "VCM_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// Database URL: sqlite://PATH or postgres://USER@HOST/DB [default: sqlite://<data dir>/vcm.db].
    #[arg(long, env = "VCM_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Address and port to listen on.
    #[arg(long, env = "VCM_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// Folder of the built web app, served at `/`.
    #[arg(long, env = "VCM_WEB_DIR", default_value = "web/dist")]
    pub web_dir: PathBuf,
    /// Database connections per server process.
    #[arg(long, env = "VCM_DB_POOL_SIZE", default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=256))]
    pub pool_size: u32,
    /// The largest request body accepted, in bytes.
    #[arg(long, env = "VCM_MAX_BODY_BYTES", default_value_t = 1_048_576)]
    pub max_body_bytes: usize,
    /// How long shared caches and browsers may keep public answers, in seconds.
    #[arg(long, env = "VCM_CACHE_MAX_AGE", default_value_t = 60)]
    pub cache_max_age: u32,
    /// HTTP worker threads [default: one per core].
    #[arg(long, env = "VCM_WORKERS")]
    pub workers: Option<usize>,
    /// The largest import file accepted, in bytes.
    #[arg(long, env = "VCM_MAX_IMPORT_BYTES", default_value_t = 268_435_456)]
    pub max_import_bytes: u64,
    /// The largest signed application (PDF) a museum may attach when applying, in bytes.
    #[arg(long, env = "VCM_MAX_APPLICATION_BYTES", default_value_t = vcm_shared::MAX_APPLICATION_PDF_BYTES)]
    pub max_application_bytes: usize,
    /// The key that signs access tokens (at least 32 characters); every server
    /// of one deployment needs the same [default: a random key kept in the database].
    #[arg(long, env = "VCM_JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<String>,
    /// How long an access token is valid, in seconds.
    #[arg(long, env = "VCM_ACCESS_TOKEN_TTL", default_value_t = 900, value_parser = clap::value_parser!(u64).range(30..=86_400))]
    pub access_token_ttl: u64,
    /// How long a sign-in lasts without use, in days (each refresh renews it).
    #[arg(long, env = "VCM_REFRESH_TOKEN_DAYS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=365))]
    pub refresh_token_days: u64,
    /// Web origins allowed to call the API from a browser, comma-separated
    /// (e.g. `https://collection.example.org`); the app's own origin needs none.
    #[arg(long, env = "VCM_CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Vec<String>,
    /// The platform's public address, for links in emails.
    #[arg(long, env = "VCM_PUBLIC_URL", default_value = "http://127.0.0.1:8080")]
    pub public_url: String,
    /// SMTP relay for outgoing email, `smtp://HOST:PORT` (no TLS; a local relay)
    /// [default: emails are written as files under <data dir>/outbox].
    #[arg(long, env = "VCM_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// The sender address of outgoing email.
    #[arg(
        long,
        env = "VCM_MAIL_FROM",
        default_value = "VCM <no-reply@vcm.invalid>"
    )]
    pub mail_from: String,
    /// The quota of published works (and works in review) given to a museum
    /// when it joins; the secretariat can change a museum's own.
    #[arg(long, env = "VCM_MASTERPIECE_QUOTA", default_value_t = vcm_shared::rules::DEFAULT_MASTERPIECE_QUOTA, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub masterpiece_quota: u32,
    /// The largest image file a partner may upload or link, in bytes.
    #[arg(long, env = "VCM_MAX_IMAGE_BYTES", default_value_t = 104_857_600)]
    pub max_image_bytes: u64,
    /// The most pixels (width × height) an image may have; larger ones are
    /// refused before they are decoded (decompression-bomb protection).
    #[arg(long, env = "VCM_MAX_IMAGE_PIXELS", default_value_t = 100_000_000, value_parser = clap::value_parser!(u64).range(1..=1_000_000_000))]
    pub max_image_pixels: u64,
    /// Memory for decoded images and generated IIIF tiles, in bytes.
    #[arg(long, env = "VCM_IMAGE_CACHE_BYTES", default_value_t = 536_870_912)]
    pub image_cache_bytes: u64,
    /// Store images in this S3 bucket instead of `<data dir>/media`.
    #[arg(long, env = "VCM_S3_BUCKET")]
    pub s3_bucket: Option<String>,
    /// The S3 region.
    #[arg(long, env = "VCM_S3_REGION", default_value = "us-east-1")]
    pub s3_region: String,
    /// An S3-compatible endpoint, e.g. `http://127.0.0.1:9000` [default: AWS].
    #[arg(long, env = "VCM_S3_ENDPOINT")]
    pub s3_endpoint: Option<String>,
    /// The S3 access key id [default: from the environment, as AWS tools read it].
    #[arg(long, env = "VCM_S3_ACCESS_KEY_ID")]
    pub s3_access_key_id: Option<String>,
    /// The S3 secret access key.
    #[arg(long, env = "VCM_S3_SECRET_ACCESS_KEY", hide_env_values = true)]
    pub s3_secret_access_key: Option<String>,
    /// How long fetching an image from a museum's link may take, in seconds.
    #[arg(long, env = "VCM_FETCH_TIMEOUT", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub fetch_timeout: u64,
    /// Addresses image links may reach although they are private, loopback or
    /// link-local (refused otherwise), comma-separated IPs or CIDR blocks,
    /// e.g. `10.1.0.0/16`.
    #[arg(long, env = "VCM_FETCH_ALLOW", value_delimiter = ',')]
    pub fetch_allow: Vec<String>,
}

impl Config {
    /// The defaults the command line has, for a data folder; for embedding the
    /// server (tests, benchmarks) without reading the environment.
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        Self {
            data_dir: data_dir.into(),
            database_url: None,
            bind: "127.0.0.1:8080".into(),
            web_dir: "web/dist".into(),
            pool_size: 8,
            max_body_bytes: 1_048_576,
            cache_max_age: 60,
            workers: None,
            max_import_bytes: 268_435_456,
            max_application_bytes: vcm_shared::MAX_APPLICATION_PDF_BYTES,
            jwt_secret: None,
            access_token_ttl: 900,
            refresh_token_days: 30,
            cors_origins: Vec::new(),
            public_url: "http://127.0.0.1:8080".into(),
            smtp_url: None,
            mail_from: "VCM <no-reply@vcm.invalid>".into(),
            masterpiece_quota: vcm_shared::rules::DEFAULT_MASTERPIECE_QUOTA,
            max_image_bytes: 104_857_600,
            max_image_pixels: 100_000_000,
            image_cache_bytes: 536_870_912,
            s3_bucket: None,
            s3_region: "us-east-1".into(),
            s3_endpoint: None,
            s3_access_key_id: None,
            s3_secret_access_key: None,
            fetch_timeout: 60,
            fetch_allow: Vec::new(),
        }
    }

    /// The database URL in force: the setting, or the SQLite file in the data folder.
    pub fn database(&self) -> Result<DatabaseUrl, String> {
        match &self.database_url {
            Some(url) => DatabaseUrl::parse(url),
            None => Ok(DatabaseUrl::Sqlite(
                self.data_dir.join("vcm.db").to_string_lossy().into_owned(),
            )),
        }
    }
}

/// The settings handlers read.
#[derive(Debug, Clone)]
pub struct Settings {
    pub data_dir: PathBuf,
    pub public_url: String,
    pub refresh_token_days: u64,
    pub max_import_bytes: u64,
    pub max_application_bytes: usize,
    /// The quota a museum gets when it joins.
    pub masterpiece_quota: u32,
}
