//! Bulk imports through the partner API: formats, mapping, dry runs, per-record
//! reports, idempotency, limits, and the whole real data file.

use serde_json::json;
use vcm_shared::client::signed_in::{self, ImportOptions};
use vcm_shared::client::{ApiError, Client};
use vcm_shared::{
    ErrorCode, FieldCode, ImportFormat, ImportJob, ImportRow, ImportStatus, RowOutcome, WorkStatus,
};
use vcm_tests::{TestApp, assert_problem, corpus, refused};

const KOREA: &str = "national-museum-of-korea";

/// A POST of `body` to the imports with a raw query and content type, for
/// what the typed call cannot send (no `wait`, a wrong type or parameter).
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

/// How to read a file of `format` with this `mapping`, written for real.
fn options(format: ImportFormat, mapping: &str) -> ImportOptions {
    ImportOptions {
        format,
        mapping: mapping.to_owned(),
        ignore_unknown: false,
        dry_run: false,
    }
}

/// Sends `file` through the typed import call: the job the server waited
/// for, or why not.
async fn start(
    app: &TestApp,
    token: &str,
    options: &ImportOptions,
    file: impl Into<reqwest::Body>,
) -> Result<ImportJob, ApiError> {
    let call = signed_in::start_import(options);
    let answer = app.api_as(token).answer_file(call, file).await?;
    assert_eq!(answer.status, 200, "{:?}: a job waited for", app.backend);
    Ok(answer.body)
}

/// Imports `file`, asserting that the job is done.
async fn finished(
    app: &TestApp,
    token: &str,
    options: &ImportOptions,
    file: impl Into<reqwest::Body>,
) -> ImportJob {
    let job = start(app, token, options, file)
        .await
        .unwrap_or_else(|e| panic!("{:?} import {options:?}: {e}", app.backend));
    assert_eq!(job.status, ImportStatus::Done, "{job:?}");
    job
}

/// Every row of a job, optionally those with one outcome, following the cursor.
async fn rows(api: &Client, job: i64, outcome: Option<RowOutcome>) -> Vec<ImportRow> {
    let (mut out, mut cursor) = (Vec::new(), None::<String>);
    loop {
        let call = signed_in::import_rows(job, outcome, Some(1000), cursor.as_deref());
        let page = api.send(call).await.unwrap();
        out.extend(page.items);
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => return out,
        }
    }
}

/// Records read, created, updated, unchanged and failed.
fn counts(job: &ImportJob) -> [i64; 5] {
    [
        job.rows_read,
        job.created,
        job.updated,
        job.unchanged,
        job.failed,
    ]
}

/// A row's problems, field and code.
fn problems(row: &ImportRow) -> Vec<(&str, FieldCode)> {
    row.problems
        .iter()
        .map(|p| (p.field.as_str(), p.code))
        .collect()
}

const CSV: &str = "\u{feff}Accession,title,object_type,rights,makers,materials,year_begin,year_end,origin_country\n\
K-1,Moon jar,ceramics,CC0,,porcelain,1700,1750,KR\n\
K-2,,vase,CC0,,,c. 1800,,Atlantis\n\
K-3,\"Tsuba, with waves\",arms and armour,CC BY 4.0,Goto Ichijo; Goto workshop,iron; gold,1800,1850,Japan\n\
K-4,Short row,painting\n\
K-1,Moon jar again,ceramics,CC0,,,,,\n";

/// The CSV above, its inventory numbers in the `Accession` column.
fn csv() -> ImportOptions {
    options(ImportFormat::Csv, "inventory_number:Accession")
}

/// A dry run counts what the file would do and writes nothing.
async fn dry_run_writes_nothing(app: &TestApp, token: &str) {
    let dry = ImportOptions {
        dry_run: true,
        ..csv()
    };
    let dry = finished(app, token, &dry, CSV).await;
    assert!(dry.dry_run);
    assert_eq!(counts(&dry), [5, 2, 0, 0, 3]);
    let call = signed_in::partner_artworks(None, None, None);
    let listed = app.api_as(token).send(call).await.unwrap();
    assert!(
        listed
            .items
            .iter()
            .all(|w| w.inventory_number.as_deref() != Some("K-1")),
        "a dry run writes nothing"
    );
}

/// The rows of the CSV's first run, each with its outcome and problems;
/// answers the slug of the work made from the third.
async fn rows_reported(editor: &Client, job: &ImportJob) -> String {
    let all = rows(editor, job.id, None).await;
    let summary: Vec<(i64, Option<i64>, RowOutcome)> =
        all.iter().map(|r| (r.row, r.line, r.outcome)).collect();
    assert_eq!(
        summary,
        [
            (1, Some(2), RowOutcome::Created),
            (2, Some(3), RowOutcome::Failed),
            (3, Some(4), RowOutcome::Created),
            (4, Some(5), RowOutcome::Failed),
            (5, Some(6), RowOutcome::Failed)
        ]
    );
    assert_eq!(
        problems(&all[1]),
        [
            ("title", FieldCode::Required),
            ("object_type", FieldCode::UnknownValue),
            ("origin_country", FieldCode::UnknownValue),
            ("year_begin", FieldCode::Invalid),
        ]
    );
    assert_eq!(all[1].inventory_number.as_deref(), Some("K-2"));
    assert_eq!(problems(&all[3]), [("", FieldCode::Invalid)], "short row");
    assert_eq!(
        problems(&all[4]),
        [("inventory_number", FieldCode::Duplicate)]
    );
    all[2].slug.clone().unwrap()
}

#[tokio::test]
async fn a_csv_import_reports_every_row_and_a_second_run_changes_nothing() {
    for app in TestApp::each_backend().await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let editor = app.api_as(&token);
        dry_run_writes_nothing(&app, &token).await;

        let job = finished(&app, &token, &csv(), CSV).await;
        assert_eq!(counts(&job), [5, 2, 0, 0, 3]);
        let tsuba = rows_reported(&editor, &job).await;
        let call = signed_in::partner_artwork(&tsuba);
        let work = editor.send(call).await.unwrap().artwork;
        assert_eq!(work.title, "Tsuba, with waves");
        assert_eq!(work.makers[1].name, "Goto workshop");
        assert_eq!(work.materials, ["iron", "gold"]);
        assert_eq!(work.origin_country.unwrap().code, "JP");
        assert_eq!(work.rights, "http://creativecommons.org/licenses/by/4.0/");

        let again = finished(&app, &token, &csv(), CSV).await;
        assert_eq!(
            counts(&again),
            [5, 0, 0, 2, 3],
            "re-running the same file changes nothing"
        );
        let failed = rows(&editor, again.id, Some(RowOutcome::Failed)).await;
        assert_eq!(failed.len(), 3);
        let jobs = editor.send(signed_in::imports()).await.unwrap();
        assert_eq!(jobs.items.len(), 3);
    }
}

#[tokio::test]
async fn json_and_ndjson_imports_read_the_same_records_and_are_polled_as_jobs() {
    for app in TestApp::each_backend().await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let editor = app.api_as(&token);
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
        let mut job: ImportJob = res.json().await.unwrap();
        let poll = signed_in::import_job(job.id);
        assert_eq!(location, poll.url(""), "the job is polled where it says");
        for _ in 0..200 {
            job = editor.send(poll.clone()).await.unwrap();
            if job.status == ImportStatus::Done {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        assert_eq!(counts(&job), [3, 1, 0, 0, 2], "{job:?}");
        let all = rows(&editor, job.id, None).await;
        assert_eq!(all[1].line, Some(3), "blank lines count as lines");
        assert_eq!(all[1].problems[0].code, FieldCode::UnknownField);
        assert_eq!(
            all[2].problems[0].message,
            "the record is not a JSON object"
        );
        // The same records as a JSON array, skipping unknown fields.
        let array = serde_json::to_string(&records).unwrap();
        let skipping = ImportOptions {
            ignore_unknown: true,
            ..options(ImportFormat::Json, "")
        };
        let job = finished(&app, &token, &skipping, array).await;
        assert_eq!(counts(&job), [3, 1, 0, 1, 1]);
        // A JSON array broken half-way: the records before the fault keep their outcome.
        let broken = r#"[{"inventory_number": "J-3", "title": "Jar", "object_type": "ceramics", "rights": "CC0"}, {"inventory_number": "#;
        let json = options(ImportFormat::Json, "");
        let job = start(&app, &token, &json, broken).await.unwrap();
        assert_eq!(job.status, ImportStatus::Failed);
        assert!(
            job.error.as_deref().unwrap().contains("not a JSON array"),
            "{job:?}"
        );
        assert_eq!(job.created, 1);
        let res = import(
            &app,
            &token,
            "?wait=true&format=json",
            "text/plain",
            "{\"a\": 1}",
        )
        .await;
        let job: ImportJob = res.json().await.unwrap();
        assert_eq!(
            job.status,
            ImportStatus::Failed,
            "an object is not an array"
        );
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
    let csv = |mapping: &str| options(ImportFormat::Csv, mapping);
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
    for (mapping, what) in [
        ("colour:Colour", "mapping field"),
        ("title", "mapping shape"),
    ] {
        let answer = start(&app, &token, &csv(mapping), "a").await;
        refused(answer, 400, ErrorCode::InvalidParameter, what);
    }
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
    let by_admin = start(&app, &admin, &csv(""), "a").await;
    refused(by_admin, 403, ErrorCode::Forbidden, "admin");
    let huge = vec![b'x'; 64 * 1024 * 1024 + 1];
    let huge = start(&app, &token, &csv(""), huge).await;
    refused(huge, 413, ErrorCode::PayloadTooLarge, "huge");
    let other = app
        .editor_token("ed@tokyo.example", "tokyo-national-museum")
        .await;
    let job = finished(&app, &token, &csv(""), "inventory_number\n").await;
    let theirs = app.api_as(&other).send(signed_in::import_job(job.id)).await;
    refused(theirs, 404, ErrorCode::NotFound, "another museum's job");
    assert_problem(
        app.call(
            "GET",
            &format!("/api/v1/partner/imports/{}/rows?outcome=odd", job.id),
            Some(&token),
        )
        .send()
        .await
        .unwrap(),
        400,
        "invalid_parameter",
        "outcome",
    )
    .await;
    let call = signed_in::import_rows(job.id, None, Some(5000), None);
    let answer = app.api_as(&token).send(call).await;
    refused(answer, 400, ErrorCode::InvalidParameter, "limit");
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
    let export = ImportOptions {
        ignore_unknown: true,
        ..options(ImportFormat::Ndjson, corpus::EXPORT_MAPPING)
    };
    for app in TestApp::each_backend_with(vcm_tests::Options {
        demo: true,
        ..Default::default()
    })
    .await
    {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let (_, client) = app.client_token(&token).await;
        let system = app.api_as(&client);
        let job = finished(&app, &client, &export, file.clone()).await;
        let [read, created, updated, unchanged, failed] = counts(&job);
        assert_eq!(read as usize, n, "every record was read");
        assert_eq!(
            created + updated + unchanged + failed,
            read,
            "every record has an outcome"
        );
        assert_eq!((updated, unchanged), (0, 0));
        assert!(created as usize > n * 9 / 10, "{job:?}");
        let all = rows(&system, job.id, None).await;
        assert_eq!(all.len(), n);
        for r in all.iter().filter(|r| r.outcome == RowOutcome::Failed) {
            assert!(!r.problems[0].message.is_empty(), "{r:?}");
        }
        // Records from countries outside the network's list are reported, not lost.
        assert!(all.iter().any(|r| {
            r.problems
                .first()
                .is_some_and(|p| p.field == "origin_country")
        }));
        let again = finished(&app, &client, &export, file.clone()).await;
        assert_eq!(
            counts(&again),
            [read, 0, 0, created, failed],
            "the second run changes nothing"
        );
        // What was imported is searchable by the museum's staff once published;
        // drafts are not public, so the public search does not show them.
        let call = signed_in::partner_artworks(None, Some(1), None);
        let page = system.send(call).await.unwrap();
        assert_eq!(page.items[0].status, WorkStatus::Draft);
    }
}
