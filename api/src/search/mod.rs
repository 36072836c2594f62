//! Search and discovery: an in-process tantivy index derived from the
//! database, kept current from the `search_changes` log, answering free text in
//! any script with facets, suggestions, related works and a timeline.

mod collect;
pub mod engine;
pub mod index;
pub mod query;
mod routes;
pub mod schema;
mod terms;
pub mod text;
pub mod vocab;

pub use index::Progress;
pub use text::normalise;

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock, Weak};
use std::time::Duration;

use index::Generation;
use utoipa_actix_web::service_config::ServiceConfig;
use vocab::Vocabulary;

use vcm_shared::SuggestionKind;

use crate::db::{DbConnection, Pool};
use crate::error::ApiError;

/// The public search routes, and the secretariat's equivalent terms.
pub fn configure(config: &mut ServiceConfig) {
    routes::configure(config);
    terms::configure(config);
}

/// How often each server looks for changes made through any server.
const POLL: Duration = Duration::from_millis(200);

/// The search service of one server process.
pub struct Search {
    root: PathBuf,
    pool: Pool,
    generation: RwLock<Arc<Generation>>,
    vocab: RwLock<Arc<Vocabulary>>,
    names: RwLock<Arc<Vec<Named>>>,
}

/// A museum or period as suggestions match it.
#[derive(Debug)]
pub struct Named {
    pub kind: SuggestionKind,
    pub slug: String,
    pub text: String,
    /// Its names (English, own language, aliases), normalised.
    pub normalised: Vec<String>,
}

/// The museums and periods suggestions can name.
fn named(conn: &mut DbConnection, vocab: &Vocabulary) -> Result<Vec<Named>, ApiError> {
    use crate::db::schema::museums;
    use diesel::prelude::*;
    let museums: Vec<(String, String, Option<String>)> = museums::table
        .select((museums::slug, museums::name, museums::name_local))
        .order(museums::name.asc())
        .load(conn)?;
    let mut out: Vec<Named> = museums
        .into_iter()
        .map(|(slug, name, local)| Named {
            kind: SuggestionKind::Museum,
            normalised: std::iter::once(&name)
                .chain(&local)
                .map(|n| text::normalise(n))
                .collect(),
            slug,
            text: name,
        })
        .collect();
    out.extend(vocab.periods.iter().map(|p| {
        Named {
            kind: SuggestionKind::Period,
            slug: p.slug.clone(),
            text: p.name.clone(),
            normalised: std::iter::once(&p.name)
                .chain(&p.name_original)
                .chain(&p.aliases)
                .map(|n| text::normalise(n))
                .collect(),
        }
    }));
    Ok(out)
}

impl std::fmt::Debug for Search {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Search")
            .field("root", &self.root)
            .finish_non_exhaustive()
    }
}

impl Search {
    /// Opens the index under the data folder (rebuilding it when it is missing,
    /// unreadable or of another version), catches up with the change log, and
    /// starts the thread that keeps it current.
    pub fn open(data_dir: &Path, pool: Pool) -> Result<Arc<Search>, String> {
        let root = index::root(data_dir);
        let mut conn = pool.get().map_err(|e| format!("search: {e}"))?;
        let vocab = Vocabulary::load(&mut conn).map_err(|e| e.to_string())?;
        let generation = match Generation::open_current(&root) {
            Some(g) => g,
            None => {
                tracing::info!("building the search index");
                Generation::rebuild(&root, &mut conn, &vocab, &mut |_| {})
                    .map_err(|e| e.to_string())?
            }
        };
        index::remove_stale(&root, &generation.name);
        let names = named(&mut conn, &vocab).map_err(|e| e.to_string())?;
        drop(conn);
        let search = Arc::new(Search {
            root,
            pool,
            generation: RwLock::new(Arc::new(generation)),
            vocab: RwLock::new(Arc::new(vocab)),
            names: RwLock::new(Arc::new(names)),
        });
        search.tick().map_err(|e| e.to_string())?;
        let weak = Arc::downgrade(&search);
        std::thread::Builder::new()
            .name("vcm-indexer".into())
            .spawn(move || follow(weak))
            .map_err(|e| format!("cannot start the indexer: {e}"))?;
        Ok(search)
    }

    pub fn generation(&self) -> Arc<Generation> {
        Arc::clone(&self.generation.read().expect("not poisoned"))
    }

    pub fn vocab(&self) -> Arc<Vocabulary> {
        Arc::clone(&self.vocab.read().expect("not poisoned"))
    }

    /// Brings the index up to date: switches to a generation another process
    /// built, applies new changes, rebuilds when the vocabulary changed.
    pub fn tick(&self) -> Result<(), ApiError> {
        if index::current_name(&self.root).is_some_and(|name| name != self.generation().name)
            && let Some(newer) = Generation::open_current(&self.root)
        {
            tracing::info!(generation = %newer.name, "switching to a rebuilt search index");
            *self.generation.write().expect("not poisoned") = Arc::new(newer);
        }
        let mut conn = self.pool.get()?;
        let generation = self.generation();
        match generation.catch_up(&mut conn, &self.vocab())? {
            Some(0) => return Ok(()),
            Some(_) => {}
            None => {
                let vocab = Vocabulary::load(&mut conn)?;
                let rebuilt = Generation::rebuild(&self.root, &mut conn, &vocab, &mut |_| {})?;
                *self.vocab.write().expect("not poisoned") = Arc::new(vocab);
                *self.generation.write().expect("not poisoned") = Arc::new(rebuilt);
                self.generation().catch_up(&mut conn, &self.vocab())?;
            }
        }
        // Museums may have been renamed: refresh what suggestions match.
        *self.names.write().expect("not poisoned") = Arc::new(named(&mut conn, &self.vocab())?);
        Ok(())
    }

    /// The museums and periods suggestions can name.
    pub fn names(&self) -> Arc<Vec<Named>> {
        Arc::clone(&self.names.read().expect("not poisoned"))
    }
}

/// The indexer thread: ticks until the service is dropped.
fn follow(search: Weak<Search>) {
    loop {
        std::thread::sleep(POLL);
        let Some(search) = search.upgrade() else {
            return;
        };
        if let Err(e) = search.tick() {
            tracing::warn!(error = %e, "search index update failed; retrying");
        }
    }
}

/// Rebuilds the index under the data folder from scratch (for `vcm reindex`).
pub fn rebuild(
    data_dir: &Path,
    pool: &Pool,
    progress: &mut dyn FnMut(Progress),
) -> Result<String, String> {
    let mut conn = pool.get().map_err(|e| e.to_string())?;
    let vocab = Vocabulary::load(&mut conn).map_err(|e| e.to_string())?;
    let generation = Generation::rebuild(&index::root(data_dir), &mut conn, &vocab, progress)
        .map_err(|e| e.to_string())?;
    Ok(generation.name.clone())
}
