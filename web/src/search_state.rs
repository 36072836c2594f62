//! A search as the address bar holds it: the text, each facet's chosen values
//! (repeated, `country=JP&country=KR`), the years, the order and how many
//! pages of results are shown. The URL is the only source of truth, so a
//! search is a shareable address and back and forward restore it.
//!
//! Values are kept raw, as typed or linked: the server judges what is valid
//! and names the parameter it refuses.

use vcm_shared::FacetName;

/// The most pages of results an address may ask to show at once.
pub const MAX_PAGES: u32 = 10;

/// Names in several scripts that find the same works, offered as examples,
/// each with the language it is written in.
pub const SCRIPT_EXAMPLES: [(&str, Option<&str>); 3] =
    [("観音", Some("ja")), ("Kannon", None), ("Guanyin", None)];

/// The URL parameter holding how many pages of results are shown.
const PAGES: &str = "pages";

/// One narrowing of a search, as a chip shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Filter {
    /// A value of a facet.
    Facet(FacetName, String),
    /// The earliest year.
    YearFrom(String),
    /// The latest year.
    YearTo(String),
}

/// Everything that makes up a search.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SearchState {
    /// The words typed, trimmed; empty for none.
    pub q: String,
    /// The chosen values of each facet that has some, in [`FacetName::ALL`]
    /// order; values in the order they were chosen.
    pub filters: Vec<(FacetName, Vec<String>)>,
    /// Earliest year, negative for BCE.
    pub year_from: Option<String>,
    /// Latest year, negative for BCE.
    pub year_to: Option<String>,
    /// A sort order's wire name; the server's default when absent.
    pub sort: Option<String>,
    /// How many pages of results are shown (at least one).
    pub pages: u32,
}

impl Default for SearchState {
    fn default() -> Self {
        Self {
            q: String::new(),
            filters: Vec::new(),
            year_from: None,
            year_to: None,
            sort: None,
            pages: 1,
        }
    }
}

fn non_empty(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

impl SearchState {
    /// The search held by query pairs (already decoded); unknown names are ignored,
    /// empty values count as absent, and the last of a repeated single value wins.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut state = Self::default();
        for (name, value) in pairs {
            let Some(value) = non_empty(value) else {
                continue;
            };
            match name {
                "q" => state.q = value,
                "year_from" => state.year_from = Some(value),
                "year_to" => state.year_to = Some(value),
                "sort" => state.sort = Some(value),
                PAGES => {
                    state.pages = value.parse::<u32>().unwrap_or(1).clamp(1, MAX_PAGES);
                }
                _ => {
                    if let Ok(facet) = name.parse::<FacetName>() {
                        state.add(facet, value);
                    }
                }
            }
        }
        state.filters.sort_by_key(|(facet, _)| facet_rank(*facet));
        state
    }

    /// The search held by a URL query (`q=…&country=KR`, with or without `?`).
    pub fn from_query(query: &str) -> Self {
        let pairs = crate::address::query_pairs(query);
        Self::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// The search held by the router's query map.
    pub fn from_params(params: &leptos_router::params::ParamsMap) -> Self {
        let names = ["q", "year_from", "year_to", "sort", PAGES]
            .into_iter()
            .chain(FacetName::ALL.iter().map(|f| f.as_str()));
        let pairs: Vec<(&str, String)> = names
            .flat_map(|name| {
                params
                    .get_all(name)
                    .unwrap_or_default()
                    .into_iter()
                    .map(move |v| (name, v))
            })
            .collect();
        Self::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())))
    }

    fn add(&mut self, facet: FacetName, value: String) {
        match self.filters.iter_mut().find(|(f, _)| *f == facet) {
            Some((_, values)) => {
                if !values.contains(&value) {
                    values.push(value);
                }
            }
            None => {
                self.filters.push((facet, vec![value]));
                self.filters.sort_by_key(|(f, _)| facet_rank(*f));
            }
        }
    }

    /// The chosen values of one facet.
    pub fn values(&self, facet: FacetName) -> &[String] {
        self.filters
            .iter()
            .find(|(f, _)| *f == facet)
            .map_or(&[], |(_, v)| v.as_slice())
    }

    /// Whether this value of this facet is chosen.
    pub fn is_selected(&self, facet: FacetName, value: &str) -> bool {
        self.values(facet).iter().any(|v| v == value)
    }

    /// Every filter, in the order chips show them: facets, then years.
    pub fn active_filters(&self) -> Vec<Filter> {
        let mut out: Vec<Filter> = self
            .filters
            .iter()
            .flat_map(|(f, values)| values.iter().map(|v| Filter::Facet(*f, v.clone())))
            .collect();
        out.extend(self.year_from.clone().map(Filter::YearFrom));
        out.extend(self.year_to.clone().map(Filter::YearTo));
        out
    }

    /// Whether anything but the text narrows the search.
    pub fn has_filters(&self) -> bool {
        !self.filters.is_empty() || self.year_from.is_some() || self.year_to.is_some()
    }

    /// The same search from its first page.
    pub fn first_page(&self) -> Self {
        Self {
            pages: 1,
            ..self.clone()
        }
    }

    /// The same search showing `pages` pages.
    pub fn with_pages(&self, pages: u32) -> Self {
        Self {
            pages: pages.clamp(1, MAX_PAGES),
            ..self.clone()
        }
    }

    /// The same filters with other words.
    pub fn with_q(&self, q: &str) -> Self {
        Self {
            q: non_empty(q).unwrap_or_default(),
            ..self.first_page()
        }
    }

    /// The same search in another order (the server's default for `None`).
    pub fn with_sort(&self, sort: Option<&str>) -> Self {
        Self {
            sort: sort.and_then(non_empty),
            ..self.first_page()
        }
    }

    /// The same search between other years.
    pub fn with_years(&self, from: &str, to: &str) -> Self {
        Self {
            year_from: non_empty(from),
            year_to: non_empty(to),
            ..self.first_page()
        }
    }

    /// With this facet value chosen, or no longer chosen if it was.
    pub fn toggled(&self, facet: FacetName, value: &str) -> Self {
        if self.is_selected(facet, value) {
            self.without(&Filter::Facet(facet, value.to_owned()))
        } else {
            self.with_filter(facet, value)
        }
    }

    /// With this facet value chosen as well.
    pub fn with_filter(&self, facet: FacetName, value: &str) -> Self {
        let mut next = self.first_page();
        if let Some(value) = non_empty(value) {
            next.add(facet, value);
        }
        next
    }

    /// With one filter removed.
    pub fn without(&self, filter: &Filter) -> Self {
        let mut next = self.first_page();
        match filter {
            Filter::Facet(facet, value) => {
                for (f, values) in &mut next.filters {
                    if f == facet {
                        values.retain(|v| v != value);
                    }
                }
                next.filters.retain(|(_, values)| !values.is_empty());
            }
            Filter::YearFrom(_) => next.year_from = None,
            Filter::YearTo(_) => next.year_to = None,
        }
        next
    }

    /// With a URL parameter removed entirely (one the server refused).
    pub fn without_param(&self, name: &str) -> Self {
        let mut next = self.first_page();
        match name {
            "q" => next.q.clear(),
            "year_from" => next.year_from = None,
            "year_to" => next.year_to = None,
            "sort" => next.sort = None,
            _ => next.filters.retain(|(f, _)| f.as_str() != name),
        }
        next
    }

    /// The same words and order with no filter.
    pub fn without_filters(&self) -> Self {
        Self {
            q: self.q.clone(),
            sort: self.sort.clone(),
            ..Self::default()
        }
    }

    /// The query pairs the API takes (everything but the number of pages).
    pub fn api_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.q.is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        for (facet, values) in &self.filters {
            pairs.extend(values.iter().map(|v| (facet.as_str(), v.clone())));
        }
        pairs.extend(self.year_from.clone().map(|y| ("year_from", y)));
        pairs.extend(self.year_to.clone().map(|y| ("year_to", y)));
        pairs.extend(self.sort.clone().map(|s| ("sort", s)));
        pairs
    }

    /// The address of this search at `path`, e.g. `/search?q=celadon&country=KR`.
    pub fn to_url(&self, path: &str) -> String {
        let mut pairs = self.api_pairs();
        if self.pages > 1 {
            pairs.push((PAGES, self.pages.to_string()));
        }
        let query: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode_component(v)))
            .collect();
        if query.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{}", query.join("&"))
        }
    }
}

/// Where a facet stands in [`FacetName::ALL`].
fn facet_rank(facet: FacetName) -> usize {
    FacetName::ALL
        .iter()
        .position(|f| *f == facet)
        .unwrap_or(usize::MAX)
}

/// Percent-encodes a URL query value or path segment (UTF-8), keeping only
/// unreserved characters: the API client's encoding.
pub use vcm_shared::client::encode as encode_component;

#[cfg(test)]
mod tests {
    use super::*;

    fn state(query: &[(&str, &str)]) -> SearchState {
        SearchState::from_pairs(query.iter().copied())
    }

    #[test]
    fn repeated_facets_are_kept_in_order_without_duplicates() {
        let s = state(&[
            ("museum", "british-museum"),
            ("country", "JP"),
            ("country", "KR"),
            ("country", "JP"),
            ("q", " celadon "),
            ("region", ""),
            ("unknown", "x"),
        ]);
        assert_eq!(s.q, "celadon");
        assert_eq!(
            s.filters,
            vec![
                (FacetName::Country, vec!["JP".to_owned(), "KR".to_owned()]),
                (FacetName::Museum, vec!["british-museum".to_owned()]),
            ]
        );
        assert_eq!(
            s.to_url("/search"),
            "/search?q=celadon&country=JP&country=KR&museum=british-museum"
        );
    }

    #[test]
    fn toggling_adds_and_removes_and_returns_to_the_first_page() {
        let s = state(&[("country", "JP"), ("pages", "3")]);
        assert_eq!(s.pages, 3);
        let more = s.toggled(FacetName::Country, "KR");
        assert_eq!(more.values(FacetName::Country), ["JP", "KR"]);
        assert_eq!(more.pages, 1);
        let fewer = more.toggled(FacetName::Country, "JP");
        assert_eq!(fewer.values(FacetName::Country), ["KR"]);
        let none = fewer.toggled(FacetName::Country, "KR");
        assert!(none.filters.is_empty());
        assert!(!none.has_filters());
    }

    #[test]
    fn filters_list_facets_then_years_and_each_can_be_removed() {
        let s = state(&[
            ("year_to", "1400"),
            ("period", "joseon"),
            ("year_from", "-200"),
            ("sort", "oldest"),
        ]);
        let filters = s.active_filters();
        assert_eq!(
            filters,
            vec![
                Filter::Facet(FacetName::Period, "joseon".to_owned()),
                Filter::YearFrom("-200".to_owned()),
                Filter::YearTo("1400".to_owned()),
            ]
        );
        assert_eq!(
            s.without(&filters[1]).to_url("/search"),
            "/search?period=joseon&year_to=1400&sort=oldest"
        );
        assert_eq!(s.without_filters().to_url("/search"), "/search?sort=oldest");
        assert_eq!(
            s.without_param("period").to_url("/t"),
            "/t?year_from=-200&year_to=1400&sort=oldest"
        );
    }

    #[test]
    fn pages_are_bounded_and_only_in_the_address() {
        assert_eq!(state(&[("pages", "0")]).pages, 1);
        assert_eq!(state(&[("pages", "999")]).pages, MAX_PAGES);
        assert_eq!(state(&[("pages", "two")]).pages, 1);
        let s = state(&[("q", "wave"), ("pages", "2")]);
        assert_eq!(s.to_url("/search"), "/search?q=wave&pages=2");
        assert_eq!(s.api_pairs(), vec![("q", "wave".to_owned())]);
        assert_eq!(s.with_q("fuji").pages, 1);
    }

    #[test]
    fn values_in_any_script_are_encoded() {
        assert_eq!(encode_component("観音"), "%E8%A6%B3%E9%9F%B3");
        assert_eq!(encode_component("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
        assert_eq!(
            SearchState::default()
                .with_q("\"great wave\"")
                .to_url("/search"),
            "/search?q=%22great%20wave%22"
        );
        assert_eq!(SearchState::default().to_url("/search"), "/search");
    }
}
