//! Failed sign-ins, counted per account and per client address in a sliding
//! window, in this process's memory (each server counts its own).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures an account may have in the window before sign-in is refused.
pub const PER_ACCOUNT: usize = 5;
/// Failures one address may have in the window, over all accounts.
pub const PER_ADDRESS: usize = 20;
/// The window.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

#[derive(Debug, Default)]
pub struct LoginLimiter {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl LoginLimiter {
    fn keys(email: &str, address: &str) -> [(String, usize); 2] {
        [
            (format!("account:{}", email.to_lowercase()), PER_ACCOUNT),
            (format!("address:{address}"), PER_ADDRESS),
        ]
    }

    /// Whether another attempt is allowed now.
    pub fn allows(&self, email: &str, address: &str) -> bool {
        let mut failures = self.failures.lock().expect("the limiter lock");
        let now = Instant::now();
        Self::keys(email, address).iter().all(|(key, max)| {
            failures.get_mut(key).is_none_or(|times| {
                times.retain(|t| now.duration_since(*t) < WINDOW);
                times.len() < *max
            })
        })
    }

    pub fn failed(&self, email: &str, address: &str) {
        let mut failures = self.failures.lock().expect("the limiter lock");
        if failures.len() > 100_000 {
            // Bounded memory under a flood of distinct keys: forget the oldest state.
            failures.clear();
        }
        for (key, _) in Self::keys(email, address) {
            failures.entry(key).or_default().push(Instant::now());
        }
    }

    /// A success clears the account's failures (not the address's).
    pub fn succeeded(&self, email: &str) {
        let key = format!("account:{}", email.to_lowercase());
        self.failures.lock().expect("the limiter lock").remove(&key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_locked_after_five_failures_and_an_address_after_twenty() {
        let l = LoginLimiter::default();
        for _ in 0..PER_ACCOUNT {
            assert!(l.allows("a@x.org", "1.1.1.1"));
            l.failed("a@x.org", "1.1.1.1");
        }
        assert!(!l.allows("A@x.org", "2.2.2.2"), "per account, any address");
        assert!(l.allows("b@x.org", "1.1.1.1"));
        for i in 0..PER_ADDRESS {
            l.failed(&format!("{i}@x.org"), "3.3.3.3");
        }
        assert!(
            !l.allows("new@x.org", "3.3.3.3"),
            "per address, any account"
        );
    }
}
