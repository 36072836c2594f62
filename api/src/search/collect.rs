//! One pass over the works matching the text: for each it checks every facet
//! filter, counts each facet's values among the works that pass all the
//! *other* filters (so choosing a value never hides its siblings), keeps the
//! best page after the cursor, and optionally counts works by century and region.

use std::collections::{BinaryHeap, HashMap};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};
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

/// The collector; `filters` holds one list of selected values a facet, in
/// `FacetName::ALL` order (empty: not filtered).
pub struct SearchCollector {
    pub filters: Vec<Vec<String>>,
    pub sort: SortOrder,
    pub after: Option<After>,
    pub limit: usize,
    pub timeline: bool,
}

fn order_column(sort: SortOrder) -> Option<&'static str> {
    match sort {
        SortOrder::Oldest => Some("year_begin"),
        SortOrder::Newest => Some("year_end"),
        SortOrder::Recent => Some("created"),
        SortOrder::Relevance | SortOrder::Title => None,
    }
}

/// The first ordinal whose term is greater than `key` (or equal, with `inclusive`).
fn boundary(column: &StrColumn, key: &str, inclusive: bool) -> tantivy::Result<u64> {
    let (mut lo, mut hi) = (0u64, column.num_terms() as u64);
    let mut term = String::new();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        column.ord_to_str(mid, &mut term)?;
        let below = if inclusive {
            term.as_str() < key
        } else {
            term.as_str() <= key
        };
        if below { lo = mid + 1 } else { hi = mid }
    }
    Ok(lo)
}

impl Collector for SearchCollector {
    type Fruit = Fruit;
    type Child = SegmentSearch;

    fn for_segment(
        &self,
        segment_ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentSearch> {
        let fast = segment.fast_fields();
        let mut columns = Vec::new();
        let mut selected = Vec::new();
        for (name, values) in FacetName::ALL.iter().zip(&self.filters) {
            let column = fast.str(name.as_str())?;
            selected.push(if values.is_empty() {
                None
            } else {
                let mut ords = Vec::new();
                if let Some(c) = &column {
                    for v in values {
                        ords.extend(c.dictionary().term_ord(v)?);
                    }
                }
                Some(ords)
            });
            columns.push(column);
        }
        let counts = columns
            .iter()
            .map(|c| vec![0u32; c.as_ref().map_or(0, |c| c.num_terms())])
            .collect();
        let title = fast.str("title_sort")?;
        // The cursor in this segment's terms: (rank, id) pairs after it come next.
        let after = match (&self.after, self.sort) {
            (None, _) => None,
            (
                Some(After {
                    key: SortKey::Text(t),
                    id,
                }),
                SortOrder::Title,
            ) => {
                let column = title.as_ref().expect("every work has a sort title");
                let exact = column.dictionary().term_ord(t)?;
                Some(match exact {
                    Some(o) => (o as i64, *id),
                    None => (boundary(column, t, true)? as i64 - 1, u64::MAX),
                })
            }
            (
                Some(After {
                    key: SortKey::Num(n),
                    id,
                }),
                _,
            ) => Some((*n, *id)),
            (Some(_), _) => None,
        };
        Ok(SegmentSearch {
            segment_ord,
            sort: self.sort,
            limit: self.limit + 1,
            timeline: self.timeline,
            id: fast.u64("id")?,
            order: order_column(self.sort).map(|c| fast.i64(c)).transpose()?,
            title,
            year: fast.i64("year_begin")?,
            region: FacetName::ALL
                .iter()
                .position(|f| *f == FacetName::Region)
                .expect("region is a facet"),
            columns,
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
    id: Column<u64>,
    order: Option<Column<i64>>,
    title: Option<StrColumn>,
    year: Column<i64>,
    region: usize,
    columns: Vec<Option<StrColumn>>,
    selected: Vec<Option<Vec<u64>>>,
    counts: Vec<Vec<u32>>,
    after: Option<(i64, u64)>,
    /// The best `limit` (rank, id, doc) so far, worst on top.
    heap: BinaryHeap<(i64, u64, DocId)>,
    total: u64,
    centuries: HashMap<(i64, u64), u64>,
    undated: u64,
}

impl SegmentSearch {
    /// The doc's place in the order: smaller comes first; unknown values last.
    fn rank(&self, doc: DocId, score: Score) -> i64 {
        match self.sort {
            // Scores are never negative, so their bits order like the scores.
            SortOrder::Relevance => -i64::from(score.to_bits()),
            SortOrder::Title => self
                .title
                .as_ref()
                .and_then(|c| c.term_ords(doc).next())
                .map_or(i64::MAX, |o| o as i64),
            SortOrder::Oldest => self
                .order
                .as_ref()
                .and_then(|c| c.first(doc))
                .unwrap_or(i64::MAX),
            SortOrder::Newest | SortOrder::Recent => self
                .order
                .as_ref()
                .and_then(|c| c.first(doc))
                .map_or(i64::MAX, |v| -v),
        }
    }

    fn passes(&self, facet: usize, doc: DocId) -> bool {
        match &self.selected[facet] {
            None => true,
            Some(wanted) => self.columns[facet]
                .as_ref()
                .is_some_and(|c| c.term_ords(doc).any(|o| wanted.contains(&o))),
        }
    }
}

impl SegmentCollector for SegmentSearch {
    type Fruit = Fruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        // Which filters the doc fails; with two or more it counts nowhere.
        let mut failing = None;
        for facet in 0..self.columns.len() {
            if !self.passes(facet, doc) {
                if failing.is_some() {
                    return;
                }
                failing = Some(facet);
            }
        }
        for (facet, column) in self.columns.iter().enumerate() {
            if failing.is_none_or(|f| f == facet)
                && let Some(column) = column
            {
                for ord in column.term_ords(doc) {
                    self.counts[facet][ord as usize] += 1;
                }
            }
        }
        if failing.is_some() {
            return;
        }
        self.total += 1;
        if self.timeline {
            let region = self.columns[self.region]
                .as_ref()
                .and_then(|c| c.term_ords(doc).next());
            match (self.year.first(doc), region) {
                (Some(year), Some(region)) => {
                    *self
                        .centuries
                        .entry((year.div_euclid(100) * 100, region))
                        .or_default() += 1
                }
                _ => self.undated += 1,
            }
        }
        let id = self.id.first(doc).unwrap_or_default();
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
        let mut term = String::new();
        let mut name = |column: &StrColumn, ord: u64| {
            column.ord_to_str(ord, &mut term).ok();
            term.clone()
        };
        let facets = self
            .columns
            .iter()
            .zip(&self.counts)
            .map(|(column, counts)| {
                let Some(column) = column else {
                    return HashMap::new();
                };
                counts
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| **n > 0)
                    .map(|(ord, n)| (name(column, ord as u64), u64::from(*n)))
                    .collect()
            })
            .collect();
        let timeline = match &self.columns[self.region] {
            Some(regions) => self
                .centuries
                .iter()
                .map(|(&(from, ord), &n)| ((from, name(regions, ord)), n))
                .collect(),
            None => HashMap::new(),
        };
        let hits = self
            .heap
            .into_iter()
            .map(|(rank, id, doc)| Hit {
                key: match (&self.sort, &self.title) {
                    (SortOrder::Title, Some(title)) => SortKey::Text(name(title, rank as u64)),
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
