//! Member museums and the countries they and their works come from.

mod countries;
mod routes;

pub use countries::{CountryNames, seed_countries};
pub use routes::configure;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use vcm_shared::{CountryRef, Museum, MuseumInput, MuseumRef, PartnerMuseum, StatusCounts};

use crate::audit::{self, Actor, Change};
use crate::changes::{self, Entity};
use crate::db::DbConnection;
use crate::db::schema::{artworks, museums, network_settings};
use crate::error::ApiError;

/// A museum as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = museums)]
pub struct MuseumRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub name_local: Option<String>,
    pub name_local_lang: Option<String>,
    pub country_code: String,
    pub city: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub website: Option<String>,
    pub description: String,
    pub member_since: Option<i32>,
    pub membership_status: String,
    pub masterpiece_quota: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub version: i64,
}

/// A museum to store.
#[derive(Debug, Insertable)]
#[diesel(table_name = museums)]
pub struct NewMuseum<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub name_local: Option<&'a str>,
    pub name_local_lang: Option<&'a str>,
    pub country_code: &'a str,
    pub city: &'a str,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub website: Option<&'a str>,
    pub description: &'a str,
    pub member_since: Option<i32>,
    pub membership_status: &'a str,
    pub masterpiece_quota: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl MuseumRow {
    pub fn to_ref(&self, countries: &CountryNames) -> MuseumRef {
        MuseumRef {
            slug: self.slug.clone(),
            name: self.name.clone(),
            name_local: self.name_local.clone(),
            name_local_lang: self.name_local_lang.clone(),
            country: countries.reference(&self.country_code),
        }
    }

    pub fn into_wire(
        self,
        countries: &CountryNames,
        artwork_count: i64,
    ) -> Result<Museum, ApiError> {
        Ok(Museum {
            membership_status: crate::stored(&self.membership_status)?,
            country: countries.reference(&self.country_code),
            slug: self.slug,
            name: self.name,
            name_local: self.name_local,
            name_local_lang: self.name_local_lang,
            city: self.city,
            latitude: self.latitude,
            longitude: self.longitude,
            website: self.website,
            description: self.description,
            member_since: self.member_since,
            artwork_count,
        })
    }

    /// The museum as its editors and the secretariat see it.
    pub fn into_partner(
        self,
        countries: &CountryNames,
        counts: StatusCounts,
    ) -> Result<PartnerMuseum, ApiError> {
        Ok(PartnerMuseum {
            version: self.version,
            quota: self.masterpiece_quota,
            museum: self.into_wire(countries, counts.published)?,
            counts,
        })
    }
}

/// The museum with this slug, in any membership status.
pub fn by_slug(conn: &mut DbConnection, slug: &str) -> Result<MuseumRow, ApiError> {
    museums::table
        .filter(museums::slug.eq(slug))
        .select(MuseumRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::not_found("museum", slug))
}

impl CountryNames {
    /// A country reference; an unknown code (impossible under the foreign key)
    /// falls back to the code as its name.
    pub fn reference(&self, code: &str) -> CountryRef {
        CountryRef {
            code: code.to_owned(),
            name: self.name(code).unwrap_or(code).to_owned(),
        }
    }
}

/// A museum by id.
pub fn by_id(conn: &mut DbConnection, museum_id: i64) -> Result<MuseumRow, ApiError> {
    Ok(museums::table
        .find(museum_id)
        .select(MuseumRow::as_select())
        .first(conn)?)
}

/// A museum's works by status.
pub fn status_counts(conn: &mut DbConnection, museum_id: i64) -> Result<StatusCounts, ApiError> {
    let rows: Vec<(String, i64)> = artworks::table
        .filter(artworks::museum_id.eq(museum_id))
        .group_by(artworks::status)
        .select((artworks::status, diesel::dsl::count_star()))
        .load(conn)?;
    let mut counts = StatusCounts::default();
    for (status, n) in rows {
        counts.add(crate::stored(&status)?, n);
    }
    Ok(counts)
}

/// A museum as its editors and the secretariat see it.
pub fn partner_museum(conn: &mut DbConnection, museum_id: i64) -> Result<PartnerMuseum, ApiError> {
    let row = by_id(conn, museum_id)?;
    let counts = status_counts(conn, museum_id)?;
    row.into_partner(&CountryNames::load(conn)?, counts)
}

/// Replaces a museum's profile (only when it changed), if it is still at
/// `expected` when given; records the search change and the audit entry.
/// Call it inside [`crate::db::write`].
pub fn update_profile(
    conn: &mut DbConnection,
    actor: &Actor,
    museum_id: i64,
    expected: Option<i64>,
    input: &MuseumInput,
) -> Result<PartnerMuseum, ApiError> {
    let row = by_id(conn, museum_id)?;
    if expected.is_some_and(|v| v != row.version) {
        return Err(ApiError::stale("profile"));
    }
    let before = MuseumInput {
        name: row.name.clone(),
        name_local: row.name_local.clone(),
        name_local_lang: row.name_local_lang.clone(),
        city: row.city.clone(),
        latitude: row.latitude,
        longitude: row.longitude,
        website: row.website.clone(),
        description: row.description.clone(),
    };
    if before != *input {
        let written = diesel::update(
            museums::table
                .find(museum_id)
                .filter(museums::version.eq(row.version)),
        )
        .set((
            museums::name.eq(&input.name),
            museums::name_local.eq(&input.name_local),
            museums::name_local_lang.eq(&input.name_local_lang),
            museums::city.eq(&input.city),
            museums::latitude.eq(input.latitude),
            museums::longitude.eq(input.longitude),
            museums::website.eq(&input.website),
            museums::description.eq(&input.description),
            museums::updated_at.eq(Utc::now().naive_utc()),
            museums::version.eq(row.version + 1),
        ))
        .execute(conn)?;
        if written == 0 {
            return Err(ApiError::stale("profile"));
        }
        changes::record(conn, Entity::Museum, museum_id)?;
        audit::record(
            conn,
            actor,
            Change {
                action: "museum.update",
                entity: "museum",
                key: &row.slug,
                museum_id: Some(museum_id),
            },
            Some(&before),
            Some(input),
        )?;
    }
    partner_museum(conn, museum_id)
}

fn stored_quota(conn: &mut DbConnection) -> QueryResult<Option<i32>> {
    network_settings::table
        .find(1)
        .select(network_settings::masterpiece_quota)
        .first(conn)
        .optional()
}

/// The quota a museum gets when its application is approved: the stored
/// setting, or `configured` (`VCM_MASTERPIECE_QUOTA`) until one is stored.
pub fn default_quota(conn: &mut DbConnection, configured: u32) -> QueryResult<i32> {
    Ok(stored_quota(conn)?.unwrap_or(i32::try_from(configured).unwrap_or(i32::MAX)))
}

/// Stores the configured default quota when the database holds no settings yet.
pub fn seed_settings(conn: &mut DbConnection, quota: u32) -> QueryResult<()> {
    if stored_quota(conn)?.is_none() {
        diesel::insert_into(network_settings::table)
            .values((
                network_settings::id.eq(1),
                network_settings::masterpiece_quota.eq(i32::try_from(quota).unwrap_or(i32::MAX)),
                network_settings::updated_at.eq(Utc::now().naive_utc()),
            ))
            .execute(conn)?;
    }
    Ok(())
}
