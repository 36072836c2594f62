//! The review queue and the secretariat's decisions (`/api/v1/admin/reviews`,
//! `/api/v1/admin/artworks/...`), and the notices a museum reads
//! (`/api/v1/partner/notifications`).

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use diesel::prelude::*;
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::{
    NotificationPage, Problem, ReviewComment, ReviewItem, ReviewQueue, ReviewedArtwork,
    WithdrawalRequest, WithdrawnBy, WorkStatus,
};

use crate::artworks::ArtworkRow;
use crate::artworks::partner_wire;
use crate::artworks::workflow::{DecisionRow, Step, checks, decide};
use crate::auth::{Admin, MuseumActor};
use crate::config::Settings;
use crate::db::schema::{artwork_decisions, artworks, museums};
use crate::db::{self, DbConnection, Pool};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::http::params::{self, Cursor, PageParams};
use crate::http::{if_match, versioned};
use crate::museums::{CountryNames, MuseumRow};
use crate::outbox;
use crate::outbox::Mailer;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(queue)
        .service(get_artwork)
        .service(publish)
        .service(request_changes)
        .service(reject)
        .service(withdraw)
        .service(notifications);
}

/// The works in review, oldest nomination first, each with the checks a
/// reviewer needs: the required fields in English, a masterpiece statement,
/// an image with a text alternative and rights, and the museum's quota.
#[utoipa::path(
    tag = "review",
    security(("bearer" = ["admin"])),
    params(PageParams),
    responses(
        (status = 200, description = "A page of the queue", body = ReviewQueue),
        (status = 400, description = "A parameter is malformed", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/admin/reviews")]
async fn queue(
    pool: web::Data<Pool>,
    _admin: Admin,
    page: web::Query<PageParams>,
) -> Result<web::Json<ReviewQueue>, ApiError> {
    let (limit, after) = page.read()?;
    let after = after.map(|c| c.time()).transpose()?;
    let page = db::run(&pool, move |conn| {
        let in_review = artworks::status.eq(WorkStatus::InReview.as_str());
        let total: i64 = artworks::table.filter(in_review).count().get_result(conn)?;
        let mut query = artworks::table
            .inner_join(museums::table)
            .filter(in_review)
            .order((artworks::submitted_at.asc(), artworks::id.asc()))
            .select((ArtworkRow::as_select(), MuseumRow::as_select()))
            .limit(limit + 1)
            .into_boxed();
        if let Some((at, id)) = after {
            query = query.filter(
                artworks::submitted_at
                    .gt(at)
                    .or(artworks::submitted_at.eq(at).and(artworks::id.gt(id))),
            );
        }
        let mut rows: Vec<(ArtworkRow, MuseumRow)> = query.load(conn)?;
        let next_cursor = params::page_end(&mut rows, limit, |(row, _)| {
            Cursor::at(row.submitted_at.unwrap_or_default(), row.id)
        });
        let countries = CountryNames::load(conn)?;
        let mut items = Vec::with_capacity(rows.len());
        for (row, museum) in rows {
            items.push(ReviewItem {
                checks: checks(conn, &row, &museum)?,
                slug: row.slug,
                title: row.title,
                inventory_number: row.inventory_number,
                object_type: crate::stored(&row.object_type)?,
                museum: museum.to_ref(&countries),
                submitted_at: crate::utc(row.submitted_at.unwrap_or(row.updated_at)),
                version: row.version,
            });
        }
        Ok(ReviewQueue {
            items,
            total,
            next_cursor,
        })
    })
    .await?;
    Ok(web::Json(page))
}

fn any_artwork(conn: &mut DbConnection, slug: &str) -> Result<(ArtworkRow, MuseumRow), ApiError> {
    artworks::table
        .inner_join(museums::table)
        .filter(artworks::slug.eq(slug))
        .select((ArtworkRow::as_select(), MuseumRow::as_select()))
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::not_found("work", slug))
}

fn reviewed(
    conn: &mut DbConnection,
    row: ArtworkRow,
    museum: &MuseumRow,
) -> Result<ReviewedArtwork, ApiError> {
    let checks = checks(conn, &row, museum)?;
    let countries = CountryNames::load(conn)?;
    let work = partner_wire(conn, row, museum, &countries)?;
    Ok(ReviewedArtwork { work, checks })
}

fn answer(work: &ReviewedArtwork) -> HttpResponse {
    versioned(HttpResponse::Ok(), work, work.work.version)
}

/// Any work of any museum, in any status, with the review checks computed now.
#[utoipa::path(
    tag = "review",
    security(("bearer" = ["admin"])),
    params(("slug" = String, Path, description = "The work's slug")),
    responses(
        (status = 200, description = "The work; `ETag` is its version", body = ReviewedArtwork),
        (status = 404, description = "No work has this slug", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/admin/artworks/{slug}")]
async fn get_artwork(
    pool: web::Data<Pool>,
    _admin: Admin,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let slug = path.into_inner();
    let work = db::run(&pool, move |conn| {
        let (row, museum) = any_artwork(conn, &slug)?;
        reviewed(conn, row, &museum)
    })
    .await?;
    Ok(answer(&work))
}

/// Makes the secretariat's move on a work, in one
/// write transaction.
async fn secretariat_move(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    admin: Admin,
    slug: String,
    step: Step,
    expected_version: Option<i64>,
) -> Result<HttpResponse, ApiError> {
    let public_url = settings.public_url.clone();
    let work = db::run(&pool, move |conn| {
        db::write(conn, |conn| {
            let (row, museum) = any_artwork(conn, &slug)?;
            let row = decide(
                conn,
                &admin.caller.actor(),
                &public_url,
                row,
                &museum,
                step,
                expected_version,
            )?;
            reviewed(conn, row, &museum)
        })
    })
    .await?;
    outbox::deliver_soon(&mailer, &pool);
    Ok(answer(&work))
}

fn comment(body: ReviewComment, required: bool) -> Result<Option<String>, ApiError> {
    ApiError::check(body.problems(required))?;
    Ok(vcm_shared::clean(body.comment))
}

/// Publish a work in review.
///
/// The review checks inform the decision; the one rule is the quota: 409
/// `quota_exceeded` when the museum's published works already fill it. Send
/// the version you reviewed as `If-Match` to be sure the museum did not change
/// the work meanwhile (412 if it did). The museum's editors are told by email
/// and in their notifications.
#[utoipa::path(
    tag = "review",
    security(("bearer" = ["admin"])),
    params(
        ("slug" = String, Path, description = "The work's slug"),
        ("If-Match" = Option<String>, Header, description = "The version you reviewed, e.g. `\"4\"`"),
    ),
    request_body(content = Option<ReviewComment>, description = "An optional comment for the museum"),
    responses(
        (status = 200, description = "The work, now published", body = ReviewedArtwork),
        (status = 400, description = "`malformed_body` or a malformed `If-Match`", body = Problem, content_type = PROBLEM),
        (status = 404, description = "No work has this slug", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`invalid_transition` (it is not in review) or `quota_exceeded`", body = Problem, content_type = PROBLEM),
        (status = 412, description = "`precondition_failed`: the work changed since you read it", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`: the comment is too long", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/admin/artworks/{slug}/publish")]
async fn publish(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    admin: Admin,
    req: HttpRequest,
    path: web::Path<String>,
    body: Option<web::Json<ReviewComment>>,
) -> Result<HttpResponse, ApiError> {
    let expected = if_match(&req)?;
    let text = comment(body.map(web::Json::into_inner).unwrap_or_default(), false)?;
    secretariat_move(
        pool,
        settings,
        mailer,
        admin,
        path.into_inner(),
        Step::Publish(text),
        expected,
    )
    .await
}

/// Send a work in review back to its museum with a comment saying what to
/// change; the museum may change it and nominate it again.
#[utoipa::path(
    tag = "review",
    security(("bearer" = ["admin"])),
    params(("slug" = String, Path, description = "The work's slug")),
    request_body = ReviewComment,
    responses(
        (status = 200, description = "The work, now `changes_requested`", body = ReviewedArtwork),
        (status = 400, description = "`malformed_body`", body = Problem, content_type = PROBLEM),
        (status = 404, description = "No work has this slug", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`invalid_transition`: it is not in review", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`: the comment is missing or too long", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/admin/artworks/{slug}/request-changes")]
async fn request_changes(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    admin: Admin,
    path: web::Path<String>,
    body: web::Json<ReviewComment>,
) -> Result<HttpResponse, ApiError> {
    let text = comment(body.into_inner(), true)?.unwrap_or_default();
    secretariat_move(
        pool,
        settings,
        mailer,
        admin,
        path.into_inner(),
        Step::RequestChanges(text),
        None,
    )
    .await
}

/// Reject a work in review, saying why. A rejected work cannot be nominated again.
#[utoipa::path(
    tag = "review",
    security(("bearer" = ["admin"])),
    params(("slug" = String, Path, description = "The work's slug")),
    request_body = ReviewComment,
    responses(
        (status = 200, description = "The work, now `rejected`", body = ReviewedArtwork),
        (status = 400, description = "`malformed_body`", body = Problem, content_type = PROBLEM),
        (status = 404, description = "No work has this slug", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`invalid_transition`: it is not in review", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`: the comment is missing or too long", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/admin/artworks/{slug}/reject")]
async fn reject(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    admin: Admin,
    path: web::Path<String>,
    body: web::Json<ReviewComment>,
) -> Result<HttpResponse, ApiError> {
    let text = comment(body.into_inner(), true)?.unwrap_or_default();
    secretariat_move(
        pool,
        settings,
        mailer,
        admin,
        path.into_inner(),
        Step::Reject(text),
        None,
    )
    .await
}

/// Withdraw a published work from the collection, saying why (end of loan,
/// restitution, deaccession, error, or another reason in the note).
///
/// Its address then answers 410 Gone with the reason; its museum is told.
#[utoipa::path(
    tag = "review",
    security(("bearer" = ["admin"])),
    params(("slug" = String, Path, description = "The work's slug")),
    request_body = WithdrawalRequest,
    responses(
        (status = 200, description = "The work, now withdrawn", body = ReviewedArtwork),
        (status = 400, description = "`malformed_body`", body = Problem, content_type = PROBLEM),
        (status = 404, description = "No work has this slug", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`invalid_transition`: it is not published", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`: the note is missing or too long", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/admin/artworks/{slug}/withdraw")]
async fn withdraw(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    admin: Admin,
    path: web::Path<String>,
    body: web::Json<WithdrawalRequest>,
) -> Result<HttpResponse, ApiError> {
    let request = body.into_inner();
    ApiError::check(request.problems())?;
    let step = Step::Withdraw(WithdrawnBy::Secretariat, request);
    secretariat_move(pool, settings, mailer, admin, path.into_inner(), step, None).await
}

/// What the secretariat decided about your museum's works, newest first:
/// published, changes requested (with the comment), rejected, withdrawn.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    params(PageParams),
    responses(
        (status = 200, description = "A page of notices", body = NotificationPage),
        (status = 400, description = "A parameter is malformed", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/partner/notifications")]
async fn notifications(
    pool: web::Data<Pool>,
    MuseumActor { museum_id, .. }: MuseumActor,
    page: web::Query<PageParams>,
) -> Result<web::Json<NotificationPage>, ApiError> {
    let (limit, before) = page.read()?;
    let page = db::run(&pool, move |conn| {
        let mut query = artwork_decisions::table
            .filter(artwork_decisions::museum_id.eq(museum_id))
            .filter(artwork_decisions::decided_by.eq(WithdrawnBy::Secretariat.as_str()))
            .order(artwork_decisions::id.desc())
            .select(DecisionRow::as_select())
            .limit(limit + 1)
            .into_boxed();
        if let Some(before) = before {
            query = query.filter(artwork_decisions::id.lt(before.id));
        }
        let mut rows: Vec<DecisionRow> = query.load(conn)?;
        let next_cursor = params::page_end(&mut rows, limit, |d| Cursor::id(d.id));
        Ok(NotificationPage {
            items: rows
                .iter()
                .map(DecisionRow::notification)
                .collect::<Result<_, _>>()?,
            next_cursor,
        })
    })
    .await?;
    Ok(web::Json(page))
}
