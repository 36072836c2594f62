//! `/account`: who is signed in, and changing the password.
//! `/account/password`: setting a password with the token from a reset or
//! invitation email (`?token=…`), or asking for such an email.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use vcm_shared::{
    ErrorCode, FieldCode, FieldError, MAX_PASSWORD_LEN, MIN_PASSWORD_LEN, PasswordChange,
    PasswordResetConfirm, PasswordResetRequest, is_email,
};

use crate::api::{self, ApiError, Refused};
use crate::auth::use_auth;
use crate::components::account::RequireSignIn;
use crate::components::forms::{
    Control, ErrorSummary, Field, Notice, Problems, Tone, focus_summary, problem,
};
use crate::components::layout::focus_later;
use crate::components::states::ErrorState;
use crate::i18n::{Key, t, t_with};
use crate::pages::account::login::RefusalView;

/// The client's own checks of a new password and its repetition.
fn new_password_problems(
    field: &str,
    password: &str,
    repeat_field: &str,
    repeat: &str,
) -> Vec<FieldError> {
    let mut found = Vec::new();
    let n = password.chars().count();
    if n < MIN_PASSWORD_LEN {
        found.push(problem(
            field,
            FieldCode::TooLong,
            t_with(
                Key::PasswordTooShort,
                &[("n", &MIN_PASSWORD_LEN.to_string())],
            ),
        ));
    } else if n > MAX_PASSWORD_LEN {
        found.push(problem(
            field,
            FieldCode::TooLong,
            t_with(
                Key::PasswordTooLong,
                &[("n", &MAX_PASSWORD_LEN.to_string())],
            ),
        ));
    }
    if password != repeat {
        found.push(problem(
            repeat_field,
            FieldCode::Invalid,
            t(Key::PasswordsDiffer),
        ));
    }
    found
}

#[component]
pub fn AccountPage() -> impl IntoView {
    view! {
        <Title text=t(Key::AccountTitle) />
        <RequireSignIn>
            <AccountView />
        </RequireSignIn>
    }
}

#[component]
fn AccountView() -> impl IntoView {
    let auth = use_auth();
    // What the server says now: an administrator may have changed the name
    // or museum since this sign-in began.
    spawn_local(async move {
        if let Ok(user) = api::authed(auth, api::signed_in::me()).await {
            auth.refresh_user(user);
        }
    });
    view! {
        <div class="wrap page narrow" data-testid="account">
            <header class="page__header">
                <h1>{t(Key::AccountTitle)}</h1>
            </header>
            {move || {
                auth.user()
                    .map(|u| {
                        view! {
                            <section class="panel" aria-labelledby="account-who">
                                <h2 id="account-who">{t(Key::AccountWho)}</h2>
                                <dl class="details details--compact">
                                    <div class="details__row">
                                        <dt>{t(Key::FieldName)}</dt>
                                        <dd data-testid="account-display-name">{u.display_name.clone()}</dd>
                                    </div>
                                    <div class="details__row">
                                        <dt>{t(Key::FieldEmail)}</dt>
                                        <dd>{u.email.clone()}</dd>
                                    </div>
                                    <div class="details__row">
                                        <dt>{t(Key::FieldRole)}</dt>
                                        <dd>{t(Key::Role(u.role))}</dd>
                                    </div>
                                    {u.museum
                                        .clone()
                                        .map(|m| {
                                            view! {
                                                <div class="details__row">
                                                    <dt>{t(Key::FieldMuseum)}</dt>
                                                    <dd>
                                                        <A href=format!("/museums/{}", m.slug)>{m.name}</A>
                                                    </dd>
                                                </div>
                                            }
                                        })}
                                </dl>
                            </section>
                        }
                    })
            }}
            <ChangePassword />
        </div>
    }
}

const CHANGE_FORM: &str = "password-change";
const CHANGE_LABELS: &[(&str, Key)] = &[
    ("current_password", Key::FieldCurrentPassword),
    ("new_password", Key::FieldNewPassword),
    ("new_password_repeat", Key::FieldRepeatPassword),
];

#[component]
fn ChangePassword() -> impl IntoView {
    let auth = use_auth();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let done = RwSignal::new(false);
    let busy = RwSignal::new(false);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let (current_value, new_value) = (current.get_untracked(), new.get_untracked());
        let mut found = Vec::new();
        if current_value.is_empty() {
            found.push(problem(
                "current_password",
                FieldCode::Required,
                t(Key::PasswordRequired),
            ));
        }
        found.extend(new_password_problems(
            "new_password",
            &new_value,
            "new_password_repeat",
            &repeat.get_untracked(),
        ));
        done.set(false);
        failed.set(None);
        let refused = !found.is_empty();
        problems.set(found);
        if refused {
            focus_summary(CHANGE_FORM);
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let change = PasswordChange {
                current_password: current_value,
                new_password: new_value,
            };
            match api::authed(auth, api::signed_in::change_password(&change)).await {
                Ok(()) => {
                    for field in [current, new, repeat] {
                        field.set(String::new());
                    }
                    done.set(true);
                }
                Err(e) if e.code() == Some(ErrorCode::InvalidCredentials) => {
                    problems.set(vec![problem(
                        "current_password",
                        FieldCode::Invalid,
                        t(Key::CurrentPasswordWrong),
                    )]);
                    focus_summary(CHANGE_FORM);
                }
                Err(e) if !e.field_errors().is_empty() => {
                    problems.set(e.field_errors().to_vec());
                    focus_summary(CHANGE_FORM);
                }
                Err(e) => failed.set(Some(e)),
            }
            busy.set(false);
        });
    };

    view! {
        <section class="panel" aria-labelledby="account-password">
            <h2 id="account-password">{t(Key::ChangePasswordTitle)}</h2>
            <form class="form" on:submit=on_submit novalidate=true data-testid="change-password-form">
                <ErrorSummary form=CHANGE_FORM problems labels=CHANGE_LABELS />
                {move || failed.get().map(|error| view! { <ErrorState error /> })}
                <Show when=move || done.get()>
                    <Notice tone=Tone::Success>
                        <p>{t(Key::PasswordChanged)}</p>
                    </Notice>
                </Show>
                <Field
                    form=CHANGE_FORM
                    name="current_password"
                    label=Key::FieldCurrentPassword
                    value=current
                    problems
                    control=Control::Password
                    required=true
                />
                <Field
                    form=CHANGE_FORM
                    name="new_password"
                    label=Key::FieldNewPassword
                    value=new
                    problems
                    control=Control::NewPassword
                    hint=Key::PasswordHint
                    required=true
                />
                <Field
                    form=CHANGE_FORM
                    name="new_password_repeat"
                    label=Key::FieldRepeatPassword
                    value=repeat
                    problems
                    control=Control::NewPassword
                    required=true
                />
                <div class="form__actions">
                    <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().to_string()>
                        {move || if busy.get() { t(Key::Saving) } else { t(Key::ChangePasswordButton) }}
                    </button>
                </div>
            </form>
        </section>
    }
}

#[component]
pub fn PasswordPage() -> impl IntoView {
    let query = use_query_map();
    let token = Memo::new(move |_| {
        query
            .read()
            .get("token")
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
    });
    // The token is a secret: no page it links to should learn it.
    view! {
        <Meta name="referrer" content="no-referrer" />
        {move || match token.get() {
            Some(token) => view! { <SetPassword token /> }.into_any(),
            None => {
                view! {
                    <Title text=t(Key::ForgotTitle) />
                    <div class="wrap page narrow">
                        <header class="page__header">
                            <h1>{t(Key::ForgotTitle)}</h1>
                            <p class="lead">{t(Key::ForgotLead)}</p>
                        </header>
                        <RequestReset />
                    </div>
                }
                    .into_any()
            }
        }}
    }
}

const SET_FORM: &str = "password-set";
const SET_LABELS: &[(&str, Key)] = &[
    ("new_password", Key::FieldNewPassword),
    ("new_password_repeat", Key::FieldRepeatPassword),
];

/// Choosing a password with an emailed token.
#[component]
fn SetPassword(token: String) -> impl IntoView {
    let token = StoredValue::new(token);
    let new = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let expired = RwSignal::new(false);
    let done = RwSignal::new(false);
    let busy = RwSignal::new(false);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let new_value = new.get_untracked();
        let found = new_password_problems(
            "new_password",
            &new_value,
            "new_password_repeat",
            &repeat.get_untracked(),
        );
        failed.set(None);
        let refused = !found.is_empty();
        problems.set(found);
        if refused {
            focus_summary(SET_FORM);
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let confirm = PasswordResetConfirm {
                token: token.get_value(),
                new_password: new_value,
            };
            match api::send(api::public::confirm_password_reset(&confirm)).await {
                Ok(()) => {
                    new.set(String::new());
                    repeat.set(String::new());
                    done.set(true);
                    focus_later("#password-set-done");
                }
                Err(e) if e.code() == Some(ErrorCode::InvalidResetToken) => {
                    expired.set(true);
                    focus_later("#password-set-expired");
                }
                Err(e) if !e.field_errors().is_empty() => {
                    problems.set(e.field_errors().to_vec());
                    focus_summary(SET_FORM);
                }
                Err(e) => failed.set(Some(e)),
            }
            busy.set(false);
        });
    };

    view! {
        <Title text=t(Key::SetPasswordTitle) />
        <div class="wrap page narrow">
            <header class="page__header">
                <h1>{t(Key::SetPasswordTitle)}</h1>
                <p class="lead">{t(Key::SetPasswordLead)}</p>
            </header>
            {move || {
                if done.get() {
                    view! {
                        <div id="password-set-done" class="notice notice--success" role="status" tabindex="-1" data-testid="password-set">
                            <p class="notice__title">{t(Key::PasswordSetTitle)}</p>
                            <p>{t(Key::PasswordSetText)}</p>
                            <p>
                                <A href="/login" attr:class="button">{t(Key::SignIn)}</A>
                            </p>
                        </div>
                    }
                        .into_any()
                } else if expired.get() {
                    view! {
                        <div id="password-set-expired" class="notice notice--warning" role="alert" tabindex="-1" data-testid="token-expired">
                            <p class="notice__title">{t(Key::ResetTokenInvalidTitle)}</p>
                            <p>{t(Key::ResetTokenInvalidText)}</p>
                        </div>
                        <h2 class="form__heading">{t(Key::ForgotTitle)}</h2>
                        <RequestReset />
                    }
                        .into_any()
                } else {
                    view! {
                        <form class="form card-form" on:submit=on_submit novalidate=true data-testid="set-password-form">
                            <ErrorSummary form=SET_FORM problems labels=SET_LABELS />
                            {move || failed.get().map(|error| view! { <ErrorState error /> })}
                            <Field
                                form=SET_FORM
                                name="new_password"
                                label=Key::FieldNewPassword
                                value=new
                                problems
                                control=Control::NewPassword
                                hint=Key::PasswordHint
                                required=true
                            />
                            <Field
                                form=SET_FORM
                                name="new_password_repeat"
                                label=Key::FieldRepeatPassword
                                value=repeat
                                problems
                                control=Control::NewPassword
                                required=true
                            />
                            <div class="form__actions">
                                <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().to_string()>
                                    {move || if busy.get() { t(Key::Saving) } else { t(Key::SetPasswordButton) }}
                                </button>
                            </div>
                        </form>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

const RESET_FORM: &str = "password-reset";
const RESET_LABELS: &[(&str, Key)] = &[("email", Key::FieldEmail)];

/// Asking for an email with a link to set a new password.
#[component]
fn RequestReset() -> impl IntoView {
    let email = RwSignal::new(String::new());
    let problems: Problems = RwSignal::new(Vec::new());
    let refused = RwSignal::new(None::<Refused>);
    let sent_to = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let address = email.get_untracked().trim().to_owned();
        let mut found = Vec::new();
        if address.is_empty() {
            found.push(problem("email", FieldCode::Required, t(Key::EmailRequired)));
        } else if !is_email(&address) {
            found.push(problem("email", FieldCode::Invalid, t(Key::EmailInvalid)));
        }
        refused.set(None);
        sent_to.set(None);
        let bad = !found.is_empty();
        problems.set(found);
        if bad {
            focus_summary(RESET_FORM);
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let request = PasswordResetRequest {
                email: address.clone(),
            };
            match api::send_refusable(api::public::request_password_reset(&request)).await {
                Ok(()) => sent_to.set(Some(address)),
                Err(r) => refused.set(Some(r)),
            }
            busy.set(false);
            focus_later("#password-reset-answer");
        });
    };

    view! {
        <form class="form card-form" on:submit=on_submit novalidate=true data-testid="request-reset-form">
            <ErrorSummary form=RESET_FORM problems labels=RESET_LABELS />
            {move || refused.get().map(|refused| view! { <RefusalView refused id="password-reset-answer" /> })}
            {move || {
                sent_to
                    .get()
                    .map(|address| {
                        view! {
                            <div id="password-reset-answer" class="notice notice--success" role="status" tabindex="-1" data-testid="reset-sent">
                                <p>{t_with(Key::ResetSent, &[("email", &address)])}</p>
                            </div>
                        }
                    })
            }}
            <Field
                form=RESET_FORM
                name="email"
                label=Key::FieldEmail
                value=email
                problems
                control=Control::Email
                autocomplete="username"
                required=true
            />
            <div class="form__actions">
                <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().to_string()>
                    {move || if busy.get() { t(Key::Sending) } else { t(Key::SendResetLink) }}
                </button>
                <A href="/login" attr:class="form__aside">
                    {t(Key::BackToSignIn)}
                </A>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_passwords_are_checked_before_sending() {
        let found = new_password_problems("new", "short", "repeat", "short");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, "new");
        let found =
            new_password_problems("new", "correct horse battery", "repeat", "correct horse");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, "repeat");
        assert!(
            new_password_problems(
                "new",
                "correct horse battery",
                "repeat",
                "correct horse battery"
            )
            .is_empty()
        );
    }
}
