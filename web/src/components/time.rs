//! A moment, written the way the visitor's language and time zone write it.

use chrono::{DateTime, SecondsFormat, Utc};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::i18n::use_locale;

/// `at` as a date and time in the browser's time zone, e.g. `3 Feb 2025, 14:05`.
pub fn local_time(at: &DateTime<Utc>) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    String::from(date.to_locale_string(use_locale().tag(), &options))
}

/// `at` as a date in the browser's time zone, e.g. `3 Feb 2025`.
pub fn local_date(at: &DateTime<Utc>) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    String::from(date.to_locale_date_string(use_locale().tag(), &options))
}

/// A calendar day (`YYYY-MM-DD`, in UTC) written for people, e.g. `3 February 2025`.
pub fn day_name(day: &chrono::NaiveDate) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(&format!("{day}T12:00:00Z")));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"full".into());
    let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    String::from(date.to_locale_date_string(use_locale().tag(), &options))
}

/// Today in UTC, as the server counts days (`YYYY-MM-DD`).
pub fn today_utc() -> chrono::NaiveDate {
    DateTime::<Utc>::from_timestamp_millis(js_sys::Date::now() as i64)
        .unwrap_or_default()
        .date_naive()
}

/// This year, by the browser's clock.
pub fn this_year() -> i32 {
    use chrono::Datelike;
    today_utc().year()
}

/// A `<time>` element for `at`, machine-readable and written for people: in
/// UTC where the page is rendered on the server, then in the browser's time
/// zone once it runs there.
#[component]
pub fn Time(at: DateTime<Utc>) -> impl IntoView {
    let text = RwSignal::new(at.format("%-d %b %Y, %H:%M UTC").to_string());
    Effect::new(move || text.set(local_time(&at)));
    view! { <time datetime=at.to_rfc3339_opts(SecondsFormat::Secs, true)>{text}</time> }
}
