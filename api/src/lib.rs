//! The VCM API server: the public read API, OpenAPI document and the web app,
//! over SQLite or PostgreSQL. `main.rs` is the `vcm` command line around it.

pub mod admin;
pub mod artworks;
pub mod audit;
pub mod auth;
pub mod changes;
pub mod cli;
pub mod collection;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
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

pub use server::{Prepared, migrate, openapi, prepare, start};

use std::str::FromStr;

use unicode_normalization::UnicodeNormalization;

use error::ApiError;

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

/// A slug made of a text: ASCII letters and digits, diacritics folded, words
/// joined by hyphens, cut at a word boundary; empty when nothing is left.
pub(crate) fn slugify(text: &str, max: usize) -> String {
    let mut out = String::new();
    for word in text
        .nfkd()
        .filter(char::is_ascii)
        .collect::<String>()
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let extra = usize::from(!out.is_empty()) + word.len();
        if out.len() + extra > max {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_diacritics_and_stop_at_a_word() {
        assert_eq!(
            slugify("Hokusaï: The Great Wave!", 60),
            "hokusai-the-great-wave"
        );
        assert_eq!(slugify("神奈川沖浪裏", 60), "");
        assert_eq!(slugify("one two three", 7), "one-two");
    }
}
