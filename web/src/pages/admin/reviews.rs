//! `/admin/reviews`: the works museums nominated, oldest first, with the
//! checks a reviewer needs; and `/admin/reviews/{slug}`: one work's full
//! record, its checks and the secretariat's decisions (publish, request
//! changes, reject; withdraw once published).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use vcm_shared::{
    ErrorCode, FieldError, ReviewCheck, ReviewComment, ReviewItem, ReviewQueue, ReviewedArtwork,
    WorkStatus,
};

use crate::api::{self, ApiError, Decision};
use crate::auth::use_auth;
use crate::components::bilingual::Bilingual;
use crate::components::forms::problem_text;
use crate::components::image::{ArtworkImage, primary_image, thumb_of};
use crate::components::layout::focus_later;
use crate::components::paged::{MoreButton, Paged};
use crate::components::states::{EmptyState, ErrorState, Loading, NotFoundView};
use crate::components::time::Time;
use crate::components::withdraw::WithdrawForm;
use crate::components::workflow::WorkflowPanel;
use crate::i18n::{Key, t, t_with};
use crate::pages::admin::dashboard::AdminFrame;
use crate::pages::partner::dashboard::StatusBadge;
use crate::pages::public::artwork::detail_rows;

#[component]
pub fn ReviewQueuePage() -> impl IntoView {
    view! {
        <AdminFrame title=Key::AdminNavReviews lead=Key::ReviewQueueLead testid="review-queue">
            <Queue />
        </AdminFrame>
    }
}

#[component]
fn Queue() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let queue =
        LocalResource::new(move || api::authed(auth, api::signed_in::review_queue(None, None)));
    let retry = Callback::new(move |()| queue.refetch());
    // What the last decision did, passed back from the work's page.
    let decided = move || {
        let q = query.read();
        let title = q.get("decided")?;
        let status = q.get("status")?.parse::<WorkStatus>().ok()?;
        Some((title, status))
    };
    view! {
        {move || {
            decided()
                .map(|(title, status)| {
                    view! {
                        <div class="notice notice--success" role="status" data-testid="review-outcome">
                            <p>
                                {t_with(
                                    Key::ReviewDecided,
                                    &[("title", &title), ("status", t(Key::WorkStatus(status)))],
                                )}
                            </p>
                        </div>
                    }
                })
        }}
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match queue.await {
                    Ok(page) if page.items.is_empty() => {
                        view! { <EmptyState title=Key::QueueEmptyTitle text=Key::QueueEmptyText /> }.into_any()
                    }
                    Ok(page) => view! { <QueueTable page /> }.into_any(),
                    Err(error) => view! { <ErrorState error retry /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// A check's result as a mark and words, never by colour alone.
#[component]
pub fn CheckMark(check: ReviewCheck) -> impl IntoView {
    let (mark, word, class) = if check.passed {
        ("✓", Key::CheckPassed, "check-mark check-mark--pass")
    } else {
        ("✗", Key::CheckFailed, "check-mark check-mark--fail")
    };
    view! {
        <span class=class data-check=check.check.as_str() data-passed=check.passed.to_string()>
            <span class="check-mark__sign" aria-hidden="true">{mark}</span>
            <span class="check-mark__name">
                {t(Key::ReviewCheck(check.check))}
                <span class="visually-hidden">": " {t(word)}</span>
            </span>
            <span class="check-mark__detail">{check.detail.clone()}</span>
        </span>
    }
}

#[component]
fn QueueTable(page: ReviewQueue) -> impl IntoView {
    let auth = use_auth();
    let total = page.total;
    let paged = Paged::new(page.items, page.next_cursor);
    let on_more = Callback::new(move |()| {
        paged.more(
            move |next| async move {
                let page =
                    api::authed(auth, api::signed_in::review_queue(None, Some(&next))).await?;
                Ok((page.items, page.next_cursor))
            },
            |a, b| a.slug == b.slug,
        )
    });
    view! {
        <p class="work-list__count" data-testid="queue-total">
            {t_with(Key::QueueTotal, &[("n", &total.to_string())])}
        </p>
        <div class="table-scroll">
            <table class="data-table admin-table review-table" data-testid="review-queue-table">
                <caption class="visually-hidden">{t(Key::AdminNavReviews)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::ColTitle)}</th>
                        <th scope="col">{t(Key::FieldMuseum)}</th>
                        <th scope="col">{t(Key::ColNominated)}</th>
                        <th scope="col">{t(Key::ColChecks)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || paged.items.get() key=|i| i.slug.clone() let:item>
                        <QueueRow item />
                    </For>
                </tbody>
            </table>
        </div>
        <MoreButton paged label=Key::LoadMoreWorks on_more />
    }
}

#[component]
fn QueueRow(item: ReviewItem) -> impl IntoView {
    let i = item;
    let ready = i.checks.iter().all(|c| c.passed);
    view! {
        <tr data-testid=format!("review-row-{}", i.slug) data-slug=i.slug.clone() data-ready=ready.to_string()>
            <th scope="row" data-label=t(Key::ColTitle)>
                <A href=format!("/admin/reviews/{}", i.slug) attr:class="works-table__title">
                    {i.title.clone()}
                </A>
                <span class="review-table__sub">
                    {t(Key::ObjectType(i.object_type))}
                    {i.inventory_number.clone().map(|n| format!(" · {n}"))}
                </span>
            </th>
            <td data-label=t(Key::FieldMuseum)>{i.museum.name.clone()}</td>
            <td data-label=t(Key::ColNominated)>
                <Time at=i.submitted_at />
            </td>
            <td data-label=t(Key::ColChecks)>
                <ul class="checks" role="list">
                    {i.checks.into_iter().map(|c| view! { <li><CheckMark check=c /></li> }).collect_view()}
                </ul>
            </td>
        </tr>
    }
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    view! {
        <AdminFrame title=Key::ReviewWorkTitle testid="review-work">
            <Review />
        </AdminFrame>
    }
}

#[component]
fn Review() -> impl IntoView {
    let auth = use_auth();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let work = LocalResource::new(move || {
        let slug = slug.get();
        async move { api::authed(auth, api::signed_in::reviewed_artwork(&slug)).await }
    });
    let reload = Callback::new(move |()| work.refetch());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match work.await {
                    Ok(w) => view! { <ReviewView work=w reload /> }.into_any(),
                    Err(e) if e.is_not_found() => {
                        view! { <NotFoundView title=Key::WorkNotFoundTitle text=Key::ReviewNotFoundText /> }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorState error retry=reload /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// What came of the last action on the page.
#[derive(Debug, Clone, PartialEq)]
enum Said {
    Withdrawn,
    Refused(ApiError),
    Stale,
}

/// Shows why a decision was refused: the comment's problems, a version
/// that changed meanwhile, or else the error.
fn refused(e: ApiError, comment_problems: RwSignal<Vec<FieldError>>, said: RwSignal<Option<Said>>) {
    let on_comment: Vec<FieldError> = e
        .field_errors()
        .iter()
        .filter(|p| p.field == "comment")
        .cloned()
        .collect();
    if !on_comment.is_empty() {
        comment_problems.set(on_comment);
        focus_later("#review-comment");
        return;
    }
    said.set(Some(if e.code() == Some(ErrorCode::PreconditionFailed) {
        Said::Stale
    } else {
        Said::Refused(e)
    }));
    focus_later("#review-said");
}

#[component]
fn ReviewView(work: ReviewedArtwork, reload: Callback<()>) -> impl IntoView {
    let auth = use_auth();
    let navigate = use_navigate();
    let current = RwSignal::new(work);
    let comment = RwSignal::new(String::new());
    let comment_problems = RwSignal::new(Vec::<FieldError>::new());
    let busy = RwSignal::new(false);
    let said = RwSignal::new(None::<Said>);

    let decide = move |decision: Decision| {
        if busy.get_untracked() {
            return;
        }
        let w = current.get_untracked();
        let text = comment.get_untracked();
        let request = ReviewComment {
            comment: Some(text.trim().to_owned()).filter(|c| !c.is_empty()),
        };
        let found = request.problems(decision != Decision::Publish);
        said.set(None);
        if !found.is_empty() {
            comment_problems.set(found);
            focus_later("#review-comment");
            return;
        }
        comment_problems.set(Vec::new());
        busy.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let slug = w.work.artwork.slug.clone();
            let answer = api::authed(
                auth,
                api::signed_in::decide(&slug, w.work.version, decision, &request),
            )
            .await;
            busy.set(false);
            match answer {
                Ok(done) => {
                    let status = done.work.artwork.status;
                    let title =
                        String::from(js_sys::encode_uri_component(&done.work.artwork.title));
                    current.set(done);
                    navigate(
                        &format!("/admin/reviews?decided={title}&status={}", status.as_str()),
                        NavigateOptions::default(),
                    );
                }
                Err(e) => refused(e, comment_problems, said),
            }
        });
    };

    let withdraw = Callback::new(
        move |(request, handle): (
            vcm_shared::WithdrawalRequest,
            crate::components::withdraw::WithdrawHandle,
        )| {
            let slug = current.get_untracked().work.artwork.slug;
            busy.set(true);
            said.set(None);
            spawn_local(async move {
                let answer =
                    api::authed(auth, api::signed_in::admin_withdraw(&slug, &request)).await;
                busy.set(false);
                match answer {
                    Ok(done) => {
                        handle.done();
                        current.set(done);
                        said.set(Some(Said::Withdrawn));
                    }
                    Err(e) => {
                        if !handle.refused(e.field_errors()) {
                            said.set(Some(Said::Refused(e)));
                        }
                    }
                }
                focus_later("#review-said");
            });
        },
    );

    move || {
        let w = current.get();
        let a = w.work.artwork.clone();
        let status = a.status;
        // The shared rule says what blocks publishing (the quota); the other
        // checks inform the decision and are said beside the button.
        let publishable = w.publishable();
        let some_fail = w.checks.iter().any(|c| !c.passed);
        let in_review = status == WorkStatus::InReview;
        let lang = a.original_language.clone();
        view! {
            <article class="review" data-testid="review" data-status=status.as_str()>
                <p>
                    <A href="/admin/reviews" attr:class="back-link">{t(Key::BackToQueue)}</A>
                </p>
                <header class="review__head">
                    <h2 class="review__title" data-testid="review-title">{a.title.clone()}</h2>
                    {a.title_original.clone().map(|o| view! { <p class="artwork__original-title" lang=lang.clone()>{o}</p> })}
                    <p class="work-form__status-line">
                        <span>{t(Key::ColStatus)} ": "</span>
                        <span data-testid="review-status"><StatusBadge status /></span>
                        <span>{a.museum.name.clone()}</span>
                        {(status == WorkStatus::Published)
                            .then(|| {
                                view! {
                                    <A href=format!("/artworks/{}", a.slug) attr:class="more-link">
                                        {t(Key::ViewPublic)}
                                    </A>
                                }
                            })}
                    </p>
                </header>
                {move || said.get().map(|said| view! { <SaidNotice said reload /> })}
                <section class="panel" aria-labelledby="review-checks-title">
                    <h3 id="review-checks-title" class="panel__title">{t(Key::ColChecks)}</h3>
                    <ul class="checks checks--full" role="list" data-testid="review-checks">
                        {w.checks.clone().into_iter().map(|c| view! { <li><CheckMark check=c /></li> }).collect_view()}
                    </ul>
                </section>
                {in_review
                    .then(|| {
                        view! {
                            <DecidePanel comment comment_problems busy publishable some_fail decide=decide.clone() />
                        }
                    })}
                {(status == WorkStatus::Published)
                    .then(|| {
                        let question = t_with(Key::WithdrawPublishedQuestion, &[("title", &a.title)]);
                        view! {
                            <section class="panel" aria-labelledby="review-withdraw-title">
                                <h3 id="review-withdraw-title" class="panel__title">{t(Key::Withdraw)}</h3>
                                <p class="field__hint">{t(Key::AdminWithdrawHint)}</p>
                                <WithdrawForm
                                    id="review-withdraw".to_owned()
                                    name=t_with(Key::WithdrawNamed, &[("title", &a.title)])
                                    question
                                    on_submit=withdraw
                                    busy=busy
                                />
                            </section>
                        }
                    })}
                <WorkflowPanel status workflow=w.work.workflow.clone() />
                <RecordSection work=a.clone() version=w.work.version />
            </article>
        }
    }
}

/// What came of the last action, said where the secretariat's focus goes.
#[component]
fn SaidNotice(said: Said, reload: Callback<()>) -> impl IntoView {
    match said {
        Said::Withdrawn => {
            view! {
                <div id="review-said" class="notice notice--success" role="status" tabindex="-1" data-testid="review-outcome">
                    <p>{t(Key::WorkWithdrawnBySecretariat)}</p>
                </div>
            }
                .into_any()
        }
        Said::Stale => {
            view! {
                <div id="review-said" class="notice notice--warning" role="alert" tabindex="-1" data-testid="stale">
                    <p class="notice__title">{t(Key::ReviewStaleTitle)}</p>
                    <p>{t(Key::ReviewStaleText)}</p>
                    <button type="button" class="button button--small" on:click=move |_| reload.run(())>
                        {t(Key::ReloadWork)}
                    </button>
                </div>
            }
                .into_any()
        }
        Said::Refused(error) => view! { <RefusedNotice error /> }.into_any(),
    }
}

/// The decision: a comment, and publish, ask for changes or reject.
#[component]
fn DecidePanel<F>(
    comment: RwSignal<String>,
    comment_problems: RwSignal<Vec<FieldError>>,
    busy: RwSignal<bool>,
    /// Whether the shared rule lets the work be published (its quota).
    publishable: bool,
    /// Whether a check fails, which the secretariat is told beside the button.
    some_fail: bool,
    decide: F,
) -> impl IntoView
where
    F: Fn(Decision) + Clone + Send + Sync + 'static,
{
    let comment_error = Memo::new(move |_| {
        comment_problems
            .read()
            .iter()
            .map(problem_text)
            .collect::<Vec<_>>()
            .join(" ")
    });
    let (decide_publish, decide_changes, decide_reject) = (decide.clone(), decide.clone(), decide);
    view! {
        <section class="panel review__decide" aria-labelledby="review-decide-title">
            <h3 id="review-decide-title" class="panel__title">{t(Key::ReviewDecideTitle)}</h3>
            <div class="field form-field" class:field--invalid=move || !comment_error.read().is_empty()>
                <label for="review-comment">{t(Key::ReviewCommentLabel)}</label>
                <p id="review-comment-hint" class="field__hint">{t(Key::ReviewCommentHint)}</p>
                <textarea
                    id="review-comment"
                    name="comment"
                    rows="4"
                    aria-invalid=move || (!comment_error.read().is_empty()).to_string()
                    aria-describedby=move || {
                        if comment_error.read().is_empty() {
                            "review-comment-hint".to_owned()
                        } else {
                            "review-comment-hint review-comment-error".to_owned()
                        }
                    }
                    prop:value=move || comment.get()
                    on:input=move |ev| comment.set(event_target_value(&ev))
                    data-testid="review-comment"
                ></textarea>
                {move || {
                    let e = comment_error.get();
                    (!e.is_empty()).then(|| view! { <p id="review-comment-error" class="field__error" data-testid="field-error">{e}</p> })
                }}
            </div>
            <div class="actions">
                <button
                    type="button"
                    class="button"
                    disabled=move || busy.get() || !publishable
                    aria-describedby=(!publishable || some_fail).then_some("review-publish-why")
                    on:click=move |_| decide_publish(Decision::Publish)
                    data-testid="review-publish"
                >
                    {t(Key::Publish)}
                </button>
                <button
                    type="button"
                    class="button button--quiet"
                    disabled=move || busy.get()
                    on:click=move |_| decide_changes(Decision::RequestChanges)
                    data-testid="review-request-changes"
                >
                    {t(Key::RequestChanges)}
                </button>
                <button
                    type="button"
                    class="button button--danger"
                    disabled=move || busy.get()
                    on:click=move |_| decide_reject(Decision::Reject)
                    data-testid="review-reject"
                >
                    {t(Key::RejectWork)}
                </button>
            </div>
            {if !publishable {
                Some(view! {
                    <p id="review-publish-why" class="field__error" data-testid="review-publish-why">
                        {t(Key::PublishBlocked)}
                    </p>
                })
            } else if some_fail {
                Some(view! {
                    <p id="review-publish-why" class="field__hint" data-testid="review-publish-why">
                        {t(Key::PublishChecksFail)}
                    </p>
                })
            } else {
                None
            }}
            <p class="field__hint">{t(Key::ReviewActionsHint)}</p>
        </section>
    }
}

/// The work's record as the museum gave it, as the public would read it.
#[component]
fn RecordSection(work: vcm_shared::Artwork, version: i64) -> impl IntoView {
    let a = work;
    let lang = a.original_language.clone();
    view! {
        <section class="artwork__section" aria-labelledby="review-record-title">
            <h3 id="review-record-title">{t(Key::ReviewRecord)}</h3>
            <div class="review__record">
                <figure class="artwork__media review__media">
                    <ArtworkImage image=primary_image(&a.images).and_then(thumb_of) object_type=a.object_type />
                </figure>
                <dl class="details">{detail_rows(&a)}</dl>
            </div>
            <h4>{t(Key::WhyMasterpiece)}</h4>
            {if a.statement.trim().is_empty() {
                view! { <p class="field__hint">{t(Key::NoStatement)}</p> }.into_any()
            } else {
                view! {
                    <Bilingual english=a.statement.clone() original=a.statement_original.clone() lang=lang.clone() />
                }
                    .into_any()
            }}
            {a.description
                .clone()
                .filter(|d| !d.trim().is_empty())
                .map(|d| {
                    view! {
                        <h4>{t(Key::Description)}</h4>
                        <Bilingual english=d original=a.description_original.clone() lang=lang.clone() />
                    }
                })}
            <p class="field__hint">
                {t(Key::ColChanged)} ": " <Time at=a.updated_at /> " · "
                {t_with(Key::VersionN, &[("n", &version.to_string())])}
            </p>
        </section>
    }
}

/// A decision the server refused: why, in words the secretariat can act on.
#[component]
fn RefusedNotice(error: ApiError) -> impl IntoView {
    let title = match error.code() {
        Some(ErrorCode::QuotaExceeded) => Key::ReviewQuotaTitle,
        Some(ErrorCode::InvalidTransition) => Key::InvalidTransitionTitle,
        Some(ErrorCode::ValidationFailed) => Key::ReviewChecksFailTitle,
        _ => {
            return view! {
                <div id="review-said" tabindex="-1" data-testid="review-outcome">
                    <ErrorState error />
                </div>
            }
            .into_any();
        }
    };
    let fields = error
        .field_errors()
        .iter()
        .map(|p| view! { <li><strong>{p.field.clone()} ": "</strong>{problem_text(p)}</li> })
        .collect_view();
    view! {
        <div id="review-said" class="notice notice--warning" role="alert" tabindex="-1" data-testid="review-outcome">
            <p class="notice__title">{t(title)}</p>
            {error.detail().map(|d| view! { <p>{d.to_owned()}</p> })}
            <ul class="notice__list">{fields}</ul>
        </div>
    }
    .into_any()
}
