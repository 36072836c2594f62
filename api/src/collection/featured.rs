//! The masterpiece of the day: one published work a UTC day, chosen once and
//! kept in `featured_days`, so every server and every visitor sees the same
//! work all day. The rotation is fair: the country featured least recently
//! comes first, then its museum featured least recently, then that museum's
//! work featured least recently; ties fall to a hash of the day, so the order
//! is not alphabetical. The secretariat may pin a work to today or a later day.

use std::collections::HashMap;

use actix_web::{HttpResponse, delete, get, put, web};
use chrono::{Days, NaiveDate, Utc};
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::{
    FeaturedDay, FeaturedPin, FeaturedSchedule, FieldCode, FieldError, MasterpieceOfTheDay,
    Problem, WorkStatus,
};

use crate::artworks::summaries_by_id;
use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::db::schema::{artworks, featured_days, museums};
use crate::db::{self, DbConnection, Pool};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(of_the_day)
        .service(schedule)
        .service(pin)
        .service(unpin);
}

/// How many past days the schedule shows.
const HISTORY_DAYS: u64 = 30;

/// A stable 64-bit mix (splitmix64), the same on every server and release.
fn mix(day: NaiveDate, key: &str) -> u64 {
    let mut h = 0x9e37_79b9_7f4a_7c15_u64;
    for b in day.to_string().bytes().chain(key.bytes()) {
        h = (h ^ u64::from(b)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h ^= h >> 31;
    }
    h
}

/// Of `keys`, the one featured least recently (never beats any day), ties
/// broken by the day's hash.
fn least_recent<'a>(
    day: NaiveDate,
    keys: impl Iterator<Item = &'a String>,
    last: &HashMap<String, String>,
) -> Option<String> {
    keys.min_by_key(|k| (last.get(*k).cloned(), mix(day, k)))
        .cloned()
}

/// Chooses the day's work by the fair rotation, from the published works and
/// the days already featured, among the museums whose membership is active.
/// `None` when none of them has a published work.
fn choose(conn: &mut DbConnection, day: NaiveDate) -> QueryResult<Option<(i64, i64, String)>> {
    let published = artworks::status.eq(WorkStatus::Published.as_str());
    let holders: Vec<(String, i64)> = artworks::table
        .inner_join(museums::table)
        .filter(published)
        .filter(museums::membership_status.eq(vcm_shared::MembershipStatus::Active.as_str()))
        .select((museums::country_code, artworks::museum_id))
        .distinct()
        .load(conn)?;
    if holders.is_empty() {
        return Ok(None);
    }
    let history: Vec<(String, i64, i64, String)> = featured_days::table
        .filter(featured_days::day.lt(day.to_string()))
        .select((
            featured_days::day,
            featured_days::artwork_id,
            featured_days::museum_id,
            featured_days::country_code,
        ))
        .load(conn)?;
    let mut by_country: HashMap<String, String> = HashMap::new();
    let mut by_museum: HashMap<String, String> = HashMap::new();
    let mut by_work: HashMap<String, String> = HashMap::new();
    for (d, work, museum, country) in history {
        for (map, key) in [
            (&mut by_country, country),
            (&mut by_museum, museum.to_string()),
            (&mut by_work, work.to_string()),
        ] {
            let e = map.entry(key).or_default();
            if *e < d {
                *e = d.clone();
            }
        }
    }
    let countries: Vec<String> = holders.iter().map(|(c, _)| c.clone()).collect();
    let Some(country) = least_recent(day, countries.iter(), &by_country) else {
        return Ok(None);
    };
    let museums: Vec<String> = holders
        .iter()
        .filter(|(c, _)| *c == country)
        .map(|(_, m)| m.to_string())
        .collect();
    let Some(museum) = least_recent(day, museums.iter(), &by_museum) else {
        return Ok(None);
    };
    let museum_id: i64 = museum.parse().expect("museum ids are numbers");
    let works: Vec<String> = artworks::table
        .filter(published)
        .filter(artworks::museum_id.eq(museum_id))
        .select(artworks::id)
        .load::<i64>(conn)?
        .into_iter()
        .map(|id| id.to_string())
        .collect();
    Ok(least_recent(day, works.iter(), &by_work)
        .map(|w| (w.parse().expect("work ids are numbers"), museum_id, country)))
}

/// The day's work and whether it was pinned: the stored choice while its work
/// is still published, otherwise a new choice, stored for the rest of the day.
pub fn of_day(conn: &mut DbConnection, day: NaiveDate) -> Result<Option<(i64, bool)>, ApiError> {
    let key = day.to_string();
    let stored: Option<(i64, bool, String)> = featured_days::table
        .inner_join(artworks::table)
        .filter(featured_days::day.eq(&key))
        .select((
            featured_days::artwork_id,
            featured_days::pinned,
            artworks::status,
        ))
        .first(conn)
        .optional()?;
    match stored {
        Some((id, pinned, status)) if status == WorkStatus::Published.as_str() => {
            return Ok(Some((id, pinned)));
        }
        // Its work was withdrawn since: choose again.
        Some(_) => {
            diesel::delete(featured_days::table.find(&key)).execute(conn)?;
        }
        None => {}
    }
    let Some((artwork_id, museum_id, country)) = choose(conn, day)? else {
        return Ok(None);
    };
    // Two servers may choose at once: the first insert wins, both read it back.
    let _ = diesel::insert_into(featured_days::table)
        .values((
            featured_days::day.eq(&key),
            featured_days::artwork_id.eq(artwork_id),
            featured_days::museum_id.eq(museum_id),
            featured_days::country_code.eq(&country),
            featured_days::pinned.eq(false),
            featured_days::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn);
    Ok(featured_days::table
        .find(&key)
        .select((featured_days::artwork_id, featured_days::pinned))
        .first(conn)
        .optional()?)
}

fn start_of(day: NaiveDate) -> chrono::DateTime<Utc> {
    day.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc()
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct DayQuery {
    /// A day up to today (UTC), `YYYY-MM-DD`; today when absent.
    #[param(value_type = Option<String>, format = Date)]
    date: Option<String>,
}

fn parse_day(field: &str, raw: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map_err(|_| ApiError::invalid_parameter(field, "must be a date, YYYY-MM-DD"))
}

/// The masterpiece of the day.
///
/// One published work a day, the same for everyone from `starts_at` to
/// `ends_at` (the UTC day, named in `time_zone`), chosen fairly across
/// countries and museums, or pinned by the secretariat. Past days answer the
/// work that was shown.
#[utoipa::path(
    tag = "collection",
    params(DayQuery),
    responses(
        (status = 200, description = "The day's masterpiece", body = MasterpieceOfTheDay),
        (status = 400, description = "`invalid_parameter`: not a date, or a day still to come", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Nothing was (or is) published to show that day", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/masterpiece-of-the-day")]
async fn of_the_day(
    pool: web::Data<Pool>,
    query: web::Query<DayQuery>,
) -> Result<web::Json<MasterpieceOfTheDay>, ApiError> {
    let today = Utc::now().date_naive();
    let day = match &query.date {
        Some(raw) => parse_day("date", raw)?,
        None => today,
    };
    if day > today {
        return Err(ApiError::invalid_parameter(
            "date",
            format!("the masterpiece of a day to come is chosen on that day; today is {today}"),
        ));
    }
    let answer = db::run(&pool, move |conn| {
        let chosen = if day == today {
            of_day(conn, day)?
        } else {
            featured_days::table
                .find(day.to_string())
                .select((featured_days::artwork_id, featured_days::pinned))
                .first(conn)
                .optional()?
        };
        let missing = || ApiError::not_found("masterpiece of the day", &day.to_string());
        let (id, pinned) = chosen.ok_or_else(missing)?;
        let artwork = summaries_by_id(conn, &[id])?
            .remove(&id)
            .ok_or_else(missing)?;
        Ok(MasterpieceOfTheDay {
            date: day,
            time_zone: "UTC".into(),
            starts_at: start_of(day),
            ends_at: start_of(day + Days::new(1)),
            pinned,
            artwork,
        })
    })
    .await?;
    Ok(web::Json(answer))
}

/// The schedule: the last 30 days' masterpieces, today's, and every day pinned ahead.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    responses(
        (status = 200, description = "The days, latest first", body = FeaturedSchedule),
    ),
)]
#[get("/admin/featured")]
async fn schedule(
    pool: web::Data<Pool>,
    _admin: Admin,
) -> Result<web::Json<FeaturedSchedule>, ApiError> {
    let today = Utc::now().date_naive();
    let answer = db::run(&pool, move |conn| {
        of_day(conn, today)?;
        let since = (today - Days::new(HISTORY_DAYS)).to_string();
        let rows: Vec<(String, i64, bool, Option<String>)> = featured_days::table
            .filter(featured_days::day.ge(since))
            .order(featured_days::day.desc())
            .select((
                featured_days::day,
                featured_days::artwork_id,
                featured_days::pinned,
                featured_days::note,
            ))
            .load(conn)?;
        let ids: Vec<i64> = rows.iter().map(|r| r.1).collect();
        let summaries = summaries_by_id(conn, &ids)?;
        let mut items = Vec::with_capacity(rows.len());
        for (day, id, pinned, note) in rows {
            // A work since withdrawn has no public summary; its day is not listed.
            let Some(artwork) = summaries.get(&id).cloned() else {
                continue;
            };
            items.push(FeaturedDay {
                date: parse_day("day", &day)?,
                pinned,
                note,
                artwork,
            });
        }
        Ok(FeaturedSchedule { today, items })
    })
    .await?;
    Ok(web::Json(answer))
}

/// Pin a published work to a day, today or later; it replaces the rotation's
/// choice for that day.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    params(("date" = String, Path, format = Date, description = "The day, `YYYY-MM-DD` (UTC), today or later")),
    request_body = FeaturedPin,
    responses(
        (status = 200, description = "The day as pinned", body = FeaturedDay),
        (status = 400, description = "`invalid_parameter`: not a date, or a past day; `malformed_body`", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`: no published work has this slug", body = Problem, content_type = PROBLEM),
    ),
)]
#[put("/admin/featured/{date}")]
async fn pin(
    pool: web::Data<Pool>,
    Admin { caller, .. }: Admin,
    path: web::Path<String>,
    body: web::Json<FeaturedPin>,
) -> Result<web::Json<FeaturedDay>, ApiError> {
    let day = future_day(&path)?;
    let FeaturedPin { artwork, note } = body.into_inner();
    let note = vcm_shared::clean(note);
    if note
        .as_deref()
        .is_some_and(|n| n.chars().count() > vcm_shared::MAX_COMMENT_LEN)
    {
        return Err(ApiError::validation(vec![FieldError::new(
            "note",
            FieldCode::TooLong,
            format!("must be at most {} characters", vcm_shared::MAX_COMMENT_LEN),
        )]));
    }
    let answer = db::run(&pool, move |conn| {
        db::write(conn, |conn| {
            let (id, museum_id, country): (i64, i64, String) = artworks::table
                .inner_join(museums::table)
                .filter(artworks::slug.eq(artwork.trim()))
                .filter(artworks::status.eq(WorkStatus::Published.as_str()))
                .select((artworks::id, artworks::museum_id, museums::country_code))
                .first(conn)
                .optional()?
                .ok_or_else(|| {
                    ApiError::validation(vec![FieldError::new(
                        "artwork",
                        FieldCode::UnknownValue,
                        format!("no published work has the slug {artwork:?}"),
                    )])
                })?;
            let key = day.to_string();
            diesel::delete(featured_days::table.find(&key)).execute(conn)?;
            diesel::insert_into(featured_days::table)
                .values((
                    featured_days::day.eq(&key),
                    featured_days::artwork_id.eq(id),
                    featured_days::museum_id.eq(museum_id),
                    featured_days::country_code.eq(&country),
                    featured_days::pinned.eq(true),
                    featured_days::note.eq(&note),
                    featured_days::created_at.eq(Utc::now().naive_utc()),
                ))
                .execute(conn)?;
            audit::record(
                conn,
                &caller.actor(),
                Change {
                    action: "featured.pin",
                    entity: "featured_day",
                    key: &key,
                    museum_id: Some(museum_id),
                },
                None::<&()>,
                Some(&serde_json::json!({ "artwork": artwork.trim(), "note": note })),
            )?;
            let artwork = summaries_by_id(conn, &[id])?
                .remove(&id)
                .ok_or_else(|| ApiError::internal("a published work has no summary"))?;
            Ok(FeaturedDay {
                date: day,
                pinned: true,
                note,
                artwork,
            })
        })
    })
    .await?;
    Ok(web::Json(answer))
}

/// Unpin a day, today or later: the fair rotation chooses its work again.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    params(("date" = String, Path, format = Date, description = "The day, `YYYY-MM-DD` (UTC), today or later")),
    responses(
        (status = 204, description = "Unpinned (also when it was not pinned)"),
        (status = 400, description = "`invalid_parameter`: not a date, or a past day", body = Problem, content_type = PROBLEM),
    ),
)]
#[delete("/admin/featured/{date}")]
async fn unpin(
    pool: web::Data<Pool>,
    Admin { caller, .. }: Admin,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let day = future_day(&path)?;
    db::run(&pool, move |conn| {
        db::write(conn, |conn| {
            let key = day.to_string();
            let removed = diesel::delete(
                featured_days::table
                    .find(&key)
                    .filter(featured_days::pinned.eq(true)),
            )
            .execute(conn)?;
            if removed > 0 {
                audit::record(
                    conn,
                    &caller.actor(),
                    Change {
                        action: "featured.unpin",
                        entity: "featured_day",
                        key: &key,
                        museum_id: None,
                    },
                    None::<&()>,
                    None::<&()>,
                )?;
            }
            Ok::<_, ApiError>(())
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Reads a `{date}` path segment that must be today or later.
fn future_day(raw: &str) -> Result<NaiveDate, ApiError> {
    let day = parse_day("date", raw)?;
    let today = Utc::now().date_naive();
    if day < today {
        return Err(ApiError::invalid_parameter(
            "date",
            format!("must be today ({today}) or later: past days keep what was shown"),
        ));
    }
    Ok(day)
}
