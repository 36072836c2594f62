//! Wire types: what the API sends and takes, as JSON (snake_case, RFC 3339 UTC times).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Declares a closed list of values carried on the wire and in the database as
/// snake_case strings, with `ALL`, `as_str` and `FromStr`.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $wire:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        // Every wire name is its variant's name in snake_case (a test checks it).
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            /// The value as written on the wire and in the database.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $wire,)+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, UnknownValue> {
                match s {
                    $($wire => Ok(Self::$variant),)+
                    _ => Err(UnknownValue { expected: &[$($wire,)+] }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// A string that is not one of a closed list of values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    pub expected: &'static [&'static str],
}

impl std::fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "must be one of: {}", self.expected.join(", "))
    }
}

string_enum! {
    /// The world region a country belongs to, as the network groups its members.
    Region {
        Asia = "asia",
        Europe = "europe",
        Oceania = "oceania",
    }
}

string_enum! {
    /// Where a museum stands in the network.
    MembershipStatus {
        /// Applied, not yet admitted.
        Applicant = "applicant",
        /// A member in good standing.
        Active = "active",
        /// Membership paused by the secretariat.
        Suspended = "suspended",
        /// No longer a member; its published works stay citable.
        Former = "former",
    }
}

string_enum! {
    /// The controlled list of object types.
    ObjectType {
        Painting = "painting",
        Calligraphy = "calligraphy",
        Sculpture = "sculpture",
        Ceramics = "ceramics",
        Metalwork = "metalwork",
        Textile = "textile",
        Lacquer = "lacquer",
        Print = "print",
        Manuscript = "manuscript",
        Jewellery = "jewellery",
        ArmsAndArmour = "arms_and_armour",
        Furniture = "furniture",
        Photograph = "photograph",
        Other = "other",
    }
}

/// A new record's type until one is chosen.
impl Default for ObjectType {
    fn default() -> Self {
        Self::Other
    }
}

string_enum! {
    /// Where a work stands in the publication workflow. Only `published` works are public.
    WorkStatus {
        /// Being prepared by its museum.
        Draft = "draft",
        /// Nominated, waiting for the secretariat's review.
        InReview = "in_review",
        /// Sent back by the secretariat with a comment; the museum may change it and nominate it again.
        ChangesRequested = "changes_requested",
        /// In the public collection.
        Published = "published",
        /// Not accepted for the collection by the secretariat.
        Rejected = "rejected",
        /// Taken out of the collection (or the queue); a withdrawn work that was
        /// published answers 410 Gone with the reason.
        Withdrawn = "withdrawn",
    }
}

string_enum! {
    /// How a maker took part in making a work.
    MakerRole {
        Artist = "artist",
        Workshop = "workshop",
        School = "school",
        Calligrapher = "calligrapher",
        Potter = "potter",
        Maker = "maker",
        AttributedTo = "attributed_to",
    }
}

/// A country, as the network lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, upper case, e.g. `KR`.
    pub code: String,
    /// English short name, e.g. `Republic of Korea`.
    pub name: String,
    /// The region the network groups it in.
    pub region: Region,
    /// Whether the country is an ASEM member state (and so its museums may join).
    pub asem_member: bool,
}

/// A country with how much of the collection relates to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CountryWithCounts {
    #[serde(flatten)]
    pub country: Country,
    /// Member museums located in this country.
    pub museum_count: i64,
    /// Published works whose country of origin is this country.
    pub artwork_count: i64,
}

/// All countries, in English alphabetical order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CountryList {
    /// The countries.
    pub items: Vec<CountryWithCounts>,
}

/// A short reference to a country, embedded in other records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CountryRef {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// English short name.
    pub name: String,
}

/// A member museum's public profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Museum {
    /// URL-safe identifier, unique, e.g. `national-museum-of-korea`.
    pub slug: String,
    /// Name in English.
    pub name: String,
    /// Name in the museum's own language and script, if it differs.
    pub name_local: Option<String>,
    /// BCP 47 language tag of `name_local`, e.g. `ko`.
    pub name_local_lang: Option<String>,
    /// The country the museum is located in.
    pub country: CountryRef,
    /// The city the museum is located in.
    pub city: String,
    /// Latitude in decimal degrees (WGS 84).
    pub latitude: Option<f64>,
    /// Longitude in decimal degrees (WGS 84).
    pub longitude: Option<f64>,
    /// The museum's own website.
    pub website: Option<String>,
    /// A short description of the museum, in English.
    pub description: String,
    /// The year the museum joined the network, if known.
    pub member_since: Option<i32>,
    /// Where the museum stands in the network.
    pub membership_status: MembershipStatus,
    /// How many of its works are published.
    pub artwork_count: i64,
}

/// A page of museums.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MuseumPage {
    /// The museums on this page, by English name.
    pub items: Vec<Museum>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// A short reference to a museum, embedded in artworks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MuseumRef {
    /// The museum's slug.
    pub slug: String,
    /// The museum's name in English.
    pub name: String,
    /// The museum's name in its own language, if it differs.
    pub name_local: Option<String>,
    /// BCP 47 language tag of `name_local`.
    pub name_local_lang: Option<String>,
    /// The country the museum is located in.
    pub country: CountryRef,
}

/// A person, workshop or school that made a work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Maker {
    /// The name in English or romanised form, e.g. `Katsushika Hokusai`.
    pub name: String,
    /// The name in its original script, e.g. `葛飾北斎`.
    #[serde(default)]
    pub name_original: Option<String>,
    /// How the maker took part.
    pub role: MakerRole,
    /// Life or activity dates as written, e.g. `1760–1849`.
    #[serde(default)]
    pub dates: Option<String>,
}

/// A masterpiece's full record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Artwork {
    /// URL-safe identifier, unique across the collection.
    pub slug: String,
    /// The holding museum.
    pub museum: MuseumRef,
    /// The museum's own inventory (accession) number, unique within the museum.
    pub inventory_number: Option<String>,
    /// Title in English.
    pub title: String,
    /// Title in the original language and script.
    pub title_original: Option<String>,
    /// BCP 47 language tag of every `*_original` field, e.g. `ja` or `zh-Hant`.
    pub original_language: Option<String>,
    /// Who made it.
    pub makers: Vec<Maker>,
    /// The kind of object.
    pub object_type: ObjectType,
    /// The country of origin, which is often not the museum's country.
    pub origin_country: Option<CountryRef>,
    /// The culture of origin as written, e.g. `Korean, Goryeo dynasty`.
    pub culture: Option<String>,
    /// Period or dynasty label, e.g. `Edo period`.
    pub period: Option<String>,
    /// The date as written, e.g. `c. 1831`.
    pub date_text: Option<String>,
    /// The earliest year the work may date from; negative for BCE.
    pub year_begin: Option<i32>,
    /// The latest year the work may date from; negative for BCE.
    pub year_end: Option<i32>,
    /// Materials, e.g. `["ink", "colour on silk"]`.
    pub materials: Vec<String>,
    /// Technique, e.g. `woodblock print`.
    pub technique: Option<String>,
    /// Dimensions as written, e.g. `H. 25.7 cm`.
    pub dimensions: Option<String>,
    /// Description in English.
    pub description: Option<String>,
    /// Description in the original language.
    pub description_original: Option<String>,
    /// Why this work is a masterpiece, in English.
    pub statement: String,
    /// Why this work is a masterpiece, in the original language.
    pub statement_original: Option<String>,
    /// Credit line as the museum gives it.
    pub credit_line: Option<String>,
    /// Rights statement as a URI (Creative Commons or rightsstatements.org).
    pub rights: String,
    /// Where the work stands in the publication workflow.
    pub status: WorkStatus,
    /// The work's images, by position: on the public record only those ready to show.
    pub images: Vec<crate::ArtworkImage>,
    /// Its IIIF Presentation 3.0 manifest, for any IIIF viewer, when it is
    /// published and has an image ready.
    pub manifest: Option<String>,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

/// A masterpiece as shown in lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArtworkSummary {
    /// URL-safe identifier.
    pub slug: String,
    /// Title in English.
    pub title: String,
    /// Title in the original language and script.
    pub title_original: Option<String>,
    /// BCP 47 language tag of `title_original`.
    pub original_language: Option<String>,
    /// The holding museum.
    pub museum: MuseumRef,
    /// The kind of object.
    pub object_type: ObjectType,
    /// ISO 3166-1 alpha-2 code of the country of origin.
    pub origin_country: Option<String>,
    /// The date as written.
    pub date_text: Option<String>,
    /// The names of its makers, in order.
    pub makers: Vec<String>,
    /// The thumbnail of the work's primary image, if it has one ready.
    pub image: Option<crate::ImageThumb>,
}

/// A page of masterpieces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArtworkPage {
    /// The works on this page, by English title.
    pub items: Vec<ArtworkSummary>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// What the home page shows: the masterpiece of the day and a rotating selection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Highlights {
    /// The day (UTC) these highlights are for; they change at midnight UTC.
    pub date: chrono::NaiveDate,
    /// One published work, the same for everyone all day.
    pub masterpiece_of_the_day: Option<ArtworkSummary>,
    /// A selection of other published works, at most one per museum, rotating daily.
    pub featured: Vec<ArtworkSummary>,
}

/// The answer of the health and readiness probes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// `ok`, or what is not ready.
    pub status: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn enums_round_trip_through_their_wire_names() {
        for t in ObjectType::ALL {
            assert_eq!(ObjectType::from_str(t.as_str()), Ok(*t));
            assert_eq!(
                serde_json::to_string(t).unwrap(),
                format!("\"{}\"", t.as_str())
            );
        }
        assert_eq!(ObjectType::ALL.len(), 14);
        assert_eq!(WorkStatus::from_str("in_review"), Ok(WorkStatus::InReview));
    }

    fn wire_names_match<T: serde::Serialize + Copy + std::fmt::Display>(all: &[T]) {
        for v in all {
            assert_eq!(serde_json::to_string(v).unwrap(), format!("\"{v}\""));
        }
    }

    #[test]
    fn every_closed_list_serialises_as_its_wire_names() {
        wire_names_match(Region::ALL);
        wire_names_match(MembershipStatus::ALL);
        wire_names_match(ObjectType::ALL);
        wire_names_match(WorkStatus::ALL);
        wire_names_match(MakerRole::ALL);
        wire_names_match(crate::CulturalRegion::ALL);
        wire_names_match(crate::SortOrder::ALL);
        wire_names_match(crate::FacetName::ALL);
        wire_names_match(crate::SuggestionKind::ALL);
    }

    #[test]
    fn an_unknown_value_lists_the_allowed_ones() {
        let err = ObjectType::from_str("vase").unwrap_err();
        assert!(err.to_string().contains("painting, calligraphy"));
    }
}
