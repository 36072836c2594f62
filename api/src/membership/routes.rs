//! `/api/v1/membership-applications` (public: apply, follow, answer) and
//! `/api/v1/admin/applications` (the secretariat).

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::{
    Application, ApplicationInput, ApplicationNote, ApplicationPage, ApplicationReceipt,
    ApplicationStatus, ApplicationStatusView, ApplicationSummary, ErrorCode, Problem,
};

use super::{ApplicationRow, Decision, admin_wire, application, decide, form, reply, status_view};
use crate::auth::Admin;
use crate::auth::LoginLimiter;
use crate::auth::digest;
use crate::auth::routes::client_address;
use crate::config::Settings;
use crate::db::schema::membership_applications;
use crate::db::{self, DbConnection, Pool};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::http::params::{self, Cursor, PageParams};
use crate::outbox;
use crate::outbox::Mailer;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(apply)
        .service(follow)
        .service(respond)
        .service(list)
        .service(get_application)
        .service(document)
        .service(request_info)
        .service(approve)
        .service(reject)
        .service(reopen);
}

/// The application form as sent: its fields as text parts, the PDF as a file part.
#[derive(ToSchema)]
#[allow(dead_code)] // Describes the multipart body in the OpenAPI document only.
struct ApplicationForm {
    #[schema(inline)]
    fields: ApplicationInput,
    /// The signed application, a PDF (10 MiB at most unless the server says otherwise).
    #[schema(value_type = String, format = Binary)]
    signed_application: Vec<u8>,
    /// Leave empty: a field people never see, to catch automated submissions.
    fax_number: Option<String>,
}

/// Apply for membership of the network.
///
/// A `multipart/form-data` form: the museum, its collections, its contact
/// person, the acknowledgement of the ICOM Code of Ethics, and the signed
/// application as a PDF in the part `signed_application`. The country must be
/// an ASEM partner; a museum that is a member, or already applying, is told so
/// (409). The answer carries the reference and the private status link, which
/// is also emailed to the contact. One address may send 5 applications in 15
/// minutes.
#[utoipa::path(
    tag = "membership",
    request_body(content = ApplicationForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "Received; `Location` is the status link", body = ApplicationReceipt),
        (status = 400, description = "`malformed_body`: the multipart body cannot be read", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`conflict`: the museum is a member, or an application for it is open", body = Problem, content_type = PROBLEM),
        (status = 413, description = "`payload_too_large`: the PDF is over the limit", body = Problem, content_type = PROBLEM),
        (status = 415, description = "`unsupported_media_type`: not multipart, or the document is not a PDF", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`, field by field (`country` is `unknown_value` outside the ASEM partners)", body = Problem, content_type = PROBLEM),
        (status = 429, description = "`too_many_requests`", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/membership-applications")]
async fn apply(
    pool: web::Data<Pool>,
    limiter: web::Data<LoginLimiter>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let key = format!("apply:{}", client_address(&req));
    if !limiter.allows(&key, &key) {
        return Err(ApiError::new(
            ErrorCode::TooManyRequests,
            "too many applications from this address; wait a few minutes",
        ));
    }
    let submission = form::read(&req, payload, settings.max_application_bytes).await;
    if matches!(&submission, Err(ApiError::Problem(p)) if p.errors.iter().any(|e| e.field == vcm_shared::HONEYPOT_FIELD))
    {
        limiter.failed(&key, &key);
    }
    let submission = submission?;
    let public_url = settings.public_url.clone();
    let receipt = db::run(&pool, move |conn| {
        db::write(conn, |conn| form::submit(conn, &public_url, submission))
    })
    .await?;
    limiter.failed(&key, &key);
    outbox::deliver_soon(&mailer, &pool);
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, receipt.status_url.clone()))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(receipt))
}

fn by_token(conn: &mut DbConnection, token: &str) -> Result<ApplicationRow, ApiError> {
    membership_applications::table
        .filter(membership_applications::token_hash.eq(digest(token)))
        .select(ApplicationRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| {
            ApiError::new(
                ErrorCode::NotFound,
                "no application has this status link: check it against the email you received",
            )
        })
}

/// Follow an application through its private status link.
#[utoipa::path(
    tag = "membership",
    params(("token" = String, Path, description = "The token of the private status link")),
    responses(
        (status = 200, description = "The application", body = ApplicationStatusView),
        (status = 404, description = "No application has this link", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/membership-applications/status/{token}")]
async fn follow(pool: web::Data<Pool>, path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let token = path.into_inner();
    let view = db::run(&pool, move |conn| {
        let row = by_token(conn, &token)?;
        status_view(conn, row)
    })
    .await?;
    Ok(private(view))
}

/// A private answer: never stored by shared caches.
fn private(body: impl serde::Serialize) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .json(body)
}

/// Answer the secretariat through the private status link. An application
/// waiting for information goes back to the secretariat (`submitted`).
#[utoipa::path(
    tag = "membership",
    params(("token" = String, Path, description = "The token of the private status link")),
    request_body = ApplicationNote,
    responses(
        (status = 200, description = "The application with the answer", body = ApplicationStatusView),
        (status = 400, description = "`malformed_body`", body = Problem, content_type = PROBLEM),
        (status = 404, description = "No application has this link", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`invalid_transition`: the application is decided", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`: the message is empty or too long", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/membership-applications/status/{token}/messages")]
async fn respond(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    path: web::Path<String>,
    body: web::Json<ApplicationNote>,
) -> Result<HttpResponse, ApiError> {
    let token = path.into_inner();
    let message = body
        .text(true)
        .map_err(|e| ApiError::validation(vec![e]))?
        .unwrap_or_default();
    let public_url = settings.public_url.clone();
    let view = db::run(&pool, move |conn| {
        db::write(conn, |conn| {
            let row = by_token(conn, &token)?;
            reply(conn, &public_url, row, &message)
        })
    })
    .await?;
    outbox::deliver_soon(&mailer, &pool);
    Ok(private(view))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct ListQuery {
    /// Only applications in this status.
    status: Option<String>,
}

/// The applications, oldest first.
#[utoipa::path(
    tag = "membership",
    security(("bearer" = ["admin"])),
    params(ListQuery, PageParams),
    responses(
        (status = 200, description = "A page of applications", body = ApplicationPage),
        (status = 400, description = "A parameter is malformed", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/admin/applications")]
async fn list(
    pool: web::Data<Pool>,
    _admin: Admin,
    query: web::Query<ListQuery>,
    page: web::Query<PageParams>,
) -> Result<web::Json<ApplicationPage>, ApiError> {
    let q = query.into_inner();
    let (limit, after) = page.read()?;
    let wanted = q
        .status
        .as_deref()
        .map(|s| {
            s.parse::<ApplicationStatus>()
                .map_err(|e| ApiError::invalid_parameter("status", e.to_string()))
        })
        .transpose()?;
    let page = db::run(&pool, move |conn| {
        let mut query = membership_applications::table
            .order(membership_applications::id.asc())
            .select(ApplicationRow::as_select())
            .limit(limit + 1)
            .into_boxed();
        if let Some(s) = wanted {
            query = query.filter(membership_applications::status.eq(s.as_str()));
        }
        if let Some(after) = after {
            query = query.filter(membership_applications::id.gt(after.id));
        }
        let mut rows: Vec<ApplicationRow> = query.load(conn)?;
        let next_cursor = params::page_end(&mut rows, limit, |r| Cursor::id(r.id));
        let items = rows
            .into_iter()
            .map(|r| {
                Ok(ApplicationSummary {
                    id: r.id,
                    status: r.status()?,
                    reference: r.reference,
                    museum_name: r.museum_name,
                    country: r.country_code,
                    city: r.city,
                    submitted_at: crate::utc(r.created_at),
                    updated_at: crate::utc(r.updated_at),
                })
            })
            .collect::<Result<_, ApiError>>()?;
        Ok(ApplicationPage { items, next_cursor })
    })
    .await?;
    Ok(web::Json(page))
}

/// One application: every field, the document's link and the conversation.
#[utoipa::path(
    tag = "membership",
    security(("bearer" = ["admin"])),
    params(("id" = i64, Path, description = "The application's id")),
    responses(
        (status = 200, description = "The application", body = Application),
        (status = 404, description = "No such application", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/admin/applications/{id}")]
async fn get_application(
    pool: web::Data<Pool>,
    _admin: Admin,
    path: web::Path<i64>,
) -> Result<web::Json<Application>, ApiError> {
    let id = path.into_inner();
    let found = db::run(&pool, move |conn| {
        let row = application(conn, id)?;
        admin_wire(conn, row)
    })
    .await?;
    Ok(web::Json(found))
}

/// The signed application, as the PDF the applicant sent.
#[utoipa::path(
    tag = "membership",
    security(("bearer" = ["admin"])),
    params(("id" = i64, Path, description = "The application's id")),
    responses(
        (status = 200, description = "The PDF", content_type = "application/pdf"),
        (status = 404, description = "No such application", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/admin/applications/{id}/document")]
async fn document(
    pool: web::Data<Pool>,
    _admin: Admin,
    path: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    let (name, bytes): (String, Vec<u8>) = db::run(&pool, move |conn| {
        membership_applications::table
            .find(id)
            .select((
                membership_applications::document_name,
                membership_applications::document,
            ))
            .first(conn)
            .optional()?
            .ok_or_else(|| ApiError::not_found("application", &id.to_string()))
    })
    .await?;
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' {
                c
            } else {
                '_'
            }
        })
        .collect();
    Ok(HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{ascii}\""),
        ))
        .body(bytes))
}

/// Runs a decision of the secretariat.
async fn decision(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    Admin { caller, .. }: Admin,
    id: i64,
    decision: Decision,
    note: Option<ApplicationNote>,
) -> Result<web::Json<Application>, ApiError> {
    let message = note
        .unwrap_or(ApplicationNote { message: None })
        .text(decision.needs_message())
        .map_err(|e| ApiError::validation(vec![e]))?;
    let public_url = settings.public_url.clone();
    let configured = settings.masterpiece_quota;
    let actor = caller.actor();
    let decided = db::run(&pool, move |conn| {
        db::write(conn, |conn| {
            let quota = crate::museums::default_quota(conn, configured)?;
            decide(conn, &actor, &public_url, quota, id, decision, message)
        })
    })
    .await?;
    outbox::deliver_soon(&mailer, &pool);
    Ok(web::Json(decided))
}

/// Ask the applicant for more information (`message` required): submitted →
/// info requested. The applicant answers through the status link.
#[utoipa::path(
    tag = "membership",
    security(("bearer" = ["admin"])),
    params(("id" = i64, Path, description = "The application's id")),
    request_body = ApplicationNote,
    responses(
        (status = 200, description = "The application, now `info_requested`", body = Application),
        (status = 400, description = "`malformed_body`", body = Problem, content_type = PROBLEM),
        (status = 404, description = "No such application", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`invalid_transition`: it is decided", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`: the message is missing or too long", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/admin/applications/{id}/request-info")]
async fn request_info(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    admin: Admin,
    path: web::Path<i64>,
    body: web::Json<ApplicationNote>,
) -> Result<web::Json<Application>, ApiError> {
    let note = Some(body.into_inner());
    decision(
        pool,
        settings,
        mailer,
        admin,
        path.into_inner(),
        Decision::RequestInfo,
        note,
    )
    .await
}

/// Approve an open application: the museum becomes a member (with the
/// default quota), its contact is invited by email as its first editor, and
/// the applicant is told. `message` is optional.
#[utoipa::path(
    tag = "membership",
    security(("bearer" = ["admin"])),
    params(("id" = i64, Path, description = "The application's id")),
    request_body(content = Option<ApplicationNote>, description = "An optional message to the applicant"),
    responses(
        (status = 200, description = "The application, now `approved`, naming its museum", body = Application),
        (status = 400, description = "`malformed_body`", body = Problem, content_type = PROBLEM),
        (status = 404, description = "No such application", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`invalid_transition` (decided; a rejected one must be reopened first) or `conflict` (the contact has an account)", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/admin/applications/{id}/approve")]
async fn approve(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    admin: Admin,
    path: web::Path<i64>,
    body: Option<web::Json<ApplicationNote>>,
) -> Result<web::Json<Application>, ApiError> {
    let note = body.map(web::Json::into_inner);
    decision(
        pool,
        settings,
        mailer,
        admin,
        path.into_inner(),
        Decision::Approve,
        note,
    )
    .await
}

/// Reject an open application, saying why (`message` required).
#[utoipa::path(
    tag = "membership",
    security(("bearer" = ["admin"])),
    params(("id" = i64, Path, description = "The application's id")),
    request_body = ApplicationNote,
    responses(
        (status = 200, description = "The application, now `rejected`", body = Application),
        (status = 400, description = "`malformed_body`", body = Problem, content_type = PROBLEM),
        (status = 404, description = "No such application", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`invalid_transition`: it is decided", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`: the reason is missing or too long", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/admin/applications/{id}/reject")]
async fn reject(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    admin: Admin,
    path: web::Path<i64>,
    body: web::Json<ApplicationNote>,
) -> Result<web::Json<Application>, ApiError> {
    let note = Some(body.into_inner());
    decision(
        pool,
        settings,
        mailer,
        admin,
        path.into_inner(),
        Decision::Reject,
        note,
    )
    .await
}

/// Reopen a rejected application: it is `submitted` again. `message` is optional.
#[utoipa::path(
    tag = "membership",
    security(("bearer" = ["admin"])),
    params(("id" = i64, Path, description = "The application's id")),
    request_body(content = Option<ApplicationNote>, description = "An optional message to the applicant"),
    responses(
        (status = 200, description = "The application, now `submitted`", body = Application),
        (status = 400, description = "`malformed_body`", body = Problem, content_type = PROBLEM),
        (status = 404, description = "No such application", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`invalid_transition`: only a rejected application reopens", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/admin/applications/{id}/reopen")]
async fn reopen(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    admin: Admin,
    path: web::Path<i64>,
    body: Option<web::Json<ApplicationNote>>,
) -> Result<web::Json<Application>, ApiError> {
    let note = body.map(web::Json::into_inner);
    decision(
        pool,
        settings,
        mailer,
        admin,
        path.into_inner(),
        Decision::Reopen,
        note,
    )
    .await
}
