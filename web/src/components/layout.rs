//! The frame around every page: skip link, header with navigation, footer.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::account::AccountMenu;
use crate::components::search_box::SearchBox;
use crate::i18n::{Key, Locale, t, use_locale};
use crate::search_state::encode_component;

/// Moves keyboard focus to the main content (after a skip-link press or a
/// change of page), without scrolling.
pub fn focus_main() {
    use wasm_bindgen::JsCast;
    let main = document()
        .get_element_by_id("main")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = main.focus_with_options(&options);
    }
}

/// Moves keyboard focus to the first element matching a CSS selector, if any.
pub fn focus_selector(selector: &str) {
    use wasm_bindgen::JsCast;
    let target = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
    }
}

/// Focuses the element matching `selector` once the next frame is drawn,
/// when the view that holds it has been updated.
pub fn focus_later(selector: impl Into<String>) {
    let selector = selector.into();
    request_animation_frame(move || focus_selector(&selector));
}

/// The first thing a keyboard user reaches: a jump past the navigation.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=|ev| {
                ev.prevent_default();
                focus_main();
            }
        >
            {t(Key::SkipToContent)}
        </a>
    }
}

/// Sends focus to the new page's content when the path changes, as a full
/// page load would, so screen readers start reading there.
#[component]
pub fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            focus_main();
        }
        path
    });
}

/// The site's name and main navigation.
#[component]
pub fn Header() -> impl IntoView {
    let location = use_location();
    view! {
        <header class="site-header">
            <div class="wrap site-header__inner">
                <A href="/" exact=true attr:class="brand">
                    <span class="brand__mark" aria-hidden="true">
                        {t(Key::SiteShortName)}
                    </span>
                    <span class="brand__text">
                        <span class="brand__name">{t(Key::SiteName)}</span>
                        <span class="brand__network">{t(Key::NetworkName)}</span>
                    </span>
                </A>
                <nav class="site-nav" aria-label=t(Key::NavLabel)>
                    <ul role="list">
                        <li>
                            <A href="/search">{t(Key::NavSearch)}</A>
                        </li>
                        <li>
                            <A href="/collection">{t(Key::NavCollection)}</A>
                        </li>
                        <li>
                            <A href="/timeline">{t(Key::NavTimeline)}</A>
                        </li>
                        <li>
                            <A href="/museums">{t(Key::NavMuseums)}</A>
                        </li>
                    </ul>
                </nav>
                // The search page and the home page have their own, larger box.
                <Show when=move || !matches!(location.pathname.read().as_str(), "/" | "/search")>
                    <div class="site-header__search">
                        <SearchBox id="header-search".to_owned() large=false compact=true hint=false />
                    </div>
                </Show>
                <div class="site-tools">
                    <LanguageMenu />
                    <AccountMenu />
                </div>
            </div>
        </header>
    }
}

/// This page's address in `locale`: its query with `lang` set to the
/// language's tag (which the server remembers for the next pages).
pub fn address_in(path: &str, query: &str, locale: Option<Locale>) -> String {
    let mut pairs: Vec<String> = crate::address::query_pairs(query)
        .into_iter()
        .filter(|(name, _)| name != "lang")
        .map(|(name, value)| format!("{}={}", encode_component(&name), encode_component(&value)))
        .collect();
    pairs.extend(locale.map(|l| format!("lang={}", l.tag())));
    if pairs.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", pairs.join("&"))
    }
}

/// The interface languages, each a link to this page in that language; the
/// page loads again from the server, which remembers the choice.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let location = use_location();
    let current = use_locale();
    let options = move || {
        let (path, query) = (location.pathname.get(), location.search.get());
        Locale::all()
            .map(|locale| {
                let href = address_in(&path, &query, Some(locale));
                view! {
                    <li>
                        <a
                            href=href
                            rel="external"
                            hreflang=locale.tag()
                            lang=locale.tag()
                            class="lang-menu__option"
                            aria-current=(locale == current).then_some("true")
                            data-testid="language-option"
                        >
                            {locale.name()}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="lang-menu" data-testid="language-menu">
            <summary class="lang-menu__summary">
                <svg class="lang-menu__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <circle cx="12" cy="12" r="9" />
                    <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
                </svg>
                <span class="visually-hidden">{t(Key::LanguageMenu)} ": "</span>
                <span lang=current.tag()>{current.name()}</span>
            </summary>
            <ul class="lang-menu__list" role="list">
                {options}
            </ul>
        </details>
    }
}

/// What the collection is and who runs it.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap site-footer__inner">
                <div>
                    <p class="site-footer__name">{t(Key::SiteName)}</p>
                    <p>{t(Key::FooterAbout)}</p>
                </div>
                <div>
                    <p>{t(Key::FooterNetwork)}</p>
                    <p>{t(Key::FooterRights)}</p>
                    <ul class="site-footer__links" role="list">
                        <li>
                            <A href="/search">{t(Key::NavSearch)}</A>
                        </li>
                        <li>
                            <A href="/collection">{t(Key::NavCollection)}</A>
                        </li>
                        <li>
                            <A href="/timeline">{t(Key::NavTimeline)}</A>
                        </li>
                        <li>
                            <A href="/museums">{t(Key::NavMuseums)}</A>
                        </li>
                        <li>
                            <A href="/apply" attr:data-testid="apply-link">{t(Key::ApplyToJoin)}</A>
                        </li>
                        <li>
                            // Served by the API, not a client route.
                            <a href="/docs/" rel="external">{t(Key::FooterApi)}</a>
                        </li>
                    </ul>
                </div>
            </div>
        </footer>
    }
}
