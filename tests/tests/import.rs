//! Bulk imports through the partner API: formats, mapping, dry runs, per-record
//! reports, idempotency, limits, and the whole real data file.

use serde_json::{Value, json};
use vcm_tests::{TestApp, assert_problem, corpus};

const KOREA: &str = "national-museum-of-korea";

async fn import(
    app: &TestApp,
    token: &str,
    query: &str,
    content_type: &str,
    body: impl Into<reqwest::Body>,
) -> reqwest::Response {
    app.call(
        "POST",
        &format!("/api/v1/partner/imports{query}"),
        Some(token),
    )
    .header("content-type", content_type)
    .body(body)
    .send()
    .await
    .unwrap()
}

async fn finished(
    app: &TestApp,
    token: &str,
    query: &str,
    content_type: &str,
    body: impl Into<reqwest::Body>,
) -> Value {
    let res = import(app, token, query, content_type, body).await;
    assert_eq!(res.status(), 200, "{:?} import {query}", app.backend);
    let job: Value = res.json().await.unwrap();
    assert_eq!(job["status"], "done", "{job}");
    job
}

/// Every row of a job, following the cursor.
async fn rows(app: &TestApp, token: &str, job: i64, outcome: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut cursor = String::new();
    loop {
        let page: Value = app
            .call(
                "GET",
                &format!("/api/v1/partner/imports/{job}/rows?limit=1000{outcome}{cursor}"),
                Some(token),
            )
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        out.extend(page["items"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(c) => cursor = format!("&cursor={c}"),
            None => return out,
        }
    }
}

fn counts(job: &Value) -> [i64; 5] {
    ["rows_read", "created", "updated", "unchanged", "failed"].map(|k| job[k].as_i64().unwrap())
}

const CSV: &str = "\u{feff}Accession,title,object_type,rights,makers,materials,year_begin,year_end,origin_country\n\
K-1,Moon jar,ceramics,CC0,,porcelain,1700,1750,KR\n\
K-2,,vase,CC0,,,c. 1800,,Atlantis\n\
K-3,\"Tsuba, with waves\",arms and armour,CC BY 4.0,Goto Ichijo; Goto workshop,iron; gold,1800,1850,Japan\n\
K-4,Short row,painting\n\
K-1,Moon jar again,ceramics,CC0,,,,,\n";

#[tokio::test]
async fn a_csv_import_reports_every_row_and_a_second_run_changes_nothing() {
    for app in TestApp::each_backend().await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let q = "?wait=true&mapping=inventory_number:Accession";
        let dry = finished(&app, &token, &format!("{q}&dry_run=true"), "text/csv", CSV).await;
        assert_eq!(dry["dry_run"], true);
        assert_eq!(counts(&dry), [5, 2, 0, 0, 3]);
        let listed: Value = app.get_as("/api/v1/partner/artworks", &token).await;
        assert!(
            listed["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|w| w["inventory_number"] != "K-1"),
            "a dry run writes nothing"
        );

        let job = finished(&app, &token, q, "text/csv", CSV).await;
        assert_eq!(counts(&job), [5, 2, 0, 0, 3]);
        let all = rows(&app, &token, job["id"].as_i64().unwrap(), "").await;
        let summary: Vec<(i64, i64, &str)> = all
            .iter()
            .map(|r| {
                (
                    r["row"].as_i64().unwrap(),
                    r["line"].as_i64().unwrap(),
                    r["outcome"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (1, 2, "created"),
                (2, 3, "failed"),
                (3, 4, "created"),
                (4, 5, "failed"),
                (5, 6, "failed")
            ]
        );
        let problems = |row: &Value| -> Vec<(String, String)> {
            row["problems"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    (
                        p["field"].as_str().unwrap().to_owned(),
                        p["code"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        };
        assert_eq!(
            problems(&all[1]),
            [
                ("title".to_owned(), "required".to_owned()),
                ("object_type".into(), "unknown_value".into()),
                ("origin_country".into(), "unknown_value".into()),
                ("year_begin".into(), "invalid".into()),
            ]
        );
        assert_eq!(all[1]["inventory_number"], "K-2");
        assert_eq!(
            problems(&all[3]),
            [("".to_owned(), "invalid".to_owned())],
            "short row"
        );
        assert_eq!(
            problems(&all[4]),
            [("inventory_number".to_owned(), "duplicate".to_owned())]
        );
        let tsuba = all[2]["slug"].as_str().unwrap();
        let work: Value = app
            .call(
                "GET",
                &format!("/api/v1/partner/artworks/{tsuba}"),
                Some(&token),
            )
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(work["title"], "Tsuba, with waves");
        assert_eq!(work["makers"][1]["name"], "Goto workshop");
        assert_eq!(work["materials"], json!(["iron", "gold"]));
        assert_eq!(work["origin_country"]["code"], "JP");
        assert_eq!(
            work["rights"],
            "http://creativecommons.org/licenses/by/4.0/"
        );

        let again = finished(&app, &token, q, "text/csv", CSV).await;
        assert_eq!(
            counts(&again),
            [5, 0, 0, 2, 3],
            "re-running the same file changes nothing"
        );
        let failed = rows(
            &app,
            &token,
            again["id"].as_i64().unwrap(),
            "&outcome=failed",
        )
        .await;
        assert_eq!(failed.len(), 3);
        let jobs: Value = app.get_as("/api/v1/partner/imports", &token).await;
        assert_eq!(jobs["items"].as_array().unwrap().len(), 3);
    }
}

#[tokio::test]
async fn json_and_ndjson_imports_read_the_same_records_and_are_polled_as_jobs() {
    for app in TestApp::each_backend().await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let records = [
            json!({"inventory_number": "J-1", "title": "Ewer", "object_type": "ceramics", "rights": "CC0", "makers": [{"name": "Unknown potter", "role": "potter"}], "year_begin": 1150, "year_end": 1200}),
            json!({"inventory_number": "J-2", "title": "Bowl", "object_type": "ceramics", "rights": "CC0", "colour": "green"}),
            json!(["not", "an", "object"]),
        ];
        let ndjson: String = records.iter().map(|r| format!("{r}\n\n")).collect();
        // Without `wait`, the answer is at once: 202 with the job to poll.
        let res = import(&app, &token, "", "application/x-ndjson", ndjson.clone()).await;
        assert_eq!(res.status(), 202);
        let location = res.headers()["location"].to_str().unwrap().to_owned();
        let mut job = Value::Null;
        for _ in 0..200 {
            job = app.get_as(&location, &token).await;
            if job["status"] == "done" {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        assert_eq!(counts(&job), [3, 1, 0, 0, 2], "{job}");
        let all = rows(&app, &token, job["id"].as_i64().unwrap(), "").await;
        assert_eq!(all[1]["line"], 3, "blank lines count as lines");
        assert_eq!(all[1]["problems"][0]["code"], "unknown_field");
        assert_eq!(
            all[2]["problems"][0]["message"],
            "the record is not a JSON object"
        );
        // The same records as a JSON array, skipping unknown fields.
        let array = serde_json::to_string(&records).unwrap();
        let job = finished(
            &app,
            &token,
            "?wait=true&ignore_unknown=true",
            "application/json",
            array,
        )
        .await;
        assert_eq!(counts(&job), [3, 1, 0, 1, 1]);
        // A JSON array broken half-way: the records before the fault keep their outcome.
        let broken = r#"[{"inventory_number": "J-3", "title": "Jar", "object_type": "ceramics", "rights": "CC0"}, {"inventory_number": "#;
        let res = import(&app, &token, "?wait=true", "application/json", broken).await;
        let job: Value = res.json().await.unwrap();
        assert_eq!(job["status"], "failed");
        assert!(
            job["error"].as_str().unwrap().contains("not a JSON array"),
            "{job}"
        );
        assert_eq!(job["created"], 1);
        let res = import(
            &app,
            &token,
            "?wait=true&format=json",
            "text/plain",
            "{\"a\": 1}",
        )
        .await;
        let job: Value = res.json().await.unwrap();
        assert_eq!(job["status"], "failed", "an object is not an array");
    }
}

#[tokio::test]
async fn bad_import_requests_get_a_clear_4xx() {
    let app = TestApp::spawn(
        vcm_tests::Backend::Sqlite,
        vcm_tests::Options {
            demo: true,
            ..Default::default()
        },
    )
    .await;
    let token = app.editor_token("ed@korea.example", KOREA).await;
    let admin = app.admin_token("admin@vcm.example").await;
    assert_problem(
        import(&app, &token, "", "application/pdf", "%PDF").await,
        415,
        "unsupported_media_type",
        "pdf",
    )
    .await;
    assert_problem(
        import(&app, &token, "?format=xml", "text/csv", "a").await,
        400,
        "invalid_parameter",
        "format",
    )
    .await;
    assert_problem(
        import(&app, &token, "?mapping=colour:Colour", "text/csv", "a").await,
        400,
        "invalid_parameter",
        "mapping field",
    )
    .await;
    assert_problem(
        import(&app, &token, "?mapping=title", "text/csv", "a").await,
        400,
        "invalid_parameter",
        "mapping shape",
    )
    .await;
    assert_problem(
        import(&app, &token, "?dry_run=maybe", "text/csv", "a").await,
        400,
        "invalid_parameter",
        "flag",
    )
    .await;
    let anonymous = app
        .client
        .post(app.url("/api/v1/partner/imports"))
        .header("content-type", "text/csv")
        .body("a")
        .send()
        .await
        .unwrap();
    assert_problem(anonymous, 401, "unauthorized", "anonymous").await;
    assert_problem(
        import(&app, &admin, "", "text/csv", "a").await,
        403,
        "forbidden",
        "admin",
    )
    .await;
    let huge = vec![b'x'; 64 * 1024 * 1024 + 1];
    assert_problem(
        import(&app, &token, "", "text/csv", huge).await,
        413,
        "payload_too_large",
        "huge",
    )
    .await;
    let other = app
        .editor_token("ed@tokyo.example", "tokyo-national-museum")
        .await;
    let job = finished(&app, &token, "?wait=true", "text/csv", "inventory_number\n").await;
    let path = format!("/api/v1/partner/imports/{}", job["id"]);
    assert_problem(
        app.call("GET", &path, Some(&other)).send().await.unwrap(),
        404,
        "not_found",
        "another museum's job",
    )
    .await;
    assert_problem(
        app.call("GET", &format!("{path}/rows?outcome=odd"), Some(&token))
            .send()
            .await
            .unwrap(),
        400,
        "invalid_parameter",
        "outcome",
    )
    .await;
    assert_problem(
        app.call("GET", &format!("{path}/rows?limit=5000"), Some(&token))
            .send()
            .await
            .unwrap(),
        400,
        "invalid_parameter",
        "limit",
    )
    .await;
}

#[tokio::test]
async fn the_whole_real_data_file_imports_with_every_record_accounted_for() {
    let (file, n) = match corpus::export_ndjson() {
        Ok(export) => export,
        Err(e) if std::env::var("VCM_TEST_REQUIRE_DATA").is_ok_and(|v| v == "1") => panic!("{e}"),
        Err(e) => {
            eprintln!("SKIPPED the real-records import test: {e}");
            return;
        }
    };
    let q = format!(
        "?wait=true&ignore_unknown=true&mapping={}",
        corpus::EXPORT_MAPPING
    );
    for app in TestApp::each_backend_with(vcm_tests::Options {
        demo: true,
        ..Default::default()
    })
    .await
    {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let (_, client) = app.client_token(&token).await;
        let job = finished(&app, &client, &q, "application/x-ndjson", file.clone()).await;
        let [read, created, updated, unchanged, failed] = counts(&job);
        assert_eq!(read as usize, n, "every record was read");
        assert_eq!(
            created + updated + unchanged + failed,
            read,
            "every record has an outcome"
        );
        assert_eq!((updated, unchanged), (0, 0));
        assert!(created as usize > n * 9 / 10, "{job}");
        let all = rows(&app, &client, job["id"].as_i64().unwrap(), "").await;
        assert_eq!(all.len(), n);
        for r in all.iter().filter(|r| r["outcome"] == "failed") {
            let p = &r["problems"][0];
            assert!(
                p["code"].is_string() && !p["message"].as_str().unwrap().is_empty(),
                "{r}"
            );
        }
        // Records from countries outside the network's list are reported, not lost.
        assert!(
            all.iter()
                .any(|r| r["problems"][0]["field"] == "origin_country")
        );
        let again = finished(&app, &client, &q, "application/x-ndjson", file.clone()).await;
        assert_eq!(
            counts(&again),
            [read, 0, 0, created, failed],
            "the second run changes nothing"
        );
        // What was imported is searchable by the museum's staff once published;
        // drafts are not public, so the public search does not show them.
        let page: Value = app
            .get_as("/api/v1/partner/artworks?limit=1", &client)
            .await;
        assert_eq!(page["items"][0]["status"], "draft");
    }
}
