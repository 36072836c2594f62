//! `/api/v1/admin/equivalent-terms`: the groups of equivalent terms that
//! search expands queries with, kept by the secretariat. A change records a
//! vocabulary change, which rebuilds the index in the background.

use std::collections::HashMap;

use actix_web::{HttpResponse, delete, get, post, put, web};
use diesel::prelude::*;
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::{
    EquivalentTerms, EquivalentTermsInput, EquivalentTermsList, FieldCode, FieldError, Problem,
};

use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::changes::{self, Entity};
use crate::db::schema::equivalent_terms;
use crate::db::{self, DbConnection, Pool};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(list_terms)
        .service(create_terms)
        .service(put_terms)
        .service(delete_terms);
}

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = equivalent_terms)]
struct TermsRow {
    id: i64,
    terms: String,
    note: Option<String>,
}

impl TermsRow {
    fn into_wire(self) -> Result<EquivalentTerms, ApiError> {
        Ok(EquivalentTerms {
            id: self.id,
            terms: serde_json::from_str(&self.terms)
                .map_err(|e| ApiError::Internal(format!("stored terms {}: {e}", self.id)))?,
            note: self.note,
        })
    }
}

fn all_terms(conn: &mut DbConnection) -> Result<Vec<EquivalentTerms>, ApiError> {
    equivalent_terms::table
        .order(equivalent_terms::id.asc())
        .select(TermsRow::as_select())
        .load(conn)?
        .into_iter()
        .map(TermsRow::into_wire)
        .collect()
}

/// Refuses a term that another group already holds: search could not tell
/// which group a query for it means.
fn check_terms_free(
    conn: &mut DbConnection,
    input: &EquivalentTermsInput,
    own: Option<i64>,
) -> Result<(), ApiError> {
    let key = |t: &str| super::normalise(t);
    let taken: HashMap<String, i64> = all_terms(conn)?
        .into_iter()
        .filter(|g| Some(g.id) != own)
        .flat_map(|g| g.terms.into_iter().map(move |t| (key(&t), g.id)))
        .collect();
    let problems: Vec<FieldError> = input
        .terms
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            taken.get(&key(t)).map(|group| {
                FieldError::new(
                    format!("terms[{i}]"),
                    FieldCode::Duplicate,
                    format!("{t:?} is already in group {group}"),
                )
            })
        })
        .collect();
    ApiError::check(problems)
}

/// The groups of equivalent terms search expands queries with.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    responses(
        (status = 200, description = "Every group, oldest first", body = EquivalentTermsList),
    ),
)]
#[get("/admin/equivalent-terms")]
async fn list_terms(
    pool: web::Data<Pool>,
    _admin: Admin,
) -> Result<web::Json<EquivalentTermsList>, ApiError> {
    let items = db::run(&pool, all_terms).await?;
    Ok(web::Json(EquivalentTermsList { items }))
}

/// Writes a group (a new one when `id` is `None`), records the vocabulary
/// change that rebuilds the search index, and the audit entry.
fn write_terms(
    conn: &mut DbConnection,
    actor: &crate::audit::Actor,
    id: Option<i64>,
    input: &EquivalentTermsInput,
) -> Result<EquivalentTerms, ApiError> {
    let before = match id {
        Some(id) => Some(terms_by_id(conn, id)?),
        None => None,
    };
    check_terms_free(conn, input, id)?;
    let terms = serde_json::to_string(&input.terms).expect("strings serialise");
    let id = match id {
        Some(id) => {
            diesel::update(equivalent_terms::table.find(id))
                .set((
                    equivalent_terms::terms.eq(&terms),
                    equivalent_terms::note.eq(&input.note),
                ))
                .execute(conn)?;
            id
        }
        None => {
            diesel::insert_into(equivalent_terms::table)
                .values((
                    equivalent_terms::terms.eq(&terms),
                    equivalent_terms::note.eq(&input.note),
                ))
                .execute(conn)?;
            // No other group holds these terms (checked above), so they name it.
            equivalent_terms::table
                .filter(equivalent_terms::terms.eq(&terms))
                .select(equivalent_terms::id)
                .first(conn)?
        }
    };
    changes::record(conn, Entity::Vocabulary, 0)?;
    let after = terms_by_id(conn, id)?;
    audit::record(
        conn,
        actor,
        Change {
            action: if before.is_some() {
                "terms.update"
            } else {
                "terms.create"
            },
            entity: "equivalent_terms",
            key: &id.to_string(),
            museum_id: None,
        },
        before.as_ref(),
        Some(&after),
    )?;
    Ok(after)
}

fn terms_by_id(conn: &mut DbConnection, id: i64) -> Result<EquivalentTerms, ApiError> {
    equivalent_terms::table
        .find(id)
        .select(TermsRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::not_found("group of equivalent terms", &id.to_string()))?
        .into_wire()
}

fn checked(input: EquivalentTermsInput) -> Result<EquivalentTermsInput, ApiError> {
    let input = input.normalised();
    ApiError::check(input.problems())?;
    Ok(input)
}

/// Add a group of equivalent terms. Search expands a query for any of them
/// to all of them once the index is rebuilt, in the background.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    request_body = EquivalentTermsInput,
    responses(
        (status = 201, description = "The group, added", body = EquivalentTerms),
        (status = 422, description = "`validation_failed`: fewer than two terms, too many or too long, or a term another group holds (`duplicate`)", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/admin/equivalent-terms")]
async fn create_terms(
    pool: web::Data<Pool>,
    Admin { caller, .. }: Admin,
    body: web::Json<EquivalentTermsInput>,
) -> Result<HttpResponse, ApiError> {
    let input = checked(body.into_inner())?;
    let actor = caller.actor();
    let group = db::run(&pool, move |conn| {
        db::write(conn, |conn| write_terms(conn, &actor, None, &input))
    })
    .await?;
    Ok(HttpResponse::Created().json(group))
}

/// Replace a group's terms and note.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    request_body = EquivalentTermsInput,
    params(("id" = i64, Path, description = "The group's id")),
    responses(
        (status = 200, description = "The group as stored now", body = EquivalentTerms),
        (status = 404, description = "`not_found`: no such group", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`, as when adding", body = Problem, content_type = PROBLEM),
    ),
)]
#[put("/admin/equivalent-terms/{id}")]
async fn put_terms(
    pool: web::Data<Pool>,
    Admin { caller, .. }: Admin,
    id: web::Path<i64>,
    body: web::Json<EquivalentTermsInput>,
) -> Result<web::Json<EquivalentTerms>, ApiError> {
    let input = checked(body.into_inner())?;
    let id = id.into_inner();
    let actor = caller.actor();
    let group = db::run(&pool, move |conn| {
        db::write(conn, |conn| write_terms(conn, &actor, Some(id), &input))
    })
    .await?;
    Ok(web::Json(group))
}

/// Remove a group of equivalent terms.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    params(("id" = i64, Path, description = "The group's id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 404, description = "`not_found`: no such group", body = Problem, content_type = PROBLEM),
    ),
)]
#[delete("/admin/equivalent-terms/{id}")]
async fn delete_terms(
    pool: web::Data<Pool>,
    Admin { caller, .. }: Admin,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let actor = caller.actor();
    db::run(&pool, move |conn| {
        db::write(conn, |conn| {
            let before = terms_by_id(conn, id)?;
            diesel::delete(equivalent_terms::table.find(id)).execute(conn)?;
            changes::record(conn, Entity::Vocabulary, 0)?;
            audit::record(
                conn,
                &actor,
                Change {
                    action: "terms.delete",
                    entity: "equivalent_terms",
                    key: &id.to_string(),
                    museum_id: None,
                },
                Some(&before),
                None::<&EquivalentTerms>,
            )?;
            Ok(())
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
