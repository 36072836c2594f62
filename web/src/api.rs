//! How the app sends the API's typed calls ([`vcm_shared::client`]: `public`
//! and `signed_in`), same origin, under `/api/v1`. Each answers the shared
//! wire type, or an [`ApiError`] carrying the server's problem details or
//! what kept the answer from arriving.
//!
//! - [`read`]: a public read; in the browser through `fetch`, on the server
//!   rendering a page over loopback ([`Origin`]).
//! - [`send`] and [`send_refusable`]: a public call from the browser.
//! - [`authed`]: a call with the [`Auth`] handle's access token, renewed
//!   once (from the refresh cookie) when the server answers `401`.
//!
//! The few calls whose body or answer is not JSON (a form or file sent, a
//! document read, the refresh cookie) have their own functions here.

use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use vcm_shared::client::{Call, Method, decode, refusal};
use vcm_shared::{
    ApplicationReceipt, ArtworkImage, Country, CountryInput, ImportJob, Museum, Session,
};

pub use vcm_shared::client::public::{self, ArtworkQuery};
pub use vcm_shared::client::signed_in::{self, ApplicationAction, Decision, ImportOptions};
pub use vcm_shared::client::{ApiError, ApiResult};

use crate::auth::Auth;

/// How many results a page of search results holds.
pub const SEARCH_PAGE_SIZE: u32 = 24;

/// What kept a request from being sent or its answer from arriving.
fn network(e: gloo_net::Error) -> ApiError {
    ApiError::Network(e.to_string())
}

/// The request for `call`, with the access token when there is one, and
/// `body` in place of the call's JSON when given (a form or a file).
fn request<T>(
    call: &Call<T>,
    token: Option<&str>,
    body: Option<&wasm_bindgen::JsValue>,
) -> Result<Request, gloo_net::Error> {
    let url = call.url("");
    let mut builder: RequestBuilder = match call.method {
        Method::Get => Request::get(&url),
        Method::Post => Request::post(&url),
        Method::Put => Request::put(&url),
        Method::Patch => Request::patch(&url),
        Method::Delete => Request::delete(&url),
    }
    .header("Accept", "application/json")
    .header("Accept-Language", crate::i18n::use_locale().tag());
    if let Some(token) = token {
        builder = builder.header("Authorization", &format!("Bearer {token}"));
    }
    if let Some(etag) = call.if_match_header() {
        builder = builder.header("If-Match", &etag);
    }
    if let Some(media_type) = call.content_type {
        builder = builder.header("Content-Type", media_type);
    }
    match (body, &call.json) {
        (Some(body), _) => builder.body(body.clone()),
        (None, Some(json)) => builder
            .header("Content-Type", "application/json")
            .body(json.as_str()),
        (None, None) => builder.build(),
    }
}

async fn bytes(response: &Response) -> ApiResult<Vec<u8>> {
    response.binary().await.map_err(network)
}

/// A successful answer's body as `T`.
async fn answer<T: DeserializeOwned>(response: Response) -> ApiResult<T> {
    decode(&bytes(&response).await?)
}

/// A failed answer's problem details.
async fn problem(response: Response) -> ApiError {
    match bytes(&response).await {
        Ok(body) => refusal(response.status(), &body),
        Err(e) => e,
    }
}

/// A public read. In the browser it goes through `fetch`; on the server,
/// rendering a page, to this same server over loopback ([`Origin`]). The
/// future is `Send` either way, as server-rendered resources need.
#[cfg(not(feature = "ssr"))]
pub fn read<T: DeserializeOwned + 'static>(
    call: Call<T>,
) -> impl Future<Output = ApiResult<T>> + Send + 'static {
    // Nothing here leaves the browser's one thread.
    send_wrapper::SendWrapper::new(send(call))
}

/// Where the server reads the API while it renders a page: its own address
/// (`http://127.0.0.1:PORT`), provided to each page rendered.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone)]
pub struct Origin(pub String);

#[cfg(feature = "ssr")]
pub fn read<T: DeserializeOwned + Send + 'static>(
    call: Call<T>,
) -> impl Future<Output = ApiResult<T>> + Send + 'static {
    static HTTP: std::sync::LazyLock<reqwest::Client> =
        std::sync::LazyLock::new(reqwest::Client::new);
    let language = crate::i18n::use_locale().tag();
    let client = leptos::prelude::use_context::<Origin>().map(|Origin(origin)| {
        vcm_shared::client::Client::using(HTTP.clone(), origin).with_language(language)
    });
    async move {
        client
            .ok_or_else(|| ApiError::Network("no origin set".into()))?
            .send(call)
            .await
    }
}

/// A public call from the browser.
pub async fn send<T: DeserializeOwned>(call: Call<T>) -> ApiResult<T> {
    send_refusable(call).await.map_err(|r| r.error)
}

/// A refusal that may say how long to wait before asking again (`429`).
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    pub error: ApiError,
    /// Seconds to wait, from `Retry-After`.
    pub retry_after: Option<u32>,
}

impl From<ApiError> for Refused {
    fn from(error: ApiError) -> Self {
        Refused {
            error,
            retry_after: None,
        }
    }
}

/// A public call from the browser that the server may refuse for a while
/// (signing in, asking for a reset, applying): a refusal says how long.
pub async fn send_refusable<T: DeserializeOwned>(call: Call<T>) -> Result<T, Refused> {
    send_with(call, None).await
}

async fn send_with<T: DeserializeOwned>(
    call: Call<T>,
    body: Option<&wasm_bindgen::JsValue>,
) -> Result<T, Refused> {
    let response = request(&call, None, body)
        .map_err(network)?
        .send()
        .await
        .map_err(network)?;
    if response.ok() {
        return Ok(answer(response).await?);
    }
    let retry_after = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.trim().parse().ok());
    Err(Refused {
        error: problem(response).await,
        retry_after,
    })
}

/// Sends a membership application: its fields and the signed PDF, as
/// `multipart/form-data` (the browser writes the boundary).
pub async fn apply(form: &web_sys::FormData) -> Result<ApplicationReceipt, Refused> {
    send_with(public::apply(), Some(form.as_ref())).await
}

/// Exchanges the refresh cookie for a new access token (the cookie rotates).
/// Call it through [`Auth::renew`], which makes sure only one is under way.
pub async fn refresh() -> ApiResult<Session> {
    let response = request(&public::refresh(), None, None)
        .map_err(network)?
        .send()
        .await
        .map_err(network)?;
    if response.status() == 204 {
        // No refresh cookie: nobody is signed in in this browser.
        Err(ApiError::Status(401))
    } else if response.ok() {
        answer(response).await
    } else {
        Err(problem(response).await)
    }
}

/// Every member museum, following the cursor to the last page.
pub async fn all_museums() -> ApiResult<Vec<Museum>> {
    let mut all = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let limit = Some(vcm_shared::rules::MAX_PAGE_SIZE);
        let page = read(public::museums(None, limit, cursor.as_deref())).await?;
        all.extend(page.items);
        match page.next_cursor {
            Some(next) if Some(&next) != cursor.as_ref() => cursor = Some(next),
            _ => return Ok(all),
        }
    }
}

/// The `info.json` of a IIIF image service (`base` as the API gives it,
/// e.g. `/iiif/3/abcd`).
pub async fn iiif_info(base: &str) -> ApiResult<vcm_shared::ImageService3> {
    let response = Request::get(&format!("{}/info.json", base.trim_end_matches('/')))
        .header("Accept", "application/ld+json, application/json")
        .send()
        .await
        .map_err(network)?;
    if response.ok() {
        answer(response).await
    } else {
        Err(problem(response).await)
    }
}

// ---- Calls with the access token ---------------------------------------------

/// Sends `call` with the access token, renewing the token first when it is
/// about to expire, and once more if the server says it has (`401
/// unauthorized`); `body`, when given, is sent in place of the call's JSON.
/// Answers the response when it succeeded.
async fn authed_response<T>(
    auth: Auth,
    call: &Call<T>,
    body: Option<&wasm_bindgen::JsValue>,
) -> ApiResult<Response> {
    let attempt = |token: String| async move {
        let response = request(call, Some(&token), body)
            .map_err(network)?
            .send()
            .await
            .map_err(network)?;
        if response.ok() {
            Ok(response)
        } else {
            Err(problem(response).await)
        }
    };
    match attempt(auth.token().await?).await {
        // A wrong current password is also a 401, but not one a new token mends.
        Err(error) if error.is_unauthorized() => {
            let answer = attempt(auth.renew().await?).await;
            if answer.as_ref().is_err_and(ApiError::is_unauthorized) {
                auth.forget();
            }
            answer
        }
        answer => answer,
    }
}

/// Sends `call` with the access token (see [`authed_response`]).
pub async fn authed<T: DeserializeOwned>(auth: Auth, call: Call<T>) -> ApiResult<T> {
    answer(authed_response(auth, &call, None).await?).await
}

/// Uploads an image and its description as `multipart/form-data` (the
/// browser writes the boundary): the answer is the image, `processing`.
pub async fn upload_image(
    auth: Auth,
    slug: &str,
    form: &web_sys::FormData,
) -> ApiResult<ArtworkImage> {
    let call = signed_in::upload_image(slug);
    answer(authed_response(auth, &call, Some(form.as_ref())).await?).await
}

/// Imports a file (a `File` or `Blob`) and answers the finished job.
pub async fn start_import(
    auth: Auth,
    file: &web_sys::Blob,
    options: &ImportOptions,
) -> ApiResult<ImportJob> {
    let call = signed_in::start_import(options);
    answer(authed_response(auth, &call, Some(file.as_ref())).await?).await
}

/// The signed application's bytes.
pub async fn application_document(auth: Auth, id: i64) -> ApiResult<Vec<u8>> {
    bytes(&authed_response(auth, &signed_in::application_document(id), None).await?).await
}

/// Adds a country or changes one; answers whether it was added, and the country.
pub async fn put_country(
    auth: Auth,
    code: &str,
    input: &CountryInput,
) -> ApiResult<(bool, Country)> {
    let response = authed_response(auth, &signed_in::put_country(code, input), None).await?;
    let added = response.status() == 201;
    answer(response).await.map(|c| (added, c))
}
