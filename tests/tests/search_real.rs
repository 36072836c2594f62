//! Relevance on the real records of `../shared/data` (7,437 objects from two
//! museums, messy as real data is), on every available backend. Without the
//! data folder the test says so and skips, unless `VCM_TEST_REQUIRE_DATA=1`.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use serde_json::Value;
use vcm_api::changes::{self, Entity};
use vcm_api::db::schema::artworks;
use vcm_api::search::text::normalise;
use vcm_tests::corpus::{self, Record};
use vcm_tests::{Options, TestApp, urlencode};

fn slugs(results: &Value) -> Vec<String> {
    results["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["artwork"]["slug"].as_str().unwrap().to_owned())
        .collect()
}

fn is_cjk(c: char) -> bool {
    ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The records, or `None` (with a message) where the data folder is absent.
fn records() -> Option<Vec<Record>> {
    match corpus::records() {
        Ok(r) => Some(r),
        Err(e) if std::env::var("VCM_TEST_REQUIRE_DATA").is_ok_and(|v| v == "1") => panic!("{e}"),
        Err(e) => {
            eprintln!("SKIPPED the real-records search tests: {e}");
            None
        }
    }
}

/// An app per backend holding every real record once, indexed.
async fn apps(records: &[Record]) -> Vec<TestApp> {
    let mut apps = Vec::new();
    for app in TestApp::each_backend_with(Options::default()).await {
        let mut conn = app.db();
        corpus::load(&mut conn, records, records.len(), 20);
        changes::record(&mut conn, Entity::Vocabulary, 0).unwrap();
        let deadline = Instant::now() + Duration::from_secs(120);
        while app.get_json("/api/v1/search?limit=1").await["total"] != records.len() {
            assert!(
                Instant::now() < deadline,
                "{:?}: the index did not take the records in",
                app.backend
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        apps.push(app);
    }
    apps
}

#[tokio::test]
async fn searching_the_real_records() {
    let Some(records) = records() else { return };
    for app in apps(&records).await {
        let backend = app.backend;

        // A title searched in its own words comes first: every 40th title that
        // is unique in the collection and has at least two words.
        let mut seen: HashMap<String, usize> = HashMap::new();
        for r in &records {
            *seen
                .entry(normalise(r.title.as_deref().unwrap_or("")))
                .or_default() += 1;
        }
        let (mut asked, mut first, mut misses) = (0, 0, Vec::new());
        for (k, r) in records.iter().enumerate().step_by(40) {
            let title = r.title.as_deref().unwrap_or("").replace('"', " ");
            let n = normalise(&title);
            if seen[&normalise(r.title.as_deref().unwrap_or(""))] != 1 || n.split(' ').count() < 2 {
                continue;
            }
            let results = app
                .get_json(&format!("/api/v1/search?q={}", urlencode(&title)))
                .await;
            let found = slugs(&results);
            asked += 1;
            match found.iter().position(|s| *s == format!("w{k}")) {
                Some(0) => first += 1,
                Some(i) if i < 5 => misses.push(format!("{title:?} came {}", i + 1)),
                _ => panic!("{backend:?}: {title:?} is not in the first five: {found:?}"),
            }
        }
        assert!(asked >= 100, "{asked} titles asked");
        assert!(
            first * 100 >= asked * 95,
            "{backend:?}: only {first} of {asked} titles came first: {misses:#?}"
        );

        // A Japanese title found by two of its characters.
        let mut japanese = 0;
        for (k, r) in records.iter().enumerate() {
            let chars: Vec<char> = r.title.as_deref().unwrap_or("").chars().collect();
            let Some(at) = chars.windows(2).position(|w| is_cjk(w[0]) && is_cjk(w[1])) else {
                continue;
            };
            let query: String = chars[at..at + 2].iter().collect();
            let mut found = false;
            let mut path = format!("/api/v1/search?limit=100&q={}", urlencode(&query));
            loop {
                let page = app.get_json(&path).await;
                found |= slugs(&page).contains(&format!("w{k}"));
                match page["next_cursor"].as_str() {
                    Some(c) if !found => {
                        path = format!(
                            "/api/v1/search?limit=100&q={}&cursor={c}",
                            urlencode(&query)
                        )
                    }
                    _ => break,
                }
            }
            assert!(found, "{backend:?}: {query} did not find {:?}", r.title);
            japanese += 1;
        }
        assert!(japanese >= 10, "{japanese} Japanese titles");

        // Spellings across scripts find the same works.
        for group in [
            ["Hiroshige", "広重", "歌川広重", "Utagawa Hiroshige"],
            ["Tokaido", "Tôkaidô", "Tōkaidō", "東海道"],
        ] {
            let mut sets = Vec::new();
            for term in group {
                let results = app
                    .get_json(&format!("/api/v1/search?limit=1&q={}", urlencode(term)))
                    .await;
                sets.push(results["total"].as_u64().unwrap());
            }
            assert!(sets[0] > 10, "{backend:?}: {} finds {}", group[0], sets[0]);
            assert!(
                sets.iter().all(|n| *n == sets[0]),
                "{backend:?}: {group:?} find {sets:?}"
            );
        }

        // Facet counts equal counts computed from the database.
        let mut conn = app.db();
        let japan: HashMap<String, u64> = artworks::table
            .filter(artworks::origin_country.eq("JP"))
            .group_by(artworks::object_type)
            .select((artworks::object_type, diesel::dsl::count_star()))
            .load::<(String, i64)>(&mut conn)
            .unwrap()
            .into_iter()
            .map(|(t, n)| (t, n as u64))
            .collect();
        let results = app.get_json("/api/v1/search?country=JP&limit=1").await;
        let facet = results["facets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == "object_type")
            .unwrap();
        let counted: HashMap<String, u64> = facet["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| {
                (
                    v["value"].as_str().unwrap().to_owned(),
                    v["count"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(counted, japan, "{backend:?}");
        let types: HashSet<_> = counted.keys().collect();
        assert!(types.len() >= 5);
    }
}
