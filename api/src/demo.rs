//! The demo collection: real museums and masterpieces they hold, with texts
//! written by the VCM team. Loaded by `vcm serve --demo` into an empty database,
//! with images drawn by `vcm_pixels::patterns` (see [`add_images`]).

use chrono::Utc;
use diesel::prelude::*;
use serde::Deserialize;
use vcm_shared::rules::{is_country_code, is_language_tag, is_slug};
use vcm_shared::{ArtworkInput, MembershipStatus, WorkStatus};

use crate::artworks::ArtworkChanges;
use crate::config::Config;
use crate::db::schema::{artworks, images, museums};
use crate::db::{DbConnection, Pool};
use crate::media::pixels::patterns::Pattern;
use crate::media::pixels::{Format, encode};
use crate::media::{Storage, original_key};
use crate::museums::NewMuseum;

/// The demo's accounts, for trying the partner pages and the API on a demo
/// server; created only with the demo collection, in an empty database.
pub const DEMO_ACCOUNTS: [(&str, Option<&str>); 2] = [
    ("admin@demo.vcm.invalid", None),
    ("editor@demo.vcm.invalid", Some("national-museum-of-korea")),
];
/// Their password (a demo server is not for real data).
pub const DEMO_PASSWORD: &str = "demo-password-vcm";

const MUSEUMS: &str = include_str!("../demo/museums.json");
const ARTWORKS: &str = include_str!("../demo/artworks.json");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoMuseum {
    pub slug: String,
    pub name: String,
    pub name_local: Option<String>,
    pub name_local_lang: Option<String>,
    pub country: String,
    pub city: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub website: Option<String>,
    pub description: String,
    pub member_since: Option<i32>,
    pub membership_status: MembershipStatus,
}

/// A demo work: its museum, its status, and its fields as a partner sends them.
#[derive(Debug, Deserialize)]
pub struct DemoArtwork {
    pub museum: String,
    pub status: WorkStatus,
    #[serde(flatten)]
    pub work: ArtworkInput,
}

/// The demo collection, parsed and checked against the network's rules.
pub fn collection() -> Result<(Vec<DemoMuseum>, Vec<DemoArtwork>), String> {
    let museums: Vec<DemoMuseum> =
        serde_json::from_str(MUSEUMS).map_err(|e| format!("demo/museums.json: {e}"))?;
    let artworks: Vec<DemoArtwork> =
        serde_json::from_str(ARTWORKS).map_err(|e| format!("demo/artworks.json: {e}"))?;
    let mut problems = Vec::new();
    for m in &museums {
        if !is_slug(&m.slug) || !is_country_code(&m.country) {
            problems.push(format!("museum {:?}: bad slug or country", m.slug));
        }
        if m.name_local_lang
            .as_deref()
            .is_some_and(|l| !is_language_tag(l))
        {
            problems.push(format!("museum {:?}: bad name_local_lang", m.slug));
        }
    }
    for a in &artworks {
        let slug = a.work.slug.as_deref().unwrap_or_default();
        let mut bad = |what: &str| problems.push(format!("artwork {slug:?}: {what}"));
        if a.work.slug.is_none() || a.work.statement.is_none() {
            bad("no slug or statement");
        }
        if !museums.iter().any(|m| m.slug == a.museum) {
            bad("unknown museum");
        }
        for p in a.work.clone().normalised().problems() {
            bad(&format!("{}: {}", p.field, p.message));
        }
    }
    if problems.is_empty() {
        Ok((museums, artworks))
    } else {
        Err(format!(
            "the demo collection breaks the rules:\n{}",
            problems.join("\n")
        ))
    }
}

/// Loads the demo collection if the database holds no museum yet, giving each
/// museum `quota` (the `VCM_MASTERPIECE_QUOTA` setting); returns whether it did.
pub fn load_if_empty(conn: &mut DbConnection, quota: u32) -> Result<bool, String> {
    let (demo_museums, demo_artworks) = collection()?;
    conn.transaction(|conn| {
        let existing: i64 = museums::table.count().get_result(conn)?;
        if existing > 0 {
            return Ok(false);
        }
        let now = Utc::now().naive_utc();
        for m in &demo_museums {
            diesel::insert_into(museums::table)
                .values(NewMuseum {
                    slug: &m.slug,
                    name: &m.name,
                    name_local: m.name_local.as_deref(),
                    name_local_lang: m.name_local_lang.as_deref(),
                    country_code: &m.country,
                    city: &m.city,
                    latitude: m.latitude,
                    longitude: m.longitude,
                    website: m.website.as_deref(),
                    description: &m.description,
                    member_since: m.member_since,
                    membership_status: m.membership_status.as_str(),
                    masterpiece_quota: quota as i32,
                    created_at: now,
                    updated_at: now,
                })
                .execute(conn)?;
        }
        let ids: std::collections::HashMap<String, i64> = museums::table
            .select((museums::slug, museums::id))
            .load::<(String, i64)>(conn)?
            .into_iter()
            .collect();
        for a in &demo_artworks {
            let slug = a.work.slug.as_deref().unwrap_or_default();
            diesel::insert_into(artworks::table)
                .values((
                    ArtworkChanges::of(&a.work, now),
                    artworks::museum_id.eq(ids[&a.museum]),
                    artworks::slug.eq(slug),
                    artworks::status.eq(a.status.as_str()),
                    artworks::created_at.eq(now),
                    artworks::published_at.eq((a.status == WorkStatus::Published).then_some(now)),
                ))
                .execute(conn)?;
            let id = artworks::table
                .filter(artworks::slug.eq(slug))
                .select(artworks::id)
                .first(conn)?;
            crate::changes::record(conn, crate::changes::Entity::Artwork, id)?;
        }
        let hash = crate::auth::hash_password(DEMO_PASSWORD)
            .map_err(|_| diesel::result::Error::RollbackTransaction)?;
        for (email, museum) in DEMO_ACCOUNTS {
            let (role, museum_id) = match museum {
                Some(slug) => (vcm_shared::Role::Editor, Some(ids[slug])),
                None => (vcm_shared::Role::Admin, None),
            };
            let name = if museum.is_some() {
                "Demo editor"
            } else {
                "Demo admin"
            };
            crate::auth::routes::create_user(
                conn,
                email,
                name,
                role,
                museum_id,
                Some(hash.clone()),
            )
            .map_err(|_| diesel::result::Error::RollbackTransaction)?;
        }
        Ok(true)
    })
    .map_err(|e: diesel::result::Error| format!("cannot load the demo collection: {e}"))
}

/// The long side of the demo's images, in pixels: four levels of deep zoom.
const IMAGE_SIZE: u32 = 2400;

/// The rights of the demo's images: they are ours, and we waive them.
const IMAGE_RIGHTS: &str = "http://creativecommons.org/publicdomain/zero/1.0/";

/// Gives the first published work of each demo museum, and of each kind of
/// object, an image drawn by `vcm_pixels::patterns`, stored as an upload is and
/// left `processing` for the image worker to make its renditions. Called once
/// the demo collection is loaded; returns how many images it added.
pub async fn add_images(config: &Config, pool: &Pool) -> Result<usize, String> {
    let storage = Storage::open(config)?;
    let (_, demo_artworks) = collection()?;
    let mut museums_seen = std::collections::HashSet::new();
    let mut kinds_seen = std::collections::HashSet::new();
    let chosen: Vec<DemoArtwork> = demo_artworks
        .into_iter()
        .filter(|a| a.status == WorkStatus::Published)
        // Both, not either: each set must see every work.
        .filter(|a| museums_seen.insert(a.museum.clone()) | kinds_seen.insert(a.work.object_type))
        .collect();
    let patterns: Vec<Pattern> = chosen
        .iter()
        .map(|w| pattern_for(w.work.object_type, &w.work.materials))
        .collect();
    let drawn = {
        let patterns = patterns.clone();
        tokio::task::spawn_blocking(move || draw_all(&patterns))
            .await
            .map_err(|e| format!("drawing the demo images: {e}"))?
    };
    let mut conn = pool
        .get()
        .map_err(|e| format!("database unavailable: {e}"))?;
    for ((work, pattern), jpeg) in chosen.iter().map(|d| &d.work).zip(patterns).zip(drawn) {
        let slug = work.slug.as_deref().unwrap_or_default();
        let key = crate::auth::random_token(16);
        let bytes = jpeg.len() as i64;
        storage
            .put(&original_key(&key), jpeg.into())
            .await
            .map_err(|e| format!("storing a demo image: {e}"))?;
        let (artwork_id, museum_id): (i64, i64) = artworks::table
            .filter(artworks::slug.eq(slug))
            .select((artworks::id, artworks::museum_id))
            .first(&mut conn)
            .map_err(|e| format!("the demo work {slug}: {e}"))?;
        let now = Utc::now().naive_utc();
        diesel::insert_into(images::table)
            .values((
                images::key.eq(&key),
                images::artwork_id.eq(artwork_id),
                images::museum_id.eq(museum_id),
                images::position.eq(1),
                images::is_primary.eq(true),
                images::alt.eq(format!(
                    "A generated pattern of {}, standing in for a photograph of {}",
                    pattern.describe(),
                    work.title
                )),
                images::caption.eq(
                    "A stand-in: the demo shows a pattern VCM drew, not a photograph of the work.",
                ),
                images::credit.eq("Pattern drawn by VCM for the demo"),
                images::rights.eq(IMAGE_RIGHTS),
                images::state.eq(vcm_shared::ImageState::Processing.as_str()),
                images::media_type.eq("image/jpeg"),
                images::bytes.eq(bytes),
                images::created_at.eq(now),
                images::updated_at.eq(now),
            ))
            .execute(&mut conn)
            .map_err(|e| format!("recording a demo image: {e}"))?;
    }
    Ok(chosen.len())
}

/// Draws the patterns as JPEGs, on as many threads as there are cores.
fn draw_all(patterns: &[Pattern]) -> Vec<Vec<u8>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per_thread = patterns.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let chunks: Vec<_> = (1..)
            .step_by(per_thread)
            .zip(patterns.chunks(per_thread))
            .map(|(first_seed, chunk)| {
                scope.spawn(move || {
                    (first_seed..)
                        .zip(chunk)
                        .map(|(seed, p)| encode(&p.draw(IMAGE_SIZE, seed), Format::Jpg))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        chunks
            .into_iter()
            .flat_map(|c| c.join().expect("drawing does not panic"))
            .collect()
    })
}

/// The pattern for a work of this kind and these materials.
fn pattern_for(object_type: vcm_shared::ObjectType, materials: &[String]) -> Pattern {
    let of = |word: &str| materials.iter().any(|m| m.contains(word));
    use vcm_shared::ObjectType;
    match object_type {
        ObjectType::Ceramics => Pattern::Crackle,
        ObjectType::Print | ObjectType::Textile | ObjectType::Lacquer => Pattern::Waves,
        ObjectType::Painting | ObjectType::Calligraphy | ObjectType::Manuscript => {
            Pattern::Mountains
        }
        ObjectType::Metalwork | ObjectType::Jewellery | ObjectType::ArmsAndArmour => Pattern::Fret,
        _ if ["bronze", "gold", "silver", "metal"].iter().any(|m| of(m)) => Pattern::Fret,
        _ => Pattern::Grain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vcm_shared::ObjectType;

    #[test]
    fn works_get_a_pattern_their_kind_suggests() {
        let of =
            |t, m: &[&str]| pattern_for(t, &m.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(of(ObjectType::Ceramics, &["stoneware"]), Pattern::Crackle);
        assert_eq!(of(ObjectType::Print, &["ink"]), Pattern::Waves);
        assert_eq!(of(ObjectType::Painting, &["ink"]), Pattern::Mountains);
        assert_eq!(of(ObjectType::Sculpture, &["gilt bronze"]), Pattern::Fret);
        assert_eq!(of(ObjectType::Sculpture, &["sandstone"]), Pattern::Grain);
    }
    use std::collections::HashSet;

    #[test]
    fn the_demo_collection_keeps_the_rules_and_the_promised_breadth() {
        let (museums, artworks) = collection().unwrap();
        assert!(museums.len() >= 12, "{} museums", museums.len());
        let countries: HashSet<_> = museums.iter().map(|m| m.country.as_str()).collect();
        assert!(countries.len() >= 10, "{} countries", countries.len());
        let published = artworks
            .iter()
            .filter(|a| a.status == WorkStatus::Published)
            .count();
        assert!(published >= 60, "{published} published works");
        let slugs: HashSet<_> = artworks.iter().map(|a| &a.work.slug).collect();
        assert_eq!(slugs.len(), artworks.len(), "artwork slugs are unique");
        for m in &museums {
            let n = artworks.iter().filter(|a| a.museum == m.slug).count();
            assert!(
                n as u32 <= vcm_shared::rules::DEFAULT_MASTERPIECE_QUOTA,
                "{} over quota",
                m.slug
            );
        }
    }

    #[test]
    fn the_demo_collection_has_titles_in_five_asian_scripts() {
        let (_, artworks) = collection().unwrap();
        let has = |range: std::ops::RangeInclusive<char>| {
            artworks
                .iter()
                .filter_map(|a| a.work.title_original.as_deref())
                .any(|t| t.chars().any(|c| range.contains(&c)))
        };
        assert!(has('\u{AC00}'..='\u{D7AF}'), "Hangul");
        assert!(has('\u{4E00}'..='\u{9FFF}'), "Han");
        assert!(has('\u{3040}'..='\u{30FF}'), "Kana");
        assert!(has('\u{0E00}'..='\u{0E7F}'), "Thai");
        assert!(has('\u{0900}'..='\u{097F}'), "Devanagari");
    }
}
