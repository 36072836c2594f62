//! `robots.txt` and `sitemap.xml`: every published work, member museum and
//! country with works or museums, by their addresses under `VCM_PUBLIC_URL`,
//! read from the database at each request, so a work is listed once it is
//! published and gone once it is withdrawn. Over 50,000 addresses,
//! `sitemap.xml` becomes a sitemap index of `sitemap-{n}.xml` files.

use std::collections::BTreeSet;

use actix_web::http::header;
use actix_web::{HttpResponse, get, web};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use vcm_shared::WorkStatus;

use super::escape;
use crate::config::Settings;
use crate::db::schema::{artworks, museums};
use crate::db::{self, DbConnection, Pool};
use crate::error::ApiError;

/// The most addresses one sitemap file may hold (sitemaps.org).
pub const PER_FILE: usize = 50_000;

/// A public page and when it last changed, if known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    pub changed: Option<NaiveDateTime>,
}

/// The collection's pages, then every published work, museum and country.
fn entries(conn: &mut DbConnection) -> Result<Vec<Entry>, ApiError> {
    let page = |path: &str| Entry {
        path: path.to_owned(),
        changed: None,
    };
    let mut all = ["/", "/collection", "/museums", "/timeline", "/apply"]
        .map(page)
        .to_vec();
    let works: Vec<(String, NaiveDateTime, Option<String>)> = artworks::table
        .filter(artworks::status.eq(WorkStatus::Published.as_str()))
        .order(artworks::id.asc())
        .select((
            artworks::slug,
            artworks::updated_at,
            artworks::origin_country,
        ))
        .load(conn)?;
    let museums: Vec<(String, NaiveDateTime, String)> = museums::table
        .order(museums::id.asc())
        .select((museums::slug, museums::updated_at, museums::country_code))
        .load(conn)?;
    let countries: BTreeSet<String> = works
        .iter()
        .filter_map(|(_, _, c)| c.clone())
        .chain(museums.iter().map(|(_, _, c)| c.clone()))
        .collect();
    all.extend(works.into_iter().map(|(slug, changed, _)| Entry {
        path: format!("/artworks/{slug}"),
        changed: Some(changed),
    }));
    all.extend(museums.into_iter().map(|(slug, changed, _)| Entry {
        path: format!("/museums/{slug}"),
        changed: Some(changed),
    }));
    all.extend(
        countries
            .into_iter()
            .map(|code| page(&format!("/countries/{code}"))),
    );
    Ok(all)
}

/// A `<urlset>` of these entries.
pub fn urlset(base: &str, entries: &[Entry]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for entry in entries {
        xml.push_str("<url><loc>");
        xml.push_str(&escape(&format!("{base}{}", entry.path)));
        xml.push_str("</loc>");
        if let Some(changed) = entry.changed {
            xml.push_str(&format!(
                "<lastmod>{}</lastmod>",
                changed.format("%Y-%m-%dT%H:%M:%SZ")
            ));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// A `<sitemapindex>` of `files` sitemap files.
pub fn index(base: &str, files: usize) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for n in 1..=files {
        xml.push_str(&format!(
            "<sitemap><loc>{}</loc></sitemap>\n",
            escape(&format!("{base}/sitemap-{n}.xml"))
        ));
    }
    xml.push_str("</sitemapindex>\n");
    xml
}

/// The sitemap of `entries`: one urlset while they fit one file, else the index.
pub fn sitemap(base: &str, entries: &[Entry], per_file: usize) -> String {
    if entries.len() <= per_file {
        urlset(base, entries)
    } else {
        index(base, entries.len().div_ceil(per_file))
    }
}

fn xml(body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/xml; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(body)
}

/// The platform's address, without a trailing slash.
fn base(settings: &Settings) -> String {
    settings.public_url.trim_end_matches('/').to_owned()
}

#[get("/sitemap.xml")]
async fn sitemap_xml(
    settings: web::Data<Settings>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, ApiError> {
    let entries = db::run(&pool, entries).await?;
    Ok(xml(sitemap(&base(&settings), &entries, PER_FILE)))
}

/// One file of the index: `/sitemap-1.xml` holds the first 50,000 addresses.
#[get("/sitemap-{n}.xml")]
async fn sitemap_file(
    settings: web::Data<Settings>,
    pool: web::Data<Pool>,
    n: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let n: usize = n
        .parse()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| ApiError::not_found("sitemap file", &n.to_string()))?;
    let entries = db::run(&pool, entries).await?;
    let start = (n - 1) * PER_FILE;
    if start >= entries.len() || entries.len() <= PER_FILE {
        return Err(ApiError::not_found("sitemap file", &n.to_string()));
    }
    let end = (start + PER_FILE).min(entries.len());
    Ok(xml(urlset(&base(&settings), &entries[start..end])))
}

#[get("/robots.txt")]
async fn robots(settings: web::Data<Settings>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(format!(
            "User-agent: *\n\
             Disallow: /api/\n\
             {}\
             Disallow: /apply/status/\n\
             Allow: /\n\
             \n\
             Sitemap: {}/sitemap.xml\n",
            vcm_web::app::CONSOLE_PATHS
                .iter()
                .map(|path| format!("Disallow: {path}\n"))
                .collect::<String>(),
            base(&settings)
        ))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(robots)
        .service(sitemap_xml)
        .service(sitemap_file);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str) -> Entry {
        Entry {
            path: path.into(),
            changed: None,
        }
    }

    #[test]
    fn one_file_while_they_fit_then_an_index() {
        let entries: Vec<Entry> = (0..5).map(|i| entry(&format!("/artworks/w{i}"))).collect();
        let one = sitemap("https://vcm.example", &entries, 5);
        assert!(one.contains("<urlset"));
        assert_eq!(one.matches("<url>").count(), 5);
        assert!(one.contains("<loc>https://vcm.example/artworks/w4</loc>"));
        let split = sitemap("https://vcm.example", &entries, 2);
        assert!(split.contains("<sitemapindex"));
        assert_eq!(split.matches("<sitemap>").count(), 3);
        assert!(split.contains("<loc>https://vcm.example/sitemap-3.xml</loc>"));
    }

    #[test]
    fn addresses_are_escaped() {
        let xml = urlset("https://vcm.example", &[entry("/a&b<c>")]);
        assert!(xml.contains("/a&amp;b&lt;c&gt;"));
    }
}
