//! The web app as the server delivers it: the public pages rendered here
//! (the views of `vcm-web`, so a page's first HTML carries its content), the
//! console's page for the paths people sign in to, and the bundles' files,
//! content-hashed, precompressed (brotli and gzip, made by `cargo xtask web`)
//! and cached for good. `robots.txt` and `sitemap.xml` are in [`sitemap`].

pub mod sitemap;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, guard, web};
use vcm_web::i18n::Key;

/// The prefixes the web app never answers: the API's own 404 stays there.
const NOT_PAGES: [&str; 4] = ["/api/", "/api-docs/", "/iiif/", "/assets/"];

/// Whether `path` is the API's (or the files'), never a page.
pub fn is_not_page(path: &str) -> bool {
    path == "/api" || NOT_PAGES.iter().any(|p| path.starts_with(p))
}

/// One file of a bundle, with the encodings made at build time.
#[derive(Debug)]
struct Asset {
    content_type: &'static str,
    identity: web::Bytes,
    br: Option<web::Bytes>,
    gzip: Option<web::Bytes>,
}

/// The built web app (`VCM_WEB_DIR`, written by `cargo xtask web`): every
/// file under `assets/`, `manifest.json` naming the stylesheet and the
/// visitors' bundles, and `console.html`, the console's page.
#[derive(Debug, Clone)]
pub struct WebApp {
    assets: Arc<HashMap<String, Asset>>,
    /// The console's page, with `%LANG%`, `%FTL%`, `%TITLE%`,
    /// `%DESCRIPTION%` and `%NOSCRIPT%` for the language.
    console: Arc<str>,
    public: vcm_web::ssr::Assets,
}

impl WebApp {
    /// Reads the built web app into memory; `None` (and a warning) when it
    /// is not built there.
    pub fn load(dir: &Path) -> Option<Self> {
        let read = |path: &Path| std::fs::read(path).ok().map(web::Bytes::from);
        let mut assets = HashMap::new();
        for path in std::fs::read_dir(dir.join("assets"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
        {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let Some(content_type) = content_type(name) else {
                continue;
            };
            let Some(identity) = read(&path) else {
                continue;
            };
            let sibling = |ext: &str| read(&path.with_file_name(format!("{name}.{ext}")));
            assets.insert(
                name.to_owned(),
                Asset {
                    content_type,
                    identity,
                    br: sibling("br"),
                    gzip: sibling("gz"),
                },
            );
        }
        let public = std::fs::read_to_string(dir.join("manifest.json"))
            .ok()
            .and_then(|manifest| {
                vcm_web::ssr::Assets::from_manifest(&manifest, |address| {
                    let asset = assets.get(address.strip_prefix("/assets/")?)?;
                    String::from_utf8(asset.identity.to_vec()).ok()
                })
            });
        let console = std::fs::read_to_string(dir.join("console.html")).ok();
        let (Some(public), Some(console)) = (public, console) else {
            tracing::warn!(
                dir = %dir.display(),
                "the web app is not built there: run `cargo xtask web`, or set VCM_WEB_DIR"
            );
            return None;
        };
        Some(Self {
            assets: Arc::new(assets),
            console: console.into(),
            public,
        })
    }

    /// Adds the web app's routes: the bundles' files, the console's page,
    /// and the public pages rendered for any other GET outside the API, which
    /// read the API at `origin` (this server, once it listens) and give their
    /// addresses under `public_url`.
    pub fn configure(
        &self,
        cfg: &mut web::ServiceConfig,
        origin: &Arc<OnceLock<String>>,
        public_url: &str,
    ) {
        cfg.app_data(web::Data::new(self.clone()))
            .route("/assets/{name}", web::get().to(asset))
            .service(
                web::resource("/{path:.*}")
                    .guard(guard::fn_guard(|ctx| {
                        vcm_web::app::is_console_path(ctx.head().uri.path())
                    }))
                    .route(web::get().to(console)),
            )
            .service(
                web::resource("/{path:.*}")
                    .guard(guard::fn_guard(|ctx| !is_not_page(ctx.head().uri.path())))
                    .route(vcm_web::ssr::route(
                        self.public.clone(),
                        origin.clone(),
                        public_url.to_owned(),
                    )),
            );
    }
}

/// `text` with the characters that mean something in XML and HTML escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// The console's page, in the request's language (as the public pages
/// choose it), whose messages it fetches beside its bundle; revalidated on
/// every visit, so a new build is seen at once.
async fn console(req: HttpRequest, app: web::Data<WebApp>) -> HttpResponse {
    let (locale, asked) = vcm_web::ssr::request_locale(&req);
    let messages = app.public.locales.get(locale.tag());
    let text = |key| vcm_web::i18n::text(locale, key);
    let title = format!("{} — {}", text(Key::SiteName), text(Key::SiteShortName));
    let page = app
        .console
        .replace("%LANG%", locale.tag())
        .replace("%FTL%", messages.map_or("", String::as_str))
        .replace("%TITLE%", &escape(&title))
        .replace("%DESCRIPTION%", &escape(text(Key::HomeLead)))
        .replace("%NOSCRIPT%", &escape(text(Key::NeedsJavascript)));
    let mut res = HttpResponse::Ok();
    res.content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .insert_header((header::VARY, "Accept-Language, Cookie"));
    if asked {
        res.append_header((header::SET_COOKIE, vcm_web::ssr::lang_cookie(locale)));
    }
    res.body(page)
}

/// The media type of a bundle's file, by its extension; `None` for what is
/// not served (the precompressed copies).
fn content_type(name: &str) -> Option<&'static str> {
    Some(match name.rsplit('.').next()? {
        "wasm" => "application/wasm",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        // An interface language's messages (Fluent).
        "ftl" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "woff2" => "font/woff2",
        _ => return None,
    })
}

/// A bundle's file, in the best encoding the client accepts; its name
/// carries its content's hash, so it is cached for a year and never revalidated.
async fn asset(req: HttpRequest, name: web::Path<String>, app: web::Data<WebApp>) -> HttpResponse {
    let Some(asset) = app.assets.get(name.as_str()) else {
        return crate::http::api_not_found(&req);
    };
    let accepts = |coding: &str| {
        req.headers()
            .get_all(header::ACCEPT_ENCODING)
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|part| {
                let mut it = part.split(';');
                it.next()
                    .is_some_and(|c| c.trim().eq_ignore_ascii_case(coding))
                    && it.all(|param| param.trim().replace(' ', "") != "q=0")
            })
    };
    let (body, coding) = match (&asset.br, &asset.gzip) {
        (Some(br), _) if accepts("br") => (br.clone(), Some("br")),
        (_, Some(gz)) if accepts("gzip") => (gz.clone(), Some("gzip")),
        _ => (asset.identity.clone(), None),
    };
    let mut res = HttpResponse::Ok();
    res.content_type(asset.content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .insert_header((header::VARY, "Accept-Encoding"));
    // Precompressed: the compression middleware leaves it as it is.
    if let Some(coding) = coding {
        res.insert_header((header::CONTENT_ENCODING, HeaderValue::from_static(coding)));
    }
    res.body(body)
}
