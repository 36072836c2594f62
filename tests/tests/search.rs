//! Search and discovery over HTTP, on every available backend: relevance in
//! several scripts, facets checked against the database, the index following
//! changes, surviving a kill, and bad queries refused.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use serde_json::Value;
use vcm_api::db::schema::{artworks, museums};
use vcm_tests::{Options, TestApp, urlencode};

fn titles(results: &Value) -> Vec<String> {
    results["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["artwork"]["title"].as_str().unwrap().to_owned())
        .collect()
}

fn slugs(results: &Value) -> HashSet<String> {
    results["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["artwork"]["slug"].as_str().unwrap().to_owned())
        .collect()
}

fn facet(results: &Value, name: &str) -> HashMap<String, u64> {
    let facet = results["facets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == name)
        .unwrap();
    facet["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["value"].as_str().unwrap().to_owned(),
                v["count"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// Makes a change and writes its change-log row in one transaction, as every writer must.
fn q(text: &str) -> String {
    text.replace(' ', "+").replace('"', "%22")
}

/// Polls a search until `done` holds, for at most `within`; answers whether it did.
async fn eventually(
    app: &TestApp,
    path: &str,
    within: Duration,
    done: impl Fn(&Value) -> bool,
) -> bool {
    let deadline = Instant::now() + within;
    loop {
        if done(&app.get_json(path).await) {
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_title_searched_in_its_own_words_comes_first() {
    for app in TestApp::each_backend().await {
        let all = app.get_json("/api/v1/artworks?limit=100").await;
        let mut checked = 0;
        for work in all["items"].as_array().unwrap() {
            let title = work["title"].as_str().unwrap();
            let results = app
                .get_json(&format!("/api/v1/search?q={}", urlencode(title)))
                .await;
            let first = &results["items"][0]["artwork"]["slug"];
            // Titles shared word for word by several works may tie; this one must lead or tie.
            let leaders: Vec<_> = results["items"]
                .as_array()
                .unwrap()
                .iter()
                .take(3)
                .map(|h| &h["artwork"]["slug"])
                .collect();
            assert!(
                leaders.contains(&&work["slug"]),
                "{:?}: {title:?} found {first} first",
                app.backend
            );
            checked += 1;
        }
        assert!(checked >= 60);
    }
}

#[tokio::test]
async fn titles_are_found_by_a_few_characters_in_their_own_script() {
    for app in TestApp::each_backend().await {
        // Two characters of a Japanese title, one of it, and a Korean, Chinese, Thai and Hindi word.
        for (query, slug) in [
            ("秋冬", "sesshu-autumn-and-winter-landscapes"),
            ("秋", "sesshu-autumn-and-winter-landscapes"),
            ("山水", "sesshu-autumn-and-winter-landscapes"),
            ("千里江山", "thousand-li-of-rivers-and-mountains"),
        ] {
            let results = app
                .get_json(&format!("/api/v1/search?q={}", urlencode(query)))
                .await;
            assert!(
                slugs(&results).contains(slug),
                "{:?}: {query} did not find {slug}: {:?}",
                app.backend,
                titles(&results)
            );
        }
        let all = app.get_json("/api/v1/artworks?limit=100").await;
        for work in all["items"].as_array().unwrap() {
            let Some(original) = work["title_original"].as_str() else {
                continue;
            };
            let results = app
                .get_json(&format!("/api/v1/search?q={}", urlencode(original)))
                .await;
            assert!(
                slugs(&results).contains(work["slug"].as_str().unwrap()),
                "{:?}: {original} not found",
                app.backend
            );
        }
    }
}

#[tokio::test]
async fn spellings_across_scripts_find_the_same_works() {
    for app in TestApp::each_backend().await {
        for group in [
            ["Avalokiteshvara", "Kannon", "観音", "Guanyin", "관음"],
            ["Joseon", "Chosŏn", "Choson", "朝鮮", "조선"],
        ] {
            let sets: Vec<HashSet<String>> = found_by_each(&app, &group).await;
            assert!(
                !sets[0].is_empty(),
                "{:?}: {} finds nothing",
                app.backend,
                group[0]
            );
            for (term, set) in group.iter().zip(&sets) {
                assert_eq!(
                    set, &sets[0],
                    "{:?}: {term} finds other works than {}",
                    app.backend, group[0]
                );
            }
        }
    }
}

async fn found_by_each(app: &TestApp, terms: &[&str]) -> Vec<HashSet<String>> {
    let mut out = Vec::new();
    for term in terms {
        out.push(slugs(
            &app.get_json(&format!("/api/v1/search?limit=100&q={}", urlencode(term)))
                .await,
        ));
    }
    out
}

#[tokio::test]
async fn facet_counts_equal_counts_from_the_database() {
    for app in TestApp::each_backend().await {
        let mut conn = app.db();
        let published = artworks::status.eq("published");
        let by_type: HashMap<String, u64> = artworks::table
            .filter(published)
            .group_by(artworks::object_type)
            .select((artworks::object_type, diesel::dsl::count_star()))
            .load::<(String, i64)>(&mut conn)
            .unwrap()
            .into_iter()
            .map(|(k, n)| (k, n as u64))
            .collect();
        let results = app.get_json("/api/v1/search").await;
        assert_eq!(facet(&results, "object_type"), by_type, "{:?}", app.backend);
        assert_eq!(
            results["total"].as_u64().unwrap(),
            by_type.values().sum::<u64>()
        );

        // Filtered by sculpture: the museum counts are the sculptures' museums;
        // the object type facet still counts every type (its own filter does not narrow it).
        let sculptures: HashMap<String, u64> = artworks::table
            .inner_join(museums::table)
            .filter(published)
            .filter(artworks::object_type.eq("sculpture"))
            .group_by(museums::slug)
            .select((museums::slug, diesel::dsl::count_star()))
            .load::<(String, i64)>(&mut conn)
            .unwrap()
            .into_iter()
            .map(|(k, n)| (k, n as u64))
            .collect();
        let filtered = app
            .get_json("/api/v1/search?object_type=sculpture&limit=100")
            .await;
        assert_eq!(facet(&filtered, "museum"), sculptures);
        assert_eq!(facet(&filtered, "object_type"), by_type);
        assert_eq!(filtered["total"].as_u64().unwrap(), by_type["sculpture"]);
        let selected = filtered["facets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == "object_type")
            .unwrap();
        assert!(
            selected["values"]
                .as_array()
                .unwrap()
                .iter()
                .any(|v| v["value"] == "sculpture" && v["selected"] == true)
        );

        // Two values of one facet combine with OR, two facets with AND.
        let either = app
            .get_json("/api/v1/search?object_type=sculpture&object_type=painting&limit=1")
            .await;
        assert_eq!(
            either["total"].as_u64().unwrap(),
            by_type["sculpture"] + by_type["painting"]
        );
        let both = app
            .get_json("/api/v1/search?object_type=sculpture&country=TH&limit=100")
            .await;
        assert!(
            both["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|h| h["artwork"]["object_type"] == "sculpture"
                    && h["artwork"]["origin_country"] == "TH")
        );
    }
}

#[tokio::test]
async fn every_sort_order_pages_through_without_gaps_or_repeats() {
    for app in TestApp::each_backend().await {
        for sort in ["title", "relevance", "oldest", "newest", "recent"] {
            for query in ["", "&q=buddha", "&q=painting"] {
                let first = app
                    .get_json(&format!("/api/v1/search?sort={sort}{query}&limit=100"))
                    .await;
                let total = first["total"].as_u64().unwrap() as usize;
                let mut seen = Vec::new();
                let mut path = format!("/api/v1/search?sort={sort}{query}&limit=4");
                loop {
                    let page = app.get_json(&path).await;
                    seen.extend(
                        page["items"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|h| h["artwork"]["slug"].as_str().unwrap().to_owned()),
                    );
                    let Some(cursor) = page["next_cursor"].as_str() else {
                        break;
                    };
                    path = format!("/api/v1/search?sort={sort}{query}&limit=4&cursor={cursor}");
                }
                assert_eq!(seen.len(), total, "{:?} sort={sort}{query}", app.backend);
                assert_eq!(
                    seen.iter().collect::<HashSet<_>>().len(),
                    total,
                    "no repeats, sort={sort}{query}"
                );
                let all: Vec<String> = first["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|h| h["artwork"]["slug"].as_str().unwrap().to_owned())
                    .collect();
                assert_eq!(seen, all, "pages follow the same order, sort={sort}{query}");
            }
        }
    }
}

#[tokio::test]
async fn snippets_mark_the_words_that_matched() {
    for app in TestApp::each_backend().await {
        let results = app.get_json("/api/v1/search?q=wave").await;
        let hit = results["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["artwork"]["slug"] == "hokusai-great-wave-british-museum")
            .expect("the Great Wave");
        let marked: Vec<_> = hit["snippet"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["highlighted"] == true)
            .map(|p| p["text"].as_str().unwrap().to_lowercase())
            .collect();
        assert!(marked.iter().any(|t| t == "wave" || t == "waves"), "{hit}");
    }
}

#[tokio::test]
async fn a_change_through_the_partner_api_appears_in_search_without_a_restart() {
    for app in TestApp::each_backend().await {
        let token = app
            .editor_token("ed@tnm.example", "tokyo-national-museum")
            .await;
        app.edit_artwork(&token, "sesshu-autumn-and-winter-landscapes", |a| {
            a.title = "Autumn and Winter Landscapes (Zyzzogeton)".into()
        })
        .await;
        assert!(
            eventually(
                &app,
                "/api/v1/search?q=zyzzogeton",
                Duration::from_secs(5),
                |r| r["total"] == 1
            )
            .await,
            "{:?}",
            app.backend
        );

        // Withdrawn, it leaves the index.
        let res = app
            .call(
                "POST",
                "/api/v1/partner/artworks/sesshu-autumn-and-winter-landscapes/withdraw",
                Some(&token),
            )
            .json(&serde_json::json!({"reason": "end_of_loan"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert!(
            eventually(
                &app,
                "/api/v1/search?q=zyzzogeton",
                Duration::from_secs(5),
                |r| r["total"] == 0
            )
            .await
        );

        // A museum renamed: its works are found by the new name.
        let bm = app.editor_token("ed@bm.example", "british-museum").await;
        let res = app
            .call("GET", "/api/v1/partner/museum", Some(&bm))
            .send()
            .await
            .unwrap();
        let m: Value = res.json().await.unwrap();
        let mut profile = m["museum"].clone();
        for key in [
            "slug",
            "country",
            "member_since",
            "membership_status",
            "artwork_count",
        ] {
            profile.as_object_mut().unwrap().remove(key);
        }
        profile["name"] = "Quuxley Museum".into();
        let res = app
            .call("PUT", "/api/v1/partner/museum", Some(&bm))
            .json(&profile)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert!(
            eventually(
                &app,
                "/api/v1/search?q=quuxley",
                Duration::from_secs(5),
                |r| r["total"].as_u64() >= Some(5)
            )
            .await
        );
    }
}

/// On PostgreSQL a transaction may take a change-log id and commit after a
/// later one was applied: its change must still reach the index.
#[tokio::test]
async fn a_change_committed_after_a_later_one_still_reaches_search() {
    use diesel::connection::SimpleConnection;
    for app in TestApp::each_backend().await {
        if app.backend != vcm_tests::Backend::Postgres {
            continue;
        }
        let change = |slug: &str, title: &str| {
            format!(
                "UPDATE artworks SET title = '{title}' WHERE slug = '{slug}';
                 INSERT INTO search_changes (entity, entity_id, changed_at)
                 SELECT 'artwork', id, now() FROM artworks WHERE slug = '{slug}';"
            )
        };
        let mut slow = app.db();
        let mut fast = app.db();
        slow.batch_execute(&format!(
            "BEGIN; {}",
            change(
                "sesshu-autumn-and-winter-landscapes",
                "Zorvathian landscapes"
            )
        ))
        .unwrap();
        fast.batch_execute(&change(
            "thousand-li-of-rivers-and-mountains",
            "Quellish rivers",
        ))
        .unwrap();
        assert!(
            eventually(
                &app,
                "/api/v1/search?q=quellish",
                Duration::from_secs(5),
                |r| r["total"] == 1
            )
            .await,
            "the later change is applied"
        );
        slow.batch_execute("COMMIT").unwrap();
        assert!(
            eventually(
                &app,
                "/api/v1/search?q=zorvathian",
                Duration::from_secs(5),
                |r| r["total"] == 1
            )
            .await,
            "the change that committed late is applied too"
        );
    }
}

#[tokio::test]
async fn two_servers_sharing_a_database_each_follow_the_other_within_two_seconds() {
    for first in TestApp::each_backend().await {
        let second = TestApp::spawn(
            first.backend,
            Options {
                database_url: first.config.database_url.clone(),
                ..Options::default()
            },
        )
        .await;
        assert_eq!(
            second.get_json("/api/v1/search").await["total"],
            first.get_json("/api/v1/search").await["total"]
        );
        let token = first.editor_token("ed@bm.example", "british-museum").await;
        first
            .edit_artwork(&token, "hokusai-great-wave-british-museum", |a| {
                a.title = "The Great Wave (Plonkwort)".into()
            })
            .await;
        for app in [&first, &second] {
            assert!(
                eventually(
                    app,
                    "/api/v1/search?q=plonkwort",
                    Duration::from_secs(2),
                    |r| r["total"] == 1
                )
                .await,
                "{:?}",
                app.backend
            );
        }
    }
}

#[tokio::test]
async fn the_index_survives_a_kill_during_a_rebuild_and_a_damaged_generation() {
    let data = tempfile::tempdir().unwrap();
    let config = vcm_api::config::Config {
        bind: "127.0.0.1:0".into(),
        web_dir: data.path().join("web"),
        pool_size: 2,
        max_body_bytes: 1024,
        workers: Some(1),
        ..vcm_api::config::Config::new(data.path())
    };
    let index = data.path().join("index");
    let prepared = vcm_api::prepare(&config, true).unwrap();
    drop(prepared);
    std::thread::sleep(Duration::from_millis(400));
    let current = std::fs::read_to_string(index.join("CURRENT")).unwrap();

    // Killed while building a new generation: the half-built folder is left behind.
    let half = index.join("gen-20000101T000000.000000.building");
    std::fs::create_dir_all(&half).unwrap();
    std::fs::write(half.join("meta.json"), "{ half").unwrap();
    let prepared = vcm_api::prepare(&config, false).unwrap();
    assert!(!half.exists(), "unfinished builds are cleared");
    assert_eq!(
        std::fs::read_to_string(index.join("CURRENT")).unwrap(),
        current,
        "the finished generation stays in use"
    );
    let (server, addrs) = vcm_api::start(&config, prepared).unwrap();
    let handle = server.handle();
    tokio::spawn(server);
    let results: Value = reqwest::get(format!("http://{}/api/v1/search?q=buddha", addrs[0]))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(results["total"].as_u64().unwrap() >= 3);
    handle.stop(false).await;
    std::thread::sleep(Duration::from_millis(400));

    // The current generation damaged: it is rebuilt at start.
    std::fs::remove_file(index.join(current.trim()).join("meta.json")).unwrap();
    let prepared = vcm_api::prepare(&config, false).unwrap();
    assert_ne!(
        std::fs::read_to_string(index.join("CURRENT")).unwrap(),
        current
    );
    assert_eq!(
        prepared.search.generation().reader.searcher().num_docs(),
        64
    );
}

#[tokio::test]
async fn suggestions_answer_a_prefix_and_a_single_character() {
    for app in TestApp::each_backend().await {
        let kinds = |v: &Value| -> Vec<(String, String)> {
            v["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| {
                    (
                        s["kind"].as_str().unwrap().to_owned(),
                        s["text"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        };
        let hoku = kinds(&app.get_json("/api/v1/suggest?q=hoku").await);
        assert!(
            hoku.iter()
                .any(|(k, t)| k == "maker" && t.contains("Hokusai")),
            "{hoku:?}"
        );
        let autumn = kinds(
            &app.get_json(&format!("/api/v1/suggest?q={}", urlencode("秋")))
                .await,
        );
        assert!(
            autumn.iter().any(|(k, t)| k == "title" && t.contains('秋')),
            "{autumn:?}"
        );
        let museum = kinds(&app.get_json("/api/v1/suggest?q=brit").await);
        assert!(
            museum
                .iter()
                .any(|(k, t)| k == "museum" && t == "British Museum"),
            "{museum:?}"
        );
        let wave = app.get_json("/api/v1/suggest?q=great%20wa").await;
        assert!(
            wave["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["slug"] == "hokusai-great-wave-british-museum"),
            "{wave}"
        );
        assert!(
            app.get_json("/api/v1/suggest?q=zzqx").await["items"]
                .as_array()
                .unwrap()
                .is_empty()
        );
    }
}

#[tokio::test]
async fn related_works_share_something_and_leave_out_the_work_itself() {
    for app in TestApp::each_backend().await {
        let related = app
            .get_json("/api/v1/artworks/sesshu-autumn-and-winter-landscapes/related")
            .await;
        let items = related["items"].as_array().unwrap();
        assert!(!items.is_empty() && items.len() <= 8);
        assert!(
            items
                .iter()
                .all(|a| a["slug"] != "sesshu-autumn-and-winter-landscapes")
        );
        assert_eq!(
            items[0]["object_type"], "painting",
            "the same type and origin come first: {related}"
        );
        assert_eq!(items[0]["origin_country"], "JP", "{related}");
        app.get_problem("/api/v1/artworks/no-such-work/related", 404, "not_found")
            .await;
        app.get_problem(
            "/api/v1/artworks/zi-zhong-jiang-pan/related",
            404,
            "not_found",
        )
        .await;
    }
}

#[tokio::test]
async fn the_timeline_counts_every_matching_work_once() {
    for app in TestApp::each_backend().await {
        for filter in [
            "",
            "?object_type=sculpture",
            "?q=buddha",
            "?region=east_asia",
        ] {
            let timeline = app.get_json(&format!("/api/v1/timeline{filter}")).await;
            let search = app.get_json(&format!("/api/v1/search{filter}")).await;
            let counted: u64 = timeline["buckets"]
                .as_array()
                .unwrap()
                .iter()
                .map(|b| b["count"].as_u64().unwrap())
                .sum();
            assert_eq!(
                counted + timeline["undated"].as_u64().unwrap(),
                search["total"].as_u64().unwrap(),
                "{filter}"
            );
            for b in timeline["buckets"].as_array().unwrap() {
                assert_eq!(b["to"].as_i64().unwrap() - b["from"].as_i64().unwrap(), 99);
                assert_eq!(b["from"].as_i64().unwrap().rem_euclid(100), 0);
            }
        }
        let east = app.get_json("/api/v1/timeline?region=east_asia").await;
        assert!(
            east["buckets"]
                .as_array()
                .unwrap()
                .iter()
                .all(|b| b["region"] == "east_asia")
        );
    }
}

#[tokio::test]
async fn periods_are_listed_and_assigned_to_works() {
    for app in TestApp::each_backend().await {
        let periods = app.get_json("/api/v1/periods").await;
        let slugs: HashSet<_> = periods["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["slug"].as_str().unwrap().to_owned())
            .collect();
        assert!(slugs.len() >= 40, "{} periods", slugs.len());
        let results = app.get_json("/api/v1/search").await;
        let assigned = facet(&results, "period");
        assert!(assigned.values().sum::<u64>() >= 50, "{assigned:?}");
        let edo = app.get_json("/api/v1/search?period=edo&limit=100").await;
        assert!(
            edo["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|h| h["artwork"]["slug"] == "hokusai-great-wave-british-museum"),
            "{edo}"
        );
    }
}

#[tokio::test]
async fn bad_searches_get_a_400_naming_the_parameter() {
    let long = "a".repeat(5_000);
    let cases = [
        (format!("q={}", q(r#"the "great wave"#)), "q"),
        (format!("q={long}"), "q"),
        ("q=a&q=b".to_owned(), "q"),
        ("country=XX".to_owned(), "country"),
        ("country=Japan".to_owned(), "country"),
        ("museum=no-such-museum".to_owned(), "museum"),
        ("museum_country=ZZ".to_owned(), "museum_country"),
        ("region=mars".to_owned(), "region"),
        ("object_type=vase".to_owned(), "object_type"),
        ("period=no-such-period".to_owned(), "period"),
        ("has_image=maybe".to_owned(), "has_image"),
        ("reusable=1".to_owned(), "reusable"),
        (format!("material={}", "m".repeat(101)), "material"),
        ("limit=1000000".to_owned(), "limit"),
        ("limit=0".to_owned(), "limit"),
        ("sort=popularity".to_owned(), "sort"),
        ("cursor=garbage".to_owned(), "cursor"),
        ("year_from=1900&year_to=1800".to_owned(), "year_to"),
        ("year_from=x".to_owned(), "year_from"),
    ];
    for app in TestApp::each_backend().await {
        for (query, field) in &cases {
            let problem = app
                .get_problem(&format!("/api/v1/search?{query}"), 400, "invalid_parameter")
                .await;
            assert_eq!(problem["errors"][0]["field"], *field, "{query}");
        }
        // A cursor of one sort order is refused by another.
        let page = app.get_json("/api/v1/search?sort=title&limit=2").await;
        let cursor = page["next_cursor"].as_str().unwrap();
        app.get_problem(
            &format!("/api/v1/search?sort=oldest&cursor={cursor}"),
            400,
            "invalid_parameter",
        )
        .await;
        for bad in [
            "/api/v1/suggest",
            "/api/v1/suggest?q=",
            "/api/v1/suggest?q=%20%20",
            "/api/v1/suggest?q=a&limit=11",
        ] {
            let res = app.get(bad).await;
            assert_eq!(res.status(), 400, "{bad}");
        }
        app.get_problem(
            &format!("/api/v1/suggest?q={long}"),
            400,
            "invalid_parameter",
        )
        .await;
        app.get_problem("/api/v1/timeline?country=XX", 400, "invalid_parameter")
            .await;
        // Punctuation alone and odd scripts are no fault.
        for fine in [
            "q=%21%21%21",
            "q=%F0%9F%8E%A8",
            "q=%22%22",
            "q=-",
            "q=%E0%B8%9E%E0%B8%A3%E0%B8%B0",
        ] {
            app.get_json(&format!("/api/v1/search?{fine}")).await;
        }
    }
}
