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
            let (server, addrs) = vcm_api::start(&config, prepared.pool)
                .map_err(|e| format!("cannot listen on {}: {e}", config.bind))?;
            for addr in addrs {
                tracing::info!(
                    "VCM is serving on http://{addr}/ (API docs at http://{addr}/docs/)"
                );
            }
            server.await.map_err(|e| format!("server stopped: {e}"))
        }
        Command::Migrate { config } => {
            let prepared = vcm_api::prepare(&config, false)?;
            println!("{} migration(s) applied", prepared.migrations);
            Ok(())
        }
        Command::Demo { config } => {
            let prepared = vcm_api::prepare(&config, true)?;
            if prepared.demo_loaded {
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
