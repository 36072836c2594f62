//! The error body every endpoint answers with: RFC 9457 problem details plus a
//! stable, machine-readable `code` that clients match on.

use serde::{Deserialize, Serialize};

use crate::model::UnknownValue;
use crate::review::Withdrawal;

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
    /// The work was withdrawn from the collection; `withdrawal` says why.
    Gone,
    /// The resource exists but not with this method.
    MethodNotAllowed,
    /// The request body is larger than the server accepts.
    PayloadTooLarge,
    /// The request body has a media type the endpoint does not accept.
    UnsupportedMediaType,
    /// No credentials, or an access token that is malformed, tampered with or expired.
    Unauthorized,
    /// The email and password do not match an active account.
    InvalidCredentials,
    /// The client id and secret do not match an active API client (OAuth `invalid_client`).
    InvalidClient,
    /// The grant type is not `client_credentials` (OAuth `unsupported_grant_type`).
    UnsupportedGrantType,
    /// The refresh token is unknown, expired, or was already used; a reused token
    /// revokes every token issued from the same login.
    InvalidRefreshToken,
    /// The password reset or invitation token is unknown, used or expired.
    InvalidResetToken,
    /// The caller is known but its role does not allow this.
    Forbidden,
    /// The request conflicts with the current state (a taken email or slug).
    Conflict,
    /// The change is not allowed from the record's current status.
    InvalidTransition,
    /// The museum's quota of published masterpieces is used up.
    QuotaExceeded,
    /// The museum's membership is suspended or has ended: it cannot nominate
    /// works, and its works cannot be published.
    MembershipInactive,
    /// `If-Match` names a version that is no longer current: read the record again.
    PreconditionFailed,
    /// The update must name the version it changes in `If-Match`.
    PreconditionRequired,
    /// Too many attempts; wait for the time `Retry-After` gives.
    TooManyRequests,
    /// The server cannot answer now (for example, the database is unreachable).
    Unavailable,
    /// An unexpected fault on the server; it is logged, never detailed here.
    Internal,
}

impl ErrorCode {
    /// Every code, for documentation and tests.
    pub const ALL: &'static [Self] = &[
        Self::InvalidParameter,
        Self::ValidationFailed,
        Self::MalformedBody,
        Self::NotFound,
        Self::Gone,
        Self::MethodNotAllowed,
        Self::PayloadTooLarge,
        Self::UnsupportedMediaType,
        Self::Unauthorized,
        Self::InvalidCredentials,
        Self::InvalidClient,
        Self::UnsupportedGrantType,
        Self::InvalidRefreshToken,
        Self::InvalidResetToken,
        Self::Forbidden,
        Self::Conflict,
        Self::InvalidTransition,
        Self::QuotaExceeded,
        Self::MembershipInactive,
        Self::PreconditionFailed,
        Self::PreconditionRequired,
        Self::TooManyRequests,
        Self::Unavailable,
        Self::Internal,
    ];

    /// The HTTP status this code is always sent with.
    pub fn status(self) -> u16 {
        match self {
            Self::InvalidParameter | Self::MalformedBody | Self::UnsupportedGrantType => 400,
            Self::Unauthorized
            | Self::InvalidCredentials
            | Self::InvalidClient
            | Self::InvalidRefreshToken => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::Gone => 410,
            Self::Conflict
            | Self::InvalidTransition
            | Self::QuotaExceeded
            | Self::MembershipInactive => 409,
            Self::PreconditionFailed => 412,
            Self::PreconditionRequired => 428,
            Self::TooManyRequests => 429,
            Self::InvalidResetToken => 400,
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
            Self::Gone => "Gone",
            Self::MethodNotAllowed => "Method not allowed",
            Self::PayloadTooLarge => "Payload too large",
            Self::UnsupportedMediaType => "Unsupported media type",
            Self::Unauthorized => "Unauthorized",
            Self::InvalidCredentials => "Invalid credentials",
            Self::InvalidClient => "Invalid client",
            Self::UnsupportedGrantType => "Unsupported grant type",
            Self::InvalidRefreshToken => "Invalid refresh token",
            Self::InvalidResetToken => "Invalid reset token",
            Self::Forbidden => "Forbidden",
            Self::Conflict => "Conflict",
            Self::InvalidTransition => "Invalid transition",
            Self::QuotaExceeded => "Quota exceeded",
            Self::MembershipInactive => "Membership inactive",
            Self::PreconditionFailed => "Precondition failed",
            Self::PreconditionRequired => "Precondition required",
            Self::TooManyRequests => "Too many requests",
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
            Self::Gone => "gone",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::PayloadTooLarge => "payload_too_large",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::Unauthorized => "unauthorized",
            Self::InvalidCredentials => "invalid_credentials",
            Self::InvalidClient => "invalid_client",
            Self::UnsupportedGrantType => "unsupported_grant_type",
            Self::InvalidRefreshToken => "invalid_refresh_token",
            Self::InvalidResetToken => "invalid_reset_token",
            Self::Forbidden => "forbidden",
            Self::Conflict => "conflict",
            Self::InvalidTransition => "invalid_transition",
            Self::QuotaExceeded => "quota_exceeded",
            Self::MembershipInactive => "membership_inactive",
            Self::PreconditionFailed => "precondition_failed",
            Self::PreconditionRequired => "precondition_required",
            Self::TooManyRequests => "too_many_requests",
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
    /// What kind of problem it is, stable for clients to match on.
    pub code: FieldCode,
    /// What is wrong with it, in English.
    pub message: String,
}

string_enum! {
    /// What is wrong with one field.
    FieldCode {
        /// The field is required and missing or empty.
        Required = "required",
        /// The value is longer than the field allows.
        TooLong = "too_long",
        /// The value does not have the expected form.
        Invalid = "invalid",
        /// The value is not one of the allowed values.
        UnknownValue = "unknown_value",
        /// The number is outside the allowed range.
        OutOfRange = "out_of_range",
        /// The value must be unique and is already taken.
        Duplicate = "duplicate",
        /// The field is not one the record has.
        UnknownField = "unknown_field",
    }
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: FieldCode, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code,
            message: message.into(),
        }
    }
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
    /// For `gone`: why and when the work was withdrawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawal: Option<Box<Withdrawal>>,
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
            withdrawal: None,
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
            code: FieldCode::Invalid,
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
        for &code in ErrorCode::ALL {
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
