//! `/admin/museums`: every museum of the network, filtered by membership
//! status in the URL (`?status=suspended`), with its works against its quota;
//! and `/admin/museums/{slug}`: one museum's works by status, its membership
//! and quota (suspend, end, restore), and its profile.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use vcm_shared::{
    ErrorCode, FieldCode, FieldError, MAX_QUOTA, MembershipChange, MembershipStatus, PartnerMuseum,
    StatusCounts, WorkStatus,
};

use crate::api::{self, ApiError};
use crate::auth::use_auth;
use crate::components::forms::{
    Control, ErrorSummary, Field, Notice, Problems, SelectField, Tone, base_field, field_id,
    focus_summary, problem, problem_text,
};
use crate::components::layout::focus_later;
use crate::components::museum_card::place;
use crate::components::museum_profile::{MuseumProfileFields, PROFILE_LABELS, ProfileFields};
use crate::components::states::{EmptyState, ErrorState, Loading, NotFoundView};
use crate::components::tabs::{FilterTabs, Tab};
use crate::i18n::{Count, Key, country_name, t, t_count, t_with};
use crate::pages::admin::dashboard::AdminFrame;
use crate::pages::partner::dashboard::StatusBadge;

/// A museum's membership status, as a coloured badge.
#[component]
pub fn MembershipBadge(status: MembershipStatus) -> impl IntoView {
    view! {
        <span class=format!("badge badge--membership-{}", status.as_str()) data-testid="membership-badge">
            {t(Key::Membership(status))}
        </span>
    }
}

/// How many of a museum's works hold a place of its quota: those published
/// and those in review.
fn places_used(m: &PartnerMuseum) -> i64 {
    m.counts.published + m.counts.in_review
}

/// The share of the quota used, in percent, for a bar.
fn share(used: i64, quota: i64) -> f64 {
    if quota > 0 {
        (used as f64 / quota as f64 * 100.0).min(100.0)
    } else {
        100.0
    }
}

fn count_of(c: &StatusCounts, status: WorkStatus) -> i64 {
    match status {
        WorkStatus::Draft => c.draft,
        WorkStatus::InReview => c.in_review,
        WorkStatus::ChangesRequested => c.changes_requested,
        WorkStatus::Published => c.published,
        WorkStatus::Rejected => c.rejected,
        WorkStatus::Withdrawn => c.withdrawn,
    }
}

// ---- The list ---------------------------------------------------------------------

#[component]
pub fn MuseumsAdminPage() -> impl IntoView {
    view! {
        <AdminFrame title=Key::AdminNavMuseums lead=Key::AdminMuseumsLead testid="admin-museums-page">
            <MuseumList />
        </AdminFrame>
    }
}

/// The filters, in the order of the tabs: every museum first.
const TABS: [Option<MembershipStatus>; 5] = [
    None,
    Some(MembershipStatus::Active),
    Some(MembershipStatus::Suspended),
    Some(MembershipStatus::Former),
    Some(MembershipStatus::Applicant),
];

/// Where a filter's tab leads and what it says.
fn museum_tab(status: Option<MembershipStatus>) -> Tab {
    Tab {
        href: status.map_or("/admin/museums".to_owned(), |s| {
            format!("/admin/museums?status={}", s.as_str())
        }),
        label: status.map_or(t(Key::AllStatuses), |s| t(Key::MembershipPlural(s))),
        testid: format!("museum-tab-{}", status.map_or("all", |s| s.as_str())),
    }
}

/// The status the URL asks for; every museum when it names none (or no known one).
fn status_filter(raw: Option<String>) -> Option<MembershipStatus> {
    raw.and_then(|s| s.parse().ok())
}

#[component]
fn MuseumList() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let status = Memo::new(move |_| status_filter(query.read().get("status")));
    let list = LocalResource::new(move || {
        let s = status.get();
        async move {
            api::authed(auth, api::signed_in::admin_museums(s))
                .await
                .map(|l| (s, l))
        }
    });
    let retry = Callback::new(move |()| list.refetch());
    let pending = RwSignal::new(false);
    view! {
        <FilterTabs label=Key::FilterByMembership values=TABS current=status tab=museum_tab />
        <div class="work-list" class:is-pending=pending aria-busy=move || pending.get().to_string()>
            <Transition fallback=Loading set_pending=pending>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok((s, l)) if l.items.is_empty() => {
                            let (title, text) = if s.is_some() {
                                (Key::NoMuseumsInStatusTitle, Key::NoMuseumsInStatusText)
                            } else {
                                (Key::NoMembersTitle, Key::NoMembersText)
                            };
                            view! { <EmptyState title text /> }.into_any()
                        }
                        Ok((_, l)) => view! { <MuseumTable museums=l.items /> }.into_any(),
                        Err(error) => view! { <ErrorState error retry /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn MuseumTable(museums: Vec<PartnerMuseum>) -> impl IntoView {
    let n = museums.len() as i64;
    view! {
        <p class="work-list__count" data-testid="museums-total">{t_count(Count::Museums, n)}</p>
        <div class="table-scroll">
            <table class="data-table admin-table museums-table" data-testid="admin-museums">
                <caption class="visually-hidden">{t(Key::AdminNavMuseums)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::FieldMuseum)}</th>
                        <th scope="col">{t(Key::FilterMuseumCountry)}</th>
                        <th scope="col">{t(Key::ApplyCity)}</th>
                        <th scope="col">{t(Key::FieldMembership)}</th>
                        <th scope="col" class="num">{t(Key::WorkStatus(WorkStatus::Published))}</th>
                        <th scope="col" class="num">{t(Key::WorkStatus(WorkStatus::InReview))}</th>
                        <th scope="col">{t(Key::ColQuota)}</th>
                    </tr>
                </thead>
                <tbody>{museums.into_iter().map(|m| view! { <MuseumRow museum=m /> }).collect_view()}</tbody>
            </table>
        </div>
    }
}

#[component]
fn MuseumRow(museum: PartnerMuseum) -> impl IntoView {
    let used = places_used(&museum);
    let quota = i64::from(museum.quota.max(0));
    let full = used >= quota;
    let counts = museum.counts.clone();
    let m = museum.museum;
    let local = m.name_local.clone().map(|n| {
        view! { <span class="review-table__sub" lang=m.name_local_lang.clone()>{n}</span> }
    });
    view! {
        <tr data-testid=format!("museum-row-{}", m.slug) data-status=m.membership_status.as_str()>
            <th scope="row" data-label=t(Key::FieldMuseum)>
                <span>
                    <A href=format!("/admin/museums/{}", m.slug) attr:class="works-table__title">
                        {m.name.clone()}
                    </A>
                    {local}
                </span>
            </th>
            <td data-label=t(Key::FilterMuseumCountry)>{country_name(&m.country.code, &m.country.name)}</td>
            <td data-label=t(Key::ApplyCity)>{m.city.clone()}</td>
            <td data-label=t(Key::FieldMembership)>
                <MembershipBadge status=m.membership_status />
            </td>
            <td class="num" data-label=t(Key::WorkStatus(WorkStatus::Published))>{counts.published}</td>
            <td class="num" data-label=t(Key::WorkStatus(WorkStatus::InReview))>{counts.in_review}</td>
            <td data-label=t(Key::ColQuota)>
                <span class="quota-cell" class:quota--full=full>
                    <span class="quota-cell__text">
                        {t_with(Key::PlacesUsed, &[("used", &used.to_string()), ("quota", &quota.to_string())])}
                    </span>
                    <span class="quota__bar" aria-hidden="true">
                        <span style=format!("width: {:.1}%", share(used, quota))></span>
                    </span>
                </span>
            </td>
        </tr>
    }
}

// ---- One museum -------------------------------------------------------------------

#[component]
pub fn MuseumAdminPage() -> impl IntoView {
    view! {
        <AdminFrame title=Key::AdminMuseumTitle testid="admin-museum">
            <MuseumDetail />
        </AdminFrame>
    }
}

#[component]
fn MuseumDetail() -> impl IntoView {
    let auth = use_auth();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let museum = LocalResource::new(move || {
        let slug = slug.get();
        async move { api::authed(auth, api::signed_in::admin_museum(&slug)).await }
    });
    // Whether the museum is shown again after a reload, to bring focus back to it.
    let reloaded = StoredValue::new(false);
    let reload = Callback::new(move |()| {
        reloaded.set_value(true);
        museum.refetch();
    });
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match museum.await {
                    Ok(m) => {
                        let focus = reloaded.get_value();
                        reloaded.set_value(false);
                        view! { <MuseumView museum=m reload focus /> }.into_any()
                    }
                    Err(e) if e.is_not_found() => {
                        view! { <NotFoundView title=Key::MuseumNotFoundTitle text=Key::AdminMuseumNotFoundText /> }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorState error retry=reload /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn MuseumView(museum: PartnerMuseum, reload: Callback<()>, focus: bool) -> impl IntoView {
    let slug = museum.museum.slug.clone();
    let current = RwSignal::new(museum);
    if focus {
        focus_later("#museum-title");
    }
    view! {
        <article class="museum-admin" data-testid="museum-admin" data-slug=slug.clone()>
            <p>
                <A href="/admin/museums" attr:class="back-link">{t(Key::BackToMuseums)}</A>
            </p>
            <header class="review__head">
                <h2 id="museum-title" class="review__title" tabindex="-1" data-testid="museum-title">
                    {move || current.read().museum.name.clone()}
                </h2>
                {move || {
                    let m = current.read();
                    m.museum
                        .name_local
                        .clone()
                        .map(|n| {
                            view! { <p class="museum__local" lang=m.museum.name_local_lang.clone()>{n}</p> }
                        })
                }}
                <p class="work-form__status-line">
                    <span>{t(Key::FieldMembership)} ": "</span>
                    <span data-testid="museum-status">
                        {move || view! { <MembershipBadge status=current.read().museum.membership_status /> }}
                    </span>
                    <span>
                        {move || {
                            let m = current.read();
                            place(&m.museum)
                        }}
                    </span>
                    <A href=format!("/museums/{slug}") attr:class="more-link">
                        {t(Key::ViewPublicProfile)}
                    </A>
                </p>
            </header>
            <WorksPanel current />
            <MembershipPanel current reload />
            <ProfileForm current reload />
        </article>
    }
}

/// The museum's works by status, and how much of its quota they use.
#[component]
fn WorksPanel(current: RwSignal<PartnerMuseum>) -> impl IntoView {
    let figures = Memo::new(move |_| {
        let m = current.read();
        (places_used(&m), i64::from(m.quota.max(0)), m.counts.clone())
    });
    view! {
        <section class="panel" aria-labelledby="museum-works-title" data-testid="museum-works">
            <h3 id="museum-works-title" class="panel__title">{t(Key::WorksByStatus)}</h3>
            {move || {
                let (used, quota, counts) = figures.get();
                let full = used >= quota;
                view! {
                    <div class="quota" class:quota--full=full>
                        <p class="quota__text" data-testid="museum-quota">
                            {t_with(Key::QuotaUsed, &[("used", &used.to_string()), ("quota", &quota.to_string())])}
                        </p>
                        <div class="quota__bar" aria-hidden="true">
                            <span style=format!("width: {:.1}%", share(used, quota))></span>
                        </div>
                        <p class="quota__note">{t(Key::AdminQuotaNote)}</p>
                    </div>
                    <dl class="status-counts" data-testid="museum-counts">
                        {WorkStatus::ALL
                            .iter()
                            .copied()
                            .map(|s| {
                                view! {
                                    <div class="status-counts__item">
                                        <dt>
                                            <StatusBadge status=s />
                                        </dt>
                                        <dd data-status=s.as_str()>{count_of(&counts, s)}</dd>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </dl>
                }
            }}
        </section>
    }
}

/// Said when the museum changed after the page read it: nothing was saved.
#[component]
fn StaleNotice(id: &'static str, reload: Callback<()>) -> impl IntoView {
    view! {
        <div id=id class="notice notice--warning" role="alert" tabindex="-1" data-testid="stale">
            <p class="notice__title">{t(Key::MuseumStaleTitle)}</p>
            <p>{t(Key::MuseumStaleText)}</p>
            <p>
                <button type="button" class="button button--small" on:click=move |_| reload.run(())>
                    {t(Key::ReloadMuseum)}
                </button>
            </p>
        </div>
    }
}

const MEMBERSHIP: &str = "membership";
const MEMBERSHIP_LABELS: &[(&str, Key)] = &[
    ("membership_status", Key::MembershipStatusLabel),
    ("masterpiece_quota", Key::QuotaLabel),
    ("reason", Key::MembershipReason),
];

/// The statuses the secretariat may give; a museum is an applicant only
/// through its application.
const GIVEN: [MembershipStatus; 3] = [
    MembershipStatus::Active,
    MembershipStatus::Suspended,
    MembershipStatus::Former,
];

/// The change the form holds, normalised, with every problem found in it.
fn membership_change(
    status: MembershipStatus,
    quota: &str,
    reason: String,
) -> (MembershipChange, Vec<FieldError>) {
    let typed = quota.trim().parse::<i32>();
    let change = MembershipChange {
        membership_status: status,
        masterpiece_quota: *typed.as_ref().unwrap_or(&0),
        reason: Some(reason),
    }
    .normalised();
    let mut found = Vec::new();
    if typed.is_err() {
        found.push(problem(
            "masterpiece_quota",
            FieldCode::Invalid,
            t_with(Key::QuotaInvalid, &[("max", &MAX_QUOTA.to_string())]),
        ));
    }
    found.extend(
        change
            .problems()
            .into_iter()
            .filter(|p| typed.is_ok() || p.field != "masterpiece_quota"),
    );
    (change, found)
}

/// What the secretariat is told once the membership is saved.
fn saved_message(m: &PartnerMuseum, before: MembershipStatus) -> String {
    let now = m.museum.membership_status;
    let mut said = t_with(
        Key::MembershipSaved,
        &[
            ("status", t(Key::Membership(now))),
            ("quota", &m.quota.to_string()),
        ],
    );
    if now != before {
        said.push(' ');
        said.push_str(t(Key::MembershipEmailed));
    }
    said
}

/// The museum's membership status and quota, with the reason its editors are told.
#[component]
fn MembershipPanel(current: RwSignal<PartnerMuseum>, reload: Callback<()>) -> impl IntoView {
    let auth = use_auth();
    let start = current.get_untracked();
    let first = match start.museum.membership_status {
        MembershipStatus::Applicant => MembershipStatus::Active,
        s => s,
    };
    let status = RwSignal::new(first.as_str().to_owned());
    let quota = RwSignal::new(start.quota.to_string());
    let reason = RwSignal::new(String::new());
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let stale = RwSignal::new(false);
    let saved = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let chosen = Memo::new(move |_| {
        status
            .get()
            .parse::<MembershipStatus>()
            .unwrap_or(MembershipStatus::Active)
    });
    let needs_reason = Memo::new(move |_| chosen.get() != MembershipStatus::Active);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        saved.set(None);
        stale.set(false);
        let (change, found) = membership_change(
            chosen.get_untracked(),
            &quota.get_untracked(),
            reason.get_untracked(),
        );
        let refused = !found.is_empty();
        problems.set(found);
        if refused {
            focus_summary(MEMBERSHIP);
            return;
        }
        let before = current.get_untracked();
        busy.set(true);
        spawn_local(async move {
            let answer = api::authed(
                auth,
                api::signed_in::change_membership(&before.museum.slug, before.version, &change),
            )
            .await;
            busy.set(false);
            match answer {
                Ok(m) => {
                    let said = saved_message(&m, before.museum.membership_status);
                    quota.set(m.quota.to_string());
                    reason.set(String::new());
                    current.set(m);
                    saved.set(Some(said));
                    focus_later("#membership-outcome");
                }
                Err(e) => match e.code() {
                    Some(ErrorCode::PreconditionFailed) => {
                        stale.set(true);
                        focus_later("#membership-stale");
                    }
                    Some(ErrorCode::ValidationFailed) if !e.field_errors().is_empty() => {
                        problems.set(e.field_errors().to_vec());
                        focus_summary(MEMBERSHIP);
                    }
                    _ => {
                        failed.set(Some(e));
                        focus_later("#membership-failed");
                    }
                },
            }
        });
    };

    let status_options = Signal::derive(|| {
        GIVEN
            .iter()
            .map(|s| (s.as_str().to_owned(), t(Key::Membership(*s)).to_owned()))
            .collect::<Vec<_>>()
    });
    view! {
        <section class="panel membership" aria-labelledby="membership-title">
            <h3 id="membership-title" class="panel__title">{t(Key::FieldMembership)}</h3>
            <div class="notice notice--info" role="note">
                <p class="notice__title">{t(Key::SuspensionTitle)}</p>
                <p>{t(Key::SuspensionText)}</p>
            </div>
            <form class="form" on:submit=on_submit novalidate=true aria-labelledby="membership-title" data-testid="membership-form">
                {move || {
                    saved
                        .get()
                        .map(|said| {
                            view! {
                                <div id="membership-outcome" class="notice notice--success" role="status" tabindex="-1" data-testid="membership-outcome">
                                    <p>{said}</p>
                                </div>
                            }
                        })
                }}
                <Show when=move || stale.get()>
                    <StaleNotice id="membership-stale" reload />
                </Show>
                {move || failed.get().map(|error| view! { <div id="membership-failed" tabindex="-1"><ErrorState error /></div> })}
                <ErrorSummary form=MEMBERSHIP problems labels=MEMBERSHIP_LABELS />
                <div class="form__grid">
                    <SelectField
                        form=MEMBERSHIP
                        name="membership_status"
                        label=Key::MembershipStatusLabel
                        value=status
                        problems
                        options=status_options
                        required=true
                        testid="membership-status"
                    />
                    <Field
                        form=MEMBERSHIP
                        name="masterpiece_quota"
                        label=Key::QuotaLabel
                        value=quota
                        problems
                        control=Control::Number
                        hint=Key::QuotaHint
                        required=true
                        testid="membership-quota"
                    />
                </div>
                <MembershipReason reason problems needs_reason />
                <div class="form__actions">
                    <button
                        type="submit"
                        class="button"
                        disabled=move || busy.get()
                        aria-busy=move || busy.get().to_string()
                        data-testid="membership-save"
                    >
                        {move || if busy.get() { t(Key::Saving) } else { t(Key::SaveMembership) }}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// Why the membership changes: required for a suspension or an end, and
/// sent to the museum's editors.
#[component]
fn MembershipReason(
    reason: RwSignal<String>,
    problems: Problems,
    needs_reason: Memo<bool>,
) -> impl IntoView {
    let reason_id = field_id(MEMBERSHIP, "reason");
    let reason_error = Memo::new(move |_| {
        problems
            .read()
            .iter()
            .filter(|p| base_field(&p.field) == "reason")
            .map(problem_text)
            .collect::<Vec<_>>()
            .join(" ")
    });
    let invalid = move || !reason_error.read().is_empty();
    let described_by = {
        let id = reason_id.clone();
        move || {
            if invalid() {
                format!("{id}-hint {id}-error")
            } else {
                format!("{id}-hint")
            }
        }
    };
    view! {
        <div class="field form-field" class:field--invalid=invalid>
            <label for=reason_id.clone()>
                {t(Key::MembershipReason)}
                <Show when=move || needs_reason.get()>
                    <span class="field__required">" " {t(Key::RequiredMark)}</span>
                </Show>
            </label>
            <p id=format!("{reason_id}-hint") class="field__hint" aria-live="polite">
                {move || {
                    if needs_reason.get() {
                        t(Key::ReasonRequiredHint)
                    } else {
                        t(Key::ReasonOptionalHint)
                    }
                }}
            </p>
            <textarea
                id=reason_id.clone()
                name="reason"
                rows="4"
                required=move || needs_reason.get()
                aria-invalid=move || invalid().to_string()
                aria-describedby=described_by
                prop:value=move || reason.get()
                on:input=move |ev| reason.set(event_target_value(&ev))
                data-testid="membership-reason"
            ></textarea>
            {move || {
                let e = reason_error.get();
                (!e.is_empty())
                    .then(|| {
                        view! {
                            <p id=format!("{}-error", field_id(MEMBERSHIP, "reason")) class="field__error" data-testid="field-error">
                                <span class="visually-hidden">{t(Key::ProblemPrefix)} " "</span>
                                {e}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

const PROFILE: &str = "profile";

/// The museum's public profile, saved if nobody changed it meanwhile.
#[component]
fn ProfileForm(current: RwSignal<PartnerMuseum>, reload: Callback<()>) -> impl IntoView {
    let auth = use_auth();
    let fields = ProfileFields::of(&current.get_untracked().museum);
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let stale = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        saved.set(false);
        stale.set(false);
        let (input, found) = fields.input();
        let refused = !found.is_empty();
        problems.set(found);
        if refused {
            focus_summary(PROFILE);
            return;
        }
        let before = current.get_untracked();
        busy.set(true);
        spawn_local(async move {
            let answer = api::authed(
                auth,
                api::signed_in::update_admin_museum(&before.museum.slug, before.version, &input),
            )
            .await;
            busy.set(false);
            match answer {
                Ok(m) => {
                    fields.load(&m.museum);
                    current.set(m);
                    saved.set(true);
                    focus_later("#profile-saved");
                }
                Err(e) => match e.code() {
                    Some(ErrorCode::PreconditionFailed) => {
                        stale.set(true);
                        focus_later("#profile-stale");
                    }
                    Some(ErrorCode::ValidationFailed) if !e.field_errors().is_empty() => {
                        problems.set(e.field_errors().to_vec());
                        focus_summary(PROFILE);
                    }
                    _ => {
                        failed.set(Some(e));
                        focus_later("#profile-failed");
                    }
                },
            }
        });
    };
    let fixed = move || {
        let m = current.read();
        (m.museum.slug.clone(), m.museum.country.name.clone())
    };
    view! {
        <section class="section" aria-labelledby="profile-title">
            <h3 id="profile-title" class="form__heading">{t(Key::MuseumProfile)}</h3>
            <form class="form" on:submit=on_submit novalidate=true aria-labelledby="profile-title" data-testid="museum-profile-form">
                <Show when=move || saved.get()>
                    <div id="profile-saved" tabindex="-1">
                        <Notice tone=Tone::Success>
                            <p data-testid="profile-outcome">{t(Key::ProfileSaved)}</p>
                        </Notice>
                    </div>
                </Show>
                <Show when=move || stale.get()>
                    <StaleNotice id="profile-stale" reload />
                </Show>
                {move || failed.get().map(|error| view! { <div id="profile-failed" tabindex="-1"><ErrorState error /></div> })}
                <ErrorSummary form=PROFILE problems labels=PROFILE_LABELS />
                <p class="form__note">{t(Key::RequiredNote)}</p>
                <p class="form__fixed">
                    {move || {
                        let (slug, country) = fixed();
                        view! {
                            <span class="form__fixed-label">{t(Key::FieldSlug)} ": "</span>
                            <code>{slug}</code>
                            " · "
                            <span class="form__fixed-label">{t(Key::FilterMuseumCountry)} ": "</span>
                            {country}
                        }
                    }}
                </p>
                <MuseumProfileFields form=PROFILE fields problems />
                <div class="form__actions">
                    <button
                        type="submit"
                        class="button"
                        disabled=move || busy.get()
                        aria-busy=move || busy.get().to_string()
                        data-testid="profile-save"
                    >
                        {move || if busy.get() { t(Key::Saving) } else { t(Key::SaveProfile) }}
                    </button>
                </div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_filters_show_every_museum() {
        assert_eq!(status_filter(None), None);
        assert_eq!(status_filter(Some("nonsense".into())), None);
        assert_eq!(
            status_filter(Some("suspended".into())),
            Some(MembershipStatus::Suspended)
        );
    }

    #[test]
    fn every_membership_problem_has_a_label() {
        for f in ["membership_status", "masterpiece_quota", "reason"] {
            assert!(MEMBERSHIP_LABELS.iter().any(|(n, _)| *n == f));
        }
    }

    #[test]
    fn a_quota_of_nothing_is_full() {
        assert_eq!(share(0, 0), 100.0);
        assert_eq!(share(5, 10), 50.0);
        assert_eq!(share(20, 10), 100.0);
    }
}
