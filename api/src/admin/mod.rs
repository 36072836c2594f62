//! `/api/v1/admin/...`: the secretariat's endpoints for accounts, every
//! museum's API clients, the audit log and the email outbox.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::{
    AdminDashboard, ApiClientList, ApplicationStatus, AuditEntry, AuditPage, CountryTally, Email,
    EmailPage, ErrorCode, FieldCode, FieldError, MembershipStatus, Problem, Role, User, UserInvite,
    UserList, UserUpdate, WorkStatus, is_email,
};

mod network;

use crate::audit::{self, Change};
use crate::auth::routes::{create_user, revoke_all, send_password_token};
use crate::auth::{Admin, clients};
use crate::config::Settings;
use crate::db::schema::{artworks, audit_log, emails, membership_applications, museums, users};
use crate::db::{self, DbConnection, Pool};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::http::params::{self, Cursor, PageParams};
use crate::museums::{CountryNames, MuseumRow};
use crate::outbox;
use crate::outbox::Mailer;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(list_users)
        .service(invite_user)
        .service(update_user)
        .service(list_clients)
        .service(revoke_client)
        .service(list_audit)
        .service(dashboard)
        .service(list_emails);
    network::configure(config);
}

fn museum_id_of(conn: &mut DbConnection, slug: &str) -> Result<i64, ApiError> {
    museums::table
        .filter(museums::slug.eq(slug))
        .select(museums::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| {
            ApiError::validation(vec![FieldError::new(
                "museum",
                FieldCode::UnknownValue,
                format!("no museum {slug:?}"),
            )])
        })
}

fn users_wire(conn: &mut DbConnection, only: Option<i64>) -> Result<Vec<User>, ApiError> {
    type Row = (
        i64,
        String,
        String,
        Option<String>,
        String,
        Option<MuseumRow>,
        bool,
        NaiveDateTime,
    );
    let mut query = users::table
        .left_join(museums::table)
        .select((
            users::id,
            users::email,
            users::display_name,
            users::password_hash,
            users::role,
            Option::<MuseumRow>::as_select(),
            users::disabled,
            users::created_at,
        ))
        .order(users::email.asc())
        .into_boxed();
    if let Some(id) = only {
        query = query.filter(users::id.eq(id));
    }
    let rows: Vec<Row> = query.load(conn)?;
    let names = CountryNames::load(conn)?;
    rows.into_iter()
        .map(
            |(id, email, display_name, hash, role, museum, disabled, created)| {
                Ok(User {
                    id,
                    email,
                    display_name,
                    role: crate::stored(&role)?,
                    museum: museum.map(|m| m.to_ref(&names)),
                    disabled,
                    has_password: hash.is_some(),
                    created_at: crate::utc(created),
                })
            },
        )
        .collect()
}

/// Every account, by email.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    responses(
        (status = 200, description = "The accounts", body = UserList),
    ),
)]
#[get("/admin/users")]
async fn list_users(pool: web::Data<Pool>, _admin: Admin) -> Result<web::Json<UserList>, ApiError> {
    let items = db::run(&pool, |conn| users_wire(conn, None)).await?;
    Ok(web::Json(UserList { items }))
}

/// Invite a person: the account is created without a password and an email
/// with a link to set one (valid 7 days) goes through the outbox.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    request_body = UserInvite,
    responses(
        (status = 201, description = "The account", body = User),
        (status = 422, description = "`validation_failed`: a bad or taken email, an editor without a museum", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/admin/users")]
async fn invite_user(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    Admin { caller, .. }: Admin,
    body: web::Json<UserInvite>,
) -> Result<HttpResponse, ApiError> {
    let invite = body.into_inner();
    let email = invite.email.trim().to_lowercase();
    let name = invite.display_name.trim().to_owned();
    let mut problems = Vec::new();
    if !is_email(&email) {
        problems.push(FieldError::new(
            "email",
            FieldCode::Invalid,
            "is not an email address",
        ));
    }
    if name.is_empty() || name.chars().count() > 100 {
        problems.push(FieldError::new(
            "display_name",
            FieldCode::Required,
            "a name of 1 to 100 characters is required",
        ));
    }
    match (invite.role, &invite.museum) {
        (Role::Editor, None) => problems.push(FieldError::new(
            "museum",
            FieldCode::Required,
            "an editor works for a museum",
        )),
        (Role::Admin, Some(_)) => problems.push(FieldError::new(
            "museum",
            FieldCode::Invalid,
            "an admin is not bound to a museum",
        )),
        _ => {}
    }
    ApiError::check(problems)?;
    let actor = caller.actor();
    let public_url = settings.public_url.clone();
    let user = db::run(&pool, move |conn| {
        crate::db::write(conn, |conn| {
            let museum_id = invite
                .museum
                .as_deref()
                .map(|s| museum_id_of(conn, s))
                .transpose()?;
            let id = create_user(conn, &email, &name, invite.role, museum_id, None)?;
            send_password_token(conn, &public_url, id, &email, true)?;
            let user = users_wire(conn, Some(id))?
                .pop()
                .ok_or_else(|| ApiError::internal("the new account is not found"))?;
            audit::record(
                conn,
                &actor,
                Change {
                    action: "user.invite",
                    entity: "user",
                    key: &email,
                    museum_id,
                },
                None::<&()>,
                Some(&user),
            )?;
            Ok(user)
        })
    })
    .await?;
    outbox::deliver_soon(&mailer, &pool);
    Ok(HttpResponse::Created().json(user))
}

/// Change an account's role, museum, name, or disable it. Disabling revokes
/// its sign-ins; its access tokens stop working at once.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    request_body = UserUpdate,
    params(("id" = i64, Path, description = "The account's id")),
    responses(
        (status = 200, description = "The account as stored now", body = User),
        (status = 404, description = "No such account", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`conflict`: an admin cannot disable or demote themself", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = PROBLEM),
    ),
)]
#[patch("/admin/users/{id}")]
async fn update_user(
    pool: web::Data<Pool>,
    Admin { id: me, caller }: Admin,
    path: web::Path<i64>,
    body: web::Json<UserUpdate>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    let change = body.into_inner();
    if id == me && (change.disabled == Some(true) || change.role == Some(Role::Editor)) {
        return Err(ApiError::new(
            ErrorCode::Conflict,
            "you cannot disable or demote your own account; ask another admin",
        ));
    }
    let actor = caller.actor();
    let user = db::run(&pool, move |conn| {
        crate::db::write(conn, |conn| {
            let before = users_wire(conn, Some(id))?
                .pop()
                .ok_or_else(|| ApiError::not_found("account", &id.to_string()))?;
            let role = change.role.unwrap_or(before.role);
            let museum_id = match (&change.museum, role) {
                (_, Role::Admin) => None,
                (Some(slug), Role::Editor) => Some(museum_id_of(conn, slug)?),
                (None, Role::Editor) => match &before.museum {
                    Some(m) => Some(museum_id_of(conn, &m.slug)?),
                    None => {
                        return Err(ApiError::validation(vec![FieldError::new(
                            "museum",
                            FieldCode::Required,
                            "an editor works for a museum",
                        )]));
                    }
                },
            };
            let name = match &change.display_name {
                Some(n) if n.trim().is_empty() || n.trim().chars().count() > 100 => {
                    return Err(ApiError::validation(vec![FieldError::new(
                        "display_name",
                        FieldCode::Invalid,
                        "a name of 1 to 100 characters is required",
                    )]));
                }
                Some(n) => n.trim().to_owned(),
                None => before.display_name.clone(),
            };
            let disabled = change.disabled.unwrap_or(before.disabled);
            diesel::update(users::table.find(id))
                .set((
                    users::role.eq(role.as_str()),
                    users::museum_id.eq(museum_id),
                    users::display_name.eq(&name),
                    users::disabled.eq(disabled),
                    users::updated_at.eq(Utc::now().naive_utc()),
                ))
                .execute(conn)?;
            if disabled {
                revoke_all(conn, id)?;
            }
            let after = users_wire(conn, Some(id))?
                .pop()
                .ok_or_else(|| ApiError::internal("the account vanished"))?;
            audit::record(
                conn,
                &actor,
                Change {
                    action: "user.update",
                    entity: "user",
                    key: &after.email,
                    museum_id,
                },
                Some(&before),
                Some(&after),
            )?;
            Ok(after)
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(user))
}

/// The API clients of every museum, newest first.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    responses(
        (status = 200, description = "The clients", body = ApiClientList),
    ),
)]
#[get("/admin/clients")]
async fn list_clients(
    pool: web::Data<Pool>,
    _admin: Admin,
) -> Result<web::Json<ApiClientList>, ApiError> {
    Ok(web::Json(
        db::run(&pool, |conn| clients::list(conn, None)).await?,
    ))
}

/// Revoke any museum's API client.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    params(("client_id" = String, Path, description = "The client's id")),
    responses(
        (status = 204, description = "Revoked (also when it already was)"),
        (status = 404, description = "No such client", body = Problem, content_type = PROBLEM),
    ),
)]
#[delete("/admin/clients/{client_id}")]
async fn revoke_client(
    pool: web::Data<Pool>,
    Admin { caller, .. }: Admin,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let client_id = path.into_inner();
    db::run(&pool, move |conn| {
        clients::revoke(conn, &caller, &client_id, None)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Filters of the audit log; they combine with AND.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[derive(Default)]
struct AuditQuery {
    /// Only changes by this account email or client id.
    actor: Option<String>,
    /// Only changes to records of this museum (its slug).
    museum: Option<String>,
    /// Only changes to this kind of record, e.g. `artwork`.
    entity: Option<String>,
    /// Only changes to the record with this key, e.g. an artwork's slug.
    key: Option<String>,
    /// Only this action, e.g. `artwork.update`.
    action: Option<String>,
    /// Only changes at or after this time (RFC 3339).
    since: Option<String>,
}

/// The audit log, newest first: who changed what, when, before and after.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    params(AuditQuery, PageParams),
    responses(
        (status = 200, description = "A page of entries", body = AuditPage),
        (status = 400, description = "A parameter is malformed", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/admin/audit")]
async fn list_audit(
    pool: web::Data<Pool>,
    _admin: Admin,
    query: web::Query<AuditQuery>,
    page: web::Query<PageParams>,
) -> Result<web::Json<AuditPage>, ApiError> {
    let q = query.into_inner();
    let (limit, before) = page.read()?;
    let before_id = before.map(|c| c.id);
    let since = q
        .since
        .as_deref()
        .map(|s| {
            DateTime::parse_from_rfc3339(s)
                .map(|t| t.naive_utc())
                .map_err(|_| {
                    ApiError::invalid_parameter(
                        "since",
                        "must be an RFC 3339 time, e.g. 2026-11-21T00:00:00Z",
                    )
                })
        })
        .transpose()?;
    let page = db::run(&pool, move |conn| {
        audit_page(conn, &q, since, before_id, limit)
    })
    .await?;
    Ok(web::Json(page))
}

/// A page of the audit log, newest first, filtered as `q` says.
fn audit_page(
    conn: &mut DbConnection,
    q: &AuditQuery,
    since: Option<NaiveDateTime>,
    before_id: Option<i64>,
    limit: i64,
) -> Result<AuditPage, ApiError> {
    let museum_filter = q
        .museum
        .as_deref()
        .map(|slug| {
            museums::table
                .filter(museums::slug.eq(slug))
                .select(museums::id)
                .first::<i64>(conn)
                .optional()
        })
        .transpose()?;
    let mut query = audit_log::table
        .left_join(museums::table.on(audit_log::museum_id.eq(museums::id.nullable())))
        .select((
            audit_log::id,
            audit_log::at,
            audit_log::actor_kind,
            audit_log::actor_label,
            audit_log::action,
            audit_log::entity,
            audit_log::entity_key,
            museums::slug.nullable(),
            audit_log::before,
            audit_log::after,
        ))
        .order(audit_log::id.desc())
        .limit(limit + 1)
        .into_boxed();
    if let Some(a) = &q.actor {
        query = query.filter(audit_log::actor_label.eq(a.clone()));
    }
    match museum_filter {
        Some(Some(id)) => query = query.filter(audit_log::museum_id.eq(id)),
        Some(None) => query = query.filter(audit_log::id.lt(0)),
        None => {}
    }
    if let Some(e) = &q.entity {
        query = query.filter(audit_log::entity.eq(e.clone()));
    }
    if let Some(k) = &q.key {
        query = query.filter(audit_log::entity_key.eq(k.clone()));
    }
    if let Some(a) = &q.action {
        query = query.filter(audit_log::action.eq(a.clone()));
    }
    if let Some(t) = since {
        query = query.filter(audit_log::at.ge(t));
    }
    if let Some(id) = before_id {
        query = query.filter(audit_log::id.lt(id));
    }
    let mut rows: Vec<AuditRow> = query.load(conn)?;
    let next_cursor = params::page_end(&mut rows, limit, |last| Cursor::id(last.id));
    let items = rows
        .into_iter()
        .map(AuditRow::wire)
        .collect::<Result<_, ApiError>>()?;
    Ok(AuditPage { items, next_cursor })
}

/// An audit entry as read, with its museum's slug.
#[derive(Queryable)]
struct AuditRow {
    id: i64,
    at: NaiveDateTime,
    actor_kind: String,
    actor_label: String,
    action: String,
    entity: String,
    entity_key: String,
    museum: Option<String>,
    before: Option<String>,
    after: Option<String>,
}

impl AuditRow {
    fn wire(self) -> Result<AuditEntry, ApiError> {
        let json = |s: Option<String>| -> Result<Option<serde_json::Value>, ApiError> {
            s.map(|s| serde_json::from_str(&s))
                .transpose()
                .map_err(|e| ApiError::internal(format!("stored audit JSON: {e}")))
        };
        Ok(AuditEntry {
            id: self.id,
            at: crate::utc(self.at),
            actor_kind: crate::stored(&self.actor_kind)?,
            actor: self.actor_label,
            action: self.action,
            entity: self.entity,
            entity_key: self.entity_key,
            museum: self.museum,
            before: json(self.before)?,
            after: json(self.after)?,
        })
    }
}

/// Parameters of the outbox list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct EmailQuery {
    /// Only emails to this address.
    recipient: Option<String>,
}

/// The emails the platform wrote, newest first, with how each was delivered.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    params(EmailQuery, PageParams),
    responses(
        (status = 200, description = "A page of emails", body = EmailPage),
        (status = 400, description = "A parameter is malformed", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/admin/emails")]
async fn list_emails(
    pool: web::Data<Pool>,
    _admin: Admin,
    query: web::Query<EmailQuery>,
    page: web::Query<PageParams>,
) -> Result<web::Json<EmailPage>, ApiError> {
    let q = query.into_inner();
    let (limit, before) = page.read()?;
    let page = db::run(&pool, move |conn| {
        let mut query = emails::table
            .select(EmailRow::as_select())
            .order(emails::id.desc())
            .limit(limit + 1)
            .into_boxed();
        if let Some(r) = &q.recipient {
            query = query.filter(emails::recipient.eq(r.trim().to_lowercase()));
        }
        if let Some(before) = before {
            query = query.filter(emails::id.lt(before.id));
        }
        let mut rows: Vec<EmailRow> = query.load(conn)?;
        let next_cursor = params::page_end(&mut rows, limit, |last| Cursor::id(last.id));
        Ok(EmailPage {
            items: rows.into_iter().map(EmailRow::wire).collect(),
            next_cursor,
        })
    })
    .await?;
    Ok(web::Json(page))
}

/// An email as stored.
#[derive(Queryable, Selectable)]
#[diesel(table_name = emails)]
struct EmailRow {
    id: i64,
    recipient: String,
    subject: String,
    body: String,
    created_at: NaiveDateTime,
    sent_at: Option<NaiveDateTime>,
    delivery: Option<String>,
    error: Option<String>,
}

impl EmailRow {
    fn wire(self) -> Email {
        Email {
            id: self.id,
            recipient: self.recipient,
            subject: self.subject,
            body: self.body,
            created_at: crate::utc(self.created_at),
            sent_at: self.sent_at.map(crate::utc),
            delivery: self.delivery,
            error: self.error,
        }
    }
}

/// The secretariat's dashboard: what waits for it, the members and published
/// works by country, and the latest activity.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    responses(
        (status = 200, description = "The dashboard", body = AdminDashboard),
    ),
)]
#[get("/admin/dashboard")]
async fn dashboard(
    pool: web::Data<Pool>,
    _admin: Admin,
) -> Result<web::Json<AdminDashboard>, ApiError> {
    let answer = db::run(&pool, move |conn| {
        let applications = |conn: &mut DbConnection, status: ApplicationStatus| {
            membership_applications::table
                .filter(membership_applications::status.eq(status.as_str()))
                .count()
                .get_result::<i64>(conn)
        };
        let applications_waiting = applications(conn, ApplicationStatus::Submitted)?;
        let applications_waiting_for_applicant =
            applications(conn, ApplicationStatus::InfoRequested)?;
        let in_review = artworks::status.eq(WorkStatus::InReview.as_str());
        let works_in_review: i64 = artworks::table.filter(in_review).count().get_result(conn)?;
        let oldest: Option<NaiveDateTime> = artworks::table
            .filter(in_review)
            .select(diesel::dsl::min(artworks::submitted_at))
            .first(conn)?;
        let members: Vec<(String, i64)> = museums::table
            .filter(museums::membership_status.eq(MembershipStatus::Active.as_str()))
            .group_by(museums::country_code)
            .select((museums::country_code, diesel::dsl::count_star()))
            .load(conn)?;
        let published: std::collections::HashMap<String, i64> = artworks::table
            .inner_join(museums::table)
            .filter(artworks::status.eq(WorkStatus::Published.as_str()))
            .group_by(museums::country_code)
            .select((museums::country_code, diesel::dsl::count_star()))
            .load(conn)?
            .into_iter()
            .collect();
        let names = CountryNames::load(conn)?;
        let mut countries: Vec<CountryTally> = members
            .into_iter()
            .map(|(code, members)| CountryTally {
                name: names.name(&code).unwrap_or(&code).to_owned(),
                published: published.get(&code).copied().unwrap_or(0),
                code,
                members,
            })
            .collect();
        countries.sort_by(|a, b| a.name.cmp(&b.name));
        let recent = audit_page(conn, &AuditQuery::default(), None, None, 10)?.items;
        Ok(AdminDashboard {
            applications_waiting,
            applications_waiting_for_applicant,
            works_in_review,
            oldest_in_review: oldest.map(crate::utc),
            countries,
            recent,
        })
    })
    .await?;
    Ok(web::Json(answer))
}
