//! The page's address, for the islands: the interactive parts of a page the
//! server rendered, which run without a router. An island that keeps its
//! state in the URL query (the search, its facets, its pages) is given the
//! query the page was rendered with, changes it with `history.pushState`
//! (the page stays, only the results change) and follows Back and Forward.
//! A link to another page loads that page from the server.

use leptos::prelude::*;

use crate::search_state::SearchState;

/// Decodes a URL query (`a=1&b=x%20y`, with or without the `?`) into pairs;
/// `+` is a space, and a malformed escape is kept as written.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    fn decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => {
                    let hex = |b: u8| (b as char).to_digit(16);
                    match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                        (Some(high), Some(low)) => {
                            out.push((high * 16 + low) as u8);
                            i += 2;
                        }
                        _ => out.push(b'%'),
                    }
                }
                byte => out.push(byte),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

/// The query of the page's address, shared by the parts of one island.
#[derive(Debug, Clone, Copy)]
pub struct Address {
    query: RwSignal<String>,
}

impl Address {
    /// Provides the address of a page rendered with `query`, and follows the
    /// browser's Back and Forward through the entries its islands add.
    pub fn provide(query: String) -> Self {
        let query = RwSignal::new(query.trim_start_matches('?').to_owned());
        #[cfg(not(feature = "ssr"))]
        {
            let handle = window_event_listener(leptos::ev::popstate, move |_| {
                query.set(current_query());
            });
            on_cleanup(move || handle.remove());
        }
        let address = Self { query };
        provide_context(address);
        address
    }

    /// The search the query holds (tracked).
    pub fn search_state(self) -> SearchState {
        self.query.with(|q| SearchState::from_query(q))
    }

    /// Goes to `url`: on this page, only the address and what follows it
    /// change (`replace` rewrites the current history entry instead of
    /// adding one); another page loads from the server.
    pub fn go(self, url: &str, replace: bool) {
        #[cfg(not(feature = "ssr"))]
        {
            let (path, query) = url.split_once('?').unwrap_or((url, ""));
            let location = window().location();
            if location.pathname().ok().as_deref() != Some(path) {
                load(url);
                return;
            }
            if let Ok(history) = window().history() {
                let state = wasm_bindgen::JsValue::NULL;
                let _ = if replace {
                    history.replace_state_with_url(&state, "", Some(url))
                } else {
                    history.push_state_with_url(&state, "", Some(url))
                };
            }
            self.query.set(query.to_owned());
        }
        #[cfg(feature = "ssr")]
        let _ = (self, url, replace);
    }
}

/// The address of the island's page, where an island provided one. Asked
/// for when a component is set up: an event handler has no context to ask.
pub fn use_address() -> Option<Address> {
    use_context::<Address>()
}

/// Goes to `url` through the page's address where there is one, else by
/// loading it.
pub fn go_from(page: Option<Address>, url: &str) {
    match page {
        Some(address) => address.go(url, false),
        None => load(url),
    }
}

/// Loads the page at `url` from the server.
pub fn load(url: &str) {
    #[cfg(not(feature = "ssr"))]
    let _ = window().location().assign(url);
    #[cfg(feature = "ssr")]
    let _ = url;
}

/// The browser's current query, without the `?`.
#[cfg(not(feature = "ssr"))]
fn current_query() -> String {
    window()
        .location()
        .search()
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::query_pairs;

    #[test]
    fn queries_decode_into_pairs() {
        let pairs = query_pairs("?q=%E5%B1%B1+water&country=KR&country=JP&empty=&flag");
        let expected = [
            ("q", "山 water"),
            ("country", "KR"),
            ("country", "JP"),
            ("empty", ""),
            ("flag", ""),
        ];
        assert_eq!(
            pairs,
            expected
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<Vec<_>>()
        );
        // A broken escape is kept as written, never a panic.
        let broken = query_pairs("q=100%&r=%zz%4&s=%山");
        assert_eq!(broken[0].1, "100%");
        assert_eq!(broken[1].1, "%zz%4");
        assert_eq!(broken[2].1, "%山");
    }
}
