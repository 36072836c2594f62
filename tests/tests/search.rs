//! Search and discovery over HTTP, on every available backend: relevance in
//! several scripts, facets checked against the database, the index following
//! changes, surviving a kill, and bad queries refused.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use vcm_api::db::schema::{artworks, museums};
use vcm_shared::client::public::{self, ArtworkQuery};
use vcm_shared::client::{Client, signed_in};
use vcm_shared::rules::DEFAULT_PAGE_SIZE;
use vcm_shared::{
    ArtworkSummary, CulturalRegion, ErrorCode, FacetName, MuseumInput, ObjectType, Problem,
    SearchResults, SortOrder, Suggestion, SuggestionKind, WithdrawalReason, WithdrawalRequest,
};
use vcm_tests::{Options, TestApp, refused};

/// A search's text and filters, as `(parameter, value)` pairs.
type Terms = Vec<(&'static str, String)>;

/// How many suggestions the server answers when not told.
const SUGGESTIONS: u32 = 8;

/// A search for `words` alone.
fn text(words: &str) -> Terms {
    vec![("q", words.to_owned())]
}

/// The first page of a search, `limit` long.
async fn search(app: &TestApp, terms: Terms, limit: u32) -> SearchResults {
    let call = public::search(terms, limit, None);
    app.api().send(call).await.unwrap()
}

/// The first page of a search, as long as the server's default.
async fn first_page(app: &TestApp, terms: Terms) -> SearchResults {
    search(app, terms, DEFAULT_PAGE_SIZE).await
}

/// The first hundred published works, by title.
async fn works(app: &TestApp) -> Vec<ArtworkSummary> {
    let q = ArtworkQuery {
        limit: Some(100),
        ..ArtworkQuery::default()
    };
    app.api()
        .send(public::artworks(&q, None))
        .await
        .unwrap()
        .items
}

fn titles(results: &SearchResults) -> Vec<&str> {
    results
        .items
        .iter()
        .map(|h| h.artwork.title.as_str())
        .collect()
}

fn slugs(results: &SearchResults) -> HashSet<&str> {
    results
        .items
        .iter()
        .map(|h| h.artwork.slug.as_str())
        .collect()
}

fn facet(results: &SearchResults, name: FacetName) -> HashMap<String, u64> {
    let facet = results.facets.iter().find(|f| f.name == name).unwrap();
    facet
        .values
        .iter()
        .map(|v| (v.value.clone(), v.count))
        .collect()
}

/// Writes text as a query string's value: spaces as `+`, quotes escaped.
fn q(text: &str) -> String {
    text.replace(' ', "+").replace('"', "%22")
}

/// GETs `path`, asserting a 400 `invalid_parameter` problem, and reads it.
async fn invalid(app: &TestApp, path: &str) -> Problem {
    let problem = app.get_problem(path, 400, "invalid_parameter").await;
    serde_json::from_value(problem).unwrap()
}

/// Polls a search for `words` until `done` holds, for at most `within`;
/// answers whether it did.
async fn eventually(
    app: &TestApp,
    words: &str,
    within: Duration,
    done: impl Fn(&SearchResults) -> bool,
) -> bool {
    let deadline = Instant::now() + within;
    loop {
        if done(&first_page(app, text(words)).await) {
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
        let all = works(&app).await;
        let mut checked = 0;
        for work in &all {
            let title = &work.title;
            let results = first_page(&app, text(title)).await;
            let first = results.items.first().map(|h| &h.artwork.slug);
            // Titles shared word for word by several works may tie; this one must lead or tie.
            let leaders: Vec<_> = results
                .items
                .iter()
                .take(3)
                .map(|h| &h.artwork.slug)
                .collect();
            assert!(
                leaders.contains(&&work.slug),
                "{:?}: {title:?} found {first:?} first",
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
            let results = first_page(&app, text(query)).await;
            assert!(
                slugs(&results).contains(slug),
                "{:?}: {query} did not find {slug}: {:?}",
                app.backend,
                titles(&results)
            );
        }
        for work in works(&app).await {
            let Some(original) = &work.title_original else {
                continue;
            };
            let results = first_page(&app, text(original)).await;
            assert!(
                slugs(&results).contains(work.slug.as_str()),
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
        let results = search(app, text(term), 100).await;
        out.push(slugs(&results).into_iter().map(str::to_owned).collect());
    }
    out
}

/// Counts of published works from the database: `(key, count)` rows.
fn counted(rows: Vec<(String, i64)>) -> HashMap<String, u64> {
    rows.into_iter().map(|(k, n)| (k, n as u64)).collect()
}

#[tokio::test]
async fn facet_counts_equal_counts_from_the_database() {
    let object_type = |t: &str| ("object_type", t.to_owned());
    for app in TestApp::each_backend().await {
        let mut conn = app.db();
        let published = artworks::status.eq("published");
        let by_type = counted(
            artworks::table
                .filter(published)
                .group_by(artworks::object_type)
                .select((artworks::object_type, diesel::dsl::count_star()))
                .load::<(String, i64)>(&mut conn)
                .unwrap(),
        );
        let results = first_page(&app, vec![]).await;
        assert_eq!(
            facet(&results, FacetName::ObjectType),
            by_type,
            "{:?}",
            app.backend
        );
        assert_eq!(results.total, by_type.values().sum::<u64>());

        // Filtered by sculpture: the museum counts are the sculptures' museums;
        // the object type facet still counts every type (its own filter does not narrow it).
        let sculptures = counted(
            artworks::table
                .inner_join(museums::table)
                .filter(published)
                .filter(artworks::object_type.eq("sculpture"))
                .group_by(museums::slug)
                .select((museums::slug, diesel::dsl::count_star()))
                .load::<(String, i64)>(&mut conn)
                .unwrap(),
        );
        let filtered = search(&app, vec![object_type("sculpture")], 100).await;
        assert_eq!(facet(&filtered, FacetName::Museum), sculptures);
        assert_eq!(facet(&filtered, FacetName::ObjectType), by_type);
        assert_eq!(filtered.total, by_type["sculpture"]);
        let selected = filtered
            .facets
            .iter()
            .find(|f| f.name == FacetName::ObjectType)
            .unwrap();
        assert!(
            selected
                .values
                .iter()
                .any(|v| v.value == "sculpture" && v.selected)
        );

        // Two values of one facet combine with OR, two facets with AND.
        let either = vec![object_type("sculpture"), object_type("painting")];
        assert_eq!(
            search(&app, either, 1).await.total,
            by_type["sculpture"] + by_type["painting"]
        );
        let both = vec![object_type("sculpture"), ("country", "TH".to_owned())];
        assert!(search(&app, both, 100).await.items.iter().all(|h| {
            h.artwork.object_type == ObjectType::Sculpture
                && h.artwork.origin_country.as_deref() == Some("TH")
        }));
    }
}

/// Every result of a search, `limit` a page, following `next_cursor` to the end.
async fn every_page(app: &TestApp, terms: &Terms, limit: u32) -> Vec<String> {
    let (mut seen, mut cursor) = (Vec::new(), None::<String>);
    loop {
        let call = public::search(terms.clone(), limit, cursor.as_deref());
        let page = app.api().send(call).await.unwrap();
        seen.extend(page.items.into_iter().map(|h| h.artwork.slug));
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => return seen,
        }
    }
}

#[tokio::test]
async fn every_sort_order_pages_through_without_gaps_or_repeats() {
    for app in TestApp::each_backend().await {
        for sort in SortOrder::ALL {
            for query in [None, Some("buddha"), Some("painting")] {
                let mut terms = vec![("sort", sort.as_str().to_owned())];
                terms.extend(query.map(|q| ("q", q.to_owned())));
                let first = search(&app, terms.clone(), 100).await;
                let total = first.total as usize;
                let seen = every_page(&app, &terms, 4).await;
                assert_eq!(seen.len(), total, "{:?} {terms:?}", app.backend);
                assert_eq!(
                    seen.iter().collect::<HashSet<_>>().len(),
                    total,
                    "no repeats, {terms:?}"
                );
                let all: Vec<String> = first.items.into_iter().map(|h| h.artwork.slug).collect();
                assert_eq!(seen, all, "pages follow the same order, {terms:?}");
            }
        }
    }
}

#[tokio::test]
async fn snippets_mark_the_words_that_matched() {
    for app in TestApp::each_backend().await {
        let results = first_page(&app, text("wave")).await;
        let hit = results
            .items
            .iter()
            .find(|h| h.artwork.slug == "hokusai-great-wave-british-museum")
            .expect("the Great Wave");
        let marked: Vec<_> = hit
            .snippet
            .iter()
            .filter(|p| p.highlighted)
            .map(|p| p.text.to_lowercase())
            .collect();
        assert!(
            marked.iter().any(|t| t == "wave" || t == "waves"),
            "{hit:?}"
        );
    }
}

#[tokio::test]
async fn a_change_through_the_partner_api_appears_in_search_without_a_restart() {
    let within = Duration::from_secs(5);
    for app in TestApp::each_backend().await {
        let token = app
            .editor_token("ed@tnm.example", "tokyo-national-museum")
            .await;
        app.edit_artwork(&token, "sesshu-autumn-and-winter-landscapes", |a| {
            a.title = "Autumn and Winter Landscapes (Zyzzogeton)".into()
        })
        .await;
        assert!(
            eventually(&app, "zyzzogeton", within, |r| r.total == 1).await,
            "{:?}",
            app.backend
        );

        // Withdrawn, it leaves the index.
        let end_of_loan = WithdrawalRequest {
            reason: WithdrawalReason::EndOfLoan,
            note: None,
        };
        let call = signed_in::withdraw("sesshu-autumn-and-winter-landscapes", &end_of_loan);
        app.api_as(&token).send(call).await.unwrap();
        assert!(eventually(&app, "zyzzogeton", within, |r| r.total == 0).await);

        // A museum renamed: its works are found by the new name.
        let bm = app.editor_token("ed@bm.example", "british-museum").await;
        renamed(&app.api_as(&bm)).await;
        assert!(eventually(&app, "quuxley", within, |r| r.total >= 5).await);
    }
}

/// The editor's museum renamed "Quuxley Museum", the rest of its profile kept.
async fn renamed(editor: &Client) {
    let read = editor.send(signed_in::partner_museum()).await.unwrap();
    let m = read.museum;
    let profile = MuseumInput {
        name: "Quuxley Museum".into(),
        name_local: m.name_local,
        name_local_lang: m.name_local_lang,
        city: m.city,
        latitude: m.latitude,
        longitude: m.longitude,
        website: m.website,
        description: m.description,
    };
    let call = signed_in::update_partner_museum(read.version, &profile);
    editor.send(call).await.unwrap();
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
        let within = Duration::from_secs(5);
        assert!(
            eventually(&app, "quellish", within, |r| r.total == 1).await,
            "the later change is applied"
        );
        slow.batch_execute("COMMIT").unwrap();
        assert!(
            eventually(&app, "zorvathian", within, |r| r.total == 1).await,
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
            first_page(&second, vec![]).await.total,
            first_page(&first, vec![]).await.total
        );
        let token = first.editor_token("ed@bm.example", "british-museum").await;
        first
            .edit_artwork(&token, "hokusai-great-wave-british-museum", |a| {
                a.title = "The Great Wave (Plonkwort)".into()
            })
            .await;
        for app in [&first, &second] {
            assert!(
                eventually(app, "plonkwort", Duration::from_secs(2), |r| r.total == 1).await,
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
    let api = Client::new(format!("http://{}", addrs[0]));
    let call = public::search(text("buddha"), DEFAULT_PAGE_SIZE, None);
    assert!(api.send(call).await.unwrap().total >= 3);
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

/// The suggestions for `prefix`, as many as the server gives when not told.
async fn suggest(app: &TestApp, prefix: &str) -> Vec<Suggestion> {
    let call = public::suggest(prefix, SUGGESTIONS);
    app.api().send(call).await.unwrap().items
}

#[tokio::test]
async fn suggestions_answer_a_prefix_and_a_single_character() {
    for app in TestApp::each_backend().await {
        let kinds = |items: Vec<Suggestion>| -> Vec<(SuggestionKind, String)> {
            items.into_iter().map(|s| (s.kind, s.text)).collect()
        };
        let hoku = kinds(suggest(&app, "hoku").await);
        assert!(
            hoku.iter()
                .any(|(k, t)| *k == SuggestionKind::Maker && t.contains("Hokusai")),
            "{hoku:?}"
        );
        let autumn = kinds(suggest(&app, "秋").await);
        assert!(
            autumn
                .iter()
                .any(|(k, t)| *k == SuggestionKind::Title && t.contains('秋')),
            "{autumn:?}"
        );
        let museum = kinds(suggest(&app, "brit").await);
        assert!(
            museum
                .iter()
                .any(|(k, t)| *k == SuggestionKind::Museum && t == "British Museum"),
            "{museum:?}"
        );
        let wave = suggest(&app, "great wa").await;
        assert!(
            wave.iter()
                .any(|s| s.slug.as_deref() == Some("hokusai-great-wave-british-museum")),
            "{wave:?}"
        );
        assert!(suggest(&app, "zzqx").await.is_empty());
    }
}

#[tokio::test]
async fn related_works_share_something_and_leave_out_the_work_itself() {
    for app in TestApp::each_backend().await {
        let api = app.api();
        let call = public::related("sesshu-autumn-and-winter-landscapes");
        let items = api.send(call).await.unwrap().items;
        assert!(!items.is_empty() && items.len() <= 8);
        assert!(
            items
                .iter()
                .all(|a| a.slug != "sesshu-autumn-and-winter-landscapes")
        );
        assert_eq!(
            items[0].object_type,
            ObjectType::Painting,
            "the same type and origin come first: {items:?}"
        );
        assert_eq!(items[0].origin_country.as_deref(), Some("JP"), "{items:?}");
        // Neither a work that does not exist nor a draft.
        for slug in ["no-such-work", "zi-zhong-jiang-pan"] {
            let answer = api.send(public::related(slug)).await;
            refused(answer, 404, ErrorCode::NotFound, slug);
        }
    }
}

#[tokio::test]
async fn the_timeline_counts_every_matching_work_once() {
    let one = |name: &'static str, value: &str| vec![(name, value.to_owned())];
    for app in TestApp::each_backend().await {
        for filter in [
            vec![],
            one("object_type", "sculpture"),
            one("q", "buddha"),
            one("region", "east_asia"),
        ] {
            let call = public::timeline(filter.clone());
            let timeline = app.api().send(call).await.unwrap();
            let search = first_page(&app, filter.clone()).await;
            let counted: u64 = timeline.buckets.iter().map(|b| b.count).sum();
            assert_eq!(counted + timeline.undated, search.total, "{filter:?}");
            for b in &timeline.buckets {
                assert_eq!(b.to - b.from, 99);
                assert_eq!(b.from.rem_euclid(100), 0);
            }
        }
        let call = public::timeline(one("region", "east_asia"));
        let east = app.api().send(call).await.unwrap();
        assert!(
            east.buckets
                .iter()
                .all(|b| b.region == CulturalRegion::EastAsia)
        );
    }
}

#[tokio::test]
async fn periods_are_listed_and_assigned_to_works() {
    for app in TestApp::each_backend().await {
        let periods = app.api().send(public::periods()).await.unwrap();
        let slugs: HashSet<_> = periods.items.iter().map(|p| p.slug.as_str()).collect();
        assert!(slugs.len() >= 40, "{} periods", slugs.len());
        let results = first_page(&app, vec![]).await;
        let assigned = facet(&results, FacetName::Period);
        assert!(assigned.values().sum::<u64>() >= 50, "{assigned:?}");
        let edo = search(&app, vec![("period", "edo".to_owned())], 100).await;
        assert!(
            edo.items
                .iter()
                .any(|h| h.artwork.slug == "hokusai-great-wave-british-museum"),
            "{:?}",
            titles(&edo)
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
            let problem = invalid(&app, &format!("/api/v1/search?{query}")).await;
            assert_eq!(problem.errors[0].field, *field, "{query}");
        }
        // A cursor of one sort order is refused by another.
        let sort = |order: SortOrder| vec![("sort", order.as_str().to_owned())];
        let page = search(&app, sort(SortOrder::Title), 2).await;
        let cursor = page.next_cursor.expect("a second page");
        let call = public::search(sort(SortOrder::Oldest), DEFAULT_PAGE_SIZE, Some(&cursor));
        let answer = app.api().send(call).await;
        refused(
            answer,
            400,
            ErrorCode::InvalidParameter,
            "another order's cursor",
        );
        for bad in [
            "/api/v1/suggest",
            "/api/v1/suggest?q=",
            "/api/v1/suggest?q=%20%20",
            "/api/v1/suggest?q=a&limit=11",
        ] {
            let res = app.get(bad).await;
            assert_eq!(res.status(), 400, "{bad}");
        }
        invalid(&app, &format!("/api/v1/suggest?q={long}")).await;
        invalid(&app, "/api/v1/timeline?country=XX").await;
        // Punctuation alone and odd scripts are no fault.
        for fine in ["!!!", "🎨", "\"\"", "-", "พระ"] {
            first_page(&app, text(fine)).await;
        }
    }
}

#[tokio::test]
async fn facet_labels_speak_the_language_asked_for() {
    // Labels come from the index and the interface's messages, not the database.
    let app = TestApp::spawn(
        vcm_tests::Backend::Sqlite,
        Options {
            demo: true,
            ..Options::default()
        },
    )
    .await;
    let korean = app.api().with_language("ko-KR, en;q=0.8");
    let joseon = vec![("period", "joseon".to_owned()), ("country", "KR".into())];
    let found = korean
        .send(public::search(joseon.clone(), 24, None))
        .await
        .unwrap();
    let label = |results: &SearchResults, facet: FacetName, value: &str| {
        let v = results
            .facets
            .iter()
            .find(|f| f.name == facet)
            .and_then(|f| f.values.iter().find(|v| v.value == value))
            .unwrap_or_else(|| panic!("{facet:?} {value}"));
        (v.label.clone(), v.lang.clone())
    };
    assert_eq!(
        label(&found, FacetName::Country, "KR"),
        ("대한민국".into(), "ko".into())
    );
    assert_eq!(
        label(&found, FacetName::Period, "joseon"),
        ("조선".into(), "ko".into()),
        "a period's own name in its own language"
    );
    let types = &found
        .facets
        .iter()
        .find(|f| f.name == FacetName::ObjectType)
        .unwrap()
        .values;
    assert!(!types.is_empty());
    for v in types {
        assert_eq!(v.lang, "ko", "{v:?}");
        assert!(!v.label.is_ascii(), "{v:?} in Hangul");
    }
    // The same search in French: the period keeps its English name, the
    // country is French; without the header, everything is English.
    let french = app.api().with_language("fr");
    let found = french
        .send(public::search(joseon.clone(), 24, None))
        .await
        .unwrap();
    assert_eq!(
        label(&found, FacetName::Country, "KR"),
        ("République de Corée".into(), "fr".into())
    );
    assert_eq!(
        label(&found, FacetName::Period, "joseon"),
        ("Joseon dynasty".into(), "en".into())
    );
    let found = app
        .api()
        .send(public::search(joseon, 24, None))
        .await
        .unwrap();
    assert_eq!(
        label(&found, FacetName::Country, "KR"),
        ("Republic of Korea".into(), "en".into())
    );
    let (yes, lang) = label(&found, FacetName::HasImage, "no");
    assert_eq!((yes.as_str(), lang.as_str()), ("Without an image", "en"));
    // The answer says its language, and that it varies by the one asked for;
    // a language the interface does not speak, or garbage, is English.
    for (asked, answered) in [("ko", "ko"), ("xx-YY", "en"), ("!!;q=abc,,", "en")] {
        let res = app
            .client
            .get(app.url("/api/v1/search?country=KR"))
            .header("accept-language", asked)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{asked:?}");
        assert_eq!(res.headers()["content-language"], answered, "{asked:?}");
        assert!(
            res.headers()["vary"]
                .to_str()
                .unwrap()
                .contains("Accept-Language")
        );
    }
}
