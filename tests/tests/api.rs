//! The public read API, over HTTP, on every available database backend.

use std::collections::HashSet;

use vcm_shared::client::public::{self, ArtworkQuery};
use vcm_shared::{
    ArtworkPage, ArtworkSummary, Health, MembershipStatus, Museum, ObjectType, Problem, Region,
    WorkStatus,
};
use vcm_tests::{Options, TestApp, assert_problem};

/// Every published work `q` lists, following `next_cursor` to the end.
async fn all_works(app: &TestApp, q: ArtworkQuery) -> Vec<ArtworkSummary> {
    let (mut items, mut cursor) = (Vec::new(), None::<String>);
    loop {
        let page = app
            .api()
            .send(public::artworks(&q, cursor.as_deref()))
            .await
            .unwrap();
        items.extend(page.items);
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => return items,
        }
    }
}

/// Every member museum, `limit` a page, following `next_cursor` to the end.
async fn all_museums(app: &TestApp, limit: u32) -> Vec<Museum> {
    let (mut items, mut cursor) = (Vec::new(), None::<String>);
    loop {
        let call = public::museums(None, Some(limit), cursor.as_deref());
        let page = app.api().send(call).await.unwrap();
        items.extend(page.items);
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => return items,
        }
    }
}

/// The works of one museum, country of origin, object type or years.
fn works(edit: impl FnOnce(&mut ArtworkQuery)) -> ArtworkQuery {
    let mut q = ArtworkQuery::default();
    edit(&mut q);
    q
}

fn slugs(works: &[ArtworkSummary]) -> Vec<&str> {
    works.iter().map(|w| w.slug.as_str()).collect()
}

#[tokio::test]
async fn health_and_readiness_probes_answer_ok() {
    for app in TestApp::each_backend().await {
        for probe in ["/healthz", "/readyz"] {
            assert_eq!(app.read::<Health>(probe).await.status, "ok", "{probe}");
        }
    }
}

#[tokio::test]
async fn countries_list_the_46_asem_member_states_with_their_counts() {
    for app in TestApp::each_backend().await {
        let items = app.api().send(public::countries()).await.unwrap().items;
        assert_eq!(items.len(), 46, "{:?}", app.backend);
        assert!(items.iter().all(|c| c.country.asem_member));
        let korea = items.iter().find(|c| c.country.code == "KR").unwrap();
        assert_eq!(korea.country.region, Region::Asia);
        assert!(korea.museum_count >= 1);
        assert!(korea.artwork_count >= 1);
        let names: Vec<_> = items.iter().map(|c| c.country.name.as_str()).collect();
        assert!(names.is_sorted(), "countries come in name order");
    }
}

#[tokio::test]
async fn museums_page_through_by_name_without_gaps_or_repeats() {
    for app in TestApp::each_backend().await {
        let all = all_museums(&app, 4).await;
        assert!(all.len() >= 12, "{:?}: {} museums", app.backend, all.len());
        let unique: HashSet<_> = all.iter().map(|m| &m.slug).collect();
        assert_eq!(unique.len(), all.len());
        assert!(all.iter().map(|m| &m.name).is_sorted());
        let countries: HashSet<_> = all.iter().map(|m| &m.country.code).collect();
        assert!(countries.len() >= 10);
    }
}

#[tokio::test]
async fn a_museum_is_read_by_slug_and_filtered_by_country() {
    for app in TestApp::each_backend().await {
        let api = app.api();
        let museum = api
            .send(public::museum("national-museum-of-korea"))
            .await
            .unwrap();
        assert_eq!(museum.name, "National Museum of Korea");
        assert_eq!(museum.name_local.as_deref(), Some("국립중앙박물관"));
        assert_eq!(museum.country.code, "KR");
        assert_eq!(museum.membership_status, MembershipStatus::Active);
        assert!(museum.artwork_count >= 3);

        let korean = api
            .send(public::museums(Some("kr"), None, None))
            .await
            .unwrap();
        assert!(korean.items.iter().all(|m| m.country.code == "KR"));
        assert!(
            korean
                .items
                .iter()
                .any(|m| m.slug == "national-museum-of-korea")
        );
        let none = api
            .send(public::museums(Some("AU"), None, None))
            .await
            .unwrap();
        assert_eq!((none.items.len(), none.next_cursor), (0, None));
    }
}

#[tokio::test]
async fn only_published_works_are_visible_to_the_public() {
    for app in TestApp::each_backend().await {
        let all = all_works(&app, works(|q| q.limit = Some(100))).await;
        assert!(all.len() >= 60, "{} works", all.len());
        let listed = slugs(&all);
        // The demo holds these as draft and in review.
        for hidden in [
            "zi-zhong-jiang-pan",
            "nguyen-gia-tri-spring-garden",
            "qing-imperial-throne-berlin",
        ] {
            assert!(!listed.contains(&hidden), "{hidden} is listed");
            app.get_problem(&format!("/api/v1/artworks/{hidden}"), 404, "not_found")
                .await;
        }
        let counted: i64 = all_museums(&app, 100)
            .await
            .iter()
            .map(|m| m.artwork_count)
            .sum();
        assert_eq!(
            counted as usize,
            all.len(),
            "museum counts count published works only"
        );
    }
}

#[tokio::test]
async fn an_artwork_carries_every_field_in_english_and_the_original_language() {
    for app in TestApp::each_backend().await {
        let slug = "sesshu-autumn-and-winter-landscapes";
        let work = app.api().send(public::artwork(slug)).await.unwrap();
        assert_eq!(work.title, "Autumn and Winter Landscapes");
        assert_eq!(work.title_original.as_deref(), Some("秋冬山水図"));
        assert_eq!(work.original_language.as_deref(), Some("ja"));
        assert_eq!(work.museum.slug, "tokyo-national-museum");
        assert_eq!(work.museum.country.name, "Japan");
        assert_eq!(work.origin_country.unwrap().code, "JP");
        assert_eq!(work.object_type, ObjectType::Painting);
        assert_eq!(work.status, WorkStatus::Published);
        assert_eq!(work.makers[0].name, "Sesshū Tōyō");
        assert!(work.statement.len() > 20);
        assert!(work.rights.starts_with("http://"));
        // The wire itself: absent values are sent as null, times in UTC.
        let wire = app.get_json(&format!("/api/v1/artworks/{slug}")).await;
        for field in [
            "inventory_number",
            "culture",
            "period",
            "date_text",
            "year_begin",
            "year_end",
            "technique",
            "dimensions",
            "description",
            "description_original",
            "statement_original",
            "credit_line",
            "images",
            "materials",
            "manifest",
        ] {
            assert!(
                wire.get(field).is_some(),
                "{field} is on the wire, even when null"
            );
        }
        assert!(
            wire["created_at"].as_str().unwrap().ends_with('Z'),
            "times are RFC 3339 UTC"
        );
    }
}

#[tokio::test]
async fn artworks_filter_by_museum_country_type_and_years() {
    let text = |s: &str| Some(s.to_owned());
    for app in TestApp::each_backend().await {
        let by_museum = all_works(&app, works(|q| q.museum = text("british-museum"))).await;
        assert!(!by_museum.is_empty());
        assert!(by_museum.iter().all(|a| a.museum.slug == "british-museum"));

        let japanese = all_works(&app, works(|q| q.country = text("JP"))).await;
        assert!(japanese.len() >= 3);
        assert!(
            japanese
                .iter()
                .all(|a| a.origin_country.as_deref() == Some("JP"))
        );
        let held_abroad = japanese
            .iter()
            .filter(|a| a.museum.country.code != "JP")
            .count();
        assert!(
            held_abroad >= 1,
            "origin and holding country differ for some works"
        );

        let paintings = all_works(&app, works(|q| q.object_type = text("painting"))).await;
        assert!(paintings.len() >= 3);
        assert!(
            paintings
                .iter()
                .all(|a| a.object_type == ObjectType::Painting)
        );

        let combined = all_works(
            &app,
            works(|q| {
                q.country = text("JP");
                q.object_type = text("painting");
            }),
        )
        .await;
        assert!(
            combined
                .iter()
                .all(|a| a.origin_country.as_deref() == Some("JP")
                    && a.object_type == ObjectType::Painting)
        );
        assert!(combined.len() <= japanese.len().min(paintings.len()));

        let ancient = all_works(&app, works(|q| q.year_to = text("0"))).await;
        let medieval = all_works(
            &app,
            works(|q| {
                q.year_from = text("1000");
                q.year_to = text("1400");
            }),
        )
        .await;
        assert!(!ancient.is_empty() && !medieval.is_empty());
        for work in &ancient {
            let full = app.api().send(public::artwork(&work.slug)).await.unwrap();
            assert!(full.year_begin.unwrap() <= 0, "{full:?}");
        }
        for work in &medieval {
            let full = app.api().send(public::artwork(&work.slug)).await.unwrap();
            assert!(full.year_begin.unwrap() <= 1400 && full.year_end.unwrap() >= 1000);
        }

        let nothing = all_works(&app, works(|q| q.museum = text("no-such-museum"))).await;
        assert!(nothing.is_empty());
    }
}

#[tokio::test]
async fn artworks_page_through_by_title_without_gaps_or_repeats() {
    for app in TestApp::each_backend().await {
        let everything = app
            .api()
            .send(public::artworks(&works(|q| q.limit = Some(100)), None))
            .await
            .unwrap();
        let paged = all_works(&app, works(|q| q.limit = Some(7))).await;
        assert_eq!(slugs(&everything.items), slugs(&paged));
        let first = app
            .api()
            .send(public::artworks(&ArtworkQuery::default(), None))
            .await
            .unwrap();
        assert_eq!(first.items.len(), 24, "the default page size is 24");
    }
}

/// GETs `path`, asserting a 400 `invalid_parameter` problem, and reads it.
async fn invalid(app: &TestApp, path: &str) -> Problem {
    let problem = app.get_problem(path, 400, "invalid_parameter").await;
    serde_json::from_value(problem).unwrap()
}

#[tokio::test]
async fn bad_parameters_get_a_400_problem_naming_the_parameter() {
    let cases = [
        ("/api/v1/artworks?limit=0", "limit"),
        ("/api/v1/artworks?limit=101", "limit"),
        ("/api/v1/artworks?limit=ten", "limit"),
        ("/api/v1/artworks?limit=-5", "limit"),
        ("/api/v1/artworks?cursor=not-a-cursor", "cursor"),
        ("/api/v1/artworks?cursor=", "cursor"),
        ("/api/v1/artworks?country=JPN", "country"),
        ("/api/v1/artworks?country=1", "country"),
        ("/api/v1/artworks?object_type=vase", "object_type"),
        ("/api/v1/artworks?year_from=abc", "year_from"),
        ("/api/v1/artworks?year_from=99999999999", "year_from"),
        ("/api/v1/artworks?year_to=1.5", "year_to"),
        ("/api/v1/artworks?year_from=1800&year_to=1700", "year_to"),
        ("/api/v1/museums?limit=1000", "limit"),
        ("/api/v1/museums?country=Korea", "country"),
        ("/api/v1/museums?cursor=%20", "cursor"),
    ];
    for app in TestApp::each_backend().await {
        for (path, field) in cases {
            let problem = invalid(&app, path).await;
            assert_eq!(problem.errors[0].field, field, "{path}");
            assert!(problem.detail.contains(field), "{path}");
            assert_eq!(problem.type_, "/problems/invalid_parameter");
        }
        let problem = invalid(&app, "/api/v1/artworks?object_type=vase").await;
        assert!(
            problem.detail.contains("painting"),
            "the allowed values are listed"
        );
        // A filter that is not valid UTF-8 once decoded matches nothing; it is no fault.
        let page = app.get_json("/api/v1/artworks?museum=%FF").await;
        let page: ArtworkPage = serde_json::from_value(page).unwrap();
        assert!(page.items.is_empty());
    }
}

#[tokio::test]
async fn unknown_slugs_and_addresses_get_a_404_problem() {
    for app in TestApp::each_backend().await {
        for path in [
            "/api/v1/artworks/no-such-work",
            "/api/v1/museums/no-such-museum",
            "/api/v1/artworks/%E2%9C%93",
            "/api/v1/artworks/..%2F..%2Fetc%2Fpasswd",
            "/api/v1/no-such-collection",
            "/api/v2/artworks",
            "/api-docs/nothing.json",
            "/iiif/nothing/info.json",
        ] {
            app.get_problem(path, 404, "not_found").await;
        }
    }
}

#[tokio::test]
async fn public_answers_carry_an_etag_and_answer_304_when_unchanged() {
    for app in TestApp::each_backend().await {
        for path in [
            "/api/v1/artworks?country=KR",
            "/api/v1/museums/british-museum",
            "/api/v1/countries",
        ] {
            let res = app.get(path).await;
            assert_eq!(res.status(), 200);
            let etag = res.headers()["etag"].to_str().unwrap().to_owned();
            assert!(etag.starts_with("W/\"") && etag.len() > 10, "{etag}");
            assert_eq!(res.headers()["cache-control"], "public, max-age=60");
            let again = app.get(path).await;
            assert_eq!(
                again.headers()["etag"].to_str().unwrap(),
                etag,
                "the same content has the same ETag"
            );

            let cached = app
                .client
                .get(app.url(path))
                .header("If-None-Match", &etag)
                .send()
                .await
                .unwrap();
            assert_eq!(cached.status(), 304, "{path}");
            assert_eq!(cached.headers()["etag"].to_str().unwrap(), etag);
            assert!(cached.bytes().await.unwrap().is_empty());

            let stale = app
                .client
                .get(app.url(path))
                .header("If-None-Match", "\"stale\"")
                .send()
                .await
                .unwrap();
            assert_eq!(stale.status(), 200);
        }
        let other = app.get("/api/v1/artworks?country=JP").await;
        let korea = app.get("/api/v1/artworks?country=KR").await;
        assert_ne!(other.headers()["etag"], korea.headers()["etag"]);
        let error = app.get("/api/v1/artworks/no-such-work").await;
        assert!(
            error.headers().get("etag").is_none(),
            "errors are not cached"
        );
        assert_eq!(error.headers()["cache-control"], "no-store");
    }
}

#[tokio::test]
async fn an_oversized_body_gets_a_413_problem() {
    for app in TestApp::each_backend().await {
        let body = vec![b'x'; 65 * 1024];
        let res = app
            .client
            .post(app.url("/api/v1/artworks"))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_problem(res, 413, "payload_too_large", "POST 65 KiB").await;
    }
}

#[tokio::test]
async fn the_highlights_are_published_works_one_per_museum() {
    for app in TestApp::each_backend().await {
        let api = app.api();
        let h = api.send(public::highlights()).await.unwrap();
        let of_the_day = h.masterpiece_of_the_day.as_ref().unwrap();
        assert_eq!(h.featured.len(), 8);
        let museums: HashSet<_> = h.featured.iter().map(|a| &a.museum.slug).collect();
        assert_eq!(museums.len(), h.featured.len(), "one work per museum");
        assert!(
            h.featured.iter().all(|a| a.slug != of_the_day.slug),
            "the masterpiece of the day is not repeated"
        );
        for work in &h.featured {
            api.send(public::artwork(&work.slug)).await.unwrap();
        }
        assert_eq!(
            api.send(public::highlights()).await.unwrap(),
            h,
            "stable within the day"
        );
    }
}

#[tokio::test]
async fn an_empty_database_answers_empty_lists_not_errors() {
    for app in TestApp::each_backend_with(Options::default()).await {
        let api = app.api();
        let h = api.send(public::highlights()).await.unwrap();
        assert_eq!(h.masterpiece_of_the_day, None);
        assert!(h.featured.is_empty());
        let works = public::artworks(&ArtworkQuery::default(), None);
        assert!(api.send(works).await.unwrap().items.is_empty());
        let museums = public::museums(None, None, None);
        assert!(api.send(museums).await.unwrap().items.is_empty());
        let countries = api.send(public::countries()).await.unwrap();
        assert_eq!(countries.items.len(), 46);
    }
}
