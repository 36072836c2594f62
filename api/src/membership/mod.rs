//! Membership applications: a museum applies with a signed PDF, is checked
//! for eligibility at once, follows its application through a private link,
//! and the secretariat asks, approves (creating the museum and inviting its
//! first editor) or rejects. Every step is emailed and audited.
//!
//! ```text
//! submitted ⇄ info_requested ──> approved
//!     │              │
//!     └──────────────┴─────────> rejected ── reopen ──> submitted
//! ```

mod form;
mod routes;

pub use form::is_application_path;
pub use routes::configure;

use chrono::{Datelike, NaiveDateTime, Utc};
use diesel::prelude::*;
use vcm_shared::{
    Application, ApplicationDocument, ApplicationInput, ApplicationMessage, ApplicationStatus,
    ApplicationStatusView, ErrorCode, MessageAuthor,
};

use crate::audit::{self, Actor, Change};
use crate::auth::routes::{create_user, send_password_token};
use crate::changes::{self, Entity};
use crate::db::DbConnection;
use crate::db::schema::{application_messages, membership_applications, museums, users};
use crate::error::ApiError;
use crate::museums::{CountryNames, MuseumRow, NewMuseum};
use crate::outbox;
use crate::slugify;

/// An application as stored, without its document and token.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = membership_applications)]
pub struct ApplicationRow {
    pub id: i64,
    pub reference: String,
    pub status: String,
    pub museum_name: String,
    pub museum_name_local: Option<String>,
    pub museum_name_local_lang: Option<String>,
    pub country_code: String,
    pub city: String,
    pub website: String,
    pub founding_year: Option<i32>,
    pub kind: String,
    pub collections: String,
    pub contact_name: String,
    pub contact_title: Option<String>,
    pub contact_email: String,
    pub icom_code_of_ethics: bool,
    pub document_name: String,
    pub museum_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl ApplicationRow {
    fn input(&self) -> Result<ApplicationInput, ApiError> {
        Ok(ApplicationInput {
            museum_name: self.museum_name.clone(),
            museum_name_local: self.museum_name_local.clone(),
            museum_name_local_lang: self.museum_name_local_lang.clone(),
            country: self.country_code.clone(),
            city: self.city.clone(),
            website: self.website.clone(),
            founding_year: self.founding_year,
            kind: crate::stored(&self.kind)?,
            collections: self.collections.clone(),
            contact_name: self.contact_name.clone(),
            contact_title: self.contact_title.clone(),
            contact_email: self.contact_email.clone(),
            icom_code_of_ethics: self.icom_code_of_ethics,
        })
    }

    fn status(&self) -> Result<ApplicationStatus, ApiError> {
        crate::stored(&self.status)
    }
}

fn messages(conn: &mut DbConnection, id: i64) -> Result<Vec<ApplicationMessage>, ApiError> {
    let rows: Vec<(String, String, NaiveDateTime)> = application_messages::table
        .filter(application_messages::application_id.eq(id))
        .order(application_messages::id.asc())
        .select((
            application_messages::author,
            application_messages::body,
            application_messages::created_at,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(author, body, at)| {
            Ok(ApplicationMessage {
                author: crate::stored(&author)?,
                body,
                at: crate::utc(at),
            })
        })
        .collect()
}

fn museum_ref(
    conn: &mut DbConnection,
    id: Option<i64>,
) -> Result<Option<vcm_shared::MuseumRef>, ApiError> {
    let Some(id) = id else { return Ok(None) };
    let row: MuseumRow = museums::table
        .find(id)
        .select(MuseumRow::as_select())
        .first(conn)?;
    Ok(Some(row.to_ref(&CountryNames::load(conn)?)))
}

/// The application as the secretariat reads it.
pub fn admin_wire(conn: &mut DbConnection, row: ApplicationRow) -> Result<Application, ApiError> {
    let bytes: i64 = membership_applications::table
        .find(row.id)
        .select(diesel::dsl::sql::<diesel::sql_types::BigInt>(
            "CAST(length(document) AS BIGINT)",
        ))
        .first(conn)?;
    let country_name = CountryNames::load(conn)?
        .name(&row.country_code)
        .unwrap_or(&row.country_code)
        .to_owned();
    Ok(Application {
        id: row.id,
        reference: row.reference.clone(),
        status: row.status()?,
        input: row.input()?,
        country_name,
        document: ApplicationDocument {
            filename: row.document_name.clone(),
            bytes,
            url: format!("/api/v1/admin/applications/{}/document", row.id),
        },
        messages: messages(conn, row.id)?,
        museum: museum_ref(conn, row.museum_id)?,
        submitted_at: crate::utc(row.created_at),
        updated_at: crate::utc(row.updated_at),
    })
}

/// The application as its applicant sees it.
pub fn status_view(
    conn: &mut DbConnection,
    row: ApplicationRow,
) -> Result<ApplicationStatusView, ApiError> {
    Ok(ApplicationStatusView {
        status: row.status()?,
        messages: messages(conn, row.id)?,
        museum: museum_ref(conn, row.museum_id)?,
        reference: row.reference,
        museum_name: row.museum_name,
        submitted_at: crate::utc(row.created_at),
        updated_at: crate::utc(row.updated_at),
    })
}

/// What the secretariat does with an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    RequestInfo,
    Approve,
    Reject,
    Reopen,
}

impl Decision {
    fn allowed_from(self, from: ApplicationStatus) -> bool {
        match self {
            Self::RequestInfo | Self::Approve | Self::Reject => from.is_open(),
            Self::Reopen => from == ApplicationStatus::Rejected,
        }
    }

    fn target(self) -> ApplicationStatus {
        match self {
            Self::RequestInfo => ApplicationStatus::InfoRequested,
            Self::Approve => ApplicationStatus::Approved,
            Self::Reject => ApplicationStatus::Rejected,
            Self::Reopen => ApplicationStatus::Submitted,
        }
    }

    fn action(self) -> &'static str {
        match self {
            Self::RequestInfo => "application.request_info",
            Self::Approve => "application.approve",
            Self::Reject => "application.reject",
            Self::Reopen => "application.reopen",
        }
    }

    /// Whether the secretariat must say something: what to send, or why not.
    pub fn needs_message(self) -> bool {
        matches!(self, Self::RequestInfo | Self::Reject)
    }
}

/// Reads an application for a change, by id.
pub fn application(conn: &mut DbConnection, id: i64) -> Result<ApplicationRow, ApiError> {
    membership_applications::table
        .find(id)
        .select(ApplicationRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::not_found("application", &id.to_string()))
}

fn add_message(
    conn: &mut DbConnection,
    id: i64,
    author: MessageAuthor,
    body: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(application_messages::table)
        .values((
            application_messages::application_id.eq(id),
            application_messages::author.eq(author.as_str()),
            application_messages::body.eq(body),
            application_messages::created_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

fn set_status(
    conn: &mut DbConnection,
    id: i64,
    status: ApplicationStatus,
    museum_id: Option<i64>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(membership_applications::table.find(id))
        .set((
            membership_applications::status.eq(status.as_str()),
            membership_applications::museum_id.eq(museum_id),
            membership_applications::updated_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

/// Creates the member museum an approved application describes, with a slug
/// no other museum has.
fn create_museum(
    conn: &mut DbConnection,
    row: &ApplicationRow,
    quota: i32,
    now: NaiveDateTime,
) -> Result<MuseumRow, ApiError> {
    let base = match slugify(&row.museum_name, 60) {
        s if s.is_empty() => "museum".to_owned(),
        s => s,
    };
    let taken: Vec<String> = museums::table
        .filter(museums::slug.like(format!("{base}%")))
        .select(museums::slug)
        .load(conn)?;
    let slug = (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|s| !taken.contains(s))
        .expect("some suffix is free");
    diesel::insert_into(museums::table)
        .values(NewMuseum {
            slug: &slug,
            name: &row.museum_name,
            name_local: row.museum_name_local.as_deref(),
            name_local_lang: row.museum_name_local_lang.as_deref(),
            country_code: &row.country_code,
            city: &row.city,
            latitude: None,
            longitude: None,
            website: Some(&row.website),
            description: &row.collections,
            member_since: Some(now.year()),
            membership_status: vcm_shared::MembershipStatus::Active.as_str(),
            masterpiece_quota: quota,
            created_at: now,
            updated_at: now,
        })
        .execute(conn)?;
    let museum: MuseumRow = museums::table
        .filter(museums::slug.eq(&slug))
        .select(MuseumRow::as_select())
        .first(conn)?;
    changes::record(conn, Entity::Museum, museum.id)?;
    Ok(museum)
}

/// The secretariat's decision on an application: checks the transition,
/// records the message, makes the museum and its first editor on approval,
/// emails the applicant and writes the audit log. Call inside [`crate::db::write`].
pub fn decide(
    conn: &mut DbConnection,
    actor: &Actor,
    public_url: &str,
    quota: i32,
    id: i64,
    decision: Decision,
    message: Option<String>,
) -> Result<Application, ApiError> {
    let row = application(conn, id)?;
    let from = row.status()?;
    let to = decision.target();
    if !decision.allowed_from(from) {
        let hint = if from == ApplicationStatus::Rejected {
            ": reopen it first"
        } else {
            ""
        };
        return Err(ApiError::new(
            ErrorCode::InvalidTransition,
            format!("an application that is {from} cannot become {to}{hint}"),
        ));
    }
    let now = Utc::now().naive_utc();
    if let Some(text) = &message {
        add_message(conn, id, MessageAuthor::Secretariat, text, now)?;
    }
    let base = public_url.trim_end_matches('/');
    let mut museum_id = row.museum_id;
    let said = message
        .as_deref()
        .map(|m| format!("\nThe secretariat writes:\n\n{m}\n"))
        .unwrap_or_default();
    let (subject, body) = match decision {
        Decision::RequestInfo => (
            format!(
                "ASEMUS application {}: more information needed",
                row.reference
            ),
            format!(
                "Dear {},\n\nThe secretariat needs more information about the application of {} ({}).\n{said}\nAnswer through the status link we sent when you applied.\n",
                row.contact_name, row.museum_name, row.reference
            ),
        ),
        Decision::Approve => {
            let taken: i64 = users::table
                .filter(users::email.eq(&row.contact_email))
                .count()
                .get_result(conn)?;
            if taken > 0 {
                return Err(ApiError::new(
                    ErrorCode::Conflict,
                    format!(
                        "{} already has an account: change that account's email, or ask the applicant for another contact, before approving",
                        row.contact_email
                    ),
                ));
            }
            let museum = create_museum(conn, &row, quota, now)?;
            let user = create_user(
                conn,
                &row.contact_email,
                &row.contact_name,
                vcm_shared::Role::Editor,
                Some(museum.id),
                None,
            )?;
            send_password_token(conn, public_url, user, &row.contact_email, true)?;
            museum_id = Some(museum.id);
            (
                format!("Welcome to ASEMUS: {} is a member", row.museum_name),
                format!(
                    "Dear {},\n\nThe Asia-Europe Museum Network has approved the application of {} ({}). Welcome!\n{said}\nThe museum's page: {base}/museums/{}\n\nA separate email invites you to set the password of the museum's first editor account, from which you keep its profile and nominate its masterpieces.\n",
                    row.contact_name, row.museum_name, row.reference, museum.slug
                ),
            )
        }
        Decision::Reject => (
            format!("ASEMUS application {}: not accepted", row.reference),
            format!(
                "Dear {},\n\nThe secretariat did not accept the application of {} ({}).\n{said}",
                row.contact_name, row.museum_name, row.reference
            ),
        ),
        Decision::Reopen => (
            format!("ASEMUS application {} is open again", row.reference),
            format!(
                "Dear {},\n\nThe secretariat reopened the application of {} ({}) and will review it again.\n{said}",
                row.contact_name, row.museum_name, row.reference
            ),
        ),
    };
    set_status(conn, id, to, museum_id, now)?;
    outbox::queue(conn, &row.contact_email, &subject, &body)?;
    audit::record(
        conn,
        actor,
        Change {
            action: decision.action(),
            entity: "membership_application",
            key: &row.reference,
            museum_id,
        },
        Some(&serde_json::json!({ "status": from })),
        Some(&serde_json::json!({ "status": to, "message": message })),
    )?;
    let row = application(conn, id)?;
    admin_wire(conn, row)
}

/// Emails every active admin.
fn email_secretariat(conn: &mut DbConnection, subject: &str, body: &str) -> QueryResult<()> {
    let admins: Vec<String> = users::table
        .filter(users::role.eq(vcm_shared::Role::Admin.as_str()))
        .filter(users::disabled.eq(false))
        .select(users::email)
        .load(conn)?;
    for to in admins {
        outbox::queue(conn, &to, subject, body)?;
    }
    Ok(())
}

/// The actor the audit log names for an applicant.
fn applicant(email: &str) -> Actor {
    Actor::system(&format!("applicant {email}"))
}

/// The applicant answers through the private link: the message is recorded,
/// an application waiting for information goes back to the secretariat.
pub fn reply(
    conn: &mut DbConnection,
    public_url: &str,
    row: ApplicationRow,
    message: &str,
) -> Result<ApplicationStatusView, ApiError> {
    let from = row.status()?;
    if !from.is_open() {
        return Err(ApiError::new(
            ErrorCode::InvalidTransition,
            format!("the application is {from}: it takes no more messages"),
        ));
    }
    let now = Utc::now().naive_utc();
    add_message(conn, row.id, MessageAuthor::Applicant, message, now)?;
    let to = ApplicationStatus::Submitted;
    set_status(conn, row.id, to, row.museum_id, now)?;
    email_secretariat(
        conn,
        &format!(
            "Reply on application {}: {}",
            row.reference, row.museum_name
        ),
        &format!(
            "{} answered on the application of {}:\n\n{message}\n\nThe application: {}/admin/applications/{}\n",
            row.contact_name,
            row.museum_name,
            public_url.trim_end_matches('/'),
            row.id
        ),
    )?;
    audit::record(
        conn,
        &applicant(&row.contact_email),
        Change {
            action: "application.reply",
            entity: "membership_application",
            key: &row.reference,
            museum_id: None,
        },
        Some(&serde_json::json!({ "status": from })),
        Some(&serde_json::json!({ "status": to, "message": message })),
    )?;
    let id = row.id;
    let row = application(conn, id)?;
    status_view(conn, row)
}
