//! A filter form that applies itself: the server renders an ordinary GET
//! form (which works without JavaScript, through its button), and this
//! island submits it as soon as a value changes, leaving empty fields out of
//! the address.

use leptos::prelude::*;
use vcm_shared::CountryWithCounts;

use crate::i18n::country_name;

/// Wraps a `<form method="get">` whose fields filter the page.
#[island]
pub fn FilterForm(children: Children) -> impl IntoView {
    view! {
        <div
            class="filter-form"
            on:change=move |ev| {
                #[cfg(not(feature = "ssr"))]
                if let Some(form) = form_of(ev.target()) {
                    let _ = form.request_submit();
                }
                #[cfg(feature = "ssr")]
                let _ = ev;
            }
            on:submit=move |ev| {
                #[cfg(not(feature = "ssr"))]
                if let Some(form) = form_of(ev.target()) {
                    ev.prevent_default();
                    crate::address::load(&filled_address(&form));
                }
                #[cfg(feature = "ssr")]
                let _ = ev;
            }
        >
            {children()}
        </div>
    }
}

/// The form an event's target is, or sits in.
#[cfg(not(feature = "ssr"))]
fn form_of(target: Option<web_sys::EventTarget>) -> Option<web_sys::HtmlFormElement> {
    use wasm_bindgen::JsCast;
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    element
        .closest("form")
        .ok()
        .flatten()?
        .dyn_into::<web_sys::HtmlFormElement>()
        .ok()
}

/// The form's address with its non-empty fields as the query.
#[cfg(not(feature = "ssr"))]
fn filled_address(form: &web_sys::HtmlFormElement) -> String {
    use crate::search_state::encode_component;
    let path = window().location().pathname().unwrap_or_default();
    let mut query = Vec::new();
    if let Ok(data) = web_sys::FormData::new_with_form(form)
        && let Ok(Some(entries)) = js_sys::try_iter(&data)
    {
        for entry in entries.flatten() {
            let pair = js_sys::Array::from(&entry);
            if let (Some(name), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string())
                && !value.trim().is_empty()
            {
                query.push(format!(
                    "{}={}",
                    encode_component(&name),
                    encode_component(value.trim())
                ));
            }
        }
    }
    if query.is_empty() {
        path
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

/// The countries of a filter's `<select>`: those that `counted` finds in the
/// collection (and the `selected` one, whatever its count), loaded on the
/// server with the page.
#[component]
pub fn CountryOptions(selected: String, counted: fn(&CountryWithCounts) -> bool) -> impl IntoView {
    let countries = Resource::new(
        || (),
        |()| crate::api::read(crate::api::public::countries()),
    );
    view! {
        <Suspense>
            {move || Suspend::new({
                let selected = selected.clone();
                async move {
                    countries
                        .await
                        .map(|l| l.items)
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|c| counted(c) || c.country.code == selected)
                        .map(|c| {
                            let is = c.country.code == selected;
                            let name = country_name(&c.country.code, &c.country.name);
                            view! {
                                <option value=c.country.code selected=is>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()
                }
            })}
        </Suspense>
    }
}
