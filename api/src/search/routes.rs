//! Public endpoints of search and discovery.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, web};
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::rules::{MAX_PAGE_SIZE, is_slug};
use vcm_shared::{
    CulturalRegion, FacetName, ObjectType, PeriodList, Problem, RelatedWorks, SearchResults,
    SortOrder, SuggestionKind, Suggestions, Timeline, WorkStatus,
};
use vcm_web::i18n::Locale;

use super::engine::{self, Request};
use super::{Search, query};
use crate::artworks::ArtworkRow;
use crate::db::{self, Pool, schema::artworks};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::http::params;
use crate::museums::CountryNames;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(search)
        .service(suggest)
        .service(timeline)
        .service(periods)
        .service(related);
}

/// The most values one facet filter may hold.
const MAX_VALUES: usize = 20;

/// Parameters of a search. Facet filters repeat for several values
/// (`country=JP&country=KR`): values of one facet combine with OR, facets with AND.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // Read as pairs, so that filters can repeat; this struct documents them.
pub struct SearchParams {
    /// Free text in any language or script; `"double quotes"` for a phrase. At most 300 characters.
    q: Option<String>,
    /// Country of origin (ISO 3166-1 alpha-2).
    #[param(value_type = Option<Vec<String>>, style = Form, explode)]
    country: Option<String>,
    /// Holding museum (slug).
    #[param(value_type = Option<Vec<String>>, style = Form, explode)]
    museum: Option<String>,
    /// The holding museum's country (ISO 3166-1 alpha-2).
    #[param(value_type = Option<Vec<String>>, style = Form, explode)]
    museum_country: Option<String>,
    /// Cultural region of origin.
    #[param(value_type = Option<Vec<CulturalRegion>>, style = Form, explode)]
    region: Option<String>,
    /// Object type.
    #[param(value_type = Option<Vec<ObjectType>>, style = Form, explode)]
    object_type: Option<String>,
    /// Material, as listed in the `material` facet.
    #[param(value_type = Option<Vec<String>>, style = Form, explode)]
    material: Option<String>,
    /// Period, dynasty or era (slug of `/api/v1/periods`).
    #[param(value_type = Option<Vec<String>>, style = Form, explode)]
    period: Option<String>,
    /// `yes` for works with an image, `no` for works without.
    #[param(value_type = Option<String>, pattern = "^(yes|no)$")]
    has_image: Option<String>,
    /// `yes` for records free to reuse (CC0, CC BY, CC BY-SA, no copyright), `no` for the others.
    #[param(value_type = Option<String>, pattern = "^(yes|no)$")]
    reusable: Option<String>,
    /// Only works dated in or after this year (negative for BCE).
    #[param(value_type = Option<i32>)]
    year_from: Option<String>,
    /// Only works dated in or before this year (negative for BCE).
    #[param(value_type = Option<i32>)]
    year_to: Option<String>,
    /// Order of the results; `relevance` with a query, `title` without, by default.
    #[param(value_type = Option<SortOrder>)]
    sort: Option<String>,
    /// Page size, 1 to 100 (default 24).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    limit: Option<String>,
    /// The `next_cursor` of the previous page, with the same query.
    cursor: Option<String>,
}

/// Reads and validates a search from the query pairs; every bad value is a 400 naming its parameter.
fn request(
    conn: &mut db::DbConnection,
    index: &Search,
    pairs: &[(String, String)],
    paged: bool,
) -> Result<Request, ApiError> {
    let one = |name: &str| -> Result<Option<&str>, ApiError> {
        let mut values = pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str());
        let first = values.next();
        if values.next().is_some() {
            return Err(ApiError::invalid_parameter(name, "may be given only once"));
        }
        Ok(first)
    };
    let q = one("q")?.unwrap_or_default();
    let units = query::parse(q)?;
    let (year_from, year_to) = params::years(one("year_from")?, one("year_to")?)?;
    let countries = CountryNames::load(conn)?;
    let names = index.names();
    let vocab = index.vocab();
    let mut filters = Vec::new();
    for facet in FacetName::ALL {
        let name = facet.as_str();
        let mut values: Vec<String> = Vec::new();
        for (_, raw) in pairs.iter().filter(|(k, _)| k == name) {
            let unknown = || ApiError::invalid_parameter(name, format!("has no value {raw:?}"));
            let value = match facet {
                FacetName::Country | FacetName::MuseumCountry => {
                    let code = raw.to_ascii_uppercase();
                    countries.name(&code).ok_or_else(unknown)?;
                    code
                }
                FacetName::Museum => names
                    .iter()
                    .find(|n| n.kind == SuggestionKind::Museum && n.slug == *raw)
                    .map(|n| n.slug.clone())
                    .ok_or_else(unknown)?,
                FacetName::Region => raw
                    .parse::<CulturalRegion>()
                    .map_err(|e| ApiError::invalid_parameter(name, e.to_string()))?
                    .as_str()
                    .to_owned(),
                FacetName::ObjectType => raw
                    .parse::<ObjectType>()
                    .map_err(|e| ApiError::invalid_parameter(name, e.to_string()))?
                    .as_str()
                    .to_owned(),
                FacetName::Period => vocab
                    .period(raw)
                    .map(|p| p.slug.clone())
                    .ok_or_else(unknown)?,
                FacetName::Material => {
                    let m = super::schema::material_value(raw);
                    if m.is_empty() || m.chars().count() > 100 {
                        return Err(ApiError::invalid_parameter(
                            name,
                            "must be 1 to 100 characters",
                        ));
                    }
                    m
                }
                FacetName::HasImage | FacetName::Reusable => match raw.as_str() {
                    "yes" | "no" => raw.clone(),
                    _ => return Err(ApiError::invalid_parameter(name, "must be yes or no")),
                },
            };
            if !values.contains(&value) {
                values.push(value);
            }
        }
        if values.len() > MAX_VALUES {
            return Err(ApiError::invalid_parameter(
                name,
                format!("may hold at most {MAX_VALUES} values"),
            ));
        }
        filters.push(values);
    }
    let sort = one("sort")?
        .map(|s| {
            s.parse::<SortOrder>()
                .map_err(|e| ApiError::invalid_parameter("sort", e.to_string()))
        })
        .transpose()?;
    let (limit, cursor) = if paged {
        (
            params::limit(one("limit")?)? as usize,
            one("cursor")?.map(str::to_owned),
        )
    } else {
        (MAX_PAGE_SIZE as usize, None)
    };
    Ok(Request {
        units,
        filters,
        year_from,
        year_to,
        sort,
        limit,
        cursor,
    })
}

/// Search the collection.
///
/// Free text in any script (titles in both languages, makers, descriptions,
/// masterpiece statements, materials, periods, museums), with equivalent terms
/// across scripts (観音 = Guanyin = Kannon); filters; counts for every facet
/// (a facet's own filter does not narrow its own counts); highlighted snippets.
#[utoipa::path(
    tag = "search",
    params(
        SearchParams,
        ("Accept-Language" = Option<String>, Header, description = "The language of the facets' labels, e.g. `ko, en;q=0.8`: English, French, Korean, Japanese or Chinese (simplified) [default: English]"),
    ),
    responses(
        (status = 200, description = "A page of results with facet counts; `Content-Language` says the labels' language", body = SearchResults),
        (status = 400, description = "A parameter is malformed, unknown or out of range", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/search")]
async fn search(
    req: HttpRequest,
    pool: web::Data<Pool>,
    index: web::Data<Search>,
    pairs: web::Query<Vec<(String, String)>>,
) -> Result<HttpResponse, ApiError> {
    let locale = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Locale::EN, Locale::accepted);
    let results = db::run(&pool, move |conn| {
        let request = request(conn, &index, &pairs, true)?;
        engine::search(&index, conn, &request, locale)
    })
    .await?;
    // Facet labels follow the asked language: shared caches keep one answer
    // a language.
    Ok(HttpResponse::Ok()
        .insert_header((header::VARY, "Accept-Language"))
        .insert_header((header::CONTENT_LANGUAGE, locale.tag()))
        .json(results))
}

/// Parameters of suggestions.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SuggestParams {
    /// What the visitor has typed so far: one character of a CJK script, or a Latin prefix, suffices.
    q: String,
    /// How many suggestions, 1 to 10 (default 8).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 10)]
    limit: Option<String>,
}

/// Suggest titles, makers, museums and periods as a visitor types.
#[utoipa::path(
    tag = "search",
    params(SuggestParams),
    responses(
        (status = 200, description = "Suggestions, best first", body = Suggestions),
        (status = 400, description = "`q` is missing, empty or too long, or `limit` is out of range", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/suggest")]
async fn suggest(
    index: web::Data<Search>,
    params: web::Query<SuggestParams>,
) -> Result<web::Json<Suggestions>, ApiError> {
    let params = params.into_inner();
    let q = params.q.trim_start().to_owned();
    if q.trim().is_empty() || q.chars().count() > 100 {
        return Err(ApiError::invalid_parameter(
            "q",
            "must be 1 to 100 characters",
        ));
    }
    let limit = match params.limit.as_deref().map(str::parse::<usize>) {
        None => 8,
        Some(Ok(n)) if (1..=10).contains(&n) => n,
        Some(_) => {
            return Err(ApiError::invalid_parameter(
                "limit",
                "must be a whole number from 1 to 10",
            ));
        }
    };
    let items = web::block(move || engine::suggest(&index, &q, limit))
        .await
        .map_err(|_| ApiError::internal("suggestion task was cancelled"))??;
    Ok(web::Json(Suggestions { items }))
}

/// The collection by century and region.
///
/// Takes the same text and filters as the search; counts the matching works by
/// the century of their earliest year and their cultural region of origin.
#[utoipa::path(
    tag = "search",
    params(SearchParams),
    responses(
        (status = 200, description = "Counts by century and region", body = Timeline),
        (status = 400, description = "A parameter is malformed, unknown or out of range", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/timeline")]
async fn timeline(
    pool: web::Data<Pool>,
    index: web::Data<Search>,
    pairs: web::Query<Vec<(String, String)>>,
) -> Result<web::Json<Timeline>, ApiError> {
    let answer = db::run(&pool, move |conn| {
        let request = request(conn, &index, &pairs, false)?;
        engine::timeline(&index, &request)
    })
    .await?;
    Ok(web::Json(answer))
}

/// The vocabulary of periods, dynasties and eras.
#[utoipa::path(tag = "search", responses((status = 200, description = "Every period", body = PeriodList)))]
#[get("/periods")]
async fn periods(index: web::Data<Search>) -> web::Json<PeriodList> {
    web::Json(PeriodList {
        items: index.vocab().periods.clone(),
    })
}

/// Works related to a published work.
#[utoipa::path(
    tag = "search",
    params(("slug" = String, Path, description = "The work's slug")),
    responses(
        (status = 200, description = "Up to eight related works", body = RelatedWorks),
        (status = 404, description = "No published work has this slug", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/artworks/{slug}/related")]
async fn related(
    pool: web::Data<Pool>,
    index: web::Data<Search>,
    slug: web::Path<String>,
) -> Result<web::Json<RelatedWorks>, ApiError> {
    let slug = slug.into_inner();
    let items = db::run(&pool, move |conn| {
        let work: ArtworkRow = artworks::table
            .filter(artworks::slug.eq(&slug))
            .filter(artworks::status.eq(WorkStatus::Published.as_str()))
            .select(ArtworkRow::as_select())
            .first(conn)
            .optional()?
            .filter(|_| is_slug(&slug))
            .ok_or_else(|| ApiError::not_found("artwork", &slug))?;
        engine::related(&index, conn, &work, 8)
    })
    .await?;
    Ok(web::Json(RelatedWorks { items }))
}
