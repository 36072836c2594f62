//! The artwork: its stored row and the reads every part of the server shares
//! (the public record, the summaries of lists, a museum's own work), and its
//! images' rows.

pub mod images;
pub mod workflow;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use vcm_shared::{
    Artwork, ArtworkImage, ArtworkInput, ArtworkSummary, ImageThumb, Maker, PartnerArtwork,
    WorkStatus,
};

use crate::db::DbConnection;
use crate::db::schema::{artworks, museums};
use crate::error::ApiError;
use crate::museums::{CountryNames, MuseumRow};

/// A work as stored. `makers` and `materials` are JSON arrays in text columns,
/// the same on both backends.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = artworks)]
pub struct ArtworkRow {
    pub id: i64,
    pub museum_id: i64,
    pub inventory_number: Option<String>,
    pub slug: String,
    pub title: String,
    pub title_original: Option<String>,
    pub original_language: Option<String>,
    pub makers: String,
    pub object_type: String,
    pub origin_country: Option<String>,
    pub culture: Option<String>,
    pub period: Option<String>,
    pub date_text: Option<String>,
    pub year_begin: Option<i32>,
    pub year_end: Option<i32>,
    pub materials: String,
    pub technique: Option<String>,
    pub dimensions: Option<String>,
    pub description: Option<String>,
    pub description_original: Option<String>,
    pub statement: String,
    pub statement_original: Option<String>,
    pub credit_line: Option<String>,
    pub rights: String,
    pub status: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub version: i64,
    pub submitted_at: Option<NaiveDateTime>,
    pub published_at: Option<NaiveDateTime>,
}

/// A work's editable columns, from its fields: what an update writes, and
/// with the keys, status and times, what a creation inserts.
#[derive(Debug, AsChangeset, Insertable)]
#[diesel(table_name = artworks, treat_none_as_null = true)]
pub struct ArtworkChanges<'a> {
    inventory_number: Option<&'a str>,
    title: &'a str,
    title_original: Option<&'a str>,
    original_language: Option<&'a str>,
    makers: String,
    object_type: &'a str,
    origin_country: Option<&'a str>,
    culture: Option<&'a str>,
    period: Option<&'a str>,
    date_text: Option<&'a str>,
    year_begin: Option<i32>,
    year_end: Option<i32>,
    materials: String,
    technique: Option<&'a str>,
    dimensions: Option<&'a str>,
    description: Option<&'a str>,
    description_original: Option<&'a str>,
    statement: &'a str,
    statement_original: Option<&'a str>,
    credit_line: Option<&'a str>,
    rights: &'a str,
    updated_at: NaiveDateTime,
}

impl<'a> ArtworkChanges<'a> {
    /// The columns of these fields, changed at `now`; the slug is not among them.
    pub fn of(a: &'a ArtworkInput, now: NaiveDateTime) -> Self {
        Self {
            inventory_number: a.inventory_number.as_deref(),
            title: &a.title,
            title_original: a.title_original.as_deref(),
            original_language: a.original_language.as_deref(),
            makers: serde_json::to_string(&a.makers).expect("makers serialise"),
            object_type: a.object_type.as_str(),
            origin_country: a.origin_country.as_deref(),
            culture: a.culture.as_deref(),
            period: a.period.as_deref(),
            date_text: a.date_text.as_deref(),
            year_begin: a.year_begin,
            year_end: a.year_end,
            materials: serde_json::to_string(&a.materials).expect("materials serialise"),
            technique: a.technique.as_deref(),
            dimensions: a.dimensions.as_deref(),
            description: a.description.as_deref(),
            description_original: a.description_original.as_deref(),
            statement: a.statement.as_deref().unwrap_or(""),
            statement_original: a.statement_original.as_deref(),
            credit_line: a.credit_line.as_deref(),
            rights: &a.rights,
            updated_at: now,
        }
    }
}

fn json_list<T: serde::de::DeserializeOwned>(column: &str, text: &str) -> Result<Vec<T>, ApiError> {
    serde_json::from_str(text)
        .map_err(|e| ApiError::internal(format!("stored {column} unreadable: {e}")))
}

impl ArtworkRow {
    /// The stored work's editable fields: what an update compares with.
    pub fn input(&self) -> Result<ArtworkInput, ApiError> {
        Ok(ArtworkInput {
            inventory_number: self.inventory_number.clone(),
            slug: Some(self.slug.clone()),
            title: self.title.clone(),
            title_original: self.title_original.clone(),
            original_language: self.original_language.clone(),
            makers: json_list("makers", &self.makers)?,
            object_type: crate::stored(&self.object_type)?,
            origin_country: self.origin_country.clone(),
            culture: self.culture.clone(),
            period: self.period.clone(),
            date_text: self.date_text.clone(),
            year_begin: self.year_begin,
            year_end: self.year_end,
            materials: json_list("materials", &self.materials)?,
            technique: self.technique.clone(),
            dimensions: self.dimensions.clone(),
            description: self.description.clone(),
            description_original: self.description_original.clone(),
            statement: vcm_shared::clean(Some(self.statement.clone())),
            statement_original: self.statement_original.clone(),
            credit_line: self.credit_line.clone(),
            rights: self.rights.clone(),
        })
    }

    /// The work in lists, with its primary image's thumbnail from `thumbs`
    /// (see [`images::thumbs`]).
    pub fn summary(
        &self,
        museum: &MuseumRow,
        countries: &CountryNames,
        thumbs: &HashMap<i64, ImageThumb>,
    ) -> Result<ArtworkSummary, ApiError> {
        let makers: Vec<Maker> = json_list("makers", &self.makers)?;
        Ok(ArtworkSummary {
            slug: self.slug.clone(),
            title: self.title.clone(),
            title_original: self.title_original.clone(),
            original_language: self.original_language.clone(),
            museum: museum.to_ref(countries),
            object_type: crate::stored(&self.object_type)?,
            origin_country: self.origin_country.clone(),
            date_text: self.date_text.clone(),
            makers: makers.into_iter().map(|m| m.name).collect(),
            image: thumbs.get(&self.id).cloned(),
        })
    }

    /// The full record with these images; a published work with one ready
    /// links its IIIF manifest.
    pub fn into_wire(
        self,
        museum: &MuseumRow,
        countries: &CountryNames,
        images: Vec<ArtworkImage>,
    ) -> Result<Artwork, ApiError> {
        let manifest = (self.status == WorkStatus::Published.as_str()
            && images
                .iter()
                .any(|i| i.state == vcm_shared::ImageState::Ready))
        .then(|| format!("/iiif/3/manifests/{}", self.slug));
        Ok(Artwork {
            images,
            manifest,
            museum: museum.to_ref(countries),
            makers: json_list("makers", &self.makers)?,
            materials: json_list("materials", &self.materials)?,
            object_type: crate::stored(&self.object_type)?,
            status: crate::stored(&self.status)?,
            origin_country: self
                .origin_country
                .as_deref()
                .map(|c| countries.reference(c)),
            created_at: crate::utc(self.created_at),
            updated_at: crate::utc(self.updated_at),
            slug: self.slug,
            inventory_number: self.inventory_number,
            title: self.title,
            title_original: self.title_original,
            original_language: self.original_language,
            culture: self.culture,
            period: self.period,
            date_text: self.date_text,
            year_begin: self.year_begin,
            year_end: self.year_end,
            technique: self.technique,
            dimensions: self.dimensions,
            description: self.description,
            description_original: self.description_original,
            statement: self.statement,
            statement_original: self.statement_original,
            credit_line: self.credit_line,
            rights: self.rights,
        })
    }
}

/// The full record of a work with its images: every image when `all` (its
/// museum's view), else only the ready ones (the public's).
pub fn with_images(
    conn: &mut DbConnection,
    row: ArtworkRow,
    museum: &MuseumRow,
    countries: &CountryNames,
    all: bool,
) -> Result<Artwork, ApiError> {
    let images = images::of_artwork(conn, row.id, all)?
        .into_iter()
        .map(|i| i.into_wire(&row.rights))
        .collect::<Result<Vec<_>, _>>()?;
    row.into_wire(museum, countries, images)
}

/// The summaries of those of these works that are published, by id.
pub fn summaries_by_id(
    conn: &mut DbConnection,
    ids: &[i64],
) -> Result<BTreeMap<i64, ArtworkSummary>, ApiError> {
    let rows: Vec<(ArtworkRow, MuseumRow)> = artworks::table
        .inner_join(museums::table)
        .filter(artworks::id.eq_any(ids))
        .select((ArtworkRow::as_select(), MuseumRow::as_select()))
        .load(conn)?;
    let names = CountryNames::load(conn)?;
    let thumbs = images::thumbs(conn, ids)?;
    // Filtered here, not in SQL: with the status in the query, SQLite walks the
    // status index over every published work instead of looking up the ids.
    let published = vcm_shared::WorkStatus::Published.as_str();
    rows.iter()
        .filter(|(a, _)| a.status == published)
        .map(|(a, m)| Ok((a.id, a.summary(m, &names, &thumbs)?)))
        .collect()
}

/// The caller's work with this slug; another museum's is not found.
pub fn own_artwork(
    conn: &mut DbConnection,
    museum_id: i64,
    slug: &str,
) -> Result<ArtworkRow, ApiError> {
    artworks::table
        .filter(artworks::slug.eq(slug))
        .filter(artworks::museum_id.eq(museum_id))
        .select(ArtworkRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::not_yours("work", slug))
}

/// A work as its museum sees it.
pub fn partner_wire(
    conn: &mut DbConnection,
    row: ArtworkRow,
    museum: &MuseumRow,
    countries: &CountryNames,
) -> Result<PartnerArtwork, ApiError> {
    let version = row.version;
    let workflow = workflow::workflow(conn, &row)?;
    Ok(PartnerArtwork {
        artwork: with_images(conn, row, museum, countries, true)?,
        version,
        workflow,
    })
}
