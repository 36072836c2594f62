//! The signed-in person in the frame: the header's "Sign in" link or name and
//! "Sign out" button, and the gates in front of the pages that need a sign-in
//! (and, for the partner pages, a museum editor's).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use vcm_shared::Role;

use crate::api;
use crate::auth::{Auth, AuthStatus, provide_auth, use_auth};
use crate::components::states::Loading;
use crate::i18n::{Key, t};

/// Paths that show nothing to someone signed out.
fn is_private(path: &str) -> bool {
    path == "/partner"
        || path.starts_with("/partner/")
        || path == "/admin"
        || path.starts_with("/admin/")
        || path == "/account"
}

/// The sign-in page's address, coming back to `path` afterwards.
pub fn login_href(path: &str) -> String {
    if path.is_empty()
        || path == "/"
        || path.starts_with("/login")
        || path.starts_with("/account/password")
    {
        "/login".to_owned()
    } else {
        format!(
            "/login?next={}",
            crate::search_state::encode_component(path)
        )
    }
}

/// The page's path and query (with its `?`), in the browser.
fn here() -> (String, String) {
    #[cfg(not(feature = "ssr"))]
    {
        let location = window().location();
        (
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default(),
        )
    }
    #[cfg(feature = "ssr")]
    (String::new(), String::new())
}

/// The header's account area: "Sign in", or who is signed in and "Sign out".
/// An island: the server renders it as "checking", the browser asks.
#[island]
pub fn AccountMenu() -> impl IntoView {
    // The console provides the sign-in at its root; a public page's island
    // asks for it itself.
    let auth = use_context::<Auth>().unwrap_or_else(provide_auth);
    let busy = RwSignal::new(false);
    let sign_out = move |_| {
        busy.set(true);
        spawn_local(async move {
            // Forgotten here whatever the server says: the person asked to leave.
            let _ = api::send(api::public::logout()).await;
            auth.forget();
            busy.set(false);
            if is_private(&here().0) {
                crate::address::load("/");
            }
        });
    };
    let sign_in_href = move || {
        let (path, query) = here();
        login_href(&format!("{path}{query}"))
    };
    view! {
        <div class="site-account" data-testid="account-menu">
            {move || match auth.status() {
                AuthStatus::Checking => view! { <span class="site-account__wait" aria-hidden="true"></span> }.into_any(),
                AuthStatus::SignedOut => {
                    view! {
                        <a href=sign_in_href class="site-account__link" data-testid="sign-in-link">
                            {t(Key::SignIn)}
                        </a>
                    }
                        .into_any()
                }
                AuthStatus::SignedIn(user) => {
                    let editor = user.role == Role::Editor;
                    let admin = user.role == Role::Admin;
                    view! {
                        <ul class="site-account__list" role="list">
                            {editor
                                .then(|| {
                                    view! {
                                        <li>
                                            <a href="/partner" class="site-account__link">
                                                {t(Key::NavPartner)}
                                            </a>
                                        </li>
                                    }
                                })}
                            {admin
                                .then(|| {
                                    view! {
                                        <li>
                                            <a href="/admin" class="site-account__link" data-testid="nav-admin">
                                                {t(Key::NavAdmin)}
                                            </a>
                                        </li>
                                    }
                                })}
                            <li>
                                <a href="/account" class="site-account__link site-account__name" data-testid="account-name">
                                    <span class="visually-hidden">{t(Key::SignedInAs)} " "</span>
                                    {user.display_name.clone()}
                                </a>
                            </li>
                            <li>
                                <button
                                    type="button"
                                    class="site-account__out"
                                    data-testid="sign-out"
                                    on:click=sign_out
                                    disabled=move || busy.get()
                                >
                                    {t(Key::SignOut)}
                                </button>
                            </li>
                        </ul>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// Who may see a gated page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gate {
    Checking,
    SignedOut,
    /// Signed in, with this role, acting for a museum or not.
    SignedIn(Role, bool),
}

fn use_gate() -> Memo<Gate> {
    let auth = use_auth();
    // A memo, so that renewing the token (which re-sets the same account)
    // does not rebuild the page and lose what was typed in it.
    Memo::new(move |_| match auth.status() {
        AuthStatus::Checking => Gate::Checking,
        AuthStatus::SignedOut => Gate::SignedOut,
        AuthStatus::SignedIn(u) => Gate::SignedIn(u.role, u.museum.is_some()),
    })
}

/// What a signed-out visitor sees in place of a page that needs a sign-in.
#[component]
fn SignInFirst(#[prop(optional)] admin: bool) -> impl IntoView {
    let location = use_location();
    let href = move || {
        let path = location.pathname.get();
        let query = location.search.get();
        login_href(&format!(
            "{path}{}",
            if query.is_empty() {
                String::new()
            } else {
                format!("?{}", query.trim_start_matches('?'))
            }
        ))
    };
    view! {
        <Title text=t(Key::SignInTitle) />
        <div class="wrap page narrow">
            <div class="state state--empty" data-testid="sign-in-first">
                <p class="state__title">{t(Key::SignInFirstTitle)}</p>
                <p class="state__text">
                    {if admin { t(Key::SignInFirstAdminText) } else { t(Key::SignInFirstText) }}
                </p>
                <A href=href attr:class="button">
                    {t(Key::SignIn)}
                </A>
            </div>
        </div>
    }
}

/// Shows `children` to anyone signed in.
#[component]
pub fn RequireSignIn(children: ChildrenFn) -> impl IntoView {
    let gate = use_gate();
    move || match gate.get() {
        Gate::Checking => view! { <div class="wrap page"><Loading /></div> }.into_any(),
        Gate::SignedOut => view! { <SignInFirst /> }.into_any(),
        Gate::SignedIn(..) => children().into_any(),
    }
}

/// Shows `children` to the editors of a museum; tells anyone else signed in
/// what the partner pages are for.
#[component]
pub fn RequireEditor(children: ChildrenFn) -> impl IntoView {
    let gate = use_gate();
    move || match gate.get() {
        Gate::Checking => view! { <div class="wrap page"><Loading /></div> }.into_any(),
        Gate::SignedOut => view! { <SignInFirst /> }.into_any(),
        Gate::SignedIn(Role::Editor, true) => children().into_any(),
        Gate::SignedIn(role, _) => view! { <EditorsOnly admin=role == Role::Admin /> }.into_any(),
    }
}

/// Shows `children` to the secretariat (administrators); tells anyone else
/// signed in that the console is theirs only.
#[component]
pub fn RequireAdmin(children: ChildrenFn) -> impl IntoView {
    let gate = use_gate();
    move || match gate.get() {
        Gate::Checking => view! { <div class="wrap page"><Loading /></div> }.into_any(),
        Gate::SignedOut => view! { <SignInFirst admin=true /> }.into_any(),
        Gate::SignedIn(Role::Admin, _) => children().into_any(),
        Gate::SignedIn(..) => view! { <AdminsOnly /> }.into_any(),
    }
}

/// The secretariat's console, to someone who is not an administrator.
#[component]
fn AdminsOnly() -> impl IntoView {
    view! {
        <Title text=t(Key::AdminTitle) />
        <div class="wrap page narrow" data-testid="admins-only">
            <h1>{t(Key::AdminTitle)}</h1>
            <div class="notice notice--info" role="note">
                <p class="notice__title">{t(Key::AdminsOnlyTitle)}</p>
                <p>{t(Key::AdminsOnlyText)}</p>
            </div>
            <p>
                <A href="/partner" attr:class="more-link">
                    {t(Key::NavPartner)}
                </A>
            </p>
        </div>
    }
}

/// The secretariat's console's own navigation.
#[component]
pub fn AdminNav() -> impl IntoView {
    let links = [
        ("/admin", Key::AdminNavDashboard, true),
        ("/admin/reviews", Key::AdminNavReviews, false),
        ("/admin/applications", Key::AdminNavApplications, false),
        ("/admin/featured", Key::AdminNavFeatured, false),
        ("/admin/museums", Key::AdminNavMuseums, false),
        ("/admin/users", Key::AdminNavUsers, false),
        ("/admin/audit", Key::AdminNavAudit, false),
        ("/admin/emails", Key::AdminNavEmails, false),
        ("/admin/settings", Key::AdminNavSettings, false),
    ];
    view! {
        <nav class="subnav" aria-label=t(Key::AdminNavLabel) data-testid="admin-nav">
            <ul role="list">
                {links
                    .into_iter()
                    .map(|(href, key, exact)| {
                        view! {
                            <li>
                                <A href=href exact>
                                    {t(key)}
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// The partner pages, to someone who edits no museum.
#[component]
fn EditorsOnly(admin: bool) -> impl IntoView {
    view! {
        <Title text=t(Key::PartnerTitle) />
        <div class="wrap page narrow" data-testid="editors-only">
            <h1>{t(Key::PartnerTitle)}</h1>
            <div class="notice notice--info" role="note">
                <p>{t(Key::EditorsOnlyText)}</p>
                {admin
                    .then(|| {
                        view! {
                            <p>
                                {t(Key::AdminConsoleHint)} " "
                                <A href="/admin">{t(Key::NavAdmin)}</A>
                            </p>
                        }
                    })}
            </div>
            <p>
                <A href="/account" attr:class="more-link">
                    {t(Key::AccountTitle)}
                </A>
            </p>
        </div>
    }
}

/// The partner pages' own navigation.
#[component]
pub fn PartnerNav() -> impl IntoView {
    let links = [
        ("/partner", Key::PartnerNavDashboard),
        ("/partner/artworks/new", Key::PartnerNavNewWork),
        ("/partner/import", Key::PartnerNavImport),
        ("/partner/clients", Key::PartnerNavClients),
    ];
    view! {
        <nav class="subnav" aria-label=t(Key::PartnerNavLabel)>
            <ul role="list">
                {links
                    .into_iter()
                    .map(|(href, key)| {
                        view! {
                            <li>
                                <A href=href exact=true>
                                    {t(key)}
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
