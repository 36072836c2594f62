//! What partner museums send and read through the partner API and the web
//! app's partner pages: the editable fields of a work and of a museum, with
//! the rules they are checked against, and import jobs.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{FieldCode, FieldError};
use crate::model::{Artwork, Maker, Museum, ObjectType, UnknownValue, WorkStatus};
use crate::review::Workflow;
use crate::rules::{YEAR_RANGE, is_country_code, is_language_tag, is_rights_uri, is_slug};

/// The editable fields of a work. Text is trimmed and empty text counts as
/// absent. A draft may lack its masterpiece statement; nomination needs it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ArtworkInput {
    /// The museum's inventory (accession) number, unique within the museum; at most 100 characters.
    #[serde(default)]
    pub inventory_number: Option<String>,
    /// URL identifier, set once at creation; made from the title when absent.
    #[serde(default)]
    pub slug: Option<String>,
    /// Title in English; required, at most 300 characters.
    pub title: String,
    /// Title in the original language and script.
    #[serde(default)]
    pub title_original: Option<String>,
    /// BCP 47 tag of every `*_original` field, e.g. `ja`; required when one is given.
    #[serde(default)]
    pub original_language: Option<String>,
    /// Who made it, in order.
    #[serde(default)]
    pub makers: Vec<Maker>,
    /// The kind of object.
    pub object_type: ObjectType,
    /// The country of origin: an ISO 3166-1 alpha-2 code the network lists.
    #[serde(default)]
    pub origin_country: Option<String>,
    /// The culture of origin as written.
    #[serde(default)]
    pub culture: Option<String>,
    /// Period or dynasty label, e.g. `Edo period`.
    #[serde(default)]
    pub period: Option<String>,
    /// The date as written, e.g. `c. 1831`.
    #[serde(default)]
    pub date_text: Option<String>,
    /// The earliest year (negative for BCE), -10000 to 2100.
    #[serde(default)]
    pub year_begin: Option<i32>,
    /// The latest year (negative for BCE), not before `year_begin`.
    #[serde(default)]
    pub year_end: Option<i32>,
    /// Materials, at most 20 of at most 100 characters each.
    #[serde(default)]
    pub materials: Vec<String>,
    /// Technique as written.
    #[serde(default)]
    pub technique: Option<String>,
    /// Dimensions as written.
    #[serde(default)]
    pub dimensions: Option<String>,
    /// Description in English, at most 20,000 characters.
    #[serde(default)]
    pub description: Option<String>,
    /// Description in the original language.
    #[serde(default)]
    pub description_original: Option<String>,
    /// Why this work is a masterpiece, in English; needed to nominate it.
    #[serde(default)]
    pub statement: Option<String>,
    /// Why this work is a masterpiece, in the original language.
    #[serde(default)]
    pub statement_original: Option<String>,
    /// Credit line as the museum gives it.
    #[serde(default)]
    pub credit_line: Option<String>,
    /// Rights statement URI (CC0, CC BY 4.0, CC BY-SA 4.0 or rightsstatements.org).
    pub rights: String,
}

/// An optional text field of a work: its name, the longest value it takes
/// in characters, and where it is in an [`ArtworkInput`].
#[derive(Clone, Copy)]
pub struct TextField {
    pub name: &'static str,
    pub limit: usize,
    pub get: fn(&ArtworkInput) -> &Option<String>,
    pub slot: fn(&mut ArtworkInput) -> &mut Option<String>,
}

macro_rules! text_fields {
    ($($field:ident: $limit:expr),* $(,)?) => {
        [$(TextField {
            name: stringify!($field),
            limit: $limit,
            get: |a| &a.$field,
            slot: |a| &mut a.$field,
        }),*]
    };
}

/// The optional text fields of a work, which take any text up to a length.
pub const TEXT_FIELDS: [TextField; 13] = text_fields! {
    inventory_number: 100,
    title_original: 300,
    original_language: 300,
    culture: 200,
    period: 200,
    date_text: 200,
    technique: 300,
    dimensions: 300,
    description: 20_000,
    description_original: 20_000,
    statement: 5_000,
    statement_original: 5_000,
    credit_line: 500,
};

/// The longest English title, in characters.
pub const MAX_TITLE: usize = 300;

/// The text field of a work with this name.
pub fn text_field(name: &str) -> Option<&'static TextField> {
    TEXT_FIELDS.iter().find(|f| f.name == name)
}

/// Trims a text and turns empty text into `None`.
pub fn clean(text: Option<String>) -> Option<String> {
    text.and_then(|t| {
        let t = t.trim();
        (!t.is_empty()).then(|| t.to_owned())
    })
}

/// The names of a struct's fields as serde reads them, in their order.
pub fn field_names<T: serde::de::DeserializeOwned>() -> &'static [&'static str] {
    use serde::de::{self, Visitor};

    /// Carries the field names out of `deserialize_struct`.
    #[derive(Debug)]
    struct Names(&'static [&'static str]);
    impl std::fmt::Display for Names {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("field names")
        }
    }
    impl std::error::Error for Names {}
    impl de::Error for Names {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            Names(&[])
        }
    }
    struct Reader;
    impl<'de> de::Deserializer<'de> for Reader {
        type Error = Names;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Names> {
            Err(Names(&[]))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Names> {
            Err(Names(fields))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }
    match T::deserialize(Reader) {
        Err(Names(names)) => names,
        Ok(_) => &[],
    }
}

impl ArtworkInput {
    /// Every field's name, in the documented order: the columns of an import.
    pub fn fields() -> &'static [&'static str] {
        field_names::<Self>()
    }

    /// Whether an import's record may carry this field: a work's, or
    /// `status`, which a collection system's export may carry meaning nothing by it.
    pub fn is_column(name: &str) -> bool {
        name == "status" || Self::fields().contains(&name)
    }

    /// The same input with text trimmed and empty text absent, as it is stored.
    pub fn normalised(mut self) -> Self {
        for field in &TEXT_FIELDS {
            let slot = (field.slot)(&mut self);
            *slot = clean(slot.take());
        }
        Self {
            slug: clean(self.slug),
            title: self.title.trim().to_owned(),
            makers: self
                .makers
                .into_iter()
                .map(|m| Maker {
                    name: m.name.trim().to_owned(),
                    name_original: clean(m.name_original),
                    role: m.role,
                    dates: clean(m.dates),
                })
                .collect(),
            origin_country: clean(self.origin_country).map(|c| c.to_ascii_uppercase()),
            materials: self
                .materials
                .into_iter()
                .filter_map(|m| clean(Some(m)))
                .collect(),
            rights: self.rights.trim().to_owned(),
            ..self
        }
    }

    /// Everything wrong with a normalised input, field by field.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        let too_long = |field: &str, value: &str, limit: usize| {
            (value.chars().count() > limit).then(|| {
                FieldError::new(
                    field,
                    FieldCode::TooLong,
                    format!("must be at most {limit} characters"),
                )
            })
        };
        out.extend(too_long("title", &self.title, MAX_TITLE));
        for field in &TEXT_FIELDS {
            if let Some(v) = (field.get)(self) {
                out.extend(too_long(field.name, v, field.limit));
            }
        }
        if self.title.is_empty() {
            out.push(FieldError::new(
                "title",
                FieldCode::Required,
                "a title in English is required",
            ));
        }
        if let Some(slug) = &self.slug
            && !is_slug(slug)
        {
            out.push(FieldError::new(
                "slug",
                FieldCode::Invalid,
                "must be lower-case letters and digits in words joined by single hyphens, at most 80 characters",
            ));
        }
        match &self.original_language {
            Some(tag) if !is_language_tag(tag) => out.push(FieldError::new(
                "original_language",
                FieldCode::Invalid,
                "must be a BCP 47 language tag such as ja or zh-Hant",
            )),
            None if TEXT_FIELDS
                .iter()
                .any(|f| f.name.ends_with("_original") && (f.get)(self).is_some()) =>
            {
                out.push(FieldError::new(
                    "original_language",
                    FieldCode::Required,
                    "is required when a text in the original language is given",
                ));
            }
            _ => {}
        }
        for (i, m) in self.makers.iter().enumerate() {
            if m.name.is_empty() {
                out.push(FieldError::new(
                    format!("makers[{i}].name"),
                    FieldCode::Required,
                    "a maker needs a name",
                ));
            } else if m.name.chars().count() > 200 {
                out.push(FieldError::new(
                    format!("makers[{i}].name"),
                    FieldCode::TooLong,
                    "must be at most 200 characters",
                ));
            }
        }
        if self.makers.len() > 20 {
            out.push(FieldError::new(
                "makers",
                FieldCode::TooLong,
                "at most 20 makers",
            ));
        }
        if let Some(c) = &self.origin_country
            && !is_country_code(c)
        {
            out.push(FieldError::new(
                "origin_country",
                FieldCode::Invalid,
                "must be an ISO 3166-1 alpha-2 code such as JP",
            ));
        }
        for (field, year) in [("year_begin", self.year_begin), ("year_end", self.year_end)] {
            if let Some(y) = year
                && !YEAR_RANGE.contains(&y)
            {
                out.push(FieldError::new(
                    field,
                    FieldCode::OutOfRange,
                    format!(
                        "must be between {} and {}",
                        YEAR_RANGE.start(),
                        YEAR_RANGE.end()
                    ),
                ));
            }
        }
        if let (Some(b), Some(e)) = (self.year_begin, self.year_end)
            && b > e
        {
            out.push(FieldError::new(
                "year_end",
                FieldCode::OutOfRange,
                "must not be before year_begin",
            ));
        }
        if self.materials.len() > 20 {
            out.push(FieldError::new(
                "materials",
                FieldCode::TooLong,
                "at most 20 materials",
            ));
        }
        if let Some(i) = self.materials.iter().position(|m| m.chars().count() > 100) {
            out.push(FieldError::new(
                format!("materials[{i}]"),
                FieldCode::TooLong,
                "must be at most 100 characters",
            ));
        }
        if self.rights.is_empty() {
            out.push(FieldError::new(
                "rights",
                FieldCode::Required,
                "a rights statement is required",
            ));
        } else if !is_rights_uri(&self.rights) {
            out.push(FieldError::new(
                "rights",
                FieldCode::UnknownValue,
                "must be the URI of CC0 1.0, CC BY 4.0, CC BY-SA 4.0 or a rightsstatements.org statement",
            ));
        }
        out
    }
}

impl From<&Artwork> for ArtworkInput {
    /// A stored work's editable fields: what its editors start from.
    fn from(a: &Artwork) -> Self {
        Self {
            inventory_number: a.inventory_number.clone(),
            slug: Some(a.slug.clone()),
            title: a.title.clone(),
            title_original: a.title_original.clone(),
            original_language: a.original_language.clone(),
            makers: a.makers.clone(),
            object_type: a.object_type,
            origin_country: a.origin_country.as_ref().map(|c| c.code.clone()),
            culture: a.culture.clone(),
            period: a.period.clone(),
            date_text: a.date_text.clone(),
            year_begin: a.year_begin,
            year_end: a.year_end,
            materials: a.materials.clone(),
            technique: a.technique.clone(),
            dimensions: a.dimensions.clone(),
            description: a.description.clone(),
            description_original: a.description_original.clone(),
            statement: clean(Some(a.statement.clone())),
            statement_original: a.statement_original.clone(),
            credit_line: a.credit_line.clone(),
            rights: a.rights.clone(),
        }
    }
}

/// A museum's profile as its editors may change it. The country, the slug and
/// the membership are the secretariat's.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MuseumInput {
    /// Name in English, at most 200 characters.
    pub name: String,
    /// Name in the museum's own language and script.
    #[serde(default)]
    pub name_local: Option<String>,
    /// BCP 47 tag of `name_local`; required with it.
    #[serde(default)]
    pub name_local_lang: Option<String>,
    /// The city, at most 100 characters.
    pub city: String,
    /// Latitude in decimal degrees, -90 to 90.
    #[serde(default)]
    pub latitude: Option<f64>,
    /// Longitude in decimal degrees, -180 to 180.
    #[serde(default)]
    pub longitude: Option<f64>,
    /// The museum's website, an `https://` or `http://` address.
    #[serde(default)]
    pub website: Option<String>,
    /// A short description in English, 1 to 5,000 characters.
    pub description: String,
}

impl MuseumInput {
    /// The same input with text trimmed and empty text absent.
    pub fn normalised(self) -> Self {
        Self {
            name: self.name.trim().to_owned(),
            name_local: clean(self.name_local),
            name_local_lang: clean(self.name_local_lang),
            city: self.city.trim().to_owned(),
            latitude: self.latitude,
            longitude: self.longitude,
            website: clean(self.website),
            description: self.description.trim().to_owned(),
        }
    }

    /// Everything wrong with a normalised input, field by field.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        let mut text = |field: &str, value: &str, max: usize| {
            if value.is_empty() {
                out.push(FieldError::new(field, FieldCode::Required, "is required"));
            } else if value.chars().count() > max {
                out.push(FieldError::new(
                    field,
                    FieldCode::TooLong,
                    format!("must be at most {max} characters"),
                ));
            }
        };
        text("name", &self.name, 200);
        text("city", &self.city, 100);
        text("description", &self.description, 5_000);
        if let Some(n) = &self.name_local {
            text("name_local", n, 200);
        }
        match (&self.name_local, &self.name_local_lang) {
            (_, Some(tag)) if !is_language_tag(tag) => out.push(FieldError::new(
                "name_local_lang",
                FieldCode::Invalid,
                "must be a BCP 47 language tag such as ko",
            )),
            (Some(_), None) => out.push(FieldError::new(
                "name_local_lang",
                FieldCode::Required,
                "is required with name_local",
            )),
            _ => {}
        }
        if self.latitude.is_some_and(|l| !(-90.0..=90.0).contains(&l)) {
            out.push(FieldError::new(
                "latitude",
                FieldCode::OutOfRange,
                "must be between -90 and 90",
            ));
        }
        if self
            .longitude
            .is_some_and(|l| !(-180.0..=180.0).contains(&l))
        {
            out.push(FieldError::new(
                "longitude",
                FieldCode::OutOfRange,
                "must be between -180 and 180",
            ));
        }
        if let Some(w) = &self.website
            && (!(w.starts_with("https://") || w.starts_with("http://"))
                || w.len() > 300
                || w.chars().any(char::is_whitespace))
        {
            out.push(FieldError::new(
                "website",
                FieldCode::Invalid,
                "must be an http:// or https:// address of at most 300 characters",
            ));
        }
        out
    }
}

/// How many of a museum's works are in each status.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusCounts {
    /// Works being prepared.
    pub draft: i64,
    /// Works nominated and waiting for the secretariat.
    pub in_review: i64,
    /// Works sent back by the secretariat for changes.
    pub changes_requested: i64,
    /// Works visible to the public.
    pub published: i64,
    /// Works the secretariat did not accept.
    pub rejected: i64,
    /// Works taken back.
    pub withdrawn: i64,
}

impl StatusCounts {
    /// Adds `n` works in `status`.
    pub fn add(&mut self, status: WorkStatus, n: i64) {
        let count = match status {
            WorkStatus::Draft => &mut self.draft,
            WorkStatus::InReview => &mut self.in_review,
            WorkStatus::ChangesRequested => &mut self.changes_requested,
            WorkStatus::Rejected => &mut self.rejected,
            WorkStatus::Published => &mut self.published,
            WorkStatus::Withdrawn => &mut self.withdrawn,
        };
        *count += n;
    }
}

/// The caller's museum: its profile, its version, and its works against its quota.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerMuseum {
    /// The public profile.
    pub museum: Museum,
    /// The profile's version, also sent as its `ETag`.
    pub version: i64,
    /// How many works may be published or in review at once.
    pub quota: i32,
    /// The museum's works by status.
    pub counts: StatusCounts,
}

/// Every museum as the secretariat sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerMuseumList {
    /// The museums, by English name.
    pub items: Vec<PartnerMuseum>,
}

/// A work as its museum sees it, in any status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerArtwork {
    /// The full record.
    #[serde(flatten)]
    pub artwork: Artwork,
    /// The record's version, also sent as its `ETag`; send it back as `If-Match`.
    pub version: i64,
    /// Its nomination, the secretariat's latest decision and its withdrawal.
    pub workflow: Workflow,
}

/// A line of the partner's list of works.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerArtworkItem {
    /// URL identifier.
    pub slug: String,
    /// The museum's inventory number.
    pub inventory_number: Option<String>,
    /// Title in English.
    pub title: String,
    /// The kind of object.
    pub object_type: ObjectType,
    /// Where the work stands in the publication workflow.
    pub status: WorkStatus,
    /// The record's version.
    pub version: i64,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

/// A page of the museum's works, most recently changed first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerArtworkPage {
    /// The works.
    pub items: Vec<PartnerArtworkItem>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// Whether an upsert created the work or changed an existing one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpsertResult {
    /// `created`, `updated` or `unchanged`.
    pub outcome: RowOutcome,
    /// The work as stored now.
    pub artwork: PartnerArtwork,
}

string_enum! {
    /// What an import did with one record.
    RowOutcome {
        /// A new work was created.
        Created = "created",
        /// An existing work (same inventory number) was changed.
        Updated = "updated",
        /// An existing work already held exactly these values.
        Unchanged = "unchanged",
        /// The record was not imported; see its problems.
        Failed = "failed",
    }
}

string_enum! {
    /// The file formats an import reads.
    ImportFormat {
        /// Comma-separated values with a header row (RFC 4180), UTF-8.
        Csv = "csv",
        /// One JSON array of records.
        Json = "json",
        /// One JSON record a line.
        Ndjson = "ndjson",
    }
}

string_enum! {
    /// Where an import job stands.
    ImportStatus {
        /// Received, waiting to run.
        Queued = "queued",
        /// Reading records; `rows_read` grows.
        Running = "running",
        /// Every record was read; see the counts and rows.
        Done = "done",
        /// The file could not be read to the end (see `error`); records before
        /// the fault keep their outcome.
        Failed = "failed",
    }
}

/// An import: its progress and its counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportJob {
    /// The job's id.
    pub id: i64,
    /// Where the job stands.
    pub status: ImportStatus,
    /// The file's format.
    pub format: ImportFormat,
    /// A dry run validates and counts, and changes nothing.
    pub dry_run: bool,
    /// The size of the file received.
    pub bytes: i64,
    /// Records read so far.
    pub rows_read: i64,
    /// Records that created a work (or would, in a dry run).
    pub created: i64,
    /// Records that changed a work (or would).
    pub updated: i64,
    /// Records identical to the work already stored.
    pub unchanged: i64,
    /// Records not imported; each is listed with its problems.
    pub failed: i64,
    /// Why the file could not be read to the end, if it could not.
    pub error: Option<String>,
    /// When the job was received.
    pub created_at: DateTime<Utc>,
    /// When the job finished.
    pub finished_at: Option<DateTime<Utc>>,
}

/// The jobs of a museum, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportJobList {
    /// The jobs.
    pub items: Vec<ImportJob>,
}

/// One record of an import and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportRow {
    /// The record's position in the file, from 1 (the CSV header is not counted).
    pub row: i64,
    /// The line it starts on, for CSV and NDJSON.
    pub line: Option<i64>,
    /// Its inventory number, if it had one.
    pub inventory_number: Option<String>,
    /// What the import did with it.
    pub outcome: RowOutcome,
    /// The work's slug, for records imported.
    pub slug: Option<String>,
    /// Why it failed, field by field.
    pub problems: Vec<FieldError>,
}

/// A page of an import's rows, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportRowPage {
    /// The rows.
    pub items: Vec<ImportRow>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ArtworkInput {
        ArtworkInput {
            title: " The Great Wave ".into(),
            object_type: ObjectType::Print,
            rights: "http://creativecommons.org/publicdomain/zero/1.0/".into(),
            ..ArtworkInput::default()
        }
    }

    #[test]
    fn a_minimal_work_is_valid_once_normalised() {
        let a = input().normalised();
        assert_eq!(a.title, "The Great Wave");
        assert!(a.problems().is_empty(), "{:?}", a.problems());
    }

    #[test]
    fn problems_name_the_field_and_kind() {
        let a = ArtworkInput {
            title: "  ".into(),
            title_original: Some("神奈川沖浪裏".into()),
            year_begin: Some(1900),
            year_end: Some(1800),
            rights: "all rights reserved".into(),
            slug: Some("Not A Slug".into()),
            ..input()
        }
        .normalised();
        let got: Vec<_> = a
            .problems()
            .into_iter()
            .map(|p| (p.field, p.code))
            .collect();
        assert_eq!(
            got,
            vec![
                ("title".into(), FieldCode::Required),
                ("slug".into(), FieldCode::Invalid),
                ("original_language".into(), FieldCode::Required),
                ("year_end".into(), FieldCode::OutOfRange),
                ("rights".into(), FieldCode::UnknownValue),
            ]
        );
    }

    #[test]
    fn the_fields_are_the_structs_in_order() {
        let fields = ArtworkInput::fields();
        assert_eq!(fields.len(), 22);
        assert_eq!(fields[0], "inventory_number");
        assert_eq!(fields[21], "rights");
        for text in &TEXT_FIELDS {
            assert!(fields.contains(&text.name), "{}", text.name);
        }
        let mut a = input();
        *(text_field("culture").unwrap().slot)(&mut a) = Some("  Edo ".into());
        assert_eq!(a.normalised().culture.as_deref(), Some("Edo"));
    }

    #[test]
    fn a_museum_needs_a_language_for_its_local_name() {
        let m = MuseumInput {
            name: "Museum".into(),
            city: "Seoul".into(),
            description: "A museum.".into(),
            name_local: Some("박물관".into()),
            website: Some("ftp://x".into()),
            ..MuseumInput::default()
        }
        .normalised();
        let fields: Vec<_> = m.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["name_local_lang", "website"]);
    }
}
