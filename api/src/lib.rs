//! The VCM API server: the public read API, OpenAPI document and the web app,
//! over SQLite or PostgreSQL. `main.rs` is the `vcm` command line around it.

pub mod admin;
pub mod audit;
pub mod auth;
pub mod cli;
pub mod collection;
pub mod config;
pub mod db;
pub mod demo;
pub mod http;
pub mod media;
pub mod membership;
pub mod museums;
pub mod outbox;
pub mod partner;
pub mod review;
pub mod search;
mod server;
mod site;

pub use server::{AppState, Prepared, Settings, migrate, openapi, prepare, start};

use std::str::FromStr;

use http::ApiError;

/// Reads a value the database stores as text for a closed list (a status, an
/// object type). The server writes only valid values, so a stranger is a fault.
pub(crate) fn stored<T: FromStr>(text: &str) -> Result<T, ApiError> {
    text.parse()
        .map_err(|_| ApiError::internal(format!("unexpected stored value {text:?}")))
}

/// A stored time (UTC, without zone, the same on both backends) as sent.
pub(crate) fn utc(t: chrono::NaiveDateTime) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_naive_utc_and_offset(t, chrono::Utc)
}

/// Reads a `country` parameter: an ISO 3166-1 alpha-2 code, in either case.
pub(crate) fn country_param(raw: &str) -> Result<String, ApiError> {
    let code = raw.to_ascii_uppercase();
    if vcm_shared::rules::is_country_code(&code) {
        Ok(code)
    } else {
        Err(ApiError::invalid_parameter(
            "country",
            "must be an ISO 3166-1 alpha-2 code such as JP",
        ))
    }
}
