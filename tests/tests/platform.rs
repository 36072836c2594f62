//! The platform around the API: its OpenAPI document, interactive docs, and
//! the web app served with a fallback for client routes.

use vcm_tests::{Backend, Options, TestApp, built_web_app, repo_root};

#[tokio::test]
async fn the_served_openapi_document_is_the_committed_one() {
    let app = TestApp::spawn(Backend::Sqlite, Options::default()).await;
    let served = app.get_json("/api-docs/openapi.json").await;
    let committed: serde_json::Value =
        serde_json::from_slice(&std::fs::read(repo_root().join("openapi/openapi.json")).unwrap())
            .unwrap();
    assert_eq!(
        served, committed,
        "run `cargo run -p vcm-api -- openapi` and commit openapi/openapi.json"
    );
}

#[tokio::test]
async fn the_interactive_docs_are_served_without_anything_from_outside() {
    let app = TestApp::spawn(Backend::Sqlite, Options::default()).await;
    let redirect = app.get("/docs").await;
    assert!(redirect.status().is_redirection());
    let page = app.get("/docs/").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("swagger-ui"), "{html}");
    assert!(
        !html.contains("https://") && !html.contains("http://"),
        "no remote assets: {html}"
    );
    let init = app
        .get("/docs/swagger-initializer.js")
        .await
        .text()
        .await
        .unwrap();
    assert!(init.contains("/api-docs/openapi.json"), "{init}");
    assert_eq!(app.get("/docs/swagger-ui-bundle.js").await.status(), 200);
}

#[tokio::test]
async fn the_web_app_is_served_by_route_and_api_paths_keep_their_404() {
    let web = built_web_app();
    let app = TestApp::spawn(
        Backend::Sqlite,
        Options {
            web_dir: Some(web.path().into()),
            ..Options::default()
        },
    )
    .await;
    // The public pages are rendered here, with the public bundles' files:
    // each page loads the first bundle that lacks none of its islands.
    for route in ["/", "/collection", "/museums", "/no/such/page"] {
        let res = app.get(route).await;
        let status = if route == "/no/such/page" { 404 } else { 200 };
        assert_eq!(res.status(), status, "{route}");
        assert_eq!(res.headers()["cache-control"], "no-cache", "{route}");
        let html = res.text().await.unwrap();
        assert!(
            html.contains(
                r#"[["/assets/vcm-lite-d4.js","/assets/vcm-lite-d4_bg.wasm",["SearchView_2"]],["/assets/vcm-search-b2.js","/assets/vcm-search-b2_bg.wasm",[]]]"#
            ),
            "{route}: {html}"
        );
        assert!(html.contains("/assets/style-a1.css"), "{route}");
        assert!(!html.contains("vcm-console"), "{route}: no console code");
    }
    // The console's page, for the paths people sign in to.
    for route in [
        "/login",
        "/account/password",
        "/partner",
        "/partner/import",
        "/admin/reviews",
    ] {
        let res = app.get(route).await;
        assert_eq!(res.status(), 200, "{route}");
        assert_eq!(res.headers()["cache-control"], "no-cache", "{route}");
        let html = res.text().await.unwrap();
        assert!(
            html.contains("<title>Virtual Collection of Asian Masterpieces — VCM</title>"),
            "{route}: {html}"
        );
    }
    // Files: content-hashed, kept for a year, brotli where it was made.
    let res = app
        .client
        .get(app.url("/assets/vcm-search-b2.js"))
        .header("accept-encoding", "gzip, br")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(res.headers()["content-encoding"], "br");
    assert!(
        res.headers()["vary"]
            .to_str()
            .unwrap()
            .contains("Accept-Encoding")
    );
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    assert_eq!(res.bytes().await.unwrap().as_ref(), b"brotli bytes");
    let res = app
        .client
        .get(app.url("/assets/vcm-search-b2.js"))
        .header("accept-encoding", "br;q=0")
        .send()
        .await
        .unwrap();
    assert!(res.headers().get("content-encoding").is_none());
    assert!(res.text().await.unwrap().ends_with("export default 1;"));
    let wasm = app.get("/assets/vcm-search-b2_bg.wasm").await;
    assert_eq!(wasm.headers()["content-type"], "application/wasm");
    assert_eq!(app.get("/assets/vcm-console-c3.js").await.status(), 200);
    app.get_problem("/assets/manifest.json", 404, "not_found")
        .await;
    app.get_problem("/assets/nothing.js", 404, "not_found")
        .await;
    app.get_problem("/api/v1/nothing", 404, "not_found").await;
    app.get_problem("/api", 404, "not_found").await;
    app.get_problem("/api-docs/nothing", 404, "not_found").await;
    app.get_problem("/iiif/nothing", 404, "not_found").await;
}

#[tokio::test]
async fn without_a_built_web_app_the_root_says_how_to_build_it() {
    let app = TestApp::spawn(Backend::Sqlite, Options::default()).await;
    let res = app.get("/").await;
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("cargo xtask run"));
}
