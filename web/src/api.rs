//! The one place the app talks to the VCM API (same origin, `/api/v1`): each
//! call answers the shared wire type, or an [`ApiError`] carrying the server's
//! problem details or what kept the answer from arriving.
//!
//! Public reads need no credentials. The account and partner calls take the
//! [`Auth`] handle: they send its access token as `Authorization: Bearer …`,
//! and when the server answers `401 unauthorized` they renew the token once
//! (from the refresh cookie) and ask again.

use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use vcm_shared::{
    AdminDashboard, ApiClientList, Application, ApplicationNote, ApplicationPage,
    ApplicationReceipt, ApplicationStatus, ApplicationStatusView, Artwork, ArtworkImage,
    ArtworkImageList, ArtworkInput, ArtworkPage, AuditPage, Country, CountryInput, CountryList,
    CreatedApiClient, CurrentUser, EmailPage, EquivalentTerms, EquivalentTermsInput,
    EquivalentTermsList, ErrorCode, FeaturedDay, FeaturedPin, FeaturedSchedule, Highlights,
    ImageInput, ImageLinkInput, ImportFormat, ImportJob, ImportJobList, ImportRowPage,
    LoginRequest, MembershipChange, MembershipStatus, Museum, MuseumInput, MuseumPage,
    NetworkSettings, NewApiClient, NotificationPage, PartnerArtwork, PartnerArtworkPage,
    PartnerMuseum, PartnerMuseumList, PasswordChange, PasswordResetConfirm, PasswordResetRequest,
    Problem, RelatedWorks, ReviewComment, ReviewQueue, ReviewedArtwork, RowOutcome, SearchResults,
    Session, Suggestions, Timeline, User, UserInvite, UserList, UserUpdate, Withdrawal,
    WithdrawalRequest, WorkStatus,
};

use crate::auth::Auth;
use crate::search_state::SearchState;

const BASE: &str = "/api/v1";

/// Why a call did not answer what was asked. Serialisable, so that a page
/// rendered on the server hands its error to the browser as it does its data.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ApiError {
    /// The server answered with problem details.
    Problem(Problem),
    /// The server answered with an error status but no problem details.
    Status(u16),
    /// No answer arrived (offline, server down, request refused).
    Network(String),
    /// An answer arrived but was not the expected JSON.
    Decode(String),
}

impl ApiError {
    /// The stable error code, when the server sent one.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ApiError::Problem(p) => Some(p.code),
            _ => None,
        }
    }

    /// Why a work that was published is no longer, when the server answered
    /// `410 gone`.
    pub fn withdrawal(&self) -> Option<&Withdrawal> {
        match self {
            ApiError::Problem(p) if p.code == ErrorCode::Gone => p.withdrawal.as_deref(),
            _ => None,
        }
    }

    /// Whether the thing asked for was there once and was taken away (`410`).
    pub fn is_gone(&self) -> bool {
        matches!(self, ApiError::Status(410)) || self.code() == Some(ErrorCode::Gone)
    }

    /// The server's own words about the refusal, if it sent any.
    pub fn detail(&self) -> Option<&str> {
        match self {
            ApiError::Problem(p) if !p.detail.trim().is_empty() => Some(p.detail.as_str()),
            _ => None,
        }
    }

    /// Whether the thing asked for does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ApiError::Status(404)) || self.code() == Some(ErrorCode::NotFound)
    }

    /// Whether the server refused because of the state of things: an access
    /// token that expired or was revoked.
    pub fn is_unauthorized(&self) -> bool {
        matches!(self, ApiError::Status(401)) || self.code() == Some(ErrorCode::Unauthorized)
    }

    /// The per-field problems of a `422 validation_failed` answer.
    pub fn field_errors(&self) -> &[vcm_shared::FieldError] {
        match self {
            ApiError::Problem(p) => &p.errors,
            _ => &[],
        }
    }

    /// What kept a request from being sent.
    fn network(e: gloo_net::Error) -> Self {
        ApiError::Network(e.to_string())
    }

    /// The parameter the server refused, when it named one.
    pub fn field(&self) -> Option<&str> {
        match self {
            ApiError::Problem(p) => p.errors.first().map(|e| e.field.as_str()),
            _ => None,
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::Problem(p) => write!(f, "{} ({}): {}", p.title, p.status, p.detail),
            ApiError::Status(s) => write!(f, "HTTP status {s}"),
            ApiError::Network(e) => write!(f, "network error: {e}"),
            ApiError::Decode(e) => write!(f, "unreadable answer: {e}"),
        }
    }
}

impl std::error::Error for ApiError {}

/// What a call answers.
pub type ApiResult<T> = Result<T, ApiError>;

/// A public read. In the browser it goes through `fetch`; on the server,
/// rendering a page, to this same server over loopback ([`Origin`]). The
/// future is `Send` either way, as server-rendered resources need.
#[cfg(not(feature = "ssr"))]
fn get<T: DeserializeOwned + 'static>(
    path: &str,
    query: &[(&str, String)],
) -> impl Future<Output = ApiResult<T>> + Send + 'static {
    let request = Request::get(&format!("{BASE}{path}"))
        .header("Accept", "application/json")
        .query(query.iter().map(|(k, v)| (*k, v.as_str())));
    // Nothing here leaves the browser's one thread.
    send_wrapper::SendWrapper::new(async move {
        let response = request
            .send()
            .await
            .map_err(|e| ApiError::Network(e.to_string()))?;
        if response.ok() {
            response
                .json::<T>()
                .await
                .map_err(|e| ApiError::Decode(e.to_string()))
        } else {
            Err(problem(response).await)
        }
    })
}

/// Where the server reads the API while it renders a page: its own address
/// (`http://127.0.0.1:PORT`), provided to each page rendered.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone)]
pub struct Origin(pub String);

#[cfg(feature = "ssr")]
fn get<T: DeserializeOwned + Send + 'static>(
    path: &str,
    query: &[(&str, String)],
) -> impl Future<Output = ApiResult<T>> + Send + 'static {
    static CLIENT: std::sync::LazyLock<reqwest::Client> =
        std::sync::LazyLock::new(reqwest::Client::new);
    let request = leptos::prelude::use_context::<Origin>().map(|Origin(origin)| {
        CLIENT
            .get(format!("{origin}{BASE}{path}"))
            .header("Accept", "application/json")
            .query(query)
    });
    async move {
        let request = request.ok_or_else(|| ApiError::Network("no origin set".into()))?;
        let response = request
            .send()
            .await
            .map_err(|e| ApiError::Network(e.to_string()))?;
        let status = response.status();
        if status.is_success() {
            response
                .json::<T>()
                .await
                .map_err(|e| ApiError::Decode(e.to_string()))
        } else {
            Err(match response.json::<Problem>().await {
                Ok(p) => ApiError::Problem(p),
                Err(_) => ApiError::Status(status.as_u16()),
            })
        }
    }
}

async fn problem(response: Response) -> ApiError {
    let status = response.status();
    match response.json::<Problem>().await {
        Ok(p) => ApiError::Problem(p),
        Err(_) => ApiError::Status(status),
    }
}

/// Every country the network lists, with its museum and work counts.
pub async fn countries() -> ApiResult<CountryList> {
    get("/countries", &[]).await
}

/// One page of member museums, optionally those located in one country.
pub async fn museums(
    country: Option<&str>,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> ApiResult<MuseumPage> {
    let mut query = Vec::new();
    if let Some(c) = country {
        query.push(("country", c.to_owned()));
    }
    if let Some(l) = limit {
        query.push(("limit", l.to_string()));
    }
    if let Some(c) = cursor {
        query.push(("cursor", c.to_owned()));
    }
    get("/museums", &query).await
}

/// Every member museum, following the cursor to the last page.
pub async fn all_museums() -> ApiResult<Vec<Museum>> {
    let mut all = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let page = museums(
            None,
            Some(vcm_shared::rules::MAX_PAGE_SIZE),
            cursor.as_deref(),
        )
        .await?;
        all.extend(page.items);
        match page.next_cursor {
            Some(next) if Some(&next) != cursor.as_ref() => cursor = Some(next),
            _ => return Ok(all),
        }
    }
}

/// One museum's profile.
pub async fn museum(slug: &str) -> ApiResult<Museum> {
    get(&format!("/museums/{}", encode(slug)), &[]).await
}

/// Which published works to list, as the collection page's URL query holds
/// them (raw, so that the server judges what is valid); every field narrows the list.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ArtworkQuery {
    /// The holding museum's slug.
    pub museum: Option<String>,
    /// ISO code of the country of origin.
    pub country: Option<String>,
    /// An object type's wire name, e.g. `painting`.
    pub object_type: Option<String>,
    /// Earliest year, negative for BCE.
    pub year_from: Option<String>,
    /// Latest year, negative for BCE.
    pub year_to: Option<String>,
    pub limit: Option<u32>,
}

/// One page of published works.
pub async fn artworks(q: &ArtworkQuery, cursor: Option<&str>) -> ApiResult<ArtworkPage> {
    let mut query = Vec::new();
    let text = [
        ("museum", &q.museum),
        ("country", &q.country),
        ("object_type", &q.object_type),
        ("year_from", &q.year_from),
        ("year_to", &q.year_to),
    ];
    for (name, value) in text {
        if let Some(v) = value {
            query.push((name, v.clone()));
        }
    }
    if let Some(l) = q.limit {
        query.push(("limit", l.to_string()));
    }
    if let Some(c) = cursor {
        query.push(("cursor", c.to_owned()));
    }
    get("/artworks", &query).await
}

/// One published work's full record.
pub async fn artwork(slug: &str) -> ApiResult<Artwork> {
    get(&format!("/artworks/{}", encode(slug)), &[]).await
}

/// Today's masterpiece and featured works.
pub async fn highlights() -> ApiResult<Highlights> {
    get("/highlights", &[]).await
}

/// How many results a page of search results holds.
pub const SEARCH_PAGE_SIZE: u32 = 24;

/// One page of search results with every facet's counts.
pub async fn search(state: &SearchState, cursor: Option<&str>) -> ApiResult<SearchResults> {
    let mut query = state.api_pairs();
    query.push(("limit", SEARCH_PAGE_SIZE.to_string()));
    if let Some(c) = cursor {
        query.push(("cursor", c.to_owned()));
    }
    get("/search", &query).await
}

/// Titles, makers, museums and periods beginning with what a visitor typed.
pub async fn suggest(prefix: &str) -> ApiResult<Suggestions> {
    get(
        "/suggest",
        &[("q", prefix.to_owned()), ("limit", "8".to_owned())],
    )
    .await
}

/// The works a search matches, counted by century and region.
pub async fn timeline(state: &SearchState) -> ApiResult<Timeline> {
    get("/timeline", &state.api_pairs()).await
}

/// Works related to one published work.
pub async fn related(slug: &str) -> ApiResult<RelatedWorks> {
    get(&format!("/artworks/{}/related", encode(slug)), &[]).await
}

// ---- IIIF ---------------------------------------------------------------------

/// The `info.json` of a IIIF image service (`base` as the API gives it,
/// e.g. `/iiif/3/abcd`).
pub async fn iiif_info(base: &str) -> ApiResult<vcm_shared::ImageService3> {
    let response = Request::get(&format!("{}/info.json", base.trim_end_matches('/')))
        .header("Accept", "application/ld+json, application/json")
        .send()
        .await
        .map_err(ApiError::network)?;
    if response.ok() {
        decode(response).await
    } else {
        Err(problem(response).await)
    }
}

// ---- Accounts -------------------------------------------------------------

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

/// The error of a failed answer, with its `Retry-After`.
async fn refused(response: Response) -> Refused {
    let retry_after = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.trim().parse().ok());
    Refused {
        error: problem(response).await,
        retry_after,
    }
}

/// Sends a request that was built (or failed to be).
async fn send(request: Result<Request, gloo_net::Error>) -> ApiResult<Response> {
    request
        .map_err(ApiError::network)?
        .send()
        .await
        .map_err(ApiError::network)
}

/// Posts `body` as JSON to an `/api/v1` path.
async fn post_json(path: &str, body: &impl serde::Serialize) -> ApiResult<Response> {
    send(
        Request::post(&format!("{BASE}{path}"))
            .header("Accept", "application/json")
            .json(body),
    )
    .await
}

async fn decode<T: DeserializeOwned>(response: Response) -> ApiResult<T> {
    response
        .json::<T>()
        .await
        .map_err(|e| ApiError::Decode(e.to_string()))
}

/// Signs in: answers the access token and the account; the server sets the
/// refresh cookie.
pub async fn login(request: &LoginRequest) -> Result<Session, Refused> {
    let response = post_json("/auth/login", request).await?;
    if response.ok() {
        Ok(decode(response).await?)
    } else {
        Err(refused(response).await)
    }
}

/// Exchanges the refresh cookie for a new access token (the cookie rotates).
/// Call it through [`Auth::renew`], which makes sure only one is under way.
pub async fn refresh() -> ApiResult<Session> {
    let response = Request::post(&format!("{BASE}/auth/refresh"))
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(ApiError::network)?;
    if response.status() == 204 {
        // No refresh cookie: nobody is signed in in this browser.
        Err(ApiError::Status(401))
    } else if response.ok() {
        decode(response).await
    } else {
        Err(problem(response).await)
    }
}

/// Ends the sign-in the refresh cookie belongs to, and clears the cookie.
pub async fn logout() -> ApiResult<()> {
    let response = Request::post(&format!("{BASE}/auth/logout"))
        .send()
        .await
        .map_err(ApiError::network)?;
    if response.ok() {
        Ok(())
    } else {
        Err(problem(response).await)
    }
}

/// Asks for a password reset email; the answer is the same whether or not
/// the address has an account.
pub async fn request_password_reset(request: &PasswordResetRequest) -> Result<(), Refused> {
    let response = post_json("/auth/password-reset", request).await?;
    if response.ok() {
        Ok(())
    } else {
        Err(refused(response).await)
    }
}

/// Sets a password with the token from a reset or invitation email.
pub async fn confirm_password_reset(request: &PasswordResetConfirm) -> ApiResult<()> {
    let response = post_json("/auth/password-reset/confirm", request).await?;
    if response.ok() {
        Ok(())
    } else {
        Err(problem(response).await)
    }
}

// ---- Calls with the access token ---------------------------------------------

/// `builder` with the access token and a preference for JSON.
fn bearer(builder: RequestBuilder, token: &str) -> RequestBuilder {
    builder
        .header("Authorization", &format!("Bearer {token}"))
        .header("Accept", "application/json")
}

/// Sends the request `build` makes with the access token, renewing the token
/// first when it is about to expire, and once more if the server says it has
/// (`401 unauthorized`). Answers the response when it succeeded.
async fn authed(
    auth: Auth,
    build: impl Fn(&str) -> Result<Request, gloo_net::Error>,
) -> ApiResult<Response> {
    let token = auth.token().await?;
    let response = send(build(&token)).await?;
    if response.ok() {
        return Ok(response);
    }
    let error = problem(response).await;
    // A wrong current password is also a 401, but not one a new token mends.
    if !error.is_unauthorized() {
        return Err(error);
    }
    let token = auth.renew().await?;
    let response = send(build(&token)).await?;
    if response.ok() {
        return Ok(response);
    }
    let error = problem(response).await;
    if error.is_unauthorized() {
        auth.forget();
    }
    Err(error)
}

async fn authed_json<T: DeserializeOwned>(
    auth: Auth,
    build: impl Fn(&str) -> Result<Request, gloo_net::Error>,
) -> ApiResult<T> {
    decode(authed(auth, build).await?).await
}

fn url(path: &str) -> String {
    format!("{BASE}{path}")
}

/// The signed-in account.
pub async fn me(auth: Auth) -> ApiResult<CurrentUser> {
    authed_json(auth, |token| {
        bearer(Request::get(&url("/auth/me")), token).build()
    })
    .await
}

/// Changes the signed-in account's password; other sign-ins end.
pub async fn change_password(auth: Auth, change: &PasswordChange) -> ApiResult<()> {
    authed(auth, |token| {
        bearer(Request::put(&url("/auth/password")), token).json(change)
    })
    .await
    .map(drop)
}

/// The caller's museum, its counts by status and its quota.
pub async fn partner_museum(auth: Auth) -> ApiResult<PartnerMuseum> {
    authed_json(auth, |token| {
        bearer(Request::get(&url("/partner/museum")), token).build()
    })
    .await
}

/// A page of the museum's works, optionally those in one status.
pub async fn partner_artworks(
    auth: Auth,
    status: Option<WorkStatus>,
    cursor: Option<&str>,
) -> ApiResult<PartnerArtworkPage> {
    let mut query = vec![("limit", vcm_shared::rules::DEFAULT_PAGE_SIZE.to_string())];
    if let Some(s) = status {
        query.push(("status", s.as_str().to_owned()));
    }
    if let Some(c) = cursor {
        query.push(("cursor", c.to_owned()));
    }
    authed_json(auth, |token| {
        bearer(Request::get(&url("/partner/artworks")), token)
            .query(query.iter().map(|(k, v)| (*k, v.as_str())))
            .build()
    })
    .await
}

/// One of the museum's works, in any status, with its version.
pub async fn partner_artwork(auth: Auth, slug: &str) -> ApiResult<PartnerArtwork> {
    let path = url(&format!("/partner/artworks/{}", encode(slug)));
    authed_json(auth, |token| bearer(Request::get(&path), token).build()).await
}

/// Creates a work as a draft.
pub async fn create_artwork(auth: Auth, input: &ArtworkInput) -> ApiResult<PartnerArtwork> {
    authed_json(auth, |token| {
        bearer(Request::post(&url("/partner/artworks")), token).json(input)
    })
    .await
}

/// Replaces a work's editable fields, if it is still at `version`
/// (`412 precondition_failed` otherwise).
pub async fn update_artwork(
    auth: Auth,
    slug: &str,
    version: i64,
    input: &ArtworkInput,
) -> ApiResult<PartnerArtwork> {
    let path = url(&format!("/partner/artworks/{}", encode(slug)));
    let etag = format!("\"{version}\"");
    authed_json(auth, |token| {
        bearer(Request::put(&path), token)
            .header("If-Match", &etag)
            .json(input)
    })
    .await
}

/// Nominates a work for publication (draft, changes requested or withdrawn
/// → in review).
pub async fn nominate(auth: Auth, slug: &str) -> ApiResult<PartnerArtwork> {
    let path = url(&format!("/partner/artworks/{}/nominate", encode(slug)));
    authed_json(auth, |token| bearer(Request::post(&path), token).build()).await
}

/// Withdraws a work from the public collection or the review queue, saying why.
pub async fn withdraw(
    auth: Auth,
    slug: &str,
    request: &WithdrawalRequest,
) -> ApiResult<PartnerArtwork> {
    let path = url(&format!("/partner/artworks/{}/withdraw", encode(slug)));
    authed_json(auth, |token| {
        bearer(Request::post(&path), token).json(request)
    })
    .await
}

/// The address of one of a work's images.
fn image_path(slug: &str, id: &str) -> String {
    url(&format!(
        "/partner/artworks/{}/images/{}",
        encode(slug),
        encode(id)
    ))
}

/// All of a work's images, by position, in every state.
pub async fn artwork_images(auth: Auth, slug: &str) -> ApiResult<ArtworkImageList> {
    let path = url(&format!("/partner/artworks/{}/images", encode(slug)));
    authed_json(auth, |token| bearer(Request::get(&path), token).build()).await
}

/// Uploads an image and its description as `multipart/form-data` (the
/// browser writes the boundary): the answer is the image, `processing`.
pub async fn upload_image(
    auth: Auth,
    slug: &str,
    form: &web_sys::FormData,
) -> ApiResult<ArtworkImage> {
    let path = url(&format!("/partner/artworks/{}/images", encode(slug)));
    authed_json(auth, |token| {
        bearer(Request::post(&path), token).body(form.clone())
    })
    .await
}

/// Asks the server to fetch an image from a link: the answer is the image,
/// `fetching`.
pub async fn link_image(auth: Auth, slug: &str, input: &ImageLinkInput) -> ApiResult<ArtworkImage> {
    let path = url(&format!("/partner/artworks/{}/images", encode(slug)));
    authed_json(auth, |token| {
        bearer(Request::post(&path), token).json(input)
    })
    .await
}

/// Replaces an image's description, and makes it primary or moves it.
pub async fn update_image(
    auth: Auth,
    slug: &str,
    id: &str,
    input: &ImageInput,
) -> ApiResult<ArtworkImage> {
    let path = image_path(slug, id);
    authed_json(auth, |token| bearer(Request::put(&path), token).json(input)).await
}

/// Deletes one of a work's images.
pub async fn delete_image(auth: Auth, slug: &str, id: &str) -> ApiResult<()> {
    let path = image_path(slug, id);
    authed(auth, |token| bearer(Request::delete(&path), token).build())
        .await
        .map(drop)
}

/// The latest notices about the museum's works, newest first.
pub async fn notifications(
    auth: Auth,
    limit: u32,
    cursor: Option<&str>,
) -> ApiResult<NotificationPage> {
    let mut query = vec![("limit", limit.to_string())];
    if let Some(c) = cursor {
        query.push(("cursor", c.to_owned()));
    }
    authed_json(auth, |token| {
        bearer(Request::get(&url("/partner/notifications")), token)
            .query(query.iter().map(|(k, v)| (*k, v.as_str())))
            .build()
    })
    .await
}

/// The museum's API clients, newest first.
pub async fn clients(auth: Auth) -> ApiResult<ApiClientList> {
    authed_json(auth, |token| {
        bearer(Request::get(&url("/partner/clients")), token).build()
    })
    .await
}

/// Creates an API client; its secret is in this answer only.
pub async fn create_client(auth: Auth, client: &NewApiClient) -> ApiResult<CreatedApiClient> {
    authed_json(auth, |token| {
        bearer(Request::post(&url("/partner/clients")), token).json(client)
    })
    .await
}

/// Revokes an API client.
pub async fn revoke_client(auth: Auth, client_id: &str) -> ApiResult<()> {
    let path = url(&format!("/partner/clients/{}", encode(client_id)));
    authed(auth, |token| bearer(Request::delete(&path), token).build())
        .await
        .map(drop)
}

/// The museum's imports, newest first.
pub async fn imports(auth: Auth) -> ApiResult<ImportJobList> {
    authed_json(auth, |token| {
        bearer(Request::get(&url("/partner/imports")), token).build()
    })
    .await
}

/// How an import is to read its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    pub format: ImportFormat,
    /// `field:column` pairs, comma-separated; empty for none.
    pub mapping: String,
    /// Skip columns that are not fields of a work instead of failing the record.
    pub ignore_unknown: bool,
    /// Only check and count; change nothing.
    pub dry_run: bool,
}

/// The media type a file of this format is sent as.
pub fn media_type(format: ImportFormat) -> &'static str {
    match format {
        ImportFormat::Csv => "text/csv",
        ImportFormat::Json => "application/json",
        ImportFormat::Ndjson => "application/x-ndjson",
    }
}

/// Imports a file (a `File` or `Blob`) and answers the finished job.
pub async fn start_import(
    auth: Auth,
    file: &web_sys::Blob,
    options: &ImportOptions,
) -> ApiResult<ImportJob> {
    let mut query = vec![("wait", "true".to_owned())];
    if options.dry_run {
        query.push(("dry_run", "true".to_owned()));
    }
    if !options.mapping.trim().is_empty() {
        query.push(("mapping", options.mapping.trim().to_owned()));
    }
    if options.ignore_unknown {
        query.push(("ignore_unknown", "true".to_owned()));
    }
    authed_json(auth, |token| {
        bearer(Request::post(&url("/partner/imports")), token)
            .header("Content-Type", media_type(options.format))
            .query(query.iter().map(|(k, v)| (*k, v.as_str())))
            .body(file.clone())
    })
    .await
}

/// A page of an import's records, optionally those with one outcome.
pub async fn import_rows(
    auth: Auth,
    job: i64,
    outcome: Option<RowOutcome>,
    cursor: Option<&str>,
) -> ApiResult<ImportRowPage> {
    let mut query = vec![("limit", "200".to_owned())];
    if let Some(o) = outcome {
        query.push(("outcome", o.as_str().to_owned()));
    }
    if let Some(c) = cursor {
        query.push(("cursor", c.to_owned()));
    }
    let path = url(&format!("/partner/imports/{job}/rows"));
    authed_json(auth, |token| {
        bearer(Request::get(&path), token)
            .query(query.iter().map(|(k, v)| (*k, v.as_str())))
            .build()
    })
    .await
}

// ---- Membership applications (public) ----------------------------------------

/// Sends a membership application: its fields and the signed PDF, as
/// `multipart/form-data` (the browser writes the boundary).
pub async fn apply(form: &web_sys::FormData) -> Result<ApplicationReceipt, Refused> {
    let response = send(
        Request::post(&url("/membership-applications"))
            .header("Accept", "application/json")
            .body(form.clone()),
    )
    .await?;
    if response.ok() {
        Ok(decode(response).await?)
    } else {
        Err(refused(response).await)
    }
}

/// An application, as its applicant follows it through the private link.
pub async fn application_status(token: &str) -> ApiResult<ApplicationStatusView> {
    get(
        &format!("/membership-applications/status/{}", encode(token)),
        &[],
    )
    .await
}

/// The applicant's answer to the secretariat.
pub async fn answer_application(
    token: &str,
    note: &ApplicationNote,
) -> ApiResult<ApplicationStatusView> {
    let path = format!("/membership-applications/status/{}/messages", encode(token));
    let response = post_json(&path, note).await?;
    if response.ok() {
        decode(response).await
    } else {
        Err(problem(response).await)
    }
}

/// A few published works matching `q`, e.g. to choose one by its title.
pub async fn quick_search(q: &str) -> ApiResult<SearchResults> {
    get("/search", &[("q", q.to_owned()), ("limit", "8".to_owned())]).await
}

// ---- The secretariat's console ------------------------------------------------

async fn admin_get<T: DeserializeOwned>(
    auth: Auth,
    path: &str,
    query: &[(&str, String)],
) -> ApiResult<T> {
    let path = url(path);
    authed_json(auth, |token| {
        bearer(Request::get(&path), token)
            .query(query.iter().map(|(k, v)| (*k, v.as_str())))
            .build()
    })
    .await
}

async fn admin_post<T: DeserializeOwned>(
    auth: Auth,
    path: &str,
    body: &impl serde::Serialize,
) -> ApiResult<T> {
    let path = url(path);
    authed_json(auth, |token| bearer(Request::post(&path), token).json(body)).await
}

/// The secretariat's dashboard.
pub async fn admin_dashboard(auth: Auth) -> ApiResult<AdminDashboard> {
    admin_get(auth, "/admin/dashboard", &[]).await
}

/// A page of the works in review, oldest nomination first.
pub async fn review_queue(auth: Auth, cursor: Option<&str>) -> ApiResult<ReviewQueue> {
    let mut query = vec![("limit", vcm_shared::rules::DEFAULT_PAGE_SIZE.to_string())];
    if let Some(c) = cursor {
        query.push(("cursor", c.to_owned()));
    }
    admin_get(auth, "/admin/reviews", &query).await
}

/// Any work of any museum, with the review checks.
pub async fn reviewed_artwork(auth: Auth, slug: &str) -> ApiResult<ReviewedArtwork> {
    admin_get(auth, &format!("/admin/artworks/{}", encode(slug)), &[]).await
}

/// What the secretariat may decide about a work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Publish,
    RequestChanges,
    Reject,
}

impl Decision {
    fn path(self) -> &'static str {
        match self {
            Decision::Publish => "publish",
            Decision::RequestChanges => "request-changes",
            Decision::Reject => "reject",
        }
    }
}

/// Publishes a work (if it is still at `version`), sends it back for changes,
/// or rejects it.
pub async fn decide(
    auth: Auth,
    slug: &str,
    version: i64,
    decision: Decision,
    comment: &ReviewComment,
) -> ApiResult<ReviewedArtwork> {
    let path = url(&format!(
        "/admin/artworks/{}/{}",
        encode(slug),
        decision.path()
    ));
    let etag = format!("\"{version}\"");
    authed_json(auth, |token| {
        bearer(Request::post(&path), token)
            .header("If-Match", &etag)
            .json(comment)
    })
    .await
}

/// Withdraws a published work from the collection, saying why.
pub async fn admin_withdraw(
    auth: Auth,
    slug: &str,
    request: &WithdrawalRequest,
) -> ApiResult<ReviewedArtwork> {
    admin_post(
        auth,
        &format!("/admin/artworks/{}/withdraw", encode(slug)),
        request,
    )
    .await
}

/// The masterpieces of the days chosen so far and the days pinned ahead.
pub async fn featured(auth: Auth) -> ApiResult<FeaturedSchedule> {
    admin_get(auth, "/admin/featured", &[]).await
}

/// Pins a published work to a day (`YYYY-MM-DD`).
pub async fn pin_featured(auth: Auth, date: &str, pin: &FeaturedPin) -> ApiResult<FeaturedDay> {
    let path = url(&format!("/admin/featured/{}", encode(date)));
    authed_json(auth, |token| bearer(Request::put(&path), token).json(pin)).await
}

/// Gives a pinned day back to the rotation.
pub async fn unpin_featured(auth: Auth, date: &str) -> ApiResult<()> {
    let path = url(&format!("/admin/featured/{}", encode(date)));
    authed(auth, |token| bearer(Request::delete(&path), token).build())
        .await
        .map(drop)
}

/// A page of membership applications, optionally those in one status.
pub async fn applications(
    auth: Auth,
    status: Option<ApplicationStatus>,
    cursor: Option<&str>,
) -> ApiResult<ApplicationPage> {
    let mut query = vec![("limit", vcm_shared::rules::DEFAULT_PAGE_SIZE.to_string())];
    if let Some(s) = status {
        query.push(("status", s.as_str().to_owned()));
    }
    if let Some(c) = cursor {
        query.push(("cursor", c.to_owned()));
    }
    admin_get(auth, "/admin/applications", &query).await
}

/// One application, as the secretariat reads it.
pub async fn application(auth: Auth, id: i64) -> ApiResult<Application> {
    admin_get(auth, &format!("/admin/applications/{id}"), &[]).await
}

/// The signed application's bytes.
pub async fn application_document(auth: Auth, id: i64) -> ApiResult<Vec<u8>> {
    let path = url(&format!("/admin/applications/{id}/document"));
    let response = authed(auth, |token| {
        Request::get(&path)
            .header("Authorization", &format!("Bearer {token}"))
            .header("Accept", "application/pdf")
            .build()
    })
    .await?;
    response
        .binary()
        .await
        .map_err(|e| ApiError::Decode(e.to_string()))
}

/// What the secretariat may do with an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplicationAction {
    RequestInfo,
    Approve,
    Reject,
    Reopen,
}

impl ApplicationAction {
    fn path(self) -> &'static str {
        match self {
            ApplicationAction::RequestInfo => "request-info",
            ApplicationAction::Approve => "approve",
            ApplicationAction::Reject => "reject",
            ApplicationAction::Reopen => "reopen",
        }
    }

    /// Whether the action needs a message.
    pub fn needs_message(self) -> bool {
        matches!(
            self,
            ApplicationAction::RequestInfo | ApplicationAction::Reject
        )
    }
}

/// Asks the applicant for information, approves, rejects or reopens an application.
pub async fn act_on_application(
    auth: Auth,
    id: i64,
    action: ApplicationAction,
    note: &ApplicationNote,
) -> ApiResult<Application> {
    admin_post(
        auth,
        &format!("/admin/applications/{id}/{}", action.path()),
        note,
    )
    .await
}

/// Every account, by email.
pub async fn users(auth: Auth) -> ApiResult<UserList> {
    admin_get(auth, "/admin/users", &[]).await
}

/// Invites a person; they get an email to set their password.
pub async fn invite_user(auth: Auth, invite: &UserInvite) -> ApiResult<User> {
    admin_post(auth, "/admin/users", invite).await
}

/// Changes an account's role, museum, name or whether it is disabled.
pub async fn update_user(auth: Auth, id: i64, update: &UserUpdate) -> ApiResult<User> {
    let path = url(&format!("/admin/users/{id}"));
    authed_json(auth, |token| {
        bearer(Request::patch(&path), token).json(update)
    })
    .await
}

/// A page of the audit log, newest first, narrowed by `filters` (name, value).
pub async fn audit(
    auth: Auth,
    filters: &[(&'static str, String)],
    cursor: Option<&str>,
) -> ApiResult<AuditPage> {
    let mut query: Vec<(&str, String)> = filters.to_vec();
    if let Some(c) = cursor {
        query.push(("cursor", c.to_owned()));
    }
    admin_get(auth, "/admin/audit", &query).await
}

/// A page of the emails the platform wrote, newest first.
pub async fn emails(auth: Auth, cursor: Option<&str>) -> ApiResult<EmailPage> {
    let mut query = Vec::new();
    if let Some(c) = cursor {
        query.push(("cursor", c.to_owned()));
    }
    admin_get(auth, "/admin/emails", &query).await
}

// ---- The network: museums, settings, countries, equivalent terms ---------------

/// Puts `body` as JSON to an `/api/v1` path, with `If-Match` when a version is given.
async fn admin_put<T: DeserializeOwned>(
    auth: Auth,
    path: &str,
    version: Option<i64>,
    body: &impl serde::Serialize,
) -> ApiResult<T> {
    let path = url(path);
    let etag = version.map(|v| format!("\"{v}\""));
    authed_json(auth, |token| {
        let builder = bearer(Request::put(&path), token);
        match &etag {
            Some(etag) => builder.header("If-Match", etag),
            None => builder,
        }
        .json(body)
    })
    .await
}

/// Every museum, as the secretariat sees it, optionally those in one
/// membership status.
pub async fn admin_museums(
    auth: Auth,
    status: Option<MembershipStatus>,
) -> ApiResult<PartnerMuseumList> {
    let query: Vec<(&str, String)> = status
        .map(|s| ("membership_status", s.as_str().to_owned()))
        .into_iter()
        .collect();
    admin_get(auth, "/admin/museums", &query).await
}

/// One museum, with its version, quota and works by status.
pub async fn admin_museum(auth: Auth, slug: &str) -> ApiResult<PartnerMuseum> {
    admin_get(auth, &format!("/admin/museums/{}", encode(slug)), &[]).await
}

/// Replaces a museum's profile, if it is still at `version`
/// (`412 precondition_failed` otherwise).
pub async fn update_admin_museum(
    auth: Auth,
    slug: &str,
    version: i64,
    input: &MuseumInput,
) -> ApiResult<PartnerMuseum> {
    admin_put(
        auth,
        &format!("/admin/museums/{}", encode(slug)),
        Some(version),
        input,
    )
    .await
}

/// Changes a museum's membership status and quota, if it is still at `version`.
pub async fn change_membership(
    auth: Auth,
    slug: &str,
    version: i64,
    change: &MembershipChange,
) -> ApiResult<PartnerMuseum> {
    admin_put(
        auth,
        &format!("/admin/museums/{}/membership", encode(slug)),
        Some(version),
        change,
    )
    .await
}

/// The network's settings.
pub async fn network_settings(auth: Auth) -> ApiResult<NetworkSettings> {
    admin_get(auth, "/admin/settings", &[]).await
}

/// Changes the network's settings.
pub async fn update_network_settings(
    auth: Auth,
    settings: &NetworkSettings,
) -> ApiResult<NetworkSettings> {
    admin_put(auth, "/admin/settings", None, settings).await
}

/// Every country with its counts, read with the access token so that no
/// cache answers an older list.
pub async fn admin_countries(auth: Auth) -> ApiResult<CountryList> {
    admin_get(auth, "/countries", &[]).await
}

/// Adds a country or changes one; answers whether it was added, and the country.
pub async fn put_country(
    auth: Auth,
    code: &str,
    input: &CountryInput,
) -> ApiResult<(bool, Country)> {
    let path = url(&format!("/admin/countries/{}", encode(code)));
    let response = authed(auth, |token| bearer(Request::put(&path), token).json(input)).await?;
    let added = response.status() == 201;
    decode(response).await.map(|c| (added, c))
}

/// Every group of equivalent search terms.
pub async fn equivalent_terms(auth: Auth) -> ApiResult<EquivalentTermsList> {
    admin_get(auth, "/admin/equivalent-terms", &[]).await
}

/// Adds a group of equivalent search terms.
pub async fn create_equivalent_terms(
    auth: Auth,
    input: &EquivalentTermsInput,
) -> ApiResult<EquivalentTerms> {
    admin_post(auth, "/admin/equivalent-terms", input).await
}

/// Replaces a group of equivalent search terms.
pub async fn update_equivalent_terms(
    auth: Auth,
    id: i64,
    input: &EquivalentTermsInput,
) -> ApiResult<EquivalentTerms> {
    admin_put(auth, &format!("/admin/equivalent-terms/{id}"), None, input).await
}

/// Removes a group of equivalent search terms.
pub async fn delete_equivalent_terms(auth: Auth, id: i64) -> ApiResult<()> {
    let path = url(&format!("/admin/equivalent-terms/{id}"));
    authed(auth, |token| bearer(Request::delete(&path), token).build())
        .await
        .map(drop)
}

/// A path segment, percent-encoded so that whatever a visitor typed in the
/// address bar reaches the server as one segment.
fn encode(segment: &str) -> String {
    crate::search_state::encode_component(segment)
}
