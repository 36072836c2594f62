//! `/login`: signing in with email and password, for museum editors and the
//! secretariat. `?next=/partner/…` says where to go afterwards.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use vcm_shared::{ErrorCode, FieldCode, LoginRequest, Role, is_email};

use crate::api::{self, Refused};
use crate::auth::{AuthStatus, use_auth};
use crate::components::forms::{Control, ErrorSummary, Field, Problems, focus_summary, problem};
use crate::components::layout::focus_later;
use crate::components::states::{ErrorState, Loading};
use crate::i18n::{Key, t, t_with};

const FORM: &str = "login";
const LABELS: &[(&str, Key)] = &[("email", Key::FieldEmail), ("password", Key::FieldPassword)];

/// `next` when it is a path on this site (never another site's address).
pub fn safe_next(next: Option<String>) -> Option<String> {
    next.filter(|n| {
        n.starts_with('/')
            && !n.starts_with("//")
            && !n.starts_with("/\\")
            && !n.starts_with("/login")
    })
}

/// Minutes to wait, rounded up, from a `Retry-After` in seconds.
pub fn minutes(seconds: Option<u32>) -> String {
    seconds.map_or(15, |s| s.div_ceil(60).max(1)).to_string()
}

/// What a refused sign-in (or reset request) says.
#[component]
pub fn RefusalView(refused: Refused, #[prop(optional)] id: &'static str) -> impl IntoView {
    match refused.error.code() {
        Some(ErrorCode::InvalidCredentials) => view! {
            <div id=id class="notice notice--warning" role="alert" tabindex="-1" data-testid="login-error">
                <p class="notice__title">{t(Key::LoginInvalidTitle)}</p>
                <p>{t(Key::LoginInvalidText)}</p>
            </div>
        }
        .into_any(),
        Some(ErrorCode::TooManyRequests) => view! {
            <div id=id class="notice notice--warning" role="alert" tabindex="-1" data-testid="login-error">
                <p class="notice__title">{t(Key::TooManyTitle)}</p>
                <p>{t_with(Key::TooManyText, &[("minutes", &minutes(refused.retry_after))])}</p>
            </div>
        }
        .into_any(),
        _ => view! { <div id=id tabindex="-1"><ErrorState error=refused.error /></div> }.into_any(),
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let auth = use_auth();
    view! {
        <Title text=t(Key::SignInTitle) />
        <div class="wrap page narrow">
            <header class="page__header">
                <h1>{t(Key::SignInTitle)}</h1>
                <p class="lead">{t(Key::SignInLead)}</p>
            </header>
            {move || match auth.status() {
                AuthStatus::Checking => view! { <Loading /> }.into_any(),
                AuthStatus::SignedIn(user) => {
                    view! {
                        <div class="notice notice--info" data-testid="already-signed-in">
                            <p>{t_with(Key::AlreadySignedIn, &[("name", &user.display_name)])}</p>
                            <p class="notice__links">
                                {(user.role == Role::Editor)
                                    .then(|| view! { <A href="/partner" attr:class="more-link">{t(Key::NavPartner)}</A> })}
                                <A href="/account" attr:class="more-link">
                                    {t(Key::AccountTitle)}
                                </A>
                            </p>
                        </div>
                    }
                        .into_any()
                }
                AuthStatus::SignedOut => view! { <LoginForm /> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn LoginForm() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let navigate = use_navigate();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let problems: Problems = RwSignal::new(Vec::new());
    let refused = RwSignal::new(None::<Refused>);
    let busy = RwSignal::new(false);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let address = email.get_untracked().trim().to_owned();
        let secret = password.get_untracked();
        let mut found = Vec::new();
        if address.is_empty() {
            found.push(problem("email", FieldCode::Required, t(Key::EmailRequired)));
        } else if !is_email(&address) {
            found.push(problem("email", FieldCode::Invalid, t(Key::EmailInvalid)));
        }
        if secret.is_empty() {
            found.push(problem(
                "password",
                FieldCode::Required,
                t(Key::PasswordRequired),
            ));
        }
        refused.set(None);
        problems.set(found);
        if !problems.read_untracked().is_empty() {
            focus_summary(FORM);
            return;
        }
        busy.set(true);
        let navigate = navigate.clone();
        let next = safe_next(query.get_untracked().get("next"));
        spawn_local(async move {
            let request = LoginRequest {
                email: address,
                password: secret,
            };
            match api::send_refusable(api::public::login(&request)).await {
                Ok(session) => {
                    let to = next.unwrap_or_else(|| match session.user.role {
                        Role::Editor => "/partner".to_owned(),
                        Role::Admin => "/account".to_owned(),
                    });
                    auth.accept(session);
                    navigate(&to, NavigateOptions::default());
                }
                Err(r) => {
                    password.set(String::new());
                    refused.set(Some(r));
                    busy.set(false);
                    focus_later("#login-refused");
                }
            }
        });
    };

    view! {
        <form class="form card-form" on:submit=on_submit novalidate=true data-testid="login-form">
            <ErrorSummary form=FORM problems labels=LABELS />
            {move || refused.get().map(|refused| view! { <RefusalView refused id="login-refused" /> })}
            <Field
                form=FORM
                name="email"
                label=Key::FieldEmail
                value=email
                problems
                control=Control::Email
                autocomplete="username"
                required=true
            />
            <Field
                form=FORM
                name="password"
                label=Key::FieldPassword
                value=password
                problems
                control=Control::Password
                required=true
            />
            <div class="form__actions">
                <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().to_string()>
                    {move || if busy.get() { t(Key::SigningIn) } else { t(Key::SignIn) }}
                </button>
                <A href="/account/password" attr:class="form__aside">
                    {t(Key::ForgotPassword)}
                </A>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_followed() {
        assert_eq!(
            safe_next(Some("/partner".into())).as_deref(),
            Some("/partner")
        );
        assert_eq!(safe_next(Some("//evil.example".into())), None);
        assert_eq!(safe_next(Some("https://evil.example".into())), None);
        assert_eq!(safe_next(Some("/\\evil.example".into())), None);
        assert_eq!(safe_next(None), None);
    }

    #[test]
    fn waits_round_up_to_whole_minutes() {
        assert_eq!(minutes(Some(900)), "15");
        assert_eq!(minutes(Some(61)), "2");
        assert_eq!(minutes(Some(5)), "1");
        assert_eq!(minutes(None), "15");
    }
}
