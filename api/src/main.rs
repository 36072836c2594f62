//! `vcm`: serve the platform, migrate its database, write its OpenAPI document.

use std::process::ExitCode;

use clap::Parser;
use tracing_subscriber::EnvFilter;
use vcm_api::cli::{Cli, Command, openapi_json};

#[actix_web::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("VCM_LOG").unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    match run(Cli::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("vcm: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Serve { config, demo } => {
            let prepared = vcm_api::prepare(&config, demo)?;
            tracing::info!(
                database = %config.database()?.redacted(),
                migrations = prepared.migrations,
                demo_loaded = prepared.demo_loaded,
                "database ready"
            );
            let (server, addrs) = vcm_api::start(&config, prepared)
                .map_err(|e| format!("cannot listen on {}: {e}", config.bind))?;
            for addr in addrs {
                tracing::info!(
                    "VCM is serving on http://{addr}/ (API docs at http://{addr}/docs/)"
                );
            }
            server.await.map_err(|e| format!("server stopped: {e}"))
        }
        Command::Migrate { config } => {
            let (_, migrations, _) = vcm_api::migrate(&config, false)?;
            println!("{migrations} migration(s) applied");
            Ok(())
        }
        Command::Reindex { config } => {
            let (pool, _, _) = vcm_api::migrate(&config, false)?;
            let bar = indicatif::ProgressBar::new(0).with_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} indexing {bar:40} {pos}/{len} works, {per_sec}, {eta} left",
                )
                .expect("a valid template"),
            );
            let started = std::time::Instant::now();
            let name = vcm_api::search::rebuild(&config.data_dir, &pool, &mut |p| match p {
                vcm_api::search::Progress::Total(n) => bar.set_length(n),
                vcm_api::search::Progress::Done(n) => bar.inc(n),
            })?;
            bar.finish();
            println!(
                "search index {name} built: {} works in {:.1?}",
                bar.position(),
                started.elapsed()
            );
            Ok(())
        }
        Command::Demo { config } => {
            let (_, _, loaded) = vcm_api::migrate(&config, true)?;
            if loaded {
                println!("demo collection loaded");
            } else {
                println!("the database already holds museums; demo collection not loaded");
            }
            Ok(())
        }
        Command::Openapi { output } => {
            let json = openapi_json();
            if output.as_os_str() == "-" {
                print!("{json}");
            } else {
                std::fs::write(&output, json)
                    .map_err(|e| format!("cannot write {}: {e}", output.display()))?;
                println!("wrote {}", output.display());
            }
            Ok(())
        }
    }
}
