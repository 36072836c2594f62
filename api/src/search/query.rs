//! From what a visitor typed to an index query: quoted phrases and words,
//! each matched in titles, makers, names and texts, every one required;
//! equivalent terms across scripts expanded; filters as exact facet terms.

use std::ops::Bound;

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};

use super::schema::Fields;
use super::text::{Mode, normalise, tokens};
use super::vocab::Vocabulary;
use crate::error::ApiError;

/// The longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 300;
/// The most words and phrases a query may hold.
const MAX_UNITS: usize = 64;

/// A word or a quoted phrase of the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    Word(String),
    Phrase(String),
}

/// Splits a query into words and quoted phrases; refuses what cannot be meant.
pub fn parse(q: &str) -> Result<Vec<Unit>, ApiError> {
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::invalid_parameter(
            "q",
            format!("must be at most {MAX_QUERY_CHARS} characters"),
        ));
    }
    if q.chars().filter(|c| *c == '"').count() % 2 == 1 {
        return Err(ApiError::invalid_parameter(
            "q",
            "has an unbalanced double quote",
        ));
    }
    let mut units = Vec::new();
    for (i, part) in q.split('"').enumerate() {
        if i % 2 == 1 {
            if !part.trim().is_empty() {
                units.push(Unit::Phrase(part.trim().to_owned()));
            }
        } else {
            units.extend(part.split_whitespace().map(|w| Unit::Word(w.to_owned())));
        }
    }
    if units.len() > MAX_UNITS {
        return Err(ApiError::invalid_parameter(
            "q",
            format!("must have at most {MAX_UNITS} words"),
        ));
    }
    Ok(units)
}

/// The text fields and how much a match in each counts.
fn weighted(fields: &Fields) -> [(Field, f32); 4] {
    [
        (fields.title, 4.0),
        (fields.makers, 3.0),
        (fields.names, 2.0),
        (fields.body, 1.0),
    ]
}

/// A query matching this text in one field: a term, or the phrase of its terms.
fn in_field(field: Field, text: &str) -> Option<Box<dyn Query>> {
    let toks = tokens(text, Mode::Query);
    match toks.as_slice() {
        [] => None,
        [one] => Some(Box::new(TermQuery::new(
            Term::from_field_text(field, &one.text),
            IndexRecordOption::WithFreqs,
        ))),
        many => {
            let first = many[0].position;
            let terms = many
                .iter()
                .map(|t| (t.position - first, Term::from_field_text(field, &t.text)))
                .collect();
            Some(Box::new(PhraseQuery::new_with_offset(terms)))
        }
    }
}

/// A query matching this text in any text field, weighted.
fn anywhere(fields: &Fields, text: &str) -> Option<Box<dyn Query>> {
    let clauses: Vec<(Occur, Box<dyn Query>)> = weighted(fields)
        .into_iter()
        .filter_map(|(field, boost)| {
            in_field(field, text).map(|q| {
                (
                    Occur::Should,
                    Box::new(BoostQuery::new(q, boost)) as Box<dyn Query>,
                )
            })
        })
        .collect();
    (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
}

/// Whether a term is one character of a CJK script: as an expansion it would
/// match that character anywhere (明 in 明治 for Ming), so it is only used when typed.
fn is_single_cjk_character(term: &str) -> bool {
    let toks = tokens(term, Mode::Query);
    toks.len() == 1 && toks[0].text.chars().count() == 1 && !toks[0].text.is_ascii()
}

/// Any of these equivalent terms, in any text field; `typed` is what the visitor wrote.
fn any_of(fields: &Fields, texts: &[String], typed: &str) -> Option<Box<dyn Query>> {
    let typed = normalise(typed);
    let clauses: Vec<(Occur, Box<dyn Query>)> = texts
        .iter()
        .filter(|t| !is_single_cjk_character(t) || normalise(t) == typed)
        .filter_map(|t| anywhere(fields, t))
        .map(|q| (Occur::Should, q))
        .collect();
    (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
}

/// The text part of a search: every unit must match; runs of words that form
/// a term of an equivalence group match any term of the group.
pub fn text_query(fields: &Fields, vocab: &Vocabulary, units: &[Unit]) -> Box<dyn Query> {
    if units.is_empty() {
        return Box::new(AllQuery);
    }
    let mut required: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut i = 0;
    while i < units.len() {
        // The longest run of words from here that is an equivalent term.
        let mut matched = None;
        for len in (1..=vocab.longest_term.min(units.len() - i)).rev() {
            let run = &units[i..i + len];
            let text: Vec<&str> = run
                .iter()
                .map(|u| match u {
                    Unit::Word(w) | Unit::Phrase(w) => w.as_str(),
                })
                .collect();
            if len > 1 && run.iter().any(|u| matches!(u, Unit::Phrase(_))) {
                continue;
            }
            if let Some(group) = vocab.equivalents(&normalise(&text.join(" "))) {
                matched = Some((len, any_of(fields, group, &text.join(" "))));
                break;
            }
        }
        let (len, query) = matched.unwrap_or_else(|| {
            let (Unit::Word(text) | Unit::Phrase(text)) = &units[i];
            (1, anywhere(fields, text))
        });
        // A unit with no searchable characters (punctuation alone) constrains nothing.
        if let Some(q) = query {
            required.push((Occur::Must, q));
        }
        i += len;
    }
    if required.is_empty() {
        Box::new(AllQuery)
    } else {
        Box::new(BooleanQuery::new(required))
    }
}

/// Works whose dating overlaps the years (undated works never do).
pub fn year_range(
    fields: &Fields,
    from: Option<i32>,
    to: Option<i32>,
) -> Vec<(Occur, Box<dyn Query>)> {
    let mut out: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(from) = from {
        out.push((
            Occur::Must,
            Box::new(RangeQuery::new(
                Bound::Included(Term::from_field_i64(fields.year_end, from.into())),
                Bound::Unbounded,
            )),
        ));
    }
    if let Some(to) = to {
        out.push((
            Occur::Must,
            Box::new(RangeQuery::new(
                Bound::Unbounded,
                Bound::Included(Term::from_field_i64(fields.year_begin, to.into())),
            )),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_split_into_words_and_quoted_phrases() {
        assert_eq!(
            parse(r#"Hokusai "great wave"  秋冬"#).unwrap(),
            [
                Unit::Word("Hokusai".into()),
                Unit::Phrase("great wave".into()),
                Unit::Word("秋冬".into())
            ]
        );
        assert!(parse("").unwrap().is_empty());
        assert!(parse(r#""""#).unwrap().is_empty());
    }

    #[test]
    fn unbalanced_quotes_long_queries_and_too_many_words_are_refused() {
        assert!(parse(r#"the "great wave"#).is_err());
        assert!(parse(&"a".repeat(MAX_QUERY_CHARS + 1)).is_err());
        assert!(parse(&"w ".repeat(MAX_UNITS + 1)).is_err());
        assert!(parse(&"観".repeat(MAX_QUERY_CHARS)).is_ok());
    }
}
