//! The publication workflow of a work: nomination by its museum, the
//! secretariat's review (publish, request changes, reject), withdrawal by
//! either side, and the notices and emails each decision sends the museum.
//!
//! ```text
//! draft ─┐                       ┌─> published ──> withdrawn (museum or secretariat)
//! changes_requested ─┼─ nominate ─> in_review ─┼─> changes_requested
//! withdrawn ─┘                       └─> rejected
//! ```
//! The museum may withdraw a work from any status but `withdrawn`.

use chrono::Utc;
use diesel::prelude::*;
use vcm_shared::{
    ErrorCode, FieldCode, FieldError, MembershipStatus, Notification, NotificationKind,
    ReviewCheck, ReviewCheckKind, ReviewDecision, Withdrawal, WithdrawalReason, WithdrawalRequest,
    WithdrawnBy, WorkStatus, Workflow,
};

use super::ArtworkRow;
use crate::audit::{self, Actor, Change};
use crate::changes::{self, Entity};
use crate::db::DbConnection;
use crate::db::schema::{artwork_decisions, artworks};
use crate::error::ApiError;
use crate::museums::MuseumRow;
use crate::outbox;

/// A decision as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = artwork_decisions)]
pub struct DecisionRow {
    pub id: i64,
    pub kind: String,
    pub decided_by: String,
    pub reason: Option<String>,
    pub comment: Option<String>,
    pub artwork_slug: String,
    pub artwork_title: String,
    pub created_at: chrono::NaiveDateTime,
}

impl DecisionRow {
    fn withdrawal(&self) -> Result<Withdrawal, ApiError> {
        Ok(Withdrawal {
            reason: crate::stored(self.reason.as_deref().unwrap_or("other"))?,
            note: self.comment.clone(),
            by: crate::stored(&self.decided_by)?,
            at: crate::utc(self.created_at),
        })
    }

    pub fn notification(&self) -> Result<Notification, ApiError> {
        Ok(Notification {
            id: self.id,
            kind: crate::stored(&self.kind)?,
            artwork_slug: self.artwork_slug.clone(),
            artwork_title: self.artwork_title.clone(),
            comment: self.comment.clone(),
            created_at: crate::utc(self.created_at),
        })
    }
}

fn decisions(conn: &mut DbConnection, artwork_id: i64) -> QueryResult<Vec<DecisionRow>> {
    artwork_decisions::table
        .filter(artwork_decisions::artwork_id.eq(artwork_id))
        .order(artwork_decisions::id.desc())
        .select(DecisionRow::as_select())
        .load(conn)
}

/// Where a work stands beyond its status: its nomination, the latest review
/// decision and, while it is withdrawn, its withdrawal.
pub fn workflow(conn: &mut DbConnection, row: &ArtworkRow) -> Result<Workflow, ApiError> {
    let decisions = decisions(conn, row.id)?;
    let review = decisions
        .iter()
        .find(|d| d.kind != "withdrawn")
        .map(|d| {
            Ok::<_, ApiError>(ReviewDecision {
                outcome: crate::stored(&d.kind)?,
                comment: d.comment.clone(),
                at: crate::utc(d.created_at),
            })
        })
        .transpose()?;
    let withdrawal = if row.status == WorkStatus::Withdrawn.as_str() {
        decisions
            .iter()
            .find(|d| d.kind == "withdrawn")
            .map(DecisionRow::withdrawal)
            .transpose()?
    } else {
        None
    };
    Ok(Workflow {
        submitted_at: row.submitted_at.map(crate::utc),
        published_at: row.published_at.map(crate::utc),
        review,
        withdrawal,
    })
}

/// The answer for a work that was published and is now withdrawn: 410 Gone,
/// with why and when.
pub fn gone(conn: &mut DbConnection, row: &ArtworkRow) -> Result<ApiError, ApiError> {
    let withdrawal = workflow(conn, row)?.withdrawal;
    let mut problem = vcm_shared::Problem::new(
        ErrorCode::Gone,
        format!(
            "“{}” was withdrawn from the collection{}",
            row.title,
            withdrawal
                .as_ref()
                .map(|w| format!(" on {} ({})", w.at.date_naive(), w.reason))
                .unwrap_or_default()
        ),
    );
    problem.withdrawal = withdrawal.map(Box::new);
    Ok(ApiError::Problem(problem))
}

/// How many of a museum's works are published now, other than `except`.
fn published_besides(conn: &mut DbConnection, museum_id: i64, except: i64) -> QueryResult<i64> {
    artworks::table
        .filter(artworks::museum_id.eq(museum_id))
        .filter(artworks::status.eq(WorkStatus::Published.as_str()))
        .filter(artworks::id.ne(except))
        .count()
        .get_result(conn)
}

/// The checks a reviewer needs before publishing a work.
pub fn checks(
    conn: &mut DbConnection,
    row: &ArtworkRow,
    museum: &MuseumRow,
) -> Result<Vec<ReviewCheck>, ApiError> {
    let filled = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
    let mut missing = Vec::new();
    if row.title.trim().is_empty() {
        missing.push("title");
    }
    if row.origin_country.is_none() {
        missing.push("country of origin");
    }
    if !filled(&row.date_text) && row.year_begin.is_none() {
        missing.push("date");
    }
    if !filled(&row.description) {
        missing.push("description");
    }
    if row.rights.trim().is_empty() {
        missing.push("rights");
    }
    let english = ReviewCheck {
        check: ReviewCheckKind::EnglishFields,
        passed: missing.is_empty(),
        detail: if missing.is_empty() {
            "title, object type, country of origin, date, description and rights are given in English".into()
        } else {
            format!("missing in English: {}", missing.join(", "))
        },
    };
    let words = row.statement.split_whitespace().count();
    let statement = ReviewCheck {
        check: ReviewCheckKind::Statement,
        passed: words > 0,
        detail: if words > 0 {
            format!("{words} words")
        } else {
            "no masterpiece statement".into()
        },
    };
    // Alt text is required of every image, so a ready image is a described one.
    let ready = super::images::of_artwork(conn, row.id, false)?.len();
    let image = ReviewCheck {
        check: ReviewCheckKind::Image,
        passed: ready > 0,
        detail: if ready > 0 {
            format!(
                "{ready} image{} with a text alternative, under {}",
                if ready == 1 { "" } else { "s" },
                vcm_shared::rules::rights_label(&row.rights)
            )
        } else {
            "no image ready".into()
        },
    };
    let published = published_besides(conn, museum.id, row.id)?;
    let quota = i64::from(museum.masterpiece_quota);
    let quota = ReviewCheck {
        check: ReviewCheckKind::Quota,
        passed: published < quota,
        detail: format!(
            "{published} of the museum's {quota} masterpieces are published{}",
            if published < quota {
                ""
            } else {
                ": the quota is used up"
            }
        ),
    };
    Ok(vec![english, statement, image, quota])
}

/// A move in the workflow.
#[derive(Debug, Clone)]
pub enum Step {
    /// The museum nominates the work.
    Nominate,
    /// The secretariat publishes it, with an optional comment.
    Publish(Option<String>),
    /// The secretariat sends it back with a comment.
    RequestChanges(String),
    /// The secretariat does not accept it, saying why.
    Reject(String),
    /// The museum or the secretariat withdraws it.
    Withdraw(WithdrawnBy, WithdrawalRequest),
}

impl Step {
    fn target(&self) -> WorkStatus {
        match self {
            Self::Nominate => WorkStatus::InReview,
            Self::Publish(_) => WorkStatus::Published,
            Self::RequestChanges(_) => WorkStatus::ChangesRequested,
            Self::Reject(_) => WorkStatus::Rejected,
            Self::Withdraw(..) => WorkStatus::Withdrawn,
        }
    }

    /// Whether the move may start from `from`.
    pub fn allowed_from(&self, from: WorkStatus) -> bool {
        use WorkStatus::*;
        match self {
            Self::Nominate => matches!(from, Draft | ChangesRequested | Withdrawn),
            Self::Publish(_) | Self::RequestChanges(_) | Self::Reject(_) => from == InReview,
            Self::Withdraw(WithdrawnBy::Museum, _) => from != Withdrawn,
            Self::Withdraw(WithdrawnBy::Secretariat, _) => from == Published,
        }
    }

    fn action(&self) -> &'static str {
        match self {
            Self::Nominate => "artwork.nominate",
            Self::Publish(_) => "artwork.publish",
            Self::RequestChanges(_) => "artwork.request_changes",
            Self::Reject(_) => "artwork.reject",
            Self::Withdraw(..) => "artwork.withdraw",
        }
    }

    /// The decision it records: every move but a nomination.
    fn decision(&self) -> Option<(WithdrawnBy, Option<WithdrawalReason>, Option<String>)> {
        let secretariat = WithdrawnBy::Secretariat;
        match self {
            Self::Nominate => None,
            Self::Publish(comment) => Some((secretariat, None, comment.clone())),
            Self::RequestChanges(c) | Self::Reject(c) => Some((secretariat, None, Some(c.clone()))),
            Self::Withdraw(by, w) => Some((*by, Some(w.reason), vcm_shared::clean(w.note.clone()))),
        }
    }
}

/// Checks the museum is a member in good standing: a suspended or former
/// member's works are neither nominated nor published.
fn check_member(museum: &MuseumRow) -> Result<(), ApiError> {
    if museum.membership_status == MembershipStatus::Active.as_str() {
        return Ok(());
    }
    Err(ApiError::new(
        ErrorCode::MembershipInactive,
        format!(
            "the membership of {} is {}: its works cannot be nominated or published until the secretariat restores it",
            museum.name, museum.membership_status
        ),
    ))
}

/// Checks what a nomination needs: a statement, and room in the quota for the
/// works published or in review.
fn check_nomination(
    conn: &mut DbConnection,
    row: &ArtworkRow,
    museum: &MuseumRow,
) -> Result<(), ApiError> {
    if row.statement.trim().is_empty() {
        return Err(ApiError::validation(vec![FieldError::new(
            "statement",
            FieldCode::Required,
            "a work needs a masterpiece statement in English to be nominated",
        )]));
    }
    let counts = crate::museums::status_counts(conn, museum.id)?;
    let used = counts.published + counts.in_review;
    if used >= i64::from(museum.masterpiece_quota) {
        return Err(ApiError::new(
            ErrorCode::QuotaExceeded,
            format!(
                "your museum has {used} works published or in review, its quota is {}: withdraw one first",
                museum.masterpiece_quota
            ),
        ));
    }
    Ok(())
}

/// Checks what publishing needs: room in the museum's quota. The other
/// checks inform the reviewer, whose decision it is.
fn check_publication(
    conn: &mut DbConnection,
    row: &ArtworkRow,
    museum: &MuseumRow,
) -> Result<(), ApiError> {
    let published = published_besides(conn, museum.id, row.id)?;
    if published >= i64::from(museum.masterpiece_quota) {
        return Err(ApiError::new(
            ErrorCode::QuotaExceeded,
            format!(
                "{} already has {published} published works, its quota is {}: a work must be withdrawn, or the quota raised, first",
                museum.name, museum.masterpiece_quota
            ),
        ));
    }
    Ok(())
}

/// Makes a move: checks where it may start from and what it needs, changes the
/// status (only if the work is still at `expected_version`, when given),
/// records the decision, the audit entry and the search change, and emails the
/// museum's editors about the secretariat's decisions. Call it inside
/// [`crate::db::write`].
pub fn decide(
    conn: &mut DbConnection,
    actor: &Actor,
    public_url: &str,
    row: ArtworkRow,
    museum: &MuseumRow,
    step: Step,
    expected_version: Option<i64>,
) -> Result<ArtworkRow, ApiError> {
    if expected_version.is_some_and(|v| v != row.version) {
        return Err(ApiError::stale("work"));
    }
    let from: WorkStatus = crate::stored(&row.status)?;
    let to = step.target();
    if !step.allowed_from(from) {
        return Err(ApiError::new(
            ErrorCode::InvalidTransition,
            format!("a work that is {from} cannot become {to} this way"),
        ));
    }
    if matches!(step, Step::Nominate | Step::Publish(_)) {
        check_member(museum)?;
    }
    match &step {
        Step::Nominate => check_nomination(conn, &row, museum)?,
        Step::Publish(_) => check_publication(conn, &row, museum)?,
        _ => {}
    }
    let now = Utc::now().naive_utc();
    let submitted_at = if matches!(step, Step::Nominate) {
        Some(now)
    } else {
        row.submitted_at
    };
    let published_at = if matches!(step, Step::Publish(_)) {
        row.published_at.or(Some(now))
    } else {
        row.published_at
    };
    let written = diesel::update(
        artworks::table
            .find(row.id)
            .filter(artworks::version.eq(row.version)),
    )
    .set((
        artworks::status.eq(to.as_str()),
        artworks::version.eq(row.version + 1),
        artworks::updated_at.eq(now),
        artworks::submitted_at.eq(submitted_at),
        artworks::published_at.eq(published_at),
    ))
    .execute(conn)?;
    if written == 0 {
        return Err(ApiError::stale("work"));
    }
    changes::record(conn, Entity::Artwork, row.id)?;
    let decision = step.decision();
    if let Some((by, reason, comment)) = &decision {
        let kind = match step {
            Step::Withdraw(..) => NotificationKind::Withdrawn,
            Step::Publish(_) => NotificationKind::Published,
            Step::RequestChanges(_) => NotificationKind::ChangesRequested,
            _ => NotificationKind::Rejected,
        };
        diesel::insert_into(artwork_decisions::table)
            .values((
                artwork_decisions::artwork_id.eq(row.id),
                artwork_decisions::museum_id.eq(museum.id),
                artwork_decisions::kind.eq(kind.as_str()),
                artwork_decisions::decided_by.eq(by.as_str()),
                artwork_decisions::reason.eq(reason.map(WithdrawalReason::as_str)),
                artwork_decisions::comment.eq(comment),
                artwork_decisions::artwork_slug.eq(&row.slug),
                artwork_decisions::artwork_title.eq(&row.title),
                artwork_decisions::actor_label.eq(&actor.label),
                artwork_decisions::created_at.eq(now),
            ))
            .execute(conn)?;
        if *by == WithdrawnBy::Secretariat {
            email_editors(conn, public_url, &row, museum, kind, comment.as_deref())?;
        }
    }
    audit::record(
        conn,
        actor,
        Change {
            action: step.action(),
            entity: "artwork",
            key: &row.slug,
            museum_id: Some(museum.id),
        },
        Some(&serde_json::json!({ "status": from })),
        Some(&serde_json::json!({
            "status": to,
            "reason": decision.as_ref().and_then(|d| d.1),
            "comment": decision.as_ref().and_then(|d| d.2.clone()),
        })),
    )?;
    Ok(artworks::table
        .find(row.id)
        .select(ArtworkRow::as_select())
        .first(conn)?)
}

/// Tells every active editor of the museum what the secretariat decided.
fn email_editors(
    conn: &mut DbConnection,
    public_url: &str,
    row: &ArtworkRow,
    museum: &MuseumRow,
    kind: NotificationKind,
    comment: Option<&str>,
) -> QueryResult<()> {
    let base = public_url.trim_end_matches('/');
    let (subject, what) = match kind {
        NotificationKind::Published => (
            format!("Published: {}", row.title),
            format!(
                "is now published in the Virtual Collection:\n{base}/artworks/{}",
                row.slug
            ),
        ),
        NotificationKind::ChangesRequested => (
            format!("Changes requested: {}", row.title),
            "needs changes before it can be published. Change it, then nominate it again."
                .to_owned(),
        ),
        NotificationKind::Rejected => (
            format!("Not accepted: {}", row.title),
            "was not accepted for the Virtual Collection.".to_owned(),
        ),
        NotificationKind::Withdrawn => (
            format!("Withdrawn: {}", row.title),
            "was withdrawn from the Virtual Collection by the secretariat.".to_owned(),
        ),
    };
    let comment = comment
        .map(|c| format!("\nThe secretariat's comment:\n\n{c}\n"))
        .unwrap_or_default();
    let body = format!(
        "Hello,\n\n“{}” ({}) {what}\n{comment}\nThe work in your partner pages: {base}/partner/artworks/{}/edit\n",
        row.title, museum.name, row.slug
    );
    outbox::queue_to_editors(conn, museum.id, &subject, &body)
}
