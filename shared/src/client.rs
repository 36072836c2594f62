//! The API's calls, typed. Each function of [`public`] and [`signed_in`] is
//! one endpoint: it answers a [`Call`] holding the request (method, path
//! under `/api/v1`, query, JSON body, `If-Match`) and, by its type, what the
//! endpoint answers. Nothing here speaks HTTP, so the same calls serve the web
//! app in the browser (through `fetch`), the server rendering a page, the
//! end-to-end tests and a partner museum's own Rust systems: the last three
//! send them with [`Client`] (feature `client`, over reqwest).
//!
//! ```ignore
//! use vcm_shared::client::{Client, signed_in};
//! let api = Client::new("https://vcm.example").with_token(token);
//! let mine = api.send(signed_in::partner_artworks(None, None, None)).await?;
//! ```

use std::marker::PhantomData;

use serde::Serialize;

use crate::{ErrorCode, FieldError, Problem, Withdrawal};

/// The API's root, under the platform's address.
pub const BASE: &str = "/api/v1";

/// An HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

/// One request to the API, answering a `T` when it succeeds (`()` for an
/// answer without a body).
#[derive(Debug, Clone, PartialEq)]
pub struct Call<T> {
    pub method: Method,
    /// The path under [`BASE`], its segments percent-encoded.
    pub path: String,
    pub query: Vec<(&'static str, String)>,
    /// A JSON body, as text (the wire types serialise straight to it, which
    /// keeps a generic JSON value's code out of the web app's bundles).
    pub json: Option<String>,
    /// The version the caller read, sent as `If-Match: "N"`.
    pub if_match: Option<i64>,
    /// The media type of a body that is not JSON, which the sender attaches
    /// (an import's file); `None` for a form, whose type the sender writes.
    pub content_type: Option<&'static str>,
    answer: PhantomData<fn() -> T>,
}

impl<T> Call<T> {
    fn new(method: Method, path: impl Into<String>) -> Self {
        Call {
            method,
            path: path.into(),
            query: Vec::new(),
            json: None,
            if_match: None,
            content_type: None,
            answer: PhantomData,
        }
    }

    fn get(path: impl Into<String>) -> Self {
        Self::new(Method::Get, path)
    }

    fn post(path: impl Into<String>) -> Self {
        Self::new(Method::Post, path)
    }

    fn put(path: impl Into<String>) -> Self {
        Self::new(Method::Put, path)
    }

    fn delete(path: impl Into<String>) -> Self {
        Self::new(Method::Delete, path)
    }

    /// Adds a query parameter.
    fn param(mut self, name: &'static str, value: impl ToString) -> Self {
        self.query.push((name, value.to_string()));
        self
    }

    /// Adds a query parameter when there is a value.
    fn param_opt(self, name: &'static str, value: Option<impl ToString>) -> Self {
        match value {
            Some(v) => self.param(name, v),
            None => self,
        }
    }

    /// Sends `body` as JSON.
    fn json(mut self, body: &impl Serialize) -> Self {
        // The wire types have string keys and plain values: they always serialise.
        self.json = Some(serde_json::to_string(body).unwrap_or_default());
        self
    }

    fn if_match(mut self, version: i64) -> Self {
        self.if_match = Some(version);
        self
    }

    /// The address to send it to, under the platform's address `origin`
    /// (empty for the same origin), with its query.
    pub fn url(&self, origin: &str) -> String {
        let mut url = format!("{}{BASE}{}", origin.trim_end_matches('/'), self.path);
        for (i, (name, value)) in self.query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(name);
            url.push('=');
            url.push_str(&encode(value));
        }
        url
    }

    /// The `If-Match` header's value, when the call sends one.
    pub fn if_match_header(&self) -> Option<String> {
        self.if_match.map(|v| format!("\"{v}\""))
    }
}

/// Reads a successful answer's body as `T` (an empty body as JSON `null`,
/// which is what `()` reads).
pub fn decode<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        b"null".as_slice()
    } else {
        body
    };
    serde_json::from_slice(body).map_err(|e| ApiError::Decode(e.to_string()))
}

/// Reads a failed answer: the server's problem details, else its status.
pub fn refusal(status: u16, body: &[u8]) -> ApiError {
    match serde_json::from_slice::<Problem>(body) {
        Ok(p) => ApiError::Problem(p),
        Err(_) => ApiError::Status(status),
    }
}

/// Percent-encodes a path segment or query value (UTF-8), keeping only
/// unreserved characters, so that whatever was typed arrives as one piece.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

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

    /// The answer's HTTP status, when one arrived.
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Problem(p) => Some(p.status),
            ApiError::Status(s) => Some(*s),
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
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            ApiError::Problem(p) => &p.errors,
            _ => &[],
        }
    }

    /// The parameter the server refused, when it named one.
    pub fn field(&self) -> Option<&str> {
        self.field_errors().first().map(|e| e.field.as_str())
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

/// The calls anyone may make, without credentials.
pub mod public {
    use super::{Call, encode};
    use crate::*;

    /// Every country the network lists, with its museum and work counts.
    pub fn countries() -> Call<CountryList> {
        Call::get("/countries")
    }

    /// One page of member museums, optionally those located in one country.
    pub fn museums(
        country: Option<&str>,
        limit: Option<u32>,
        cursor: Option<&str>,
    ) -> Call<MuseumPage> {
        Call::get("/museums")
            .param_opt("country", country)
            .param_opt("limit", limit)
            .param_opt("cursor", cursor)
    }

    /// One museum's profile.
    pub fn museum(slug: &str) -> Call<Museum> {
        Call::get(format!("/museums/{}", encode(slug)))
    }

    /// Which published works to list (raw, as an address holds them, so that
    /// the server judges what is valid); every field narrows the list.
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
    pub fn artworks(q: &ArtworkQuery, cursor: Option<&str>) -> Call<ArtworkPage> {
        Call::get("/artworks")
            .param_opt("museum", q.museum.as_deref())
            .param_opt("country", q.country.as_deref())
            .param_opt("object_type", q.object_type.as_deref())
            .param_opt("year_from", q.year_from.as_deref())
            .param_opt("year_to", q.year_to.as_deref())
            .param_opt("limit", q.limit)
            .param_opt("cursor", cursor)
    }

    /// One published work's full record.
    pub fn artwork(slug: &str) -> Call<Artwork> {
        Call::get(format!("/artworks/{}", encode(slug)))
    }

    /// Works related to one published work.
    pub fn related(slug: &str) -> Call<RelatedWorks> {
        Call::get(format!("/artworks/{}/related", encode(slug)))
    }

    /// The masterpiece of a day (`YYYY-MM-DD`, today or before), today's
    /// when none is named.
    pub fn masterpiece_of_the_day(date: Option<&str>) -> Call<MasterpieceOfTheDay> {
        Call::get("/masterpiece-of-the-day").param_opt("date", date)
    }

    /// Today's masterpiece and featured works.
    pub fn highlights() -> Call<Highlights> {
        Call::get("/highlights")
    }

    /// One page of search results with every facet's counts; `search` holds
    /// the query and filters as `(parameter, value)` pairs.
    pub fn search(
        search: Vec<(&'static str, String)>,
        limit: u32,
        cursor: Option<&str>,
    ) -> Call<SearchResults> {
        let mut call = Call::get("/search");
        call.query = search;
        call.param("limit", limit).param_opt("cursor", cursor)
    }

    /// Titles, makers, museums and periods beginning with `prefix`.
    pub fn suggest(prefix: &str, limit: u32) -> Call<Suggestions> {
        Call::get("/suggest")
            .param("q", prefix)
            .param("limit", limit)
    }

    /// The works a search matches, counted by century and region.
    pub fn timeline(search: Vec<(&'static str, String)>) -> Call<Timeline> {
        let mut call = Call::get("/timeline");
        call.query = search;
        call
    }

    /// The vocabulary of periods, dynasties and eras.
    pub fn periods() -> Call<PeriodList> {
        Call::get("/periods")
    }

    /// Signs in: answers the access token and the account; the server sets
    /// the refresh cookie.
    pub fn login(request: &LoginRequest) -> Call<Session> {
        Call::post("/auth/login").json(request)
    }

    /// Exchanges the refresh cookie for a new access token (the cookie
    /// rotates); `204` without a body when there is no cookie.
    pub fn refresh() -> Call<Session> {
        Call::post("/auth/refresh")
    }

    /// Ends the sign-in the refresh cookie belongs to, and clears the cookie.
    pub fn logout() -> Call<()> {
        Call::post("/auth/logout")
    }

    /// Asks for a password reset email; the answer is the same whether or
    /// not the address has an account.
    pub fn request_password_reset(request: &PasswordResetRequest) -> Call<()> {
        Call::post("/auth/password-reset").json(request)
    }

    /// Sets a password with the token from a reset or invitation email.
    pub fn confirm_password_reset(request: &PasswordResetConfirm) -> Call<()> {
        Call::post("/auth/password-reset/confirm").json(request)
    }

    /// Applies for membership: send the fields and the signed PDF as the
    /// body, `multipart/form-data`.
    pub fn apply() -> Call<ApplicationReceipt> {
        Call::post("/membership-applications")
    }

    /// An application, as its applicant follows it through the private link.
    pub fn application_status(token: &str) -> Call<ApplicationStatusView> {
        Call::get(format!("/membership-applications/status/{}", encode(token)))
    }

    /// The applicant's answer to the secretariat.
    pub fn answer_application(token: &str, note: &ApplicationNote) -> Call<ApplicationStatusView> {
        Call::post(format!(
            "/membership-applications/status/{}/messages",
            encode(token)
        ))
        .json(note)
    }
}

/// The calls made with an access token: a person's own account, a museum's
/// works (by its editors or its API clients) and the secretariat's console.
pub mod signed_in {
    use super::{Call, Method, encode};
    use crate::*;

    /// The signed-in account.
    pub fn me() -> Call<CurrentUser> {
        Call::get("/auth/me")
    }

    /// Changes the signed-in account's password; other sign-ins end.
    pub fn change_password(change: &PasswordChange) -> Call<()> {
        Call::put("/auth/password").json(change)
    }

    // ---- A museum's own -------------------------------------------------------

    /// The caller's museum, its counts by status and its quota.
    pub fn partner_museum() -> Call<PartnerMuseum> {
        Call::get("/partner/museum")
    }

    /// Replaces the caller's museum's profile, if it is still at `version`.
    pub fn update_partner_museum(version: i64, input: &MuseumInput) -> Call<PartnerMuseum> {
        Call::put("/partner/museum").if_match(version).json(input)
    }

    /// A page of the museum's works, most recently changed first, optionally
    /// those in one status.
    pub fn partner_artworks(
        status: Option<WorkStatus>,
        limit: Option<u32>,
        cursor: Option<&str>,
    ) -> Call<PartnerArtworkPage> {
        Call::get("/partner/artworks")
            .param_opt("status", status.map(WorkStatus::as_str))
            .param_opt("limit", limit)
            .param_opt("cursor", cursor)
    }

    /// One of the museum's works, in any status, with its version.
    pub fn partner_artwork(slug: &str) -> Call<PartnerArtwork> {
        Call::get(format!("/partner/artworks/{}", encode(slug)))
    }

    /// Creates a work as a draft.
    pub fn create_artwork(input: &ArtworkInput) -> Call<PartnerArtwork> {
        Call::post("/partner/artworks").json(input)
    }

    /// Replaces a work's editable fields, if it is still at `version`
    /// (`412 precondition_failed` otherwise).
    pub fn update_artwork(slug: &str, version: i64, input: &ArtworkInput) -> Call<PartnerArtwork> {
        Call::put(format!("/partner/artworks/{}", encode(slug)))
            .if_match(version)
            .json(input)
    }

    /// Creates or updates the work with this inventory number: what a
    /// collection system sends for each of its records (idempotent).
    pub fn upsert_by_inventory(number: &str, input: &ArtworkInput) -> Call<UpsertResult> {
        Call::put(format!("/partner/artworks/by-inventory/{}", encode(number))).json(input)
    }

    /// Nominates a work for publication (draft, changes requested or
    /// withdrawn → in review).
    pub fn nominate(slug: &str) -> Call<PartnerArtwork> {
        Call::post(format!("/partner/artworks/{}/nominate", encode(slug)))
    }

    /// Withdraws a work from the public collection or the review queue, saying why.
    pub fn withdraw(slug: &str, request: &WithdrawalRequest) -> Call<PartnerArtwork> {
        Call::post(format!("/partner/artworks/{}/withdraw", encode(slug))).json(request)
    }

    /// All of a work's images, by position, in every state.
    pub fn artwork_images(slug: &str) -> Call<ArtworkImageList> {
        Call::get(format!("/partner/artworks/{}/images", encode(slug)))
    }

    /// Uploads an image: send the file and its description as the body,
    /// `multipart/form-data`; the answer is the image, `processing`.
    pub fn upload_image(slug: &str) -> Call<ArtworkImage> {
        Call::post(format!("/partner/artworks/{}/images", encode(slug)))
    }

    /// Asks the server to fetch an image from a link: the answer is the
    /// image, `fetching`.
    pub fn link_image(slug: &str, input: &ImageLinkInput) -> Call<ArtworkImage> {
        Call::post(format!("/partner/artworks/{}/images", encode(slug))).json(input)
    }

    fn image_path(slug: &str, id: &str) -> String {
        format!("/partner/artworks/{}/images/{}", encode(slug), encode(id))
    }

    /// One of a work's images, in any state.
    pub fn artwork_image(slug: &str, id: &str) -> Call<ArtworkImage> {
        Call::get(image_path(slug, id))
    }

    /// Replaces an image's description, and makes it primary or moves it.
    pub fn update_image(slug: &str, id: &str, input: &ImageInput) -> Call<ArtworkImage> {
        Call::put(image_path(slug, id)).json(input)
    }

    /// Deletes one of a work's images.
    pub fn delete_image(slug: &str, id: &str) -> Call<()> {
        Call::delete(image_path(slug, id))
    }

    /// The latest notices about the museum's works, newest first.
    pub fn notifications(limit: Option<u32>, cursor: Option<&str>) -> Call<NotificationPage> {
        Call::get("/partner/notifications")
            .param_opt("limit", limit)
            .param_opt("cursor", cursor)
    }

    /// The museum's API clients, newest first.
    pub fn clients() -> Call<ApiClientList> {
        Call::get("/partner/clients")
    }

    /// Creates an API client; its secret is in this answer only.
    pub fn create_client(client: &NewApiClient) -> Call<CreatedApiClient> {
        Call::post("/partner/clients").json(client)
    }

    /// Revokes an API client.
    pub fn revoke_client(client_id: &str) -> Call<()> {
        Call::delete(format!("/partner/clients/{}", encode(client_id)))
    }

    /// The museum's imports, newest first.
    pub fn imports() -> Call<ImportJobList> {
        Call::get("/partner/imports")
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

    /// Imports a file, answering the finished job: send the file as the
    /// body (its type is the [`media_type`] of its format).
    pub fn start_import(options: &ImportOptions) -> Call<ImportJob> {
        let mapping = options.mapping.trim();
        let mut call = Call::post("/partner/imports");
        call.content_type = Some(media_type(options.format));
        call.param("wait", true)
            .param_opt("dry_run", options.dry_run.then_some(true))
            .param_opt("mapping", (!mapping.is_empty()).then_some(mapping))
            .param_opt("ignore_unknown", options.ignore_unknown.then_some(true))
    }

    /// One of the museum's imports: where it stands and its counts.
    pub fn import_job(job: i64) -> Call<ImportJob> {
        Call::get(format!("/partner/imports/{job}"))
    }

    /// A page of an import's records, optionally those with one outcome.
    pub fn import_rows(
        job: i64,
        outcome: Option<RowOutcome>,
        limit: Option<u32>,
        cursor: Option<&str>,
    ) -> Call<ImportRowPage> {
        Call::get(format!("/partner/imports/{job}/rows"))
            .param_opt("outcome", outcome.map(RowOutcome::as_str))
            .param_opt("limit", limit)
            .param_opt("cursor", cursor)
    }

    // ---- The secretariat ------------------------------------------------------

    /// The secretariat's dashboard.
    pub fn admin_dashboard() -> Call<AdminDashboard> {
        Call::get("/admin/dashboard")
    }

    /// A page of the works in review, oldest nomination first.
    pub fn review_queue(limit: Option<u32>, cursor: Option<&str>) -> Call<ReviewQueue> {
        Call::get("/admin/reviews")
            .param_opt("limit", limit)
            .param_opt("cursor", cursor)
    }

    /// Any work of any museum, with the review checks.
    pub fn reviewed_artwork(slug: &str) -> Call<ReviewedArtwork> {
        Call::get(format!("/admin/artworks/{}", encode(slug)))
    }

    /// What the secretariat may decide about a work in review.
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

    /// Publishes a work, sends it back for changes, or rejects it, if it is
    /// still at `version`.
    pub fn decide(
        slug: &str,
        version: i64,
        decision: Decision,
        comment: &ReviewComment,
    ) -> Call<ReviewedArtwork> {
        Call::post(format!(
            "/admin/artworks/{}/{}",
            encode(slug),
            decision.path()
        ))
        .if_match(version)
        .json(comment)
    }

    /// Withdraws a published work from the collection, saying why.
    pub fn admin_withdraw(slug: &str, request: &WithdrawalRequest) -> Call<ReviewedArtwork> {
        Call::post(format!("/admin/artworks/{}/withdraw", encode(slug))).json(request)
    }

    /// The masterpieces of the days chosen so far and the days pinned ahead.
    pub fn featured() -> Call<FeaturedSchedule> {
        Call::get("/admin/featured")
    }

    /// Pins a published work to a day (`YYYY-MM-DD`).
    pub fn pin_featured(date: &str, pin: &FeaturedPin) -> Call<FeaturedDay> {
        Call::put(format!("/admin/featured/{}", encode(date))).json(pin)
    }

    /// Gives a pinned day back to the rotation.
    pub fn unpin_featured(date: &str) -> Call<()> {
        Call::delete(format!("/admin/featured/{}", encode(date)))
    }

    /// A page of membership applications, optionally those in one status.
    pub fn applications(
        status: Option<ApplicationStatus>,
        limit: Option<u32>,
        cursor: Option<&str>,
    ) -> Call<ApplicationPage> {
        Call::get("/admin/applications")
            .param_opt("status", status.map(ApplicationStatus::as_str))
            .param_opt("limit", limit)
            .param_opt("cursor", cursor)
    }

    /// One application, as the secretariat reads it.
    pub fn application(id: i64) -> Call<Application> {
        Call::get(format!("/admin/applications/{id}"))
    }

    /// The signed application, a PDF: its bytes, not JSON ([`Client::bytes`]).
    ///
    /// [`Client::bytes`]: super::Client::bytes
    pub fn application_document(id: i64) -> Call<Vec<u8>> {
        Call::get(format!("/admin/applications/{id}/document"))
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

    /// Asks the applicant for information, approves, rejects or reopens an
    /// application.
    pub fn act_on_application(
        id: i64,
        action: ApplicationAction,
        note: &ApplicationNote,
    ) -> Call<Application> {
        Call::post(format!("/admin/applications/{id}/{}", action.path())).json(note)
    }

    /// Every account, by email.
    pub fn users() -> Call<UserList> {
        Call::get("/admin/users")
    }

    /// Invites a person; they get an email to set their password.
    pub fn invite_user(invite: &UserInvite) -> Call<User> {
        Call::post("/admin/users").json(invite)
    }

    /// Changes an account's role, museum, name or whether it is disabled.
    pub fn update_user(id: i64, update: &UserUpdate) -> Call<User> {
        Call::new(Method::Patch, format!("/admin/users/{id}")).json(update)
    }

    /// A page of the audit log, newest first, narrowed by `filters`
    /// (parameter, value).
    pub fn audit(filters: Vec<(&'static str, String)>, cursor: Option<&str>) -> Call<AuditPage> {
        let mut call = Call::get("/admin/audit");
        call.query = filters;
        call.param_opt("cursor", cursor)
    }

    /// A page of the emails the platform wrote, newest first.
    pub fn emails(recipient: Option<&str>, cursor: Option<&str>) -> Call<EmailPage> {
        Call::get("/admin/emails")
            .param_opt("recipient", recipient)
            .param_opt("cursor", cursor)
    }

    /// Every museum, as the secretariat sees it, optionally those in one
    /// membership status.
    pub fn admin_museums(status: Option<MembershipStatus>) -> Call<PartnerMuseumList> {
        Call::get("/admin/museums")
            .param_opt("membership_status", status.map(MembershipStatus::as_str))
    }

    /// One museum, with its version, quota and works by status.
    pub fn admin_museum(slug: &str) -> Call<PartnerMuseum> {
        Call::get(format!("/admin/museums/{}", encode(slug)))
    }

    /// Replaces a museum's profile, if it is still at `version`.
    pub fn update_admin_museum(
        slug: &str,
        version: i64,
        input: &MuseumInput,
    ) -> Call<PartnerMuseum> {
        Call::put(format!("/admin/museums/{}", encode(slug)))
            .if_match(version)
            .json(input)
    }

    /// Changes a museum's membership status and quota, if it is still at `version`.
    pub fn change_membership(
        slug: &str,
        version: i64,
        change: &MembershipChange,
    ) -> Call<PartnerMuseum> {
        Call::put(format!("/admin/museums/{}/membership", encode(slug)))
            .if_match(version)
            .json(change)
    }

    /// The network's settings.
    pub fn network_settings() -> Call<NetworkSettings> {
        Call::get("/admin/settings")
    }

    /// Changes the network's settings.
    pub fn update_network_settings(settings: &NetworkSettings) -> Call<NetworkSettings> {
        Call::put("/admin/settings").json(settings)
    }

    /// Every country with its counts, read with the access token so that no
    /// shared cache answers an older list.
    pub fn countries() -> Call<CountryList> {
        Call::get("/countries")
    }

    /// Adds a country (`201`) or changes one (`200`).
    pub fn put_country(code: &str, input: &CountryInput) -> Call<Country> {
        Call::put(format!("/admin/countries/{}", encode(code))).json(input)
    }

    /// Every group of equivalent search terms.
    pub fn equivalent_terms() -> Call<EquivalentTermsList> {
        Call::get("/admin/equivalent-terms")
    }

    /// Adds a group of equivalent search terms.
    pub fn create_equivalent_terms(input: &EquivalentTermsInput) -> Call<EquivalentTerms> {
        Call::post("/admin/equivalent-terms").json(input)
    }

    /// Replaces a group of equivalent search terms.
    pub fn update_equivalent_terms(id: i64, input: &EquivalentTermsInput) -> Call<EquivalentTerms> {
        Call::put(format!("/admin/equivalent-terms/{id}")).json(input)
    }

    /// Removes a group of equivalent search terms.
    pub fn delete_equivalent_terms(id: i64) -> Call<()> {
        Call::delete(format!("/admin/equivalent-terms/{id}"))
    }
}

/// Sends calls over HTTP with reqwest: for the tests, the server rendering
/// pages, and a partner museum's own systems.
#[cfg(feature = "client")]
mod http {
    use super::{ApiError, Call, Method, decode, refusal};

    /// A body that is not the call's JSON.
    enum Body {
        /// `multipart/form-data`.
        Form(reqwest::multipart::Form),
        /// A file of the call's media type.
        File(reqwest::Body),
    }

    /// The platform at one address, with an access token or without.
    #[derive(Debug, Clone)]
    pub struct Client {
        http: reqwest::Client,
        origin: String,
        token: Option<String>,
        language: Option<String>,
    }

    /// An answer's status and its typed body.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Answer<T> {
        pub status: u16,
        /// The `ETag`, when the answer has one: the version it shows.
        pub etag: Option<String>,
        /// The `Location`, when the answer made something: its address.
        pub location: Option<String>,
        pub body: T,
    }

    impl Client {
        /// The platform at `origin`, e.g. `https://vcm.example`.
        pub fn new(origin: impl Into<String>) -> Self {
            Self::using(reqwest::Client::new(), origin)
        }

        /// The platform at `origin`, through an HTTP client of one's own
        /// (its connections are shared with its other uses).
        pub fn using(http: reqwest::Client, origin: impl Into<String>) -> Self {
            Client {
                http,
                origin: origin.into(),
                token: None,
                language: None,
            }
        }

        /// The same platform, asking for labels in this language (sent as
        /// `Accept-Language`, e.g. `ko`).
        pub fn with_language(&self, tag: impl Into<String>) -> Self {
            Client {
                language: Some(tag.into()),
                ..self.clone()
            }
        }

        /// The same platform, sending this access token (a person's or an
        /// API client's).
        pub fn with_token(&self, token: impl Into<String>) -> Self {
            Client {
                token: Some(token.into()),
                ..self.clone()
            }
        }

        /// Sends `call`, answering what it answers or why not.
        pub async fn send<T: serde::de::DeserializeOwned>(
            &self,
            call: Call<T>,
        ) -> Result<T, ApiError> {
            self.answer(call).await.map(|a| a.body)
        }

        /// Sends `call`, answering its status and `ETag` with its body.
        pub async fn answer<T: serde::de::DeserializeOwned>(
            &self,
            call: Call<T>,
        ) -> Result<Answer<T>, ApiError> {
            self.exchange(&call, None).await
        }

        /// Sends a call whose answer is not JSON, answering its bytes.
        pub async fn bytes(&self, call: Call<Vec<u8>>) -> Result<Vec<u8>, ApiError> {
            Ok(self.raw(&call, None).await?.body)
        }

        /// Sends `call` with `form` as its `multipart/form-data` body (an
        /// application with its signed PDF, an image with its file).
        pub async fn send_form<T: serde::de::DeserializeOwned>(
            &self,
            call: Call<T>,
            form: reqwest::multipart::Form,
        ) -> Result<T, ApiError> {
            self.answer_form(call, form).await.map(|a| a.body)
        }

        /// Sends `call` with `form` as its body, answering its status,
        /// `Location` and body (an image upload answers 201 and where the
        /// image can be read).
        pub async fn answer_form<T: serde::de::DeserializeOwned>(
            &self,
            call: Call<T>,
            form: reqwest::multipart::Form,
        ) -> Result<Answer<T>, ApiError> {
            self.exchange(&call, Some(Body::Form(form))).await
        }

        /// Sends `call` with `file` as its body, of the call's media type
        /// (an import's CSV, JSON or NDJSON file), answering its status,
        /// `Location` and body.
        pub async fn answer_file<T: serde::de::DeserializeOwned>(
            &self,
            call: Call<T>,
            file: impl Into<reqwest::Body>,
        ) -> Result<Answer<T>, ApiError> {
            self.exchange(&call, Some(Body::File(file.into()))).await
        }

        /// Sends `call`, with `body` when there is one, and reads a
        /// successful answer's body as a `T`.
        async fn exchange<T: serde::de::DeserializeOwned>(
            &self,
            call: &Call<T>,
            body: Option<Body>,
        ) -> Result<Answer<T>, ApiError> {
            let raw = self.raw(call, body).await?;
            Ok(Answer {
                status: raw.status,
                etag: raw.etag,
                location: raw.location,
                body: decode(&raw.body)?,
            })
        }

        /// Sends `call`, with `body` when there is one: a successful
        /// answer's status, headers and bytes.
        async fn raw<T>(
            &self,
            call: &Call<T>,
            body: Option<Body>,
        ) -> Result<Answer<Vec<u8>>, ApiError> {
            let method = match call.method {
                Method::Get => reqwest::Method::GET,
                Method::Post => reqwest::Method::POST,
                Method::Put => reqwest::Method::PUT,
                Method::Patch => reqwest::Method::PATCH,
                Method::Delete => reqwest::Method::DELETE,
            };
            let mut request = self
                .http
                .request(method, call.url(&self.origin))
                .header("Accept", "application/json");
            if let Some(token) = &self.token {
                request = request.bearer_auth(token);
            }
            if let Some(language) = &self.language {
                request = request.header("Accept-Language", language);
            }
            if let Some(etag) = call.if_match_header() {
                request = request.header("If-Match", etag);
            }
            if let Some(Body::Form(form)) = body {
                request = request.multipart(form);
            } else if let Some(Body::File(file)) = body {
                if let Some(media_type) = call.content_type {
                    request = request.header("Content-Type", media_type);
                }
                request = request.body(file);
            } else if let Some(json) = &call.json {
                request = request
                    .header("Content-Type", "application/json")
                    .body(json.clone());
            }
            let response = request
                .send()
                .await
                .map_err(|e| ApiError::Network(e.to_string()))?;
            let status = response.status().as_u16();
            let header = |name: &str| {
                response
                    .headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned)
            };
            let (etag, location) = (header("etag"), header("location"));
            let bytes = response
                .bytes()
                .await
                .map_err(|e| ApiError::Network(e.to_string()))?;
            if (200..300).contains(&status) {
                Ok(Answer {
                    status,
                    etag,
                    location,
                    body: bytes.to_vec(),
                })
            } else {
                Err(refusal(status, &bytes))
            }
        }
    }
}

#[cfg(feature = "client")]
pub use http::{Answer, Client};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_knows_its_address_and_encodes_what_was_typed() {
        let call = public::museums(Some("KR"), None, Some("a b/c"));
        assert_eq!(call.url(""), "/api/v1/museums?country=KR&cursor=a%20b%2Fc");
        assert_eq!(
            public::artwork("青花").url("http://127.0.0.1:8080/"),
            "http://127.0.0.1:8080/api/v1/artworks/%E9%9D%92%E8%8A%B1"
        );
        let edit = signed_in::update_artwork("x", 3, &crate::ArtworkInput::default());
        assert_eq!(
            (edit.method, edit.if_match_header()),
            (Method::Put, Some("\"3\"".into()))
        );
        assert!(edit.json.is_some());
    }

    #[test]
    fn answers_are_read_by_type() {
        assert_eq!(decode::<()>(b""), Ok(()));
        assert!(matches!(
            decode::<crate::Museum>(b"{}"),
            Err(ApiError::Decode(_))
        ));
        assert_eq!(refusal(502, b"<html>"), ApiError::Status(502));
    }
}
