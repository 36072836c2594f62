//! Who is calling: passwords, access tokens, refresh tokens, machine clients,
//! and the `Caller` every protected handler takes.
//!
//! An access token is a short-lived HS256 JWT naming its subject
//! (`user:ID` or `client:ID`); issuer, audience and expiry are checked. Each
//! request also reads the account or client, so a disabled account or a
//! revoked client stops working at once, and a role change applies at once.

pub mod clients;
mod limiter;
pub mod routes;

pub use limiter::LoginLimiter;
pub use routes::configure;

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpRequest, dev::Payload, web};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use diesel::prelude::*;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use vcm_shared::{ActorKind, Role};

use crate::audit::Actor;

use crate::db::schema::{api_clients, secrets, users};
use crate::db::{DbConnection, Pool};
use crate::error::ApiError;

const ISSUER: &str = "vcm";
const AUDIENCE: &str = "vcm-api";

/// `n` random bytes from the operating system, URL-safe base64.
pub fn random_token(n: usize) -> String {
    let mut bytes = vec![0u8; n];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The SHA-256 of a high-entropy secret, hex: how refresh tokens, reset tokens
/// and client secrets are stored.
pub fn digest(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// An argon2id hash of a password, in PHC string form.
pub fn hash_password(password: &str) -> Result<String, ApiError> {
    let salt = SaltString::encode_b64(random_token(16).as_bytes())
        .map_err(|e| ApiError::internal(format!("salt: {e}")))?;
    argon2::Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| ApiError::internal(format!("password hashing failed: {e}")))
}

/// Whether a password matches a stored hash.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| {
        argon2::Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// A hash of a random password, to compare against when an account does not
/// exist, so a failed login takes as long whether or not the email is known.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password(&random_token(16)).expect("hashing works"))
}

/// The claims of an access token.
#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    /// `user:ID` or `client:ID`.
    pub sub: String,
    pub iat: i64,
    pub exp: i64,
}

/// The token signing keys and lifetimes.
pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    /// Access token lifetime in seconds.
    pub ttl: u64,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys").field("ttl", &self.ttl).finish()
    }
}

impl Keys {
    pub fn new(secret: &str, ttl: u64) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 5;
        Self {
            encoding: EncodingKey::from_secret(secret.as_bytes()),
            decoding: DecodingKey::from_secret(secret.as_bytes()),
            validation,
            ttl,
        }
    }

    /// A signed access token for a subject (`user:ID` or `client:ID`).
    pub fn issue(&self, subject: &str) -> Result<String, ApiError> {
        let now = chrono::Utc::now().timestamp();
        let claims = Claims {
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            sub: subject.into(),
            iat: now,
            exp: now + self.ttl as i64,
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| ApiError::internal(format!("token signing failed: {e}")))
    }

    /// The subject of a valid token.
    pub fn verify(&self, token: &str) -> Result<String, ApiError> {
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation)
            .map(|t| t.claims.sub)
            .map_err(|e| {
                use jsonwebtoken::errors::ErrorKind;
                let why = match e.kind() {
                    ErrorKind::ExpiredSignature => "the access token has expired; get a new one",
                    ErrorKind::InvalidAudience | ErrorKind::InvalidIssuer => {
                        "the access token was not issued for this API"
                    }
                    _ => "the access token is not valid",
                };
                ApiError::unauthorized(why)
            })
    }
}

/// The signing secret: the setting, or one generated once and kept in the
/// database so every server sharing it agrees.
pub fn signing_secret(conn: &mut DbConnection, configured: Option<&str>) -> Result<String, String> {
    if let Some(s) = configured {
        if s.len() < 32 {
            return Err("VCM_JWT_SECRET must be at least 32 characters".into());
        }
        return Ok(s.to_owned());
    }
    const NAME: &str = "jwt_hs256";
    let read = |conn: &mut DbConnection| {
        secrets::table
            .find(NAME)
            .select(secrets::value)
            .first::<String>(conn)
            .optional()
    };
    let fail = |e: diesel::result::Error| format!("cannot read the token signing key: {e}");
    if let Some(secret) = read(conn).map_err(fail)? {
        return Ok(secret);
    }
    // Another server may insert it at the same moment: whichever row won is the key.
    let _ = diesel::insert_into(secrets::table)
        .values((secrets::name.eq(NAME), secrets::value.eq(random_token(32))))
        .execute(conn);
    read(conn)
        .map_err(fail)?
        .ok_or_else(|| "cannot store the token signing key".to_owned())
}

/// An authenticated caller, read fresh from the database on every request.
#[derive(Debug, Clone)]
pub enum Caller {
    User {
        id: i64,
        email: String,
        role: Role,
        museum_id: Option<i64>,
    },
    Client {
        id: i64,
        client_id: String,
        museum_id: i64,
    },
}

impl Caller {
    /// The museum a partner call acts for: an editor's or a client's own.
    pub fn museum(&self) -> Result<i64, ApiError> {
        match self {
            Self::User {
                museum_id: Some(m),
                role: Role::Editor,
                ..
            } => Ok(*m),
            Self::Client { museum_id, .. } => Ok(*museum_id),
            Self::User { .. } => Err(ApiError::forbidden(
                "the partner API acts for one museum: sign in as one of its editors or use its API client",
            )),
        }
    }

    /// The editor's account, for what only a person may do.
    pub fn editor(&self) -> Result<(i64, i64), ApiError> {
        match self {
            Self::User {
                id,
                role: Role::Editor,
                museum_id: Some(m),
                ..
            } => Ok((*id, *m)),
            _ => Err(ApiError::forbidden(
                "only an editor of the museum, signed in, may do this",
            )),
        }
    }

    /// Passes for admins only.
    pub fn admin(&self) -> Result<i64, ApiError> {
        match self {
            Self::User {
                id,
                role: Role::Admin,
                ..
            } => Ok(*id),
            _ => Err(ApiError::forbidden("this needs the admin role")),
        }
    }

    /// The signed-in person's account id.
    pub fn user_id(&self) -> Result<i64, ApiError> {
        match self {
            Self::User { id, .. } => Ok(*id),
            Self::Client { .. } => Err(ApiError::forbidden(
                "this is for people signed in, not API clients",
            )),
        }
    }

    pub fn actor(&self) -> Actor {
        match self {
            Self::User { id, email, .. } => Actor {
                kind: ActorKind::User,
                id: Some(*id),
                label: email.clone(),
            },
            Self::Client { id, client_id, .. } => Actor {
                kind: ActorKind::Client,
                id: Some(*id),
                label: client_id.clone(),
            },
        }
    }
}

/// Reads the bearer token of a request, verifies it and loads its subject.
async fn authenticate(req: &HttpRequest) -> Result<Caller, ApiError> {
    let (Some(keys), Some(pool)) = (
        req.app_data::<web::Data<Keys>>(),
        req.app_data::<web::Data<Pool>>(),
    ) else {
        return Err(ApiError::internal("no signing keys or database"));
    };
    let header = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .ok_or_else(|| {
            ApiError::unauthorized("this needs credentials: send `Authorization: Bearer <token>`")
        })?;
    let token = header
        .to_str()
        .ok()
        .and_then(|h| {
            h.strip_prefix("Bearer ")
                .or_else(|| h.strip_prefix("bearer "))
        })
        .ok_or_else(|| {
            ApiError::unauthorized("the Authorization header must be `Bearer <token>`")
        })?;
    let subject = keys.verify(token.trim())?;
    let (kind, id) = subject
        .split_once(':')
        .and_then(|(k, id)| Some((k.to_owned(), id.parse::<i64>().ok()?)))
        .ok_or_else(|| ApiError::unauthorized("the access token is not valid"))?;
    crate::db::run(pool, move |conn| load_caller(conn, &kind, id)).await
}

fn load_caller(conn: &mut DbConnection, kind: &str, id: i64) -> Result<Caller, ApiError> {
    let gone =
        || ApiError::unauthorized("the account or client behind this token is no longer active");
    match kind {
        "user" => {
            let (email, role, museum_id, disabled): (String, String, Option<i64>, bool) =
                users::table
                    .find(id)
                    .select((users::email, users::role, users::museum_id, users::disabled))
                    .first(conn)
                    .optional()?
                    .ok_or_else(gone)?;
            if disabled {
                return Err(gone());
            }
            Ok(Caller::User {
                id,
                email,
                role: crate::stored(&role)?,
                museum_id,
            })
        }
        "client" => {
            let (client_id, museum_id): (String, i64) = api_clients::table
                .find(id)
                .filter(api_clients::revoked_at.is_null())
                .select((api_clients::client_id, api_clients::museum_id))
                .first(conn)
                .optional()?
                .ok_or_else(gone)?;
            Ok(Caller::Client {
                id,
                client_id,
                museum_id,
            })
        }
        _ => Err(ApiError::unauthorized("the access token is not valid")),
    }
}

/// Authenticates a request's caller, then lets `check` decide whether it may
/// call the handler and what the handler gets.
fn extract<T: 'static>(
    req: &HttpRequest,
    check: fn(Caller) -> Result<T, ApiError>,
) -> Pin<Box<dyn Future<Output = Result<T, ApiError>>>> {
    let req = req.clone();
    Box::pin(async move { check(authenticate(&req).await?) })
}

// The parameters that say who may call a handler: each answers 401 without
// valid credentials and 403 for a caller of another kind, before the handler
// runs. The OpenAPI document names the same role as the bearer scheme's scope
// (`security(("bearer" = ["admin"]))`), which the role matrix test reads.

/// A person signed in, in any role (not an API client).
#[derive(Debug)]
pub struct Person {
    pub user_id: i64,
    pub caller: Caller,
}

/// The secretariat: a signed-in admin.
#[derive(Debug)]
pub struct Admin {
    pub id: i64,
    pub caller: Caller,
}

/// Whoever acts for one museum: one of its editors, signed in, or its API
/// client. Its museum is the only one it reaches.
#[derive(Debug)]
pub struct MuseumActor {
    pub museum_id: i64,
    pub caller: Caller,
}

/// One of a museum's editors, signed in: for what only a person may do
/// (API clients may not).
#[derive(Debug)]
pub struct MuseumEditor {
    pub user_id: i64,
    pub museum_id: i64,
    pub caller: Caller,
}

impl FromRequest for Person {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        extract(req, |caller| {
            let user_id = caller.user_id()?;
            Ok(Self { user_id, caller })
        })
    }
}

impl FromRequest for Admin {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        extract(req, |caller| {
            let id = caller.admin()?;
            Ok(Self { id, caller })
        })
    }
}

impl FromRequest for MuseumActor {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        extract(req, |caller| {
            let museum_id = caller.museum()?;
            Ok(Self { museum_id, caller })
        })
    }
}

impl FromRequest for MuseumEditor {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        extract(req, |caller| {
            let (user_id, museum_id) = caller.editor()?;
            Ok(Self {
                user_id,
                museum_id,
                caller,
            })
        })
    }
}
