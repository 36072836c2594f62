//! The partner guide's examples (`openapi/README.md`), run in order by a real
//! shell with curl against a real server, so they cannot rot.

use serde_json::Value;
use vcm_tests::{Backend, Options, TestApp};

/// The guide's `sh` blocks, in order.
fn examples(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```sh") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), text) => {
                block.push_str(text);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

#[tokio::test]
async fn the_partner_guide_examples_run_as_written() {
    if std::process::Command::new("curl")
        .arg("--version")
        .output()
        .is_err()
    {
        assert!(
            std::env::var("CI").is_err(),
            "curl is needed to run the guide's examples"
        );
        eprintln!("SKIPPED the partner guide's examples: curl is not installed");
        return;
    }
    let guide = std::fs::read_to_string(vcm_tests::repo_root().join("openapi/README.md")).unwrap();
    let blocks = examples(&guide);
    assert!(blocks.len() >= 8, "{} examples", blocks.len());
    let app = TestApp::spawn(
        Backend::Sqlite,
        Options {
            demo: true,
            ..Default::default()
        },
    )
    .await;
    let email = "editor@korea.example";
    let password = app.add_user(email, Some("national-museum-of-korea"));
    let dir = tempfile::tempdir().unwrap();
    let script = format!("set -eu\n{}", blocks.join("\n"));
    let (base, cwd) = (app.base.clone(), dir.path().to_path_buf());
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new("sh")
            .arg("-c")
            .arg(script)
            .current_dir(cwd)
            .env("VCM", base)
            .env("VCM_EMAIL", email)
            .env("VCM_PASSWORD", password)
            .output()
            .expect("a shell runs")
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the guide's examples failed ({}):\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    // What the guide did is there: the imported, edited and nominated work,
    // the upserted one, and the reported bad record.
    assert!(stdout.contains(r#""code":"unknown_value""#), "{stdout}");
    let token = app
        .editor_token("checker@korea.example", "national-museum-of-korea")
        .await;
    let work: Value = app
        .get_as("/api/v1/partner/artworks/moon-jar", &token)
        .await;
    assert_eq!(work["status"], "in_review");
    assert_eq!(work["title_original"], "백자 달항아리");
    assert_eq!(
        work["statement"],
        "A full moon of white porcelain, thrown in two halves."
    );
    let upserted = app
        .call("GET", "/api/v1/partner/artworks/celadon-ewer", Some(&token))
        .send()
        .await
        .unwrap();
    assert_eq!(upserted.status(), 200);
}

#[test]
fn examples_are_read_from_sh_blocks_only() {
    let md = "text\n```sh\necho one\n```\n```json\n{}\n```\n```sh\necho two\necho three\n```\n";
    assert_eq!(examples(md), ["echo one\n", "echo two\necho three\n"]);
}
