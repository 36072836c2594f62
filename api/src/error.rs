//! The one error type handlers return; it always answers `application/problem+json`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use vcm_shared::{ErrorCode, Problem};

/// How long a client told `too_many_requests` should wait, in seconds.
pub const RETRY_AFTER_SECONDS: u64 = 60;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A problem the client caused or should know about, sent as it is.
    #[error("{}", .0.detail)]
    Problem(Problem),
    /// The pool had no connection to give: the database is down or overloaded.
    #[error("database unavailable: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    /// A query failed: a fault on our side, logged and never detailed to the client.
    #[error("database error: {0}")]
    Database(#[from] diesel::result::Error),
    /// Any other fault on our side.
    #[error("{0}")]
    Internal(String),
}

impl ApiError {
    pub fn not_found(what: &str, key: &str) -> Self {
        Self::Problem(Problem::new(
            ErrorCode::NotFound,
            format!("no {what} {key:?}"),
        ))
    }

    /// A record of another museum, or none: the same 404 either way, so
    /// another museum's records cannot be discovered.
    pub fn not_yours(what: &str, key: &str) -> Self {
        Self::new(
            ErrorCode::NotFound,
            format!("your museum has no {what} {key:?}"),
        )
    }

    /// A stale `If-Match`: `what` changed since the caller read it.
    pub fn stale(what: &str) -> Self {
        Self::new(
            ErrorCode::PreconditionFailed,
            format!("the {what} changed since you read it: read it again, then apply your change"),
        )
    }

    pub fn invalid_parameter(field: &str, message: impl Into<String>) -> Self {
        Self::Problem(Problem::invalid_parameter(field, message))
    }

    /// A problem with this code and detail.
    pub fn new(code: ErrorCode, detail: impl Into<String>) -> Self {
        Self::Problem(Problem::new(code, detail))
    }

    /// `Ok` when there are no problems, otherwise `validation_failed` with them.
    pub fn check(problems: Vec<vcm_shared::FieldError>) -> Result<(), Self> {
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Self::validation(problems))
        }
    }

    /// A 422 listing what is wrong, field by field.
    pub fn validation(errors: Vec<vcm_shared::FieldError>) -> Self {
        let mut p = Problem::new(
            ErrorCode::ValidationFailed,
            format!(
                "{} field(s) are not valid: {}",
                errors.len(),
                errors
                    .iter()
                    .map(|e| e.field.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
        p.errors = errors;
        Self::Problem(p)
    }

    pub fn forbidden(detail: impl Into<String>) -> Self {
        Self::new(ErrorCode::Forbidden, detail)
    }

    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::new(ErrorCode::Unauthorized, detail)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::Internal(message.into())
    }

    fn problem(&self) -> Problem {
        match self {
            Self::Problem(p) => p.clone(),
            Self::Pool(_) => Problem::new(
                ErrorCode::Unavailable,
                "the database is not reachable; try again shortly",
            ),
            Self::Database(_) | Self::Internal(_) => Problem::new(
                ErrorCode::Internal,
                "an unexpected error occurred; it has been logged",
            ),
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.problem().status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        let problem = self.problem();
        if problem.status >= 500 {
            tracing::error!(error = %self, "request failed");
        }
        let mut res = HttpResponse::build(self.status_code());
        res.content_type("application/problem+json")
            .insert_header(("Cache-Control", "no-store"));
        match problem.code {
            ErrorCode::Unauthorized | ErrorCode::InvalidClient => {
                res.insert_header(("WWW-Authenticate", "Bearer realm=\"vcm\""));
            }
            ErrorCode::TooManyRequests => {
                res.insert_header(("Retry-After", RETRY_AFTER_SECONDS.to_string()));
            }
            _ => {}
        }
        res.json(problem)
    }
}
