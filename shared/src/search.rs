//! Wire types of search and discovery: results with facets, suggestions,
//! periods and the timeline.

use serde::{Deserialize, Serialize};

use crate::model::{ArtworkSummary, UnknownValue};

string_enum! {
    /// A cultural region of origin, finer than the network's grouping of countries.
    CulturalRegion {
        EastAsia = "east_asia",
        SouthAsia = "south_asia",
        SoutheastAsia = "southeast_asia",
        CentralAsia = "central_asia",
        WestAsia = "west_asia",
        Europe = "europe",
        Oceania = "oceania",
    }
}

impl CulturalRegion {
    /// The region of a country (ISO 3166-1 alpha-2), where the network places it.
    pub fn of_country(code: &str) -> Option<Self> {
        Some(match code {
            "CN" | "JP" | "KR" | "KP" | "MN" | "TW" | "HK" | "MO" => Self::EastAsia,
            "IN" | "PK" | "BD" | "LK" | "NP" | "BT" | "MV" => Self::SouthAsia,
            "TH" | "KH" | "LA" | "MM" | "VN" | "ID" | "MY" | "PH" | "SG" | "BN" | "TL" => {
                Self::SoutheastAsia
            }
            "AF" | "UZ" | "KZ" | "TJ" | "TM" | "KG" => Self::CentralAsia,
            "IR" | "IQ" | "TR" | "SY" | "LB" | "IL" | "JO" | "SA" | "YE" | "OM" | "AE" | "QA"
            | "KW" | "BH" | "AM" | "AZ" | "GE" => Self::WestAsia,
            "AU" | "NZ" | "PG" | "FJ" => Self::Oceania,
            "AT" | "BE" | "BG" | "HR" | "CY" | "CZ" | "DK" | "EE" | "FI" | "FR" | "DE" | "GR"
            | "HU" | "IE" | "IT" | "LV" | "LT" | "LU" | "MT" | "NL" | "PL" | "PT" | "RO" | "SK"
            | "SI" | "ES" | "SE" | "GB" | "NO" | "CH" | "RU" | "UA" | "IS" => Self::Europe,
            _ => return None,
        })
    }
}

string_enum! {
    /// How search results are ordered.
    SortOrder {
        /// Best match first (the default with a query).
        Relevance = "relevance",
        /// Oldest works first, by their earliest possible year; undated last.
        Oldest = "oldest",
        /// Newest works first, by their latest possible year; undated last.
        Newest = "newest",
        /// By English title (the default without a query).
        Title = "title",
        /// Most recently added to the collection first.
        Recent = "recent",
    }
}

string_enum! {
    /// A dimension search results can be narrowed by, with counts.
    FacetName {
        /// Country of origin (ISO code).
        Country = "country",
        /// Holding museum (slug).
        Museum = "museum",
        /// The holding museum's country (ISO code).
        MuseumCountry = "museum_country",
        /// Cultural region of origin.
        Region = "region",
        /// Object type.
        ObjectType = "object_type",
        /// Material, lower case.
        Material = "material",
        /// Period, dynasty or era (slug from the period vocabulary).
        Period = "period",
        /// `yes` when the work has an image.
        HasImage = "has_image",
        /// `yes` when the record's rights allow reuse (CC0, CC BY, CC BY-SA, or no copyright).
        Reusable = "reusable",
    }
}

/// One value of a facet with how many results it would give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FacetValue {
    /// The value to pass back as a filter.
    pub value: String,
    /// A human-readable label: in the language `Accept-Language` asks for
    /// where the interface or the period vocabulary has it (countries,
    /// regions, object types, image and reuse; a period's own name when it
    /// is in that language, e.g. 조선 in Korean), else in English; museums and
    /// materials as the records name them.
    pub label: String,
    /// The label's language, a BCP 47 tag (`en`, `ko`, `zh-Hans`…).
    pub lang: String,
    /// Results with this value, under every other facet's filters but not this facet's own.
    pub count: u64,
    /// Whether this value is among the current filters.
    pub selected: bool,
}

/// The counts of one facet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Facet {
    /// Which facet.
    pub name: FacetName,
    /// Its values, most frequent first (selected values always included).
    pub values: Vec<FacetValue>,
}

/// A piece of a highlighted snippet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SnippetPart {
    /// The text of this piece.
    pub text: String,
    /// Whether it matched the query.
    pub highlighted: bool,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchHit {
    /// The work.
    pub artwork: ArtworkSummary,
    /// A passage of its description or statement with the matched words marked; empty without a query.
    pub snippet: Vec<SnippetPart>,
}

/// A page of search results with facet counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchResults {
    /// How many works match the query and every filter.
    pub total: u64,
    /// The results on this page.
    pub items: Vec<SearchHit>,
    /// Pass as `cursor` with the same query for the next page; absent on the last page.
    pub next_cursor: Option<String>,
    /// The order the results are in.
    pub sort: SortOrder,
    /// Counts for every facet.
    pub facets: Vec<Facet>,
}

string_enum! {
    /// What a suggestion names.
    SuggestionKind {
        Title = "title",
        Maker = "maker",
        Museum = "museum",
        Period = "period",
    }
}

/// A completion for what a visitor is typing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Suggestion {
    /// The text to show and search for.
    pub text: String,
    /// What it names.
    pub kind: SuggestionKind,
    /// The artwork's, museum's or period's slug, to link to it directly; absent for makers.
    pub slug: Option<String>,
}

/// Suggestions for a prefix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Suggestions {
    /// At most ten, titles, makers, museums and periods mixed, best first.
    pub items: Vec<Suggestion>,
}

/// A period, dynasty or era of the controlled vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Period {
    /// Identifier, e.g. `joseon`.
    pub slug: String,
    /// English name, e.g. `Joseon dynasty`.
    pub name: String,
    /// Name in the original script.
    pub name_original: Option<String>,
    /// BCP 47 tag of `name_original`.
    pub original_language: Option<String>,
    /// Other spellings museums use.
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2 code of the modern country.
    pub country: String,
    /// Cultural region.
    pub region: CulturalRegion,
    /// First year (negative for BCE).
    pub year_begin: i32,
    /// Last year (negative for BCE).
    pub year_end: i32,
    /// The enclosing period's slug, e.g. `song` for `northern-song`.
    pub parent: Option<String>,
}

/// The period vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PeriodList {
    /// Periods by region, then start year.
    pub items: Vec<Period>,
}

/// Published works of one century from one region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimelineBucket {
    /// First year of the century, e.g. `1800` or `-200` (200–101 BCE).
    pub from: i32,
    /// Last year of the century, e.g. `1899`.
    pub to: i32,
    /// Cultural region of origin.
    pub region: CulturalRegion,
    /// Works dated (by their earliest year) in this century.
    pub count: u64,
}

/// The collection by century and region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Timeline {
    /// Non-empty buckets, by century then region.
    pub buckets: Vec<TimelineBucket>,
    /// Matching works without a date or a region, not in any bucket.
    pub undated: u64,
}

/// Works related to one work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RelatedWorks {
    /// Up to eight works sharing makers, period, type, origin or materials, closest first.
    pub items: Vec<ArtworkSummary>,
}
