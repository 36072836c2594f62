//! Public read endpoints for museums and countries.

use std::collections::HashMap;

use actix_web::{get, web};
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::{CountryList, Museum, MuseumPage, Problem, WorkStatus};

use super::{CountryNames, MuseumRow, countries};
use crate::db::Pool;
use crate::db::{
    self,
    schema::{artworks, museums},
};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::http::params::{self, Cursor, PageParams};

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(list_countries)
        .service(list_museums)
        .service(get_museum);
}

/// List countries with their museum and artwork counts.
///
/// Every country the network knows, in English alphabetical order; the 46
/// ASEM member states are seeded, the secretariat may add others.
#[utoipa::path(
    tag = "museums",
    responses((status = 200, description = "All countries", body = CountryList)),
)]
#[get("/countries")]
async fn list_countries(pool: web::Data<Pool>) -> Result<web::Json<CountryList>, ApiError> {
    let items = db::run(&pool, countries::list_with_counts).await?;
    Ok(web::Json(CountryList { items }))
}

/// Parameters of the museum list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MuseumQuery {
    /// Only museums located in this country (ISO 3166-1 alpha-2, e.g. `KR`).
    country: Option<String>,
}

/// List member museums.
///
/// Museums by English name, with their count of published works.
#[utoipa::path(
    tag = "museums",
    params(MuseumQuery, PageParams),
    responses(
        (status = 200, description = "A page of museums", body = MuseumPage),
        (status = 400, description = "A parameter is malformed", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/museums")]
async fn list_museums(
    pool: web::Data<Pool>,
    query: web::Query<MuseumQuery>,
    page: web::Query<PageParams>,
) -> Result<web::Json<MuseumPage>, ApiError> {
    let query = query.into_inner();
    let country = query
        .country
        .as_deref()
        .map(crate::country_param)
        .transpose()?;
    let (limit, after) = page.read()?;
    let page = db::run(&pool, move |conn| {
        let mut q = museums::table.select(MuseumRow::as_select()).into_boxed();
        if let Some(country) = country {
            q = q.filter(museums::country_code.eq(country));
        }
        if let Some(after) = after {
            q = q.filter(
                museums::name
                    .gt(after.key.clone())
                    .or(museums::name.eq(after.key).and(museums::id.gt(after.id))),
            );
        }
        let mut rows: Vec<MuseumRow> = q
            .order((museums::name.asc(), museums::id.asc()))
            .limit(limit + 1)
            .load(conn)?;
        let next_cursor = params::page_end(&mut rows, limit, |last| Cursor {
            key: last.name.clone(),
            id: last.id,
        });
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let counts = published_counts(conn, &ids)?;
        let names = CountryNames::load(conn)?;
        let items = rows
            .into_iter()
            .map(|r| {
                let n = counts.get(&r.id).copied().unwrap_or(0);
                r.into_wire(&names, n)
            })
            .collect::<Result<_, _>>()?;
        Ok(MuseumPage { items, next_cursor })
    })
    .await?;
    Ok(web::Json(page))
}

/// Get one museum.
#[utoipa::path(
    tag = "museums",
    params(("slug" = String, Path, description = "The museum's slug")),
    responses(
        (status = 200, description = "The museum", body = Museum),
        (status = 404, description = "No museum has this slug", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/museums/{slug}")]
async fn get_museum(
    pool: web::Data<Pool>,
    slug: web::Path<String>,
) -> Result<web::Json<Museum>, ApiError> {
    let slug = slug.into_inner();
    let museum = db::run(&pool, move |conn| {
        let row = super::by_slug(conn, &slug)?;
        let count = published_counts(conn, &[row.id])?
            .get(&row.id)
            .copied()
            .unwrap_or(0);
        row.into_wire(&CountryNames::load(conn)?, count)
    })
    .await?;
    Ok(web::Json(museum))
}

/// How many published works each of these museums has.
fn published_counts(conn: &mut db::DbConnection, ids: &[i64]) -> QueryResult<HashMap<i64, i64>> {
    Ok(artworks::table
        .filter(artworks::museum_id.eq_any(ids))
        .filter(artworks::status.eq(WorkStatus::Published.as_str()))
        .group_by(artworks::museum_id)
        .select((artworks::museum_id, diesel::dsl::count_star()))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect())
}
