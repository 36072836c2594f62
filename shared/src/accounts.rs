//! Accounts, sign-in, machine clients, the audit log and the email outbox, as
//! they travel on the wire.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{MuseumRef, UnknownValue};

string_enum! {
    /// What a person may do.
    Role {
        /// The secretariat: every museum, every account, the audit log.
        Admin = "admin",
        /// Edits one museum's profile and works.
        Editor = "editor",
    }
}

string_enum! {
    /// Who made a change.
    ActorKind {
        /// A person signed in to an account.
        User = "user",
        /// A museum's collection system, through an API client.
        Client = "client",
        /// The platform itself, or an operator at the command line.
        System = "system",
    }
}

/// The shortest password accepted.
pub const MIN_PASSWORD_LEN: usize = 12;
/// The longest password accepted (argon2 hashes any length; this bounds the work).
pub const MAX_PASSWORD_LEN: usize = 256;

/// Whether a string looks like an email address: one `@` with text either
/// side, a dot in the domain, no spaces, at most 254 characters.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    s.len() <= 254
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !s.chars().any(char::is_whitespace)
}

/// What is wrong with a new password, if anything.
pub fn password_problem(password: &str) -> Option<String> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_LEN {
        Some(format!("must be at least {MIN_PASSWORD_LEN} characters"))
    } else if n > MAX_PASSWORD_LEN {
        Some(format!("must be at most {MAX_PASSWORD_LEN} characters"))
    } else {
        None
    }
}

/// Email and password, to sign in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    /// The account's email address.
    pub email: String,
    /// The account's password.
    pub password: String,
}

/// The signed-in account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CurrentUser {
    /// The account's id.
    pub id: i64,
    /// The account's email address.
    pub email: String,
    /// The name shown to others.
    pub display_name: String,
    /// What the account may do.
    pub role: Role,
    /// The museum an editor works for; absent for admins.
    pub museum: Option<MuseumRef>,
}

/// An access token after signing in or refreshing. The refresh token travels
/// only in the `vcm_refresh` cookie (HttpOnly, Secure, SameSite=Strict).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    /// A JWT to send as `Authorization: Bearer …`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: u64,
    /// The signed-in account.
    pub user: CurrentUser,
}

/// A new password in place of the current one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordChange {
    /// The password in use now.
    pub current_password: String,
    /// The new password, at least 12 characters.
    pub new_password: String,
}

/// A request for a password reset email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordResetRequest {
    /// The account's email address.
    pub email: String,
}

/// A new password set with the token from a reset or invitation email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordResetConfirm {
    /// The token from the email.
    pub token: String,
    /// The new password, at least 12 characters.
    pub new_password: String,
}

/// An OAuth 2.0 access token (RFC 6749 §5.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OAuthToken {
    /// A JWT to send as `Authorization: Bearer …`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the token expires.
    pub expires_in: u64,
}

/// A museum's machine client, as listed (the secret is never shown again).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiClient {
    /// The public client id, sent with the secret to `/api/v1/oauth/token`.
    pub client_id: String,
    /// A name to recognise it by, e.g. `Collection system`.
    pub name: String,
    /// The museum it acts for.
    pub museum: MuseumRef,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it last obtained a token.
    pub last_used_at: Option<DateTime<Utc>>,
    /// When it was revoked; a revoked client gets no tokens and its tokens stop working.
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The API clients of a museum, or of every museum for admins, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiClientList {
    /// The clients.
    pub items: Vec<ApiClient>,
}

/// A client to create.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewApiClient {
    /// A name to recognise it by, 1 to 100 characters.
    pub name: String,
}

/// A client just created, with its secret: shown this once, stored only hashed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedApiClient {
    /// The client.
    pub client: ApiClient,
    /// The secret. Keep it safe: it cannot be shown again.
    pub client_secret: String,
}

/// An account, as admins see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    /// The account's id.
    pub id: i64,
    /// The account's email address.
    pub email: String,
    /// The name shown to others.
    pub display_name: String,
    /// What the account may do.
    pub role: Role,
    /// The museum an editor works for.
    pub museum: Option<MuseumRef>,
    /// A disabled account cannot sign in and its tokens stop working.
    pub disabled: bool,
    /// Whether a password is set (an invited user sets one from the email).
    pub has_password: bool,
    /// When the account was created.
    pub created_at: DateTime<Utc>,
}

/// Every account, by email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserList {
    /// The accounts.
    pub items: Vec<User>,
}

/// An invitation: the account is created without a password and the person is
/// emailed a link to set one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserInvite {
    /// The person's email address.
    pub email: String,
    /// The name shown to others.
    pub display_name: String,
    /// What the account may do.
    pub role: Role,
    /// For editors: the slug of their museum.
    pub museum: Option<String>,
}

/// Changes to an account; absent fields stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserUpdate {
    /// A new role; an editor needs `museum`.
    pub role: Option<Role>,
    /// For editors: the slug of their museum.
    pub museum: Option<String>,
    /// Disable (true) or enable (false) the account.
    pub disabled: Option<bool>,
    /// A new display name.
    pub display_name: Option<String>,
}

/// One change in the audit log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    /// Increasing with time.
    pub id: i64,
    /// When the change was made.
    pub at: DateTime<Utc>,
    /// Who made it.
    pub actor_kind: ActorKind,
    /// The account's email, the client's id, or what the system did it for.
    pub actor: String,
    /// What was done, e.g. `artwork.update`.
    pub action: String,
    /// The kind of record, e.g. `artwork`.
    pub entity: String,
    /// The record's key, e.g. an artwork's slug.
    pub entity_key: String,
    /// The museum the record belongs to, if any.
    pub museum: Option<String>,
    /// The record before the change; absent for creations.
    pub before: Option<serde_json::Value>,
    /// The record after the change; absent for deletions.
    pub after: Option<serde_json::Value>,
}

/// A page of the audit log, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditPage {
    /// The entries.
    pub items: Vec<AuditEntry>,
    /// Pass as `cursor` to get older entries; absent on the last page.
    pub next_cursor: Option<String>,
}

/// An email the platform wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Email {
    /// Increasing with time.
    pub id: i64,
    /// The address it is for.
    pub recipient: String,
    /// The subject line.
    pub subject: String,
    /// The plain-text body.
    pub body: String,
    /// When it was written.
    pub created_at: DateTime<Utc>,
    /// When it was delivered (sent by SMTP or written to the outbox folder).
    pub sent_at: Option<DateTime<Utc>>,
    /// `smtp` or `file:<path>`, once delivered.
    pub delivery: Option<String>,
    /// Why the last delivery attempt failed, if it did.
    pub error: Option<String>,
}

/// A page of the outbox, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmailPage {
    /// The emails.
    pub items: Vec<Email>,
    /// Pass as `cursor` to get older emails; absent on the last page.
    pub next_cursor: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        for ok in ["a@b.org", "curator@museum.go.kr", "x.y+z@e-x.co"] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "a@",
            "@b.org",
            "a@b",
            "a b@c.org",
            "a@.org",
            "a@b.",
            "a@@b.org",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn passwords() {
        assert!(password_problem("short").is_some());
        assert!(password_problem("correct horse battery").is_none());
        assert!(password_problem(&"x".repeat(257)).is_some());
    }
}
