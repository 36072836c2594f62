//! Who is signed in. The access token lives only in memory, in a signal of
//! the app's root context: never in `localStorage` or a readable cookie, so a
//! script injected into the page cannot carry it off for later. What keeps a
//! person signed in across reloads is the refresh token, an HttpOnly cookie
//! the server sets and the page never sees: on start-up (and whenever a call
//! answers `401`) the app exchanges it for a fresh access token.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::task::spawn_local;
use vcm_shared::{CurrentUser, ErrorCode, Problem, Session};

use crate::api::{self, ApiError};

/// Renew the access token this many milliseconds before it expires, so that a
/// request does not set out with a token that dies on the way.
const RENEW_MARGIN_MS: f64 = 30_000.0;

/// Where the sign-in stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthStatus {
    /// The app has just started and is asking the server whether the refresh
    /// cookie still holds a sign-in.
    Checking,
    /// Nobody is signed in.
    SignedOut,
    /// This account is signed in.
    SignedIn(Box<CurrentUser>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    value: String,
    /// When it expires, in milliseconds since the epoch (the browser's clock).
    expires_at: u64,
}

/// The sign-in, provided once at the app's root; cheap to copy.
#[derive(Debug, Clone, Copy)]
pub struct Auth {
    status: RwSignal<AuthStatus>,
    token: RwSignal<Option<Token>>,
    /// Counts sign-ins and sign-outs, so that a renewal under way when the
    /// person signed out (or in again) is not applied over it.
    epoch: StoredValue<u64>,
}

/// The answer of the renewal under way, which every caller that needs a new
/// token meanwhile waits for: the refresh token rotates, and presenting a
/// spent one ends the whole sign-in, so two renewals must never overlap.
type Renewal = Shared<Result<String, ApiError>>;

thread_local! {
    static RENEWAL: RefCell<Option<Renewal>> = const { RefCell::new(None) };
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The error a call answers when nobody is signed in.
fn signed_out() -> ApiError {
    ApiError::Problem(Problem::new(ErrorCode::Unauthorized, "sign in to continue"))
}

impl Auth {
    /// Where the sign-in stands (tracked).
    pub fn status(&self) -> AuthStatus {
        self.status.get()
    }

    /// The signed-in account, if any (tracked).
    pub fn user(&self) -> Option<CurrentUser> {
        match &*self.status.read() {
            AuthStatus::SignedIn(user) => Some(*user.clone()),
            _ => None,
        }
    }

    /// Takes in the account as the server describes it now (its name or
    /// museum may have changed since signing in).
    pub fn refresh_user(&self, user: CurrentUser) {
        if matches!(self.status.get_untracked(), AuthStatus::SignedIn(_)) {
            self.set_status(AuthStatus::SignedIn(Box::new(user)));
        }
    }

    fn set_status(&self, status: AuthStatus) {
        // Only a real change notifies, so that renewing a token does not
        // rebuild the pages that depend on who is signed in.
        if self.status.get_untracked() != status {
            self.status.set(status);
        }
    }

    fn keep(&self, session: Session) -> String {
        let token = session.access_token.clone();
        self.token.set(Some(Token {
            value: session.access_token,
            expires_at: now_ms() + session.expires_in.saturating_mul(1000),
        }));
        self.set_status(AuthStatus::SignedIn(Box::new(session.user)));
        token
    }

    /// Takes in a new sign-in.
    pub fn accept(&self, session: Session) {
        self.epoch.update_value(|e| *e += 1);
        self.keep(session);
    }

    /// Forgets the access token and who was signed in.
    pub fn forget(&self) {
        self.epoch.update_value(|e| *e += 1);
        self.token.set(None);
        self.set_status(AuthStatus::SignedOut);
    }

    /// An access token good for a while yet: the one held, or a renewed one.
    pub async fn token(self) -> Result<String, ApiError> {
        let held = self.token.get_untracked();
        match held {
            Some(t) if t.expires_at > now_ms() + RENEW_MARGIN_MS as u64 => Ok(t.value),
            _ if self.status.get_untracked() == AuthStatus::SignedOut => Err(signed_out()),
            _ => self.renew().await,
        }
    }

    /// Exchanges the refresh cookie for a new access token. Only one exchange
    /// is ever under way; whoever asks meanwhile waits for its answer.
    pub async fn renew(self) -> Result<String, ApiError> {
        let under_way = RENEWAL.with(|r| r.borrow().clone());
        let renewal = match under_way {
            Some(renewal) => renewal,
            None => {
                let renewal = Renewal::new();
                RENEWAL.with(|r| *r.borrow_mut() = Some(renewal.clone()));
                let done = renewal.clone();
                let epoch = self.epoch.get_value();
                // Spawned, not awaited here, so that the exchange finishes
                // (and the waiters hear of it) even if this caller is dropped.
                spawn_local(async move {
                    let answer = api::refresh().await;
                    RENEWAL.with(|r| *r.borrow_mut() = None);
                    done.set(self.settle(epoch, answer));
                });
                renewal
            }
        };
        renewal.wait().await
    }

    /// Applies the answer of a renewal begun at `epoch`.
    fn settle(&self, epoch: u64, answer: Result<Session, ApiError>) -> Result<String, ApiError> {
        if self.epoch.get_value() != epoch {
            // Signed out or in meanwhile: that is what stands.
            return self
                .token
                .get_untracked()
                .map(|t| t.value)
                .ok_or_else(signed_out);
        }
        match answer {
            Ok(session) => Ok(self.keep(session)),
            Err(e) => {
                if e.is_unauthorized() || e.code() == Some(ErrorCode::InvalidRefreshToken) {
                    self.forget();
                } else if self.status.get_untracked() == AuthStatus::Checking {
                    // The server could not be asked; treat it as signed out
                    // rather than wait forever. Signing in again still works.
                    self.set_status(AuthStatus::SignedOut);
                }
                Err(e)
            }
        }
    }
}

/// Creates the sign-in state for the whole app and asks the server, once,
/// whether the refresh cookie still holds a sign-in.
pub fn provide_auth() -> Auth {
    let auth = Auth {
        status: RwSignal::new(AuthStatus::Checking),
        token: RwSignal::new(None),
        epoch: StoredValue::new(0),
    };
    provide_context(auth);
    // Only the browser holds the refresh cookie's answer: a page rendered on
    // the server shows the header as "checking", as the browser does at first.
    #[cfg(not(feature = "ssr"))]
    spawn_local(async move {
        let _ = auth.renew().await;
    });
    auth
}

/// The app's sign-in state.
pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}

/// A value many futures may wait for, set once.
struct Shared<T> {
    inner: Rc<RefCell<SharedState<T>>>,
}

struct SharedState<T> {
    value: Option<T>,
    wakers: Vec<Waker>,
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared {
            inner: Rc::clone(&self.inner),
        }
    }
}

impl<T: Clone> Shared<T> {
    fn new() -> Self {
        Shared {
            inner: Rc::new(RefCell::new(SharedState {
                value: None,
                wakers: Vec::new(),
            })),
        }
    }

    fn set(&self, value: T) {
        let wakers = {
            let mut state = self.inner.borrow_mut();
            state.value = Some(value);
            std::mem::take(&mut state.wakers)
        };
        for waker in wakers {
            waker.wake();
        }
    }

    fn wait(&self) -> SharedWait<T> {
        SharedWait(self.clone())
    }
}

struct SharedWait<T>(Shared<T>);

impl<T: Clone> Future for SharedWait<T> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let mut state = self.0.inner.borrow_mut();
        match &state.value {
            Some(value) => Poll::Ready(value.clone()),
            None => {
                state.wakers.push(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}
