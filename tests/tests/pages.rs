//! The public pages as the server renders them: each page's content, title,
//! description, canonical address, link-preview tags and structured data in
//! the first HTML (what a crawler, a link preview or a browser without
//! JavaScript gets); 404, 410 and 400 pages with those statuses; robots.txt
//! and a sitemap that follows publication and withdrawal. On both backends.

use serde_json::{Value, json};
use vcm_tests::{Options, TestApp, built_web_app, urlencode};

async fn spawn_each() -> (tempfile::TempDir, Vec<TestApp>) {
    let web = built_web_app();
    let apps = TestApp::each_backend_with(Options {
        demo: true,
        web_dir: Some(web.path().into()),
        ..Options::default()
    })
    .await;
    (web, apps)
}

/// A page's HTML, asserting its status and that it is HTML.
async fn page(app: &TestApp, path: &str, status: u16) -> String {
    let res = app.get(path).await;
    assert_eq!(res.status(), status, "{:?} GET {path}", app.backend);
    let kind = res.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(kind.starts_with("text/html"), "{path}: {kind}");
    res.text().await.unwrap()
}

/// The `content` of the first `<meta>` (or the `href` of the first `<link>`)
/// whose `attr` is `value`.
fn tag(html: &str, attr: &str, value: &str, of: &str) -> Option<String> {
    let needle = format!("{attr}=\"{value}\"");
    let at = html.find(&needle)?;
    let start = html[..at].rfind('<')?;
    let end = at + html[at..].find('>')?;
    let element = &html[start..end];
    let from = element.find(&format!("{of}=\""))? + of.len() + 2;
    let len = element[from..].find('"')?;
    Some(element[from..from + len].to_owned())
}

fn title(html: &str) -> &str {
    let start = html.find("<title>").expect("a title") + "<title>".len();
    &html[start..start + html[start..].find("</title>").unwrap()]
}

/// The schema.org JSON-LD blocks of a page.
fn structured_data(html: &str) -> Vec<Value> {
    html.split("<script type=\"application/ld+json\">")
        .skip(1)
        .map(|rest| serde_json::from_str(&rest[..rest.find("</script>").unwrap()]).unwrap())
        .collect()
}

/// Every public page names itself for search engines and link previews.
fn assert_described(app: &TestApp, html: &str, path: &str) {
    let base = &app.config.public_url;
    assert!(title(html).ends_with("VCM"), "{path}: {}", title(html));
    let description = tag(html, "name", "description", "content").unwrap_or_default();
    assert!(
        description.len() > 20,
        "{path}: description {description:?}"
    );
    assert_eq!(
        tag(html, "rel", "canonical", "href").as_deref(),
        Some(format!("{base}{path}").as_str()),
        "{path}: canonical"
    );
    for property in [
        "og:title",
        "og:description",
        "og:url",
        "og:type",
        "og:site_name",
    ] {
        assert!(
            tag(html, "property", property, "content").is_some_and(|c| !c.is_empty()),
            "{path}: {property}"
        );
    }
    assert!(
        tag(html, "name", "twitter:card", "content").is_some(),
        "{path}: twitter:card"
    );
}

#[tokio::test]
async fn every_public_page_carries_its_content_and_description_in_the_first_html() {
    let (_web, apps) = spawn_each().await;
    for app in &apps {
        let b = app.backend;

        // Home: today's masterpiece and the featured works, and the site's search.
        let html = page(app, "/", 200).await;
        assert_described(app, &html, "/");
        let highlights = app.get_json("/api/v1/highlights").await;
        for work in highlights["featured"].as_array().unwrap() {
            assert!(
                html.contains(&format!(
                    "href=\"/artworks/{}\"",
                    work["slug"].as_str().unwrap()
                )),
                "{b:?}: featured {}",
                work["slug"]
            );
        }
        let site = structured_data(&html);
        assert_eq!(site[0]["@type"], "WebSite", "{b:?}");
        assert_eq!(
            site[0]["potentialAction"]["target"]["urlTemplate"],
            format!("{}/search?q={{search_term_string}}", app.config.public_url)
        );

        // A work: its title, museum, statement and details, as a VisualArtwork.
        let slug = "thousand-li-of-rivers-and-mountains";
        let work = app.get_json(&format!("/api/v1/artworks/{slug}")).await;
        let path = format!("/artworks/{slug}");
        let html = page(app, &path, 200).await;
        assert_described(app, &html, &path);
        let name = work["title"].as_str().unwrap();
        assert!(title(&html).starts_with(name), "{b:?}: {}", title(&html));
        assert!(html.contains("data-testid=\"artwork-title\""), "{b:?}: h1");
        assert!(html.contains(&format!(">{name}</h1>")), "{b:?}: h1");
        let statement = work["statement"].as_str().unwrap();
        assert!(
            html.contains(statement),
            "{b:?}: the statement is in the page"
        );
        assert!(html.contains(work["museum"]["name"].as_str().unwrap()));
        assert_eq!(
            tag(&html, "property", "og:type", "content").as_deref(),
            Some("article")
        );
        let data = structured_data(&html);
        assert_eq!(data[0]["@type"], "VisualArtwork", "{b:?}");
        assert_eq!(data[0]["name"], work["title"]);
        assert_eq!(data[0]["provider"]["name"], work["museum"]["name"]);
        // The page is HTML; only its gallery is an island, with its props
        // (the images) beside it, so the browser asks nothing again.
        assert!(
            html.contains("<leptos-island data-component=\"Gallery_"),
            "{b:?}: the gallery island"
        );
        assert_eq!(
            html.matches("<leptos-island").count(),
            3,
            "{b:?}: the header's search box and account menu, and the gallery"
        );

        // A museum, as a Museum, with its works listed.
        let museum = &work["museum"];
        let path = format!("/museums/{}", museum["slug"].as_str().unwrap());
        let html = page(app, &path, 200).await;
        assert_described(app, &html, &path);
        assert!(
            html.contains(&format!("href=\"/artworks/{slug}\"")),
            "{b:?}: its works"
        );
        let data = structured_data(&html);
        assert_eq!(data[0]["@type"], "Museum", "{b:?}");
        assert_eq!(data[0]["name"], museum["name"]);

        // A country, the museums, the collection, the timeline, the application.
        let html = page(app, "/countries/CN", 200).await;
        assert_described(app, &html, "/countries/CN");
        assert!(
            html.contains(&format!("href=\"/artworks/{slug}\"")),
            "{b:?}: the country's works"
        );
        let html = page(app, "/museums", 200).await;
        assert_described(app, &html, "/museums");
        assert!(
            html.contains(&format!("href=\"{path}\"")),
            "{b:?}: the museum is listed"
        );
        let first = app.get_json("/api/v1/artworks?limit=24").await;
        let html = page(app, "/collection", 200).await;
        assert_described(app, &html, "/collection");
        let first_slug = first["items"][0]["slug"].as_str().unwrap();
        assert!(
            html.contains(&format!("href=\"/artworks/{first_slug}\"")),
            "{b:?}: collection"
        );
        let html = page(app, "/timeline", 200).await;
        assert_described(app, &html, "/timeline");
        assert!(
            html.contains("data-testid=\"timeline-bar\""),
            "{b:?}: the timeline's bars"
        );
        let html = page(app, "/apply", 200).await;
        assert_described(app, &html, "/apply");

        // A search, with its query: the results and their facets.
        let path = "/search?q=landscape";
        let results = app.get_json("/api/v1/search?q=landscape&limit=24").await;
        let html = page(app, path, 200).await;
        assert_described(app, &html, path);
        assert!(results["total"].as_u64().unwrap() > 0);
        for hit in results["items"].as_array().unwrap() {
            let s = hit["artwork"]["slug"].as_str().unwrap();
            assert!(
                html.contains(&format!("href=\"/artworks/{s}\"")),
                "{b:?}: search hit {s}"
            );
        }
        assert!(html.contains("data-testid=\"facets\""), "{b:?}: facets");
    }
}

#[tokio::test]
async fn pages_rendered_at_once_all_answer() {
    let (_web, apps) = spawn_each().await;
    for app in &apps {
        let paths = [
            "/",
            "/search?q=landscape",
            "/artworks/thousand-li-of-rivers-and-mountains",
        ];
        let requests = (0..48).map(|i| {
            let path = paths[i % paths.len()];
            async move { (path, app.get(path).await.status()) }
        });
        for (path, status) in futures_util::future::join_all(requests).await {
            assert_eq!(status, 200, "{:?} {path}", app.backend);
        }
    }
}

#[tokio::test]
async fn missing_withdrawn_and_refused_pages_answer_with_their_status() {
    let (_web, apps) = spawn_each().await;
    for app in &apps {
        let b = app.backend;
        for path in [
            "/no/such/page",
            "/artworks/no-such-work",
            "/museums/no-such-museum",
            "/countries/ZZ",
        ] {
            let html = page(app, path, 404).await;
            assert!(html.contains("data-testid=\"not-found\""), "{b:?} {path}");
            assert_eq!(
                tag(&html, "name", "robots", "content").as_deref(),
                Some("noindex"),
                "{path}"
            );
        }

        // A withdrawn work's page says why, with 410 Gone, as the API does.
        let admin = app.admin_token("pages-admin@vcm.example").await;
        let slug = "thousand-li-of-rivers-and-mountains";
        let res = app
            .call(
                "POST",
                &format!("/api/v1/admin/artworks/{slug}/withdraw"),
                Some(&admin),
            )
            .json(&json!({"reason": "end_of_loan"}))
            .send()
            .await
            .unwrap();
        assert!(
            res.status().is_success(),
            "{b:?}: withdraw {}",
            res.status()
        );
        let html = page(app, &format!("/artworks/{slug}"), 410).await;
        assert!(html.contains("data-testid=\"withdrawn\""), "{b:?}");
        assert!(html.contains("data-testid=\"withdrawn-reason\""), "{b:?}");

        // A search the API refuses renders the API's own explanation, with its 400.
        let long = "a".repeat(5000);
        for (query, field) in [
            (format!("q={long}"), "q"),
            ("q=vase&object_type=spaceship".to_owned(), "object_type"),
            ("museum=nowhere".to_owned(), "museum"),
            ("year_from=soon".to_owned(), "year_from"),
        ] {
            let problem = app.get(&format!("/api/v1/search?{query}")).await;
            assert_eq!(problem.status(), 400, "{b:?} API {field}");
            let detail = problem.json::<Value>().await.unwrap()["detail"]
                .as_str()
                .unwrap()
                .to_owned();
            let html = page(app, &format!("/search?{query}"), 400).await;
            assert!(
                html.contains("data-testid=\"error-state\""),
                "{b:?} {field}"
            );
            let escaped = detail
                .replace('&', "&amp;")
                .replace('"', "&quot;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            assert!(
                html.contains(&detail) || html.contains(&escaped),
                "{b:?} {field}: {detail}"
            );
        }
    }
}

/// The `<loc>`s of a sitemap, checking that it is well-formed XML of the
/// sitemaps.org namespace.
fn locations(xml: &str, root: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), root);
    assert_eq!(
        doc.root_element().tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    doc.descendants()
        .filter(|n| n.has_tag_name("loc"))
        .map(|n| n.text().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn the_sitemap_follows_publication_and_withdrawal() {
    let (_web, apps) = spawn_each().await;
    for app in &apps {
        let b = app.backend;
        let base = &app.config.public_url;
        let robots = app.get("/robots.txt").await.text().await.unwrap();
        assert!(
            robots.contains(&format!("Sitemap: {base}/sitemap.xml")),
            "{robots}"
        );
        for console in ["/login", "/account", "/partner", "/admin"] {
            assert!(
                robots.contains(&format!("Disallow: {console}\n")),
                "{robots}"
            );
        }

        let read = || async {
            let res = app.get("/sitemap.xml").await;
            assert_eq!(res.status(), 200, "{b:?}");
            assert!(
                res.headers()["content-type"]
                    .to_str()
                    .unwrap()
                    .starts_with("application/xml")
            );
            locations(&res.text().await.unwrap(), "urlset")
        };
        let before = read().await;
        let published = app.get_json("/api/v1/artworks?limit=100").await["items"]
            .as_array()
            .unwrap()
            .len();
        let museums = app.get_json("/api/v1/museums?limit=100").await["items"]
            .as_array()
            .unwrap()
            .len();
        let works = before.iter().filter(|u| u.contains("/artworks/")).count();
        assert_eq!(works, published, "{b:?}: every published work");
        assert_eq!(
            before.iter().filter(|u| u.contains("/museums/")).count(),
            museums
        );
        assert!(before.contains(&format!("{base}/countries/KR")), "{b:?}");
        assert!(before.contains(&format!("{base}/")), "{b:?}");

        // The secretariat publishes the work in review: it is listed.
        let admin = app.admin_token("sitemap-admin@vcm.example").await;
        let slug = "qing-imperial-throne-berlin";
        let url = format!("{base}/artworks/{slug}");
        assert!(!before.contains(&url), "{b:?}: not yet published");
        let res = app
            .call(
                "POST",
                &format!("/api/v1/admin/artworks/{slug}/publish"),
                Some(&admin),
            )
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert!(
            res.status().is_success(),
            "{b:?}: publish {}",
            res.text().await.unwrap()
        );
        let after = read().await;
        assert!(after.contains(&url), "{b:?}: newly published");
        assert_eq!(after.len(), before.len() + 1);

        // Withdrawn, it is gone from the sitemap.
        let res = app
            .call(
                "POST",
                &format!("/api/v1/admin/artworks/{slug}/withdraw"),
                Some(&admin),
            )
            .json(&json!({"reason": "error"}))
            .send()
            .await
            .unwrap();
        assert!(res.status().is_success(), "{b:?}: withdraw");
        let withdrawn = read().await;
        assert!(!withdrawn.contains(&url), "{b:?}: withdrawn");
        assert_eq!(withdrawn.len(), before.len());

        // While the addresses fit one file there is no second one.
        app.get_problem("/sitemap-2.xml", 404, "not_found").await;
        app.get_problem(
            &format!("/sitemap-{}.xml", urlencode("x")),
            404,
            "not_found",
        )
        .await;
    }
}

/// A message of one interface language, as its file in `web/locales/` has it
/// (single-line messages only).
fn message(tag: &str, id: &str) -> String {
    let path = vcm_tests::repo_root().join(format!("web/locales/{tag}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines()
        .find_map(|line| line.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{id} in {}", path.display()))
        .to_owned()
}

/// A page's language, its `<html lang>`.
fn html_lang(html: &str) -> &str {
    let start = html.find("<html lang=\"").expect("<html lang>") + "<html lang=\"".len();
    &html[start..start + html[start..].find('"').unwrap()]
}

/// The interface speaks the language the address asks for (and then
/// remembers it), else the one a cookie remembers, else the browser's;
/// anything else falls back to English with a 200, never an error.
#[tokio::test]
async fn pages_speak_the_language_asked_remembered_or_accepted() {
    let (_web, apps) = spawn_each().await;
    let museums_ko = message("ko", "nav-museums");
    let museums_en = message("en", "nav-museums");
    for app in &apps {
        let b = app.backend;
        let base = &app.config.public_url;

        // Asked in the address: the page in Korean, the choice remembered.
        let res = app.get("/museums?lang=ko").await;
        assert_eq!(res.status(), 200, "{b:?}");
        let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
        assert!(
            cookie.starts_with("vcm_lang=ko;") && cookie.contains("Path=/"),
            "{cookie}"
        );
        let vary = res.headers()["vary"].to_str().unwrap().to_owned();
        assert!(
            vary.contains("Accept-Language") && vary.contains("Cookie"),
            "{vary}"
        );
        let html = res.text().await.unwrap();
        assert_eq!(html_lang(&html), "ko");
        assert!(
            html.contains(&format!(">{museums_ko}<")),
            "{b:?}: Korean navigation"
        );
        assert!(
            !html.contains(&format!(">{museums_en}<")),
            "{b:?}: no English navigation"
        );
        // The browser fetches the Korean messages only.
        assert!(html.contains("/assets/locale-ko-k1.ftl") && !html.contains("locale-en-e1"));
        // Every language's address, and the one that negotiates.
        assert_eq!(
            tag(&html, "hreflang", "fr", "href").as_deref(),
            Some(format!("{base}/museums?lang=fr").as_str())
        );
        assert_eq!(
            tag(&html, "hreflang", "x-default", "href").as_deref(),
            Some(format!("{base}/museums").as_str())
        );
        // The language menu keeps the page and its query.
        let search = page(app, "/search?q=jar&lang=ko", 200).await;
        assert!(
            search.contains("href=\"/search?q=jar&amp;lang=fr\""),
            "{b:?}: the French link of a search"
        );

        // Remembered in a cookie, or asked by the browser.
        let res = app
            .client
            .get(app.url("/museums"))
            .header("cookie", "other=1; vcm_lang=fr")
            .send()
            .await
            .unwrap();
        assert!(
            res.headers().get("set-cookie").is_none(),
            "{b:?}: nothing new to remember"
        );
        assert_eq!(html_lang(&res.text().await.unwrap()), "fr");
        let res = app
            .client
            .get(app.url("/museums"))
            .header("accept-language", "de-DE, ja;q=0.8, en;q=0.5")
            .send()
            .await
            .unwrap();
        assert_eq!(html_lang(&res.text().await.unwrap()), "ja");
        let res = app
            .client
            .get(app.url("/museums?lang=zh-TW"))
            .send()
            .await
            .unwrap();
        assert_eq!(
            html_lang(&res.text().await.unwrap()),
            "zh-Hans",
            "{b:?}: any Chinese"
        );

        // Anything else is English, with a 200.
        let long = "k".repeat(5_000);
        let bad_accept = "x".repeat(10 * 1024);
        for (path, header, value) in [
            ("/museums?lang=xx", "x-none", "1"),
            (&format!("/museums?lang={long}") as &str, "x-none", "1"),
            ("/museums?lang=", "x-none", "1"),
            ("/museums", "accept-language", bad_accept.as_str()),
            ("/museums", "cookie", "vcm_lang=%%%; ;;=="),
        ] {
            let res = app
                .client
                .get(app.url(path))
                .header(header, value)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200, "{b:?}: {path} {header}");
            assert!(res.headers().get("set-cookie").is_none(), "{path}");
            let html = res.text().await.unwrap();
            assert_eq!(html_lang(&html), "en", "{b:?}: {path} {header}");
            assert!(html.contains(&format!(">{museums_en}<")), "{path}");
        }

        // The console's page too.
        let res = app.get("/login?lang=ko").await;
        assert!(
            res.headers()["set-cookie"]
                .to_str()
                .unwrap()
                .starts_with("vcm_lang=ko;")
        );
        let html = res.text().await.unwrap();
        assert_eq!(html_lang(&html), "ko");
        assert!(html.contains("fetch('/assets/locale-ko-k1.ftl')"), "{html}");
        for korean in [
            "<title>아시아 명품 가상 컬렉션 — VCM</title>",
            "content=\"아시아·유럽 박물관 네트워크의 회원 박물관이",
            "<noscript>아시아 명품 가상 컬렉션을 이용하려면 JavaScript가 필요합니다.</noscript>",
        ] {
            assert!(html.contains(korean), "{korean} in {html}");
        }
    }
}
