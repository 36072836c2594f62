//! One pass over the works matching the text: for each it checks every facet
//! filter, counts each facet's values among the works that pass all the
//! *other* filters (so choosing a value never hides its siblings), keeps the
//! best page after the cursor, and optionally counts works by century and region.
//!
//! Facet values and sort keys are read from the index's columns once per
//! segment into plain arrays ([`SegmentData`], cached), so the pass costs a few
//! array reads a work.

use std::collections::{BinaryHeap, HashMap};
use std::sync::{Arc, Mutex};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::index::SegmentId;
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentOrdinal, SegmentReader};
use vcm_shared::{FacetName, SortOrder};

/// Where the previous page ended.
#[derive(Debug, Clone, PartialEq)]
pub enum SortKey {
    Num(i64),
    Text(String),
}

#[derive(Debug, Clone)]
pub struct After {
    pub key: SortKey,
    pub id: u64,
}

/// A result with its place in the order.
#[derive(Debug, Clone)]
pub struct Hit {
    pub key: SortKey,
    pub id: u64,
    pub address: DocAddress,
}

#[derive(Debug, Default)]
pub struct Fruit {
    /// Works matching the text and every filter.
    pub total: u64,
    /// The page, plus one more when there is a next page.
    pub hits: Vec<Hit>,
    /// Each facet's value counts, in `FacetName::ALL` order.
    pub facets: Vec<HashMap<String, u64>>,
    /// (first year of the century, region) → works.
    pub timeline: HashMap<(i64, String), u64>,
    /// Works passing every filter with no year or no region.
    pub undated: u64,
}

/// A missing number in the arrays.
const NONE: i64 = i64::MIN;

/// One facet's values in a segment, as ordinals of `column`'s dictionary.
struct FacetData {
    column: Option<StrColumn>,
    layout: Layout,
}

/// Most facets hold one value a work (an array a doc); materials and periods
/// may hold several (the values of doc `d` are `ords[offsets[d]..offsets[d + 1]]`).
enum Layout {
    Single(Vec<u32>),
    Multi { offsets: Vec<u32>, ords: Vec<u32> },
}

/// No value, in a single-valued layout.
const ABSENT: u32 = u32::MAX;

impl FacetData {
    fn read(column: Option<StrColumn>, max_doc: DocId) -> FacetData {
        let mut offsets = Vec::with_capacity(max_doc as usize + 1);
        let mut ords = Vec::with_capacity(max_doc as usize);
        offsets.push(0);
        for doc in 0..max_doc {
            if let Some(c) = &column {
                ords.extend(c.term_ords(doc).map(|o| o as u32));
            }
            offsets.push(ords.len() as u32);
        }
        let single = offsets.windows(2).all(|w| w[1] - w[0] <= 1);
        let layout = if single {
            Layout::Single(
                offsets
                    .windows(2)
                    .map(|w| {
                        if w[1] > w[0] {
                            ords[w[0] as usize]
                        } else {
                            ABSENT
                        }
                    })
                    .collect(),
            )
        } else {
            Layout::Multi { offsets, ords }
        };
        FacetData { column, layout }
    }

    #[inline]
    fn values(&self, doc: DocId) -> &[u32] {
        let d = doc as usize;
        match &self.layout {
            Layout::Single(ords) if ords[d] == ABSENT => &[],
            Layout::Single(ords) => std::slice::from_ref(&ords[d]),
            Layout::Multi { offsets, ords } => &ords[offsets[d] as usize..offsets[d + 1] as usize],
        }
    }

    fn name(&self, ord: u32, buffer: &mut String) -> String {
        if let Some(c) = &self.column {
            c.ord_to_str(u64::from(ord), buffer).ok();
        }
        buffer.clone()
    }
}

/// A segment's facet values and sort keys, read into arrays.
pub struct SegmentData {
    facets: Vec<FacetData>,
    title: FacetData,
    ids: Vec<u64>,
    year_begin: Vec<i64>,
    year_end: Vec<i64>,
    created: Vec<i64>,
}

impl SegmentData {
    fn read(segment: &SegmentReader) -> tantivy::Result<SegmentData> {
        let fast = segment.fast_fields();
        let max_doc = segment.max_doc();
        let numbers = |name: &str| -> tantivy::Result<Vec<i64>> {
            let column = fast.i64(name)?;
            Ok((0..max_doc)
                .map(|d| column.first(d).unwrap_or(NONE))
                .collect())
        };
        let ids = fast.u64("id")?;
        Ok(SegmentData {
            facets: FacetName::ALL
                .iter()
                .map(|f| Ok(FacetData::read(fast.str(f.as_str())?, max_doc)))
                .collect::<tantivy::Result<_>>()?,
            title: FacetData::read(fast.str("title_sort")?, max_doc),
            ids: (0..max_doc)
                .map(|d| ids.first(d).unwrap_or_default())
                .collect(),
            year_begin: numbers("year_begin")?,
            year_end: numbers("year_end")?,
            created: numbers("created")?,
        })
    }
}

/// The arrays of every segment of a generation, read once a segment.
#[derive(Default)]
pub struct SegmentCache(Mutex<HashMap<SegmentId, Arc<SegmentData>>>);

impl SegmentCache {
    fn get(&self, segment: &SegmentReader) -> tantivy::Result<Arc<SegmentData>> {
        let id = segment.segment_id();
        if let Some(data) = self.0.lock().expect("not poisoned").get(&id) {
            return Ok(Arc::clone(data));
        }
        let data = Arc::new(SegmentData::read(segment)?);
        self.0
            .lock()
            .expect("not poisoned")
            .insert(id, Arc::clone(&data));
        Ok(data)
    }

    /// Reads the searcher's new segments and forgets those merged away.
    pub fn warm(&self, searcher: &Searcher) -> tantivy::Result<()> {
        for segment in searcher.segment_readers() {
            self.get(segment)?;
        }
        let live: Vec<SegmentId> = searcher
            .segment_readers()
            .iter()
            .map(|s| s.segment_id())
            .collect();
        self.0
            .lock()
            .expect("not poisoned")
            .retain(|id, _| live.contains(id));
        Ok(())
    }
}

/// The collector; `filters` holds one list of selected values a facet, in
/// `FacetName::ALL` order (empty: not filtered).
pub struct SearchCollector<'a> {
    pub cache: &'a SegmentCache,
    pub filters: Vec<Vec<String>>,
    pub sort: SortOrder,
    pub after: Option<After>,
    pub limit: usize,
    pub timeline: bool,
}

/// The first ordinal whose term is greater than `key`.
fn boundary(column: &StrColumn, key: &str) -> tantivy::Result<u64> {
    let (mut lo, mut hi) = (0u64, column.num_terms() as u64);
    let mut term = String::new();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        column.ord_to_str(mid, &mut term)?;
        if term.as_str() <= key {
            lo = mid + 1
        } else {
            hi = mid
        }
    }
    Ok(lo)
}

impl Collector for SearchCollector<'_> {
    type Fruit = Fruit;
    type Child = SegmentSearch;

    fn for_segment(
        &self,
        segment_ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentSearch> {
        let data = self.cache.get(segment)?;
        // The filtered facets and the ordinals of their selected values here.
        let mut selected = Vec::new();
        for (i, (facet, values)) in data.facets.iter().zip(&self.filters).enumerate() {
            if !values.is_empty() {
                let mut ords = Vec::new();
                if let Some(c) = &facet.column {
                    for v in values {
                        ords.extend(c.dictionary().term_ord(v)?.map(|o| o as u32));
                    }
                }
                selected.push((i, ords));
            }
        }
        let counts = data
            .facets
            .iter()
            .map(|f| vec![0u32; f.column.as_ref().map_or(0, |c| c.num_terms())])
            .collect();
        // The cursor in this segment's terms: (rank, id) pairs after it come next.
        let after = match (&self.after, self.sort, &data.title.column) {
            (None, _, _) => None,
            (
                Some(After {
                    key: SortKey::Text(t),
                    id,
                }),
                SortOrder::Title,
                Some(column),
            ) => Some(match column.dictionary().term_ord(t)? {
                Some(o) => (o as i64, *id),
                None => (boundary(column, t)? as i64 - 1, u64::MAX),
            }),
            (
                Some(After {
                    key: SortKey::Num(n),
                    id,
                }),
                _,
                _,
            ) => Some((*n, *id)),
            (Some(_), _, _) => None,
        };
        Ok(SegmentSearch {
            segment_ord,
            sort: self.sort,
            limit: self.limit + 1,
            timeline: self.timeline,
            region: FacetName::ALL
                .iter()
                .position(|f| *f == FacetName::Region)
                .expect("region is a facet"),
            data,
            selected,
            counts,
            after,
            heap: BinaryHeap::new(),
            total: 0,
            centuries: HashMap::new(),
            undated: 0,
        })
    }

    fn requires_scoring(&self) -> bool {
        self.sort == SortOrder::Relevance
    }

    fn merge_fruits(&self, fruits: Vec<Fruit>) -> tantivy::Result<Fruit> {
        let mut merged = Fruit {
            facets: vec![HashMap::new(); FacetName::ALL.len()],
            ..Fruit::default()
        };
        for fruit in fruits {
            merged.total += fruit.total;
            merged.undated += fruit.undated;
            merged.hits.extend(fruit.hits);
            for (into, from) in merged.facets.iter_mut().zip(fruit.facets) {
                for (value, n) in from {
                    *into.entry(value).or_default() += n;
                }
            }
            for (bucket, n) in fruit.timeline {
                *merged.timeline.entry(bucket).or_default() += n;
            }
        }
        merged
            .hits
            .sort_by(|a, b| compare(&a.key, &b.key).then(a.id.cmp(&b.id)));
        merged.hits.truncate(self.limit + 1);
        Ok(merged)
    }
}

fn compare(a: &SortKey, b: &SortKey) -> std::cmp::Ordering {
    match (a, b) {
        (SortKey::Num(x), SortKey::Num(y)) => x.cmp(y),
        (SortKey::Text(x), SortKey::Text(y)) => x.cmp(y),
        (SortKey::Num(_), SortKey::Text(_)) => std::cmp::Ordering::Less,
        (SortKey::Text(_), SortKey::Num(_)) => std::cmp::Ordering::Greater,
    }
}

pub struct SegmentSearch {
    segment_ord: SegmentOrdinal,
    sort: SortOrder,
    limit: usize,
    timeline: bool,
    region: usize,
    data: Arc<SegmentData>,
    selected: Vec<(usize, Vec<u32>)>,
    counts: Vec<Vec<u32>>,
    after: Option<(i64, u64)>,
    /// The best `limit` (rank, id, doc) so far, worst on top.
    heap: BinaryHeap<(i64, u64, DocId)>,
    total: u64,
    centuries: HashMap<(i64, u32), u64>,
    undated: u64,
}

impl SegmentSearch {
    /// The doc's place in the order: smaller comes first; unknown values last.
    #[inline]
    fn rank(&self, doc: DocId, score: Score) -> i64 {
        let d = doc as usize;
        let last_if_none = |v: i64, sign: i64| if v == NONE { i64::MAX } else { sign * v };
        match self.sort {
            // Scores are never negative, so their bits order like the scores.
            SortOrder::Relevance => -i64::from(score.to_bits()),
            SortOrder::Title => self
                .data
                .title
                .values(doc)
                .first()
                .map_or(i64::MAX, |&o| i64::from(o)),
            SortOrder::Oldest => last_if_none(self.data.year_begin[d], 1),
            SortOrder::Newest => last_if_none(self.data.year_end[d], -1),
            SortOrder::Recent => last_if_none(self.data.created[d], -1),
        }
    }
}

impl SegmentCollector for SegmentSearch {
    type Fruit = Fruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        let data = &*self.data;
        // Which filter the doc fails; with two or more it counts nowhere.
        let mut failing = None;
        for (facet, wanted) in &self.selected {
            if !data.facets[*facet]
                .values(doc)
                .iter()
                .any(|o| wanted.contains(o))
            {
                if failing.is_some() {
                    return;
                }
                failing = Some(*facet);
            }
        }
        for (facet, values) in data.facets.iter().enumerate() {
            if failing.is_none_or(|f| f == facet) {
                for &ord in values.values(doc) {
                    self.counts[facet][ord as usize] += 1;
                }
            }
        }
        if failing.is_some() {
            return;
        }
        self.total += 1;
        if self.timeline {
            let year = data.year_begin[doc as usize];
            match data.facets[self.region].values(doc).first() {
                Some(&region) if year != NONE => {
                    *self
                        .centuries
                        .entry((year.div_euclid(100) * 100, region))
                        .or_default() += 1
                }
                _ => self.undated += 1,
            }
        }
        let id = data.ids[doc as usize];
        let rank = self.rank(doc, score);
        if self.after.is_some_and(|after| (rank, id) <= after) {
            return;
        }
        if self.heap.len() < self.limit {
            self.heap.push((rank, id, doc));
        } else if self
            .heap
            .peek()
            .is_some_and(|worst| (rank, id) < (worst.0, worst.1))
        {
            self.heap.pop();
            self.heap.push((rank, id, doc));
        }
    }

    fn harvest(self) -> Fruit {
        let data = &*self.data;
        let mut buffer = String::new();
        let facets = data
            .facets
            .iter()
            .zip(&self.counts)
            .map(|(facet, counts)| {
                counts
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| **n > 0)
                    .map(|(ord, n)| (facet.name(ord as u32, &mut buffer), u64::from(*n)))
                    .collect()
            })
            .collect();
        let timeline = self
            .centuries
            .iter()
            .map(|(&(from, ord), &n)| ((from, data.facets[self.region].name(ord, &mut buffer)), n))
            .collect();
        let hits = self
            .heap
            .into_iter()
            .map(|(rank, id, doc)| Hit {
                key: match self.sort {
                    SortOrder::Title => SortKey::Text(data.title.name(rank as u32, &mut buffer)),
                    _ => SortKey::Num(rank),
                },
                id,
                address: DocAddress::new(self.segment_ord, doc),
            })
            .collect();
        Fruit {
            total: self.total,
            hits,
            facets,
            timeline,
            undated: self.undated,
        }
    }
}
