//! The app's root: translation layer, page titles, the frame, and the routes
//! (each a shareable URL).

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::auth::provide_auth;
use crate::components::layout::{FocusOnNavigate, Footer, Header, SkipLink};
use crate::i18n::{Key, Locale, provide_i18n, t};
use crate::pages::account::{AccountPage, PasswordPage};
use crate::pages::admin::AdminPage;
use crate::pages::admin_applications::{ApplicationPageView, ApplicationsPage};
use crate::pages::admin_featured::FeaturedPage;
use crate::pages::admin_museums::{MuseumAdminPage, MuseumsAdminPage};
use crate::pages::admin_records::{AuditPage, EmailsPage, UsersPage};
use crate::pages::admin_reviews::{ReviewPage, ReviewQueuePage};
use crate::pages::admin_settings::SettingsPage;
use crate::pages::apply::{ApplicationStatusPage, ApplyPage};
use crate::pages::artwork::ArtworkPage;
use crate::pages::collection::CollectionPage;
use crate::pages::country::CountryPage;
use crate::pages::home::HomePage;
use crate::pages::login::LoginPage;
use crate::pages::museum::MuseumPage;
use crate::pages::museums::MuseumsPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::partner::PartnerPage;
use crate::pages::partner_artwork::{EditArtworkPage, NewArtworkPage};
use crate::pages::partner_clients::ClientsPage;
use crate::pages::partner_import::ImportPage;
use crate::pages::search::SearchPage;
use crate::pages::timeline::TimelinePage;

/// The visitor's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    let navigator = window().navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if let Some(tag) = navigator.language() {
        tags.push(tag);
    }
    tags
}

#[component]
pub fn App() -> impl IntoView {
    let locale = Locale::negotiate(browser_languages().iter().map(String::as_str));
    provide_i18n(locale);
    provide_meta_context();
    // Asks at once whether the refresh cookie still holds a sign-in.
    provide_auth();
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", locale.tag());
    }
    let (site, short) = (t(Key::SiteName), t(Key::SiteShortName));
    let formatter = move |page: String| {
        if page.is_empty() {
            format!("{site} — {short}")
        } else {
            format!("{page} — {short}")
        }
    };
    view! {
        <Title formatter />
        <Router>
            <SkipLink />
            <Header />
            <main id="main" class="site-main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/search") view=SearchPage />
                    <Route path=path!("/timeline") view=TimelinePage />
                    <Route path=path!("/collection") view=CollectionPage />
                    <Route path=path!("/artworks/:slug") view=ArtworkPage />
                    <Route path=path!("/museums") view=MuseumsPage />
                    <Route path=path!("/museums/:slug") view=MuseumPage />
                    <Route path=path!("/countries/:code") view=CountryPage />
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
                    <Route path=path!("/apply") view=ApplyPage />
                    <Route path=path!("/apply/status/:token") view=ApplicationStatusPage />
                </Routes>
            </main>
            <Footer />
            <FocusOnNavigate />
        </Router>
    }
}
