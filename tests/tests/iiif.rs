//! The IIIF validators against the real server: the Image API validator
//! (PyPI `iiif-validator`) at level 2 and the optional features info.json
//! claims, and the Presentation 3.0 model (`iiif-prezi3`, strict) on a
//! manifest and a collection. `cargo xtask test` installs them into
//! `target/test-venv` and sets `VCM_IIIF_PYTHON`; without them this test says
//! SKIPPED, unless `VCM_TEST_REQUIRE_IIIF=1` (CI) makes that a failure.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::Value;
use vcm_tests::{TestApp, repo_root, shared_data};

/// The validator's test image, which it expects the server to serve.
const TEST_IMAGE: &str = "iiif/67352ccc-d1b0-11e1-89ae-279075081939.png";

fn skip(why: &str) {
    if std::env::var("VCM_TEST_REQUIRE_IIIF").is_ok_and(|v| v == "1") {
        panic!("VCM_TEST_REQUIRE_IIIF=1 but {why}");
    }
    eprintln!("SKIPPED the IIIF validators: {why}");
}

async fn run(program: &PathBuf, args: &[String]) -> (bool, String) {
    let out = tokio::process::Command::new(program)
        .args(args)
        .output()
        .await
        .expect("python runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[tokio::test]
async fn the_iiif_image_and_presentation_validators_pass() {
    let Some(python) = std::env::var_os("VCM_IIIF_PYTHON").map(PathBuf::from) else {
        return skip("VCM_IIIF_PYTHON is not set (cargo xtask test sets it)");
    };
    let png = shared_data().join(TEST_IMAGE);
    let Ok(bytes) = std::fs::read(&png) else {
        return skip(&format!("{} is missing", png.display()));
    };
    let app = TestApp::each_backend().await.remove(0);
    let token = app
        .editor_token("ed@korea.example", "national-museum-of-korea")
        .await;
    let page = app
        .get_as("/api/v1/partner/artworks?status=published&limit=1", &token)
        .await;
    let slug = page["items"][0]["slug"].as_str().unwrap().to_owned();
    let form = reqwest::multipart::Form::new()
        .text(
            "alt",
            "The IIIF validator's test image: a grid of coloured squares",
        )
        .text("credit", "IIIF Consortium")
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes)
                .file_name("test.png")
                .mime_str("image/png")
                .unwrap(),
        );
    let res = app
        .call(
            "POST",
            &format!("/api/v1/partner/artworks/{slug}/images"),
            Some(&token),
        )
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let deadline = Instant::now() + Duration::from_secs(60);
    let image = loop {
        let image = app.get_as(&location, &token).await;
        if image["state"] == "ready" {
            break image;
        }
        assert!(
            Instant::now() < deadline && image["state"] == "processing",
            "{image}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let id = image["id"].as_str().unwrap().to_owned();
    let host = app.base.trim_start_matches("http://").to_owned();
    let validator = python.with_file_name("iiif-validate.py");
    let common = |extra: &[&str]| -> Vec<String> {
        let mut args = vec![
            validator.display().to_string(),
            "-s".into(),
            host.clone(),
            "-p".into(),
            "iiif/3".into(),
            "-i".into(),
            id.clone(),
            "--version=3.0".into(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };
    // Level 2, as info.json claims.
    let (ok, out) = run(&python, &common(&["--level", "2"])).await;
    assert!(ok, "the IIIF Image API validator failed at level 2:\n{out}");
    assert!(out.contains("Done (33 tests, 0 failures)"), "{out}");
    // The extra features info.json lists.
    let extras = [
        "rot_mirror",
        "rot_mirror_180",
        "size_up",
        "linkheader_canonical",
        "linkheader_profile",
    ];
    let args: Vec<&str> = extras.iter().flat_map(|t| ["--test", t]).collect();
    let (ok, out) = run(&python, &common(&args)).await;
    assert!(
        ok,
        "the IIIF Image API validator failed on the extra features:\n{out}"
    );

    // The manifest and the museum's collection, strictly validated.
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (name, path) in [
        ("manifest.json", format!("/iiif/3/manifests/{slug}")),
        (
            "collection.json",
            "/iiif/3/collections/national-museum-of-korea".to_owned(),
        ),
    ] {
        let doc: Value = app.get_json(&path).await;
        let file = dir.path().join(name);
        std::fs::write(&file, doc.to_string()).unwrap();
        files.push(file.display().to_string());
    }
    let script = repo_root().join("tests/iiif/validate_presentation.py");
    let mut args = vec![script.display().to_string(), "--forbid-extra".into()];
    args.extend(files);
    let (ok, out) = run(&python, &args).await;
    assert!(ok, "the IIIF Presentation 3.0 validation failed:\n{out}");
}
