//! `cargo xtask bench import`: imports every real record in ../shared/data
//! through the HTTP API as one museum's system would (OAuth client, one NDJSON
//! upload), then waits for the search index to apply every change. Prints
//! records a second and the process's memory, on SQLite and, when
//! `VCM_BENCH_POSTGRES_URL` names a PostgreSQL server, on PostgreSQL.
//!
//! The server runs in this process (release build), so the memory figures are
//! server and client together; the client holds the 6 MB file in memory.

use std::time::{Duration, Instant};

use diesel::prelude::*;
use serde_json::{Value, json};
use vcm_api::config::Config;
use vcm_tests::corpus;

const MUSEUM: &str = "national-museum-of-korea";

/// Resident and peak resident memory of this process, in MiB (Linux).
fn memory() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// The real records as a museum's NDJSON export: its own column names, its
/// classification mapped to our object types.
fn export() -> (String, usize) {
    let path = std::env::var("VCM_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| vcm_tests::repo_root().join("../shared/data"))
        .join("artworks-cc0.jsonl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut out = String::new();
    let mut n = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let mut r: serde_json::Map<String, Value> = serde_json::from_str(line).unwrap();
        let class = ["classification", "object_type"]
            .iter()
            .find_map(|k| r.get(*k).and_then(Value::as_str))
            .unwrap_or("")
            .to_owned();
        r.insert("object_type".into(), json!(corpus::object_type(&class)));
        r.insert("license".into(), json!("CC0"));
        out.push_str(&serde_json::to_string(&r).unwrap());
        out.push('\n');
        n += 1;
    }
    (out, n)
}

async fn run(label: &str, config: Config, file: &str, records: usize) {
    let prepared = vcm_api::prepare(&config, true).expect("the database is prepared");
    let search = prepared.search.clone();
    let pool = prepared.pool.clone();
    let (server, addrs) = vcm_api::start(&config, prepared).expect("the server binds");
    let handle = server.handle();
    tokio::spawn(server);
    let base = format!("http://{}", addrs[0]);
    let http = reqwest::Client::new();

    // An editor (as `vcm user create` makes one), its client, the client's token.
    let password = "a benchmark password";
    {
        let mut conn = pool.get().unwrap();
        let museum: i64 = vcm_api::db::schema::museums::table
            .filter(vcm_api::db::schema::museums::slug.eq(MUSEUM))
            .select(vcm_api::db::schema::museums::id)
            .first(&mut conn)
            .unwrap();
        let hash = vcm_api::auth::hash_password(password).unwrap();
        vcm_api::auth::routes::create_user(
            &mut conn,
            "bench@museum.example",
            "Bench",
            vcm_shared::Role::Editor,
            Some(museum),
            Some(hash),
        )
        .unwrap();
    }
    let session: Value = http
        .post(format!("{base}/api/v1/auth/login"))
        .json(&json!({"email": "bench@museum.example", "password": password}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let access = session["access_token"].as_str().unwrap();
    let client: Value = http
        .post(format!("{base}/api/v1/partner/clients"))
        .bearer_auth(access)
        .json(&json!({"name": "bench"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token: Value = http
        .post(format!("{base}/api/v1/oauth/token"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", client["client"]["client_id"].as_str().unwrap()),
            ("client_secret", client["client_secret"].as_str().unwrap()),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = token["access_token"].as_str().unwrap().to_owned();
    let url = format!(
        "{base}/api/v1/partner/imports?wait=true&ignore_unknown=true&mapping=\
         inventory_number:accession_number,makers:maker,origin_country:country,\
         materials:medium,rights:license"
    );

    for pass in ["first import", "same file again"] {
        let (rss_before, _) = memory();
        let sampling = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
        let sampler = {
            let sampling = sampling.clone();
            std::thread::spawn(move || {
                let mut peak: f64 = 0.0;
                while sampling.load(std::sync::atomic::Ordering::Relaxed) {
                    peak = peak.max(memory().0);
                    std::thread::sleep(Duration::from_millis(20));
                }
                peak
            })
        };
        let started = Instant::now();
        let job: Value = http
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
                .first::<Option<i64>>(&mut pool.get().unwrap())
                .unwrap()
                .unwrap_or(0)
        };
        while search.generation().applied() < last_change {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let indexed = started.elapsed();
        sampling.store(false, std::sync::atomic::Ordering::Relaxed);
        let peak = sampler.join().unwrap();
        assert_eq!(job["status"], "done", "{job}");
        assert_eq!(job["rows_read"].as_u64(), Some(records as u64));
        println!(
            "{label:<11} {pass:<16} {records:>6} records: {:>5.2} s import ({:>5.0} rec/s), \
             {:>5.2} s with search index ({:>5.0} rec/s); {} created, {} unchanged, {} failed; \
             memory {:.0} MiB before, peak {:.0} MiB (+{:.0})",
            imported.as_secs_f64(),
            records as f64 / imported.as_secs_f64(),
            indexed.as_secs_f64(),
            records as f64 / indexed.as_secs_f64(),
            job["created"],
            job["unchanged"],
            job["failed"],
            rss_before,
            peak.max(rss_before),
            (peak - rss_before).max(0.0),
        );
    }
    handle.stop(true).await;
}

#[tokio::main]
async fn main() {
    let (file, records) = export();
    println!(
        "importing {records} real records ({:.1} MB of NDJSON) through POST /api/v1/partner/imports, \
         as one museum's API client; {} cores",
        file.len() as f64 / 1e6,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    let dir = vcm_tests::repo_root().join("target/bench-import");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let base = Config {
        bind: "127.0.0.1:0".into(),
        web_dir: dir.join("web"),
        max_import_bytes: 1 << 30,
        ..Config::new(dir.join("sqlite"))
    };
    run("SQLite", base.clone(), &file, records).await;

    match std::env::var("VCM_BENCH_POSTGRES_URL") {
        Ok(admin_url) => {
            let name = format!("vcm_bench_import_{}", std::process::id());
            let mut admin = diesel::PgConnection::establish(&admin_url)
                .unwrap_or_else(|e| panic!("cannot reach {admin_url}: {e}"));
            diesel::sql_query(format!("CREATE DATABASE {name}"))
                .execute(&mut admin)
                .unwrap();
            let url = format!("{}/{name}", admin_url.rsplit_once('/').unwrap().0);
            let config = Config {
                database_url: Some(url),
                ..Config::new(dir.join("postgres"))
            };
            let config = Config {
                bind: base.bind.clone(),
                web_dir: base.web_dir.clone(),
                max_import_bytes: base.max_import_bytes,
                ..config
            };
            run("PostgreSQL", config, &file, records).await;
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut admin);
        }
        Err(_) => println!(
            "PostgreSQL: skipped (set VCM_BENCH_POSTGRES_URL=postgres://USER@HOST/DB; \
             `cargo xtask bench import` sets it when PostgreSQL answers on 127.0.0.1:5432)"
        ),
    }
}
