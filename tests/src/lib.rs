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
    /// The server's search index, to see how far it has followed the change log.
    pub search: std::sync::Arc<vcm_api::search::Search>,
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
    /// Send email through this SMTP relay (`smtp://127.0.0.1:PORT`).
    pub smtp_url: Option<String>,
    /// Web origins allowed to call the API cross-origin.
    pub cors_origins: Vec<String>,
    /// The largest image upload [default: 8 MiB].
    pub max_image_bytes: Option<u64>,
    /// Addresses image links may reach although not public (`VCM_FETCH_ALLOW`).
    pub fetch_allow: Vec<String>,
    /// Store images in this S3-compatible bucket instead of the data folder.
    pub s3: Option<S3Bucket>,
}

/// A bucket on an S3-compatible server.
#[derive(Debug, Clone)]
pub struct S3Bucket {
    /// `http://127.0.0.1:PORT`.
    pub endpoint: String,
    pub bucket: String,
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
            database_url: Some(database_url),
            bind: "127.0.0.1:0".into(),
            web_dir: options
                .web_dir
                .unwrap_or_else(|| data_dir.path().join("no-web-app")),
            pool_size: 4,
            max_body_bytes: 64 * 1024,
            workers: Some(1),
            max_import_bytes: 64 * 1024 * 1024,
            max_application_bytes: 256 * 1024,
            cors_origins: options.cors_origins.clone(),
            smtp_url: options.smtp_url.clone(),
            max_image_bytes: options.max_image_bytes.unwrap_or(8 * 1024 * 1024),
            image_cache_bytes: 64 * 1024 * 1024,
            fetch_allow: options.fetch_allow.clone(),
            s3_bucket: options.s3.as_ref().map(|s3| s3.bucket.clone()),
            s3_endpoint: options.s3.as_ref().map(|s3| s3.endpoint.clone()),
            s3_access_key_id: options.s3.as_ref().map(|_| "vcm-test".into()),
            s3_secret_access_key: options.s3.as_ref().map(|_| "vcm-test-secret".into()),
            ..Config::new(data_dir.path())
        };
        let (prepared, config) = tokio::task::spawn_blocking(move || {
            let p = vcm_api::prepare(&config, options.demo).expect("the database is prepared");
            (p, config)
        })
        .await
        .unwrap();
        let search = prepared.search.clone();
        let (server, addrs) = vcm_api::start(&config, prepared).expect("the server binds");
        tokio::spawn(server);
        TestApp {
            backend,
            search,
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

    /// Creates an account directly (as `vcm user create` does): an editor of
    /// `museum`, or an admin when it is `None`. Returns its password.
    pub fn add_user(&self, email: &str, museum: Option<&str>) -> String {
        use diesel::prelude::*;
        use vcm_api::db::schema::museums;
        let password = format!("pw-{email}-long-enough");
        let mut conn = self.db();
        let museum_id = museum.map(|slug| {
            museums::table
                .filter(museums::slug.eq(slug))
                .select(museums::id)
                .first::<i64>(&mut conn)
                .expect("the museum exists")
        });
        let role = if museum.is_some() {
            vcm_shared::Role::Editor
        } else {
            vcm_shared::Role::Admin
        };
        let hash = vcm_api::auth::hash_password(&password).unwrap();
        vcm_api::auth::routes::create_user(&mut conn, email, email, role, museum_id, Some(hash))
            .expect("the account is created");
        password
    }

    /// Signs in; returns the session and the refresh cookie's value.
    pub async fn login(&self, email: &str, password: &str) -> (vcm_shared::Session, String) {
        let res = self
            .client
            .post(self.url("/api/v1/auth/login"))
            .json(&serde_json::json!({ "email": email, "password": password }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{:?} login {email}", self.backend);
        let cookie = refresh_cookie(&res).expect("a refresh cookie");
        (res.json().await.unwrap(), cookie)
    }

    /// A new editor of `museum`, signed in: its access token.
    pub async fn editor_token(&self, email: &str, museum: &str) -> String {
        let password = self.add_user(email, Some(museum));
        self.login(email, &password).await.0.access_token
    }

    /// A new admin, signed in: its access token.
    pub async fn admin_token(&self, email: &str) -> String {
        let password = self.add_user(email, None);
        self.login(email, &password).await.0.access_token
    }

    /// An API client of the editor's museum and a token for it: (client_id, token).
    pub async fn client_token(&self, editor_token: &str) -> (String, String) {
        let created: serde_json::Value = self
            .call("POST", "/api/v1/partner/clients", Some(editor_token))
            .json(&serde_json::json!({ "name": "Collection system" }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let id = created["client"]["client_id"].as_str().unwrap().to_owned();
        let secret = created["client_secret"].as_str().unwrap();
        let token: serde_json::Value = self
            .client
            .post(self.url("/api/v1/oauth/token"))
            .form(&[
                ("grant_type", "client_credentials"),
                ("client_id", &id),
                ("client_secret", secret),
            ])
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        (id, token["access_token"].as_str().unwrap().to_owned())
    }

    /// Edits one of the caller's works through the partner API (read, change,
    /// `PUT` with `If-Match`), as a museum's editor would.
    pub async fn edit_artwork(
        &self,
        token: &str,
        slug: &str,
        edit: impl FnOnce(&mut vcm_shared::ArtworkInput),
    ) {
        let path = format!("/api/v1/partner/artworks/{slug}");
        let res = self.call("GET", &path, Some(token)).send().await.unwrap();
        assert_eq!(res.status(), 200, "{:?} GET {path}", self.backend);
        let etag = res.headers()["etag"].to_str().unwrap().to_owned();
        let a = res
            .json::<vcm_shared::PartnerArtwork>()
            .await
            .unwrap()
            .artwork;
        let mut input = vcm_shared::ArtworkInput::from(&a);
        edit(&mut input);
        let res = self
            .call("PUT", &path, Some(token))
            .header("if-match", etag)
            .json(&input)
            .send()
            .await
            .unwrap();
        assert_eq!(
            res.status(),
            200,
            "{:?} PUT {path}: {}",
            self.backend,
            res.text().await.unwrap()
        );
    }

    /// The server through the typed client, without credentials.
    pub fn api(&self) -> vcm_shared::client::Client {
        vcm_shared::client::Client::using(self.client.clone(), &self.base)
    }

    /// The server through the typed client, with this access token.
    pub fn api_as(&self, token: &str) -> vcm_shared::client::Client {
        self.api().with_token(token)
    }

    /// GETs with a bearer token; answers the JSON body, whatever the status.
    pub async fn get_as(&self, path: &str, token: &str) -> serde_json::Value {
        self.call("GET", path, Some(token))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    /// A request with an optional bearer token.
    pub fn call(&self, method: &str, path: &str, token: Option<&str>) -> reqwest::RequestBuilder {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let req = self.client.request(method, self.url(path));
        match token {
            Some(t) => req.bearer_auth(t),
            None => req,
        }
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

    /// GETs JSON that is not under the API's base (IIIF, feeds), asserting
    /// a 200, and reads it as a `T`.
    pub async fn read<T: serde::de::DeserializeOwned>(&self, path: &str) -> T {
        serde_json::from_value(self.get_json(path).await)
            .unwrap_or_else(|e| panic!("{:?} GET {path}: {e}", self.backend))
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

/// Asserts that a typed call was refused with `status` and `code` (a
/// problem document), answering the problem.
pub fn refused<T: std::fmt::Debug>(
    answer: Result<T, vcm_shared::client::ApiError>,
    status: u16,
    code: vcm_shared::ErrorCode,
    what: &str,
) -> vcm_shared::Problem {
    match answer {
        Err(vcm_shared::client::ApiError::Problem(p)) => {
            assert_eq!((p.status, p.code), (status, code), "{what}: {p:?}");
            p
        }
        other => panic!("{what}: expected {status} {code:?}, got {other:?}"),
    }
}

/// The value of the `vcm_refresh` cookie a response sets.
pub fn refresh_cookie(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix("vcm_refresh="))
        .map(|c| c.split(';').next().unwrap_or("").to_owned())
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

/// A stand-in for a built web app (what `cargo xtask web` writes), enough for
/// the server to render pages and serve files: the manifest naming the
/// stylesheet and two public bundles (the lite one without the search page's
/// island), their files (a script with a brotli copy), and the console's page.
pub fn built_web_app() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let assets = dir.path().join("assets");
    std::fs::create_dir_all(&assets).unwrap();
    std::fs::write(
        dir.path().join("manifest.json"),
        r#"{"css":"/assets/style-a1.css","bundles":[
            {"name":"lite","js":"/assets/vcm-lite-d4.js","wasm":"/assets/vcm-lite-d4_bg.wasm"},
            {"name":"search","js":"/assets/vcm-search-b2.js","wasm":"/assets/vcm-search-b2_bg.wasm"}],
            "locales":{"en":"/assets/locale-en-e1.ftl","ko":"/assets/locale-ko-k1.ftl"}}"#,
    )
    .unwrap();
    for (name, content) in [
        ("style-a1.css", "body{}"),
        (
            "vcm-lite-d4.js",
            "export function SearchBox_1(el) {}\nexport default 3;",
        ),
        ("vcm-lite-d4_bg.wasm", "\0asm"),
        (
            "vcm-search-b2.js",
            "export function SearchBox_1(el) {}\nexport function SearchView_2(el) {}\nexport default 1;",
        ),
        ("vcm-search-b2.js.br", "brotli bytes"),
        ("vcm-search-b2_bg.wasm", "\0asm"),
        ("vcm-console-c3.js", "export default 2;"),
        ("locale-en-e1.ftl", "site-name = Virtual Collection"),
        ("locale-ko-k1.ftl", "site-name = 가상 컬렉션"),
    ] {
        std::fs::write(assets.join(name), content).unwrap();
    }
    std::fs::write(
        dir.path().join("console.html"),
        "<!doctype html><html lang=\"%LANG%\"><meta name=\"description\" content=\"%DESCRIPTION%\"><title>%TITLE%</title>\
         <script>fetch('%FTL%')</script><noscript>%NOSCRIPT%</noscript>",
    )
    .unwrap();
    dir
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
/// The shared real data beside the repository, `../shared/data` (or `VCM_SHARED_DATA`).
pub fn shared_data() -> PathBuf {
    std::env::var("VCM_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|_| repo_root().join("../shared/data"))
}

pub fn repo_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}
