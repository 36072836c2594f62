//! The vocabularies search applies: periods (assigned to every work, by its
//! label or by its dates) and groups of equivalent terms across scripts
//! (expanded at query time). Both live in the database, seeded from
//! `api/seed/` when empty, editable by the secretariat.

use std::collections::HashMap;
use std::sync::Mutex;

use diesel::prelude::*;
use serde::Deserialize;
use vcm_shared::{CulturalRegion, Period};

use super::text::normalise;
use crate::db::DbConnection;
use crate::db::schema::{equivalent_terms, periods};
use crate::error::ApiError;

const PERIODS: &str = include_str!("../../seed/periods.json");
const EQUIVALENT_TERMS: &str = include_str!("../../seed/equivalent_terms.json");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedPeriod {
    slug: String,
    name: String,
    name_original: Option<String>,
    original_language: Option<String>,
    aliases: Vec<String>,
    country: String,
    region: CulturalRegion,
    year_begin: i32,
    year_end: i32,
    parent: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedTerms {
    terms: Vec<String>,
    note: Option<String>,
}

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = periods)]
struct PeriodRow {
    slug: String,
    name: String,
    name_original: Option<String>,
    original_language: Option<String>,
    aliases: String,
    country: String,
    region: String,
    year_begin: i32,
    year_end: i32,
    parent: Option<String>,
}

/// Seeds empty vocabulary tables from `api/seed/`; returns how many rows it wrote.
pub fn seed(conn: &mut DbConnection) -> Result<usize, String> {
    let seed_periods: Vec<SeedPeriod> =
        serde_json::from_str(PERIODS).map_err(|e| format!("seed/periods.json: {e}"))?;
    let seed_terms: Vec<SeedTerms> = serde_json::from_str(EQUIVALENT_TERMS)
        .map_err(|e| format!("seed/equivalent_terms.json: {e}"))?;
    conn.transaction(|conn| {
        let mut written = 0;
        if periods::table.count().get_result::<i64>(conn)? == 0 {
            for p in &seed_periods {
                written += diesel::insert_into(periods::table)
                    .values((
                        periods::slug.eq(&p.slug),
                        periods::name.eq(&p.name),
                        periods::name_original.eq(&p.name_original),
                        periods::original_language.eq(&p.original_language),
                        periods::aliases
                            .eq(serde_json::to_string(&p.aliases).expect("strings serialise")),
                        periods::country.eq(&p.country),
                        periods::region.eq(p.region.as_str()),
                        periods::year_begin.eq(p.year_begin),
                        periods::year_end.eq(p.year_end),
                        periods::parent.eq(&p.parent),
                    ))
                    .execute(conn)?;
            }
        }
        if equivalent_terms::table.count().get_result::<i64>(conn)? == 0 {
            for g in &seed_terms {
                written += diesel::insert_into(equivalent_terms::table)
                    .values((
                        equivalent_terms::terms
                            .eq(serde_json::to_string(&g.terms).expect("strings serialise")),
                        equivalent_terms::note.eq(&g.note),
                    ))
                    .execute(conn)?;
            }
        }
        if written > 0 {
            // Documents carry the periods: an index built before must be rebuilt.
            crate::changes::record(conn, crate::changes::Entity::Vocabulary, 0)?;
        }
        Ok(written)
    })
    .map_err(|e: diesel::result::Error| format!("cannot seed the search vocabularies: {e}"))
}

/// The vocabularies, loaded and prepared for matching.
#[derive(Debug, Default)]
pub struct Vocabulary {
    pub periods: Vec<Period>,
    /// Each period's names (name, original, aliases), normalised, longest first.
    period_names: Vec<(String, usize)>,
    by_slug: HashMap<String, usize>,
    /// Groups of equivalent terms, as written.
    pub groups: Vec<Vec<String>>,
    /// A normalised term → its group.
    group_of: HashMap<String, usize>,
    /// The longest term, in words.
    pub longest_term: usize,
    /// Assignments already made: labels repeat across a collection, and
    /// matching them against every period name is the costly part of indexing.
    assigned: Mutex<HashMap<AssignKey, Vec<usize>>>,
}

type AssignKey = (String, Option<String>, Option<i32>, Option<i32>);

/// How many distinct assignments are remembered before the memory is cleared.
const REMEMBERED: usize = 200_000;

impl Vocabulary {
    pub fn load(conn: &mut DbConnection) -> Result<Self, ApiError> {
        let rows: Vec<PeriodRow> = periods::table
            .order((
                periods::region.asc(),
                periods::year_begin.asc(),
                periods::slug.asc(),
            ))
            .select(PeriodRow::as_select())
            .load(conn)?;
        let periods = rows
            .into_iter()
            .map(|r| {
                Ok(Period {
                    aliases: serde_json::from_str(&r.aliases).map_err(|e| {
                        ApiError::internal(format!("stored aliases unreadable: {e}"))
                    })?,
                    region: crate::stored(&r.region)?,
                    slug: r.slug,
                    name: r.name,
                    name_original: r.name_original,
                    original_language: r.original_language,
                    country: r.country,
                    year_begin: r.year_begin,
                    year_end: r.year_end,
                    parent: r.parent,
                })
            })
            .collect::<Result<Vec<_>, ApiError>>()?;
        let groups: Vec<Vec<String>> = equivalent_terms::table
            .order(equivalent_terms::id.asc())
            .select(equivalent_terms::terms)
            .load::<String>(conn)?
            .iter()
            .map(|t| {
                serde_json::from_str(t)
                    .map_err(|e| ApiError::internal(format!("stored terms unreadable: {e}")))
            })
            .collect::<Result<_, _>>()?;
        Ok(Self::new(periods, groups))
    }

    pub fn new(periods: Vec<Period>, groups: Vec<Vec<String>>) -> Self {
        let mut period_names: Vec<(String, usize)> = periods
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                std::iter::once(p.name.as_str())
                    .chain(p.name_original.as_deref())
                    .chain(p.aliases.iter().map(String::as_str))
                    .map(move |n| (normalise(n), i))
            })
            .filter(|(n, _)| !n.is_empty())
            .collect();
        period_names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        let by_slug = periods
            .iter()
            .enumerate()
            .map(|(i, p)| (p.slug.clone(), i))
            .collect();
        let mut group_of = HashMap::new();
        let mut longest_term = 1;
        for (i, group) in groups.iter().enumerate() {
            for term in group {
                let n = normalise(term);
                if !n.is_empty() {
                    longest_term = longest_term.max(n.split(' ').count());
                    group_of.entry(n).or_insert(i);
                }
            }
        }
        Self {
            periods,
            period_names,
            by_slug,
            groups,
            group_of,
            longest_term,
            assigned: Mutex::default(),
        }
    }

    pub fn period(&self, slug: &str) -> Option<&Period> {
        self.by_slug.get(slug).map(|&i| &self.periods[i])
    }

    /// The group of equivalent terms a normalised phrase belongs to.
    pub fn equivalents(&self, normalised: &str) -> Option<&[String]> {
        self.group_of
            .get(normalised)
            .map(|&i| self.groups[i].as_slice())
    }

    /// The periods of a work, most specific first, then its enclosing periods:
    /// by a name found in its labels (period, culture, date as written),
    /// preferring periods of its country of origin; failing that, the most
    /// specific period of its country whose years hold the work's middle year.
    pub fn assign(
        &self,
        labels: &[&str],
        country: Option<&str>,
        years: (Option<i32>, Option<i32>),
    ) -> Vec<&Period> {
        let key: AssignKey = (
            labels.join("\u{1f}"),
            country.map(str::to_owned),
            years.0,
            years.1,
        );
        if let Some(found) = self.assigned.lock().expect("not poisoned").get(&key) {
            return found.iter().map(|&i| &self.periods[i]).collect();
        }
        let found = self.match_periods(labels, country, years);
        let mut memory = self.assigned.lock().expect("not poisoned");
        if memory.len() >= REMEMBERED {
            memory.clear();
        }
        memory.insert(key, found.clone());
        found.into_iter().map(|i| &self.periods[i]).collect()
    }

    fn match_periods(
        &self,
        labels: &[&str],
        country: Option<&str>,
        years: (Option<i32>, Option<i32>),
    ) -> Vec<usize> {
        let label = format!(
            " {} ",
            labels
                .iter()
                .map(|l| normalise(l))
                .collect::<Vec<_>>()
                .join(" | ")
        );
        let by_label = self
            .period_names
            .iter()
            .filter(|(name, _)| label.contains(&format!(" {name} ")))
            .map(|&(_, i)| i)
            .min_by_key(|&i| {
                (
                    country.is_some_and(|c| c != self.periods[i].country),
                    self.span(i),
                )
            });
        let by_years = || {
            let (country, middle) = match (country, years) {
                (Some(c), (Some(b), Some(e))) => (c, b + (e - b) / 2),
                (Some(c), (Some(y), None) | (None, Some(y))) => (c, y),
                _ => return None,
            };
            (0..self.periods.len())
                .filter(|&i| {
                    let p = &self.periods[i];
                    p.country == country && p.year_begin <= middle && middle <= p.year_end
                })
                .min_by_key(|&i| self.span(i))
        };
        let mut out: Vec<usize> = Vec::new();
        let mut next = by_label.or_else(by_years);
        while let Some(i) = next {
            if out.contains(&i) {
                break;
            }
            out.push(i);
            next = self.periods[i]
                .parent
                .as_deref()
                .and_then(|s| self.by_slug.get(s).copied());
        }
        out
    }

    fn span(&self, i: usize) -> i32 {
        self.periods[i].year_end - self.periods[i].year_begin
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(
        slug: &str,
        name: &str,
        aliases: &[&str],
        country: &str,
        years: (i32, i32),
        parent: Option<&str>,
    ) -> Period {
        Period {
            slug: slug.into(),
            name: name.into(),
            name_original: None,
            original_language: None,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            country: country.into(),
            region: CulturalRegion::EastAsia,
            year_begin: years.0,
            year_end: years.1,
            parent: parent.map(Into::into),
        }
    }

    fn vocabulary() -> Vocabulary {
        Vocabulary::new(
            vec![
                period("song", "Song dynasty", &["Sung"], "CN", (960, 1279), None),
                period(
                    "northern-song",
                    "Northern Song",
                    &[],
                    "CN",
                    (960, 1127),
                    Some("song"),
                ),
                period(
                    "edo",
                    "Edo period",
                    &["Edo", "江戸時代", "Tokugawa"],
                    "JP",
                    (1603, 1868),
                    None,
                ),
                period(
                    "joseon",
                    "Joseon dynasty",
                    &["Joseon", "Chosŏn"],
                    "KR",
                    (1392, 1897),
                    None,
                ),
            ],
            vec![
                vec!["Kannon".into(), "観音".into(), "Guanyin".into()],
                vec!["hanging scroll".into(), "掛軸".into()],
            ],
        )
    }

    fn slugs(v: &[&Period]) -> Vec<String> {
        v.iter().map(|p| p.slug.clone()).collect()
    }

    #[test]
    fn a_label_names_the_most_specific_period_and_its_parents() {
        let v = vocabulary();
        assert_eq!(
            slugs(&v.assign(&["Northern Song dynasty"], Some("CN"), (None, None))),
            ["northern-song", "song"]
        );
        assert_eq!(
            slugs(&v.assign(&["Edo period, 19th century"], None, (None, None))),
            ["edo"]
        );
        assert_eq!(slugs(&v.assign(&["江戸時代"], None, (None, None))), ["edo"]);
        assert_eq!(
            slugs(&v.assign(&["", "Korean, Chosŏn"], None, (None, None))),
            ["joseon"]
        );
    }

    #[test]
    fn without_a_label_the_years_and_country_decide() {
        let v = vocabulary();
        assert_eq!(
            slugs(&v.assign(&[], Some("CN"), (Some(1000), Some(1050)))),
            ["northern-song", "song"]
        );
        assert_eq!(
            slugs(&v.assign(&[], Some("JP"), (Some(1831), None))),
            ["edo"]
        );
        assert!(
            v.assign(&[], Some("JP"), (Some(1200), Some(1210)))
                .is_empty()
        );
        assert!(v.assign(&[], None, (Some(1700), Some(1710))).is_empty());
    }

    #[test]
    fn equivalent_terms_are_found_whatever_the_script_or_case() {
        let v = vocabulary();
        assert_eq!(v.equivalents(&normalise("KANNON")).unwrap().len(), 3);
        assert!(v.equivalents(&normalise("観音")).is_some());
        assert!(v.equivalents(&normalise("Hanging  Scroll")).is_some());
        assert!(v.equivalents("scroll").is_none());
        assert_eq!(v.longest_term, 2);
    }
}
