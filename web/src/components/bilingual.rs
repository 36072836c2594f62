//! A text given in English and, optionally, in the original language, shown
//! side by side, each marked with its language.

use leptos::prelude::*;

use crate::i18n::{Key, language_name, t, use_locale};

/// Paragraphs from a text whose paragraphs are separated by blank lines.
#[component]
pub fn Paragraphs(text: String) -> impl IntoView {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| view! { <p>{p.to_owned()}</p> })
        .collect_view()
}

/// English beside the original language; English alone when there is no original.
#[component]
pub fn Bilingual(english: String, original: Option<String>, lang: Option<String>) -> impl IntoView {
    let ui_lang = use_locale().tag();
    match original.filter(|o| !o.trim().is_empty()) {
        Some(original) => {
            let lang_label = lang
                .as_deref()
                .map_or_else(|| t(Key::InOriginalLanguage).to_owned(), language_name);
            view! {
                <div class="bilingual bilingual--pair">
                    <div class="bilingual__col" lang="en">
                        <p class="bilingual__label" lang=ui_lang>
                            {t(Key::InEnglish)}
                        </p>
                        <Paragraphs text=english />
                    </div>
                    <div class="bilingual__col bilingual__col--original" lang=lang>
                        <p class="bilingual__label" lang=ui_lang>
                            {lang_label}
                        </p>
                        <Paragraphs text=original />
                    </div>
                </div>
            }
            .into_any()
        }
        None => view! {
            <div class="bilingual" lang="en">
                <Paragraphs text=english />
            </div>
        }
        .into_any(),
    }
}
