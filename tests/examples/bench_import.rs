//! `cargo xtask bench import`: imports every real record in ../shared/data
//! through the HTTP API as one museum's system would (OAuth client, one NDJSON
//! upload), then waits for the search index to apply every change. Prints
//! records a second and the process's memory, on SQLite and, when
//! `VCM_BENCH_POSTGRES_URL` names a PostgreSQL server, on PostgreSQL.
//!
//! The server runs in this process (release build, the test harness's
//! settings), so the memory figures are server and client together; the
//! client holds the 5 MB file in memory.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use serde_json::Value;
use vcm_tests::{Backend, Options, TestApp, corpus};

/// Resident memory of this process, in MiB (Linux).
fn resident() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

async fn run(label: &str, app: TestApp, file: &str, records: usize) {
    let editor = app
        .editor_token("bench@museum.example", "national-museum-of-korea")
        .await;
    let (_, token) = app.client_token(&editor).await;
    let url = app.url(&format!(
        "/api/v1/partner/imports?wait=true&ignore_unknown=true&mapping={}",
        corpus::EXPORT_MAPPING
    ));
    for pass in ["first import", "same file again"] {
        let before = resident();
        let sampling = Arc::new(AtomicBool::new(true));
        let sampler = {
            let sampling = sampling.clone();
            std::thread::spawn(move || {
                let mut peak: f64 = 0.0;
                while sampling.load(Ordering::Relaxed) {
                    peak = peak.max(resident());
                    std::thread::sleep(Duration::from_millis(20));
                }
                peak
            })
        };
        let started = Instant::now();
        let job: Value = app
            .client
            .post(&url)
            .bearer_auth(&token)
            .header("content-type", "application/x-ndjson")
            .body(file.to_owned())
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let imported = started.elapsed();
        // Every change the import made is in the search index.
        let last_change: i64 = {
            use vcm_api::db::schema::search_changes;
            search_changes::table
                .select(diesel::dsl::max(search_changes::id))
                .first::<Option<i64>>(&mut app.db())
                .unwrap()
                .unwrap_or(0)
        };
        while app.search.generation().applied() < last_change {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let indexed = started.elapsed();
        sampling.store(false, Ordering::Relaxed);
        let peak = sampler.join().unwrap().max(before);
        assert_eq!(job["status"], "done", "{job}");
        assert_eq!(job["rows_read"].as_u64(), Some(records as u64));
        println!(
            "{label:<11} {pass:<16} {records:>6} records: {:>5.2} s import ({:>5.0} rec/s), \
             {:>5.2} s with search index ({:>5.0} rec/s); {} created, {} unchanged, {} failed; \
             memory {before:.0} MiB before, peak {peak:.0} MiB (+{:.0})",
            imported.as_secs_f64(),
            records as f64 / imported.as_secs_f64(),
            indexed.as_secs_f64(),
            records as f64 / indexed.as_secs_f64(),
            job["created"],
            job["unchanged"],
            job["failed"],
            peak - before,
        );
    }
}

#[tokio::main]
async fn main() {
    let (file, records) = corpus::export_ndjson().unwrap_or_else(|e| panic!("{e}"));
    println!(
        "importing {records} real records ({:.1} MB of NDJSON) through POST /api/v1/partner/imports, \
         as one museum's API client; {} cores",
        file.len() as f64 / 1e6,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    let demo = Options {
        demo: true,
        ..Options::default()
    };
    run(
        "SQLite",
        TestApp::spawn(Backend::Sqlite, demo.clone()).await,
        &file,
        records,
    )
    .await;

    match std::env::var("VCM_BENCH_POSTGRES_URL") {
        Ok(admin_url) => {
            let name = format!("vcm_bench_import_{}", std::process::id());
            let mut admin = diesel::PgConnection::establish(&admin_url)
                .unwrap_or_else(|e| panic!("cannot reach {admin_url}: {e}"));
            diesel::sql_query(format!("CREATE DATABASE {name}"))
                .execute(&mut admin)
                .unwrap();
            let url = format!("{}/{name}", admin_url.rsplit_once('/').unwrap().0);
            let options = Options {
                database_url: Some(url),
                ..demo
            };
            let app = TestApp::spawn(Backend::Postgres, options).await;
            run("PostgreSQL", app, &file, records).await;
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut admin);
        }
        Err(_) => println!(
            "PostgreSQL: skipped (set VCM_BENCH_POSTGRES_URL=postgres://USER@HOST/DB; \
             `cargo xtask bench import` sets it when PostgreSQL answers on 127.0.0.1:5432)"
        ),
    }
}
