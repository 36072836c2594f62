//! The database: one schema over SQLite (the embedded default) and PostgreSQL
//! (for scale), chosen by the scheme of `VCM_DATABASE_URL`.

pub mod schema;

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::error::ApiError;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/postgres");

/// A connection to either backend; queries written once run on both.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(diesel::SqliteConnection),
    Pg(diesel::PgConnection),
}

/// Which backend a database URL names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// A SQLite file path (`sqlite://data/vcm.db`, `sqlite:///abs/vcm.db`).
    Sqlite(String),
    /// A PostgreSQL URL (`postgres://…` or `postgresql://…`).
    Postgres(String),
}

impl DatabaseUrl {
    pub fn parse(url: &str) -> Result<Self, String> {
        if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err("a sqlite:// URL needs a file path, e.g. sqlite://data/vcm.db".into());
            }
            Ok(Self::Sqlite(path.to_owned()))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Self::Postgres(url.to_owned()))
        } else {
            Err(format!(
                "unsupported database URL {url:?}: use sqlite://PATH or postgres://USER@HOST/DB"
            ))
        }
    }

    /// The URL without a password, for logs.
    pub fn redacted(&self) -> String {
        match self {
            Self::Sqlite(path) => format!("sqlite://{path}"),
            Self::Postgres(url) => match (url.find("://"), url.rfind('@')) {
                (Some(start), Some(at)) if at > start => {
                    let userinfo = &url[start + 3..at];
                    let user = userinfo.split(':').next().unwrap_or_default();
                    format!("{}{user}:***{}", &url[..start + 3], &url[at..])
                }
                _ => url.clone(),
            },
        }
    }
}

/// Opens connections of the backend the URL names, so that the real cause of a
/// failure ("connection refused", "unable to open database file") reaches the user.
#[derive(Debug, Clone)]
pub struct Manager(DatabaseUrl);

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<DbConnection, Self::Error> {
        establish(&self.0)
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), Self::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut DbConnection) -> bool {
        false
    }
}

pub type Pool = r2d2::Pool<Manager>;

/// Opens one connection of the backend the URL names, set up as the server uses it.
pub fn establish(url: &DatabaseUrl) -> Result<DbConnection, r2d2::Error> {
    match url {
        DatabaseUrl::Sqlite(path) => {
            let mut conn =
                diesel::SqliteConnection::establish(path).map_err(r2d2::Error::ConnectionError)?;
            // The busy timeout first: switching to WAL waits for a lock too, and
            // fails at once ("database is locked") while another connection
            // migrates or loads the demo.
            conn.batch_execute(
                "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; \
                 PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
            )
            .map_err(r2d2::Error::QueryError)?;
            Ok(DbConnection::Sqlite(conn))
        }
        DatabaseUrl::Postgres(url) => diesel::PgConnection::establish(url)
            .map(DbConnection::Pg)
            .map_err(r2d2::Error::ConnectionError),
    }
}

/// Opens a pool, creating a SQLite file's folder if needed. Fails with the real
/// cause when the database cannot be reached.
pub fn connect(url: &DatabaseUrl, size: u32) -> Result<Pool, String> {
    if let DatabaseUrl::Sqlite(path) = url
        && let Some(dir) = std::path::Path::new(path).parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let manager = Manager(url.clone());
    // Try once directly, so the error is the database's, not the pool's timeout.
    manager
        .connect()
        .map_err(|e| format!("cannot open {}: {e}", url.redacted()))?;
    r2d2::Pool::builder()
        .max_size(size)
        .connection_timeout(Duration::from_secs(10))
        .build(manager)
        .map_err(|e| format!("cannot open {}: {e}", url.redacted()))
}

/// Applies every pending migration of the connection's backend; returns how many ran.
pub fn migrate(conn: &mut DbConnection) -> Result<usize, String> {
    let applied = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
        DbConnection::Pg(c) => c
            .run_pending_migrations(POSTGRES_MIGRATIONS)
            .map(|v| v.len()),
    };
    applied.map_err(|e| format!("migration failed: {e}"))
}

/// Runs `work` in a write transaction. On SQLite the transaction takes the
/// write lock before its first read (like `BEGIN IMMEDIATE`), so two writers
/// queue on the busy timeout instead of one failing with "database is locked"
/// when both read and then try to write.
pub fn write<T, E, F>(conn: &mut DbConnection, work: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    use diesel::connection::Connection;
    conn.transaction(|conn| {
        if matches!(conn, DbConnection::Sqlite(_)) {
            // A write statement that changes nothing still takes the lock.
            diesel::sql_query("DELETE FROM secrets WHERE name = ''").execute(conn)?;
        }
        work(conn)
    })
}

/// Runs blocking database work off the async executor.
pub async fn run<T, F>(pool: &Pool, work: F) -> Result<T, ApiError>
where
    F: FnOnce(&mut DbConnection) -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    let pool = pool.clone();
    actix_web::web::block(move || {
        let mut conn = pool.get().map_err(ApiError::Pool)?;
        work(&mut conn)
    })
    .await
    .map_err(|_| ApiError::internal("database task was cancelled"))?
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::path::Path;

    /// Each migration's name → which files it has, for one backend's tree.
    fn tree(backend: &str) -> BTreeMap<String, Vec<String>> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../migrations")
            .join(backend);
        std::fs::read_dir(&root)
            .unwrap()
            .map(|e| {
                let dir = e.unwrap().path();
                let mut files: Vec<_> = std::fs::read_dir(&dir)
                    .unwrap()
                    .map(|f| f.unwrap().file_name().to_string_lossy().into_owned())
                    .collect();
                files.sort();
                (
                    dir.file_name().unwrap().to_string_lossy().into_owned(),
                    files,
                )
            })
            .collect()
    }

    #[test]
    fn both_migration_trees_hold_the_same_migrations() {
        let sqlite = tree("sqlite");
        assert!(!sqlite.is_empty());
        assert_eq!(sqlite, tree("postgres"));
        for files in sqlite.values() {
            assert_eq!(files, &["down.sql", "up.sql"]);
        }
    }

    #[test]
    fn database_urls_choose_the_backend_by_scheme() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://data/vcm.db"),
            Ok(DatabaseUrl::Sqlite("data/vcm.db".into()))
        );
        assert!(matches!(
            DatabaseUrl::parse("postgresql://u@h/db"),
            Ok(DatabaseUrl::Postgres(_))
        ));
        assert!(DatabaseUrl::parse("mysql://x").is_err());
        assert!(DatabaseUrl::parse("sqlite://").is_err());
        assert_eq!(
            DatabaseUrl::parse("postgres://vcm:secret@db:5432/vcm")
                .unwrap()
                .redacted(),
            "postgres://vcm:***@db:5432/vcm"
        );
    }

    #[test]
    fn a_sqlite_database_is_migrated_with_foreign_keys_on() {
        let dir = std::env::temp_dir().join(format!("vcm-db-test-{}", std::process::id()));
        let url = DatabaseUrl::Sqlite(dir.join("t.db").to_string_lossy().into_owned());
        let pool = connect(&url, 1).unwrap();
        let mut conn = pool.get().unwrap();
        assert_eq!(migrate(&mut conn).unwrap(), tree("sqlite").len());
        assert_eq!(migrate(&mut conn).unwrap(), 0);
        let err = conn.batch_execute(
            "INSERT INTO museums (slug, name, country_code, city, description, membership_status, created_at, updated_at) \
             VALUES ('m', 'M', 'XX', 'c', 'd', 'active', '2026-01-01', '2026-01-01')",
        );
        assert!(
            err.is_err(),
            "a museum in an unknown country must be refused"
        );
        drop(conn);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
