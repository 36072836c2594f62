//! Public read endpoints for masterpieces. Only published works are visible.

use std::collections::BTreeMap;

use actix_web::{get, web};
use chrono::{Datelike, Utc};
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::{Artwork, ArtworkPage, Highlights, ObjectType, Problem, WorkStatus};

use crate::artworks::{ArtworkRow, summaries_by_id, with_images};
use crate::db::Pool;
use crate::db::{
    self,
    schema::{artworks, museums},
};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::http::params::{self, Cursor, PageParams};
use crate::museums::{CountryNames, MuseumRow};

/// How many works the home page features.
const FEATURED: usize = 8;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(list_artworks)
        .service(highlights)
        .service(get_artwork);
}

/// Parameters of the artwork list. Filters combine with AND.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ArtworkQuery {
    /// Only works held by this museum (its slug).
    museum: Option<String>,
    /// Only works whose country of origin is this one (ISO 3166-1 alpha-2, e.g. `JP`).
    country: Option<String>,
    /// Only works of this object type.
    #[param(value_type = Option<ObjectType>)]
    object_type: Option<String>,
    /// Only works dated in or after this year (negative for BCE); undated works are left out.
    #[param(value_type = Option<i32>, minimum = -10000, maximum = 2100)]
    year_from: Option<String>,
    /// Only works dated in or before this year (negative for BCE); undated works are left out.
    #[param(value_type = Option<i32>, minimum = -10000, maximum = 2100)]
    year_to: Option<String>,
}

/// List published masterpieces.
///
/// Works by English title, filtered by museum, country of origin, object type
/// and a year range (a work matches when its dating overlaps the range).
#[utoipa::path(
    tag = "collection",
    params(ArtworkQuery, PageParams),
    responses(
        (status = 200, description = "A page of works", body = ArtworkPage),
        (status = 400, description = "A parameter is malformed or out of range", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/artworks")]
async fn list_artworks(
    pool: web::Data<Pool>,
    query: web::Query<ArtworkQuery>,
    page: web::Query<PageParams>,
) -> Result<web::Json<ArtworkPage>, ApiError> {
    let q = query.into_inner();
    let country = q.country.as_deref().map(crate::country_param).transpose()?;
    let object_type = q
        .object_type
        .as_deref()
        .map(|t| {
            t.parse::<ObjectType>()
                .map_err(|e| ApiError::invalid_parameter("object_type", e.to_string()))
        })
        .transpose()?;
    let (year_from, year_to) = params::years(q.year_from.as_deref(), q.year_to.as_deref())?;
    let (limit, after) = page.read()?;
    let museum = q.museum;

    let page = db::run(&pool, move |conn| {
        let mut query = artworks::table
            .inner_join(museums::table)
            .filter(artworks::status.eq(WorkStatus::Published.as_str()))
            .select((ArtworkRow::as_select(), MuseumRow::as_select()))
            .into_boxed();
        if let Some(museum) = museum {
            query = query.filter(museums::slug.eq(museum));
        }
        if let Some(country) = country {
            query = query.filter(artworks::origin_country.eq(country));
        }
        if let Some(t) = object_type {
            query = query.filter(artworks::object_type.eq(t.as_str()));
        }
        if let Some(from) = year_from {
            query = query.filter(artworks::year_end.ge(from));
        }
        if let Some(to) = year_to {
            query = query.filter(artworks::year_begin.le(to));
        }
        if let Some(after) = after {
            query = query.filter(
                artworks::title
                    .gt(after.key.clone())
                    .or(artworks::title.eq(after.key).and(artworks::id.gt(after.id))),
            );
        }
        let mut rows: Vec<(ArtworkRow, MuseumRow)> = query
            .order((artworks::title.asc(), artworks::id.asc()))
            .limit(limit + 1)
            .load(conn)?;
        let next_cursor = params::page_end(&mut rows, limit, |(last, _)| Cursor {
            key: last.title.clone(),
            id: last.id,
        });
        let names = CountryNames::load(conn)?;
        let ids: Vec<i64> = rows.iter().map(|(a, _)| a.id).collect();
        let thumbs = crate::artworks::images::thumbs(conn, &ids)?;
        let items = rows
            .iter()
            .map(|(a, m)| a.summary(m, &names, &thumbs))
            .collect::<Result<_, _>>()?;
        Ok(ArtworkPage { items, next_cursor })
    })
    .await?;
    Ok(web::Json(page))
}

/// Get one published masterpiece.
#[utoipa::path(
    tag = "collection",
    params(("slug" = String, Path, description = "The work's slug")),
    responses(
        (status = 200, description = "The work's full record", body = Artwork),
        (status = 404, description = "No published work has this slug", body = Problem, content_type = PROBLEM),
        (status = 410, description = "`gone`: the work was published and then withdrawn; `withdrawal` says why and when", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/artworks/{slug}")]
async fn get_artwork(
    pool: web::Data<Pool>,
    slug: web::Path<String>,
) -> Result<web::Json<Artwork>, ApiError> {
    let slug = slug.into_inner();
    let artwork = db::run(&pool, move |conn| {
        let (row, museum): (ArtworkRow, MuseumRow) = artworks::table
            .inner_join(museums::table)
            .filter(artworks::slug.eq(&slug))
            .select((ArtworkRow::as_select(), MuseumRow::as_select()))
            .first(conn)
            .optional()?
            .ok_or_else(|| ApiError::not_found("artwork", &slug))?;
        if row.status == WorkStatus::Published.as_str() {
            let countries = CountryNames::load(conn)?;
            with_images(conn, row, &museum, &countries, false)
        } else if row.status == WorkStatus::Withdrawn.as_str() && row.published_at.is_some() {
            Err(crate::artworks::workflow::gone(conn, &row)?)
        } else {
            Err(ApiError::not_found("artwork", &slug))
        }
    })
    .await?;
    Ok(web::Json(artwork))
}

/// Today's highlights: the masterpiece of the day and a featured selection.
///
/// Both rotate daily at midnight UTC and are the same for every visitor that
/// day; the featured works never repeat the masterpiece of the day.
#[utoipa::path(
    tag = "collection",
    responses((status = 200, description = "Today's highlights", body = Highlights)),
)]
#[get("/highlights")]
async fn highlights(pool: web::Data<Pool>) -> Result<web::Json<Highlights>, ApiError> {
    let date = Utc::now().date_naive();
    let day = date.num_days_from_ce().unsigned_abs() as usize;
    let answer = db::run(&pool, move |conn| {
        let published: Vec<(i64, i64)> = artworks::table
            .filter(artworks::status.eq(WorkStatus::Published.as_str()))
            .order(artworks::id.asc())
            .select((artworks::id, artworks::museum_id))
            .load(conn)?;
        let of_the_day = super::of_day(conn, date)?.map(|(id, _)| id);
        let mut by_museum: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
        for (id, museum) in &published {
            by_museum.entry(*museum).or_default().push(*id);
        }
        // One work a museum, never the masterpiece of the day again.
        let mut per_museum: Vec<i64> = by_museum
            .values()
            .filter_map(|ids| {
                let others: Vec<i64> = ids
                    .iter()
                    .copied()
                    .filter(|id| Some(*id) != of_the_day)
                    .collect();
                (!others.is_empty()).then(|| others[day % others.len()])
            })
            .collect();
        if !per_museum.is_empty() {
            let shift = day % per_museum.len();
            per_museum.rotate_left(shift);
        }
        per_museum.truncate(FEATURED);

        let mut wanted = per_museum.clone();
        wanted.extend(of_the_day);
        let summaries = summaries_by_id(conn, &wanted)?;
        Ok(Highlights {
            date,
            masterpiece_of_the_day: of_the_day.and_then(|id| summaries.get(&id).cloned()),
            featured: per_museum
                .iter()
                .filter_map(|id| summaries.get(id).cloned())
                .collect(),
        })
    })
    .await?;
    Ok(web::Json(answer))
}
