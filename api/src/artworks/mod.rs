//! The artwork: its stored row and the reads every part of the server shares
//! (the public record, the summaries of lists, a museum's own work), and its
//! images' rows.

pub mod images;
pub mod workflow;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use vcm_shared::{
    Artwork, ArtworkImage, ArtworkSummary, ImageThumb, Maker, PartnerArtwork, WorkStatus,
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

/// A work to store.
#[derive(Debug, Insertable)]
#[diesel(table_name = artworks)]
pub struct NewArtwork<'a> {
    pub museum_id: i64,
    pub inventory_number: Option<&'a str>,
    pub slug: &'a str,
    pub title: &'a str,
    pub title_original: Option<&'a str>,
    pub original_language: Option<&'a str>,
    pub makers: String,
    pub object_type: &'a str,
    pub origin_country: Option<&'a str>,
    pub culture: Option<&'a str>,
    pub period: Option<&'a str>,
    pub date_text: Option<&'a str>,
    pub year_begin: Option<i32>,
    pub year_end: Option<i32>,
    pub materials: String,
    pub technique: Option<&'a str>,
    pub dimensions: Option<&'a str>,
    pub description: Option<&'a str>,
    pub description_original: Option<&'a str>,
    pub statement: &'a str,
    pub statement_original: Option<&'a str>,
    pub credit_line: Option<&'a str>,
    pub rights: &'a str,
    pub status: &'a str,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub published_at: Option<NaiveDateTime>,
}

fn json_list<T: serde::de::DeserializeOwned>(column: &str, text: &str) -> Result<Vec<T>, ApiError> {
    serde_json::from_str(text)
        .map_err(|e| ApiError::internal(format!("stored {column} unreadable: {e}")))
}

impl ArtworkRow {
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
