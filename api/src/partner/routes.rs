//! `/api/v1/partner/...`: the caller's own museum, its works and its API clients.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, HttpResponse, delete, get, post, put, web};
use chrono::Utc;
use diesel::prelude::*;
use serde::Deserialize;
use serde_json::{Map, Value};
use utoipa::IntoParams;
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::{
    ApiClientList, ArtworkInput, CreatedApiClient, ErrorCode, FieldCode, FieldError, MuseumInput,
    NewApiClient, PartnerArtwork, PartnerArtworkItem, PartnerArtworkPage, PartnerMuseum, Problem,
    RowOutcome, UpsertResult, WithdrawalRequest, WithdrawnBy, WorkStatus,
};

use super::{parse_artwork, update, upsert};
use crate::artworks::ArtworkRow;
use crate::artworks::partner_wire;
use crate::artworks::workflow::{self, Step};
use crate::audit::{self, Change};
use crate::auth::{MuseumActor, MuseumEditor, clients, digest, random_token};
use crate::config::Settings;
use crate::db::schema::{api_clients, artworks};
use crate::db::{self, DbConnection, Pool};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::http::params::{self, Cursor, PageParams};
use crate::http::{if_match, versioned};
use crate::museums::CountryNames;

diesel::define_sql_function!(fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text);

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(get_museum)
        .service(put_museum)
        .service(list_artworks)
        .service(create_artwork)
        .service(upsert_by_inventory)
        .service(get_artwork)
        .service(put_artwork)
        .service(nominate)
        .service(withdraw)
        .service(list_clients)
        .service(create_client)
        .service(revoke_client)
        .service(super::import::start)
        .service(super::import::list)
        .service(super::import::get)
        .service(super::import::list_rows);
}

/// A work's body: a JSON object with the fields of [`ArtworkInput`] (so the
/// OpenAPI document gives its shape), read leniently by [`parse_artwork`]
/// once the country names are at hand, every field's problem reported at once.
struct ArtworkBody(Map<String, Value>);

impl FromRequest for ArtworkBody {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let json = web::Json::<Value>::from_request(req, payload);
        Box::pin(async move {
            match json.await?.into_inner() {
                Value::Object(record) => Ok(Self(record)),
                _ => Err(ApiError::new(
                    ErrorCode::MalformedBody,
                    "the body must be a JSON object with the fields of a work",
                )
                .into()),
            }
        })
    }
}

impl ArtworkBody {
    fn read(&self, countries: &CountryNames) -> Result<ArtworkInput, ApiError> {
        parse_artwork(&self.0, countries, false).map_err(ApiError::validation)
    }
}

/// Your museum: its profile, its works by status and its quota.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    responses(
        (status = 200, description = "The museum; `ETag` is its version", body = PartnerMuseum),
    ),
)]
#[get("/partner/museum")]
async fn get_museum(
    pool: web::Data<Pool>,
    MuseumActor { museum_id, .. }: MuseumActor,
) -> Result<HttpResponse, ApiError> {
    let m = db::run(&pool, move |conn| {
        crate::museums::partner_museum(conn, museum_id)
    })
    .await?;
    Ok(versioned(HttpResponse::Ok(), &m, m.version))
}

/// Update your museum's profile.
///
/// Replaces the editable fields. Send the `ETag` you read as `If-Match` to
/// be sure not to overwrite someone else's change (412 if it is stale).
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    request_body = MuseumInput,
    params(("If-Match" = Option<String>, Header, description = "The `ETag` of the profile as you read it")),
    responses(
        (status = 200, description = "The museum as stored now", body = PartnerMuseum),
        (status = 412, description = "`precondition_failed`: the profile changed since you read it", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`, field by field", body = Problem, content_type = PROBLEM),
    ),
)]
#[put("/partner/museum")]
async fn put_museum(
    pool: web::Data<Pool>,
    MuseumActor { museum_id, caller }: MuseumActor,
    req: HttpRequest,
    body: web::Json<MuseumInput>,
) -> Result<HttpResponse, ApiError> {
    let expected = if_match(&req)?;
    let input = body.into_inner().normalised();
    ApiError::check(input.problems())?;
    let actor = caller.actor();
    let m = db::run(&pool, move |conn| {
        crate::db::write(conn, |conn| {
            crate::museums::update_profile(conn, &actor, museum_id, expected, &input)
        })
    })
    .await?;
    Ok(versioned(HttpResponse::Ok(), &m, m.version))
}

/// Parameters of the partner's list of works.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct PartnerListQuery {
    /// Only works whose title or inventory number contains this text (any case).
    q: Option<String>,
    /// Only works in this status.
    #[param(value_type = Option<WorkStatus>)]
    status: Option<String>,
}

/// List your museum's works in every status, most recently changed first,
/// optionally only those whose title or inventory number contains `q`.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    params(PartnerListQuery, PageParams),
    responses(
        (status = 200, description = "A page of works", body = PartnerArtworkPage),
        (status = 400, description = "A parameter is malformed", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/partner/artworks")]
async fn list_artworks(
    pool: web::Data<Pool>,
    MuseumActor { museum_id, .. }: MuseumActor,
    query: web::Query<PartnerListQuery>,
    page: web::Query<PageParams>,
) -> Result<web::Json<PartnerArtworkPage>, ApiError> {
    let q = query.into_inner();
    let status = q
        .status
        .as_deref()
        .map(|s| {
            s.parse::<WorkStatus>()
                .map_err(|e| ApiError::invalid_parameter("status", e.to_string()))
        })
        .transpose()?;
    let (limit, after) = page.read()?;
    let needle = match q.q.as_deref().map(str::trim) {
        Some(t) if t.chars().count() > 300 => {
            return Err(ApiError::invalid_parameter(
                "q",
                "must be at most 300 characters",
            ));
        }
        Some(t) if !t.is_empty() => Some(format!("%{}%", t.to_lowercase().replace(['%', '_'], ""))),
        _ => None,
    };
    let after = after.map(|c| c.time()).transpose()?;
    let page = db::run(&pool, move |conn| {
        let mut query = artworks::table
            .filter(artworks::museum_id.eq(museum_id))
            .select(ArtworkRow::as_select())
            .order((artworks::updated_at.desc(), artworks::id.desc()))
            .limit(limit + 1)
            .into_boxed();
        if let Some(s) = status {
            query = query.filter(artworks::status.eq(s.as_str()));
        }
        if let Some(text) = &needle {
            query = query.filter(
                lower(artworks::title)
                    .like(text.clone())
                    .or(lower(artworks::inventory_number.assume_not_null()).like(text.clone())),
            );
        }
        if let Some((t, id)) = after {
            query = query.filter(
                artworks::updated_at
                    .lt(t)
                    .or(artworks::updated_at.eq(t).and(artworks::id.lt(id))),
            );
        }
        let mut rows: Vec<ArtworkRow> = query.load(conn)?;
        let next_cursor = params::page_end(&mut rows, limit, |last| {
            Cursor::at(last.updated_at, last.id)
        });
        let items = rows
            .into_iter()
            .map(|r| {
                Ok(PartnerArtworkItem {
                    object_type: crate::stored(&r.object_type)?,
                    status: crate::stored(&r.status)?,
                    updated_at: crate::utc(r.updated_at),
                    version: r.version,
                    slug: r.slug,
                    inventory_number: r.inventory_number,
                    title: r.title,
                })
            })
            .collect::<Result<_, ApiError>>()?;
        Ok(PartnerArtworkPage { items, next_cursor })
    })
    .await?;
    Ok(web::Json(page))
}

fn created(work: PartnerArtwork) -> HttpResponse {
    let mut res = HttpResponse::Created();
    res.insert_header((
        header::LOCATION,
        format!("/api/v1/partner/artworks/{}", work.artwork.slug),
    ));
    versioned(res, &work, work.version)
}

/// Create a work, as a draft.
///
/// The slug is made from the title unless one is given. With an inventory
/// number that the museum already uses, the answer is 409: update that work,
/// or use `PUT /partner/artworks/by-inventory/{number}`.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    request_body = ArtworkInput,
    responses(
        (status = 201, description = "Created; `Location` is its address and `ETag` its version", body = PartnerArtwork),
        (status = 400, description = "`malformed_body`", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`conflict`: the inventory number is in use", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`, field by field", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/partner/artworks")]
async fn create_artwork(
    pool: web::Data<Pool>,
    MuseumActor { museum_id, caller }: MuseumActor,
    body: ArtworkBody,
) -> Result<HttpResponse, ApiError> {
    let actor = caller.actor();
    let work = db::run(&pool, move |conn| {
        let countries = CountryNames::load(conn)?;
        let input = body.read(&countries)?;
        crate::db::write(conn, |conn| {
            let museum = crate::museums::by_id(conn, museum_id)?;
            if let Some(number) = &input.inventory_number {
                let taken: i64 = artworks::table
                    .filter(artworks::museum_id.eq(museum_id))
                    .filter(artworks::inventory_number.eq(number))
                    .count()
                    .get_result(conn)?;
                if taken > 0 {
                    return Err(ApiError::new(
                        ErrorCode::Conflict,
                        format!("your museum already has a work with inventory number {number:?}"),
                    ));
                }
            }
            let row = super::create(conn, &museum, &countries, &actor, &input)?;
            partner_wire(conn, row, &museum, &countries)
        })
    })
    .await?;
    Ok(created(work))
}

/// Create or update the work with this inventory number (idempotent).
///
/// Sending the same record again changes nothing (`unchanged`). `If-Match` is
/// optional; when sent, the work must exist at that version.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    request_body = ArtworkInput,
    params(
        ("number" = String, Path, description = "The museum's inventory number (URL-encoded)"),
        ("If-Match" = Option<String>, Header, description = "The `ETag` of the work as you read it"),
    ),
    responses(
        (status = 200, description = "Updated or unchanged", body = UpsertResult),
        (status = 201, description = "Created", body = UpsertResult),
        (status = 412, description = "`precondition_failed`", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`, field by field", body = Problem, content_type = PROBLEM),
    ),
)]
#[put("/partner/artworks/by-inventory/{number}")]
async fn upsert_by_inventory(
    pool: web::Data<Pool>,
    MuseumActor { museum_id, caller }: MuseumActor,
    req: HttpRequest,
    path: web::Path<String>,
    body: ArtworkBody,
) -> Result<HttpResponse, ApiError> {
    let expected = if_match(&req)?;
    let number = path.into_inner();
    let actor = caller.actor();
    let result = db::run(&pool, move |conn| {
        let countries = CountryNames::load(conn)?;
        let mut input = body.read(&countries)?;
        match &input.inventory_number {
            Some(n) if *n != number.trim() => {
                return Err(ApiError::validation(vec![FieldError::new(
                    "inventory_number",
                    FieldCode::Invalid,
                    "differs from the inventory number in the address",
                )]));
            }
            _ => input.inventory_number = Some(number.trim().to_owned()),
        }
        crate::db::write(conn, |conn| {
            let museum = crate::museums::by_id(conn, museum_id)?;
            let (outcome, row) = upsert(conn, &museum, &countries, &actor, &input, expected)?;
            Ok(UpsertResult {
                outcome,
                artwork: partner_wire(conn, row, &museum, &countries)?,
            })
        })
    })
    .await?;
    let res = if result.outcome == RowOutcome::Created {
        HttpResponse::Created()
    } else {
        HttpResponse::Ok()
    };
    Ok(versioned(res, &result, result.artwork.version))
}

/// One of your museum's works, in any status.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    params(("slug" = String, Path, description = "The work's slug")),
    responses(
        (status = 200, description = "The work; `ETag` is its version", body = PartnerArtwork),
        (status = 404, description = "Your museum has no such work", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/partner/artworks/{slug}")]
async fn get_artwork(
    pool: web::Data<Pool>,
    MuseumActor { museum_id, .. }: MuseumActor,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let slug = path.into_inner();
    let work = db::run(&pool, move |conn| {
        let row = crate::artworks::own_artwork(conn, museum_id, &slug)?;
        let museum = crate::museums::by_id(conn, museum_id)?;
        let countries = CountryNames::load(conn)?;
        partner_wire(conn, row, &museum, &countries)
    })
    .await?;
    Ok(versioned(HttpResponse::Ok(), &work, work.version))
}

/// Update one of your museum's works.
///
/// Replaces the editable fields. `If-Match` with the `ETag` you read is
/// required: of two updates from the same version, one succeeds and the
/// other gets 412.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    request_body = ArtworkInput,
    params(
        ("slug" = String, Path, description = "The work's slug"),
        ("If-Match" = String, Header, description = "The `ETag` of the work as you read it"),
    ),
    responses(
        (status = 200, description = "The work as stored now", body = PartnerArtwork),
        (status = 404, description = "Your museum has no such work", body = Problem, content_type = PROBLEM),
        (status = 412, description = "`precondition_failed`: the work changed since you read it", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`, field by field", body = Problem, content_type = PROBLEM),
        (status = 428, description = "`precondition_required`: send `If-Match`", body = Problem, content_type = PROBLEM),
    ),
)]
#[put("/partner/artworks/{slug}")]
async fn put_artwork(
    pool: web::Data<Pool>,
    MuseumActor { museum_id, caller }: MuseumActor,
    req: HttpRequest,
    path: web::Path<String>,
    body: ArtworkBody,
) -> Result<HttpResponse, ApiError> {
    let expected = if_match(&req)?.ok_or_else(|| {
        ApiError::new(
            ErrorCode::PreconditionRequired,
            "send the work's ETag as If-Match, so a change made since you read it is not lost",
        )
    })?;
    let slug = path.into_inner();
    let actor = caller.actor();
    let work = db::run(&pool, move |conn| {
        let countries = CountryNames::load(conn)?;
        crate::db::write(conn, |conn| {
            let row = crate::artworks::own_artwork(conn, museum_id, &slug)?;
            let input = body.read(&countries)?;
            let (_, row) = update(conn, row, &countries, &actor, &input, Some(expected))?;
            let museum = crate::museums::by_id(conn, museum_id)?;
            partner_wire(conn, row, &museum, &countries)
        })
    })
    .await?;
    Ok(versioned(HttpResponse::Ok(), &work, work.version))
}

/// Makes a workflow move on one of the caller's works.
fn transition(
    conn: &mut DbConnection,
    actor: &MuseumActor,
    public_url: &str,
    slug: &str,
    step: Step,
) -> Result<PartnerArtwork, ApiError> {
    let museum_id = actor.museum_id;
    crate::db::write(conn, |conn| {
        let row = crate::artworks::own_artwork(conn, museum_id, slug)?;
        let museum = crate::museums::by_id(conn, museum_id)?;
        let row = workflow::decide(
            conn,
            &actor.caller.actor(),
            public_url,
            row,
            &museum,
            step,
            None,
        )?;
        let countries = CountryNames::load(conn)?;
        partner_wire(conn, row, &museum, &countries)
    })
}

/// Nominate a work for publication: draft, changes requested or withdrawn →
/// in review.
///
/// The work needs a masterpiece statement, and the museum's works published
/// or in review must stay within its quota (25 unless the secretariat set
/// another). The secretariat then publishes it, asks for changes or rejects
/// it; each decision reaches the museum's editors by email and at
/// `GET /api/v1/partner/notifications`.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    params(("slug" = String, Path, description = "The work's slug")),
    responses(
        (status = 200, description = "The work, now in review", body = PartnerArtwork),
        (status = 404, description = "Your museum has no such work", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`invalid_transition` or `quota_exceeded`", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`: the statement is missing", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/partner/artworks/{slug}/nominate")]
async fn nominate(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    actor: MuseumActor,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let slug = path.into_inner();
    let public_url = settings.public_url.clone();
    let work = db::run(&pool, move |conn| {
        transition(conn, &actor, &public_url, &slug, Step::Nominate)
    })
    .await?;
    Ok(versioned(HttpResponse::Ok(), &work, work.version))
}

/// Withdraw a work, saying why: it leaves the public collection (or the
/// review queue).
///
/// A withdrawn work that was published keeps its address, which answers
/// 410 Gone with the reason, so harvesters learn of the deletion.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    params(("slug" = String, Path, description = "The work's slug")),
    request_body = WithdrawalRequest,
    responses(
        (status = 200, description = "The work, now withdrawn", body = PartnerArtwork),
        (status = 400, description = "`malformed_body`", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Your museum has no such work", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`invalid_transition`: it is withdrawn already", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`: the note is missing or too long", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/partner/artworks/{slug}/withdraw")]
async fn withdraw(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    actor: MuseumActor,
    path: web::Path<String>,
    body: web::Json<WithdrawalRequest>,
) -> Result<HttpResponse, ApiError> {
    let slug = path.into_inner();
    let request = body.into_inner();
    ApiError::check(request.problems())?;
    let step = Step::Withdraw(WithdrawnBy::Museum, request);
    let public_url = settings.public_url.clone();
    let work = db::run(&pool, move |conn| {
        transition(conn, &actor, &public_url, &slug, step)
    })
    .await?;
    Ok(versioned(HttpResponse::Ok(), &work, work.version))
}

/// Your museum's API clients, newest first (secrets are never shown again).
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["editor"])),
    responses(
        (status = 200, description = "The clients", body = ApiClientList),
    ),
)]
#[get("/partner/clients")]
async fn list_clients(
    pool: web::Data<Pool>,
    MuseumEditor { museum_id, .. }: MuseumEditor,
) -> Result<web::Json<ApiClientList>, ApiError> {
    Ok(web::Json(
        db::run(&pool, move |conn| clients::list(conn, Some(museum_id))).await?,
    ))
}

/// Create an API client for your museum. The secret is in this answer only.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["editor"])),
    request_body = NewApiClient,
    responses(
        (status = 201, description = "The client and its secret", body = CreatedApiClient),
        (status = 422, description = "`validation_failed`: the name is empty or too long", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/partner/clients")]
async fn create_client(
    pool: web::Data<Pool>,
    MuseumEditor {
        user_id,
        museum_id,
        caller,
    }: MuseumEditor,
    body: web::Json<NewApiClient>,
) -> Result<HttpResponse, ApiError> {
    let name = body.into_inner().name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(ApiError::validation(vec![FieldError::new(
            "name",
            if name.is_empty() {
                FieldCode::Required
            } else {
                FieldCode::TooLong
            },
            "a name of 1 to 100 characters is required",
        )]));
    }
    let actor = caller.actor();
    let created = db::run(&pool, move |conn| {
        crate::db::write(conn, |conn| {
            let client_id = format!("vcm_{}", random_token(12).replace(['-', '_'], "x"));
            let secret = random_token(32);
            diesel::insert_into(api_clients::table)
                .values((
                    api_clients::client_id.eq(&client_id),
                    api_clients::secret_hash.eq(digest(&secret)),
                    api_clients::museum_id.eq(museum_id),
                    api_clients::name.eq(&name),
                    api_clients::created_by.eq(Some(user_id)),
                    api_clients::created_at.eq(Utc::now().naive_utc()),
                ))
                .execute(conn)?;
            audit::record(
                conn,
                &actor,
                Change {
                    action: "client.create",
                    entity: "api_client",
                    key: &client_id,
                    museum_id: Some(museum_id),
                },
                None::<&()>,
                Some(&serde_json::json!({ "client_id": client_id, "name": name })),
            )?;
            let client = clients::list(conn, Some(museum_id))?
                .items
                .into_iter()
                .find(|c| c.client_id == client_id)
                .ok_or_else(|| ApiError::internal("the new client is not found"))?;
            Ok(CreatedApiClient {
                client,
                client_secret: secret,
            })
        })
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(created))
}

/// Revoke one of your museum's API clients: it gets no more tokens, and
/// tokens it holds stop working at once.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["editor"])),
    params(("client_id" = String, Path, description = "The client's id")),
    responses(
        (status = 204, description = "Revoked (also when it already was)"),
        (status = 404, description = "Your museum has no such client", body = Problem, content_type = PROBLEM),
    ),
)]
#[delete("/partner/clients/{client_id}")]
async fn revoke_client(
    pool: web::Data<Pool>,
    MuseumEditor {
        museum_id, caller, ..
    }: MuseumEditor,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let client_id = path.into_inner();
    db::run(&pool, move |conn| {
        clients::revoke(conn, &caller, &client_id, Some(museum_id))
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
