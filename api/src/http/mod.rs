//! What every endpoint shares: the error type, response caching, body limits,
//! and the answers for addresses that match no route.

mod cache;
pub mod params;

/// What many endpoints' entries in the OpenAPI document share.
pub mod doc {
    use utoipa::openapi::path::Operation;
    use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr, ResponseBuilder};

    /// The media type of every error answer.
    pub const PROBLEM: &str = "application/problem+json";

    /// The refusals of a protected operation, as reusable responses: 401 for
    /// any, and the 403 of the role its security requirement names (the
    /// extractor its handler takes, `crate::auth`).
    const REFUSALS: [(&str, &str, &str); 5] = [
        (
            "401",
            "Unauthorized",
            "`unauthorized`: no valid access token",
        ),
        (
            "admin",
            "NotAdmin",
            "`forbidden`: this needs the admin role",
        ),
        (
            "museum",
            "NotAMuseum",
            "`forbidden`: the caller does not act for a museum",
        ),
        (
            "editor",
            "NotAnEditor",
            "`forbidden`: this needs an editor of the museum, signed in (not an API client)",
        ),
        (
            "person",
            "NotAPerson",
            "`forbidden`: this needs a person signed in; API clients have no account",
        ),
    ];

    /// Adds the refusals to the components, and to every operation with a
    /// security requirement those it does not describe itself.
    pub fn add_refusals(doc: &mut OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        for (_, name, description) in REFUSALS {
            let problem = ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("Problem")))
                .build();
            components.responses.insert(
                name.to_owned(),
                RefOr::T(
                    ResponseBuilder::new()
                        .description(description)
                        .content(PROBLEM, problem)
                        .build(),
                ),
            );
        }
        for item in doc.paths.paths.values_mut() {
            for op in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                if let Some(role) = role(op) {
                    refuse(op, "401", "401");
                    refuse(op, "403", &role);
                }
            }
        }
    }

    /// The role an operation's bearer requirement names.
    fn role(op: &Operation) -> Option<String> {
        let requirement = serde_json::to_value(op.security.as_ref()?.first()?).ok()?;
        Some(requirement["bearer"][0].as_str()?.to_owned())
    }

    fn refuse(op: &mut Operation, status: &str, key: &str) {
        let (_, name, _) = REFUSALS
            .iter()
            .find(|(k, _, _)| *k == key)
            .unwrap_or_else(|| panic!("no refusal for {key:?}"));
        op.responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| RefOr::Ref(Ref::from_response_name(*name)));
    }
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
