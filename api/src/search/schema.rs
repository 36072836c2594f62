//! The index's fields, and how a work becomes a document.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{TantivyDocument, Term};
use vcm_shared::{CulturalRegion, FacetName, Maker};

use super::text::{TOKENIZER, fold};
use super::vocab::Vocabulary;
use crate::artworks::ArtworkRow;
use crate::museums::{CountryNames, MuseumRow};

/// Bumped whenever the fields or the way text is analysed change; an index of
/// another version is rebuilt at start.
pub const SCHEMA_VERSION: u32 = 1;

/// The index's fields.
#[derive(Debug, Clone)]
pub struct Fields {
    pub id: Field,
    pub slug: Field,
    /// Titles in English and the original language, one a line.
    pub title: Field,
    /// Makers' names, romanised and original, one a line.
    pub makers: Field,
    /// Museum names, culture, period and country names.
    pub names: Field,
    /// Descriptions, statements, materials and technique, in both languages.
    pub body: Field,
    pub year_begin: Field,
    pub year_end: Field,
    pub created: Field,
    pub title_sort: Field,
    /// One string field a facet, named as the facet.
    pub facets: Vec<(FacetName, Field)>,
}

impl Fields {
    pub fn schema() -> (Schema, Fields) {
        let mut b = Schema::builder();
        let text = |stored: bool| {
            let options = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(TOKENIZER)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            );
            if stored {
                options.set_stored()
            } else {
                options
            }
        };
        let fields = Fields {
            id: b.add_u64_field("id", INDEXED | STORED | FAST),
            slug: b.add_text_field("slug", STORED),
            title: b.add_text_field("title", text(true)),
            makers: b.add_text_field("makers", text(true)),
            names: b.add_text_field("names", text(false)),
            body: b.add_text_field("body", text(true)),
            year_begin: b.add_i64_field("year_begin", INDEXED | FAST),
            year_end: b.add_i64_field("year_end", INDEXED | FAST),
            created: b.add_i64_field("created", FAST),
            title_sort: b.add_text_field("title_sort", STRING | FAST),
            facets: FacetName::ALL
                .iter()
                .map(|f| (*f, b.add_text_field(f.as_str(), STRING | FAST)))
                .collect(),
        };
        (b.build(), fields)
    }

    pub fn facet(&self, name: FacetName) -> Field {
        self.facets
            .iter()
            .find(|(n, _)| *n == name)
            .expect("every facet has a field")
            .1
    }

    pub fn id_term(&self, id: i64) -> Term {
        Term::from_field_u64(self.id, id as u64)
    }
}

/// Whether a rights URI lets anyone reuse the record (open licences and no-copyright statements).
pub fn is_reusable(rights: &str) -> bool {
    rights.starts_with("http://creativecommons.org/")
        || rights.starts_with("http://rightsstatements.org/vocab/NoC-")
}

/// A material as a facet value: trimmed and lower-cased.
pub fn material_value(material: &str) -> String {
    material.trim().to_lowercase()
}

/// The document of a published work; `has_image` when it has an image ready.
pub fn document(
    fields: &Fields,
    work: &ArtworkRow,
    has_image: bool,
    museum: &MuseumRow,
    countries: &CountryNames,
    vocab: &Vocabulary,
) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    let makers: Vec<Maker> = serde_json::from_str(&work.makers).unwrap_or_default();
    let materials: Vec<String> = serde_json::from_str(&work.materials).unwrap_or_default();
    let lines = |parts: &[Option<&str>]| {
        parts
            .iter()
            .flatten()
            .copied()
            .collect::<Vec<_>>()
            .join("\n")
    };
    let periods = vocab.assign(
        &[
            work.period.as_deref().unwrap_or(""),
            work.culture.as_deref().unwrap_or(""),
            work.date_text.as_deref().unwrap_or(""),
        ],
        work.origin_country.as_deref(),
        (work.year_begin, work.year_end),
    );

    doc.add_u64(fields.id, work.id as u64);
    doc.add_text(fields.slug, &work.slug);
    doc.add_text(
        fields.title,
        lines(&[Some(&work.title), work.title_original.as_deref()]),
    );
    let maker_names: Vec<&str> = makers
        .iter()
        .flat_map(|m| std::iter::once(m.name.as_str()).chain(m.name_original.as_deref()))
        .collect();
    doc.add_text(fields.makers, maker_names.join("\n"));
    let mut names = vec![museum.name.clone()];
    names.extend(museum.name_local.clone());
    names.extend(work.culture.clone());
    names.extend(work.period.clone());
    names.extend(
        work.origin_country
            .as_deref()
            .and_then(|c| countries.name(c))
            .map(str::to_owned),
    );
    names.extend(countries.name(&museum.country_code).map(str::to_owned));
    for p in &periods {
        names.push(p.name.clone());
        names.extend(p.name_original.clone());
    }
    doc.add_text(fields.names, names.join("\n"));
    doc.add_text(
        fields.body,
        lines(&[
            work.description.as_deref(),
            Some(&work.statement),
            work.description_original.as_deref(),
            work.statement_original.as_deref(),
            Some(&materials.join(", ")),
            work.technique.as_deref(),
        ]),
    );
    if let Some(y) = work.year_begin {
        doc.add_i64(fields.year_begin, y.into());
    }
    if let Some(y) = work.year_end {
        doc.add_i64(fields.year_end, y.into());
    }
    doc.add_i64(fields.created, work.created_at.and_utc().timestamp());
    doc.add_text(fields.title_sort, fold(&work.title));

    let region = work
        .origin_country
        .as_deref()
        .and_then(CulturalRegion::of_country);
    for (name, field) in &fields.facets {
        let values: Vec<String> = match name {
            FacetName::Country => work.origin_country.iter().cloned().collect(),
            FacetName::Museum => vec![museum.slug.clone()],
            FacetName::MuseumCountry => vec![museum.country_code.clone()],
            FacetName::Region => region.map(|r| r.as_str().to_owned()).into_iter().collect(),
            FacetName::ObjectType => vec![work.object_type.clone()],
            FacetName::Material => materials
                .iter()
                .map(|m| material_value(m))
                .filter(|m| !m.is_empty())
                .collect(),
            FacetName::Period => periods.iter().map(|p| p.slug.clone()).collect(),
            FacetName::HasImage => vec![yes_no(has_image)],
            FacetName::Reusable => vec![yes_no(is_reusable(&work.rights))],
        };
        for v in values {
            doc.add_text(*field, v);
        }
    }
    doc
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_owned()
}
