//! The `vcm` command line.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::config::Config;

#[derive(Debug, Parser)]
#[command(
    name = "vcm",
    version,
    about = "The Virtual Collection of Asian Masterpieces: API server and tools"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply pending migrations, then serve the API and the web app.
    Serve {
        #[command(flatten)]
        config: Config,
        /// Load the demo collection if the database holds no museum yet.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations and seed the country list, then exit.
    Migrate {
        #[command(flatten)]
        config: Config,
    },
    /// Rebuild the search index from the database, with a progress bar. A running
    /// server with the same data folder switches to the new index by itself.
    Reindex {
        #[command(flatten)]
        config: Config,
    },
    /// Load the demo collection into an empty database, with its drawn images, then exit.
    Demo {
        #[command(flatten)]
        config: Config,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Import works into a museum from a CSV, JSON or NDJSON file, with a
    /// progress bar: the same pipeline as `POST /api/v1/partner/imports`.
    Import {
        #[command(flatten)]
        config: Config,
        /// The file to import.
        file: PathBuf,
        /// The slug of the museum the works belong to.
        #[arg(long)]
        museum: String,
        /// The file's format [default: from its extension: .csv, .json, .ndjson or .jsonl].
        #[arg(long)]
        format: Option<String>,
        /// Validate and count only; change nothing.
        #[arg(long)]
        dry_run: bool,
        /// The file's own column names: `field:column` pairs, comma-separated.
        #[arg(long)]
        mapping: Option<String>,
        /// Skip columns that are not fields of a work.
        #[arg(long)]
        ignore_unknown: bool,
    },
    /// Write the OpenAPI document generated from the code.
    Openapi {
        /// Where to write it; `-` for standard output.
        #[arg(long, default_value = "openapi/openapi.json")]
        output: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is read from standard input when one
    /// is piped in (`echo "$PW" | vcm user create ...`); otherwise one is
    /// generated and printed once.
    Create {
        #[command(flatten)]
        config: Config,
        /// The account's email address.
        #[arg(long)]
        email: String,
        /// The name shown to others [default: the part of the email before @].
        #[arg(long)]
        name: Option<String>,
        /// Make an admin (the secretariat).
        #[arg(long, conflicts_with = "museum")]
        admin: bool,
        /// Make an editor of this museum (its slug).
        #[arg(long, required_unless_present = "admin")]
        museum: Option<String>,
    },
}

/// The OpenAPI document as committed: pretty JSON with a final newline.
pub fn openapi_json() -> String {
    let mut json = crate::openapi()
        .to_pretty_json()
        .expect("the OpenAPI document serialises");
    json.push('\n');
    json
}

/// `vcm user create`: returns what to print.
pub fn create_user(
    pool: &crate::db::Pool,
    email: &str,
    name: Option<String>,
    admin: bool,
    museum: Option<String>,
) -> Result<String, String> {
    use std::io::{IsTerminal, Read};

    use diesel::prelude::*;
    use vcm_shared::Role;

    use crate::db::schema::museums;

    let email = email.trim().to_lowercase();
    if !vcm_shared::is_email(&email) {
        return Err(format!("{email:?} is not an email address"));
    }
    let mut given = String::new();
    if !std::io::stdin().is_terminal() {
        std::io::stdin()
            .read_to_string(&mut given)
            .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
    }
    let given = given.trim_end_matches(['\r', '\n']);
    let (password, generated) = if given.is_empty() {
        (crate::auth::random_token(18), true)
    } else {
        (given.to_owned(), false)
    };
    if let Some(problem) = vcm_shared::password_problem(&password) {
        return Err(format!("the password {problem}"));
    }
    let hash = crate::auth::hash_password(&password).map_err(|e| e.to_string())?;
    let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or("").to_owned());
    let mut conn = pool
        .get()
        .map_err(|e| format!("database unavailable: {e}"))?;
    let role = if admin { Role::Admin } else { Role::Editor };
    crate::db::write(&mut conn, |conn| {
        let museum_id = match &museum {
            Some(slug) => Some(
                museums::table
                    .filter(museums::slug.eq(slug))
                    .select(museums::id)
                    .first::<i64>(conn)
                    .optional()?
                    .ok_or_else(|| crate::error::ApiError::not_found("museum", slug))?,
            ),
            None => None,
        };
        let id =
            crate::auth::routes::create_user(conn, &email, &name, role, museum_id, Some(hash))?;
        crate::audit::record(
            conn,
            &crate::audit::Actor::system("vcm user create"),
            crate::audit::Change {
                action: "user.create",
                entity: "user",
                key: &email,
                museum_id,
            },
            None::<&()>,
            Some(&serde_json::json!({ "id": id, "email": email, "role": role })),
        )?;
        Ok::<_, crate::error::ApiError>(())
    })
    .map_err(|e| match e {
        crate::error::ApiError::Problem(p) => p
            .errors
            .first()
            .map_or(p.detail.clone(), |f| format!("{}: {}", f.field, f.message)),
        other => other.to_string(),
    })?;
    Ok(if generated {
        format!("created {role} {email}\npassword (shown once): {password}")
    } else {
        format!("created {role} {email}")
    })
}

/// `vcm import`: runs the import pipeline on a local file for a museum;
/// returns the job id and its counts.
pub fn import(
    pool: &crate::db::Pool,
    file: &std::path::Path,
    museum: &str,
    format: Option<&str>,
    options: crate::partner::import::Options,
    progress: &mut dyn FnMut(crate::partner::import::Counts),
) -> Result<(i64, crate::partner::import::Counts), String> {
    use diesel::prelude::*;
    use vcm_shared::ImportFormat;

    use crate::db::schema::museums;

    let format: ImportFormat = match format {
        Some(f) => f.parse().map_err(|e| format!("--format {e}"))?,
        None => match file.extension().and_then(|e| e.to_str()) {
            Some("csv") => ImportFormat::Csv,
            Some("json") => ImportFormat::Json,
            Some("ndjson" | "jsonl") => ImportFormat::Ndjson,
            _ => return Err("cannot tell the file's format from its name: give --format".into()),
        },
    };
    let bytes = std::fs::metadata(file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?
        .len();
    let actor = crate::audit::Actor::system("vcm import");
    let mut conn = pool
        .get()
        .map_err(|e| format!("database unavailable: {e}"))?;
    let museum_id: i64 = museums::table
        .filter(museums::slug.eq(museum))
        .select(museums::id)
        .first(&mut conn)
        .optional()
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no museum {museum:?}"))?;
    let job = crate::partner::import::create_job(
        &mut conn,
        museum_id,
        format,
        options.dry_run,
        bytes as i64,
        &actor,
    )
    .map_err(|e| e.to_string())?;
    drop(conn);
    let run = crate::partner::import::Job {
        id: job,
        museum_id,
        format,
        actor,
        options,
    };
    let counts = crate::partner::import::run_job(pool, run, file, progress)?;
    Ok((job, counts))
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::openapi_json;

    #[test]
    fn the_committed_openapi_document_is_what_the_code_generates() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/openapi.json");
        let committed = std::fs::read_to_string(path).expect("openapi/openapi.json is committed");
        assert!(
            committed == openapi_json(),
            "openapi/openapi.json is stale: run `cargo run -p vcm-api -- openapi` and commit it"
        );
    }

    fn described(v: &Value) -> bool {
        v.get("description")
            .and_then(Value::as_str)
            .is_some_and(|d| !d.trim().is_empty())
            || ["oneOf", "allOf", "anyOf"]
                .iter()
                .filter_map(|k| v.get(*k).and_then(Value::as_array))
                .any(|alts| alts.iter().any(described))
    }

    fn undescribed_properties(schema: &Value, at: &str, out: &mut Vec<String>) {
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            out.extend(
                props
                    .iter()
                    .filter(|(_, v)| !described(v))
                    .map(|(k, _)| format!("{at}.{k}")),
            );
        }
        for key in ["oneOf", "allOf", "anyOf"] {
            for sub in schema
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                undescribed_properties(sub, at, out);
            }
        }
    }

    #[test]
    fn every_wire_field_and_parameter_has_a_description() {
        let doc: Value = serde_json::from_str(&openapi_json()).unwrap();
        let mut missing = Vec::new();
        for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
            undescribed_properties(schema, name, &mut missing);
        }
        for (path, ops) in doc["paths"].as_object().unwrap() {
            for (method, op) in ops.as_object().unwrap() {
                for p in op["parameters"].as_array().into_iter().flatten() {
                    if !described(p) {
                        missing.push(format!("{method} {path} ?{}", p["name"]));
                    }
                }
                if !described(op) && op.get("summary").is_none() {
                    missing.push(format!("{method} {path}"));
                }
            }
        }
        assert!(missing.is_empty(), "undescribed: {missing:#?}");
    }
}
