//! Assembles the application: routes and their OpenAPI document (registered
//! once, together), middleware, the interactive docs and the web app.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use actix_web::body::BoxBody;
use actix_web::dev::{Server, ServiceFactory, ServiceRequest, ServiceResponse, fn_service};
use actix_web::{App, HttpResponse, HttpServer, get, web};
use utoipa::OpenApi;
use utoipa_actix_web::{AppExt, scope};
use utoipa_swagger_ui::SwaggerUi;
use vcm_shared::Health;

use crate::config::Config;
use crate::db::{self, Pool};
use crate::http::{self, ApiError, BodyLimit, PublicCache};
use crate::search::{self, Search};
use crate::{collection, demo, museums};

/// What every handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub pool: Pool,
    pub search: Arc<Search>,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "VCM API",
        description = "The API of the Virtual Collection of Asian Masterpieces (VCM) and the \
            Asia-Europe Museum Network (ASEMUS). Public reads need no credentials. Errors are \
            `application/problem+json` (RFC 9457) with a stable `code`. Lists are paginated \
            with an opaque `cursor`. Public answers carry an `ETag`; send it back as \
            `If-None-Match` to get `304 Not Modified`. See the partner guide: \
            openapi/PARTNER_GUIDE.md in the repository.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    tags(
        (name = "collection", description = "Masterpieces contributed by member museums"),
        (name = "museums", description = "Member museums and countries"),
        (name = "search", description = "Search and discovery: free text in any script, facets, suggestions, periods, timeline"),
        (name = "operations", description = "Health and readiness probes"),
    ),
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
    App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .service(
            scope("/api/v1")
                .configure(collection::configure)
                .configure(museums::configure)
                .configure(search::configure),
        )
        .service(healthz)
        .service(readyz)
        .split_for_parts()
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
        (status = 503, description = "The database is not reachable", body = vcm_shared::Problem, content_type = "application/problem+json"),
    ),
)]
#[get("/readyz")]
async fn readyz(state: web::Data<AppState>) -> Result<web::Json<Health>, ApiError> {
    db::run(&state.pool, |conn| {
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
    let search = Search::open(&config.data_dir, pool.clone())?;
    Ok(Prepared {
        pool,
        search,
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
    let demo_loaded = with_demo && demo::load_if_empty(&mut conn)?;
    Ok((pool, migrations, demo_loaded))
}

/// Binds the server; returns it (to be awaited) and the addresses it listens on.
pub fn start(config: &Config, prepared: Prepared) -> std::io::Result<(Server, Vec<SocketAddr>)> {
    let state = web::Data::new(AppState {
        pool: prepared.pool,
        search: prepared.search,
    });
    let web_dir = config.web_dir.clone();
    let cache = PublicCache {
        max_age: config.cache_max_age,
    };
    let limit = BodyLimit {
        max_bytes: config.max_body_bytes,
    };
    let max_body = config.max_body_bytes;
    let mut server = HttpServer::new(move || {
        let (app, doc) = routes();
        let app = app
            .app_data(state.clone())
            .app_data(web::QueryConfig::default().error_handler(http::query_error))
            .app_data(web::PathConfig::default().error_handler(http::path_error))
            .app_data(web::PayloadConfig::new(max_body))
            .wrap(cache.clone())
            .wrap(limit.clone())
            .wrap(actix_web::middleware::Compress::default())
            .wrap(tracing_actix_web::TracingLogger::default())
            .service(web::redirect("/docs", "/docs/"))
            .service(SwaggerUi::new("/docs/{_:.*}").url("/api-docs/openapi.json", doc));
        let index = web_dir.join("index.html");
        let index = index.is_file().then_some(index);
        let app = app.default_service(fallback_service(index.clone()));
        match index {
            Some(index) => app.service(
                actix_files::Files::new("/", &web_dir)
                    .index_file("index.html")
                    .default_handler(fallback_service(Some(index))),
            ),
            None => app,
        }
    });
    if let Some(workers) = config.workers {
        server = server.workers(workers);
    }
    let server = server.bind(&config.bind)?;
    let addrs = server.addrs();
    Ok((server.run(), addrs))
}

/// The service answering addresses that match no route.
fn fallback_service(
    index: Option<PathBuf>,
) -> impl ServiceFactory<
    ServiceRequest,
    Config = (),
    Response = ServiceResponse,
    Error = actix_web::Error,
    InitError = (),
> + Clone {
    fn_service(move |req: ServiceRequest| {
        let res = fallback(req.request(), index.as_deref());
        async move { Ok(req.into_response(res)) }
    })
}

/// Addresses that match no route: a problem under the API's prefixes, the web
/// app's index.html elsewhere (its router shows the page or its not-found page).
fn fallback(req: &actix_web::HttpRequest, index: Option<&Path>) -> HttpResponse {
    let path = req.path();
    if ["/api/", "/api-docs/", "/iiif/"]
        .iter()
        .any(|p| path.starts_with(p))
        || path == "/api"
    {
        return http::api_not_found(req);
    }
    match index.map(std::fs::read) {
        Some(Ok(html)) => HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .insert_header(("Cache-Control", "no-cache"))
            .body(html),
        _ => HttpResponse::NotFound()
            .content_type("text/plain; charset=utf-8")
            .body("The web app is not built. Run `cargo xtask run`, or set VCM_WEB_DIR to a built web/dist.\n"),
    }
}
