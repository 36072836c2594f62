//! `/partner/import`: importing works from a file (CSV, JSON or NDJSON).
//! A dry run comes first: it counts what would happen and lists every record
//! that would fail, field by field, and changes nothing. Then the same file
//! is imported for real. Past imports are listed underneath.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use leptos_router::components::A;
use vcm_shared::{
    ArtworkInput, ErrorCode, FieldCode, FieldError, ImportFormat, ImportJob, ImportJobList,
    ImportRow, ImportStatus, RowOutcome,
};

use crate::api::{self, ApiError, ImportOptions};
use crate::auth::use_auth;
use crate::components::account::{PartnerNav, RequireEditor};
use crate::components::file_field::FileField;
use crate::components::forms::{
    CheckField, ErrorSummary, Field, Notice, Problems, SelectField, Tone, focus_summary, problem,
};
use crate::components::layout::focus_later;
use crate::components::paged::{MoreButton, Paged};
use crate::components::states::{EmptyState, ErrorState, Loading};
use crate::components::time::Time;
use crate::i18n::{Key, t, t_with};

const FORM: &str = "import";
const LABELS: &[(&str, Key)] = &[
    ("file", Key::FieldFile),
    ("format", Key::FieldFormat),
    ("mapping", Key::FieldMapping),
];

/// A file's format, from its name or, failing that, its media type.
pub fn format_of(name: &str, media_type: &str) -> Option<ImportFormat> {
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "csv" => Some(ImportFormat::Csv),
        "json" => Some(ImportFormat::Json),
        "ndjson" | "jsonl" => Some(ImportFormat::Ndjson),
        _ => match media_type {
            "text/csv" => Some(ImportFormat::Csv),
            "application/json" => Some(ImportFormat::Json),
            "application/x-ndjson" | "application/ndjson" | "application/jsonl" => {
                Some(ImportFormat::Ndjson)
            }
            _ => None,
        },
    }
}

/// What is wrong with a mapping (`field:column,…`), as the server would say it.
pub fn mapping_problem(raw: &str) -> Option<String> {
    for pair in raw.split(',').filter(|p| !p.trim().is_empty()) {
        let Some((field, column)) = pair.split_once(':') else {
            return Some(t_with(Key::MappingNotPair, &[("pair", pair.trim())]));
        };
        let field = field.trim();
        if !ArtworkInput::is_column(field) {
            return Some(t_with(Key::MappingUnknownField, &[("field", field)]));
        }
        if column.trim().is_empty() {
            return Some(t_with(Key::MappingEmptyColumn, &[("field", field)]));
        }
    }
    None
}

fn format_name(format: ImportFormat) -> &'static str {
    match format {
        ImportFormat::Csv => "CSV",
        ImportFormat::Json => "JSON",
        ImportFormat::Ndjson => "NDJSON",
    }
}

#[component]
pub fn ImportPage() -> impl IntoView {
    view! {
        <Title text=t(Key::ImportTitle) />
        <RequireEditor>
            <Import />
        </RequireEditor>
    }
}

/// Which step is under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Busy {
    Checking,
    Importing,
}

/// What was chosen in the form: the file, its format, the mapping and
/// whether to skip unknown columns.
type Chosen = (Option<web_sys::File>, String, String, bool);

/// The options of a run, or the problems that keep it from starting.
fn run_options(
    (picked, format, mapping, ignore_unknown): Chosen,
    dry_run: bool,
) -> Result<(web_sys::File, ImportOptions), Vec<FieldError>> {
    let mut found = Vec::new();
    let detected = match (&picked, format.parse::<ImportFormat>()) {
        (_, Ok(f)) => Some(f),
        (Some(f), Err(_)) => format_of(&f.name(), &f.type_()),
        (None, Err(_)) => None,
    };
    match &picked {
        None => found.push(problem("file", FieldCode::Required, t(Key::FileRequired))),
        Some(_) if detected.is_none() => found.push(problem(
            "format",
            FieldCode::Required,
            t(Key::FormatUnknown),
        )),
        Some(_) => {}
    }
    if let Some(message) = mapping_problem(&mapping) {
        found.push(problem("mapping", FieldCode::Invalid, message));
    }
    match (picked, detected) {
        (Some(f), Some(format)) if found.is_empty() => Ok((
            f,
            ImportOptions {
                format,
                mapping: mapping.trim().to_owned(),
                ignore_unknown,
                dry_run,
            },
        )),
        _ => Err(found),
    }
}

/// Shows why the server refused the import: the form's own fields, a file
/// too large or of an unknown type, or else the error.
fn show_refusal(e: ApiError, problems: Problems, failed: RwSignal<Option<ApiError>>) {
    let fields: Vec<FieldError> = e
        .field_errors()
        .iter()
        .filter(|p| LABELS.iter().any(|(name, _)| *name == p.field))
        .cloned()
        .collect();
    match e.code() {
        _ if !fields.is_empty() => {
            problems.set(fields);
            focus_summary(FORM);
        }
        Some(ErrorCode::PayloadTooLarge | ErrorCode::UnsupportedMediaType) => {
            let detail = e.detail().unwrap_or_default().to_owned();
            problems.set(vec![problem("file", FieldCode::Invalid, detail)]);
            focus_summary(FORM);
        }
        _ => {
            failed.set(Some(e));
            focus_later("#import-failed");
        }
    }
}

#[component]
fn Import() -> impl IntoView {
    let auth = use_auth();
    let file = RwSignal::new_local(None::<web_sys::File>);
    let format = RwSignal::new(String::new());
    let mapping = RwSignal::new(String::new());
    let ignore_unknown = RwSignal::new(false);
    // Bumped whenever the file or an option changes: a dry run only vouches
    // for the file and options it ran with.
    let revision = RwSignal::new(0u64);
    let dry = RwSignal::new(None::<(ImportJob, u64, ImportOptions)>);
    let real = RwSignal::new(None::<ImportJob>);
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(None::<Busy>);
    let jobs = LocalResource::new(move || api::authed(auth, api::signed_in::imports()));
    let shown = RwSignal::new(None::<i64>);

    Effect::new(move |_| {
        format.track();
        mapping.track();
        ignore_unknown.track();
        revision.update(|r| *r += 1);
    });

    let run = move |dry_run: bool| {
        if busy.get_untracked().is_some() {
            return;
        }
        failed.set(None);
        let chosen = (
            file.get_untracked(),
            format.get_untracked(),
            mapping.get_untracked(),
            ignore_unknown.get_untracked(),
        );
        let (picked, opts) = match run_options(chosen, dry_run) {
            Ok(ok) => ok,
            Err(found) => {
                problems.set(found);
                focus_summary(FORM);
                return;
            }
        };
        problems.set(Vec::new());
        if dry_run {
            dry.set(None);
        }
        real.set(None);
        busy.set(Some(if dry_run {
            Busy::Checking
        } else {
            Busy::Importing
        }));
        let at = revision.get_untracked();
        spawn_local(async move {
            let blob: &web_sys::Blob = picked.as_ref();
            match api::start_import(auth, blob, &opts).await {
                Ok(job) if dry_run => {
                    dry.set(Some((job, at, opts)));
                    focus_later("#import-dry-title");
                }
                Ok(job) => {
                    // Done with this check: importing again starts from a new one.
                    dry.set(None);
                    real.set(Some(job));
                    focus_later("#import-real-title");
                }
                Err(e) => show_refusal(e, problems, failed),
            }
            busy.set(None);
            jobs.refetch();
        });
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        run(true);
    };

    // Whether the dry run shown was made with the file and options chosen now.
    let current = move || {
        dry.read()
            .as_ref()
            .is_some_and(|(_, at, _)| *at == revision.get())
    };

    view! {
        <div class="wrap page partner" data-testid="import">
            <header class="page__header">
                <h1>{t(Key::ImportTitle)}</h1>
                <PartnerNav />
                <p class="lead">{t(Key::ImportLead)}</p>
            </header>
            <section class="panel" aria-labelledby="import-step-1">
                <h2 id="import-step-1" class="panel__title">{t(Key::ImportStep1)}</h2>
                <form class="form" on:submit=on_submit novalidate=true data-testid="import-form">
                    <ErrorSummary form=FORM problems labels=LABELS />
                    {move || failed.get().map(|error| view! { <div id="import-failed" tabindex="-1"><ErrorState error /></div> })}
                    <FileField
                        form=FORM
                        name="file"
                        label=Key::FieldFile
                        hint=t(Key::FileHint)
                        accept=".csv,.json,.ndjson,.jsonl,text/csv,application/json,application/x-ndjson"
                        file
                        problems
                        on_change=Callback::new(move |()| {
                            real.set(None);
                            revision.update(|r| *r += 1);
                        })
                        testid="import-file"
                    />
                    <div class="form__grid">
                        <SelectField form=FORM name="format" label=Key::FieldFormat value=format problems options=Signal::derive(format_options) />
                        <Field form=FORM name="mapping" label=Key::FieldMapping value=mapping problems hint=Key::MappingHint />
                    </div>
                    <CheckField
                        id="import-ignore-unknown"
                        label=Key::IgnoreUnknown
                        hint=Key::IgnoreUnknownHint
                        value=ignore_unknown
                    />
                    <div class="form__actions">
                        <button
                            type="submit"
                            class="button"
                            disabled=move || busy.get().is_some()
                            aria-busy=move || (busy.get() == Some(Busy::Checking)).to_string()
                            data-testid="dry-run"
                        >
                            {move || if busy.get() == Some(Busy::Checking) { t(Key::Checking) } else { t(Key::DryRunButton) }}
                        </button>
                    </div>
                </form>
            </section>

            {move || {
                dry.get()
                    .map(|(job, _, _)| view! { <DryRunResult job current=Signal::derive(current) busy run /> })
            }}

            {move || real.get().map(|job| view! { <ImportResult job /> })}

            <ImportHistory jobs shown />
        </div>
    }
}

/// The formats to choose from, the first being "from the file's name".
fn format_options() -> Vec<(String, String)> {
    std::iter::once((String::new(), t(Key::FormatFromName).to_owned()))
        .chain(
            ImportFormat::ALL
                .iter()
                .map(|f| (f.as_str().to_owned(), format_name(*f).to_owned())),
        )
        .collect()
}

/// What the real import did, with its failed rows.
#[component]
fn ImportResult(job: ImportJob) -> impl IntoView {
    view! {
        <section class="panel import-result" aria-labelledby="import-real-title" data-testid="import-result">
            <h2 id="import-real-title" class="panel__title" tabindex="-1">{t(Key::ImportDone)}</h2>
            <JobSummary job=job.clone() />
            <FailedRows job=job.id />
            <p>
                <A href="/partner" attr:class="more-link">{t(Key::BackToDashboard)}</A>
            </p>
        </section>
    }
}

/// What the dry run found, and the button for the real import while the
/// file and options are the ones it ran with.
#[component]
fn DryRunResult<F>(
    job: ImportJob,
    current: Signal<bool>,
    busy: RwSignal<Option<Busy>>,
    run: F,
) -> impl IntoView
where
    F: Fn(bool) + Copy + Send + Sync + 'static,
{
    let failures = job.failed;
    let readable = job.status == ImportStatus::Done;
    view! {
        <section class="panel import-result" aria-labelledby="import-dry-title" data-testid="dry-run-result">
            <h2 id="import-dry-title" class="panel__title" tabindex="-1">{t(Key::ImportStep2)}</h2>
            <p>{t(Key::DryRunNote)}</p>
            <JobSummary job=job.clone() />
            <FailedRows job=job.id />
            <h3>{t(Key::ImportStep3)}</h3>
            <Show
                when=move || current.get()
                fallback=|| view! { <Notice tone=Tone::Info><p>{t(Key::DryRunOutdated)}</p></Notice> }
            >
                {(failures > 0)
                    .then(|| {
                        view! {
                            <Notice tone=Tone::Warning>
                                <p>{t_with(Key::SomeWillFail, &[("n", &failures.to_string())])}</p>
                            </Notice>
                        }
                    })}
                {(!readable)
                    .then(|| view! { <Notice tone=Tone::Warning><p>{t(Key::FileUnreadable)}</p></Notice> })}
                <p class="field__hint">{t(Key::RealImportNote)}</p>
                <button
                    type="button"
                    class="button"
                    disabled=move || busy.get().is_some()
                    aria-busy=move || (busy.get() == Some(Busy::Importing)).to_string()
                    on:click=move |_| run(false)
                    data-testid="import-for-real"
                >
                    {move || if busy.get() == Some(Busy::Importing) { t(Key::Importing) } else { t(Key::ImportForReal) }}
                </button>
            </Show>
        </section>
    }
}

/// The museum's past imports, and the failed records of the one chosen.
#[component]
fn ImportHistory(
    jobs: LocalResource<api::ApiResult<ImportJobList>>,
    shown: RwSignal<Option<i64>>,
) -> impl IntoView {
    view! {
        <section class="section" aria-labelledby="import-history">
            <h2 id="import-history" class="section__title">{t(Key::PastImports)}</h2>
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match jobs.await {
                        Ok(list) if list.items.is_empty() => {
                            view! { <EmptyState title=Key::NoImportsTitle text=Key::NoImportsText /> }.into_any()
                        }
                        Ok(list) => view! { <JobTable jobs=list.items shown /> }.into_any(),
                        Err(error) => {
                            view! { <ErrorState error retry=Callback::new(move |()| jobs.refetch()) /> }.into_any()
                        }
                    }
                })}
            </Transition>
            {move || {
                shown
                    .get()
                    .map(|id| {
                        view! {
                            <div class="import-history__rows">
                                <h3 id="import-history-rows" tabindex="-1">{t_with(Key::ProblemsOfImport, &[("id", &id.to_string())])}</h3>
                                <FailedRows job=id />
                            </div>
                        }
                    })
            }}
        </section>
    }
}

/// What an import did (or, in a dry run, would do), in numbers.
#[component]
fn JobSummary(job: ImportJob) -> impl IntoView {
    let dry = job.dry_run;
    let figures = [
        (Key::RowsRead, job.rows_read, ""),
        (
            if dry { Key::WouldCreate } else { Key::Created },
            job.created,
            "created",
        ),
        (
            if dry { Key::WouldUpdate } else { Key::Updated },
            job.updated,
            "updated",
        ),
        (Key::Unchanged, job.unchanged, "unchanged"),
        (Key::Failed, job.failed, "failed"),
    ];
    view! {
        <dl class="figures" data-testid="job-summary">
            {figures
                .into_iter()
                .map(|(key, n, kind)| {
                    view! {
                        <div class="figures__item" data-kind=kind>
                            <dt>{t(key)}</dt>
                            <dd data-testid=format!("count-{}", if kind.is_empty() { "read" } else { kind })>{n}</dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
        {(job.status == ImportStatus::Failed)
            .then(|| {
                view! {
                    <Notice tone=Tone::Warning>
                        <p class="notice__title">{t(Key::ImportStoppedTitle)}</p>
                        <p>{job.error.clone().unwrap_or_default()}</p>
                    </Notice>
                }
            })}
    }
}

/// The records of an import that failed, one line a problem.
#[component]
fn FailedRows(job: i64) -> impl IntoView {
    let auth = use_auth();
    let first = LocalResource::new(move || {
        api::authed(
            auth,
            api::signed_in::import_rows(job, Some(RowOutcome::Failed), Some(200), None),
        )
    });
    let retry = Callback::new(move |()| first.refetch());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match first.await {
                    Ok(page) if page.items.is_empty() => {
                        view! { <p class="import-ok" data-testid="no-failures">{t(Key::NoFailedRows)}</p> }.into_any()
                    }
                    Ok(page) => view! { <RowTable job rows=page.items cursor=page.next_cursor /> }.into_any(),
                    Err(error) => view! { <ErrorState error retry /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RowTable(job: i64, rows: Vec<ImportRow>, cursor: Option<String>) -> impl IntoView {
    let auth = use_auth();
    let paged = Paged::new(rows, cursor);
    let on_more = Callback::new(move |()| {
        paged.more(
            move |next| async move {
                let page = api::authed(
                    auth,
                    api::signed_in::import_rows(
                        job,
                        Some(RowOutcome::Failed),
                        Some(200),
                        Some(&next),
                    ),
                )
                .await?;
                Ok((page.items, page.next_cursor))
            },
            |a, b| a.row == b.row,
        )
    });
    let dash = || "—".to_owned();
    view! {
        <div class="table-scroll">
            <table class="data-table rows-table" data-testid="failed-rows">
                <caption class="rows-table__caption">{t(Key::FailedRowsCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::ColRow)}</th>
                        <th scope="col">{t(Key::ColLine)}</th>
                        <th scope="col">{t(Key::FieldInventory)}</th>
                        <th scope="col">{t(Key::ColField)}</th>
                        <th scope="col">{t(Key::ColCode)}</th>
                        <th scope="col">{t(Key::ColMessage)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        paged.items.get()
                            .into_iter()
                            .flat_map(|r| {
                                let problems = if r.problems.is_empty() {
                                    vec![FieldError::new("", FieldCode::Invalid, "")]
                                } else {
                                    r.problems.clone()
                                };
                                problems
                                    .into_iter()
                                    .map(move |p| {
                                        let field = if p.field.is_empty() { dash() } else { p.field.clone() };
                                        view! {
                                            <tr data-testid="failed-row">
                                                <td data-label=t(Key::ColRow)>{r.row}</td>
                                                <td data-label=t(Key::ColLine)>{r.line.map_or_else(dash, |l| l.to_string())}</td>
                                                <td data-label=t(Key::FieldInventory)>{r.inventory_number.clone().unwrap_or_else(dash)}</td>
                                                <td data-label=t(Key::ColField)><code>{field}</code></td>
                                                <td data-label=t(Key::ColCode)>
                                                    <code title=t(Key::FieldProblem(p.code))>{p.code.as_str()}</code>
                                                </td>
                                                <td data-label=t(Key::ColMessage) class="rows-table__message">
                                                    {crate::components::forms::problem_text(&p)}
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect::<Vec<_>>()
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <MoreButton paged label=Key::LoadMoreRows on_more />
    }
}

/// Past imports, newest first.
#[component]
fn JobTable(jobs: Vec<ImportJob>, shown: RwSignal<Option<i64>>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data-table jobs-table" data-testid="import-jobs">
                <caption class="visually-hidden">{t(Key::PastImports)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::ColWhen)}</th>
                        <th scope="col">{t(Key::ColKind)}</th>
                        <th scope="col">{t(Key::FieldFormat)}</th>
                        <th scope="col">{t(Key::ColStatus)}</th>
                        <th scope="col">{t(Key::RowsRead)}</th>
                        <th scope="col">{t(Key::Created)}</th>
                        <th scope="col">{t(Key::Updated)}</th>
                        <th scope="col">{t(Key::Unchanged)}</th>
                        <th scope="col">{t(Key::Failed)}</th>
                        <th scope="col">
                            <span class="visually-hidden">{t(Key::ColActions)}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {jobs
                        .into_iter()
                        .map(|job| {
                            let id = job.id;
                            view! {
                                <tr data-testid="import-job">
                                    <th scope="row" data-label=t(Key::ColWhen)>
                                        <Time at=job.created_at />
                                    </th>
                                    <td data-label=t(Key::ColKind)>
                                        {if job.dry_run { t(Key::DryRun) } else { t(Key::RealImport) }}
                                    </td>
                                    <td data-label=t(Key::FieldFormat)>{format_name(job.format)}</td>
                                    <td data-label=t(Key::ColStatus)>
                                        <span class=format!("badge badge--job-{}", job.status.as_str())>
                                            {t(Key::ImportStatus(job.status))}
                                        </span>
                                    </td>
                                    <td data-label=t(Key::RowsRead)>{job.rows_read}</td>
                                    <td data-label=t(Key::Created)>{job.created}</td>
                                    <td data-label=t(Key::Updated)>{job.updated}</td>
                                    <td data-label=t(Key::Unchanged)>{job.unchanged}</td>
                                    <td data-label=t(Key::Failed)>{job.failed}</td>
                                    <td>
                                        {(job.failed > 0)
                                            .then(|| {
                                                view! {
                                                    <button
                                                        type="button"
                                                        class="button button--small button--quiet"
                                                        aria-pressed=move || (shown.get() == Some(id)).to_string()
                                                        on:click=move |_| {
                                                            shown.set(Some(id));
                                                            focus_later("#import-history-rows");
                                                        }
                                                    >
                                                        {t(Key::ShowProblems)}
                                                    </button>
                                                }
                                            })}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_the_name_then_the_media_type() {
        assert_eq!(format_of("works.CSV", ""), Some(ImportFormat::Csv));
        assert_eq!(format_of("works.jsonl", ""), Some(ImportFormat::Ndjson));
        assert_eq!(
            format_of("export", "application/json"),
            Some(ImportFormat::Json)
        );
        assert_eq!(format_of("works.xlsx", ""), None);
    }

    #[test]
    fn mappings_are_checked_like_the_server() {
        assert_eq!(mapping_problem(""), None);
        assert_eq!(
            mapping_problem("inventory_number:accession_number, makers:artist,"),
            None
        );
        assert!(mapping_problem("inventory_number").is_some());
        assert!(mapping_problem("artist:makers").is_some());
        assert!(mapping_problem("title: ").is_some());
    }
}
