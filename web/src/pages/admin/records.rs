//! The secretariat's records: `/admin/users` (accounts: invite, change role
//! or museum, disable), `/admin/audit` (who changed what, filtered by the
//! URL's query) and `/admin/emails` (what the platform wrote, and whether it
//! went out).

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use vcm_shared::{
    AuditEntry, Email, ErrorCode, FieldCode, Museum, Role, User, UserInvite, UserUpdate, is_email,
};

use crate::api::{self, ApiError};
use crate::auth::use_auth;
use crate::components::forms::{
    Control, ErrorSummary, Field, Notice, Problems, SelectField, Tone, focus_summary, problem,
};
use crate::components::paged::{MoreButton, Paged};
use crate::components::states::{EmptyState, ErrorState, Loading};
use crate::components::time::Time;
use crate::i18n::{Key, t, t_with};
use crate::pages::admin::dashboard::AdminFrame;

// ---- Users --------------------------------------------------------------------

#[component]
pub fn UsersPage() -> impl IntoView {
    view! {
        <AdminFrame title=Key::AdminNavUsers lead=Key::UsersLead testid="admin-users">
            <Users />
        </AdminFrame>
    }
}

const INVITE: &str = "invite";
const INVITE_LABELS: &[(&str, Key)] = &[
    ("email", Key::FieldEmail),
    ("display_name", Key::FieldName),
    ("role", Key::FieldRole),
    ("museum", Key::FieldMuseum),
];

fn role_options() -> Vec<(String, String)> {
    Role::ALL
        .iter()
        .map(|r| (r.as_str().to_owned(), t(Key::Role(*r)).to_owned()))
        .collect()
}

fn museum_options(museums: &[Museum], none: Key) -> Vec<(String, String)> {
    std::iter::once((String::new(), t(none).to_owned()))
        .chain(museums.iter().map(|m| (m.slug.clone(), m.name.clone())))
        .collect()
}

#[component]
fn Users() -> impl IntoView {
    let auth = use_auth();
    let users = LocalResource::new(move || api::authed(auth, api::signed_in::users()));
    let museums = LocalResource::new(api::all_museums);
    let retry = Callback::new(move |()| users.refetch());
    let museum_list =
        Signal::derive(move || museums.get().and_then(Result::ok).unwrap_or_default());
    view! {
        <InviteForm museums=museum_list on_invited=Callback::new(move |()| users.refetch()) />
        <section class="section" aria-labelledby="users-title">
            <h2 id="users-title">{t(Key::UsersListTitle)}</h2>
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match users.await {
                        Ok(list) if list.items.is_empty() => {
                            view! { <EmptyState title=Key::NoUsersTitle text=Key::NoUsersText /> }.into_any()
                        }
                        Ok(list) => view! { <UserTable users=list.items museums=museum_list /> }.into_any(),
                        Err(error) => view! { <ErrorState error retry /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn InviteForm(museums: Signal<Vec<Museum>>, on_invited: Callback<()>) -> impl IntoView {
    let auth = use_auth();
    let email = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Editor.as_str().to_owned());
    let museum = RwSignal::new(String::new());
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let invited = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        invited.set(None);
        let r = role.get_untracked().parse::<Role>().unwrap_or(Role::Editor);
        let invite = UserInvite {
            email: email.get_untracked().trim().to_lowercase(),
            display_name: name.get_untracked().trim().to_owned(),
            role: r,
            museum: match r {
                Role::Editor => Some(museum.get_untracked()).filter(|m| !m.is_empty()),
                Role::Admin => None,
            },
        };
        let mut found = Vec::new();
        if !is_email(&invite.email) {
            found.push(problem("email", FieldCode::Invalid, t(Key::EmailInvalid)));
        }
        if invite.display_name.is_empty() {
            found.push(problem(
                "display_name",
                FieldCode::Required,
                t(Key::NameRequired),
            ));
        }
        if r == Role::Editor && invite.museum.is_none() {
            found.push(problem(
                "museum",
                FieldCode::Required,
                t(Key::EditorNeedsMuseum),
            ));
        }
        let refused = !found.is_empty();
        problems.set(found);
        if refused {
            focus_summary(INVITE);
            return;
        }
        busy.set(true);
        spawn_local(async move {
            match api::authed(auth, api::signed_in::invite_user(&invite)).await {
                Ok(user) => {
                    invited.set(Some(user.email));
                    email.set(String::new());
                    name.set(String::new());
                    on_invited.run(());
                }
                Err(e) if !e.field_errors().is_empty() => {
                    problems.set(e.field_errors().to_vec());
                    focus_summary(INVITE);
                }
                Err(e) if e.code() == Some(ErrorCode::Conflict) => {
                    problems.set(vec![problem(
                        "email",
                        FieldCode::Duplicate,
                        e.detail().unwrap_or_default(),
                    )]);
                    focus_summary(INVITE);
                }
                Err(e) => failed.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let role_opts = Signal::derive(role_options);
    let museum_opts = Signal::derive(move || museum_options(&museums.get(), Key::ChooseMuseum));
    view! {
        <section class="panel" aria-labelledby="invite-title">
            <h2 id="invite-title" class="panel__title">{t(Key::InviteTitle)}</h2>
            <form class="form" on:submit=on_submit novalidate=true data-testid="invite-form">
                {move || invited.get().map(|who| view! { <Notice tone=Tone::Success><p>{t_with(Key::Invited, &[("email", &who)])}</p></Notice> })}
                {move || failed.get().map(|error| view! { <ErrorState error /> })}
                <ErrorSummary form=INVITE problems labels=INVITE_LABELS />
                <div class="form__grid">
                    <Field form=INVITE name="email" label=Key::FieldEmail value=email problems required=true control=Control::Email autocomplete="off" testid="invite-email" />
                    <Field form=INVITE name="display_name" label=Key::FieldName value=name problems required=true autocomplete="off" testid="invite-name" />
                    <SelectField form=INVITE name="role" label=Key::FieldRole value=role problems options=role_opts required=true testid="invite-role" />
                    <Show when=move || role.get() == Role::Editor.as_str()>
                        <SelectField
                            form=INVITE
                            name="museum"
                            label=Key::FieldMuseum
                            value=museum
                            problems
                            options=museum_opts
                            hint=Key::EditorMuseumHint
                            required=true
                            testid="invite-museum"
                        />
                    </Show>
                </div>
                <div class="form__actions">
                    <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().to_string() data-testid="invite-submit">
                        {move || if busy.get() { t(Key::Sending) } else { t(Key::SendInvitation) }}
                    </button>
                </div>
            </form>
        </section>
    }
}

#[component]
fn UserTable(users: Vec<User>, museums: Signal<Vec<Museum>>) -> impl IntoView {
    let rows = RwSignal::new(users);
    view! {
        <div class="table-scroll">
            <table class="data-table admin-table users-table" data-testid="users-table">
                <caption class="visually-hidden">{t(Key::UsersListTitle)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::FieldName)}</th>
                        <th scope="col">{t(Key::FieldRole)}</th>
                        <th scope="col">{t(Key::ColStatus)}</th>
                        <th scope="col">{t(Key::ColCreated)}</th>
                        <th scope="col">{t(Key::ColActions)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|u| (u.id, u.role, u.disabled, u.museum.clone().map(|m| m.slug)) let:user>
                        <UserRow user rows museums />
                    </For>
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn UserRow(user: User, rows: RwSignal<Vec<User>>, museums: Signal<Vec<Museum>>) -> impl IntoView {
    let auth = use_auth();
    let id = user.id;
    let editing = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<ApiError>);
    let role = RwSignal::new(user.role.as_str().to_owned());
    let museum = RwSignal::new(
        user.museum
            .as_ref()
            .map(|m| m.slug.clone())
            .unwrap_or_default(),
    );
    let problems: Problems = RwSignal::new(Vec::new());
    let form = StoredValue::new(format!("user-{id}"));
    let update = move |change: UserUpdate| {
        busy.set(true);
        failed.set(None);
        spawn_local(async move {
            match api::authed(auth, api::signed_in::update_user(id, &change)).await {
                Ok(u) => {
                    rows.update(|list| {
                        for row in list.iter_mut().filter(|r| r.id == u.id) {
                            *row = u.clone();
                        }
                    });
                    editing.set(false);
                }
                Err(e) if !e.field_errors().is_empty() => problems.set(e.field_errors().to_vec()),
                Err(e) => failed.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let save = move |_| {
        let r = role.get_untracked().parse::<Role>().unwrap_or(Role::Editor);
        let m = Some(museum.get_untracked()).filter(|m| !m.is_empty());
        if r == Role::Editor && m.is_none() {
            problems.set(vec![problem(
                "museum",
                FieldCode::Required,
                t(Key::EditorNeedsMuseum),
            )]);
            return;
        }
        problems.set(Vec::new());
        update(UserUpdate {
            role: Some(r),
            museum: if r == Role::Editor { m } else { None },
            ..UserUpdate::default()
        });
    };
    let disabled = user.disabled;
    let toggle = move |_| {
        update(UserUpdate {
            disabled: Some(!disabled),
            ..UserUpdate::default()
        })
    };
    let role_opts = Signal::derive(role_options);
    let museum_opts = Signal::derive(move || museum_options(&museums.get(), Key::ChooseMuseum));
    let state = if user.disabled {
        (Key::UserDisabled, "badge badge--withdrawn")
    } else if !user.has_password {
        (Key::UserInvited, "badge badge--in_review")
    } else {
        (Key::Active, "badge badge--active")
    };
    let u = user;
    let who = u.display_name.clone();
    view! {
        <tr data-testid=format!("user-{}", u.email) class:is-revoked=u.disabled>
            <th scope="row" data-label=t(Key::FieldName)>
                {u.display_name.clone()}
                <span class="review-table__sub">{u.email.clone()}</span>
            </th>
            <td data-label=t(Key::FieldRole)>
                {t(Key::Role(u.role))}
                {u.museum.clone().map(|m| view! { <span class="review-table__sub">{m.name}</span> })}
            </td>
            <td data-label=t(Key::ColStatus)>
                <span class=state.1>{t(state.0)}</span>
            </td>
            <td data-label=t(Key::ColCreated)>
                <Time at=u.created_at />
            </td>
            <td class="works-table__actions" data-label=t(Key::ColActions)>
                <div class="actions">
                    <button
                        type="button"
                        class="button button--small button--quiet"
                        aria-expanded=move || editing.get().to_string()
                        aria-label=t_with(Key::ChangeRoleNamed, &[("name", &who)])
                        on:click=move |_| editing.update(|e| *e = !*e)
                        data-testid="user-change-role"
                    >
                        {t(Key::ChangeRole)}
                    </button>
                    <button
                        type="button"
                        class="button button--small button--quiet"
                        disabled=move || busy.get()
                        aria-label=t_with(if disabled { Key::EnableNamed } else { Key::DisableNamed }, &[("name", &who)])
                        on:click=toggle
                        data-testid=if disabled { "user-enable" } else { "user-disable" }
                    >
                        {if disabled { t(Key::EnableUser) } else { t(Key::DisableUser) }}
                    </button>
                </div>
                <Show when=move || editing.get()>
                    <div class="user-edit" role="group" aria-label=t(Key::ChangeRole)>
                        <SelectField form=form.get_value() name="role" label=Key::FieldRole value=role problems options=role_opts />
                        <Show when=move || role.get() == Role::Editor.as_str()>
                            <SelectField form=form.get_value() name="museum" label=Key::FieldMuseum value=museum problems options=museum_opts />
                        </Show>
                        <div class="actions">
                            <button type="button" class="button button--small" disabled=move || busy.get() on:click=save data-testid="user-save">
                                {t(Key::SaveChanges)}
                            </button>
                            <button type="button" class="button button--small button--quiet" on:click=move |_| editing.set(false)>
                                {t(Key::Cancel)}
                            </button>
                        </div>
                    </div>
                </Show>
                {move || failed.get().map(|error| view! { <ErrorState error /> })}
            </td>
        </tr>
    }
}

// ---- Audit log ------------------------------------------------------------------

#[component]
pub fn AuditPage() -> impl IntoView {
    view! {
        <AdminFrame title=Key::AdminNavAudit lead=Key::AuditLead testid="admin-audit">
            <Audit />
        </AdminFrame>
    }
}

/// The filters the audit log takes, with their labels, in the URL's order.
const AUDIT_FILTERS: [(&str, Key, Key); 6] = [
    ("actor", Key::AuditActor, Key::AuditActorHint),
    ("museum", Key::FieldMuseum, Key::AuditMuseumHint),
    ("entity", Key::AuditEntity, Key::AuditEntityHint),
    ("key", Key::AuditRecordName, Key::AuditKeyHint),
    ("action", Key::AuditAction, Key::AuditActionHint),
    ("since", Key::AuditSince, Key::AuditSinceHint),
];

#[component]
fn Audit() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let navigate = use_navigate();
    let filters = Memo::new(move |_| {
        let q = query.read();
        AUDIT_FILTERS
            .iter()
            .filter_map(|(name, _, _)| {
                q.get(name)
                    .filter(|v| !v.trim().is_empty())
                    .map(|v| (*name, v.trim().to_owned()))
            })
            .collect::<Vec<_>>()
    });
    let page = LocalResource::new(move || {
        let f = filters.get();
        async move {
            api::authed(auth, api::signed_in::audit(f.to_vec(), None))
                .await
                .map(|p| (f, p))
        }
    });
    let retry = Callback::new(move |()| page.refetch());
    let values: Vec<RwSignal<String>> = AUDIT_FILTERS
        .iter()
        .map(|(name, _, _)| RwSignal::new(query.get_untracked().get(name).unwrap_or_default()))
        .collect();
    // The form follows the address (back and forward included).
    {
        let values = values.clone();
        Effect::new(move |_| {
            let q = query.read();
            for ((name, _, _), v) in AUDIT_FILTERS.iter().zip(&values) {
                let now = q.get(name).unwrap_or_default();
                if v.get_untracked() != now {
                    v.set(now);
                }
            }
        });
    }
    let problems: Problems = RwSignal::new(Vec::new());
    let on_submit = {
        let values = values.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let pairs: Vec<String> = AUDIT_FILTERS
                .iter()
                .zip(&values)
                .filter_map(|((name, _, _), v)| {
                    let v = v.get_untracked();
                    let v = v.trim();
                    (!v.is_empty()).then(|| {
                        format!("{name}={}", String::from(js_sys::encode_uri_component(v)))
                    })
                })
                .collect();
            let to = if pairs.is_empty() {
                "/admin/audit".to_owned()
            } else {
                format!("/admin/audit?{}", pairs.join("&"))
            };
            navigate(&to, NavigateOptions::default());
        }
    };
    let fields = AUDIT_FILTERS
        .iter()
        .zip(values)
        .map(|((name, label, hint), value)| {
            view! { <Field form="audit" name=name label=*label value problems hint=*hint testid=name /> }
        })
        .collect_view();
    view! {
        <form class="filters form" on:submit=on_submit role="search" aria-label=t(Key::Filters) data-testid="audit-filters">
            <div class="form__grid">{fields}</div>
            <div class="form__actions">
                <button type="submit" class="button" data-testid="audit-apply">{t(Key::ApplyFilters)}</button>
                <a href="/admin/audit" class="form__aside">{t(Key::ClearFilters)}</a>
            </div>
        </form>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match page.await {
                    Ok((_, p)) if p.items.is_empty() => {
                        view! { <EmptyState title=Key::NoAuditTitle text=Key::NoAuditText /> }.into_any()
                    }
                    Ok((f, p)) => view! { <AuditTable filters=f entries=p.items cursor=p.next_cursor /> }.into_any(),
                    Err(error) => view! { <ErrorState error retry /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// A JSON value on one line, shortened when long.
fn compact(value: &serde_json::Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

#[component]
fn AuditTable(
    filters: Vec<(&'static str, String)>,
    entries: Vec<AuditEntry>,
    cursor: Option<String>,
) -> impl IntoView {
    let auth = use_auth();
    let paged = Paged::new(entries, cursor);
    let filters = StoredValue::new(filters);
    let on_more = Callback::new(move |()| {
        paged.more(
            move |next| async move {
                let page = api::authed(
                    auth,
                    api::signed_in::audit(filters.get_value().to_vec(), Some(&next)),
                )
                .await?;
                Ok((page.items, page.next_cursor))
            },
            |a, b| a.id == b.id,
        )
    });
    view! {
        <div class="table-scroll">
            <table class="data-table admin-table audit-table" data-testid="audit-table">
                <caption class="visually-hidden">{t(Key::AdminNavAudit)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::ColWhen)}</th>
                        <th scope="col">{t(Key::AuditActor)}</th>
                        <th scope="col">{t(Key::AuditAction)}</th>
                        <th scope="col">{t(Key::AuditRecord)}</th>
                        <th scope="col">{t(Key::AuditChange)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || paged.items.get() key=|e| e.id let:e>
                        <tr data-testid=format!("audit-{}", e.id)>
                            <td data-label=t(Key::ColWhen)>
                                <Time at=e.at />
                            </td>
                            <td data-label=t(Key::AuditActor)>
                                {e.actor.clone()}
                                <span class="review-table__sub">{e.actor_kind.as_str()}</span>
                            </td>
                            <td data-label=t(Key::AuditAction)>
                                <code>{e.action.clone()}</code>
                            </td>
                            <td data-label=t(Key::AuditRecord)>
                                {format!("{} “{}”", e.entity, e.entity_key)}
                                {e.museum.clone().map(|m| view! { <span class="review-table__sub">{m}</span> })}
                            </td>
                            <td data-label=t(Key::AuditChange)>
                                {(e.before.is_some() || e.after.is_some())
                                    .then(|| {
                                        view! {
                                            <details class="audit__change">
                                                <summary>{t(Key::AuditShowChange)}</summary>
                                                {e.before.as_ref().map(|b| view! { <p class="audit__label">{t(Key::AuditBefore)}</p><pre class="audit__json">{compact(b)}</pre> })}
                                                {e.after.as_ref().map(|a| view! { <p class="audit__label">{t(Key::AuditAfter)}</p><pre class="audit__json">{compact(a)}</pre> })}
                                            </details>
                                        }
                                    })}
                            </td>
                        </tr>
                    </For>
                </tbody>
            </table>
        </div>
        <MoreButton paged label=Key::LoadMore on_more testid="audit-more" />
    }
}

// ---- Emails ----------------------------------------------------------------------

#[component]
pub fn EmailsPage() -> impl IntoView {
    view! {
        <AdminFrame title=Key::AdminNavEmails lead=Key::EmailsLead testid="admin-emails">
            <Emails />
        </AdminFrame>
    }
}

#[component]
fn Emails() -> impl IntoView {
    let auth = use_auth();
    let page = LocalResource::new(move || api::authed(auth, api::signed_in::emails(None, None)));
    let retry = Callback::new(move |()| page.refetch());
    view! {
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) if p.items.is_empty() => {
                        view! { <EmptyState title=Key::NoEmailsTitle text=Key::NoEmailsText /> }.into_any()
                    }
                    Ok(p) => view! { <EmailList emails=p.items cursor=p.next_cursor /> }.into_any(),
                    Err(error) => view! { <ErrorState error retry /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn EmailList(emails: Vec<Email>, cursor: Option<String>) -> impl IntoView {
    let auth = use_auth();
    let paged = Paged::new(emails, cursor);
    let on_more = Callback::new(move |()| {
        paged.more(
            move |next| async move {
                let page = api::authed(auth, api::signed_in::emails(None, Some(&next))).await?;
                Ok((page.items, page.next_cursor))
            },
            |a, b| a.id == b.id,
        )
    });
    view! {
        <ul class="emails" role="list" data-testid="emails">
            <For each=move || paged.items.get() key=|e| e.id let:e>
                <EmailItem email=e />
            </For>
        </ul>
        <MoreButton paged label=Key::LoadMore on_more />
    }
}

#[component]
fn EmailItem(email: Email) -> impl IntoView {
    let e = email;
    let (state, class) = match (&e.sent_at, &e.error) {
        (Some(_), _) => (Key::EmailSent, "badge badge--published"),
        (None, Some(_)) => (Key::EmailFailed, "badge badge--withdrawn"),
        (None, None) => (Key::EmailPending, "badge badge--in_review"),
    };
    view! {
        <li class="emails__item panel" data-testid=format!("email-{}", e.id)>
            <p class="emails__head">
                <strong class="emails__subject">{e.subject.clone()}</strong>
                " "
                <span class=class>{t(state)}</span>
            </p>
            <p class="emails__meta">
                {t(Key::EmailTo)} " " {e.recipient.clone()} " · " <Time at=e.created_at />
                {e.sent_at.map(|at| view! { " · " {t(Key::EmailSent)} " " <Time at /> })}
                {e.delivery.clone().map(|d| view! { " · " <span>{d}</span> })}
            </p>
            {e.error.clone().map(|err| view! { <p class="field__error">{err}</p> })}
            <details>
                <summary>{t(Key::EmailBody)}</summary>
                <pre class="emails__body">{e.body.clone()}</pre>
            </details>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_read_on_one_line() {
        let v = serde_json::json!({"status": "published", "version": 3});
        assert_eq!(compact(&v), r#"{"status":"published","version":3}"#);
    }

    #[test]
    fn every_invite_problem_has_a_label() {
        for f in ["email", "display_name", "role", "museum"] {
            assert!(INVITE_LABELS.iter().any(|(n, _)| *n == f));
        }
    }
}
