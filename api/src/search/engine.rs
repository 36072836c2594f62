//! Answering searches, suggestions, related works and the timeline from the index.

use std::collections::HashMap;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{Searcher, TantivyDocument, Term};
use vcm_shared::{
    ArtworkSummary, CulturalRegion, Facet, FacetName, FacetValue, ObjectType, SearchHit,
    SearchResults, SnippetPart, SortOrder, Suggestion, SuggestionKind, Timeline, TimelineBucket,
};

use super::Search;
use super::collect::{After, Fruit, SearchCollector, SortKey};
use super::index::Generation;
use super::query::{self, Unit};
use super::schema::Fields;
use super::text::{Mode, normalise, tokens};
use crate::db::DbConnection;
use crate::error::ApiError;
use crate::museums::CountryNames;
/// The language a search's labels are written in.
pub use vcm_web::i18n::Locale;
use vcm_web::i18n::{Key, country_name_in, text};

/// How many values a facet lists at most (selected values always appear).
const FACET_VALUES: usize = 50;

/// A validated search.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub units: Vec<Unit>,
    /// Selected values a facet, in `FacetName::ALL` order.
    pub filters: Vec<Vec<String>>,
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
    pub sort: Option<SortOrder>,
    pub limit: usize,
    pub cursor: Option<String>,
}

impl Request {
    pub fn sort(&self) -> SortOrder {
        self.sort.unwrap_or(if self.units.is_empty() {
            SortOrder::Title
        } else {
            SortOrder::Relevance
        })
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct CursorWire {
    s: String,
    k: serde_json::Value,
    i: u64,
}

fn encode_cursor(sort: SortOrder, key: &SortKey, id: u64) -> String {
    let k = match key {
        SortKey::Num(n) => serde_json::Value::from(*n),
        SortKey::Text(t) => serde_json::Value::from(t.as_str()),
    };
    URL_SAFE_NO_PAD.encode(
        serde_json::to_vec(&CursorWire {
            s: sort.as_str().into(),
            k,
            i: id,
        })
        .expect("serialises"),
    )
}

fn decode_cursor(raw: &str, sort: SortOrder) -> Result<After, ApiError> {
    let bad = || {
        ApiError::invalid_parameter(
            "cursor",
            "is not a cursor this server handed out for this sort order",
        )
    };
    let bytes = URL_SAFE_NO_PAD.decode(raw).map_err(|_| bad())?;
    let wire: CursorWire = serde_json::from_slice(&bytes).map_err(|_| bad())?;
    if wire.s != sort.as_str() {
        return Err(bad());
    }
    let key = match (&wire.k, sort) {
        (serde_json::Value::String(t), SortOrder::Title) => SortKey::Text(t.clone()),
        (serde_json::Value::Number(n), s) if s != SortOrder::Title => {
            SortKey::Num(n.as_i64().ok_or_else(bad)?)
        }
        _ => return Err(bad()),
    };
    Ok(After { key, id: wire.i })
}

fn search_error(e: tantivy::TantivyError) -> ApiError {
    ApiError::internal(format!("search failed: {e}"))
}

/// The query of the text and the year range (facet filters are applied while collecting).
fn base_query(
    fields: &Fields,
    search: &Search,
    request: &Request,
) -> (Box<dyn Query>, Box<dyn Query>) {
    let text = query::text_query(fields, &search.vocab(), &request.units);
    let years = query::year_range(fields, request.year_from, request.year_to);
    let base: Box<dyn Query> = if years.is_empty() {
        text.box_clone()
    } else {
        let mut clauses = vec![(Occur::Must, text.box_clone())];
        clauses.extend(years);
        Box::new(BooleanQuery::new(clauses))
    };
    (text, base)
}

fn collect(
    search: &Search,
    generation: &Generation,
    request: &Request,
    limit: usize,
    timeline: bool,
) -> Result<(Searcher, Box<dyn Query>, Fruit), ApiError> {
    let searcher = generation.reader.searcher();
    let (text, base) = base_query(&generation.fields, search, request);
    let sort = request.sort();
    let after = request
        .cursor
        .as_deref()
        .map(|c| decode_cursor(c, sort))
        .transpose()?;
    let collector = SearchCollector {
        cache: &generation.cache,
        filters: request.filters.clone(),
        sort,
        after,
        limit,
        timeline,
    };
    let fruit = searcher.search(&*base, &collector).map_err(search_error)?;
    Ok((searcher, text, fruit))
}

/// Runs a search: the page, its snippets, and every facet's counts.
pub fn search(
    search: &Search,
    conn: &mut DbConnection,
    request: &Request,
    locale: Locale,
) -> Result<SearchResults, ApiError> {
    let generation = search.generation();
    let sort = request.sort();
    let (searcher, text, mut fruit) = collect(search, &generation, request, request.limit, false)?;
    let next_cursor = (fruit.hits.len() > request.limit).then(|| {
        fruit.hits.truncate(request.limit);
        let last = fruit.hits.last().expect("a full page has a last hit");
        encode_cursor(sort, &last.key, last.id)
    });
    let snippets = if request.units.is_empty() {
        None
    } else {
        let mut generator = SnippetGenerator::create(&searcher, &*text, generation.fields.body)
            .map_err(search_error)?;
        generator.set_max_num_chars(220);
        Some(generator)
    };
    let ids: Vec<i64> = fruit.hits.iter().map(|h| h.id as i64).collect();
    let mut summaries = crate::artworks::summaries_by_id(conn, &ids)?;
    let mut items = Vec::with_capacity(fruit.hits.len());
    for hit in &fruit.hits {
        let Some(artwork) = summaries.remove(&(hit.id as i64)) else {
            continue;
        };
        let snippet = match &snippets {
            Some(generator) => {
                let doc: TantivyDocument = searcher.doc(hit.address).map_err(search_error)?;
                let snippet = generator.snippet_from_doc(&doc);
                parts(snippet.fragment(), snippet.highlighted())
            }
            None => Vec::new(),
        };
        items.push(SearchHit { artwork, snippet });
    }
    let facets = facets(
        search,
        conn,
        request,
        std::mem::take(&mut fruit.facets),
        locale,
    )?;
    Ok(SearchResults {
        total: fruit.total,
        items,
        next_cursor,
        sort,
        facets,
    })
}

/// A snippet as plain pieces, highlighted or not.
fn parts(fragment: &str, highlighted: &[std::ops::Range<usize>]) -> Vec<SnippetPart> {
    let mut out = Vec::new();
    let mut at = 0;
    for range in highlighted {
        if range.start > at {
            out.push(SnippetPart {
                text: fragment[at..range.start].to_owned(),
                highlighted: false,
            });
        }
        out.push(SnippetPart {
            text: fragment[range.clone()].to_owned(),
            highlighted: true,
        });
        at = range.end;
    }
    if at < fragment.len() {
        out.push(SnippetPart {
            text: fragment[at..].to_owned(),
            highlighted: false,
        });
    }
    out
}

/// Every facet's values with their labels in `locale` where the interface
/// or the period vocabulary has them in it, else in English.
fn facets(
    search: &Search,
    conn: &mut DbConnection,
    request: &Request,
    counts: Vec<HashMap<String, u64>>,
    locale: Locale,
) -> Result<Vec<Facet>, ApiError> {
    let countries = CountryNames::load(conn)?;
    let names = search.names();
    let museum_names: HashMap<&str, &str> = names
        .iter()
        .filter(|n| n.kind == SuggestionKind::Museum)
        .map(|n| (n.slug.as_str(), n.text.as_str()))
        .collect();
    let vocab = search.vocab();
    let english = |name: &str| (name.to_owned(), "en".to_owned());
    let ours = |key: Key| (text(locale, key).to_owned(), locale.tag().to_owned());
    let label = |facet: FacetName, value: &str| -> (String, String) {
        let found = match facet {
            FacetName::Country | FacetName::MuseumCountry => country_name_in(locale, value)
                .map(|name| (name, locale.tag().to_owned()))
                .or_else(|| countries.name(value).map(english)),
            FacetName::Museum => museum_names.get(value).copied().map(english),
            FacetName::Region => value
                .parse::<CulturalRegion>()
                .ok()
                .map(|r| ours(Key::CulturalRegion(r))),
            FacetName::ObjectType => value
                .parse::<ObjectType>()
                .ok()
                .map(|t| ours(Key::ObjectType(t))),
            FacetName::Period => {
                vocab
                    .period(value)
                    .map(|p| match (&p.name_original, &p.original_language) {
                        (Some(name), Some(lang))
                            if locale != Locale::EN && Locale::of_tag(lang) == Some(locale) =>
                        {
                            (name.clone(), lang.clone())
                        }
                        _ => english(&p.name),
                    })
            }
            FacetName::HasImage => Some(ours(if value == "yes" {
                Key::WithAnImage
            } else {
                Key::WithoutAnImage
            })),
            FacetName::Reusable => Some(ours(if value == "yes" {
                Key::FreeToReuse
            } else {
                Key::ReuseRestricted
            })),
            FacetName::Material => None,
        };
        found.unwrap_or_else(|| english(value))
    };
    Ok(FacetName::ALL
        .iter()
        .zip(counts)
        .zip(&request.filters)
        .map(|((&name, mut counts), selected)| {
            for value in selected {
                counts.entry(value.clone()).or_insert(0);
            }
            let mut values: Vec<FacetValue> = counts
                .into_iter()
                .map(|(value, count)| {
                    let (label, lang) = label(name, &value);
                    FacetValue {
                        label,
                        lang,
                        selected: selected.contains(&value),
                        value,
                        count,
                    }
                })
                .collect();
            values.sort_by(|a, b| {
                b.selected
                    .cmp(&a.selected)
                    .then(b.count.cmp(&a.count))
                    .then_with(|| a.label.cmp(&b.label))
            });
            let keep = FACET_VALUES.max(selected.len());
            values.truncate(keep);
            Facet { name, values }
        })
        .collect())
}

/// Works matching the search by century of their earliest year and region.
pub fn timeline(search: &Search, request: &Request) -> Result<Timeline, ApiError> {
    let generation = search.generation();
    let (_, _, fruit) = collect(search, &generation, request, 0, true)?;
    let mut buckets: Vec<TimelineBucket> = fruit
        .timeline
        .into_iter()
        .filter_map(|((from, region), count)| {
            let region = region.parse().ok()?;
            let from = i32::try_from(from).ok()?;
            Some(TimelineBucket {
                from,
                to: from + 99,
                region,
                count,
            })
        })
        .collect();
    buckets.sort_by_key(|b| (b.from, b.region.as_str()));
    Ok(Timeline {
        buckets,
        undated: fruit.undated,
    })
}

/// Completions for what is being typed: museums and periods whose names
/// contain it, then titles and makers, matched on whole words and on the
/// last word as a prefix (or on a single character of a CJK script).
pub fn suggest(search: &Search, q: &str, limit: usize) -> Result<Vec<Suggestion>, ApiError> {
    let typed = tokens(q, Mode::Query);
    let Some(last) = typed.last() else {
        return Ok(Vec::new());
    };
    let complete_last =
        !q.ends_with(char::is_whitespace) && last.text.chars().all(char::is_alphanumeric);
    let wanted = normalise(q);
    let mut out: Vec<Suggestion> = Vec::new();

    // Museums and periods: small lists, their names normalised in memory.
    let matches = |names: &[String]| {
        names.iter().any(|n| {
            format!(" {n}").contains(&format!(" {wanted}"))
                || !wanted.is_ascii() && n.contains(&wanted)
        })
    };
    for named in search.names().iter() {
        if matches(&named.normalised) {
            out.push(Suggestion {
                text: named.text.clone(),
                kind: named.kind,
                slug: Some(named.slug.clone()),
            });
        }
    }
    out.truncate(limit / 2);

    let generation = search.generation();
    let searcher = generation.reader.searcher();
    let fields = &generation.fields;
    for (field, kind) in [
        (fields.title, SuggestionKind::Title),
        (fields.makers, SuggestionKind::Maker),
    ] {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = typed[..typed.len() - 1]
            .iter()
            .map(|t| (Occur::Must, term(field, &t.text)))
            .collect();
        let completions = if complete_last {
            prefixed(&searcher, field, &last.text)?
        } else {
            vec![last.text.clone()]
        };
        if completions.is_empty() {
            continue;
        }
        let alternatives: Vec<(Occur, Box<dyn Query>)> = completions
            .iter()
            .map(|c| (Occur::Should, term(field, c)))
            .collect();
        // Alone, the alternatives stay a top-level disjunction, which tantivy
        // answers by block-max WAND without scoring every match.
        let query = if clauses.is_empty() {
            BooleanQuery::new(alternatives)
        } else {
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(alternatives))));
            BooleanQuery::new(clauses)
        };
        let top = searcher
            .search(&query, &TopDocs::with_limit(limit))
            .map_err(search_error)?;
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address).map_err(search_error)?;
            let text = doc
                .get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or_default();
            // The line (English or original title, or one maker) that matched.
            let line = text
                .lines()
                .find(|l| {
                    let n = normalise(l);
                    completions.iter().any(|c| {
                        n.split(' ')
                            .any(|w| w.starts_with(c.as_str()) || w.contains(c.as_str()))
                    })
                })
                .or_else(|| text.lines().next())
                .unwrap_or_default();
            let slug = (kind == SuggestionKind::Title)
                .then(|| {
                    doc.get_first(fields.slug)
                        .and_then(|v| v.as_str())
                        .map(str::to_owned)
                })
                .flatten();
            let suggestion = Suggestion {
                text: line.trim().to_owned(),
                kind,
                slug,
            };
            if !suggestion.text.is_empty()
                && !out
                    .iter()
                    .any(|s| s.text == suggestion.text && s.kind == kind)
            {
                out.push(suggestion);
            }
        }
    }
    out.truncate(limit);
    Ok(out)
}

fn term(field: tantivy::schema::Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::Basic,
    ))
}

/// The most frequent terms of a field that start with a prefix.
fn prefixed(
    searcher: &Searcher,
    field: tantivy::schema::Field,
    prefix: &str,
) -> Result<Vec<String>, ApiError> {
    const SCAN: usize = 20_000;
    let mut freq: HashMap<String, u32> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field).map_err(search_error)?;
        let mut stream = inverted
            .terms()
            .range()
            .ge(prefix.as_bytes())
            .into_stream()
            .map_err(|e| ApiError::internal(e.to_string()))?;
        let mut scanned = 0;
        while stream.advance() && scanned < SCAN {
            scanned += 1;
            let Ok(key) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            if !key.starts_with(prefix) {
                break;
            }
            *freq.entry(key.to_owned()).or_default() += stream.value().doc_freq;
        }
    }
    let mut terms: Vec<(String, u32)> = freq.into_iter().collect();
    terms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(terms.into_iter().take(8).map(|(t, _)| t).collect())
}

/// Works closest to this one: the same makers above all, then period, type,
/// origin, materials and museum.
pub fn related(
    search: &Search,
    conn: &mut DbConnection,
    work: &crate::artworks::ArtworkRow,
    limit: usize,
) -> Result<Vec<ArtworkSummary>, ApiError> {
    let generation = search.generation();
    let fields = &generation.fields;
    let vocab = search.vocab();
    // Constant weights: what is shared counts, not how rare it is.
    let facet = |name: FacetName, value: &str, weight: f32| -> (Occur, Box<dyn Query>) {
        (
            Occur::Should,
            Box::new(ConstScoreQuery::new(
                term(fields.facet(name), value),
                weight,
            )),
        )
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let makers: Vec<vcm_shared::Maker> = serde_json::from_str(&work.makers).unwrap_or_default();
    for maker in &makers {
        let toks = tokens(&maker.name, Mode::Query);
        if !toks.is_empty() {
            let all = toks
                .iter()
                .map(|t| (Occur::Must, term(fields.makers, &t.text)))
                .collect();
            clauses.push((
                Occur::Should,
                Box::new(ConstScoreQuery::new(Box::new(BooleanQuery::new(all)), 6.0)),
            ));
        }
    }
    let labels = [
        work.period.as_deref().unwrap_or(""),
        work.culture.as_deref().unwrap_or(""),
        work.date_text.as_deref().unwrap_or(""),
    ];
    for (depth, p) in vocab
        .assign(
            &labels,
            work.origin_country.as_deref(),
            (work.year_begin, work.year_end),
        )
        .iter()
        .enumerate()
    {
        clauses.push(facet(
            FacetName::Period,
            &p.slug,
            if depth == 0 { 3.0 } else { 1.5 },
        ));
    }
    clauses.push(facet(FacetName::ObjectType, &work.object_type, 2.0));
    if let Some(c) = &work.origin_country {
        clauses.push(facet(FacetName::Country, c, 1.5));
    }
    let materials: Vec<String> = serde_json::from_str(&work.materials).unwrap_or_default();
    for m in materials.iter().take(5) {
        clauses.push(facet(
            FacetName::Material,
            &super::schema::material_value(m),
            1.0,
        ));
    }
    clauses.push((
        Occur::MustNot,
        Box::new(TermQuery::new(
            fields.id_term(work.id),
            IndexRecordOption::Basic,
        )),
    ));
    let searcher = generation.reader.searcher();
    let top = searcher
        .search(&BooleanQuery::new(clauses), &TopDocs::with_limit(limit))
        .map_err(search_error)?;
    let mut ids = Vec::new();
    for (_, address) in top {
        let doc: TantivyDocument = searcher.doc(address).map_err(search_error)?;
        ids.extend(
            doc.get_first(fields.id)
                .and_then(|v| v.as_u64())
                .map(|id| id as i64),
        );
    }
    let mut summaries = crate::artworks::summaries_by_id(conn, &ids)?;
    Ok(ids.iter().filter_map(|id| summaries.remove(id)).collect())
}
