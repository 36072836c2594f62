//! `cargo xtask bench search`: search at scale on corpora built from the real
//! museum records in ../shared/data (mapped to VCM artworks, replicated with
//! perturbation), against a SQLite FTS5 baseline (and PostgreSQL full text
//! when `VCM_BENCH_POSTGRES_URL` is set) running the same queries.
//!
//! Usage: bench_search [--works 100000,1000000] [--postgres-max 100000] [--no-baseline]
//! Prints figures; never fails on a timing.

use std::path::Path;
use std::time::{Duration, Instant};

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text};
use vcm_api::config::Config;
use vcm_api::db::DbConnection;
use vcm_api::search::engine::{self, Request};
use vcm_api::search::query::parse;
use vcm_shared::FacetName;
use vcm_tests::corpus::{self, Lcg, Record};

/// Museums the corpus is spread over.
const MUSEUMS: usize = 400;

/// A query of the mix: text, facet filters, a year range.
type BenchQuery = (String, Vec<(FacetName, String)>, Option<(i32, i32)>);

/// A fixed mix of queries drawn from the records: title words, makers,
/// places and periods, CJK characters, with and without filters.
fn query_mix(records: &[Record], count: usize) -> Vec<BenchQuery> {
    let mut rng = Lcg(42);
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 3 && w.is_ascii())
            .map(str::to_owned)
            .collect()
    };
    let cjk: Vec<String> = records
        .iter()
        .filter_map(|r| r.title.as_deref())
        .flat_map(|t| {
            let chars: Vec<char> = t
                .chars()
                .filter(|c| ('\u{3040}'..='\u{9fff}').contains(c))
                .collect();
            chars
                .windows(2)
                .map(|w| w.iter().collect::<String>())
                .collect::<Vec<_>>()
        })
        .collect();
    let filters = [
        vec![(FacetName::Country, "JP".to_owned())],
        vec![(FacetName::ObjectType, "print".to_owned())],
        vec![
            (FacetName::Country, "CN".to_owned()),
            (FacetName::ObjectType, "ceramics".to_owned()),
        ],
        vec![(FacetName::MuseumCountry, "FR".to_owned())],
        vec![
            (FacetName::Reusable, "yes".to_owned()),
            (FacetName::HasImage, "yes".to_owned()),
        ],
    ];
    let mut out = Vec::new();
    while out.len() < count {
        let r = &records[rng.below(records.len())];
        let text = match out.len() % 5 {
            0 | 1 => {
                let w = words(r.title.as_deref().unwrap_or(""));
                if w.is_empty() {
                    continue;
                }
                let i = rng.below(w.len());
                w[i..(i + 2).min(w.len())].join(" ")
            }
            2 => match r.maker.as_deref().map(words) {
                Some(w) if !w.is_empty() => w[w.len() - 1].clone(),
                _ => continue,
            },
            3 => match r.culture.as_deref().or(r.period.as_deref()).map(words) {
                Some(w) if !w.is_empty() => w[0].clone(),
                _ => continue,
            },
            _ => cjk[rng.below(cjk.len())].clone(),
        };
        let filtered = out.len() % 3 == 0;
        let facets = if filtered {
            filters[rng.below(filters.len())].clone()
        } else {
            Vec::new()
        };
        let years = (out.len() % 10 == 9).then_some((1700, 1900));
        out.push((text, facets, years));
    }
    out
}

fn percentiles(mut samples: Vec<Duration>) -> (f64, f64, f64) {
    samples.sort();
    let at = |p: f64| {
        samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)].as_secs_f64() * 1e3
    };
    (at(0.5), at(0.95), at(0.99))
}

fn dir_size(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_size(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = Nullable<Text>)]
    value: Option<String>,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

#[derive(QueryableByName)]
struct Id {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

/// The baseline's column for each facet it can count from the database.
fn baseline_column(facet: FacetName) -> Option<&'static str> {
    Some(match facet {
        FacetName::Country => "a.origin_country",
        FacetName::Museum => "m.slug",
        FacetName::MuseumCountry => "m.country_code",
        FacetName::ObjectType => "a.object_type",
        FacetName::HasImage => "CASE WHEN a.image_url IS NULL THEN 'no' ELSE 'yes' END",
        FacetName::Reusable => {
            "CASE WHEN a.rights LIKE 'http://creativecommons.org/%' THEN 'yes' ELSE 'no' END"
        }
        FacetName::Region | FacetName::Material | FacetName::Period => return None,
    })
}

enum Baseline {
    Fts5,
    Postgres,
}

/// The same query on the database's own full-text search: the page by rank,
/// the total, and each countable facet under the other facets' filters.
/// Returns the total and how many facet values it counted.
fn baseline_query(
    conn: &mut DbConnection,
    kind: &Baseline,
    text: &str,
    facets: &[(FacetName, String)],
    years: Option<(i32, i32)>,
) -> (u64, usize) {
    let terms: Vec<String> = text
        .split_whitespace()
        .map(|w| w.replace(['"', '\''], ""))
        .filter(|w| !w.is_empty())
        .collect();
    let (from, matching, rank) = match kind {
        Baseline::Fts5 => (
            "fts JOIN artworks a ON a.id = fts.rowid JOIN museums m ON m.id = a.museum_id",
            format!(
                "fts MATCH '{}'",
                terms
                    .iter()
                    .map(|t| format!("\"{t}\""))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            "bm25(fts)".to_owned(),
        ),
        Baseline::Postgres => (
            "artworks a JOIN museums m ON m.id = a.museum_id",
            format!(
                "a.search @@ plainto_tsquery('simple', '{}')",
                terms.join(" ")
            ),
            format!(
                "ts_rank(a.search, plainto_tsquery('simple', '{}')) DESC",
                terms.join(" ")
            ),
        ),
    };
    let filter = |skip: Option<FacetName>| -> String {
        let mut conds = vec![matching.clone()];
        for (f, v) in facets {
            if Some(*f) != skip
                && let Some(col) = baseline_column(*f)
            {
                conds.push(format!("{col} = '{v}'"));
            }
        }
        if let Some((a, b)) = years {
            conds.push(format!("a.year_end >= {a} AND a.year_begin <= {b}"));
        }
        conds.join(" AND ")
    };
    let page: Vec<Id> = diesel::sql_query(format!(
        "SELECT a.id AS id FROM {from} WHERE {} ORDER BY {rank} LIMIT 25",
        filter(None)
    ))
    .load(conn)
    .unwrap();
    assert!(page.iter().all(|row| row.id > 0));
    let total: Vec<Count> = diesel::sql_query(format!(
        "SELECT NULL AS value, count(*) AS n FROM {from} WHERE {}",
        filter(None)
    ))
    .load(conn)
    .unwrap();
    let mut values = 0;
    for facet in FacetName::ALL {
        if let Some(col) = baseline_column(*facet) {
            let counted: Vec<Count> = diesel::sql_query(format!(
                "SELECT {col} AS value, count(*) AS n FROM {from} WHERE {} GROUP BY 1 ORDER BY 2 DESC LIMIT 50",
                filter(Some(*facet))
            ))
            .load(conn)
            .unwrap();
            values += counted.iter().filter(|c| c.value.is_some()).count();
        }
    }
    (total.first().map_or(0, |c| c.n as u64), values)
}

/// Latency percentiles and the mean matches a query.
fn time_baseline(
    conn: &mut DbConnection,
    kind: &Baseline,
    queries: &[BenchQuery],
) -> ((f64, f64, f64), u64) {
    let mut samples = Vec::new();
    let mut matches = 0;
    for (text, facets, years) in queries {
        let t = Instant::now();
        matches += baseline_query(conn, kind, text, facets, *years).0;
        samples.push(t.elapsed());
    }
    (percentiles(samples), matches / queries.len() as u64)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let sizes: Vec<usize> = arg("--works")
        .unwrap_or_else(|| "100000,1000000".into())
        .split(',')
        .map(|s| s.trim().parse().expect("--works takes numbers"))
        .collect();
    let postgres_max: usize =
        arg("--postgres-max").map_or(100_000, |s| s.parse().expect("a number"));
    let records = corpus::records().unwrap_or_else(|e| panic!("{e}"));
    let queries = query_mix(&records, 200);
    let suggest_prefixes: Vec<String> = queries
        .iter()
        .map(|(t, _, _)| {
            let first = t.split_whitespace().next().unwrap_or(t);
            if first.is_ascii() {
                first.chars().take(4).collect()
            } else {
                first.chars().take(1).collect()
            }
        })
        .collect();
    println!(
        "search benchmark: {} real records, {} queries ({} with filters), {} suggestion prefixes",
        records.len(),
        queries.len(),
        queries
            .iter()
            .filter(|q| !q.1.is_empty() || q.2.is_some())
            .count(),
        suggest_prefixes.len()
    );

    for n in sizes {
        println!("\n== {n} works");
        let dir = vcm_tests::repo_root()
            .join("target/bench-search")
            .join(n.to_string());
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let config = Config {
            bind: "127.0.0.1:0".into(),
            web_dir: dir.join("web"),
            pool_size: 2,
            workers: Some(1),
            ..Config::new(dir.clone())
        };
        let (pool, _, _) = vcm_api::migrate(&config, false).expect("a database");
        let mut conn = pool.get().unwrap();
        corpus::load(&mut conn, &records, n, MUSEUMS);

        let t = Instant::now();
        let generation =
            vcm_api::search::rebuild(&dir, &pool, &mut |_| {}).expect("the index builds");
        let build = t.elapsed();
        let size = dir_size(&dir.join("index").join(&generation));
        println!(
            "index build: {:.1} s ({:.0} works/s), size {:.1} MiB",
            build.as_secs_f64(),
            n as f64 / build.as_secs_f64(),
            size as f64 / 1048576.0
        );

        let search = vcm_api::search::Search::open(&dir, pool.clone()).expect("the index opens");
        let requests: Vec<Request> = queries
            .iter()
            .map(|(text, facets, years)| {
                let mut filters = vec![Vec::new(); FacetName::ALL.len()];
                for (f, v) in facets {
                    filters[FacetName::ALL.iter().position(|x| x == f).unwrap()].push(v.clone());
                }
                Request {
                    units: parse(text).unwrap(),
                    filters,
                    year_from: years.map(|y| y.0),
                    year_to: years.map(|y| y.1),
                    sort: None,
                    limit: 24,
                    cursor: None,
                }
            })
            .collect();
        for r in &requests {
            engine::search(&search, &mut conn, r, engine::Locale::EN).unwrap();
        }
        let mut samples = Vec::new();
        let mut hits = 0u64;
        for r in &requests {
            let t = Instant::now();
            hits += engine::search(&search, &mut conn, r, engine::Locale::EN)
                .unwrap()
                .total;
            samples.push(t.elapsed());
        }
        let (p50, p95, p99) = percentiles(samples);
        println!(
            "search with all facets: p50 {p50:.2} ms, p95 {p95:.2} ms, p99 {p99:.2} ms (mean {} matches a query)",
            hits / requests.len() as u64
        );
        let mut samples = Vec::new();
        for prefix in &suggest_prefixes {
            let t = Instant::now();
            engine::suggest(&search, prefix, 8).unwrap();
            samples.push(t.elapsed());
        }
        let (s50, s95, s99) = percentiles(samples);
        println!("suggestions: p50 {s50:.2} ms, p95 {s95:.2} ms, p99 {s99:.2} ms");

        if args.iter().any(|a| a == "--no-baseline") {
            println!(
                "peak memory of this process so far: {:.0} MiB",
                peak_rss_mib()
            );
            continue;
        }
        let t = Instant::now();
        diesel::sql_query("CREATE VIRTUAL TABLE fts USING fts5(title, makers, body, tokenize = 'unicode61 remove_diacritics 2')").execute(&mut conn).unwrap();
        diesel::sql_query("INSERT INTO fts (rowid, title, makers, body) SELECT id, title, makers, coalesce(description, '') || ' ' || statement || ' ' || materials || ' ' || coalesce(culture, '') || ' ' || coalesce(period, '') FROM artworks").execute(&mut conn).unwrap();
        println!(
            "baseline SQLite FTS5: built in {:.1} s",
            t.elapsed().as_secs_f64()
        );
        if n <= 100_000 {
            // A warm-up pass where it is affordable; at a million it takes minutes.
            time_baseline(&mut conn, &Baseline::Fts5, &queries);
        }
        let ((b50, b95, b99), matches) = time_baseline(&mut conn, &Baseline::Fts5, &queries);
        println!(
            "baseline SQLite FTS5 with the countable facets: p50 {b50:.2} ms, p95 {b95:.2} ms, p99 {b99:.2} ms (mean {matches} matches a query)"
        );
        println!(
            "ratio (FTS5 / VCM): p50 {:.1}x, p95 {:.1}x, p99 {:.1}x",
            b50 / p50,
            b95 / p95,
            b99 / p99
        );

        if let Some(pg) = std::env::var("VCM_BENCH_POSTGRES_URL")
            .ok()
            .filter(|_| n <= postgres_max)
        {
            let pg_config = Config {
                database_url: Some(pg),
                ..config.clone()
            };
            let (pg_pool, _, _) = vcm_api::migrate(&pg_config, false).expect("PostgreSQL");
            let mut pg_conn = pg_pool.get().unwrap();
            diesel::sql_query("TRUNCATE artworks, museums RESTART IDENTITY CASCADE")
                .execute(&mut pg_conn)
                .unwrap();
            corpus::load(&mut pg_conn, &records, n, MUSEUMS);
            diesel::sql_query("ALTER TABLE artworks ADD COLUMN IF NOT EXISTS search tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || makers || ' ' || coalesce(description, '') || ' ' || statement || ' ' || materials || ' ' || coalesce(culture, '') || ' ' || coalesce(period, ''))) STORED").execute(&mut pg_conn).unwrap();
            diesel::sql_query(
                "CREATE INDEX IF NOT EXISTS artworks_search ON artworks USING gin (search)",
            )
            .execute(&mut pg_conn)
            .unwrap();
            diesel::sql_query("ANALYZE artworks")
                .execute(&mut pg_conn)
                .unwrap();
            time_baseline(&mut pg_conn, &Baseline::Postgres, &queries);
            let ((g50, g95, g99), matches) =
                time_baseline(&mut pg_conn, &Baseline::Postgres, &queries);
            println!(
                "baseline PostgreSQL full text with the countable facets: p50 {g50:.2} ms, p95 {g95:.2} ms, p99 {g99:.2} ms (mean {matches} matches a query)"
            );
            println!(
                "ratio (PostgreSQL / VCM): p50 {:.1}x, p95 {:.1}x, p99 {:.1}x",
                g50 / p50,
                g95 / p95,
                g99 / p99
            );
            diesel::sql_query("DROP INDEX artworks_search")
                .execute(&mut pg_conn)
                .unwrap();
            diesel::sql_query("ALTER TABLE artworks DROP COLUMN search")
                .execute(&mut pg_conn)
                .unwrap();
        }
        println!(
            "peak memory of this process so far: {:.0} MiB",
            peak_rss_mib()
        );
    }
}
