//! The harness of the end-to-end tests: the real server on port 0 with its own
//! fresh database, SQLite always and PostgreSQL when `VCM_TEST_POSTGRES_URL` is set.

pub mod corpus;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use diesel::{Connection, PgConnection, RunQueryDsl};
use vcm_api::config::Config;

/// Which database a test app runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A running server with its own database, dropped with the test.
#[derive(Debug)]
pub struct TestApp {
    pub backend: Backend,
    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub base: String,
    pub client: reqwest::Client,
    /// The settings the server runs with (its database, its data folder).
    pub config: Config,
    _data_dir: tempfile::TempDir,
    _pg: Option<PgDatabase>,
}

/// How to start a test app.
#[derive(Debug, Default, Clone)]
pub struct Options {
    /// A built web app to serve; tests of the web app's fallback make one.
    pub web_dir: Option<PathBuf>,
    /// Load the demo collection.
    pub demo: bool,
    /// Share this database (another app's `config.database_url`) instead of a fresh one.
    pub database_url: Option<String>,
}

impl TestApp {
    /// One app per available backend, each with the demo collection loaded.
    pub async fn each_backend() -> Vec<TestApp> {
        Self::each_backend_with(Options {
            demo: true,
            ..Options::default()
        })
        .await
    }

    pub async fn each_backend_with(options: Options) -> Vec<TestApp> {
        let mut apps = vec![Self::spawn(Backend::Sqlite, options.clone()).await];
        if postgres_admin_url().is_some() {
            apps.push(Self::spawn(Backend::Postgres, options).await);
        }
        apps
    }

    pub async fn spawn(backend: Backend, options: Options) -> TestApp {
        let data_dir = tempfile::tempdir().expect("a temporary folder");
        let pg = match (backend, &options.database_url) {
            (Backend::Postgres, None) => Some(PgDatabase::create()),
            _ => None,
        };
        let database_url = match (&options.database_url, &pg) {
            (Some(shared), _) => shared.clone(),
            (None, Some(db)) => db.url.clone(),
            (None, None) => format!("sqlite://{}", data_dir.path().join("vcm.db").display()),
        };
        let config = Config {
            data_dir: data_dir.path().to_path_buf(),
            database_url: Some(database_url),
            bind: "127.0.0.1:0".into(),
            web_dir: options
                .web_dir
                .unwrap_or_else(|| data_dir.path().join("no-web-app")),
            pool_size: 4,
            max_body_bytes: 64 * 1024,
            cache_max_age: 60,
            workers: Some(1),
        };
        let (prepared, config) = tokio::task::spawn_blocking(move || {
            let p = vcm_api::prepare(&config, options.demo).expect("the database is prepared");
            (p, config)
        })
        .await
        .unwrap();
        let (server, addrs) = vcm_api::start(&config, prepared).expect("the server binds");
        tokio::spawn(server);
        TestApp {
            backend,
            base: format!("http://{}", addrs[0]),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            config,
            _data_dir: data_dir,
            _pg: pg,
        }
    }

    /// A direct connection to the app's database, for arranging what no endpoint can yet.
    pub fn db(&self) -> vcm_api::db::DbConnection {
        let url = self.config.database().expect("a valid database URL");
        vcm_api::db::establish(&url).expect("the database opens")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("the server answers")
    }

    /// GETs JSON, asserting a 200.
    pub async fn get_json(&self, path: &str) -> serde_json::Value {
        let res = self.get(path).await;
        assert_eq!(res.status(), 200, "{:?} GET {path}", self.backend);
        res.json().await.expect("a JSON body")
    }

    /// GETs a problem, asserting its status, content type and code; returns its body.
    pub async fn get_problem(&self, path: &str, status: u16, code: &str) -> serde_json::Value {
        let res = self.get(path).await;
        assert_problem(res, status, code, &format!("{:?} GET {path}", self.backend)).await
    }
}

/// Asserts that a response is an `application/problem+json` with this status and code.
pub async fn assert_problem(
    res: reqwest::Response,
    status: u16,
    code: &str,
    what: &str,
) -> serde_json::Value {
    assert_eq!(res.status(), status, "{what}");
    let content_type = res.headers()["content-type"].to_str().unwrap().to_owned();
    assert_eq!(content_type, "application/problem+json", "{what}");
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["code"], code, "{what}: {body}");
    assert_eq!(body["status"], status, "{what}");
    body
}

/// The PostgreSQL server URL for tests, if set. With `VCM_TEST_REQUIRE_POSTGRES=1`
/// (CI sets it) its absence fails the run instead of skipping.
pub fn postgres_admin_url() -> Option<String> {
    let url = std::env::var("VCM_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty());
    if url.is_none() {
        if std::env::var("VCM_TEST_REQUIRE_POSTGRES").is_ok_and(|v| v == "1") {
            panic!("VCM_TEST_REQUIRE_POSTGRES=1 but VCM_TEST_POSTGRES_URL is not set");
        }
        static SAID: std::sync::Once = std::sync::Once::new();
        SAID.call_once(|| {
            eprintln!("SKIPPED on PostgreSQL: VCM_TEST_POSTGRES_URL is not set (these tests ran on SQLite only)")
        });
    }
    url
}

/// A database of its own on the test PostgreSQL server, dropped afterwards.
#[derive(Debug)]
struct PgDatabase {
    admin_url: String,
    name: String,
    url: String,
}

impl PgDatabase {
    fn create() -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let admin_url = postgres_admin_url().expect("VCM_TEST_POSTGRES_URL is set");
        let name = format!(
            "vcm_test_{}_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .subsec_nanos()
        );
        let mut admin = PgConnection::establish(&admin_url)
            .unwrap_or_else(|e| panic!("cannot reach PostgreSQL at VCM_TEST_POSTGRES_URL: {e}"));
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .unwrap();
        let url = match admin_url.rsplit_once('/') {
            Some((server, _)) => format!("{server}/{name}"),
            None => panic!(
                "VCM_TEST_POSTGRES_URL must name a database, e.g. postgres://postgres@127.0.0.1:5432/postgres"
            ),
        };
        Self {
            admin_url,
            name,
            url,
        }
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut admin) = PgConnection::establish(&self.admin_url) {
            let _ = diesel::sql_query(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .execute(&mut admin);
        }
    }
}

/// Percent-encodes text for a query string.
pub fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The repository's root folder.
pub fn repo_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}
