//! The error body every endpoint answers with: RFC 9457 problem details plus a
//! stable, machine-readable `code` that clients match on.

use serde::{Deserialize, Serialize};

/// A stable error code. Clients match on it; its wording never changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A query parameter or path segment is malformed or out of range.
    InvalidParameter,
    /// The request body failed validation; see `errors`.
    ValidationFailed,
    /// The request body is not well-formed JSON of the expected shape.
    MalformedBody,
    /// Nothing exists at this address.
    NotFound,
    /// The resource exists but not with this method.
    MethodNotAllowed,
    /// The request body is larger than the server accepts.
    PayloadTooLarge,
    /// The request body has a media type the endpoint does not accept.
    UnsupportedMediaType,
    /// The server cannot answer now (for example, the database is unreachable).
    Unavailable,
    /// An unexpected fault on the server; it is logged, never detailed here.
    Internal,
}

impl ErrorCode {
    /// The HTTP status this code is always sent with.
    pub fn status(self) -> u16 {
        match self {
            Self::InvalidParameter | Self::MalformedBody => 400,
            Self::NotFound => 404,
            Self::MethodNotAllowed => 405,
            Self::PayloadTooLarge => 413,
            Self::UnsupportedMediaType => 415,
            Self::ValidationFailed => 422,
            Self::Unavailable => 503,
            Self::Internal => 500,
        }
    }

    /// A short, human-readable summary of the problem type.
    pub fn title(self) -> &'static str {
        match self {
            Self::InvalidParameter => "Invalid parameter",
            Self::ValidationFailed => "Validation failed",
            Self::MalformedBody => "Malformed request body",
            Self::NotFound => "Not found",
            Self::MethodNotAllowed => "Method not allowed",
            Self::PayloadTooLarge => "Payload too large",
            Self::UnsupportedMediaType => "Unsupported media type",
            Self::Unavailable => "Service unavailable",
            Self::Internal => "Internal error",
        }
    }

    /// The code as it appears on the wire, e.g. `invalid_parameter`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidParameter => "invalid_parameter",
            Self::ValidationFailed => "validation_failed",
            Self::MalformedBody => "malformed_body",
            Self::NotFound => "not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::PayloadTooLarge => "payload_too_large",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::Unavailable => "unavailable",
            Self::Internal => "internal",
        }
    }
}

/// What is wrong with one field or parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The field or query parameter, e.g. `limit` or `makers[0].role`.
    pub field: String,
    /// What is wrong with it, in English.
    pub message: String,
}

/// An error answer, sent as `application/problem+json` (RFC 9457).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// A URI naming the problem type; `/problems/{code}` on this server.
    #[serde(rename = "type")]
    pub type_: String,
    /// A short summary of the problem type.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong with this request, in English.
    pub detail: String,
    /// The stable machine-readable error code.
    pub code: ErrorCode,
    /// Per-field problems, for validation errors; empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

impl Problem {
    pub fn new(code: ErrorCode, detail: impl Into<String>) -> Self {
        Self {
            type_: format!("/problems/{}", code.as_str()),
            title: code.title().to_owned(),
            status: code.status(),
            detail: detail.into(),
            code,
            errors: Vec::new(),
        }
    }

    /// A bad query parameter or path segment, naming it.
    pub fn invalid_parameter(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        let mut p = Self::new(
            ErrorCode::InvalidParameter,
            format!("parameter `{field}`: {message}"),
        );
        p.errors.push(FieldError {
            field: field.to_owned(),
            message,
        });
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialise_as_their_wire_names() {
        for code in [
            ErrorCode::InvalidParameter,
            ErrorCode::ValidationFailed,
            ErrorCode::MalformedBody,
            ErrorCode::NotFound,
            ErrorCode::MethodNotAllowed,
            ErrorCode::PayloadTooLarge,
            ErrorCode::UnsupportedMediaType,
            ErrorCode::Unavailable,
            ErrorCode::Internal,
        ] {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }

    #[test]
    fn an_invalid_parameter_problem_names_the_parameter() {
        let p = Problem::invalid_parameter("limit", "must be between 1 and 100");
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["type"], "/problems/invalid_parameter");
        assert_eq!(json["status"], 400);
        assert_eq!(json["errors"][0]["field"], "limit");
    }
}
