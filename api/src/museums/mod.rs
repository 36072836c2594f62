//! Member museums and the countries they and their works come from.

mod countries;
mod routes;

pub use countries::{CountryNames, seed_countries};
pub use routes::configure;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use vcm_shared::{CountryRef, Museum, MuseumRef, PartnerMuseum, StatusCounts};

use crate::db::DbConnection;
use crate::db::schema::museums;
use crate::http::ApiError;

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
