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
    /// Load the demo collection into an empty database, then exit.
    Demo {
        #[command(flatten)]
        config: Config,
    },
    /// Write the OpenAPI document generated from the code.
    Openapi {
        /// Where to write it; `-` for standard output.
        #[arg(long, default_value = "openapi/openapi.json")]
        output: PathBuf,
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
