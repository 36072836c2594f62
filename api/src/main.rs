//! `vcm`: serve the platform, migrate its database, write its OpenAPI document.

use std::process::ExitCode;

use clap::Parser;
use tracing_subscriber::EnvFilter;
use vcm_api::cli::{Cli, Command, UserCommand, openapi_json};

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
            if prepared.demo_loaded {
                let images = vcm_api::demo::add_images(&config, &prepared.pool).await?;
                tracing::info!(
                    images,
                    "demo images drawn; renditions follow in the background"
                );
            }
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
            if demo {
                let (admin, editor) = (
                    vcm_api::demo::DEMO_ACCOUNTS[0].0,
                    vcm_api::demo::DEMO_ACCOUNTS[1].0,
                );
                tracing::info!(
                    "demo accounts (password {:?}): {admin} (admin), {editor} (editor of the National Museum of Korea)",
                    vcm_api::demo::DEMO_PASSWORD
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
            let (pool, _, loaded) = vcm_api::migrate(&config, true)?;
            if loaded {
                let images = vcm_api::demo::add_images(&config, &pool).await?;
                println!(
                    "demo collection loaded, with {images} images (their renditions are made when vcm serve runs)"
                );
            } else {
                println!("the database already holds museums; demo collection not loaded");
            }
            Ok(())
        }
        Command::User {
            command:
                UserCommand::Create {
                    config,
                    email,
                    name,
                    admin,
                    museum,
                },
        } => {
            let (pool, _, _) = vcm_api::migrate(&config, false)?;
            let created = vcm_api::cli::create_user(&pool, &email, name, admin, museum)?;
            println!("{created}");
            Ok(())
        }
        Command::Import {
            config,
            file,
            museum,
            format,
            dry_run,
            mapping,
            ignore_unknown,
        } => {
            let (pool, _, _) = vcm_api::migrate(&config, false)?;
            let bar = indicatif::ProgressBar::new_spinner().with_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} {pos} records read, {per_sec} {msg}",
                )
                .expect("a valid template"),
            );
            bar.enable_steady_tick(std::time::Duration::from_millis(200));
            let started = std::time::Instant::now();
            let options = vcm_api::partner::import::Options {
                dry_run,
                mapping: mapping
                    .as_deref()
                    .map(vcm_api::partner::import::parse_mapping)
                    .transpose()
                    .map_err(|e| format!("--mapping: {e}"))?
                    .unwrap_or_default(),
                ignore_unknown,
            };
            let result = vcm_api::cli::import(
                &pool,
                &file,
                &museum,
                format.as_deref(),
                options,
                &mut |c| {
                    bar.set_position(c.rows_read as u64);
                    bar.set_message(format!(
                        "({} created, {} updated, {} unchanged, {} failed)",
                        c.created, c.updated, c.unchanged, c.failed
                    ));
                },
            );
            bar.finish();
            let (job, c) = result?;
            println!(
                "import {job}{}: {} records in {:.1?}: {} created, {} updated, {} unchanged, {} failed",
                if dry_run {
                    " (dry run, nothing changed)"
                } else {
                    ""
                },
                c.rows_read,
                started.elapsed(),
                c.created,
                c.updated,
                c.unchanged,
                c.failed
            );
            if c.failed > 0 {
                println!(
                    "the failed records and why: GET /api/v1/partner/imports/{job}/rows?outcome=failed"
                );
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
