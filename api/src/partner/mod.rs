//! The partner API: a museum's own profile and works, for its editors and its
//! machine clients, never another museum's. Every write bumps the record's
//! version (its ETag), records a search change and an audit entry, all in
//! one transaction.

pub mod import;
mod routes;

pub use routes::configure;

use chrono::Utc;
use diesel::prelude::*;
use serde_json::{Map, Value};
use vcm_shared::rules::MAX_SLUG_LEN;
use vcm_shared::{
    ArtworkInput, FieldCode, FieldError, Maker, MakerRole, ObjectType, RowOutcome, WorkStatus,
    text_field,
};

use crate::artworks::{ArtworkChanges, ArtworkRow};
use crate::audit::{self, Actor, Change};
use crate::changes::{self, Entity};
use crate::db::DbConnection;
use crate::db::schema::artworks;
use crate::error::ApiError;
use crate::museums::{CountryNames, MuseumRow};
use crate::slugify;

/// Short names of the rights statements, accepted as well as their URIs.
const RIGHTS_NAMES: [(&str, &str); 6] = [
    ("cc0", "http://creativecommons.org/publicdomain/zero/1.0/"),
    (
        "cc0 1.0",
        "http://creativecommons.org/publicdomain/zero/1.0/",
    ),
    (
        "cc0-1.0",
        "http://creativecommons.org/publicdomain/zero/1.0/",
    ),
    ("cc by 4.0", "http://creativecommons.org/licenses/by/4.0/"),
    ("cc-by-4.0", "http://creativecommons.org/licenses/by/4.0/"),
    (
        "cc by-sa 4.0",
        "http://creativecommons.org/licenses/by-sa/4.0/",
    ),
];

fn text(field: &str, v: &Value, errors: &mut Vec<FieldError>) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => {
            errors.push(FieldError::new(field, FieldCode::Invalid, "must be text"));
            None
        }
    }
}

fn list(field: &str, v: &Value, errors: &mut Vec<FieldError>) -> Vec<Value> {
    match v {
        Value::Null => Vec::new(),
        Value::Array(items) => items.clone(),
        Value::String(s) => s
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| Value::String(s.to_owned()))
            .collect(),
        _ => {
            errors.push(FieldError::new(
                field,
                FieldCode::Invalid,
                "must be a list, or text with items separated by `;`",
            ));
            Vec::new()
        }
    }
}

fn year(field: &str, v: &Value, errors: &mut Vec<FieldError>) -> Option<i32> {
    let bad = |errors: &mut Vec<FieldError>| {
        errors.push(FieldError::new(
            field,
            FieldCode::Invalid,
            "must be a whole year, negative for BCE",
        ));
        None
    };
    match v {
        Value::Null => None,
        Value::Number(n) => match n.as_i64().and_then(|y| i32::try_from(y).ok()) {
            Some(y) => Some(y),
            None => bad(errors),
        },
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => match s.trim().parse() {
            Ok(y) => Some(y),
            Err(_) => bad(errors),
        },
        _ => bad(errors),
    }
}

/// Reads a record given as JSON fields (a request body, a JSON or NDJSON
/// record, or a CSV row as text) into an input, leniently: lists may be text
/// separated by `;`, makers plain names, years text, countries English names,
/// rights their short names. With `ignore_unknown`, fields the record does
/// not have are skipped instead of refused.
pub fn parse_artwork(
    record: &Map<String, Value>,
    countries: &CountryNames,
    ignore_unknown: bool,
) -> Result<ArtworkInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut input = ArtworkInput::default();
    let mut has_type = false;
    for (key, v) in record {
        let e = &mut errors;
        if let Some(field) = text_field(key) {
            *(field.slot)(&mut input) = text(key, v, e);
            continue;
        }
        match key.as_str() {
            "slug" => input.slug = text(key, v, e),
            "title" => input.title = text(key, v, e).unwrap_or_default(),
            "year_begin" => input.year_begin = year(key, v, e),
            "year_end" => input.year_end = year(key, v, e),
            "materials" => {
                for (i, m) in list(key, v, e).iter().enumerate() {
                    if let Some(m) = text(&format!("materials[{i}]"), m, e) {
                        input.materials.push(m);
                    }
                }
            }
            "makers" => {
                for (i, m) in list(key, v, e).into_iter().enumerate() {
                    match m {
                        Value::String(name) => input.makers.push(Maker {
                            name,
                            name_original: None,
                            role: MakerRole::Maker,
                            dates: None,
                        }),
                        other => match serde_json::from_value::<Maker>(other) {
                            Ok(maker) => input.makers.push(maker),
                            Err(err) => e.push(FieldError::new(
                                format!("makers[{i}]"),
                                FieldCode::Invalid,
                                format!("must be a name or a maker object: {err}"),
                            )),
                        },
                    }
                }
            }
            "object_type" => {
                has_type = true;
                if let Some(t) = text(key, v, e).filter(|t| !t.trim().is_empty()) {
                    let wire = t.trim().to_lowercase().replace([' ', '-'], "_");
                    match wire.parse::<ObjectType>() {
                        Ok(t) => input.object_type = t,
                        Err(err) => e.push(FieldError::new(
                            key,
                            FieldCode::UnknownValue,
                            err.to_string(),
                        )),
                    }
                } else {
                    has_type = false;
                }
            }
            "origin_country" => {
                if let Some(c) = text(key, v, e).filter(|c| !c.trim().is_empty()) {
                    match countries.code_for(&c) {
                        Some(code) => input.origin_country = Some(code),
                        None => e.push(FieldError::new(
                            key,
                            FieldCode::UnknownValue,
                            format!(
                                "{:?} is not a country the network lists (GET /api/v1/countries)",
                                c.trim()
                            ),
                        )),
                    }
                }
            }
            "rights" => {
                if let Some(r) = text(key, v, e) {
                    let lower = r.trim().to_lowercase();
                    input.rights = RIGHTS_NAMES
                        .iter()
                        .find(|(name, _)| *name == lower)
                        .map_or(r, |(_, uri)| (*uri).to_owned());
                }
            }
            "status" => {}
            _ if ignore_unknown => {}
            _ => e.push(FieldError::new(
                key,
                FieldCode::UnknownField,
                "is not a field of a work",
            )),
        }
    }
    if !has_type && !errors.iter().any(|e| e.field == "object_type") {
        errors.push(FieldError::new(
            "object_type",
            FieldCode::Required,
            "an object type is required",
        ));
    }
    let input = input.normalised();
    errors.extend(input.problems());
    if errors.is_empty() {
        Ok(input)
    } else {
        errors.sort_by_key(|e| {
            ArtworkInput::fields()
                .iter()
                .position(|f| e.field.starts_with(f))
                .unwrap_or(usize::MAX)
        });
        errors.dedup_by(|a, b| a.field == b.field && a.code == b.code);
        Err(errors)
    }
}

fn slug_taken(conn: &mut DbConnection, slug: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        artworks::table.filter(artworks::slug.eq(slug)),
    ))
    .get_result(conn)
}

/// A free slug for a new work: the one asked for, or one made from the title
/// (with the inventory number, then a counter, when the title's is taken).
fn new_slug(
    conn: &mut DbConnection,
    input: &ArtworkInput,
    museum_slug: &str,
) -> Result<String, ApiError> {
    if let Some(slug) = &input.slug {
        if slug_taken(conn, slug)? {
            return Err(ApiError::validation(vec![FieldError::new(
                "slug",
                FieldCode::Duplicate,
                "another work has this slug",
            )]));
        }
        return Ok(slug.clone());
    }
    let mut base = slugify(&input.title, 60);
    if base.is_empty() {
        base = slugify(museum_slug, 40);
    }
    let mut candidates = vec![base.clone()];
    if let Some(inv) = &input.inventory_number {
        let inv = slugify(inv, 30);
        if !inv.is_empty() {
            candidates.push(format!("{base}-{inv}"));
        }
    }
    for candidate in candidates {
        if !slug_taken(conn, &candidate)? {
            return Ok(candidate);
        }
    }
    for n in 2.. {
        let candidate = format!("{base}-{n}");
        if candidate.len() <= MAX_SLUG_LEN && !slug_taken(conn, &candidate)? {
            return Ok(candidate);
        }
        if n > 10_000 {
            break;
        }
    }
    Ok(format!(
        "{base}-{}",
        crate::auth::random_token(6)
            .to_lowercase()
            .replace(['-', '_'], "x")
    ))
}

/// Checks a country of origin the input names is one the network lists.
fn check_country(input: &ArtworkInput, countries: &CountryNames) -> Result<(), ApiError> {
    match &input.origin_country {
        Some(c) if countries.name(c).is_none() => Err(ApiError::validation(vec![FieldError::new(
            "origin_country",
            FieldCode::UnknownValue,
            format!("{c} is not a country the network lists (GET /api/v1/countries)"),
        )])),
        _ => Ok(()),
    }
}

/// Creates a draft work for a museum.
pub fn create(
    conn: &mut DbConnection,
    museum: &MuseumRow,
    countries: &CountryNames,
    actor: &Actor,
    input: &ArtworkInput,
) -> Result<ArtworkRow, ApiError> {
    check_country(input, countries)?;
    let slug = new_slug(conn, input, &museum.slug)?;
    let now = Utc::now().naive_utc();
    diesel::insert_into(artworks::table)
        .values((
            ArtworkChanges::of(input, now),
            artworks::museum_id.eq(museum.id),
            artworks::slug.eq(&slug),
            artworks::status.eq(WorkStatus::Draft.as_str()),
            artworks::created_at.eq(now),
        ))
        .execute(conn)?;
    let row: ArtworkRow = artworks::table
        .filter(artworks::slug.eq(&slug))
        .select(ArtworkRow::as_select())
        .first(conn)?;
    changes::record(conn, Entity::Artwork, row.id)?;
    let after = row.input()?;
    audit::record(
        conn,
        actor,
        Change {
            action: "artwork.create",
            entity: "artwork",
            key: &row.slug,
            museum_id: Some(museum.id),
        },
        None::<&()>,
        Some(&after),
    )?;
    Ok(row)
}

/// Replaces a work's editable fields if they differ, when `expected` (from
/// `If-Match`) is the current version or absent.
pub fn update(
    conn: &mut DbConnection,
    row: ArtworkRow,
    countries: &CountryNames,
    actor: &Actor,
    input: &ArtworkInput,
    expected: Option<i64>,
) -> Result<(RowOutcome, ArtworkRow), ApiError> {
    if expected.is_some_and(|v| v != row.version) {
        return Err(ApiError::stale("work"));
    }
    if input.slug.as_ref().is_some_and(|s| *s != row.slug) {
        return Err(ApiError::validation(vec![FieldError::new(
            "slug",
            FieldCode::Invalid,
            "a work's slug is its address and cannot change",
        )]));
    }
    let mut input = input.clone();
    input.slug = Some(row.slug.clone());
    let before = row.input()?;
    if before == input {
        return Ok((RowOutcome::Unchanged, row));
    }
    check_country(&input, countries)?;
    // The version check and the write are one statement, so of two writers
    // holding the same version exactly one succeeds.
    let written = diesel::update(
        artworks::table
            .find(row.id)
            .filter(artworks::version.eq(row.version)),
    )
    .set((
        ArtworkChanges::of(&input, Utc::now().naive_utc()),
        artworks::version.eq(row.version + 1),
    ))
    .execute(conn)?;
    if written == 0 {
        return Err(ApiError::stale("work"));
    }
    changes::record(conn, Entity::Artwork, row.id)?;
    audit::record(
        conn,
        actor,
        Change {
            action: "artwork.update",
            entity: "artwork",
            key: &row.slug,
            museum_id: Some(row.museum_id),
        },
        Some(&before),
        Some(&input),
    )?;
    let row = artworks::table
        .find(row.id)
        .select(ArtworkRow::as_select())
        .first(conn)?;
    Ok((RowOutcome::Updated, row))
}

/// Creates or updates the museum's work with this inventory number.
pub fn upsert(
    conn: &mut DbConnection,
    museum: &MuseumRow,
    countries: &CountryNames,
    actor: &Actor,
    input: &ArtworkInput,
    expected: Option<i64>,
) -> Result<(RowOutcome, ArtworkRow), ApiError> {
    let number = input.inventory_number.as_deref().ok_or_else(|| {
        ApiError::validation(vec![FieldError::new(
            "inventory_number",
            FieldCode::Required,
            "an inventory number is required to create or update by it",
        )])
    })?;
    let existing: Option<ArtworkRow> = artworks::table
        .filter(artworks::museum_id.eq(museum.id))
        .filter(artworks::inventory_number.eq(number))
        .select(ArtworkRow::as_select())
        .first(conn)
        .optional()?;
    match existing {
        Some(row) => update(conn, row, countries, actor, input, expected),
        None if expected.is_some() => Err(ApiError::stale("work")),
        None => Ok((
            RowOutcome::Created,
            create(conn, museum, countries, actor, input)?,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lenient_records_read_lists_years_countries_and_rights() {
        let record: Map<String, Value> = serde_json::from_str(
            r#"{"title": " Tsuba ", "object_type": "Arms and armour", "makers": "Goto Ichijo; Workshop",
                "materials": "iron; gold", "year_begin": "1800", "year_end": 1850,
                "origin_country": "Japan", "rights": "CC0", "inventory_number": 42}"#,
        )
        .unwrap();
        let mut names = std::collections::HashMap::new();
        names.insert("JP".to_owned(), "Japan".to_owned());
        let countries = CountryNames::from_map(names);
        let a = parse_artwork(&record, &countries, false).unwrap();
        assert_eq!(a.title, "Tsuba");
        assert_eq!(a.object_type, ObjectType::ArmsAndArmour);
        assert_eq!(a.makers.len(), 2);
        assert_eq!(a.materials, ["iron", "gold"]);
        assert_eq!((a.year_begin, a.year_end), (Some(1800), Some(1850)));
        assert_eq!(a.origin_country.as_deref(), Some("JP"));
        assert_eq!(a.inventory_number.as_deref(), Some("42"));
        assert!(
            a.rights
                .starts_with("http://creativecommons.org/publicdomain/zero")
        );
    }

    #[test]
    fn bad_records_get_one_problem_per_field() {
        let record: Map<String, Value> = serde_json::from_str(
            r#"{"title": "", "object_type": "vase", "year_begin": "c. 1800",
                "origin_country": "Atlantis", "colour": "blue"}"#,
        )
        .unwrap();
        let errors = parse_artwork(&record, &CountryNames::default(), false).unwrap_err();
        let got: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
        assert_eq!(
            got,
            [
                ("title", FieldCode::Required),
                ("object_type", FieldCode::UnknownValue),
                ("origin_country", FieldCode::UnknownValue),
                ("year_begin", FieldCode::Invalid),
                ("rights", FieldCode::Required),
                ("colour", FieldCode::UnknownField),
            ]
        );
    }
}
