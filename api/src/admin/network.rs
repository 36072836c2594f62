//! `/api/v1/admin/...` for running the network: every museum's profile,
//! membership and quota; the network's settings; the country list. (The
//! equivalent search terms are search's: `search/terms.rs`.)

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, get, put, web};
use chrono::Utc;
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::rules::is_country_code;
use vcm_shared::{
    CountryInput, MembershipChange, MembershipStatus, MuseumInput, NetworkSettings, PartnerMuseum,
    PartnerMuseumList, Problem, StatusCounts, WorkStatus,
};

use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::changes::{self, Entity};
use crate::config::Settings;
use crate::db::schema::{artworks, countries, museums, network_settings};
use crate::db::{self, DbConnection, Pool};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::http::{if_match, versioned};
use crate::museums::{CountryNames, MuseumRow};
use crate::outbox;
use crate::outbox::Mailer;

pub(super) fn configure(config: &mut ServiceConfig) {
    config
        .service(list_museums)
        .service(get_museum)
        .service(put_museum)
        .service(put_membership)
        .service(get_settings)
        .service(put_settings)
        .service(put_country);
}

/// Parameters of the list of museums.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct MuseumListQuery {
    /// Only museums whose membership is in this status.
    #[param(value_type = Option<MembershipStatus>)]
    membership_status: Option<String>,
}

/// Every museum, in any membership status, by English name, with its quota and
/// its works by status.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    params(MuseumListQuery),
    responses(
        (status = 200, description = "The museums", body = PartnerMuseumList),
        (status = 400, description = "`invalid_parameter`: an unknown status", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/admin/museums")]
async fn list_museums(
    pool: web::Data<Pool>,
    _admin: Admin,
    q: web::Query<MuseumListQuery>,
) -> Result<web::Json<PartnerMuseumList>, ApiError> {
    let wanted = q
        .membership_status
        .as_deref()
        .map(|s| {
            s.parse::<MembershipStatus>()
                .map_err(|e| ApiError::invalid_parameter("membership_status", e.to_string()))
        })
        .transpose()?;
    let items = db::run(&pool, move |conn| {
        let mut query = museums::table
            .order(museums::name.asc())
            .select(MuseumRow::as_select())
            .into_boxed();
        if let Some(status) = wanted {
            query = query.filter(museums::membership_status.eq(status.as_str()));
        }
        let rows: Vec<MuseumRow> = query.load(conn)?;
        let mut counts: HashMap<i64, StatusCounts> = HashMap::new();
        let tallies: Vec<(i64, String, i64)> = artworks::table
            .group_by((artworks::museum_id, artworks::status))
            .select((
                artworks::museum_id,
                artworks::status,
                diesel::dsl::count_star(),
            ))
            .load(conn)?;
        for (museum_id, status, n) in tallies {
            counts
                .entry(museum_id)
                .or_default()
                .add(crate::stored::<WorkStatus>(&status)?, n);
        }
        let names = CountryNames::load(conn)?;
        rows.into_iter()
            .map(|row| {
                let counts = counts.remove(&row.id).unwrap_or_default();
                row.into_partner(&names, counts)
            })
            .collect::<Result<Vec<_>, ApiError>>()
    })
    .await?;
    Ok(web::Json(PartnerMuseumList { items }))
}

/// One museum, with its quota and its works by status.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    params(("slug" = String, Path, description = "The museum's slug")),
    responses(
        (status = 200, description = "The museum; `ETag` is its version", body = PartnerMuseum),
        (status = 404, description = "`not_found`: no such museum", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/admin/museums/{slug}")]
async fn get_museum(
    pool: web::Data<Pool>,
    _admin: Admin,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let m = db::run(&pool, move |conn| {
        let row = crate::museums::by_slug(conn, &slug)?;
        crate::museums::partner_museum(conn, row.id)
    })
    .await?;
    Ok(versioned(HttpResponse::Ok(), &m, m.version))
}

/// Edit a museum's profile, as its editors can.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    request_body = MuseumInput,
    params(
        ("slug" = String, Path, description = "The museum's slug"),
        ("If-Match" = Option<String>, Header, description = "The `ETag` of the museum as you read it"),
    ),
    responses(
        (status = 200, description = "The museum as stored now", body = PartnerMuseum),
        (status = 404, description = "`not_found`: no such museum", body = Problem, content_type = PROBLEM),
        (status = 412, description = "`precondition_failed`: the museum changed since you read it", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`, field by field", body = Problem, content_type = PROBLEM),
    ),
)]
#[put("/admin/museums/{slug}")]
async fn put_museum(
    pool: web::Data<Pool>,
    Admin { caller, .. }: Admin,
    req: HttpRequest,
    slug: web::Path<String>,
    body: web::Json<MuseumInput>,
) -> Result<HttpResponse, ApiError> {
    let expected = if_match(&req)?;
    let input = body.into_inner().normalised();
    ApiError::check(input.problems())?;
    let actor = caller.actor();
    let m = db::run(&pool, move |conn| {
        db::write(conn, |conn| {
            let row = crate::museums::by_slug(conn, &slug)?;
            crate::museums::update_profile(conn, &actor, row.id, expected, &input)
        })
    })
    .await?;
    Ok(versioned(HttpResponse::Ok(), &m, m.version))
}

/// Change a museum's membership and quota.
///
/// Suspending (`suspended`) or ending (`former`) a membership needs a reason,
/// which is emailed to the museum's editors, as is a restored membership.
/// While a museum is not `active` its works can be neither nominated nor
/// published (`membership_inactive`), and it is left out of the masterpiece
/// of the day; its published works stay published, and its editors keep
/// their accounts. A quota below the works already published withdraws
/// nothing: it stops further publication until the count is under it.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    request_body = MembershipChange,
    params(
        ("slug" = String, Path, description = "The museum's slug"),
        ("If-Match" = Option<String>, Header, description = "The `ETag` of the museum as you read it"),
    ),
    responses(
        (status = 200, description = "The museum as stored now", body = PartnerMuseum),
        (status = 404, description = "`not_found`: no such museum", body = Problem, content_type = PROBLEM),
        (status = 412, description = "`precondition_failed`: the museum changed since you read it", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`: an applicant status, a quota out of range, a missing reason", body = Problem, content_type = PROBLEM),
    ),
)]
#[put("/admin/museums/{slug}/membership")]
async fn put_membership(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    Admin { caller, .. }: Admin,
    req: HttpRequest,
    slug: web::Path<String>,
    body: web::Json<MembershipChange>,
) -> Result<HttpResponse, ApiError> {
    let expected = if_match(&req)?;
    let change = body.into_inner().normalised();
    ApiError::check(change.problems())?;
    let actor = caller.actor();
    let public_url = settings.public_url.clone();
    let m = db::run(&pool, move |conn| {
        db::write(conn, |conn| {
            let row = crate::museums::by_slug(conn, &slug)?;
            if expected.is_some_and(|v| v != row.version) {
                return Err(ApiError::stale("museum"));
            }
            let before = MembershipChange {
                membership_status: crate::stored(&row.membership_status)?,
                masterpiece_quota: row.masterpiece_quota,
                reason: None,
            };
            if before.membership_status == change.membership_status
                && before.masterpiece_quota == change.masterpiece_quota
            {
                return crate::museums::partner_museum(conn, row.id);
            }
            let written = diesel::update(
                museums::table
                    .find(row.id)
                    .filter(museums::version.eq(row.version)),
            )
            .set((
                museums::membership_status.eq(change.membership_status.as_str()),
                museums::masterpiece_quota.eq(change.masterpiece_quota),
                museums::updated_at.eq(Utc::now().naive_utc()),
                museums::version.eq(row.version + 1),
            ))
            .execute(conn)?;
            if written == 0 {
                return Err(ApiError::stale("museum"));
            }
            audit::record(
                conn,
                &actor,
                Change {
                    action: "museum.membership",
                    entity: "museum",
                    key: &row.slug,
                    museum_id: Some(row.id),
                },
                Some(&before),
                Some(&change),
            )?;
            if before.membership_status != change.membership_status {
                email_membership(conn, &public_url, &row, &change)?;
            }
            crate::museums::partner_museum(conn, row.id)
        })
    })
    .await?;
    outbox::deliver_soon(&mailer, &pool);
    Ok(versioned(HttpResponse::Ok(), &m, m.version))
}

/// Tells the museum's editors their membership changed, and why.
fn email_membership(
    conn: &mut DbConnection,
    public_url: &str,
    museum: &MuseumRow,
    change: &MembershipChange,
) -> QueryResult<()> {
    let (subject, what) = match change.membership_status {
        MembershipStatus::Suspended => (
            "suspended",
            "While it is suspended, your works stay published, but none can be nominated or published.",
        ),
        MembershipStatus::Former => (
            "ended",
            "Your published works stay citable, but none can be nominated or published.",
        ),
        _ => ("restored", "Your museum can nominate works again."),
    };
    let reason = change
        .reason
        .as_deref()
        .map(|r| format!("\nThe secretariat's reason:\n\n{r}\n"))
        .unwrap_or_default();
    let body = format!(
        "Hello,\n\nThe ASEMUS membership of {} is {subject}. {what}\n{reason}\nYour partner pages: {}/partner\n",
        museum.name,
        public_url.trim_end_matches('/')
    );
    let subject = format!("Membership {subject}: {}", museum.name);
    outbox::queue_to_editors(conn, museum.id, &subject, &body)
}

/// The network's settings.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    responses(
        (status = 200, description = "The settings", body = NetworkSettings),
    ),
)]
#[get("/admin/settings")]
async fn get_settings(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    _admin: Admin,
) -> Result<web::Json<NetworkSettings>, ApiError> {
    let configured = settings.masterpiece_quota;
    let masterpiece_quota = db::run(&pool, move |conn| {
        Ok(crate::museums::default_quota(conn, configured)?)
    })
    .await?;
    Ok(web::Json(NetworkSettings { masterpiece_quota }))
}

/// Change the network's settings. The default quota is what a museum gets
/// when its application is approved; museums already members keep theirs.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    request_body = NetworkSettings,
    responses(
        (status = 200, description = "The settings as stored now", body = NetworkSettings),
        (status = 422, description = "`validation_failed`: a quota out of range", body = Problem, content_type = PROBLEM),
    ),
)]
#[put("/admin/settings")]
async fn put_settings(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    Admin { caller, .. }: Admin,
    body: web::Json<NetworkSettings>,
) -> Result<web::Json<NetworkSettings>, ApiError> {
    let configured = settings.masterpiece_quota;
    let settings = body.into_inner();
    ApiError::check(settings.problems())?;
    let actor = caller.actor();
    let stored = settings.clone();
    db::run(&pool, move |conn| {
        db::write(conn, |conn| {
            crate::museums::seed_settings(conn, configured)?;
            let before = NetworkSettings {
                masterpiece_quota: crate::museums::default_quota(conn, configured)?,
            };
            diesel::update(network_settings::table.find(1))
                .set((
                    network_settings::masterpiece_quota.eq(stored.masterpiece_quota),
                    network_settings::updated_at.eq(Utc::now().naive_utc()),
                ))
                .execute(conn)?;
            audit::record(
                conn,
                &actor,
                Change {
                    action: "settings.update",
                    entity: "settings",
                    key: "network",
                    museum_id: None,
                },
                Some(&before),
                Some(&stored),
            )?;
            Ok(())
        })
    })
    .await?;
    Ok(web::Json(settings))
}

/// Add a country to the list, rename it, or mark whether it is an ASEM member
/// state. Museums apply only from member states; museums and works of a
/// country that stops being one stay as they are. Renaming rebuilds the
/// search index, which names countries.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = ["admin"])),
    request_body = CountryInput,
    params(("code" = String, Path, description = "ISO 3166-1 alpha-2 code, e.g. `KR`")),
    responses(
        (status = 200, description = "The country, changed", body = vcm_shared::Country),
        (status = 201, description = "The country, added", body = vcm_shared::Country),
        (status = 400, description = "`invalid_parameter`: not a two-letter code", body = Problem, content_type = PROBLEM),
        (status = 422, description = "`validation_failed`: a missing or long name", body = Problem, content_type = PROBLEM),
    ),
)]
#[put("/admin/countries/{code}")]
async fn put_country(
    pool: web::Data<Pool>,
    Admin { caller, .. }: Admin,
    code: web::Path<String>,
    body: web::Json<CountryInput>,
) -> Result<HttpResponse, ApiError> {
    let code = code.into_inner().to_ascii_uppercase();
    if !is_country_code(&code) {
        return Err(ApiError::invalid_parameter(
            "code",
            "must be an ISO 3166-1 alpha-2 code such as KR",
        ));
    }
    let input = body.into_inner().normalised();
    ApiError::check(input.problems())?;
    let actor = caller.actor();
    let (created, country) = db::run(&pool, move |conn| {
        db::write(conn, |conn| {
            let before: Option<CountryInput> = countries::table
                .find(&code)
                .select((countries::name, countries::region, countries::asem_member))
                .first::<(String, String, bool)>(conn)
                .optional()?
                .map(|(name, region, asem_member)| {
                    Ok::<_, ApiError>(CountryInput {
                        name,
                        region: crate::stored(&region)?,
                        asem_member,
                    })
                })
                .transpose()?;
            let values = (
                countries::name.eq(&input.name),
                countries::region.eq(input.region.as_str()),
                countries::asem_member.eq(input.asem_member),
            );
            match &before {
                Some(_) => {
                    diesel::update(countries::table.find(&code))
                        .set(values)
                        .execute(conn)?;
                }
                None => {
                    diesel::insert_into(countries::table)
                        .values((countries::code.eq(&code), values))
                        .execute(conn)?;
                }
            }
            if before.as_ref().is_some_and(|b| b.name != input.name) {
                changes::record(conn, Entity::Vocabulary, 0)?;
            }
            if before.as_ref() != Some(&input) {
                audit::record(
                    conn,
                    &actor,
                    Change {
                        action: if before.is_some() {
                            "country.update"
                        } else {
                            "country.create"
                        },
                        entity: "country",
                        key: &code,
                        museum_id: None,
                    },
                    before.as_ref(),
                    Some(&input),
                )?;
            }
            Ok((
                before.is_none(),
                vcm_shared::Country {
                    code: code.clone(),
                    name: input.name.clone(),
                    region: input.region,
                    asem_member: input.asem_member,
                },
            ))
        })
    })
    .await?;
    Ok(if created {
        HttpResponse::Created().json(country)
    } else {
        HttpResponse::Ok().json(country)
    })
}
