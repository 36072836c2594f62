//! Relevance on the real records of `../shared/data` (7,437 objects from two
//! museums, messy as real data is), on every available backend. Without the
//! data folder the test says so and skips, unless `VCM_TEST_REQUIRE_DATA=1`.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use vcm_api::changes::{self, Entity};
use vcm_api::db::schema::artworks;
use vcm_api::search::text::normalise;
use vcm_shared::client::public;
use vcm_shared::rules::DEFAULT_PAGE_SIZE;
use vcm_shared::{FacetName, SearchResults};
use vcm_tests::corpus::{self, Record};
use vcm_tests::{Options, TestApp};

/// A page of the search for `text` (none for every work), `limit` long,
/// from `cursor`.
async fn search(app: &TestApp, text: &str, limit: u32, cursor: Option<&str>) -> SearchResults {
    let terms = match text {
        "" => vec![],
        _ => vec![("q", text.to_owned())],
    };
    let call = public::search(terms, limit, cursor);
    app.api().send(call).await.unwrap()
}

fn slugs(results: &SearchResults) -> Vec<&str> {
    results
        .items
        .iter()
        .map(|h| h.artwork.slug.as_str())
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
        while search(&app, "", 1, None).await.total != records.len() as u64 {
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
            let results = search(&app, &title, DEFAULT_PAGE_SIZE, None).await;
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
            let (mut found, mut cursor) = (false, None::<String>);
            loop {
                let page = search(&app, &query, 100, cursor.as_deref()).await;
                found |= slugs(&page).contains(&format!("w{k}").as_str());
                match page.next_cursor {
                    Some(next) if !found => cursor = Some(next),
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
                sets.push(search(&app, term, 1, None).await.total);
            }
            assert!(sets[0] > 10, "{backend:?}: {} finds {}", group[0], sets[0]);
            assert!(
                sets.iter().all(|n| *n == sets[0]),
                "{backend:?}: {group:?} find {sets:?}"
            );
        }

        // A concept typed in English, French, Korean, Japanese or Chinese
        // finds the same works, though the records describe them in English.
        for concept in [
            ["porcelain", "porcelaine", "자기", "磁器", "瓷器"],
            ["jade", "jades", "옥", "ヒスイ", "玉"],
            ["lacquer", "laque", "칠기", "うるし", "漆器"],
            ["ivory", "ivoire", "상아", "象牙", "象牙"],
            ["landscape", "paysage", "산수화", "風景画", "风景画"],
            ["dragon", "dragons", "용", "竜", "龙"],
            ["sword", "épée", "검", "刀剣", "剑"],
            ["tea bowl", "bol à thé", "다완", "茶碗", "茶盏"],
            ["incense burner", "brûle-parfum", "향로", "香炉", "香爐"],
        ] {
            let mut found = Vec::new();
            for term in concept {
                found.push(search(&app, term, 1, None).await.total);
            }
            assert!(
                found[0] >= 5,
                "{backend:?}: {} finds {}",
                concept[0],
                found[0]
            );
            assert!(
                found.iter().all(|n| *n == found[0]),
                "{backend:?}: {concept:?} find {found:?}"
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
        let call = public::search(vec![("country", "JP".to_owned())], 1, None);
        let results = app.api().send(call).await.unwrap();
        let facet = results
            .facets
            .iter()
            .find(|f| f.name == FacetName::ObjectType)
            .unwrap();
        let counted: HashMap<String, u64> = facet
            .values
            .iter()
            .map(|v| (v.value.clone(), v.count))
            .collect();
        assert_eq!(counted, japan, "{backend:?}");
        let types: HashSet<_> = counted.keys().collect();
        assert!(types.len() >= 5);
    }
}
