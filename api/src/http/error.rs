//! The one error type handlers return; it always answers `application/problem+json`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use vcm_shared::{ErrorCode, Problem};

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

    pub fn invalid_parameter(field: &str, message: impl Into<String>) -> Self {
        Self::Problem(Problem::invalid_parameter(field, message))
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
        HttpResponse::build(self.status_code())
            .content_type("application/problem+json")
            .insert_header(("Cache-Control", "no-store"))
            .json(problem)
    }
}
