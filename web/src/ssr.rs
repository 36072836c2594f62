//! Server rendering of the public app, for the `vcm` server (feature `ssr`):
//! the HTML shell around [`PublicApp`], and the actix route that renders it
//! once every resource of the page has loaded, so the first HTML holds the
//! page's content and its status (404, 410, 400).

use leptos::prelude::*;
use leptos_meta::MetaTags;

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use actix_web::http::header::{self, HeaderValue};

use crate::api::Origin;
use crate::app::PublicApp;
use crate::components::page_meta::SiteUrl;
use crate::i18n::{Locale, provide_i18n, use_locale};

/// The site's icon, inline: one request fewer.
const ICON: &str = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='5' fill='%239c2f1f'/%3E%3Cpath d='M16 6l10 10-10 10L6 16z' fill='none' stroke='%23f7f3ec' stroke-width='2.5'/%3E%3C/svg%3E";

/// The public bundles' files, by the content-hashed names `cargo xtask web`
/// gave them in `dist/manifest.json`: the stylesheet, the visitors'
/// bundles, smallest first, and each interface language's messages by tag.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Assets {
    pub css: String,
    pub bundles: Vec<Bundle>,
    #[serde(default)]
    pub locales: BTreeMap<String, String>,
}

/// One bundle's JavaScript and wasm, and the islands of the others it lacks.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Bundle {
    pub js: String,
    pub wasm: String,
    #[serde(skip)]
    pub lacks: Vec<String>,
}

impl Assets {
    /// Reads the manifest, and through `js` each bundle's JavaScript, whose
    /// exported functions are its islands; `None` when a file is missing.
    pub fn from_manifest(manifest: &str, js: impl Fn(&str) -> Option<String>) -> Option<Self> {
        let mut assets: Self = serde_json::from_str(manifest).ok()?;
        let exports = assets
            .bundles
            .iter()
            .map(|bundle| {
                Some(
                    js(&bundle.js)?
                        .lines()
                        .filter_map(|line| line.strip_prefix("export function "))
                        .filter_map(|rest| rest.split('(').next())
                        .map(str::to_owned)
                        .collect::<Vec<_>>(),
                )
            })
            .collect::<Option<Vec<_>>>()?;
        for (bundle, own) in assets.bundles.iter_mut().zip(&exports) {
            let mut lacks: Vec<String> = exports
                .iter()
                .flatten()
                .filter(|name| !own.contains(name))
                .cloned()
                .collect();
            lacks.sort();
            lacks.dedup();
            bundle.lacks = lacks;
        }
        (!assets.bundles.is_empty()).then_some(assets)
    }
}

/// The whole page: the head (assets, then the page's title and meta tags),
/// and the public app in the body. The page is HTML; the bundle brings only
/// its islands (`<leptos-island>`: the search box, the facets, the gallery,
/// the forms) to life, each from the props the server wrote beside it.
pub fn shell(assets: Assets) -> impl IntoView {
    // Only the islands' parts of the page are hydrated: the rest is never
    // built in the browser, and its data is not written into the page.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    // The page loads the smallest bundle that lacks none of its islands, once
    // the page itself has loaded (its stylesheet and images): on a slow
    // network the bundle would otherwise share the bandwidth with the images
    // a visitor came to see. The page reads and links without it; the search
    // box and the filters are plain forms until their islands start.
    let bundles = assets
        .bundles
        .iter()
        .map(|b| (&b.js, &b.wasm, &b.lacks))
        .collect::<Vec<_>>();
    // The page's language's messages come beside the bundle, and are handed
    // to it before the islands start.
    let locale = use_locale();
    let messages = assets.locales.get(locale.tag()).cloned();
    let boot = format!(
        "addEventListener('load',async()=>{{\
         const l=[...document.querySelectorAll('leptos-island')],b={},t={};\
         const f=t&&fetch(t).then(r=>r.text());\
         const[j,w]=b.find(x=>!l.some(e=>x[2].includes(e.dataset.component)))||b[b.length-1];\
         const m=await import(j);\
         await m.default({{module_or_path:w}});\
         if(f)m.install({},await f);\
         for(const e of l)m[e.dataset.component](e);\
         document.documentElement.dataset.islands='ready';\
         }},{{once:true}});",
        serde_json::to_string(&bundles).unwrap_or_default(),
        serde_json::to_string(&messages).unwrap_or_default(),
        serde_json::to_string(locale.tag()).unwrap_or_default(),
    );
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <meta name="theme-color" content="#1d2730" />
                <link rel="icon" href=ICON />
                <link rel="stylesheet" href=assets.css />
                <script type="module" inner_html=boot></script>
                <MetaTags />
            </head>
            <body>
                <PublicApp />
            </body>
        </html>
    }
}

/// The cookie that keeps a visitor's choice of interface language.
pub const LANG_COOKIE: &str = "vcm_lang";

/// The interface language of a request: the one its address asks for
/// (`?lang=ko`, which the answer remembers in a cookie: the second value
/// says so), else the one its cookie remembers, else the first language of
/// its `Accept-Language` that the interface speaks, else English. Anything
/// else (an unknown tag, a long one, a broken cookie) is not a language.
pub fn request_locale(req: &actix_web::HttpRequest) -> (Locale, bool) {
    let asked = crate::address::query_pairs(req.query_string())
        .into_iter()
        .find(|(name, _)| name == "lang")
        .and_then(|(_, tag)| Locale::of_tag(&tag));
    if let Some(locale) = asked {
        return (locale, true);
    }
    let cookie = req
        .headers()
        .get_all(header::COOKIE)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(LANG_COOKIE)?.strip_prefix('='))
        .and_then(Locale::of_tag);
    let accepted = || {
        req.headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(Locale::accepted)
            .unwrap_or_default()
    };
    (cookie.unwrap_or_else(accepted), false)
}

/// The `Set-Cookie` value that remembers `locale` for a year.
pub fn lang_cookie(locale: Locale) -> HeaderValue {
    let value = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        locale.tag()
    );
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The actix route rendering the public app for any path, in the request's
/// language (see [`request_locale`]). The pages read the API at `origin`
/// (this server's own address, known once it listens) and give their
/// addresses under `public_url`.
pub fn route(
    assets: Assets,
    origin: Arc<OnceLock<String>>,
    public_url: String,
) -> actix_web::Route {
    // leptos drives the page's futures on the actix workers' tokio runtime.
    let _ = any_spawner::Executor::init_tokio();
    leptos_actix::render_app_async_with_context(
        move || {
            provide_context(Origin(origin.get().cloned().unwrap_or_default()));
            provide_context(SiteUrl(public_url.clone()));
            let (locale, asked) = use_context::<leptos_actix::Request>()
                .map(|req| request_locale(&req))
                .unwrap_or_default();
            provide_i18n(locale);
            if let Some(options) = use_context::<leptos_actix::ResponseOptions>() {
                options.insert_header(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
                // The same address answers in the language the cookie or
                // the browser's settings ask for.
                options.insert_header(
                    header::VARY,
                    HeaderValue::from_static("Accept-Language, Cookie"),
                );
                if asked {
                    options.append_header(header::SET_COOKIE, lang_cookie(locale));
                }
            }
        },
        move || shell(assets.clone()),
        leptos_router::Method::Get,
    )
}
