//! `/partner`: a museum editor's dashboard: the museum's works by status
//! against its quota, and the list of its works (filtered by status in the
//! URL, `?status=draft`) with the buttons to nominate and withdraw them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use vcm_shared::{
    ErrorCode, Notification, NotificationKind, PartnerArtworkItem, PartnerArtworkPage,
    PartnerMuseum, WithdrawalRequest, WorkStatus,
};

use crate::api::{self, ApiError};
use crate::auth::{Auth, use_auth};
use crate::components::account::{PartnerNav, RequireEditor};
use crate::components::forms::problem_text;
use crate::components::layout::focus_later;
use crate::components::paged::{MoreButton, Paged};
use crate::components::states::{EmptyState, ErrorState, Loading};
use crate::components::tabs::{FilterTabs, Tab};
use crate::components::time::Time;
use crate::components::withdraw::{WithdrawForm, WithdrawHandle};
use crate::i18n::{Key, t, t_with};
use crate::pages::partner::artwork::label_of;

/// A change of a work's status an editor may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Draft, changes requested or withdrawn → in review.
    Nominate,
    /// Draft, in review, changes requested or published → withdrawn.
    Withdraw,
}

impl Move {
    /// Whether a work in `status` may make this move.
    pub fn allowed(self, status: WorkStatus) -> bool {
        match self {
            Move::Nominate => matches!(
                status,
                WorkStatus::Draft | WorkStatus::ChangesRequested | WorkStatus::Withdrawn
            ),
            Move::Withdraw => !matches!(status, WorkStatus::Withdrawn | WorkStatus::Rejected),
        }
    }
}

/// A move with what it needs: a withdrawal says why, through its form.
#[derive(Debug, Clone)]
pub enum Step {
    Nominate,
    Withdraw(WithdrawalRequest, WithdrawHandle),
}

impl Step {
    /// Asks the server for the move.
    pub async fn run(
        &self,
        auth: Auth,
        slug: &str,
    ) -> Result<vcm_shared::PartnerArtwork, ApiError> {
        match self {
            Step::Nominate => api::authed(auth, api::signed_in::nominate(slug)).await,
            Step::Withdraw(request, _) => {
                api::authed(auth, api::signed_in::withdraw(slug, request)).await
            }
        }
    }

    /// Tells the withdrawal form how it went. Answers whether the form shows
    /// the refusal itself (its fields' problems), so that the page need not.
    pub fn settle(&self, answer: &Result<vcm_shared::PartnerArtwork, ApiError>) -> bool {
        match (self, answer) {
            (Step::Withdraw(_, handle), Ok(_)) => {
                handle.done();
                false
            }
            (Step::Withdraw(_, handle), Err(e)) => handle.refused(e.field_errors()),
            _ => false,
        }
    }
}

/// What came of a move.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Moved {
        title: String,
        status: WorkStatus,
    },
    Refused {
        title: String,
        slug: String,
        error: ApiError,
    },
}

/// A work's status, as a coloured badge.
#[component]
pub fn StatusBadge(status: WorkStatus) -> impl IntoView {
    view! {
        <span class=format!("badge badge--{}", status.as_str()) data-testid="status-badge">
            {t(Key::WorkStatus(status))}
        </span>
    }
}

/// What a move did, or why it was refused, said so an editor can act on it.
#[component]
pub fn OutcomeView(outcome: Outcome, id: &'static str) -> impl IntoView {
    match outcome {
        Outcome::Moved { title, status } => {
            let key = if status == WorkStatus::InReview {
                Key::WorkNominated
            } else {
                Key::WorkWithdrawn
            };
            view! {
                <div id=id class="notice notice--success" role="status" tabindex="-1" data-testid="move-outcome">
                    <p>{t_with(key, &[("title", &title)])}</p>
                </div>
            }
            .into_any()
        }
        Outcome::Refused { title, slug, error } => {
            let (heading, text) = match error.code() {
                Some(ErrorCode::QuotaExceeded) => (Key::QuotaExceededTitle, Key::QuotaExceededText),
                Some(ErrorCode::InvalidTransition) => {
                    (Key::InvalidTransitionTitle, Key::InvalidTransitionText)
                }
                Some(ErrorCode::ValidationFailed) => (Key::NotReadyTitle, Key::NotReadyText),
                _ => {
                    return view! {
                        <div id=id tabindex="-1" data-testid="move-outcome">
                            <ErrorState error />
                        </div>
                    }
                    .into_any();
                }
            };
            let detail = match &error {
                ApiError::Problem(p) if p.code != ErrorCode::ValidationFailed => {
                    Some(p.detail.clone())
                }
                _ => None,
            };
            let fields = error
                .field_errors()
                .iter()
                .map(|p| {
                    let label = label_of(&p.field).unwrap_or(p.field.as_str()).to_owned();
                    view! { <li><strong>{label} ": "</strong>{problem_text(p)}</li> }
                })
                .collect_view();
            let incomplete = error.code() == Some(ErrorCode::ValidationFailed);
            view! {
                <div id=id class="notice notice--warning" role="alert" tabindex="-1" data-testid="move-outcome">
                    <p class="notice__title">{t(heading)}</p>
                    <p>{t_with(text, &[("title", &title)])}</p>
                    {detail.map(|d| view! { <p class="notice__detail">{d}</p> })}
                    <ul class="notice__list">{fields}</ul>
                    {incomplete
                        .then(|| {
                            view! {
                                <p>
                                    <A href=format!("/partner/artworks/{slug}/edit") attr:class="more-link">
                                        {t(Key::EditThisWork)}
                                    </A>
                                </p>
                            }
                        })}
                </div>
            }
            .into_any()
        }
    }
}

#[component]
pub fn PartnerPage() -> impl IntoView {
    view! {
        <Title text=t(Key::PartnerTitle) />
        <RequireEditor>
            <Dashboard />
        </RequireEditor>
    }
}

/// The status filters, in the order of the workflow.
const TABS: [Option<WorkStatus>; 7] = [
    None,
    Some(WorkStatus::Draft),
    Some(WorkStatus::InReview),
    Some(WorkStatus::ChangesRequested),
    Some(WorkStatus::Published),
    Some(WorkStatus::Rejected),
    Some(WorkStatus::Withdrawn),
];

/// Where a filter's tab leads and what it says.
fn work_tab(status: Option<WorkStatus>) -> Tab {
    Tab {
        href: status.map_or("/partner".to_owned(), |s| {
            format!("/partner?status={}", s.as_str())
        }),
        label: status.map_or(t(Key::AllStatuses), |s| t(Key::WorkStatus(s))),
        testid: "status-tab".to_owned(),
    }
}

/// How many of the museum's works a tab lists.
fn count_of(m: &PartnerMuseum, status: Option<WorkStatus>) -> i64 {
    let c = &m.counts;
    match status {
        None => {
            c.draft + c.in_review + c.changes_requested + c.published + c.rejected + c.withdrawn
        }
        Some(WorkStatus::Draft) => c.draft,
        Some(WorkStatus::InReview) => c.in_review,
        Some(WorkStatus::ChangesRequested) => c.changes_requested,
        Some(WorkStatus::Published) => c.published,
        Some(WorkStatus::Rejected) => c.rejected,
        Some(WorkStatus::Withdrawn) => c.withdrawn,
    }
}

#[component]
fn Dashboard() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let status = Memo::new(move |_| {
        query
            .read()
            .get("status")
            .and_then(|s| s.parse::<WorkStatus>().ok())
    });
    let museum = LocalResource::new(move || api::authed(auth, api::signed_in::partner_museum()));
    let works = LocalResource::new(move || {
        let s = status.get();
        async move {
            api::authed(auth, api::signed_in::partner_artworks(s, None, None))
                .await
                .map(|page| (s, page))
        }
    });
    let outcome = RwSignal::new(None::<Outcome>);
    let on_changed = Callback::new(move |reload_list: bool| {
        museum.refetch();
        if reload_list {
            works.refetch();
        }
    });
    let retry_museum = Callback::new(move |()| museum.refetch());
    let retry_works = Callback::new(move |()| works.refetch());
    let pending = RwSignal::new(false);
    let counts = move || museum.get().and_then(Result::ok);

    view! {
        <div class="wrap page partner" data-testid="partner-dashboard">
            <header class="page__header">
                <h1>{t(Key::PartnerTitle)}</h1>
                <PartnerNav />
            </header>
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match museum.await {
                        Ok(m) => view! { <MuseumSummary museum=m /> }.into_any(),
                        Err(error) => view! { <ErrorState error retry=retry_museum /> }.into_any(),
                    }
                })}
            </Transition>
            <Notifications />
            <section class="section" aria-labelledby="works-title">
                <div class="section-head">
                    <h2 id="works-title">{t(Key::PartnerWorks)}</h2>
                    <div class="section-head__actions">
                        <A href="/partner/artworks/new" attr:class="button">
                            {t(Key::NewWork)}
                        </A>
                        <A href="/partner/import" attr:class="button button--quiet">
                            {t(Key::ImportWorks)}
                        </A>
                    </div>
                </div>
                <FilterTabs
                    label=Key::FilterByStatus
                    values=TABS
                    current=status
                    tab=work_tab
                    count=Callback::new(move |tab| counts().map(|m| count_of(&m, tab)))
                />
                {move || outcome.get().map(|outcome| view! { <OutcomeView outcome id="works-outcome" /> })}
                <div class="work-list" class:is-pending=pending aria-busy=move || pending.get().to_string()>
                    <Transition fallback=Loading set_pending=pending>
                        {move || Suspend::new(async move {
                            match works.await {
                                Ok((s, page)) if page.items.is_empty() => {
                                    let (title, text) = if s.is_some() {
                                        (Key::NoWorksInStatusTitle, Key::NoWorksInStatusText)
                                    } else {
                                        (Key::NoPartnerWorksTitle, Key::NoPartnerWorksText)
                                    };
                                    view! {
                                        <EmptyState title text>
                                            <p class="state__actions">
                                                <A href="/partner/artworks/new" attr:class="button">
                                                    {t(Key::NewWork)}
                                                </A>
                                                <A href="/partner/import" attr:class="button button--quiet">
                                                    {t(Key::ImportWorks)}
                                                </A>
                                            </p>
                                        </EmptyState>
                                    }
                                        .into_any()
                                }
                                Ok((s, page)) => {
                                    view! { <WorkTable status=s page on_changed outcome /> }.into_any()
                                }
                                Err(error) => view! { <ErrorState error retry=retry_works /> }.into_any(),
                            }
                        })}
                    </Transition>
                </div>
            </section>
        </div>
    }
}

/// The museum, its works by status, and how much of its quota they use.
#[component]
fn MuseumSummary(museum: PartnerMuseum) -> impl IntoView {
    let m = &museum.museum;
    let used = museum.counts.published + museum.counts.in_review;
    let quota = i64::from(museum.quota.max(0));
    let share = if quota > 0 {
        (used as f64 / quota as f64 * 100.0).min(100.0)
    } else {
        100.0
    };
    let full = used >= quota;
    let statuses = WorkStatus::ALL;
    view! {
        <section class="panel dash-museum" aria-labelledby="dash-museum-title" data-testid="partner-museum">
            <div class="dash-museum__head">
                <div>
                    <p class="eyebrow">{t(Key::YourMuseum)}</p>
                    <h2 id="dash-museum-title" class="dash-museum__name">{m.name.clone()}</h2>
                </div>
                <A href=format!("/museums/{}", m.slug) attr:class="more-link">
                    {t(Key::ViewPublicProfile)}
                </A>
            </div>
            <div class="quota" class:quota--full=full>
                <p class="quota__text" data-testid="quota">
                    {t_with(
                        Key::QuotaUsed,
                        &[("used", &used.to_string()), ("quota", &quota.to_string())],
                    )}
                </p>
                <div class="quota__bar" aria-hidden="true">
                    <span style=format!("width: {share:.1}%")></span>
                </div>
                <p class="quota__note">
                    {if full { t(Key::QuotaFullNote) } else { t(Key::QuotaNote) }}
                </p>
            </div>
            <dl class="status-counts">
                {statuses
                    .iter()
                    .copied()
                    .map(|s| {
                        view! {
                            <div class="status-counts__item">
                                <dt>
                                    <StatusBadge status=s />
                                </dt>
                                <dd>{count_of(&museum, Some(s))}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}

/// The works loaded so far, with their actions, and the button for more.
#[component]
fn WorkTable(
    status: Option<WorkStatus>,
    page: PartnerArtworkPage,
    on_changed: Callback<bool>,
    outcome: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let auth = use_auth();
    let paged = Paged::new(page.items, page.next_cursor);
    let items = paged.items;
    let busy = RwSignal::new(None::<String>);

    let act = Callback::new(move |(slug, title, step): (String, String, Step)| {
        busy.set(Some(slug.clone()));
        outcome.set(None);
        spawn_local(async move {
            let answer = step.run(auth, &slug).await;
            if step.settle(&answer) {
                busy.set(None);
                return;
            }
            let reload = match answer {
                Ok(work) => {
                    items.update(|v| {
                        for i in v.iter_mut().filter(|i| i.slug == slug) {
                            i.status = work.artwork.status;
                            i.version = work.version;
                            i.updated_at = work.artwork.updated_at;
                        }
                    });
                    outcome.set(Some(Outcome::Moved {
                        title,
                        status: work.artwork.status,
                    }));
                    false
                }
                Err(error) => {
                    // The list was out of date: bring it up to date.
                    let stale = matches!(
                        error.code(),
                        Some(ErrorCode::InvalidTransition | ErrorCode::NotFound)
                    );
                    outcome.set(Some(Outcome::Refused { title, slug, error }));
                    stale
                }
            };
            busy.set(None);
            on_changed.run(reload);
            focus_later("#works-outcome");
        });
    });

    let on_more = Callback::new(move |()| {
        paged.more(
            move |next| async move {
                let page = api::authed(
                    auth,
                    api::signed_in::partner_artworks(status, None, Some(&next)),
                )
                .await?;
                Ok((page.items, page.next_cursor))
            },
            |a, b| a.slug == b.slug,
        )
    });

    view! {
        <div class="table-scroll">
            <table class="data-table works-table" data-testid="partner-works">
                <caption class="visually-hidden">{t(Key::PartnerWorks)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::ColTitle)}</th>
                        <th scope="col">{t(Key::FieldInventory)}</th>
                        <th scope="col">{t(Key::FieldObjectType)}</th>
                        <th scope="col">{t(Key::ColStatus)}</th>
                        <th scope="col">{t(Key::ColChanged)}</th>
                        <th scope="col">{t(Key::ColActions)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || items.get() key=|w| w.slug.clone() let:work>
                        <WorkRow slug=work.slug items busy act />
                    </For>
                </tbody>
            </table>
        </div>
        <MoreButton paged label=Key::LoadMoreWorks on_more />
    }
}

/// One work of the list; it follows the work's status as moves change it.
#[component]
fn WorkRow(
    slug: String,
    items: RwSignal<Vec<PartnerArtworkItem>>,
    busy: RwSignal<Option<String>>,
    act: Callback<(String, String, Step)>,
) -> impl IntoView {
    let item = Memo::new(move |_| items.read().iter().find(|i| i.slug == slug).cloned());
    move || {
        item.get().map(|w| {
            let edit = format!("/partner/artworks/{}/edit", w.slug);
            let public = format!("/artworks/{}", w.slug);
            let is_busy = {
                let slug = w.slug.clone();
                Signal::derive(move || busy.read().as_deref() == Some(slug.as_str()))
            };
            let nominate = Move::Nominate.allowed(w.status).then(|| {
                let (slug, title) = (w.slug.clone(), w.title.clone());
                let name = t_with(Key::NominateNamed, &[("title", &w.title)]);
                view! {
                    <button
                        type="button"
                        class="button button--small"
                        aria-label=name
                        disabled=move || is_busy.get()
                        data-testid="nominate"
                        on:click=move |_| act.run((slug.clone(), title.clone(), Step::Nominate))
                    >
                        {t(Key::Nominate)}
                    </button>
                }
            });
            let withdraw = Move::Withdraw.allowed(w.status).then(|| {
                let (slug, title) = (w.slug.clone(), w.title.clone());
                let question = if w.status == WorkStatus::Published {
                    t_with(Key::WithdrawPublishedQuestion, &[("title", &w.title)])
                } else {
                    t_with(Key::WithdrawQuestion, &[("title", &w.title)])
                };
                view! {
                    <WithdrawForm
                        id=format!("withdraw-{}", w.slug)
                        name=t_with(Key::WithdrawNamed, &[("title", &w.title)])
                        question
                        on_submit=Callback::new(move |(request, handle)| {
                            act.run((slug.clone(), title.clone(), Step::Withdraw(request, handle)))
                        })
                        busy=is_busy
                    />
                }
            });
            let view_public = (w.status == WorkStatus::Published).then(|| {
                let title = w.title.clone();
                view! {
                    <A href=public attr:class="works-table__view">
                        {t(Key::ViewPublic)}
                        <span class="visually-hidden">": " {title}</span>
                    </A>
                }
            });
            view! {
                <tr data-testid="partner-work" data-slug=w.slug.clone()>
                    <th scope="row" data-label=t(Key::ColTitle)>
                        <A href=edit attr:class="works-table__title">
                            {w.title.clone()}
                        </A>
                    </th>
                    <td data-label=t(Key::FieldInventory)>
                        {w.inventory_number.clone().unwrap_or_else(|| "—".to_owned())}
                    </td>
                    <td data-label=t(Key::FieldObjectType)>{t(Key::ObjectType(w.object_type))}</td>
                    <td data-label=t(Key::ColStatus)>
                        <StatusBadge status=w.status />
                    </td>
                    <td data-label=t(Key::ColChanged)>
                        <Time at=w.updated_at />
                    </td>
                    <td class="works-table__actions" data-label=t(Key::ColActions)>
                        <div class="actions">{nominate} {withdraw} {view_public}</div>
                    </td>
                </tr>
            }
        })
    }
}

/// What a notice says happened, e.g. `Changes requested`.
pub fn notification_title(kind: NotificationKind) -> Key {
    match kind {
        NotificationKind::Published => Key::NoticePublished,
        NotificationKind::ChangesRequested => Key::NoticeChangesRequested,
        NotificationKind::Rejected => Key::NoticeRejected,
        NotificationKind::Withdrawn => Key::NoticeWithdrawn,
    }
}

/// The latest notices about the museum's works from the secretariat.
#[component]
fn Notifications() -> impl IntoView {
    let auth = use_auth();
    let notices =
        LocalResource::new(move || api::authed(auth, api::signed_in::notifications(Some(5), None)));
    let retry = Callback::new(move |()| notices.refetch());
    view! {
        <section class="section notifications" aria-labelledby="notices-title" data-testid="notifications">
            <h2 id="notices-title">{t(Key::NotificationsTitle)}</h2>
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match notices.await {
                        Ok(page) if page.items.is_empty() => {
                            view! { <EmptyState title=Key::NoNotificationsTitle text=Key::NoNotificationsText /> }
                                .into_any()
                        }
                        Ok(page) => {
                            view! {
                                <ul class="notices" role="list">
                                    {page
                                        .items
                                        .into_iter()
                                        .map(|n| view! { <NotificationItem notice=n /> })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }
                        Err(error) => view! { <ErrorState error retry /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// One notice: what happened to which work, the secretariat's words, when.
#[component]
fn NotificationItem(notice: Notification) -> impl IntoView {
    let n = notice;
    let comment = n.comment.clone().filter(|c| !c.trim().is_empty());
    view! {
        <li
            class=format!("notices__item notices__item--{}", n.kind.as_str())
            data-testid=format!("notification-{}", n.id)
            data-kind=n.kind.as_str()
        >
            <p class="notices__head">
                <span class="notices__kind">{t(notification_title(n.kind))}</span>
                ": "
                <A href=format!("/partner/artworks/{}/edit", n.artwork_slug) attr:class="notices__work">
                    {n.artwork_title.clone()}
                </A>
            </p>
            {comment.map(|c| view! { <p class="notices__comment">{c}</p> })}
            <p class="notices__when">
                <Time at=n.created_at />
            </p>
        </li>
    }
}
