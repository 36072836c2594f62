//! Countries: seeded with the ASEM member states, listed with counts.

use std::collections::HashMap;

use diesel::prelude::*;
use vcm_shared::countries::ASEM_MEMBER_STATES;
use vcm_shared::{Country, CountryWithCounts, WorkStatus};

use crate::db::DbConnection;
use crate::db::schema::{artworks, countries, museums};
use crate::error::ApiError;

#[derive(Debug, Queryable, Selectable, Insertable)]
#[diesel(table_name = countries)]
pub struct CountryRow {
    pub code: String,
    pub name: String,
    pub region: String,
    pub asem_member: bool,
}

/// Seeds an empty country table with the 46 ASEM member states; a table that
/// already holds countries is the secretariat's and is left as it is.
pub fn seed_countries(conn: &mut DbConnection) -> QueryResult<usize> {
    let existing: i64 = countries::table.count().get_result(conn)?;
    if existing > 0 {
        return Ok(0);
    }
    let rows: Vec<_> = ASEM_MEMBER_STATES
        .iter()
        .map(|c| CountryRow {
            code: c.code.to_owned(),
            name: c.name.to_owned(),
            region: c.region.as_str().to_owned(),
            asem_member: true,
        })
        .collect();
    conn.transaction(|conn| {
        for row in &rows {
            diesel::insert_into(countries::table)
                .values(row)
                .execute(conn)?;
        }
        Ok(rows.len())
    })
}

/// Country names by code, for embedding references in answers.
#[derive(Debug, Default)]
pub struct CountryNames(HashMap<String, String>);

impl CountryNames {
    pub fn load(conn: &mut DbConnection) -> QueryResult<Self> {
        let pairs: Vec<(String, String)> = countries::table
            .select((countries::code, countries::name))
            .load(conn)?;
        Ok(Self(pairs.into_iter().collect()))
    }

    #[cfg(test)]
    pub fn from_map(names: HashMap<String, String>) -> Self {
        Self(names)
    }

    pub fn name(&self, code: &str) -> Option<&str> {
        self.0.get(code).map(String::as_str)
    }

    /// The code of a country given by code (either case) or English name,
    /// including common short forms (`Korea`, `Vietnam`, `Laos`); `None` for a
    /// country the network does not list.
    pub fn code_for(&self, text: &str) -> Option<String> {
        const SHORT_NAMES: [(&str, &str); 9] = [
            ("korea", "KR"),
            ("south korea", "KR"),
            ("vietnam", "VN"),
            ("laos", "LA"),
            ("brunei", "BN"),
            ("russia", "RU"),
            ("czechia", "CZ"),
            ("uk", "GB"),
            ("great britain", "GB"),
        ];
        let text = text.trim();
        let upper = text.to_ascii_uppercase();
        if self.0.contains_key(&upper) {
            return Some(upper);
        }
        let lower = text.to_lowercase();
        self.0
            .iter()
            .find(|(_, name)| name.to_lowercase() == lower)
            .map(|(code, _)| code.clone())
            .or_else(|| {
                SHORT_NAMES
                    .iter()
                    .find(|(n, _)| *n == lower)
                    .map(|(_, c)| (*c).to_owned())
                    .filter(|c| self.0.contains_key(c))
            })
    }
}

/// Every country with its museums and published works of that origin.
pub fn list_with_counts(conn: &mut DbConnection) -> Result<Vec<CountryWithCounts>, ApiError> {
    let rows: Vec<CountryRow> = countries::table
        .order(countries::name.asc())
        .select(CountryRow::as_select())
        .load(conn)?;
    let museum_counts: HashMap<String, i64> = museums::table
        .group_by(museums::country_code)
        .select((museums::country_code, diesel::dsl::count_star()))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect();
    let artwork_counts: HashMap<String, i64> = artworks::table
        .filter(artworks::status.eq(WorkStatus::Published.as_str()))
        .filter(artworks::origin_country.is_not_null())
        .group_by(artworks::origin_country)
        .select((artworks::origin_country, diesel::dsl::count_star()))
        .load::<(Option<String>, i64)>(conn)?
        .into_iter()
        .filter_map(|(code, n)| Some((code?, n)))
        .collect();
    rows.into_iter()
        .map(|row| {
            Ok(CountryWithCounts {
                museum_count: museum_counts.get(&row.code).copied().unwrap_or(0),
                artwork_count: artwork_counts.get(&row.code).copied().unwrap_or(0),
                country: Country {
                    region: crate::stored(&row.region)?,
                    code: row.code,
                    name: row.name,
                    asem_member: row.asem_member,
                },
            })
        })
        .collect()
}
