//! Signing in and one's own account.

pub mod login;
pub mod settings;
