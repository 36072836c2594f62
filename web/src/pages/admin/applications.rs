//! `/admin/applications`: membership applications by status (submitted by
//! default, `?status=` in the URL); and `/admin/applications/{id}`: one
//! application's every field, its signed PDF, the conversation with the
//! applicant, and what the secretariat may do at its status.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use vcm_shared::{
    Application, ApplicationNote, ApplicationPage, ApplicationStatus, ApplicationSummary,
    FieldError,
};
use wasm_bindgen::JsCast;

use crate::api::{self, ApiError, ApplicationAction};
use crate::auth::use_auth;
use crate::components::file_field::file_size;
use crate::components::forms::{Control, Field};
use crate::components::layout::focus_later;
use crate::components::paged::{MoreButton, Paged};
use crate::components::states::{EmptyState, ErrorState, Loading, NotFoundView};
use crate::components::tabs::{FilterTabs, Tab};
use crate::components::time::Time;
use crate::i18n::{Key, t, t_with};
use crate::pages::admin::dashboard::AdminFrame;
use crate::pages::public::apply::{ApplicationBadge, Conversation};

#[component]
pub fn ApplicationsPage() -> impl IntoView {
    view! {
        <AdminFrame title=Key::AdminNavApplications lead=Key::ApplicationsLead testid="admin-applications">
            <Applications />
        </AdminFrame>
    }
}

/// The status shown: `None` for all; submitted when the URL says nothing.
fn status_filter(raw: Option<String>) -> Option<ApplicationStatus> {
    match raw.as_deref() {
        None | Some("") => Some(ApplicationStatus::Submitted),
        Some("all") => None,
        Some(s) => Some(s.parse().unwrap_or(ApplicationStatus::Submitted)),
    }
}

/// Where a filter's tab leads and what it says.
fn application_tab(status: Option<ApplicationStatus>) -> Tab {
    let value = status.map_or("all", |s| s.as_str());
    Tab {
        href: format!("/admin/applications?status={value}"),
        label: status.map_or(t(Key::AllStatuses), |s| t(Key::ApplicationStatus(s))),
        testid: format!("application-tab-{value}"),
    }
}

#[component]
fn Applications() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let status = Memo::new(move |_| status_filter(query.read().get("status")));
    let list = LocalResource::new(move || {
        let s = status.get();
        async move {
            api::authed(auth, api::signed_in::applications(s, None, None))
                .await
                .map(|p| (s, p))
        }
    });
    let retry = Callback::new(move |()| list.refetch());
    let tabs: Vec<Option<ApplicationStatus>> = ApplicationStatus::ALL
        .iter()
        .copied()
        .map(Some)
        .chain(std::iter::once(None))
        .collect();
    view! {
        <FilterTabs label=Key::FilterByStatus values=tabs current=status tab=application_tab />
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok((_, page)) if page.items.is_empty() => {
                        view! { <EmptyState title=Key::NoApplicationsTitle text=Key::NoApplicationsText /> }.into_any()
                    }
                    Ok((s, page)) => view! { <ApplicationTable status=s page /> }.into_any(),
                    Err(error) => view! { <ErrorState error retry /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ApplicationTable(status: Option<ApplicationStatus>, page: ApplicationPage) -> impl IntoView {
    let auth = use_auth();
    let paged = Paged::new(page.items, page.next_cursor);
    let on_more = Callback::new(move |()| {
        paged.more(
            move |next| async move {
                let page = api::authed(
                    auth,
                    api::signed_in::applications(status, None, Some(&next)),
                )
                .await?;
                Ok((page.items, page.next_cursor))
            },
            |a, b| a.id == b.id,
        )
    });
    view! {
        <div class="table-scroll">
            <table class="data-table admin-table" data-testid="applications-table">
                <caption class="visually-hidden">{t(Key::AdminNavApplications)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::ApplyReference)}</th>
                        <th scope="col">{t(Key::FieldMuseum)}</th>
                        <th scope="col">{t(Key::FieldLocation)}</th>
                        <th scope="col">{t(Key::ColStatus)}</th>
                        <th scope="col">{t(Key::ApplicationSubmittedOn)}</th>
                        <th scope="col">{t(Key::ColChanged)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || paged.items.get() key=|a| a.id let:app>
                        <ApplicationRow app />
                    </For>
                </tbody>
            </table>
        </div>
        <MoreButton paged label=Key::LoadMore on_more />
    }
}

#[component]
fn ApplicationRow(app: ApplicationSummary) -> impl IntoView {
    let a = app;
    let testid = format!("application-row-{}", a.reference);
    view! {
        <tr data-testid=testid data-id=a.id.to_string()>
            <th scope="row" data-label=t(Key::ApplyReference)>
                <A href=format!("/admin/applications/{}", a.id)>{a.reference.clone()}</A>
            </th>
            <td data-label=t(Key::FieldMuseum)>{a.museum_name.clone()}</td>
            <td data-label=t(Key::FieldLocation)>{format!("{}, {}", a.city, a.country)}</td>
            <td data-label=t(Key::ColStatus)>
                <ApplicationBadge status=a.status />
            </td>
            <td data-label=t(Key::ApplicationSubmittedOn)>
                <Time at=a.submitted_at />
            </td>
            <td data-label=t(Key::ColChanged)>
                <Time at=a.updated_at />
            </td>
        </tr>
    }
}

#[component]
pub fn ApplicationPageView() -> impl IntoView {
    view! {
        <AdminFrame title=Key::ApplicationTitle testid="admin-application">
            <ApplicationDetail />
        </AdminFrame>
    }
}

#[component]
fn ApplicationDetail() -> impl IntoView {
    let auth = use_auth();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").and_then(|s| s.parse::<i64>().ok()));
    let app = LocalResource::new(move || {
        let id = id.get();
        async move {
            match id {
                Some(id) => api::authed(auth, api::signed_in::application(id))
                    .await
                    .map(Some),
                None => Ok(None),
            }
        }
    });
    let retry = Callback::new(move |()| app.refetch());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match app.await {
                    Ok(Some(a)) => view! { <ApplicationView app=a /> }.into_any(),
                    Ok(None) => {
                        view! { <NotFoundView title=Key::ApplicationNotFoundTitle text=Key::AdminApplicationNotFoundText /> }
                            .into_any()
                    }
                    Err(e) if e.is_not_found() => {
                        view! { <NotFoundView title=Key::ApplicationNotFoundTitle text=Key::AdminApplicationNotFoundText /> }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorState error retry /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Hands bytes to the browser as a PDF download.
fn save_pdf(bytes: &[u8], filename: &str) -> Result<(), wasm_bindgen::JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/pdf");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let href = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link = document().create_element("a")?;
    link.set_attribute("href", &href)?;
    link.set_attribute("download", filename)?;
    link.set_attribute("rel", "noopener")?;
    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
        link.click();
    }
    // Let the download start before the address is given up.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&href);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// The actions an application's status allows, in the order offered.
fn actions_for(status: ApplicationStatus) -> &'static [ApplicationAction] {
    match status {
        ApplicationStatus::Submitted | ApplicationStatus::InfoRequested => &[
            ApplicationAction::RequestInfo,
            ApplicationAction::Approve,
            ApplicationAction::Reject,
        ],
        ApplicationStatus::Rejected => &[ApplicationAction::Reopen],
        ApplicationStatus::Approved => &[],
    }
}

fn action_label(action: ApplicationAction) -> (Key, &'static str, &'static str) {
    match action {
        ApplicationAction::RequestInfo => (
            Key::RequestInfo,
            "button button--quiet",
            "application-request-info",
        ),
        ApplicationAction::Approve => (Key::Approve, "button", "application-approve"),
        ApplicationAction::Reject => (
            Key::RejectApplication,
            "button button--danger",
            "application-reject",
        ),
        ApplicationAction::Reopen => (Key::Reopen, "button", "application-reopen"),
    }
}

#[component]
fn ApplicationView(app: Application) -> impl IntoView {
    let auth = use_auth();
    let current = RwSignal::new(app);
    let message = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<FieldError>::new());
    let failed = RwSignal::new(None::<ApiError>);
    let done = RwSignal::new(None::<ApplicationStatus>);
    let busy = RwSignal::new(false);

    let act = move |action: ApplicationAction| {
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        done.set(None);
        let note = ApplicationNote {
            message: Some(message.get_untracked()),
        };
        let text = match note.text(action.needs_message()) {
            Ok(text) => text,
            Err(p) => {
                problems.set(vec![p]);
                focus_later("#application-message");
                return;
            }
        };
        problems.set(Vec::new());
        busy.set(true);
        let id = current.get_untracked().id;
        spawn_local(async move {
            let answer = api::authed(
                auth,
                api::signed_in::act_on_application(id, action, &ApplicationNote { message: text }),
            )
            .await;
            busy.set(false);
            match answer {
                Ok(a) => {
                    done.set(Some(a.status));
                    current.set(a);
                    message.set(String::new());
                    focus_later("#application-done");
                }
                Err(e) => {
                    let ours: Vec<FieldError> = e
                        .field_errors()
                        .iter()
                        .filter(|p| p.field == "message")
                        .cloned()
                        .collect();
                    if ours.is_empty() {
                        failed.set(Some(e));
                        focus_later("#application-failed");
                    } else {
                        problems.set(ours);
                        focus_later("#application-message");
                    }
                }
            }
        });
    };

    move || {
        let a = current.get();
        let i = a.input.clone();
        let actions = actions_for(a.status);
        view! {
            <article class="application" data-testid="application" data-status=a.status.as_str()>
                <p>
                    <A href="/admin/applications" attr:class="back-link">{t(Key::BackToApplications)}</A>
                </p>
                <header class="review__head">
                    <h2 data-testid="application-museum">{i.museum_name.clone()}</h2>
                    <p class="work-form__status-line">
                        <span data-testid="application-reference">{a.reference.clone()}</span>
                        <ApplicationBadge status=a.status />
                    </p>
                </header>
                {move || {
                    done.get()
                        .map(|s| {
                            view! {
                                <div id="application-done" class="notice notice--success" role="status" tabindex="-1" data-testid="application-outcome">
                                    <p>{t_with(Key::ApplicationNowIs, &[("status", t(Key::ApplicationStatus(s)))])}</p>
                                </div>
                            }
                        })
                }}
                {move || failed.get().map(|error| view! { <div id="application-failed" tabindex="-1"><ErrorState error /></div> })}
                {a
                    .museum
                    .clone()
                    .map(|m| {
                        view! {
                            <p class="notice notice--success" data-testid="application-museum-link">
                                <A href=format!("/museums/{}", m.slug) attr:class="more-link">
                                    {t_with(Key::SeeMuseumPage, &[("museum", &m.name)])}
                                </A>
                            </p>
                        }
                    })}
                <ApplicationFields app=a.clone() />
                <section class="section" aria-labelledby="application-conversation">
                    <h3 id="application-conversation">{t(Key::Conversation)}</h3>
                    <Conversation messages=a.messages.clone() />
                </section>
                {(!actions.is_empty())
                    .then(|| {
                        let open = a.status.is_open();
                        view! { <ActionsPanel actions message problems busy open act /> }
                    })}
            </article>
        }
    }
}

/// What the applicant sent: the museum, the contact, the collections and the
/// signed document.
#[component]
fn ApplicationFields(app: Application) -> impl IntoView {
    let auth = use_auth();
    let downloading = RwSignal::new(false);
    let download_failed = RwSignal::new(None::<ApiError>);
    let a = app.clone();
    let app = StoredValue::new(app);
    let download = move |_| {
        let a = app.get_value();
        downloading.set(true);
        download_failed.set(None);
        spawn_local(async move {
            match api::application_document(auth, a.id).await {
                Ok(bytes) => {
                    if save_pdf(&bytes, &a.document.filename).is_err() {
                        download_failed
                            .set(Some(ApiError::Decode(t(Key::DownloadFailed).to_owned())));
                    }
                }
                Err(e) => download_failed.set(Some(e)),
            }
            downloading.set(false);
        });
    };

    let i = a.input.clone();
    let row = |label: Key, value: Option<String>| {
        value.filter(|v| !v.trim().is_empty()).map(|v| {
            view! {
                <div class="details__row">
                    <dt>{t(label)}</dt>
                    <dd>{v}</dd>
                </div>
            }
        })
    };
    let rows = vec![
        row(Key::ApplyMuseumName, Some(i.museum_name.clone())),
        row(
            Key::ApplyMuseumNameLocal,
            i.museum_name_local
                .clone()
                .map(|n| match &i.museum_name_local_lang {
                    Some(lang) => format!("{n} ({lang})"),
                    None => n,
                }),
        ),
        row(
            Key::FilterMuseumCountry,
            Some(format!("{} ({})", a.country_name, i.country)),
        ),
        row(Key::ApplyCity, Some(i.city.clone())),
        row(
            Key::ApplyFoundingYear,
            i.founding_year.map(|y| y.to_string()),
        ),
        row(Key::ApplyKind, Some(t(Key::MuseumKind(i.kind)).to_owned())),
        row(Key::ApplyContactName, Some(i.contact_name.clone())),
        row(Key::ApplyContactTitle, i.contact_title.clone()),
        row(
            Key::ApplyIcom,
            Some(
                if i.icom_code_of_ethics {
                    t(Key::Yes)
                } else {
                    t(Key::No)
                }
                .to_owned(),
            ),
        ),
    ];
    let website = i.website.clone();
    let email = i.contact_email.clone();
    view! {
        <section class="panel" aria-labelledby="application-fields">
            <h3 id="application-fields" class="panel__title">{t(Key::ApplicationFields)}</h3>
            <dl class="details details--compact">
                {rows.into_iter().flatten().collect_view()}
                <div class="details__row">
                    <dt>{t(Key::ApplyWebsite)}</dt>
                    <dd>
                        <a href=website.clone() rel="external noopener nofollow" target="_blank">{website.clone()}</a>
                    </dd>
                </div>
                <div class="details__row">
                    <dt>{t(Key::ApplyContactEmail)}</dt>
                    <dd>
                        <a href=format!("mailto:{email}")>{email.clone()}</a>
                    </dd>
                </div>
                <div class="details__row">
                    <dt>{t(Key::ApplicationSubmittedOn)}</dt>
                    <dd><Time at=a.submitted_at /></dd>
                </div>
                <div class="details__row">
                    <dt>{t(Key::ColChanged)}</dt>
                    <dd><Time at=a.updated_at /></dd>
                </div>
            </dl>
            <h4>{t(Key::ApplyCollections)}</h4>
            <p class="application__collections">{i.collections.clone()}</p>
            <h4>{t(Key::ApplyDocument)}</h4>
            <p>
                <button
                    type="button"
                    class="button button--quiet"
                    on:click=download
                    disabled=move || downloading.get()
                    aria-busy=move || downloading.get().to_string()
                    data-testid="application-document"
                >
                    {move || if downloading.get() { t(Key::Downloading) } else { t(Key::DownloadPdf) }}
                </button>
                " "
                <span class="field__hint">{format!("{} · {}", a.document.filename, file_size(a.document.bytes as f64))}</span>
            </p>
            {move || download_failed.get().map(|error| view! { <ErrorState error /> })}
        </section>
    }
}

/// What the secretariat may do now, with a message to the applicant.
#[component]
fn ActionsPanel<F>(
    actions: &'static [ApplicationAction],
    message: RwSignal<String>,
    problems: RwSignal<Vec<FieldError>>,
    busy: RwSignal<bool>,
    /// Whether the application is still open (approving it makes the museum a member).
    open: bool,
    act: F,
) -> impl IntoView
where
    F: Fn(ApplicationAction) + Copy + Send + Sync + 'static,
{
    let needs = actions.iter().any(|a| a.needs_message());
    view! {
        <section class="panel" aria-labelledby="application-actions">
            <h3 id="application-actions" class="panel__title">{t(Key::ReviewDecideTitle)}</h3>
            <Field
                form="application"
                name="message"
                label=Key::MessageToApplicant
                value=message
                problems
                hint=if needs { Key::MessageToApplicantHint } else { Key::ReopenMessageHint }
                control=Control::Area(4)
                testid="application-message"
            />
            <div class="actions">
                {actions
                    .iter()
                    .map(|action| {
                        let action = *action;
                        let (label, class, testid) = action_label(action);

                        view! {
                            <button
                                type="button"
                                class=class
                                disabled=move || busy.get()
                                on:click=move |_| act(action)
                                data-testid=testid
                            >
                                {t(label)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            {open.then(|| view! { <p class="field__hint">{t(Key::ApproveHint)}</p> })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_shows_waiting_applications_unless_told_otherwise() {
        assert_eq!(status_filter(None), Some(ApplicationStatus::Submitted));
        assert_eq!(status_filter(Some("all".into())), None);
        assert_eq!(
            status_filter(Some("approved".into())),
            Some(ApplicationStatus::Approved)
        );
    }

    #[test]
    fn actions_follow_the_status() {
        assert!(actions_for(ApplicationStatus::Approved).is_empty());
        assert_eq!(
            actions_for(ApplicationStatus::Rejected),
            &[ApplicationAction::Reopen]
        );
        assert_eq!(actions_for(ApplicationStatus::InfoRequested).len(), 3);
    }
}
