//! A corpus of VCM artworks made from the real museum records in
//! `../shared/data` (CC0; read there, never copied into the repository), for
//! relevance tests and benchmarks.

use std::path::PathBuf;
use std::time::Instant;

use diesel::prelude::*;
use serde::Deserialize;
use vcm_api::artworks::ArtworkChanges;
use vcm_api::db::DbConnection;
use vcm_api::db::schema::{artworks, museums};
use vcm_api::museums::NewMuseum;
use vcm_shared::{ArtworkInput, Maker, MakerRole};

/// One line of `artworks-cc0.jsonl` (the fields the corpus uses).
#[derive(Debug, Deserialize)]
pub struct Record {
    pub source_id: String,
    pub title: Option<String>,
    pub maker: Option<String>,
    pub culture: Option<String>,
    pub country: Option<String>,
    pub period: Option<String>,
    pub date_text: Option<String>,
    pub year_begin: Option<i32>,
    pub year_end: Option<i32>,
    pub medium: Option<String>,
    pub classification: Option<String>,
    pub dimensions: Option<String>,
    pub credit_line: Option<String>,
}

/// A tiny deterministic generator, so every run measures the same corpus and queries.
pub struct Lcg(pub u64);
impl Lcg {
    pub fn step(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.step() % n as u64) as usize
    }
}

pub fn iso(country: &str) -> Option<&'static str> {
    Some(match country {
        "Japan" => "JP",
        "China" => "CN",
        "India" => "IN",
        "Thailand" => "TH",
        "Pakistan" => "PK",
        "Korea" => "KR",
        "Cambodia" => "KH",
        "Philippines" => "PH",
        "Indonesia" => "ID",
        "Vietnam" => "VN",
        "Mongolia" => "MN",
        "Laos" => "LA",
        "Myanmar" => "MM",
        _ => return None,
    })
}

pub fn object_type(classification: &str) -> &'static str {
    let c = classification.to_lowercase();
    match () {
        _ if c.contains("print") => "print",
        _ if c.contains("arms") || c.contains("weapon") => "arms_and_armour",
        _ if c.contains("ceramic") => "ceramics",
        _ if c.contains("manuscript") || c.contains("book") => "manuscript",
        _ if c.contains("paint") || c.contains("drawing") => "painting",
        _ if c.contains("metal") => "metalwork",
        _ if c.contains("lacquer") => "lacquer",
        _ if c.contains("sculpt") || c.contains("stone") || c.contains("wood") => "sculpture",
        _ if c.contains("textile") || c.contains("costume") => "textile",
        _ if c.contains("jewel") || c.contains("gem") => "jewellery",
        _ if c.contains("photo") => "photograph",
        _ if c.contains("furniture") => "furniture",
        _ => "other",
    }
}

const MUSEUM_COUNTRIES: [&str; 20] = [
    "JP", "KR", "CN", "IN", "TH", "SG", "VN", "KH", "ID", "MY", "FR", "DE", "GB", "NL", "IT", "ES",
    "SE", "AT", "PL", "BE",
];
const SUFFIXES: [&str; 8] = [
    "",
    " (study)",
    " (second state)",
    " (variant)",
    ", pair",
    " (detail)",
    " (later impression)",
    " (fragment)",
];

/// The real records' file, `../shared/data` (or `VCM_SHARED_DATA`), as text.
fn data_file() -> Result<(PathBuf, String), String> {
    let path = crate::shared_data().join("artworks-cc0.jsonl");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok((path, text))
}

/// The real records, if they are there.
pub fn records() -> Result<Vec<Record>, String> {
    let (path, text) = data_file()?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).map_err(|e| format!("{}: {e}", path.display())))
        .collect()
}

/// The real records as a museum's NDJSON export would carry them: their own
/// column names (see [`EXPORT_MAPPING`]), the classification turned into our
/// object types, the licence as a short name, everything else as messy as it
/// is. Answers the file and how many records it holds.
pub fn export_ndjson() -> Result<(String, usize), String> {
    let (path, text) = data_file()?;
    let mut out = String::new();
    let mut n = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let mut r: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(line).map_err(|e| format!("{}: {e}", path.display()))?;
        let class = ["classification", "object_type"]
            .iter()
            .find_map(|k| r.get(*k).and_then(serde_json::Value::as_str))
            .unwrap_or("")
            .to_owned();
        r.insert("object_type".into(), object_type(&class).into());
        r.insert("license".into(), "CC0".into());
        out.push_str(&serde_json::to_string(&r).expect("a record serialises"));
        out.push('\n');
        n += 1;
    }
    Ok((out, n))
}

/// The import `mapping` for [`export_ndjson`]'s column names.
pub const EXPORT_MAPPING: &str = "inventory_number:accession_number,makers:maker,\
    origin_country:country,materials:medium,rights:license";

/// A record's years; 0–0 means undated in these sources.
pub fn dated(r: &Record) -> Option<(i32, i32)> {
    match (r.year_begin, r.year_end) {
        (Some(0), Some(0)) => None,
        (Some(b), Some(e)) => Some((b, e)),
        (Some(y), None) | (None, Some(y)) => Some((y, y)),
        (None, None) => None,
    }
}

/// Loads `n` published works made from the records into an empty database,
/// spread over `museums` museums: the records once as they are, then copies
/// with a variant title and shifted years. Writes no search changes: rebuild
/// the index (or record a vocabulary change) afterwards.
pub fn load(conn: &mut DbConnection, records: &[Record], n: usize, museums: usize) {
    let now = chrono::Utc::now().naive_utc();
    conn.transaction(|conn| {
        for m in 0..museums {
            let slug = format!("bench-museum-{m}");
            let name = format!("Bench Museum {m}");
            diesel::insert_into(museums::table)
                .values(NewMuseum {
                    slug: &slug,
                    name: &name,
                    name_local: None,
                    name_local_lang: None,
                    country_code: MUSEUM_COUNTRIES[m % MUSEUM_COUNTRIES.len()],
                    city: "City",
                    latitude: None,
                    longitude: None,
                    website: None,
                    description: "A museum of the benchmark corpus.",
                    member_since: None,
                    membership_status: "active",
                    masterpiece_quota: 25,
                    created_at: now,
                    updated_at: now,
                })
                .execute(conn)?;
        }
        diesel::QueryResult::Ok(())
    })
    .expect("museums load");
    let ids: Vec<i64> = museums::table
        .order(museums::id.asc())
        .select(museums::id)
        .load(conn)
        .unwrap();
    let mut rng = Lcg(7);
    let started = Instant::now();
    for chunk in (0..n).collect::<Vec<_>>().chunks(20_000) {
        conn.transaction(|conn| {
            for &k in chunk {
                let r = &records[k % records.len()];
                let copy = k / records.len();
                let title = format!(
                    "{}{}",
                    r.title.as_deref().unwrap_or("Untitled").trim(),
                    SUFFIXES[copy % SUFFIXES.len()]
                );
                let shift = if copy == 0 {
                    0
                } else {
                    rng.below(21) as i32 - 10
                };
                let makers = r
                    .maker
                    .iter()
                    .map(|m| Maker {
                        name: m.clone(),
                        name_original: None,
                        role: MakerRole::Artist,
                        dates: None,
                    })
                    .collect();
                let materials: Vec<String> = r
                    .medium
                    .as_deref()
                    .unwrap_or("")
                    .split([',', ';'])
                    .map(|m| m.trim().to_lowercase())
                    .filter(|m| !m.is_empty() && m.len() < 60)
                    .take(4)
                    .collect();
                let work = ArtworkInput {
                    inventory_number: Some(format!("{}-{copy}", r.source_id)),
                    statement: Some(format!(
                        "{title}, {}.",
                        r.culture.as_deref().unwrap_or("Asian")
                    )),
                    title,
                    makers,
                    object_type: object_type(r.classification.as_deref().unwrap_or(""))
                        .parse()
                        .expect("one of the network's types"),
                    origin_country: r.country.as_deref().and_then(iso).map(str::to_owned),
                    culture: r.culture.clone(),
                    period: r.period.clone(),
                    date_text: r.date_text.clone(),
                    year_begin: dated(r).map(|(b, _)| b + shift),
                    year_end: dated(r).map(|(_, e)| e + shift),
                    materials,
                    dimensions: r.dimensions.clone(),
                    description: r.medium.clone(),
                    credit_line: r.credit_line.clone(),
                    rights: if k % 5 == 0 {
                        "http://rightsstatements.org/vocab/InC/1.0/"
                    } else {
                        "http://creativecommons.org/publicdomain/zero/1.0/"
                    }
                    .to_owned(),
                    ..ArtworkInput::default()
                };
                diesel::insert_into(artworks::table)
                    .values((
                        ArtworkChanges::of(&work, now),
                        artworks::museum_id.eq(ids[(k * 7 + copy) % ids.len()]),
                        artworks::slug.eq(format!("w{k}")),
                        artworks::status.eq("published"),
                        artworks::created_at.eq(now + chrono::Duration::seconds(k as i64)),
                        artworks::published_at.eq(Some(now)),
                    ))
                    .execute(conn)?;
            }
            diesel::QueryResult::Ok(())
        })
        .expect("works load");
    }
    // Every third work has an image ready (its files are not made: only its record).
    diesel::sql_query(
        "INSERT INTO images (key, artwork_id, museum_id, position, is_primary, alt, state, \
         width, height, color, created_at, updated_at) \
         SELECT 'corpus-' || slug, id, museum_id, 1, TRUE, 'An image', 'ready', 1200, 800, \
         '#806040', created_at, updated_at FROM artworks \
         WHERE slug LIKE 'w%' AND CAST(substr(slug, 2) AS INTEGER) % 3 = 0",
    )
    .execute(conn)
    .expect("images load");
    eprintln!("  loaded {n} works in {:.1?}", started.elapsed());
}
