//! The one place the app talks to the VCM API (same origin, `/api/v1`): each
//! call answers the shared wire type, or an [`ApiError`] carrying the server's
//! problem details or what kept the answer from arriving.

use gloo_net::http::{Request, Response};
use serde::de::DeserializeOwned;
use vcm_shared::{
    Artwork, ArtworkPage, CountryList, ErrorCode, Highlights, Museum, MuseumPage, Problem,
    RelatedWorks, SearchResults, Suggestions, Timeline,
};

use crate::search_state::SearchState;

const BASE: &str = "/api/v1";

/// Why a call did not answer what was asked.
#[derive(Debug, Clone, PartialEq)]
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

    /// Whether the thing asked for does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ApiError::Status(404)) || self.code() == Some(ErrorCode::NotFound)
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

async fn get<T: DeserializeOwned>(path: &str, query: &[(&str, String)]) -> ApiResult<T> {
    let response = Request::get(&format!("{BASE}{path}"))
        .header("Accept", "application/json")
        .query(query.iter().map(|(k, v)| (*k, v.as_str())))
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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

/// A path segment, percent-encoded so that whatever a visitor typed in the
/// address bar reaches the server as one segment.
fn encode(segment: &str) -> String {
    String::from(js_sys::encode_uri_component(segment))
}
