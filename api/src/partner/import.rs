//! Bulk import: a CSV, JSON or NDJSON file of works, upserted by inventory
//! number. The upload is streamed to a spool file, then read record by record
//! (never held in memory) in batches of one transaction each; every record
//! gets an outcome, and a bad record never loses the good ones. The same
//! pipeline serves `POST /partner/imports` and `vcm import`.

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use futures_util::StreamExt;
use serde::Deserialize;
use serde::de::{DeserializeSeed, SeqAccess, Visitor};
use serde_json::{Map, Value};
use utoipa::IntoParams;
use vcm_shared::{
    ArtworkInput, ErrorCode, FieldCode, FieldError, ImportFormat, ImportJob, ImportJobList,
    ImportRow, ImportRowPage, ImportStatus, Problem, RowOutcome,
};

use super::{parse_artwork, upsert};
use crate::audit::Actor;
use crate::auth::{MuseumActor, random_token};
use crate::config::Settings;
use crate::db::schema::{import_jobs, import_rows};
use crate::db::{self, DbConnection, Pool};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::http::params::{self, Cursor};
use crate::museums::{CountryNames, MuseumRow};

/// Records written per transaction.
const BATCH: usize = 500;

/// How to read a file.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub dry_run: bool,
    /// Our field → the file's column, for files with their own column names.
    pub mapping: Vec<(String, String)>,
    /// Skip columns that are not fields of a work instead of failing the record.
    pub ignore_unknown: bool,
}

/// Reads `field:column,field:column`.
pub fn parse_mapping(raw: &str) -> Result<Vec<(String, String)>, String> {
    raw.split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|pair| {
            let (field, column) = pair
                .split_once(':')
                .ok_or_else(|| format!("{pair:?} is not field:column"))?;
            let (field, column) = (field.trim(), column.trim());
            if !ArtworkInput::is_column(field) {
                return Err(format!("{field:?} is not a field of a work"));
            }
            if column.is_empty() {
                return Err(format!("{field:?} maps to an empty column name"));
            }
            Ok((field.to_owned(), column.to_owned()))
        })
        .collect()
}

/// One record as read from the file.
struct Raw {
    row: i64,
    line: Option<i64>,
    fields: Result<Map<String, Value>, FieldError>,
}

fn not_an_object() -> FieldError {
    FieldError::new("", FieldCode::Invalid, "the record is not a JSON object")
}

/// Reads every record of a file in order, handing each to `each`; stops at
/// the first error `each` returns or at a fault that makes the rest of the
/// file unreadable.
fn for_each_record(
    format: ImportFormat,
    file: impl Read,
    each: &mut dyn FnMut(Raw) -> Result<(), String>,
) -> Result<(), String> {
    let reader = BufReader::with_capacity(256 * 1024, file);
    match format {
        ImportFormat::Csv => {
            let mut csv = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
            let headers: Vec<String> = csv
                .byte_headers()
                .map_err(|e| format!("the header row cannot be read: {e}"))?
                .iter()
                .enumerate()
                .map(|(i, h)| {
                    let h = String::from_utf8_lossy(h);
                    let h = if i == 0 {
                        h.trim_start_matches('\u{feff}')
                    } else {
                        &h
                    };
                    h.trim().to_owned()
                })
                .collect();
            let mut record = csv::ByteRecord::new();
            let mut row = 0;
            loop {
                match csv.read_byte_record(&mut record) {
                    Ok(false) => return Ok(()),
                    Ok(true) => {}
                    Err(e) => {
                        return Err(format!("the file cannot be read past record {row}: {e}"));
                    }
                }
                row += 1;
                let line = record.position().map(|p| p.line() as i64);
                let fields = if record.len() != headers.len() {
                    Err(FieldError::new(
                        "",
                        FieldCode::Invalid,
                        format!(
                            "the row has {} fields, the header has {}",
                            record.len(),
                            headers.len()
                        ),
                    ))
                } else {
                    headers
                        .iter()
                        .zip(record.iter())
                        .map(|(h, v)| match std::str::from_utf8(v) {
                            Ok(v) if v.trim().is_empty() => Ok((h.clone(), Value::Null)),
                            Ok(v) => Ok((h.clone(), Value::String(v.to_owned()))),
                            Err(_) => Err(FieldError::new(
                                h.clone(),
                                FieldCode::Invalid,
                                "is not UTF-8 text",
                            )),
                        })
                        .collect()
                };
                each(Raw { row, line, fields })?;
            }
        }
        ImportFormat::Ndjson => {
            let mut row = 0;
            for (n, line) in reader.split(b'\n').enumerate() {
                let line = line.map_err(|e| format!("the file cannot be read: {e}"))?;
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                row += 1;
                let fields = match serde_json::from_slice::<Value>(&line) {
                    Ok(Value::Object(map)) => Ok(map),
                    Ok(_) => Err(not_an_object()),
                    Err(e) => Err(FieldError::new(
                        "",
                        FieldCode::Invalid,
                        format!("the line is not valid JSON: {e}"),
                    )),
                };
                each(Raw {
                    row,
                    line: Some(n as i64 + 1),
                    fields,
                })?;
            }
            Ok(())
        }
        ImportFormat::Json => {
            struct Records<'a>(&'a mut dyn FnMut(Raw) -> Result<(), String>);
            impl<'de> Visitor<'de> for Records<'_> {
                type Value = ();
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a JSON array of records")
                }
                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
                    let mut row = 0;
                    while let Some(value) = seq.next_element::<Value>()? {
                        row += 1;
                        let fields = match value {
                            Value::Object(map) => Ok(map),
                            _ => Err(not_an_object()),
                        };
                        (self.0)(Raw {
                            row,
                            line: None,
                            fields,
                        })
                        .map_err(serde::de::Error::custom)?;
                    }
                    Ok(())
                }
            }
            impl<'de> DeserializeSeed<'de> for Records<'_> {
                type Value = ();
                fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
                    d.deserialize_seq(self)
                }
            }
            let mut de = serde_json::Deserializer::from_reader(reader);
            Records(each)
                .deserialize(&mut de)
                .and_then(|()| de.end())
                .map_err(|e| format!("the file is not a JSON array of records: {e}"))
        }
    }
}

/// A record checked and ready to apply.
struct Checked {
    row: i64,
    line: Option<i64>,
    inventory_number: Option<String>,
    input: Result<vcm_shared::ArtworkInput, Vec<FieldError>>,
}

/// Counts of a job in progress.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub rows_read: i64,
    pub created: i64,
    pub updated: i64,
    pub unchanged: i64,
    pub failed: i64,
}

impl Counts {
    fn add(&mut self, outcome: RowOutcome) {
        self.rows_read += 1;
        match outcome {
            RowOutcome::Created => self.created += 1,
            RowOutcome::Updated => self.updated += 1,
            RowOutcome::Unchanged => self.unchanged += 1,
            RowOutcome::Failed => self.failed += 1,
        }
    }
}

/// The problems of an error a record met while being applied.
fn problems_of(e: ApiError) -> Result<Vec<FieldError>, ApiError> {
    match e {
        ApiError::Problem(p) if !p.errors.is_empty() => Ok(p.errors),
        ApiError::Problem(p) => Ok(vec![FieldError::new("", FieldCode::Invalid, p.detail)]),
        other => Err(other),
    }
}

struct Runner<'a> {
    conn: &'a mut DbConnection,
    job_id: i64,
    museum: MuseumRow,
    countries: CountryNames,
    actor: Actor,
    options: Options,
    seen: HashSet<String>,
    batch: Vec<Checked>,
    counts: Counts,
    progress: &'a mut dyn FnMut(Counts),
}

impl Runner<'_> {
    fn check(&mut self, raw: Raw) -> Checked {
        let mut fields = match raw.fields {
            Ok(f) => f,
            Err(e) => {
                return Checked {
                    row: raw.row,
                    line: raw.line,
                    inventory_number: None,
                    input: Err(vec![e]),
                };
            }
        };
        for (field, column) in &self.options.mapping {
            if let Some(v) = fields.remove(column) {
                fields.insert(field.clone(), v);
            }
        }
        let input = parse_artwork(&fields, &self.countries, self.options.ignore_unknown);
        let inventory_number = match &input {
            Ok(i) => i.inventory_number.clone(),
            Err(_) => fields.get("inventory_number").and_then(|v| match v {
                Value::String(s) => Some(s.trim().to_owned()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            }),
        };
        let input = input.and_then(|i| match &i.inventory_number {
            None => Err(vec![FieldError::new(
                "inventory_number",
                FieldCode::Required,
                "an import matches works by inventory number, so each record needs one",
            )]),
            Some(n) if !self.seen.insert(n.clone()) => Err(vec![FieldError::new(
                "inventory_number",
                FieldCode::Duplicate,
                "an earlier record of this file has the same inventory number",
            )]),
            Some(_) => Ok(i),
        });
        Checked {
            row: raw.row,
            line: raw.line,
            inventory_number,
            input,
        }
    }

    fn flush(&mut self) -> Result<(), ApiError> {
        let batch = std::mem::take(&mut self.batch);
        if batch.is_empty() {
            return Ok(());
        }
        let mut counts = self.counts;
        let this = &mut *self;
        crate::db::write(this.conn, |conn| {
            for c in batch {
                let (outcome, slug, problems) = match c.input {
                    Err(problems) => (RowOutcome::Failed, None, problems),
                    Ok(input) => {
                        let apply = |conn: &mut DbConnection| {
                            upsert(
                                conn,
                                &this.museum,
                                &this.countries,
                                &this.actor,
                                &input,
                                None,
                            )
                        };
                        // Each record in a savepoint, so a bad one never loses
                        // the good ones; a dry run does the same work and rolls
                        // every record back.
                        let applied = if this.options.dry_run {
                            rolled_back(conn, apply)
                        } else {
                            conn.transaction(apply)
                        };
                        match applied {
                            Ok((outcome, row)) => (
                                outcome,
                                (!this.options.dry_run).then_some(row.slug),
                                Vec::new(),
                            ),
                            Err(e) => (RowOutcome::Failed, None, problems_of(e)?),
                        }
                    }
                };
                counts.add(outcome);
                // One statement a record: MultiConnection has no multi-row insert.
                diesel::insert_into(import_rows::table)
                    .values((
                        import_rows::job_id.eq(this.job_id),
                        import_rows::row_number.eq(c.row),
                        import_rows::line.eq(c.line),
                        import_rows::inventory_number.eq(c.inventory_number),
                        import_rows::outcome.eq(outcome.as_str()),
                        import_rows::slug.eq(slug),
                        import_rows::problems.eq((!problems.is_empty()).then(|| {
                            serde_json::to_string(&problems).expect("problems serialise")
                        })),
                    ))
                    .execute(conn)?;
            }
            diesel::update(import_jobs::table.find(this.job_id))
                .set((
                    import_jobs::rows_read.eq(counts.rows_read),
                    import_jobs::created.eq(counts.created),
                    import_jobs::updated.eq(counts.updated),
                    import_jobs::unchanged.eq(counts.unchanged),
                    import_jobs::failed.eq(counts.failed),
                ))
                .execute(conn)?;
            Ok::<_, ApiError>(())
        })?;
        self.counts = counts;
        (self.progress)(counts);
        Ok(())
    }
}

/// Runs `work` in a savepoint and rolls it back, answering what it answered.
fn rolled_back<T>(
    conn: &mut DbConnection,
    work: impl FnOnce(&mut DbConnection) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let mut answer = None;
    let rollback = conn.transaction(|conn| {
        answer = Some(work(conn));
        Err::<(), _>(diesel::result::Error::RollbackTransaction)
    });
    match rollback {
        Err(diesel::result::Error::RollbackTransaction) => answer.expect("the work ran"),
        Err(e) => Err(e.into()),
        Ok(()) => unreachable!("the savepoint always rolls back"),
    }
}

/// A new job row, queued.
pub fn create_job(
    conn: &mut DbConnection,
    museum_id: i64,
    format: ImportFormat,
    dry_run: bool,
    bytes: i64,
    actor: &Actor,
) -> QueryResult<i64> {
    let now = Utc::now().naive_utc();
    diesel::insert_into(import_jobs::table)
        .values((
            import_jobs::museum_id.eq(museum_id),
            import_jobs::format.eq(format.as_str()),
            import_jobs::dry_run.eq(dry_run),
            import_jobs::status.eq(ImportStatus::Queued.as_str()),
            import_jobs::bytes.eq(bytes),
            import_jobs::actor_label.eq(&actor.label),
            import_jobs::created_at.eq(now),
        ))
        .execute(conn)?;
    import_jobs::table
        .filter(import_jobs::museum_id.eq(museum_id))
        .order(import_jobs::id.desc())
        .select(import_jobs::id)
        .first(conn)
}

fn finish(conn: &mut DbConnection, job_id: i64, error: Option<String>) -> QueryResult<()> {
    let status = if error.is_some() {
        ImportStatus::Failed
    } else {
        ImportStatus::Done
    };
    diesel::update(import_jobs::table.find(job_id))
        .set((
            import_jobs::status.eq(status.as_str()),
            import_jobs::error.eq(error),
            import_jobs::finished_at.eq(Some(Utc::now().naive_utc())),
        ))
        .execute(conn)
        .map(drop)
}

/// A queued job: what to read, for which museum, on whose behalf.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub museum_id: i64,
    pub format: ImportFormat,
    pub actor: Actor,
    pub options: Options,
}

/// Runs a queued job over a file; `progress` hears the counts after each batch.
pub fn run_job(
    pool: &Pool,
    job: Job,
    file: &Path,
    progress: &mut dyn FnMut(Counts),
) -> Result<Counts, String> {
    let Job {
        id: job_id,
        museum_id,
        format,
        actor,
        options,
    } = job;
    let mut conn = pool
        .get()
        .map_err(|e| format!("database unavailable: {e}"))?;
    let conn = &mut *conn;
    diesel::update(import_jobs::table.find(job_id))
        .set(import_jobs::status.eq(ImportStatus::Running.as_str()))
        .execute(conn)
        .map_err(|e| e.to_string())?;
    let setup = (|| {
        Ok::<_, ApiError>((
            crate::museums::by_id(conn, museum_id)?,
            CountryNames::load(conn)?,
        ))
    })();
    let (museum, countries) = match setup {
        Ok(s) => s,
        Err(e) => {
            let _ = finish(conn, job_id, Some(e.to_string()));
            return Err(e.to_string());
        }
    };
    let mut runner = Runner {
        conn,
        job_id,
        museum,
        countries,
        actor,
        options,
        seen: HashSet::new(),
        batch: Vec::with_capacity(BATCH),
        counts: Counts::default(),
        progress,
    };
    let outcome = File::open(file)
        .map_err(|e| format!("cannot open {}: {e}", file.display()))
        .and_then(|f| {
            for_each_record(format, f, &mut |raw| {
                let checked = runner.check(raw);
                runner.batch.push(checked);
                if runner.batch.len() >= BATCH {
                    runner.flush().map_err(|e| e.to_string())?;
                }
                Ok(())
            })
        })
        .and_then(|()| runner.flush().map_err(|e| e.to_string()));
    let counts = runner.counts;
    let error = outcome.err();
    if let Some(e) = &error {
        // Records read before the fault keep their outcome.
        let _ = runner.flush();
        tracing::warn!(job = job_id, error = %e, "import stopped");
    }
    finish(runner.conn, job_id, error.clone()).map_err(|e| e.to_string())?;
    match error {
        Some(e) => Err(e),
        None => Ok(counts),
    }
}

/// Marks jobs a stopped server left running as failed; imports are idempotent,
/// so running the file again completes them.
pub fn fail_interrupted(conn: &mut DbConnection) -> QueryResult<usize> {
    diesel::update(import_jobs::table.filter(import_jobs::status.eq_any([
        ImportStatus::Queued.as_str(),
        ImportStatus::Running.as_str(),
    ])))
    .set((
        import_jobs::status.eq(ImportStatus::Failed.as_str()),
        import_jobs::error.eq(Some(
            "the server stopped during the import; send the file again (imports are idempotent)",
        )),
        import_jobs::finished_at.eq(Some(Utc::now().naive_utc())),
    ))
    .execute(conn)
}

/// An import job as stored, without its museum and author.
#[derive(Queryable, Selectable)]
#[diesel(table_name = import_jobs)]
struct JobRow {
    id: i64,
    status: String,
    format: String,
    dry_run: bool,
    bytes: i64,
    rows_read: i64,
    created: i64,
    updated: i64,
    unchanged: i64,
    failed: i64,
    error: Option<String>,
    created_at: NaiveDateTime,
    finished_at: Option<NaiveDateTime>,
}

impl JobRow {
    fn wire(self) -> Result<ImportJob, ApiError> {
        Ok(ImportJob {
            id: self.id,
            status: crate::stored(&self.status)?,
            format: crate::stored(&self.format)?,
            dry_run: self.dry_run,
            bytes: self.bytes,
            rows_read: self.rows_read,
            created: self.created,
            updated: self.updated,
            unchanged: self.unchanged,
            failed: self.failed,
            error: self.error,
            created_at: crate::utc(self.created_at),
            finished_at: self.finished_at.map(crate::utc),
        })
    }
}

/// A museum's job.
pub fn load_job(conn: &mut DbConnection, museum_id: i64, id: i64) -> Result<ImportJob, ApiError> {
    import_jobs::table
        .find(id)
        .filter(import_jobs::museum_id.eq(museum_id))
        .select(JobRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::not_yours("import", &id.to_string()))?
        .wire()
}

/// Parameters of an import.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// The file's format; by default read from `Content-Type` (`text/csv`,
    /// `application/json`, `application/x-ndjson`).
    #[param(value_type = Option<ImportFormat>)]
    format: Option<String>,
    /// `true` to validate and count only, changing nothing.
    #[param(value_type = Option<bool>)]
    dry_run: Option<String>,
    /// The file's own column names: `field:column` pairs, comma-separated,
    /// e.g. `inventory_number:accession_number,makers:artist`.
    mapping: Option<String>,
    /// `true` to skip columns that are not fields of a work (by default a
    /// record with one fails, so a misspelt column is not silently lost).
    #[param(value_type = Option<bool>)]
    ignore_unknown: Option<String>,
    /// `true` to answer when the import is finished (200) instead of at once (202).
    #[param(value_type = Option<bool>)]
    wait: Option<String>,
}

fn flag(name: &str, raw: Option<&str>) -> Result<bool, ApiError> {
    match raw {
        None | Some("false") | Some("0") => Ok(false),
        Some("true") | Some("1") | Some("") => Ok(true),
        Some(_) => Err(ApiError::invalid_parameter(name, "must be true or false")),
    }
}

fn format_of(req: &HttpRequest, raw: Option<&str>) -> Result<ImportFormat, ApiError> {
    if let Some(f) = raw {
        return f.parse().map_err(|e: vcm_shared::UnknownValue| {
            ApiError::invalid_parameter("format", e.to_string())
        });
    }
    let media = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    match media.as_str() {
        "text/csv" => Ok(ImportFormat::Csv),
        "application/json" => Ok(ImportFormat::Json),
        "application/x-ndjson" | "application/ndjson" | "application/jsonl" => {
            Ok(ImportFormat::Ndjson)
        }
        _ => Err(ApiError::new(
            ErrorCode::UnsupportedMediaType,
            "send the file as text/csv, application/json or application/x-ndjson, or name its format with ?format=",
        )),
    }
}

/// Where uploads wait to be read.
fn spool_dir(settings: &Settings) -> PathBuf {
    settings.data_dir.join("imports")
}

/// Whether a path is where import files are uploaded, so the body limit there
/// is the import limit.
pub fn is_import_path(path: &str) -> bool {
    path == "/api/v1/partner/imports"
}

/// Import works from a file (CSV, JSON or NDJSON).
///
/// Each record is created or updated by its inventory number; records equal
/// to what is stored are `unchanged`, so sending the same file again changes
/// nothing. The body is the file itself. The answer is the job (202, poll
/// `Location`), or with `wait=true` the finished job (200). Each record's
/// outcome and problems are at `/partner/imports/{id}/rows`. A dry run
/// reports what would happen and changes nothing.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    params(ImportQuery),
    request_body(content = String, description = "The file", content_type = "text/csv"),
    responses(
        (status = 200, description = "Finished (with `wait=true`)", body = ImportJob),
        (status = 202, description = "Accepted; poll `Location` for progress", body = ImportJob),
        (status = 400, description = "A parameter is malformed (`mapping`, `format`, a flag)", body = Problem, content_type = PROBLEM),
        (status = 413, description = "`payload_too_large`: larger than VCM_MAX_IMPORT_BYTES", body = Problem, content_type = PROBLEM),
        (status = 415, description = "`unsupported_media_type`: the format cannot be told", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/partner/imports")]
pub async fn start(
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    MuseumActor { museum_id, caller }: MuseumActor,
    req: HttpRequest,
    query: web::Query<ImportQuery>,
    mut payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let q = query.into_inner();
    let format = format_of(&req, q.format.as_deref())?;
    let options = Options {
        dry_run: flag("dry_run", q.dry_run.as_deref())?,
        mapping: q
            .mapping
            .as_deref()
            .map(parse_mapping)
            .transpose()
            .map_err(|e| ApiError::invalid_parameter("mapping", e))?
            .unwrap_or_default(),
        ignore_unknown: flag("ignore_unknown", q.ignore_unknown.as_deref())?,
    };
    let wait = flag("wait", q.wait.as_deref())?;
    let dir = spool_dir(&settings);
    std::fs::create_dir_all(&dir).map_err(|e| ApiError::internal(format!("spool: {e}")))?;
    let spool = dir.join(format!("upload-{}", random_token(12)));
    let mut file = File::create(&spool).map_err(|e| ApiError::internal(format!("spool: {e}")))?;
    let max = settings.max_import_bytes;
    let mut bytes: u64 = 0;
    while let Some(chunk) = payload.next().await {
        let chunk = match chunk {
            Ok(c) => c,
            Err(e) => {
                let _ = std::fs::remove_file(&spool);
                return Err(ApiError::new(
                    ErrorCode::MalformedBody,
                    format!("the upload broke off: {e}"),
                ));
            }
        };
        bytes += chunk.len() as u64;
        if bytes > max {
            let _ = std::fs::remove_file(&spool);
            return Err(ApiError::new(
                ErrorCode::PayloadTooLarge,
                format!("the file is larger than {max} bytes"),
            ));
        }
        if let Err(e) = file.write_all(&chunk) {
            let _ = std::fs::remove_file(&spool);
            return Err(ApiError::internal(format!("spool: {e}")));
        }
    }
    drop(file);
    let actor = caller.actor();
    let job_id = {
        let actor = actor.clone();
        let dry_run = options.dry_run;
        db::run(&pool, move |conn| {
            Ok(create_job(
                conn,
                museum_id,
                format,
                dry_run,
                bytes as i64,
                &actor,
            )?)
        })
        .await?
    };
    let job_pool = pool.get_ref().clone();
    let handle = actix_web::rt::task::spawn_blocking(move || {
        let job = Job {
            id: job_id,
            museum_id,
            format,
            actor,
            options,
        };
        let result = run_job(&job_pool, job, &spool, &mut |_| {});
        let _ = std::fs::remove_file(&spool);
        result
    });
    if wait {
        handle
            .await
            .map_err(|_| ApiError::internal("the import task failed"))?
            .ok();
    }
    let job = db::run(&pool, move |conn| load_job(conn, museum_id, job_id)).await?;
    let location = format!("/api/v1/partner/imports/{job_id}");
    let mut res = if wait {
        HttpResponse::Ok()
    } else {
        HttpResponse::Accepted()
    };
    Ok(res
        .insert_header((header::LOCATION, location))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(job))
}

/// Your museum's imports, newest first (the last 100).
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    responses(
        (status = 200, description = "The jobs", body = ImportJobList),
    ),
)]
#[get("/partner/imports")]
pub async fn list(
    pool: web::Data<Pool>,
    MuseumActor { museum_id, .. }: MuseumActor,
) -> Result<web::Json<ImportJobList>, ApiError> {
    let items = db::run(&pool, move |conn| {
        let rows: Vec<JobRow> = import_jobs::table
            .filter(import_jobs::museum_id.eq(museum_id))
            .order(import_jobs::id.desc())
            .limit(100)
            .select(JobRow::as_select())
            .load(conn)?;
        rows.into_iter().map(JobRow::wire).collect()
    })
    .await?;
    Ok(web::Json(ImportJobList { items }))
}

/// One of your museum's imports: its status and counts.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    params(("id" = i64, Path, description = "The job's id")),
    responses(
        (status = 200, description = "The job", body = ImportJob),
        (status = 404, description = "Your museum has no such import", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/partner/imports/{id}")]
pub async fn get(
    pool: web::Data<Pool>,
    MuseumActor { museum_id, .. }: MuseumActor,
    path: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    let job = db::run(&pool, move |conn| load_job(conn, museum_id, id)).await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(job))
}

/// Parameters of an import's rows.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RowsQuery {
    /// Only records with this outcome, e.g. `failed`.
    #[param(value_type = Option<RowOutcome>)]
    outcome: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 1000)]
    limit: Option<String>,
    /// The `next_cursor` of the previous page.
    cursor: Option<String>,
}

/// The records of an import in file order, with each one's outcome and problems.
#[utoipa::path(
    tag = "partner",
    security(("bearer" = ["museum"])),
    params(("id" = i64, Path, description = "The job's id"), RowsQuery),
    responses(
        (status = 200, description = "A page of records", body = ImportRowPage),
        (status = 400, description = "A parameter is malformed", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Your museum has no such import", body = Problem, content_type = PROBLEM),
    ),
)]
#[get("/partner/imports/{id}/rows")]
pub async fn list_rows(
    pool: web::Data<Pool>,
    MuseumActor { museum_id, .. }: MuseumActor,
    path: web::Path<i64>,
    query: web::Query<RowsQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    let q = query.into_inner();
    let outcome = q
        .outcome
        .as_deref()
        .map(|o| {
            o.parse::<RowOutcome>()
                .map_err(|e| ApiError::invalid_parameter("outcome", e.to_string()))
        })
        .transpose()?;
    let limit = match q.limit.as_deref() {
        None => 100,
        Some(l) => l
            .parse::<i64>()
            .ok()
            .filter(|l| (1..=1000).contains(l))
            .ok_or_else(|| ApiError::invalid_parameter("limit", "must be between 1 and 1000"))?,
    };
    let after = Cursor::decode(q.cursor.as_deref())?.map_or(0, |c| c.id);
    let page = db::run(&pool, move |conn| {
        load_job(conn, museum_id, id)?;
        let mut query = import_rows::table
            .filter(import_rows::job_id.eq(id))
            .filter(import_rows::row_number.gt(after))
            .order(import_rows::row_number.asc())
            .limit(limit + 1)
            .select((
                import_rows::row_number,
                import_rows::line,
                import_rows::inventory_number,
                import_rows::outcome,
                import_rows::slug,
                import_rows::problems,
            ))
            .into_boxed();
        if let Some(o) = outcome {
            query = query.filter(import_rows::outcome.eq(o.as_str()));
        }
        type Row = (
            i64,
            Option<i64>,
            Option<String>,
            String,
            Option<String>,
            Option<String>,
        );
        let mut rows: Vec<Row> = query.load(conn)?;
        let next_cursor = params::page_end(&mut rows, limit, |last| Cursor::id(last.0));
        let items = rows
            .into_iter()
            .map(|(row, line, inventory_number, outcome, slug, problems)| {
                Ok(ImportRow {
                    row,
                    line,
                    inventory_number,
                    outcome: crate::stored(&outcome)?,
                    slug,
                    problems: problems
                        .map(|p| serde_json::from_str(&p))
                        .transpose()
                        .map_err(|e| ApiError::internal(format!("stored problems: {e}")))?
                        .unwrap_or_default(),
                })
            })
            .collect::<Result<_, ApiError>>()?;
        Ok(ImportRowPage { items, next_cursor })
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(page))
}
