//! What search engines and link previews read of a public page: its title,
//! description and canonical address, Open Graph and Twitter card tags with
//! an image, and schema.org JSON-LD. Rendered on the server into the first
//! HTML, kept current as the visitor moves between pages.

use leptos::prelude::*;
use leptos::text_prop::TextProp;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_location;

use crate::components::layout::address_in;
use crate::i18n::{Key, Locale, t};

/// The platform's public address, as the server knows it (`VCM_PUBLIC_URL`),
/// provided where pages are rendered on the server.
#[derive(Debug, Clone)]
pub struct SiteUrl(pub String);

/// The platform's address without a trailing slash: `VCM_PUBLIC_URL` on the
/// server, the page's own origin in the browser.
pub fn site_url() -> String {
    #[cfg(feature = "ssr")]
    let url = use_context::<SiteUrl>().map(|s| s.0).unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    let url = window().location().origin().unwrap_or_default();
    url.trim_end_matches('/').to_owned()
}

/// An absolute address for a path of this site.
pub fn absolute(path: &str) -> String {
    if path.starts_with("http://") || path.starts_with("https://") {
        path.to_owned()
    } else {
        format!("{}{path}", site_url())
    }
}

/// The image a link preview shows for an image with a IIIF service: 1,200
/// pixels wide, as JPEG.
pub fn preview_image(iiif: &str) -> String {
    absolute(&format!("{iiif}/full/1200,/0/default.jpg"))
}

/// At most `max` characters of `text` on one line, cut at a word with an
/// ellipsis when longer: a description's length.
pub fn summary(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return line;
    }
    let cut: String = line.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(head, _)| head).unwrap_or(&cut);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped,
/// so the text can never close the script.
pub fn json_ld(value: &serde_json::Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The page's title (the site's name is added; empty for the site's name
/// alone), description, canonical
/// address (this page's, with its query), preview image and structured data.
#[component]
pub fn PageMeta(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] description: Signal<String>,
    /// An absolute address of the image link previews show.
    #[prop(optional, into)]
    image: Option<String>,
    /// The image's text alternative.
    #[prop(optional, into)]
    image_alt: Option<String>,
    /// The Open Graph type: `website` unless said.
    #[prop(optional)]
    kind: Option<&'static str>,
    /// schema.org JSON-LD describing what the page shows.
    #[prop(optional)]
    data: Option<serde_json::Value>,
) -> impl IntoView {
    let location = use_location();
    let canonical = move || {
        let query = location.search.get();
        let query = query.trim_start_matches('?');
        let query = if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        };
        absolute(&format!("{}{query}", location.pathname.get()))
    };
    let site = t(Key::SiteName);
    // The home page's title is the site's name alone.
    let og_title = move || {
        let title = title.get();
        if title.is_empty() {
            site.to_owned()
        } else {
            title
        }
    };
    let card = if image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    // The server reads the title after the page is rendered, when the page's
    // reactive values may be gone: it gets the text itself.
    #[cfg(feature = "ssr")]
    let title_text = TextProp::from(title.get_untracked());
    #[cfg(not(feature = "ssr"))]
    let title_text = TextProp::from(move || title.get());
    view! {
        <Title text=title_text />
        <Meta name="description" content=move || description.get() />
        {move || view! { <Link rel="canonical" href=canonical() /> }}
        {move || {
            let (path, query) = (location.pathname.get(), location.search.get());
            let alternate = |hreflang: &str, locale: Option<Locale>| {
                let href = absolute(&address_in(&path, &query, locale));
                view! { <Link rel="alternate" hreflang=hreflang.to_owned() href /> }
            };
            Locale::all()
                .map(|l| alternate(l.tag(), Some(l)))
                .chain(std::iter::once(alternate("x-default", None)))
                .collect_view()
        }}
        <Meta property="og:site_name" content=site />
        <Meta property="og:type" content=kind.unwrap_or("website") />
        <Meta property="og:title" content=og_title />
        <Meta property="og:description" content=move || description.get() />
        <Meta property="og:url" content=canonical />
        {image
            .clone()
            .map(|src| {
                view! {
                    <Meta property="og:image" content=src.clone() />
                    <Meta name="twitter:image" content=src />
                }
            })}
        {image_alt.map(|alt| view! { <Meta property="og:image:alt" content=alt /> })}
        <Meta name="twitter:card" content=card />
        <Meta name="twitter:title" content=og_title />
        <Meta name="twitter:description" content=move || description.get() />
        {data.map(|data| view! { <script type="application/ld+json" inner_html=json_ld(&data)></script> })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_cut_at_a_word() {
        assert_eq!(summary("A  short\ntext", 40), "A short text");
        assert_eq!(
            summary("The scroll shows rivers and mountains", 20),
            "The scroll shows…"
        );
    }

    #[test]
    fn json_ld_cannot_close_its_script() {
        let text = json_ld(&serde_json::json!({ "name": "</script><b>&" }));
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
    }
}
