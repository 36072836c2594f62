//! The secretariat's console.

pub mod applications;
pub mod dashboard;
pub mod featured;
pub mod museums;
pub mod records;
pub mod reviews;
pub mod settings;
