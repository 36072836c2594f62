//! Assembles the application: routes and their OpenAPI document (registered
//! once, together), middleware, the interactive docs and the web app.

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};

use actix_web::body::BoxBody;
use actix_web::dev::{
    Server, Service, ServiceFactory, ServiceRequest, ServiceResponse, fn_service,
};
use actix_web::{App, HttpResponse, HttpServer, get, web};
use utoipa::OpenApi;
use utoipa_actix_web::{AppExt, scope};
use utoipa_swagger_ui::SwaggerUi;
use vcm_shared::Health;

use crate::auth::{Keys, LoginLimiter};
use crate::config::{Config, Settings};
use crate::db::{self, Pool};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::http::{self, BodyLimit, PathLimit, PublicCache};
use crate::media::{self, Media};
use crate::outbox::{self, Mailer};
use crate::search::{self, Search};
use crate::site::{self, WebApp};
use crate::{admin, auth, collection, demo, membership, museums, partner, review};

/// Declares the bearer-token security scheme the protected endpoints name.
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some(
                        "An access token from `POST /api/v1/auth/login` (people) or \
                         `POST /api/v1/oauth/token` (museum API clients). An operation's \
                         security requirement names the role it needs: `admin` (the \
                         secretariat), `museum` (an editor of the museum, signed in, or \
                         its API client), `editor` (an editor of the museum, signed in) or \
                         `person` (anyone signed in, not an API client). Other callers \
                         get 403 `forbidden`.",
                    ))
                    .build(),
            ),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "VCM API",
        description = "The API of the Virtual Collection of Asian Masterpieces (VCM) and the \
            Asia-Europe Museum Network (ASEMUS). Public reads need no credentials. Errors are \
            `application/problem+json` (RFC 9457) with a stable `code`. Lists are paginated \
            with an opaque `cursor`. Public answers carry an `ETag`; send it back as \
            `If-None-Match` to get `304 Not Modified`. Partner museums write through \
            `/api/v1/partner/...` with a bearer token; see the partner guide, \
            openapi/README.md in the repository.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    tags(
        (name = "collection", description = "Masterpieces contributed by member museums"),
        (name = "museums", description = "Member museums and countries"),
        (name = "search", description = "Search and discovery: free text in any script, facets, suggestions, periods, timeline"),
        (name = "accounts", description = "Sign-in, tokens, passwords, and OAuth 2.0 client credentials for museums' systems"),
        (name = "partner", description = "A museum's own profile, works, imports and API clients (editors and API clients of that museum)"),
        (name = "review", description = "The secretariat's review of nominated works: the queue with its checks, publish, request changes, reject, withdraw (admins)"),
        (name = "membership", description = "Membership applications: apply with a signed PDF and follow it by a private link; the secretariat asks, approves or rejects (admins)"),
        (name = "admin", description = "The secretariat: accounts, museums (profile, membership, quota), API clients, settings, countries, equivalent search terms, the audit log, the outbox (admins)"),
        (name = "operations", description = "Health and readiness probes"),
    ),
    modifiers(&BearerAuth),
)]
struct ApiDoc;

/// The routes that carry an OpenAPI description, and that description.
fn routes() -> (
    App<
        impl ServiceFactory<
            ServiceRequest,
            Config = (),
            Response = ServiceResponse<BoxBody>,
            Error = actix_web::Error,
            InitError = (),
        >,
    >,
    utoipa::openapi::OpenApi,
) {
    let (app, mut doc) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .service(
            scope("/api/v1")
                .configure(collection::configure)
                .configure(museums::configure)
                .configure(search::configure)
                .configure(auth::configure)
                .configure(partner::configure)
                .configure(review::configure)
                .configure(membership::configure)
                .configure(admin::configure)
                .configure(media::configure),
        )
        .service(scope("/iiif/3").configure(media::configure_iiif))
        .service(healthz)
        .service(readyz)
        .split_for_parts();
    http::doc::add_refusals(&mut doc);
    (app, doc)
}

/// The OpenAPI document, as generated from the code.
pub fn openapi() -> utoipa::openapi::OpenApi {
    routes().1
}

/// Liveness: the process answers.
#[utoipa::path(tag = "operations", responses((status = 200, description = "The server is running", body = Health)))]
#[get("/healthz")]
async fn healthz() -> web::Json<Health> {
    web::Json(Health {
        status: "ok".into(),
    })
}

/// Readiness: the database answers.
#[utoipa::path(
    tag = "operations",
    responses(
        (status = 200, description = "Ready to serve", body = Health),
        (status = 503, description = "The database is not reachable", body = vcm_shared::Problem, content_type = PROBLEM),
    ),
)]
#[get("/readyz")]
async fn readyz(pool: web::Data<Pool>) -> Result<web::Json<Health>, ApiError> {
    db::run(&pool, |conn| {
        use diesel::connection::SimpleConnection;
        conn.batch_execute("SELECT 1").map_err(ApiError::Database)
    })
    .await?;
    Ok(web::Json(Health {
        status: "ok".into(),
    }))
}

/// A database opened, migrated and seeded, and its search index, ready to serve.
#[derive(Debug)]
pub struct Prepared {
    pub pool: Pool,
    pub search: Arc<Search>,
    /// The access-token signing secret.
    pub secret: String,
    /// How many migrations were applied now.
    pub migrations: usize,
    /// Whether demo data was loaded now.
    pub demo_loaded: bool,
}

/// Opens the database, applies pending migrations and seeds, with `with_demo`
/// loads the demo collection into an empty database, and opens the search
/// index (building it or catching it up).
pub fn prepare(config: &Config, with_demo: bool) -> Result<Prepared, String> {
    let (pool, migrations, demo_loaded) = migrate(config, with_demo)?;
    let secret = {
        let mut conn = pool
            .get()
            .map_err(|e| format!("database unavailable: {e}"))?;
        let interrupted = partner::import::fail_interrupted(&mut conn)
            .map_err(|e| format!("cannot read import jobs: {e}"))?;
        if interrupted > 0 {
            tracing::warn!(
                interrupted,
                "imports left unfinished by a stopped server are marked failed"
            );
        }
        auth::signing_secret(&mut conn, config.jwt_secret.as_deref())?
    };
    let search = Search::open(&config.data_dir, pool.clone())?;
    Ok(Prepared {
        pool,
        search,
        secret,
        migrations,
        demo_loaded,
    })
}

/// Opens the database, applies pending migrations and seeds, and with
/// `with_demo` loads the demo collection; returns the pool, how many
/// migrations ran and whether the demo was loaded.
pub fn migrate(config: &Config, with_demo: bool) -> Result<(Pool, usize, bool), String> {
    let url = config.database()?;
    let pool = db::connect(&url, config.pool_size)?;
    let mut conn = pool
        .get()
        .map_err(|e| format!("cannot open {}: {e}", url.redacted()))?;
    let migrations = db::migrate(&mut conn)?;
    museums::seed_countries(&mut conn).map_err(|e| format!("cannot seed countries: {e}"))?;
    search::vocab::seed(&mut conn)?;
    museums::seed_settings(&mut conn, config.masterpiece_quota)
        .map_err(|e| format!("cannot seed the network's settings: {e}"))?;
    let demo_loaded = with_demo && demo::load_if_empty(&mut conn, config.masterpiece_quota)?;
    Ok((pool, migrations, demo_loaded))
}

/// Binds the server; returns it (to be awaited) and the addresses it listens on.
pub fn start(config: &Config, prepared: Prepared) -> std::io::Result<(Server, Vec<SocketAddr>)> {
    let mailer = Mailer::new(
        &config.data_dir,
        config.smtp_url.as_deref(),
        &config.mail_from,
    )
    .map_err(std::io::Error::other)?;
    let (media, wake) = Media::open(config).map_err(std::io::Error::other)?;
    media::spawn_worker(media.clone(), prepared.pool.clone(), wake);
    // What handlers take, each by its type (`web::Data<Pool>`, …).
    let pool = web::Data::new(prepared.pool);
    let search = web::Data::from(prepared.search);
    let keys = web::Data::new(Keys::new(&prepared.secret, config.access_token_ttl));
    let limiter = web::Data::new(LoginLimiter::default());
    let settings = web::Data::new(Settings {
        data_dir: config.data_dir.clone(),
        public_url: config.public_url.clone(),
        refresh_token_days: config.refresh_token_days,
        max_import_bytes: config.max_import_bytes,
        max_application_bytes: config.max_application_bytes,
        masterpiece_quota: config.masterpiece_quota,
    });
    let mailer = web::Data::new(mailer);
    let media = web::Data::from(media);
    // Mail queued while no server ran (or that failed) goes out now.
    outbox::deliver_soon(&mailer, &pool);
    let cors_origins = config.cors_origins.clone();
    let web_app = WebApp::load(&config.web_dir);
    // Where the server reads its own API to render pages: known once it listens.
    let origin = Arc::new(OnceLock::new());
    let public_url = config.public_url.clone();
    let own_address = origin.clone();
    let cache = PublicCache {
        max_age: config.cache_max_age,
    };
    let larger: [PathLimit; 3] = [
        (partner::import::is_import_path, config.max_import_bytes),
        // The form's text fields come beside the PDF.
        (
            membership::is_application_path,
            config.max_application_bytes as u64 + 256 * 1024,
        ),
        // The description's text parts come beside the file.
        (media::is_upload_path, config.max_image_bytes + 64 * 1024),
    ];
    let limit = BodyLimit {
        max_bytes: config.max_body_bytes as u64,
        larger: Arc::new(larger),
    };
    let max_body = config.max_body_bytes;
    let mut server = HttpServer::new(move || {
        let (app, doc) = routes();
        let app = app
            .app_data(pool.clone())
            .app_data(search.clone())
            .app_data(keys.clone())
            .app_data(limiter.clone())
            .app_data(settings.clone())
            .app_data(mailer.clone())
            .app_data(media.clone())
            .app_data(web::QueryConfig::default().error_handler(http::query_error))
            .app_data(web::PathConfig::default().error_handler(http::path_error))
            .app_data(web::PayloadConfig::new(max_body))
            .app_data(
                web::JsonConfig::default()
                    .limit(max_body)
                    .error_handler(http::json_error),
            )
            .app_data(
                web::FormConfig::default()
                    .limit(max_body)
                    .error_handler(http::form_error),
            )
            .wrap(cache.clone())
            .wrap(limit.clone())
            .wrap(cors(&cors_origins))
            // IIIF is open to every origin with `Access-Control-Allow-Origin: *`,
            // which its handlers send: the allow-list's middleware stays out of it.
            .wrap_fn(|mut req, srv| {
                if req.path().starts_with("/iiif/") {
                    req.headers_mut().remove(actix_web::http::header::ORIGIN);
                }
                srv.call(req)
            })
            .wrap(actix_web::middleware::Compress::default())
            .wrap(tracing_actix_web::TracingLogger::default())
            .service(web::redirect("/docs", "/docs/"))
            .service(SwaggerUi::new("/docs/{_:.*}").url("/api-docs/openapi.json", doc));
        let app = app
            .configure(site::sitemap::configure)
            .default_service(fn_service(|req: ServiceRequest| async move {
                let res = fallback(req.request());
                Ok(req.into_response(res))
            }));
        match &web_app {
            Some(web_app) => app.configure(|cfg| web_app.configure(cfg, &origin, &public_url)),
            None => app,
        }
    });
    if let Some(workers) = config.workers {
        server = server.workers(workers);
    }
    let server = server.bind(&config.bind)?;
    let addrs = server.addrs();
    if let Some(addr) = addrs.first() {
        let ip = if addr.ip().is_unspecified() {
            match addr {
                SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
                SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
            }
        } else {
            addr.ip()
        };
        let _ = own_address.set(format!("http://{}", SocketAddr::new(ip, addr.port())));
    }
    Ok((server.run(), addrs))
}

/// Cross-origin access for the origins in `VCM_CORS_ORIGINS` only (with
/// credentials, so a web app elsewhere can use the refresh cookie).
fn cors(origins: &[String]) -> actix_cors::Cors {
    let mut cors = actix_cors::Cors::default()
        .allowed_methods(["GET", "POST", "PUT", "PATCH", "DELETE"])
        .allowed_headers([
            actix_web::http::header::AUTHORIZATION,
            actix_web::http::header::CONTENT_TYPE,
            actix_web::http::header::IF_MATCH,
            actix_web::http::header::IF_NONE_MATCH,
        ])
        .expose_headers([
            actix_web::http::header::ETAG,
            actix_web::http::header::LOCATION,
        ])
        .supports_credentials()
        .max_age(3600);
    for origin in origins.iter().map(|o| o.trim()).filter(|o| !o.is_empty()) {
        cors = cors.allowed_origin(origin);
    }
    cors
}

/// Addresses that match no route: the API's problem under its prefixes
/// (and for methods other than GET elsewhere), or a word on how to build the
/// web app when it is not built.
fn fallback(req: &actix_web::HttpRequest) -> HttpResponse {
    if crate::site::is_not_page(req.path()) || req.method() != actix_web::http::Method::GET {
        return http::api_not_found(req);
    }
    HttpResponse::NotFound()
        .content_type("text/plain; charset=utf-8")
        .body("The web app is not built. Run `cargo xtask run`, or set VCM_WEB_DIR to a built web/dist.\n")
}
