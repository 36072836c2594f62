//! `/partner/clients`: the museum's API clients, the machine accounts its
//! collection system uses to keep its records current through the partner
//! API. A new client's secret is shown once, right after it is created.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use vcm_shared::{ApiClient, CreatedApiClient, FieldCode, NewApiClient};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::api::{self, ApiError};
use crate::auth::use_auth;
use crate::components::account::{PartnerNav, RequireEditor};
use crate::components::forms::{
    ConfirmButton, ErrorSummary, Field, Notice, Problems, Tone, focus_summary, problem,
};
use crate::components::layout::focus_later;
use crate::components::states::{EmptyState, ErrorState, Loading};
use crate::components::time::Time;
use crate::i18n::{Key, t, t_with};

const FORM: &str = "client";
const LABELS: &[(&str, Key)] = &[("name", Key::FieldClientName)];
/// The longest client name the server accepts.
const MAX_NAME: usize = 100;

#[component]
pub fn ClientsPage() -> impl IntoView {
    view! {
        <Title text=t(Key::ClientsTitle) />
        <RequireEditor>
            <Clients />
        </RequireEditor>
    }
}

#[component]
fn Clients() -> impl IntoView {
    let auth = use_auth();
    let clients = LocalResource::new(move || api::authed(auth, api::signed_in::clients()));
    let created = RwSignal::new(None::<CreatedApiClient>);
    let revoked = RwSignal::new(None::<String>);
    let revoke_error = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(None::<String>);
    let retry = Callback::new(move |()| clients.refetch());

    let revoke = Callback::new(move |client: ApiClient| {
        busy.set(Some(client.client_id.clone()));
        revoked.set(None);
        revoke_error.set(None);
        spawn_local(async move {
            match api::authed(auth, api::signed_in::revoke_client(&client.client_id)).await {
                Ok(()) => {
                    revoked.set(Some(client.name.clone()));
                    if created
                        .get_untracked()
                        .is_some_and(|c| c.client.client_id == client.client_id)
                    {
                        created.set(None);
                    }
                    clients.refetch();
                }
                Err(e) => revoke_error.set(Some(e)),
            }
            busy.set(None);
            focus_later("#clients-outcome");
        });
    });

    view! {
        <div class="wrap page partner" data-testid="clients">
            <header class="page__header">
                <h1>{t(Key::ClientsTitle)}</h1>
                <PartnerNav />
                <p class="lead">{t(Key::ClientsLead)}</p>
            </header>
            {move || created.get().map(|c| view! { <NewSecret created=c /> })}
            <NewClient created on_created=Callback::new(move |()| clients.refetch()) />
            <section class="section" aria-labelledby="clients-list">
                <h2 id="clients-list" class="section__title">{t(Key::ClientsListTitle)}</h2>
                <div id="clients-outcome" tabindex="-1">
                    {move || {
                        revoked
                            .get()
                            .map(|name| {
                                view! {
                                    <Notice tone=Tone::Success>
                                        <p>{t_with(Key::ClientRevoked, &[("name", &name)])}</p>
                                    </Notice>
                                }
                            })
                    }}
                    {move || revoke_error.get().map(|error| view! { <ErrorState error /> })}
                </div>
                <Transition fallback=Loading>
                    {move || Suspend::new(async move {
                        match clients.await {
                            Ok(list) if list.items.is_empty() => {
                                view! { <EmptyState title=Key::NoClientsTitle text=Key::NoClientsText /> }.into_any()
                            }
                            Ok(list) => view! { <ClientTable clients=list.items busy revoke /> }.into_any(),
                            Err(error) => view! { <ErrorState error retry /> }.into_any(),
                        }
                    })}
                </Transition>
            </section>
        </div>
    }
}

/// Creating a client.
#[component]
fn NewClient(
    created: RwSignal<Option<CreatedApiClient>>,
    on_created: Callback<()>,
) -> impl IntoView {
    let auth = use_auth();
    let name = RwSignal::new(String::new());
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let value = name.get_untracked().trim().to_owned();
        let mut found = Vec::new();
        if value.is_empty() {
            found.push(problem(
                "name",
                FieldCode::Required,
                t(Key::ClientNameRequired),
            ));
        } else if value.chars().count() > MAX_NAME {
            found.push(problem(
                "name",
                FieldCode::TooLong,
                t_with(Key::TooLongChars, &[("n", &MAX_NAME.to_string())]),
            ));
        }
        failed.set(None);
        let refused = !found.is_empty();
        problems.set(found);
        if refused {
            focus_summary(FORM);
            return;
        }
        busy.set(true);
        spawn_local(async move {
            match api::authed(
                auth,
                api::signed_in::create_client(&NewApiClient { name: value }),
            )
            .await
            {
                Ok(c) => {
                    name.set(String::new());
                    created.set(Some(c));
                    on_created.run(());
                    focus_later("#client-secret-title");
                }
                Err(e) if !e.field_errors().is_empty() => {
                    problems.set(e.field_errors().to_vec());
                    focus_summary(FORM);
                }
                Err(e) => failed.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="panel" aria-labelledby="client-new">
            <h2 id="client-new" class="panel__title">{t(Key::NewClientTitle)}</h2>
            <form class="form form--inline" on:submit=on_submit novalidate=true data-testid="new-client-form">
                <ErrorSummary form=FORM problems labels=LABELS />
                {move || failed.get().map(|error| view! { <ErrorState error /> })}
                <Field form=FORM name="name" label=Key::FieldClientName value=name problems hint=Key::ClientNameHint required=true />
                <div class="form__actions">
                    <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().to_string()>
                        {move || if busy.get() { t(Key::Creating) } else { t(Key::CreateClient) }}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// What the copy button last did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Copied {
    Not,
    Yes,
    Failed,
}

/// Puts `text` on the clipboard, saying how it went in `copied`.
fn copy(text: &str, copied: RwSignal<Copied>) {
    let navigator = window().navigator();
    // The clipboard exists only on secure pages (https or localhost).
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        copied.set(Copied::Failed);
        return;
    }
    let promise = navigator.clipboard().write_text(text);
    let ok = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| copied.set(Copied::Yes));
    let failed =
        Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| copied.set(Copied::Failed));
    let _ = promise.then2(&ok, &failed);
    // Each runs at most once, a click; they are small.
    ok.forget();
    failed.forget();
}

/// A client just created, with its secret: shown this once.
#[component]
fn NewSecret(created: CreatedApiClient) -> impl IntoView {
    let copied = RwSignal::new(Copied::Not);
    let secret = StoredValue::new(created.client_secret.clone());
    let select_all = |ev: leptos::ev::FocusEvent| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };
    view! {
        <section class="panel secret" aria-labelledby="client-secret-title" data-testid="client-secret">
            <h2 id="client-secret-title" class="panel__title" tabindex="-1">
                {t_with(Key::ClientCreated, &[("name", &created.client.name)])}
            </h2>
            <div class="notice notice--warning" role="note">
                <p class="notice__title">{t(Key::SecretOnceTitle)}</p>
                <p>{t(Key::SecretOnceText)}</p>
            </div>
            <div class="field form-field">
                <label for="client-id">{t(Key::ClientId)}</label>
                <input id="client-id" type="text" readonly=true class="secret__value" value=created.client.client_id.clone() on:focus=select_all />
            </div>
            <div class="field form-field">
                <label for="client-secret">{t(Key::ClientSecret)}</label>
                <p id="client-secret-hint" class="field__hint">{t(Key::CopyHint)}</p>
                <div class="secret__row">
                    <input
                        id="client-secret"
                        type="text"
                        readonly=true
                        class="secret__value"
                        value=created.client_secret.clone()
                        aria-describedby="client-secret-hint"
                        spellcheck="false"
                        autocomplete="off"
                        on:focus=select_all
                        data-testid="client-secret-value"
                    />
                    <button type="button" class="button" on:click=move |_| copy(&secret.get_value(), copied)>
                        {t(Key::CopySecret)}
                    </button>
                </div>
                <p class="secret__copied" role="status">
                    {move || match copied.get() {
                        Copied::Not => "",
                        Copied::Yes => t(Key::Copied),
                        Copied::Failed => t(Key::CopyFailed),
                    }}
                </p>
            </div>
            <p class="field__hint">{t(Key::TokenHowTo)}</p>
        </section>
    }
}

/// The clients, newest first, each with a way to revoke it.
#[component]
fn ClientTable(
    clients: Vec<ApiClient>,
    busy: RwSignal<Option<String>>,
    revoke: Callback<ApiClient>,
) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data-table clients-table" data-testid="client-list">
                <caption class="visually-hidden">{t(Key::ClientsListTitle)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::FieldClientName)}</th>
                        <th scope="col">{t(Key::ClientId)}</th>
                        <th scope="col">{t(Key::ColCreated)}</th>
                        <th scope="col">{t(Key::ColLastUsed)}</th>
                        <th scope="col">{t(Key::ColStatus)}</th>
                        <th scope="col">{t(Key::ColActions)}</th>
                    </tr>
                </thead>
                <tbody>
                    {clients
                        .into_iter()
                        .map(|c| {
                            let id = c.client_id.clone();
                            let is_busy = Signal::derive(move || busy.read().as_deref() == Some(id.as_str()));
                            let status = match c.revoked_at {
                                Some(at) => view! {
                                    <span>
                                        <span class="badge badge--revoked">{t(Key::Revoked)}</span>
                                        " "
                                        <Time at />
                                    </span>
                                }
                                .into_any(),
                                None => view! { <span class="badge badge--active">{t(Key::Active)}</span> }.into_any(),
                            };
                            let action = c.revoked_at.is_none().then(|| {
                                let client = c.clone();
                                view! {
                                    <ConfirmButton
                                        id=format!("revoke-{}", c.client_id)
                                        label=t(Key::Revoke)
                                        name=t_with(Key::RevokeNamed, &[("name", &c.name)])
                                        question=t_with(Key::RevokeQuestion, &[("name", &c.name)])
                                        confirm=t(Key::RevokeConfirm)
                                        on_confirm=Callback::new(move |()| revoke.run(client.clone()))
                                        busy=is_busy
                                    />
                                }
                            });
                            view! {
                                <tr data-testid="client" class:is-revoked=c.revoked_at.is_some()>
                                    <th scope="row" data-label=t(Key::FieldClientName)>{c.name.clone()}</th>
                                    <td data-label=t(Key::ClientId)><code>{c.client_id.clone()}</code></td>
                                    <td data-label=t(Key::ColCreated)><Time at=c.created_at /></td>
                                    <td data-label=t(Key::ColLastUsed)>
                                        {match c.last_used_at {
                                            Some(at) => view! { <Time at /> }.into_any(),
                                            None => t(Key::NeverUsed).into_any(),
                                        }}
                                    </td>
                                    <td data-label=t(Key::ColStatus)>{status}</td>
                                    <td data-label=t(Key::ColActions)>{action}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
