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

/// A `<time>` element for `at`, machine-readable and written for people.
#[component]
pub fn Time(at: DateTime<Utc>) -> impl IntoView {
    view! {
        <time datetime=at.to_rfc3339_opts(SecondsFormat::Secs, true)>{local_time(&at)}</time>
    }
}
