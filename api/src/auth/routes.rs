//! Sign-in, refresh, sign-out, passwords, and the OAuth 2.0 token endpoint
//! for museums' machine clients.

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::{HttpRequest, HttpResponse, get, post, put, web};
use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use vcm_shared::{
    CurrentUser, ErrorCode, FieldCode, FieldError, LoginRequest, OAuthToken, PasswordChange,
    PasswordResetConfirm, PasswordResetRequest, Problem, Role, Session, password_problem,
};

use super::{
    Keys, LoginLimiter, Person, decoy_hash, digest, hash_password, random_token, verify_password,
};
use crate::audit::{self, Actor, Change};
use crate::config::Settings;
use crate::db::schema::{api_clients, museums, password_tokens, refresh_tokens, users};
use crate::db::{self, DbConnection, Pool};
use crate::error::ApiError;
use crate::http::doc::PROBLEM;
use crate::museums::{CountryNames, MuseumRow};
use crate::outbox;
use crate::outbox::Mailer;

/// The cookie that carries the refresh token: HttpOnly, Secure, SameSite=Strict,
/// sent only to the auth endpoints.
pub const REFRESH_COOKIE: &str = "vcm_refresh";
const COOKIE_PATH: &str = "/api/v1/auth";

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(login)
        .service(refresh)
        .service(logout)
        .service(me)
        .service(change_password)
        .service(request_reset)
        .service(confirm_reset)
        .service(oauth_token);
}

pub fn client_address(req: &HttpRequest) -> String {
    req.peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_default()
}

fn refresh_cookie(value: String, max_age: CookieDuration) -> Cookie<'static> {
    Cookie::build(REFRESH_COOKIE, value)
        .path(COOKIE_PATH)
        .http_only(true)
        .secure(true)
        .same_site(SameSite::Strict)
        .max_age(max_age)
        .finish()
}

/// The wire form of an account.
pub fn current_user(conn: &mut DbConnection, id: i64) -> Result<CurrentUser, ApiError> {
    let (email, display_name, role, museum_id): (String, String, String, Option<i64>) =
        users::table
            .find(id)
            .select((
                users::email,
                users::display_name,
                users::role,
                users::museum_id,
            ))
            .first(conn)?;
    let museum = match museum_id {
        Some(m) => {
            let row: MuseumRow = museums::table
                .find(m)
                .select(MuseumRow::as_select())
                .first(conn)?;
            Some(row.to_ref(&CountryNames::load(conn)?))
        }
        None => None,
    };
    Ok(CurrentUser {
        id,
        email,
        display_name,
        role: crate::stored(&role)?,
        museum,
    })
}

/// Starts a refresh-token family (a sign-in) or continues one; returns the token.
fn issue_refresh(
    conn: &mut DbConnection,
    user_id: i64,
    family: &str,
    days: u64,
) -> QueryResult<String> {
    let token = random_token(32);
    let now = Utc::now().naive_utc();
    diesel::insert_into(refresh_tokens::table)
        .values((
            refresh_tokens::user_id.eq(user_id),
            refresh_tokens::family.eq(family),
            refresh_tokens::token_hash.eq(digest(&token)),
            refresh_tokens::created_at.eq(now),
            refresh_tokens::expires_at.eq(now + Duration::days(days as i64)),
        ))
        .execute(conn)?;
    Ok(token)
}

fn revoke_family(conn: &mut DbConnection, family: &str) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::family.eq(family))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(Some(Utc::now().naive_utc())))
    .execute(conn)
}

/// Revokes every sign-in of an account.
pub fn revoke_all(conn: &mut DbConnection, user_id: i64) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::user_id.eq(user_id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(Some(Utc::now().naive_utc())))
    .execute(conn)
}

fn session_response(
    keys: &Keys,
    settings: &Settings,
    user: CurrentUser,
    refresh_token: String,
) -> Result<HttpResponse, ApiError> {
    let access_token = keys.issue(&format!("user:{}", user.id))?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .cookie(refresh_cookie(
            refresh_token,
            CookieDuration::days(settings.refresh_token_days as i64),
        ))
        .json(Session {
            access_token,
            token_type: "Bearer".into(),
            expires_in: keys.ttl,
            user,
        }))
}

/// Sign in with email and password.
///
/// Answers an access token and sets the refresh token as the `vcm_refresh`
/// cookie (HttpOnly, Secure, SameSite=Strict). After 5 failures in 15 minutes
/// for one account, or 20 from one address, sign-in answers 429.
#[utoipa::path(
    tag = "accounts",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = Session),
        (status = 400, description = "The body is not a sign-in request", body = Problem, content_type = PROBLEM),
        (status = 401, description = "`invalid_credentials`", body = Problem, content_type = PROBLEM),
        (status = 429, description = "`too_many_requests`: too many failures; see `Retry-After`", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/auth/login")]
async fn login(
    keys: web::Data<Keys>,
    pool: web::Data<Pool>,
    limiter: web::Data<LoginLimiter>,
    settings: web::Data<Settings>,
    req: HttpRequest,
    body: web::Json<LoginRequest>,
) -> Result<HttpResponse, ApiError> {
    let LoginRequest { email, password } = body.into_inner();
    let email = email.trim().to_lowercase();
    let address = client_address(&req);
    if !limiter.allows(&email, &address) {
        return Err(ApiError::new(
            ErrorCode::TooManyRequests,
            "too many failed sign-ins; wait a few minutes, or reset the password",
        ));
    }
    let days = settings.refresh_token_days;
    let found = {
        let email = email.clone();
        db::run(&pool, move |conn| {
            Ok(users::table
                .filter(users::email.eq(&email))
                .select((users::id, users::password_hash, users::disabled))
                .first::<(i64, Option<String>, bool)>(conn)
                .optional()?)
        })
        .await?
    };
    let verified = web::block(move || {
        let hash = found
            .as_ref()
            .and_then(|(_, h, _)| h.clone())
            .unwrap_or_else(|| decoy_hash().to_owned());
        let ok = verify_password(&password, &hash);
        found.filter(|(_, h, disabled)| ok && h.is_some() && !disabled)
    })
    .await
    .map_err(|_| ApiError::internal("password check cancelled"))?;
    let Some((user_id, _, _)) = verified else {
        limiter.failed(&email, &address);
        return Err(ApiError::new(
            ErrorCode::InvalidCredentials,
            "the email and password do not match an active account",
        ));
    };
    limiter.succeeded(&email);
    let (user, token) = db::run(&pool, move |conn| {
        crate::db::write(conn, |conn| {
            let token = issue_refresh(conn, user_id, &random_token(16), days)?;
            Ok::<_, ApiError>((current_user(conn, user_id)?, token))
        })
    })
    .await?;
    session_response(&keys, &settings, user, token)
}

fn refresh_token_of(req: &HttpRequest) -> Option<String> {
    req.cookie(REFRESH_COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| !v.is_empty())
}

/// Exchange the refresh cookie for a new access token.
///
/// The refresh token rotates: the answer sets a new one and the old one is
/// spent. Presenting a spent token again revokes every token of that sign-in.
/// Without the cookie the answer is 204: nobody is signed in in this browser
/// (so a web app can ask at start-up without an error).
#[utoipa::path(
    tag = "accounts",
    responses(
        (status = 200, description = "A new access token; the cookie holds a new refresh token", body = Session),
        (status = 204, description = "No refresh cookie: nobody is signed in"),
        (status = 401, description = "`invalid_refresh_token`: unknown, expired, revoked or reused", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/auth/refresh")]
async fn refresh(
    keys: web::Data<Keys>,
    pool: web::Data<Pool>,
    settings: web::Data<Settings>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let Some(presented) = refresh_token_of(&req) else {
        return Ok(HttpResponse::NoContent()
            .insert_header(("Cache-Control", "no-store"))
            .finish());
    };
    let days = settings.refresh_token_days;
    let outcome = db::run(&pool, move |conn| {
        crate::db::write(conn, |conn| {
            type Row = (i64, i64, String, NaiveDateTime, Option<NaiveDateTime>, Option<NaiveDateTime>);
            let row: Option<Row> = refresh_tokens::table
                .filter(refresh_tokens::token_hash.eq(digest(&presented)))
                .select((
                    refresh_tokens::id,
                    refresh_tokens::user_id,
                    refresh_tokens::family,
                    refresh_tokens::expires_at,
                    refresh_tokens::used_at,
                    refresh_tokens::revoked_at,
                ))
                .first(conn)
                .optional()?;
            let Some((id, user_id, family, expires_at, used_at, revoked_at)) = row else {
                return Ok(Err("the refresh token is not known: sign in again"));
            };
            if used_at.is_some() || revoked_at.is_some() {
                revoke_family(conn, &family)?;
                return Ok(Err(
                    "the refresh token was already used; every session of that sign-in is now revoked",
                ));
            }
            let now = Utc::now().naive_utc();
            if expires_at < now {
                return Ok(Err("the sign-in has expired: sign in again"));
            }
            let active: Option<bool> = users::table
                .find(user_id)
                .select(users::disabled)
                .first(conn)
                .optional()?;
            if active != Some(false) {
                revoke_family(conn, &family)?;
                return Ok(Err("the account is disabled"));
            }
            // Spend it only if nobody spent it in the meantime.
            let spent = diesel::update(
                refresh_tokens::table
                    .find(id)
                    .filter(refresh_tokens::used_at.is_null()),
            )
            .set(refresh_tokens::used_at.eq(Some(now)))
            .execute(conn)?;
            if spent == 0 {
                revoke_family(conn, &family)?;
                return Ok(Err("the refresh token was already used"));
            }
            let token = issue_refresh(conn, user_id, &family, days)?;
            Ok::<_, ApiError>(Ok((current_user(conn, user_id)?, token)))
        })
    })
    .await?;
    match outcome {
        Ok((user, token)) => session_response(&keys, &settings, user, token),
        Err(why) => Err(ApiError::new(ErrorCode::InvalidRefreshToken, why)),
    }
}

/// Sign out: revokes the refresh token's sign-in and clears the cookie.
///
/// Access tokens already issued stay valid until they expire (at most
/// `VCM_ACCESS_TOKEN_TTL`, 15 minutes by default); the web app forgets its own.
#[utoipa::path(
    tag = "accounts",
    responses((status = 204, description = "Signed out (also when there was no sign-in)")),
)]
#[post("/auth/logout")]
async fn logout(pool: web::Data<Pool>, req: HttpRequest) -> Result<HttpResponse, ApiError> {
    if let Some(presented) = refresh_token_of(&req) {
        db::run(&pool, move |conn| {
            let family: Option<String> = refresh_tokens::table
                .filter(refresh_tokens::token_hash.eq(digest(&presented)))
                .select(refresh_tokens::family)
                .first(conn)
                .optional()?;
            if let Some(f) = family {
                revoke_family(conn, &f)?;
            }
            Ok(())
        })
        .await?;
    }
    Ok(HttpResponse::NoContent()
        .cookie(refresh_cookie(String::new(), CookieDuration::ZERO))
        .finish())
}

/// The signed-in account.
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = ["person"])),
    responses(
        (status = 200, description = "The account", body = CurrentUser),
    ),
)]
#[get("/auth/me")]
async fn me(
    pool: web::Data<Pool>,
    Person { user_id: id, .. }: Person,
) -> Result<web::Json<CurrentUser>, ApiError> {
    Ok(web::Json(
        db::run(&pool, move |conn| current_user(conn, id)).await?,
    ))
}

fn check_new_password(password: &str, field: &str) -> Result<(), ApiError> {
    match password_problem(password) {
        Some(message) => Err(ApiError::validation(vec![FieldError::new(
            field,
            if password.is_empty() {
                FieldCode::Required
            } else {
                FieldCode::Invalid
            },
            message,
        )])),
        None => Ok(()),
    }
}

/// Change the signed-in account's password.
///
/// Every other sign-in of the account is revoked; this one keeps its tokens.
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = ["person"])),
    request_body = PasswordChange,
    responses(
        (status = 204, description = "Changed"),
        (status = 401, description = "`unauthorized`, or `invalid_credentials` when the current password is wrong", body = Problem, content_type = PROBLEM),
        (status = 422, description = "The new password is too short or too long", body = Problem, content_type = PROBLEM),
    ),
)]
#[put("/auth/password")]
async fn change_password(
    pool: web::Data<Pool>,
    Person {
        user_id: id,
        caller,
    }: Person,
    body: web::Json<PasswordChange>,
) -> Result<HttpResponse, ApiError> {
    let PasswordChange {
        current_password,
        new_password,
    } = body.into_inner();
    check_new_password(&new_password, "new_password")?;
    let stored: Option<String> = db::run(&pool, move |conn| {
        Ok(users::table
            .find(id)
            .select(users::password_hash)
            .first(conn)?)
    })
    .await?;
    let new_hash = web::block(move || {
        let ok = stored.is_some_and(|h| verify_password(&current_password, &h));
        ok.then(|| hash_password(&new_password))
    })
    .await
    .map_err(|_| ApiError::internal("password check cancelled"))?;
    let Some(new_hash) = new_hash.transpose()? else {
        return Err(ApiError::new(
            ErrorCode::InvalidCredentials,
            "the current password is not right",
        ));
    };
    let actor = caller.actor();
    db::run(&pool, move |conn| {
        crate::db::write(conn, |conn| {
            diesel::update(users::table.find(id))
                .set((
                    users::password_hash.eq(Some(new_hash)),
                    users::updated_at.eq(Utc::now().naive_utc()),
                ))
                .execute(conn)?;
            audit::record(
                conn,
                &actor,
                Change {
                    action: "user.password_change",
                    entity: "user",
                    key: &actor.label,
                    museum_id: None,
                },
                None::<&()>,
                None::<&()>,
            )?;
            Ok(())
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Creates a single-use password token for a user and emails its link.
pub fn send_password_token(
    conn: &mut DbConnection,
    public_url: &str,
    user_id: i64,
    email: &str,
    invite: bool,
) -> QueryResult<()> {
    let token = random_token(32);
    let now = Utc::now().naive_utc();
    let (purpose, lifetime) = if invite {
        ("invite", Duration::days(7))
    } else {
        ("reset", Duration::hours(1))
    };
    diesel::insert_into(password_tokens::table)
        .values((
            password_tokens::user_id.eq(user_id),
            password_tokens::token_hash.eq(digest(&token)),
            password_tokens::purpose.eq(purpose),
            password_tokens::created_at.eq(now),
            password_tokens::expires_at.eq(now + lifetime),
        ))
        .execute(conn)?;
    let link = format!(
        "{}/account/password?token={token}",
        public_url.trim_end_matches('/')
    );
    let (subject, body) = if invite {
        (
            "You are invited to the Virtual Collection of Asian Masterpieces",
            format!(
                "Hello,\n\nAn account has been created for you on the Virtual Collection of Asian Masterpieces.\nChoose your password within 7 days at:\n\n{link}\n\nYour token, if you set the password through the API: {token}\n"
            ),
        )
    } else {
        (
            "Reset your VCM password",
            format!(
                "Hello,\n\nSomeone asked to reset the password of this account. If it was you, choose a new password within one hour at:\n\n{link}\n\nYour token, if you set the password through the API: {token}\n\nIf it was not you, ignore this email; your password is unchanged.\n"
            ),
        )
    };
    crate::outbox::queue(conn, email, subject, &body)
}

/// Ask for a password reset email.
///
/// Always answers 202, whether or not the address has an account, so the
/// answer reveals nothing. The email holds a link valid for one hour.
#[utoipa::path(
    tag = "accounts",
    request_body = PasswordResetRequest,
    responses(
        (status = 202, description = "If the address has an active account, an email is on its way"),
        (status = 429, description = "`too_many_requests`", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/auth/password-reset")]
async fn request_reset(
    pool: web::Data<Pool>,
    limiter: web::Data<LoginLimiter>,
    settings: web::Data<Settings>,
    mailer: web::Data<Mailer>,
    req: HttpRequest,
    body: web::Json<PasswordResetRequest>,
) -> Result<HttpResponse, ApiError> {
    let email = body.into_inner().email.trim().to_lowercase();
    let address = client_address(&req);
    // Counted apart from sign-ins (so resets cannot lock an account out) but
    // with the same limits, so the endpoint cannot flood an inbox.
    let (key, address) = (format!("reset:{email}"), format!("reset:{address}"));
    if !limiter.allows(&key, &address) {
        return Err(ApiError::new(
            ErrorCode::TooManyRequests,
            "too many reset requests; wait a few minutes",
        ));
    }
    limiter.failed(&key, &address);
    let public_url = settings.public_url.clone();
    db::run(&pool, move |conn| {
        crate::db::write(conn, |conn| {
            let user: Option<i64> = users::table
                .filter(users::email.eq(&email))
                .filter(users::disabled.eq(false))
                .select(users::id)
                .first(conn)
                .optional()?;
            if let Some(id) = user {
                send_password_token(conn, &public_url, id, &email, false)?;
            }
            Ok(())
        })
    })
    .await?;
    outbox::deliver_soon(&mailer, &pool);
    Ok(HttpResponse::Accepted().finish())
}

/// Set a new password with the token from a reset or invitation email.
///
/// The token is spent, and every sign-in of the account is revoked.
#[utoipa::path(
    tag = "accounts",
    request_body = PasswordResetConfirm,
    responses(
        (status = 204, description = "The password is set; sign in with it"),
        (status = 400, description = "`invalid_reset_token`: unknown, used or expired", body = Problem, content_type = PROBLEM),
        (status = 422, description = "The new password is too short or too long", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/auth/password-reset/confirm")]
async fn confirm_reset(
    pool: web::Data<Pool>,
    body: web::Json<PasswordResetConfirm>,
) -> Result<HttpResponse, ApiError> {
    let PasswordResetConfirm {
        token,
        new_password,
    } = body.into_inner();
    check_new_password(&new_password, "new_password")?;
    let hash = web::block(move || hash_password(&new_password))
        .await
        .map_err(|_| ApiError::internal("hashing cancelled"))??;
    db::run(&pool, move |conn| {
        crate::db::write(conn, |conn| {
            let now = Utc::now().naive_utc();
            let row: Option<(i64, i64)> = password_tokens::table
                .filter(password_tokens::token_hash.eq(digest(token.trim())))
                .filter(password_tokens::used_at.is_null())
                .filter(password_tokens::expires_at.gt(now))
                .select((password_tokens::id, password_tokens::user_id))
                .first(conn)
                .optional()?;
            let Some((token_id, user_id)) = row else {
                return Err(ApiError::new(
                    ErrorCode::InvalidResetToken,
                    "the link is not valid any more: ask for a new one",
                ));
            };
            diesel::update(password_tokens::table.find(token_id))
                .set(password_tokens::used_at.eq(Some(now)))
                .execute(conn)?;
            diesel::update(users::table.find(user_id))
                .set((
                    users::password_hash.eq(Some(hash)),
                    users::updated_at.eq(now),
                ))
                .execute(conn)?;
            revoke_all(conn, user_id)?;
            let email: String = users::table
                .find(user_id)
                .select(users::email)
                .first(conn)?;
            audit::record(
                conn,
                &Actor {
                    kind: vcm_shared::ActorKind::User,
                    id: Some(user_id),
                    label: email.clone(),
                },
                Change {
                    action: "user.password_reset",
                    entity: "user",
                    key: &email,
                    museum_id: None,
                },
                None::<&()>,
                None::<&()>,
            )?;
            Ok(())
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// An OAuth 2.0 token request (RFC 6749 §4.4), form-encoded. The client may
/// authenticate with HTTP Basic instead of the two client fields.
#[derive(Debug, Deserialize, ToSchema)]
pub struct TokenRequest {
    /// Must be `client_credentials`.
    grant_type: String,
    /// The client id (or HTTP Basic user name).
    client_id: Option<String>,
    /// The client secret (or HTTP Basic password).
    client_secret: Option<String>,
    /// Ignored: a client's token always covers its museum's partner API.
    #[allow(dead_code)]
    scope: Option<String>,
}

fn basic_credentials(req: &HttpRequest) -> Option<(String, String)> {
    use base64::Engine;
    let value = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let encoded = value.strip_prefix("Basic ")?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (id, secret) = text.split_once(':')?;
    Some((id.to_owned(), secret.to_owned()))
}

/// Get an access token for a museum's API client (OAuth 2.0 client credentials).
///
/// Send `grant_type=client_credentials` with `client_id` and `client_secret`
/// form-encoded, or the id and secret as HTTP Basic credentials. The token
/// acts for the client's museum on the partner API. A revoked client gets no
/// token, and its tokens stop working at once.
#[utoipa::path(
    tag = "accounts",
    request_body(content = TokenRequest, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "A token", body = OAuthToken),
        (status = 400, description = "`unsupported_grant_type` or `malformed_body`", body = Problem, content_type = PROBLEM),
        (status = 401, description = "`invalid_client`: unknown id, wrong secret, or revoked", body = Problem, content_type = PROBLEM),
    ),
)]
#[post("/oauth/token")]
async fn oauth_token(
    pool: web::Data<Pool>,
    keys: web::Data<Keys>,
    req: HttpRequest,
    form: web::Form<TokenRequest>,
) -> Result<HttpResponse, ApiError> {
    let form = form.into_inner();
    if form.grant_type != "client_credentials" {
        return Err(ApiError::new(
            ErrorCode::UnsupportedGrantType,
            "grant_type must be client_credentials",
        ));
    }
    let (id, secret) = match (form.client_id, form.client_secret) {
        (Some(id), Some(secret)) => (id, secret),
        _ => basic_credentials(&req).ok_or_else(|| {
            ApiError::new(
                ErrorCode::InvalidClient,
                "send client_id and client_secret, in the form or as HTTP Basic credentials",
            )
        })?,
    };
    let row = db::run(&pool, move |conn| {
        let row: Option<(i64, String)> = api_clients::table
            .filter(api_clients::client_id.eq(&id))
            .filter(api_clients::revoked_at.is_null())
            .select((api_clients::id, api_clients::secret_hash))
            .first(conn)
            .optional()?;
        let row = row.filter(|(_, hash)| {
            // Constant-time comparison of the digests.
            let given = digest(&secret);
            given.len() == hash.len()
                && given
                    .bytes()
                    .zip(hash.bytes())
                    .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                    == 0
        });
        if let Some((pk, _)) = &row {
            diesel::update(api_clients::table.find(*pk))
                .set(api_clients::last_used_at.eq(Some(Utc::now().naive_utc())))
                .execute(conn)?;
        }
        Ok(row.map(|(pk, _)| pk))
    })
    .await?;
    let Some(pk) = row else {
        return Err(ApiError::new(
            ErrorCode::InvalidClient,
            "the client id and secret do not match an active API client",
        ));
    };
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(OAuthToken {
            access_token: keys.issue(&format!("client:{pk}"))?,
            token_type: "Bearer".into(),
            expires_in: keys.ttl,
        }))
}

/// Creates an account (for `vcm user create` and admin invitations); the email
/// must be free.
pub fn create_user(
    conn: &mut DbConnection,
    email: &str,
    display_name: &str,
    role: Role,
    museum_id: Option<i64>,
    password_hash: Option<String>,
) -> Result<i64, ApiError> {
    let taken: i64 = users::table
        .filter(users::email.eq(email))
        .count()
        .get_result(conn)?;
    if taken > 0 {
        return Err(ApiError::validation(vec![FieldError::new(
            "email",
            FieldCode::Duplicate,
            "an account with this email exists",
        )]));
    }
    let now = Utc::now().naive_utc();
    diesel::insert_into(users::table)
        .values((
            users::email.eq(email),
            users::display_name.eq(display_name),
            users::password_hash.eq(password_hash),
            users::role.eq(role.as_str()),
            users::museum_id.eq(museum_id),
            users::created_at.eq(now),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(users::table
        .filter(users::email.eq(email))
        .select(users::id)
        .first(conn)?)
}
