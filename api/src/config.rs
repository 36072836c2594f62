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
}

impl Config {
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
