//! The two apps' roots. Both have the same frame (translation layer, page
//! titles, header, footer) and each has its own routes: the public app the
//! visitors' pages, the console the pages of people who sign in. A link to
//! the other app's pages loads that page from the server.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::auth::provide_auth;
use crate::components::layout::{Footer, Header, SkipLink};
use crate::components::states::Loading;
use crate::i18n::{Key, t};
use crate::pages::public::apply::{ApplicationStatusPage, ApplyPage};
use crate::pages::public::artwork::ArtworkPage;
use crate::pages::public::collection::CollectionPage;
use crate::pages::public::country::CountryPage;
use crate::pages::public::home::HomePage;
use crate::pages::public::museum::MuseumPage;
use crate::pages::public::museums::MuseumsPage;
use crate::pages::public::not_found::NotFoundPage;
use crate::pages::public::search::SearchPage;
use crate::pages::public::timeline::TimelinePage;

/// Where the console's pages are (sign-in, account, partner pages, admin
/// console), each with the paths under it.
pub const CONSOLE_PATHS: [&str; 4] = ["/login", "/account", "/partner", "/admin"];

/// Whether a path is the console's rather than the public app's.
pub fn is_console_path(path: &str) -> bool {
    CONSOLE_PATHS.iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// What both apps set up before their routes: page titles, and the sign-in
/// state (asked of the server in the browser only). The interface language
/// is the request's on the server (`ssr::route`), the installed one in the
/// browser.
fn provide_frame() -> impl IntoView {
    provide_meta_context();
    provide_auth();
    let (site, short) = (t(Key::SiteName), t(Key::SiteShortName));
    let formatter = move |page: String| {
        if page.is_empty() {
            format!("{site} — {short}")
        } else {
            format!("{page} — {short}")
        }
    };
    view! { <Title formatter /> }
}

/// An address this app has no route for: the other app's page, loaded from
/// the server, or the not-found page.
#[component]
fn Elsewhere(#[prop(into)] ours: Callback<String, bool>) -> impl IntoView {
    let location = use_location();
    let path = location.pathname.get_untracked();
    if ours.run(path) {
        return view! { <NotFoundPage /> }.into_any();
    }
    #[cfg(not(feature = "ssr"))]
    {
        let part = |mark: &str, text: String| {
            let text = text.trim_start_matches(mark).to_owned();
            if text.is_empty() {
                text
            } else {
                format!("{mark}{text}")
            }
        };
        let href = format!(
            "{}{}{}",
            location.pathname.get_untracked(),
            part("?", location.search.get_untracked()),
            part("#", location.hash.get_untracked())
        );
        // Replaces the entry the router pushed, so Back still works.
        let _ = window().location().replace(&href);
    }
    view! {
        <div class="wrap page">
            <Loading />
        </div>
    }
    .into_any()
}

/// The visitors' app, rendered on the server; its islands come to life in
/// the browser, and a link loads the next page from the server.
#[component]
pub fn PublicApp() -> impl IntoView {
    let frame = provide_frame();
    view! {
        {frame}
        <Router>
            <SkipLink />
            <Header />
            <main id="main" class="site-main" tabindex="-1">
                <Routes fallback=|| view! { <Elsewhere ours=|path: String| !is_console_path(&path) /> }>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/search") view=SearchPage />
                    <Route path=path!("/timeline") view=TimelinePage />
                    <Route path=path!("/collection") view=CollectionPage />
                    <Route path=path!("/artworks/:slug") view=ArtworkPage />
                    <Route path=path!("/museums") view=MuseumsPage />
                    <Route path=path!("/museums/:slug") view=MuseumPage />
                    <Route path=path!("/countries/:code") view=CountryPage />
                    <Route path=path!("/apply") view=ApplyPage />
                    <Route path=path!("/apply/status/:token") view=ApplicationStatusPage />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}

/// The console: sign-in, account, partner pages and the admin console,
/// rendered in the browser.
#[cfg(not(feature = "ssr"))]
#[component]
pub fn ConsoleApp() -> impl IntoView {
    use crate::components::layout::FocusOnNavigate;
    use crate::pages::account::login::LoginPage;
    use crate::pages::account::settings::{AccountPage, PasswordPage};
    use crate::pages::admin::applications::{ApplicationPageView, ApplicationsPage};
    use crate::pages::admin::dashboard::AdminPage;
    use crate::pages::admin::featured::FeaturedPage;
    use crate::pages::admin::museums::{MuseumAdminPage, MuseumsAdminPage};
    use crate::pages::admin::records::{AuditPage, EmailsPage, UsersPage};
    use crate::pages::admin::reviews::{ReviewPage, ReviewQueuePage};
    use crate::pages::admin::settings::SettingsPage;
    use crate::pages::partner::artwork::{EditArtworkPage, NewArtworkPage};
    use crate::pages::partner::clients::ClientsPage;
    use crate::pages::partner::dashboard::PartnerPage;
    use crate::pages::partner::import::ImportPage;

    let frame = provide_frame();
    view! {
        {frame}
        <Router>
            <SkipLink />
            <Header />
            <main id="main" class="site-main" tabindex="-1">
                <Routes fallback=|| view! { <Elsewhere ours=|path: String| is_console_path(&path) /> }>
                    <Route path=path!("/login") view=LoginPage />
                    <Route path=path!("/account") view=AccountPage />
                    <Route path=path!("/account/password") view=PasswordPage />
                    <Route path=path!("/partner") view=PartnerPage />
                    <Route path=path!("/partner/artworks/new") view=NewArtworkPage />
                    <Route path=path!("/partner/artworks/:slug/edit") view=EditArtworkPage />
                    <Route path=path!("/partner/import") view=ImportPage />
                    <Route path=path!("/partner/clients") view=ClientsPage />
                    <Route path=path!("/admin") view=AdminPage />
                    <Route path=path!("/admin/reviews") view=ReviewQueuePage />
                    <Route path=path!("/admin/reviews/:slug") view=ReviewPage />
                    <Route path=path!("/admin/applications") view=ApplicationsPage />
                    <Route path=path!("/admin/applications/:id") view=ApplicationPageView />
                    <Route path=path!("/admin/featured") view=FeaturedPage />
                    <Route path=path!("/admin/museums") view=MuseumsAdminPage />
                    <Route path=path!("/admin/museums/:slug") view=MuseumAdminPage />
                    <Route path=path!("/admin/settings") view=SettingsPage />
                    <Route path=path!("/admin/users") view=UsersPage />
                    <Route path=path!("/admin/audit") view=AuditPage />
                    <Route path=path!("/admin/emails") view=EmailsPage />
                </Routes>
            </main>
            <Footer />
            <FocusOnNavigate />
        </Router>
    }
}

#[cfg(test)]
mod tests {
    use super::is_console_path;

    #[test]
    fn console_paths_are_the_prefixes_and_what_lies_under_them() {
        for path in [
            "/login",
            "/account/password",
            "/partner",
            "/admin/reviews/x",
        ] {
            assert!(is_console_path(path), "{path}");
        }
        for path in ["/", "/administrator", "/loginx", "/search", "/apply"] {
            assert!(!is_console_path(path), "{path}");
        }
    }
}
