//! The secretariat's review of nominated works, withdrawals, the notices a
//! museum gets about its works, and the masterpiece of the day, as they travel
//! on the wire.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{FieldCode, FieldError};
use crate::model::{ArtworkSummary, MuseumRef, ObjectType, UnknownValue, WorkStatus};
use crate::partner::PartnerArtwork;

/// The longest reviewer comment or withdrawal note, in characters.
pub const MAX_COMMENT_LEN: usize = 4000;

string_enum! {
    /// Why a work left the collection.
    WithdrawalReason {
        /// A loan ended and the work went back to its lender.
        EndOfLoan = "end_of_loan",
        /// The work was returned to its community or country of origin.
        Restitution = "restitution",
        /// The museum removed the work from its collection.
        Deaccession = "deaccession",
        /// The work was published by mistake.
        Error = "error",
        /// Another reason, given in the note.
        Other = "other",
    }
}

string_enum! {
    /// Who withdrew a work.
    WithdrawnBy {
        /// Its museum.
        Museum = "museum",
        /// The network's secretariat.
        Secretariat = "secretariat",
    }
}

/// Why a work is withdrawn: the body of the withdraw endpoints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WithdrawalRequest {
    /// The reason, from a closed list.
    pub reason: WithdrawalReason,
    /// More about it, shown with the reason; required when the reason is `other`.
    #[serde(default)]
    pub note: Option<String>,
}

impl WithdrawalRequest {
    /// What is wrong with the request, field by field (after trimming the note).
    pub fn problems(&self) -> Vec<FieldError> {
        let note = self.note.as_deref().map(str::trim).unwrap_or("");
        let mut out = Vec::new();
        if self.reason == WithdrawalReason::Other && note.is_empty() {
            out.push(FieldError::new(
                "note",
                FieldCode::Required,
                "say why the work is withdrawn when the reason is `other`",
            ));
        }
        if note.chars().count() > MAX_COMMENT_LEN {
            out.push(FieldError::new(
                "note",
                FieldCode::TooLong,
                format!("must be at most {MAX_COMMENT_LEN} characters"),
            ));
        }
        out
    }
}

/// A withdrawal as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Withdrawal {
    /// The reason.
    pub reason: WithdrawalReason,
    /// More about it, if given.
    pub note: Option<String>,
    /// Its museum or the secretariat.
    pub by: WithdrawnBy,
    /// When.
    pub at: DateTime<Utc>,
}

/// A reviewer's comment: optional to publish, required to request changes or reject.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewComment {
    /// What the museum should know; its editors see it and get it by email.
    #[serde(default)]
    pub comment: Option<String>,
}

impl ReviewComment {
    /// What is wrong with the comment, if `required` says it must be there.
    pub fn problems(&self, required: bool) -> Vec<FieldError> {
        let text = self.comment.as_deref().map(str::trim).unwrap_or("");
        if required && text.is_empty() {
            vec![FieldError::new(
                "comment",
                FieldCode::Required,
                "tell the museum what to change, or why the work is not accepted",
            )]
        } else if text.chars().count() > MAX_COMMENT_LEN {
            vec![FieldError::new(
                "comment",
                FieldCode::TooLong,
                format!("must be at most {MAX_COMMENT_LEN} characters"),
            )]
        } else {
            Vec::new()
        }
    }
}

string_enum! {
    /// What the secretariat decided about a nominated work.
    ReviewOutcome {
        /// Published: it is in the public collection.
        Published = "published",
        /// Sent back: the museum should change it and nominate it again.
        ChangesRequested = "changes_requested",
        /// Not accepted for the collection.
        Rejected = "rejected",
    }
}

/// The secretariat's latest decision on a work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewDecision {
    /// What was decided.
    pub outcome: ReviewOutcome,
    /// The reviewer's comment, if any.
    pub comment: Option<String>,
    /// When.
    pub at: DateTime<Utc>,
}

/// Where a work stands in the workflow beyond its status: when it was
/// nominated, the last decision on it, and its withdrawal.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Workflow {
    /// When it was last nominated.
    pub submitted_at: Option<DateTime<Utc>>,
    /// When it was first published.
    pub published_at: Option<DateTime<Utc>>,
    /// The secretariat's latest decision.
    pub review: Option<ReviewDecision>,
    /// Its withdrawal, while it is withdrawn.
    pub withdrawal: Option<Withdrawal>,
}

string_enum! {
    /// What a reviewer checks before publishing a work.
    ReviewCheckKind {
        /// The required fields are present in English: title, object type,
        /// country of origin, date, description and rights.
        EnglishFields = "english_fields",
        /// The masterpiece statement says why the work matters, in English.
        Statement = "statement",
        /// The work has an image with a text alternative, under the work's rights.
        Image = "image",
        /// Publishing it keeps the museum within its quota.
        Quota = "quota",
    }
}

/// One check and its result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewCheck {
    /// Which check.
    pub check: ReviewCheckKind,
    /// Whether the work passes it.
    pub passed: bool,
    /// What was found, in English.
    pub detail: String,
}

/// A work waiting in the review queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewItem {
    /// URL identifier.
    pub slug: String,
    /// Title in English.
    pub title: String,
    /// The museum's inventory number.
    pub inventory_number: Option<String>,
    /// The kind of object.
    pub object_type: ObjectType,
    /// The museum that nominated it.
    pub museum: MuseumRef,
    /// When it was nominated.
    pub submitted_at: DateTime<Utc>,
    /// The record's version.
    pub version: i64,
    /// The checks, every one of them.
    pub checks: Vec<ReviewCheck>,
}

/// The works in review, oldest nomination first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewQueue {
    /// The works on this page.
    pub items: Vec<ReviewItem>,
    /// How many works are in review in all.
    pub total: i64,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// A work as the secretariat sees it: the full record and the review checks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewedArtwork {
    /// The work, in any status.
    #[serde(flatten)]
    pub work: PartnerArtwork,
    /// The checks a reviewer needs, computed now.
    pub checks: Vec<ReviewCheck>,
}

impl ReviewedArtwork {
    /// Whether the work may be published now: it is in review and its museum
    /// has room in its quota. The other checks inform the reviewer's decision.
    pub fn publishable(&self) -> bool {
        self.work.artwork.status == WorkStatus::InReview
            && self
                .checks
                .iter()
                .all(|c| c.passed || c.check != ReviewCheckKind::Quota)
    }
}

string_enum! {
    /// What happened to a museum's work.
    NotificationKind {
        /// The secretariat published it.
        Published = "published",
        /// The secretariat asks for changes before publishing it.
        ChangesRequested = "changes_requested",
        /// The secretariat did not accept it.
        Rejected = "rejected",
        /// The secretariat withdrew it from the collection.
        Withdrawn = "withdrawn",
    }
}

/// A notice to a museum about one of its works; its editors also get it by email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    /// The notice's id.
    pub id: i64,
    /// What happened.
    pub kind: NotificationKind,
    /// The work's slug.
    pub artwork_slug: String,
    /// The work's English title when it happened.
    pub artwork_title: String,
    /// The secretariat's comment or withdrawal note, if any.
    pub comment: Option<String>,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// A page of notices, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationPage {
    /// The notices.
    pub items: Vec<Notification>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// The masterpiece of one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MasterpieceOfTheDay {
    /// The day, in `time_zone`.
    pub date: NaiveDate,
    /// The time zone the day is counted in: `UTC`.
    pub time_zone: String,
    /// When the day begins, the same instant in every time zone.
    pub starts_at: DateTime<Utc>,
    /// When the day ends and the next masterpiece begins.
    pub ends_at: DateTime<Utc>,
    /// Whether the secretariat chose this work for this day.
    pub pinned: bool,
    /// The work.
    pub artwork: ArtworkSummary,
}

/// The days already chosen: past and today's picks, and the days pinned ahead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeaturedSchedule {
    /// Today in UTC.
    pub today: NaiveDate,
    /// The days, latest first.
    pub items: Vec<FeaturedDay>,
}

/// One day of the schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeaturedDay {
    /// The day (UTC).
    pub date: NaiveDate,
    /// Whether the secretariat pinned it; otherwise the fair rotation chose it.
    pub pinned: bool,
    /// Why it was pinned, e.g. an anniversary or an exhibition opening.
    pub note: Option<String>,
    /// The work.
    pub artwork: ArtworkSummary,
}

/// Pins a published work to a day: the body of `PUT /admin/featured/{date}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeaturedPin {
    /// The slug of a published work.
    pub artwork: String,
    /// Why, for the secretariat's own record.
    #[serde(default)]
    pub note: Option<String>,
}

/// Members and published works in one country, for the secretariat's dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CountryTally {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// English name.
    pub name: String,
    /// Active member museums.
    pub members: i64,
    /// Published works of those museums.
    pub published: i64,
}

/// The secretariat's dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminDashboard {
    /// Applications waiting for the secretariat (`submitted`).
    pub applications_waiting: i64,
    /// Applications waiting for their applicant (`info_requested`).
    pub applications_waiting_for_applicant: i64,
    /// Works in review.
    pub works_in_review: i64,
    /// When the oldest work in review was nominated.
    pub oldest_in_review: Option<DateTime<Utc>>,
    /// Countries with members, by name.
    pub countries: Vec<CountryTally>,
    /// The latest entries of the audit log, newest first.
    pub recent: Vec<crate::accounts::AuditEntry>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_withdrawal_for_another_reason_needs_a_note() {
        let other = WithdrawalRequest {
            reason: WithdrawalReason::Other,
            note: Some("  ".into()),
        };
        assert_eq!(other.problems()[0].code, FieldCode::Required);
        let loan = WithdrawalRequest {
            reason: WithdrawalReason::EndOfLoan,
            note: None,
        };
        assert!(loan.problems().is_empty());
        let long = WithdrawalRequest {
            reason: WithdrawalReason::Error,
            note: Some("x".repeat(MAX_COMMENT_LEN + 1)),
        };
        assert_eq!(long.problems()[0].code, FieldCode::TooLong);
    }

    #[test]
    fn comments_are_required_only_where_asked() {
        let empty = ReviewComment::default();
        assert!(empty.problems(false).is_empty());
        assert_eq!(empty.problems(true)[0].code, FieldCode::Required);
    }
}
