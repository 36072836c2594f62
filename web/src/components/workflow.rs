//! Where a work stands beyond its status: the secretariat's latest decision
//! with its comment, and why and when it was withdrawn.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use vcm_shared::{ReviewOutcome, Withdrawal, WithdrawnBy, WorkStatus, Workflow};

use crate::components::time::{Time, local_date};
use crate::i18n::{Key, t, t_with};

/// A withdrawal said in words: the reason, by whom, when.
pub fn withdrawal_line(w: &Withdrawal) -> String {
    t_with(
        match w.by {
            WithdrawnBy::Museum => Key::WithdrawnByMuseumOn,
            WithdrawnBy::Secretariat => Key::WithdrawnBySecretariatOn,
        },
        &[
            ("reason", t(Key::WithdrawalReason(w.reason))),
            ("date", &local_date(&w.at)),
        ],
    )
}

/// The dates of the workflow, as a term and its moment.
fn moment(label: Key, at: Option<DateTime<Utc>>) -> Option<impl IntoView> {
    at.map(|at| {
        view! {
            <div class="details__row">
                <dt>{t(label)}</dt>
                <dd>
                    <Time at />
                </dd>
            </div>
        }
    })
}

/// The workflow of a work in `status`: the decision that matters now shown
/// prominently (changes requested, rejected, withdrawn), the dates after.
#[component]
pub fn WorkflowPanel(status: WorkStatus, workflow: Workflow) -> impl IntoView {
    let review = workflow.review.clone().map(|r| {
        // A decision is news while the work still stands where it left it.
        let current = matches!(
            (r.outcome, status),
            (ReviewOutcome::ChangesRequested, WorkStatus::ChangesRequested)
                | (ReviewOutcome::Rejected, WorkStatus::Rejected)
        );
        let (class, role) = match (current, r.outcome) {
            (true, _) => ("notice notice--warning workflow__decision", "alert"),
            (false, ReviewOutcome::Published) => ("notice notice--success workflow__decision", "note"),
            (false, _) => ("notice notice--info workflow__decision", "note"),
        };
        let title = match r.outcome {
            ReviewOutcome::Published => Key::DecisionPublished,
            ReviewOutcome::ChangesRequested => Key::DecisionChangesRequested,
            ReviewOutcome::Rejected => Key::DecisionRejected,
        };
        let next = match (current, r.outcome) {
            (true, ReviewOutcome::ChangesRequested) => Some(Key::DecisionChangesNext),
            (true, ReviewOutcome::Rejected) => Some(Key::DecisionRejectedNext),
            _ => None,
        };
        view! {
            <div class=class role=role data-testid="review-decision" data-outcome=r.outcome.as_str()>
                <p class="notice__title">{t(title)}</p>
                <p class="notice__detail">
                    <Time at=r.at />
                </p>
                {r
                    .comment
                    .clone()
                    .filter(|c| !c.trim().is_empty())
                    .map(|c| {
                        view! {
                            <figure class="workflow__comment">
                                <figcaption>{t(Key::SecretariatComment)}</figcaption>
                                <blockquote data-testid="review-comment-text">{c}</blockquote>
                            </figure>
                        }
                    })}
                {next.map(|k| view! { <p>{t(k)}</p> })}
            </div>
        }
    });
    let withdrawal = workflow
        .withdrawal
        .clone()
        .filter(|_| status == WorkStatus::Withdrawn)
        .map(|w| {
            view! {
                <div class="notice notice--info workflow__decision" role="note" data-testid="withdrawal">
                    <p class="notice__title">{withdrawal_line(&w)}</p>
                    {w.note.clone().filter(|n| !n.trim().is_empty()).map(|n| view! { <p class="workflow__note">{n}</p> })}
                </div>
            }
        });
    let dates = [
        moment(Key::NominatedOn, workflow.submitted_at),
        moment(Key::FirstPublishedOn, workflow.published_at),
    ];
    let has_dates = dates.iter().any(Option::is_some);
    view! {
        <div class="workflow" data-testid="workflow">
            {withdrawal}
            {review}
            {has_dates.then(|| view! { <dl class="details details--compact workflow__dates">{dates.into_iter().flatten().collect_view()}</dl> })}
        </div>
    }
}
