//! The index on disk, derived from the database: built whole into a new
//! generation folder and switched to atomically (so a kill mid-build leaves the
//! old one in use), then kept current by applying `search_changes` in order.
//! The last change applied is stored in the index's own commit, so the index
//! and its place in the change log never disagree.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::Utc;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use tantivy::directory::MmapDirectory;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy};
use vcm_shared::WorkStatus;

use super::collect::SegmentCache;
use super::schema::{Fields, SCHEMA_VERSION, document};
use super::text::{TOKENIZER, VcmTokenizer};
use super::vocab::Vocabulary;
use crate::artworks::ArtworkRow;
use crate::changes::Entity;
use crate::db::DbConnection;
use crate::db::schema::{artworks, museums, search_changes};
use crate::error::ApiError;
use crate::museums::{CountryNames, MuseumRow};

/// What an index generation's commits carry.
#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    schema: u32,
    /// The last `search_changes.id` reflected in the index.
    change: i64,
}

/// The writer that follows the change log: small and single-threaded.
const WRITER: (usize, usize) = (1, 30_000_000);
/// The writer of a rebuild: both cores and a larger arena, for fewer, larger segments.
const REBUILD_WRITER: (usize, usize) = (2, 400_000_000);
const BATCH: i64 = 1_000;
/// How long an id missing from the change log is watched for a late commit.
const GAP_WATCH: Duration = Duration::from_secs(120);
/// The most missing ids watched at once.
const MAX_GAPS: usize = 10_000;

/// A change-log row: its id, the entity it names, and that entity's id.
type Change = (i64, String, i64);

/// One index generation, open for reading and writing.
pub struct Generation {
    pub name: String,
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    /// Facet values and sort keys of each segment, for the search collector.
    pub cache: SegmentCache,
    writer: Mutex<IndexWriter>,
    applied: Mutex<i64>,
    /// Ids skipped in the change log, and since when.
    gaps: Mutex<Vec<(i64, Instant)>>,
}

impl std::fmt::Debug for Generation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Generation")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

fn fail(what: &str, e: impl std::fmt::Display) -> ApiError {
    ApiError::internal(format!("search index: {what}: {e}"))
}

/// The folder holding the generations and the `CURRENT` pointer.
pub fn root(data_dir: &Path) -> PathBuf {
    data_dir.join("index")
}

/// The generation `CURRENT` names, if any.
pub fn current_name(root: &Path) -> Option<String> {
    std::fs::read_to_string(root.join("CURRENT"))
        .ok()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

impl Generation {
    /// Opens the current generation if it exists, is readable and of this schema version.
    pub fn open_current(root: &Path) -> Option<Generation> {
        let name = current_name(root)?;
        let generation = Self::open(root, &name, WRITER).ok()?;
        let payload = generation.payload().ok()??;
        if payload.schema != SCHEMA_VERSION || generation.warm().is_err() {
            return None;
        }
        *generation.applied.lock().expect("not poisoned") = payload.change;
        Some(generation)
    }

    /// Reads every segment's arrays for the collector, so no search waits for it.
    fn warm(&self) -> Result<(), ApiError> {
        self.cache
            .warm(&self.reader.searcher())
            .map_err(|e| fail("warm", e))
    }

    fn open(
        root: &Path,
        name: &str,
        (threads, memory): (usize, usize),
    ) -> Result<Generation, ApiError> {
        let dir = root.join(name);
        std::fs::create_dir_all(&dir).map_err(|e| fail("create folder", e))?;
        let (schema, fields) = Fields::schema();
        let directory = MmapDirectory::open(&dir).map_err(|e| fail("open", e))?;
        let mut index = Index::open_or_create(directory, schema).map_err(|e| fail("open", e))?;
        // Searches run over the segments on both cores.
        index
            .set_multithread_executor(2)
            .map_err(|e| fail("executor", e))?;
        index
            .tokenizers()
            .register(TOKENIZER, TextAnalyzer::from(VcmTokenizer));
        let writer = index
            .writer_with_num_threads(threads, memory)
            .map_err(|e| fail("lock", e))?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| fail("reader", e))?;
        Ok(Generation {
            name: name.to_owned(),
            index,
            reader,
            fields,
            cache: SegmentCache::default(),
            writer: Mutex::new(writer),
            applied: Mutex::new(0),
            gaps: Mutex::new(Vec::new()),
        })
    }

    fn payload(&self) -> Result<Option<Payload>, ApiError> {
        let metas = self.index.load_metas().map_err(|e| fail("metas", e))?;
        Ok(metas.payload.and_then(|p| serde_json::from_str(&p).ok()))
    }

    /// The last change this generation reflects.
    pub fn applied(&self) -> i64 {
        *self.applied.lock().expect("not poisoned")
    }

    /// Builds a new generation from every published work and makes it current.
    /// `progress` is told the total once, then each batch's size.
    pub fn rebuild(
        root: &Path,
        conn: &mut DbConnection,
        vocab: &Vocabulary,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Generation, ApiError> {
        std::fs::create_dir_all(root).map_err(|e| fail("create folder", e))?;
        let name = format!("gen-{}", Utc::now().format("%Y%m%dT%H%M%S%.6f"));
        let building = format!("{name}.building");
        let generation = Self::open(root, &building, REBUILD_WRITER)?;
        // Changes after this mark are applied by catching up, so none is lost.
        let mark: i64 = search_changes::table
            .select(diesel::dsl::max(search_changes::id))
            .first::<Option<i64>>(conn)?
            .unwrap_or(0);
        let total: i64 = artworks::table
            .filter(artworks::status.eq(WorkStatus::Published.as_str()))
            .count()
            .get_result(conn)?;
        progress(Progress::Total(total as u64));
        let countries = CountryNames::load(conn)?;
        let mut after = 0i64;
        {
            let writer = generation.writer.lock().expect("not poisoned");
            loop {
                // By id alone: with the status in the query SQLite would walk
                // the status index over every published work for each batch.
                let rows: Vec<(ArtworkRow, MuseumRow)> = artworks::table
                    .inner_join(museums::table)
                    .filter(artworks::id.gt(after))
                    .order(artworks::id.asc())
                    .limit(BATCH)
                    .select((ArtworkRow::as_select(), MuseumRow::as_select()))
                    .load(conn)?;
                let Some((last, _)) = rows.last() else { break };
                after = last.id;
                let ids: Vec<i64> = rows.iter().map(|(w, _)| w.id).collect();
                let with_image = crate::artworks::images::with_ready_image(conn, &ids)?;
                let published = rows
                    .iter()
                    .filter(|(w, _)| w.status == WorkStatus::Published.as_str());
                let mut added = 0;
                for (work, museum) in published {
                    added += 1;
                    writer
                        .add_document(document(
                            &generation.fields,
                            work,
                            with_image.contains(&work.id),
                            museum,
                            &countries,
                            vocab,
                        ))
                        .map_err(|e| fail("add", e))?;
                }
                progress(Progress::Done(added));
            }
        }
        generation.persist(mark)?;
        drop(generation);
        // Switch: rename the finished folder, then point CURRENT at it atomically.
        std::fs::rename(root.join(&building), root.join(&name)).map_err(|e| fail("rename", e))?;
        let pointer = root.join("CURRENT.tmp");
        std::fs::write(&pointer, &name).map_err(|e| fail("write CURRENT", e))?;
        std::fs::rename(&pointer, root.join("CURRENT")).map_err(|e| fail("switch CURRENT", e))?;
        let generation = Self::open(root, &name, WRITER)?;
        generation.warm()?;
        *generation.applied.lock().expect("not poisoned") = mark;
        Ok(generation)
    }

    /// Commits with the change reached, and serves what was committed.
    fn commit(&self, change: i64) -> Result<(), ApiError> {
        self.persist(change)?;
        self.reader.reload().map_err(|e| fail("reload", e))?;
        self.warm()?;
        *self.applied.lock().expect("not poisoned") = change;
        Ok(())
    }

    /// Commits the writer's work with the change reached in the payload.
    fn persist(&self, change: i64) -> Result<(), ApiError> {
        let mut writer = self.writer.lock().expect("not poisoned");
        let payload = serde_json::to_string(&Payload {
            schema: SCHEMA_VERSION,
            change,
        })
        .expect("serialises");
        let mut prepared = writer.prepare_commit().map_err(|e| fail("commit", e))?;
        prepared.set_payload(&payload);
        prepared.commit().map_err(|e| fail("commit", e))?;
        Ok(())
    }

    /// Applies the change log from where this generation stands; returns how
    /// many changes it applied, or `None` when the vocabulary changed and the
    /// whole index must be rebuilt.
    pub fn catch_up(
        &self,
        conn: &mut DbConnection,
        vocab: &Vocabulary,
    ) -> Result<Option<usize>, ApiError> {
        let late = self.late_changes(conn)?;
        if !late.is_empty() {
            if !self.apply(conn, vocab, &late)? {
                return Ok(None);
            }
            self.commit(self.applied())?;
        }
        let mut applied = late.len();
        loop {
            let from = self.applied();
            let changes: Vec<Change> = search_changes::table
                .filter(search_changes::id.gt(from))
                .order(search_changes::id.asc())
                .limit(BATCH * 10)
                .select((
                    search_changes::id,
                    search_changes::entity,
                    search_changes::entity_id,
                ))
                .load(conn)?;
            let Some(&(last, _, _)) = changes.last() else {
                return Ok(Some(applied));
            };
            self.watch_gaps(from, &changes);
            if !self.apply(conn, vocab, &changes)? {
                return Ok(None);
            }
            self.commit(last)?;
            applied += changes.len();
        }
    }

    /// Remembers the ids missing between `from` and these changes. On
    /// PostgreSQL a transaction may take an id and commit after a later one was
    /// applied; its change would be skipped without this watch.
    fn watch_gaps(&self, from: i64, changes: &[Change]) {
        let mut gaps = self.gaps.lock().expect("not poisoned");
        let now = Instant::now();
        let mut expected = from + 1;
        for &(id, _, _) in changes {
            while expected < id && gaps.len() < MAX_GAPS {
                gaps.push((expected, now));
                expected += 1;
            }
            expected = id + 1;
        }
    }

    /// The changes that committed into a watched gap; forgets gaps watched
    /// long enough (a rolled-back transaction leaves its id unused for ever).
    fn late_changes(&self, conn: &mut DbConnection) -> Result<Vec<Change>, ApiError> {
        let watched: Vec<i64> = {
            let mut gaps = self.gaps.lock().expect("not poisoned");
            gaps.retain(|(_, since)| since.elapsed() < GAP_WATCH);
            gaps.iter().map(|(id, _)| *id).collect()
        };
        if watched.is_empty() {
            return Ok(Vec::new());
        }
        let late: Vec<Change> = search_changes::table
            .filter(search_changes::id.eq_any(&watched))
            .select((
                search_changes::id,
                search_changes::entity,
                search_changes::entity_id,
            ))
            .load(conn)?;
        if !late.is_empty() {
            self.gaps
                .lock()
                .expect("not poisoned")
                .retain(|(id, _)| !late.iter().any(|(l, _, _)| l == id));
        }
        Ok(late)
    }

    /// Reindexes what these changes name; `false` when one changed the
    /// vocabulary, which only a rebuild applies.
    fn apply(
        &self,
        conn: &mut DbConnection,
        vocab: &Vocabulary,
        changes: &[Change],
    ) -> Result<bool, ApiError> {
        if changes
            .iter()
            .any(|(_, e, _)| e == Entity::Vocabulary.as_str())
        {
            return Ok(false);
        }
        let mut works: BTreeSet<i64> = changes
            .iter()
            .filter(|(_, e, _)| e == Entity::Artwork.as_str())
            .map(|(_, _, id)| *id)
            .collect();
        let changed_museums: Vec<i64> = changes
            .iter()
            .filter(|(_, e, _)| e == Entity::Museum.as_str())
            .map(|(_, _, id)| *id)
            .collect();
        if !changed_museums.is_empty() {
            works.extend(
                artworks::table
                    .filter(artworks::museum_id.eq_any(&changed_museums))
                    .select(artworks::id)
                    .load::<i64>(conn)?,
            );
        }
        self.reindex(conn, vocab, &works.into_iter().collect::<Vec<_>>())?;
        Ok(true)
    }

    /// Replaces these works' documents with their current published state.
    fn reindex(
        &self,
        conn: &mut DbConnection,
        vocab: &Vocabulary,
        ids: &[i64],
    ) -> Result<(), ApiError> {
        let countries = CountryNames::load(conn)?;
        let writer = self.writer.lock().expect("not poisoned");
        for chunk in ids.chunks(BATCH as usize) {
            for id in chunk {
                writer.delete_term(self.fields.id_term(*id));
            }
            let rows: Vec<(ArtworkRow, MuseumRow)> = artworks::table
                .inner_join(museums::table)
                .filter(artworks::id.eq_any(chunk))
                .select((ArtworkRow::as_select(), MuseumRow::as_select()))
                .load(conn)?;
            let with_image = crate::artworks::images::with_ready_image(conn, chunk)?;
            let published = rows
                .iter()
                .filter(|(w, _)| w.status == WorkStatus::Published.as_str());
            for (work, museum) in published {
                let has_image = with_image.contains(&work.id);
                writer
                    .add_document(document(
                        &self.fields,
                        work,
                        has_image,
                        museum,
                        &countries,
                        vocab,
                    ))
                    .map_err(|e| fail("add", e))?;
            }
        }
        Ok(())
    }
}

/// How far a rebuild has come.
#[derive(Debug, Clone, Copy)]
pub enum Progress {
    Total(u64),
    Done(u64),
}

/// Removes generations other than the current one, and unfinished builds.
pub fn remove_stale(root: &Path, current: &str) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("gen-") && name != current {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}
