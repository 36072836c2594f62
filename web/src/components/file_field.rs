//! A labelled file field: the file a person chose, shown by its name and
//! size, with its problems said under it as any field's are.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::forms::{FieldErrors, FieldState, Problems, field_id};
use crate::i18n::{Key, t, t_with};

/// A size in bytes, e.g. `12.4 kB`.
pub fn file_size(bytes: f64) -> String {
    if bytes < 1000.0 {
        format!("{bytes} B")
    } else if bytes < 1_000_000.0 {
        format!("{:.1} kB", bytes / 1000.0)
    } else {
        format!("{:.1} MB", bytes / 1_000_000.0)
    }
}

/// A required file field bound to `file`; its problems are those of
/// `problems` for `name`, as the server or the form's own checks name it.
#[component]
pub fn FileField(
    /// Prefix of the ids, unique on the page.
    form: &'static str,
    /// The field's name, as the API names it.
    name: &'static str,
    label: Key,
    #[prop(into)] hint: String,
    /// The media types and extensions offered, e.g. `application/pdf,.pdf`.
    accept: &'static str,
    file: RwSignal<Option<web_sys::File>, LocalStorage>,
    problems: Problems,
    /// Runs after a file is chosen or the choice is cleared.
    #[prop(optional)]
    on_change: Option<Callback<()>>,
    /// The control, for a form that clears it.
    #[prop(optional)]
    node_ref: NodeRef<html::Input>,
    /// The control's `data-testid`, for browser tests.
    testid: &'static str,
) -> impl IntoView {
    let id = field_id(form, name);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let state = FieldState::new(problems, name);
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || state.described_by(Some(&hint_id), &error_id)
    };
    let on_input = move |ev: leptos::ev::Event| {
        let picked = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|i| i.files())
            .and_then(|list| list.get(0));
        file.set(picked);
        if let Some(on_change) = on_change {
            on_change.run(());
        }
    };
    let chosen = move || {
        file.with(|f| {
            f.as_ref().map(|f| {
                let size = file_size(f.size());
                view! {
                    <p class="field__hint" data-testid=format!("{testid}-chosen")>
                        {t_with(Key::FileChosen, &[("name", &f.name()), ("size", &size)])}
                    </p>
                }
            })
        })
    };
    view! {
        <div class="field form-field" class:field--invalid=move || state.invalid()>
            <label for=id.clone()>
                {t(label)}
                <span class="field__required">" " {t(Key::RequiredMark)}</span>
            </label>
            <p id=hint_id class="field__hint">{hint}</p>
            <input
                id=id.clone()
                node_ref=node_ref
                name=name
                type="file"
                accept=accept
                required=true
                aria-invalid=move || state.invalid().to_string()
                aria-describedby=described_by
                on:change=on_input
                data-testid=testid
            />
            <FieldErrors id=error_id state />
            {chosen}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_in_bytes_kilobytes_megabytes() {
        assert_eq!(file_size(512.0), "512 B");
        assert_eq!(file_size(12_400.0), "12.4 kB");
        assert_eq!(file_size(3_200_000.0), "3.2 MB");
    }
}
