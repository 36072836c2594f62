//! The platform around the API: its OpenAPI document, interactive docs, and
//! the web app served with a fallback for client routes.

use vcm_tests::{Backend, Options, TestApp, repo_root};

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
async fn client_routes_fall_back_to_the_web_app_but_api_paths_keep_their_404() {
    let web = tempfile::tempdir().unwrap();
    std::fs::write(
        web.path().join("index.html"),
        "<!doctype html><title>VCM</title>",
    )
    .unwrap();
    std::fs::write(web.path().join("app.css"), "body{}").unwrap();
    let app = TestApp::spawn(
        Backend::Sqlite,
        Options {
            web_dir: Some(web.path().into()),
            ..Options::default()
        },
    )
    .await;
    for route in [
        "/",
        "/collection",
        "/artworks/some-work",
        "/museums/x",
        "/countries/JP",
        "/no/such/page",
    ] {
        let res = app.get(route).await;
        assert_eq!(res.status(), 200, "{route}");
        assert!(
            res.text().await.unwrap().contains("<title>VCM</title>"),
            "{route}"
        );
    }
    assert_eq!(app.get("/app.css").await.text().await.unwrap(), "body{}");
    app.get_problem("/api/v1/nothing", 404, "not_found").await;
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
