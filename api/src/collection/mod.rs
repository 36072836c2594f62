//! The collection: masterpieces, their public listing, and the daily highlights.

mod featured;
mod routes;

pub use featured::of_day;

/// The public collection's routes and the masterpiece-of-the-day schedule.
pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    routes::configure(config);
    featured::configure(config);
}
