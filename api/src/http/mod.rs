//! What every endpoint shares: the error type, response caching, body limits,
//! and the answers for addresses that match no route.

mod cache;
pub mod params;

/// Descriptions of answers that many endpoints document in the OpenAPI document.
pub mod doc {
    /// The media type of every error answer.
    pub const PROBLEM: &str = "application/problem+json";
    pub const UNAUTHORIZED: &str = "`unauthorized`: no valid access token";
    pub const NOT_ADMIN: &str = "`forbidden`: this needs the admin role";
    pub const NOT_A_MUSEUM: &str = "`forbidden`: the caller does not act for a museum";
}

pub use cache::{BodyLimit, PathLimit, PublicCache, etag_matches};

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder};
use vcm_shared::{ErrorCode, Problem};

use crate::error::ApiError;

/// The answer for a malformed query string, naming what could not be read.
pub fn query_error(
    err: actix_web::error::QueryPayloadError,
    _req: &HttpRequest,
) -> actix_web::Error {
    ApiError::Problem(Problem::new(
        ErrorCode::InvalidParameter,
        format!("the query string could not be read: {err}"),
    ))
    .into()
}

/// The answer for a JSON body that cannot be read.
pub fn json_error(err: actix_web::error::JsonPayloadError, _req: &HttpRequest) -> actix_web::Error {
    use actix_web::error::JsonPayloadError as E;
    let problem = match &err {
        E::ContentType => Problem::new(
            ErrorCode::UnsupportedMediaType,
            "send the body as application/json",
        ),
        E::Overflow { limit } | E::OverflowKnownLength { limit, .. } => Problem::new(
            ErrorCode::PayloadTooLarge,
            format!("the request body is larger than {limit} bytes"),
        ),
        _ => Problem::new(
            ErrorCode::MalformedBody,
            format!("the body is not the JSON expected: {err}"),
        ),
    };
    ApiError::Problem(problem).into()
}

/// The answer for a form body that cannot be read.
pub fn form_error(err: actix_web::error::UrlencodedError, _req: &HttpRequest) -> actix_web::Error {
    use actix_web::error::UrlencodedError as E;
    let problem = match &err {
        E::ContentType => Problem::new(
            ErrorCode::UnsupportedMediaType,
            "send the body as application/x-www-form-urlencoded",
        ),
        E::Overflow { .. } => Problem::new(ErrorCode::PayloadTooLarge, err.to_string()),
        _ => Problem::new(
            ErrorCode::MalformedBody,
            format!("the form cannot be read: {err}"),
        ),
    };
    ApiError::Problem(problem).into()
}

/// The answer for a malformed path segment.
pub fn path_error(err: actix_web::error::PathError, _req: &HttpRequest) -> actix_web::Error {
    ApiError::Problem(Problem::new(
        ErrorCode::InvalidParameter,
        format!("the path could not be read: {err}"),
    ))
    .into()
}

/// The answer for an address under `/api/` that no route matches.
pub fn api_not_found(req: &HttpRequest) -> HttpResponse {
    actix_web::ResponseError::error_response(&ApiError::Problem(Problem::new(
        ErrorCode::NotFound,
        format!("no endpoint at {} {}", req.method(), req.path()),
    )))
}

/// The version named by `If-Match`, if the header is there.
pub fn if_match(req: &HttpRequest) -> Result<Option<i64>, ApiError> {
    let Some(value) = req.headers().get(header::IF_MATCH) else {
        return Ok(None);
    };
    let text = value.to_str().unwrap_or_default().trim();
    let text = text.strip_prefix("W/").unwrap_or(text);
    text.trim_matches('"').parse().map(Some).map_err(|_| {
        ApiError::invalid_parameter(
            "If-Match",
            "must be the ETag of the record as you read it, e.g. \"3\"",
        )
    })
}

/// An answer carrying a record and its version as `ETag`, never cached.
pub fn versioned(
    mut res: HttpResponseBuilder,
    body: &impl serde::Serialize,
    version: i64,
) -> HttpResponse {
    res.insert_header((header::ETAG, format!("\"{version}\"")))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(body)
}

/// A multipart body that cannot be read: 415 when it is not multipart at all
/// (`send_as` says what to send), else 400.
pub fn multipart_error(err: actix_multipart::MultipartError, send_as: &str) -> ApiError {
    use actix_multipart::MultipartError;
    match err {
        MultipartError::ContentTypeMissing
        | MultipartError::ContentTypeParse
        | MultipartError::ContentTypeIncompatible => {
            ApiError::new(ErrorCode::UnsupportedMediaType, send_as)
        }
        other => ApiError::new(
            ErrorCode::MalformedBody,
            format!("the multipart body cannot be read: {other}"),
        ),
    }
}
