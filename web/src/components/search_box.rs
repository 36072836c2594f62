//! The search box: a combobox that suggests titles, makers, museums and
//! periods as a visitor types (after a short pause, from one character of any
//! script), operable with the arrow keys, Enter and Escape.
//!
//! Choosing a work or a museum opens its page, a period filters the search
//! by it, a maker searches for the maker's name; Enter without a choice
//! searches for what was typed. Inside the search page's island, the box
//! shows that page's words and a new search keeps its filters.

use std::time::Duration;

use leptos::ev::{FocusEvent, KeyboardEvent, SubmitEvent};
use leptos::prelude::*;
use leptos::task::spawn_local;
use vcm_shared::{FacetName, Suggestion, SuggestionKind};

use crate::address::{self, use_address};
use crate::api;
use crate::i18n::{Count, Key, t, t_count};
use crate::search_state::{SCRIPT_EXAMPLES, SearchState, encode_component};

/// How long typing must pause before suggestions are asked for.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// Where choosing a suggestion leads, from the search `base` the box refines.
pub fn suggestion_url(base: &SearchState, s: &Suggestion) -> String {
    match (s.kind, s.slug.as_deref()) {
        (SuggestionKind::Title, Some(slug)) => format!("/artworks/{}", encode_component(slug)),
        (SuggestionKind::Museum, Some(slug)) => format!("/museums/{}", encode_component(slug)),
        (SuggestionKind::Period, Some(slug)) => base
            .with_q("")
            .with_filter(FacetName::Period, slug)
            .to_url("/search"),
        _ => base.with_q(&s.text).to_url("/search"),
    }
}

/// A search form with suggestions, an island of its own. `id` prefixes its
/// elements' ids (unique on the page).
#[island]
pub fn SearchBox(
    id: String,
    large: bool,
    /// Small, for the site's header: the button is an icon.
    compact: bool,
    /// A line under the box on searching in any script, with examples.
    hint: bool,
) -> impl IntoView {
    let page = use_address();
    let value = Signal::derive(move || page.map(|a| a.search_state().q).unwrap_or_default());
    let input_id = format!("{id}-input");
    let listbox_id = format!("{id}-listbox");
    let hint_id = hint.then(|| format!("{id}-hint"));
    let option_id = {
        let id = id.clone();
        move |i: usize| format!("{id}-option-{i}")
    };

    let text = RwSignal::new(value.get_untracked());
    Effect::new(move |previous: Option<String>| {
        let v = value.get();
        if previous.is_some_and(|p| p != v) {
            text.set(v.clone());
        }
        v
    });
    let items = RwSignal::new(Vec::<Suggestion>::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let focused = RwSignal::new(false);
    let active_id = {
        let option_id = option_id.clone();
        move || active.get().map(option_id.clone())
    };
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let asked = StoredValue::new(0_u64);

    let close = move || {
        open.set(false);
        active.set(None);
    };

    // Asks for suggestions once typing pauses; answers to older text are dropped.
    let ask = move |typed: String| {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        let n = asked.get_value() + 1;
        asked.set_value(n);
        let prefix = typed.trim_start().to_owned();
        if prefix.trim().is_empty() {
            items.set(Vec::new());
            close();
            return;
        }
        let handle = set_timeout_with_handle(
            move || {
                spawn_local(async move {
                    let answer = api::read(api::public::suggest(&prefix, 8)).await;
                    if asked.get_value() != n {
                        return;
                    }
                    let found = answer.map(|s| s.items).unwrap_or_default();
                    let any = !found.is_empty();
                    items.set(found);
                    active.set(None);
                    open.set(any && focused.get_untracked());
                });
            },
            DEBOUNCE,
        )
        .ok();
        timer.set_value(handle);
    };

    let base = move || {
        page.map(|a| untrack(|| a.search_state()))
            .unwrap_or_default()
    };

    let choose = move |s: Suggestion| {
        asked.update_value(|n| *n += 1);
        close();
        items.set(Vec::new());
        let url = suggestion_url(&base(), &s);
        text.set(match s.kind {
            SuggestionKind::Maker => s.text.clone(),
            _ if s.slug.is_none() => s.text.clone(),
            _ => String::new(),
        });
        address::go_from(page, &url);
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        asked.update_value(|n| *n += 1);
        close();
        let url = base().with_q(&text.get_untracked()).to_url("/search");
        address::go_from(page, &url);
    };

    let on_keydown = move |ev: KeyboardEvent| {
        if ev.is_composing() {
            return;
        }
        let n = items.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "Down" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % n)));
            }
            "ArrowUp" | "Up" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(n - 1, |i| (i + n - 1) % n)));
            }
            "Enter" if open.get_untracked() => {
                let chosen = active
                    .get_untracked()
                    .and_then(|i| items.with_untracked(|v| v.get(i).cloned()));
                if let Some(s) = chosen {
                    ev.prevent_default();
                    choose(s);
                }
            }
            "Escape" | "Esc" => {
                if open.get_untracked() {
                    ev.prevent_default();
                    close();
                } else if !text.get_untracked().is_empty() {
                    ev.prevent_default();
                    text.set(String::new());
                    items.set(Vec::new());
                }
            }
            _ => {}
        }
    };

    let (label, placeholder, button, listbox_label, hint_text) = (
        t(Key::SearchLabel),
        t(Key::SearchPlaceholder),
        t(Key::SearchButton),
        t(Key::SuggestionsLabel),
        t(Key::SuggestionsHint),
    );
    // Said once suggestions appear, for those who cannot see the list open.
    let announce = Memo::new(move |_| {
        let n = items.read().len();
        if open.get() && n > 0 {
            format!("{} {hint_text}", t_count(Count::Suggestions, n as i64))
        } else {
            String::new()
        }
    });

    view! {
        <form
            class="search-box"
            class:search-box--large=large
            class:search-box--compact=compact
            role="search"
            action="/search"
            on:submit=on_submit
            data-testid=format!("{id}-form")
        >
            <label for=input_id.clone() class="visually-hidden">
                {label}
            </label>
            <div class="search-box__row">
                <div class="search-box__field">
                    <input
                        id=input_id
                        class="search-box__input"
                        type="search"
                        name="q"
                        role="combobox"
                        aria-autocomplete="list"
                        aria-expanded=move || open.get().to_string()
                        aria-controls=listbox_id.clone()
                        aria-activedescendant=active_id
                        aria-describedby=hint_id.clone()
                        autocomplete="off"
                        autocapitalize="off"
                        spellcheck="false"
                        enterkeyhint="search"
                        placeholder=placeholder
                        data-testid="search-input"
                        prop:value=move || text.get()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            text.set(v.clone());
                            ask(v);
                        }
                        on:keydown=on_keydown
                        on:focus=move |_: FocusEvent| {
                            focused.set(true);
                            if !items.read_untracked().is_empty() && !text.read_untracked().trim().is_empty() {
                                open.set(true);
                            }
                        }
                        on:blur=move |_: FocusEvent| {
                            focused.set(false);
                            close();
                        }
                    />
                    <SuggestionList id=id.clone() label=listbox_label items active open choose />
                </div>
                <button type="submit" class="button search-box__button">
                    {if compact {
                        view! {
                            <svg class="search-box__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                <circle cx="10.5" cy="10.5" r="6.5" />
                                <path d="M15.5 15.5L21 21" />
                            </svg>
                            <span class="visually-hidden">{button}</span>
                        }
                            .into_any()
                    } else {
                        button.into_any()
                    }}
                </button>
            </div>
            {hint_id.clone().map(|id| view! { <ScriptHint id /> })}
            <p class="visually-hidden" role="status" aria-live="polite">
                {move || announce.get()}
            </p>
        </form>
    }
}

/// The suggestions for what was typed, each with its kind; choosing one
/// (by click, or Enter on the active one) runs `choose`.
#[component]
fn SuggestionList<F>(
    /// The search box's id, which the list's and options' ids begin with.
    id: String,
    label: &'static str,
    items: RwSignal<Vec<Suggestion>>,
    active: RwSignal<Option<usize>>,
    open: RwSignal<bool>,
    choose: F,
) -> impl IntoView
where
    F: Fn(Suggestion) + Copy + Send + Sync + 'static,
{
    let kind_labels: Vec<(SuggestionKind, &'static str)> = SuggestionKind::ALL
        .iter()
        .map(|k| (*k, t(Key::SuggestionKind(*k))))
        .collect();
    let kind_label = move |k: SuggestionKind| {
        kind_labels
            .iter()
            .find(|(kind, _)| *kind == k)
            .map_or("", |(_, l)| *l)
    };
    view! {
        <ul
            id=format!("{id}-listbox")
            class="suggest"
            role="listbox"
            aria-label=label
            hidden=move || !open.get()
            data-testid="suggestions"
        >
            {
            let id = id.clone();
            move || {
                items
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let kind = kind_label(s.kind);
                        let chosen = s.clone();
                        view! {
                            <li
                                id=format!("{id}-option-{i}")
                                class="suggest__option"
                                role="option"
                                aria-selected=move || (active.get() == Some(i)).to_string()
                                data-kind=s.kind.as_str()
                                data-testid="suggestion"
                                on:mousedown=|ev| ev.prevent_default()
                                on:click=move |_| choose(chosen.clone())
                            >
                                <span class="suggest__text">{s.text}</span>
                                <span class="suggest__kind">{kind}</span>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}

/// A line under the box: search in any script, with examples in several.
#[component]
fn ScriptHint(id: String) -> impl IntoView {
    let examples = SCRIPT_EXAMPLES
        .iter()
        .enumerate()
        .map(|(i, (term, lang))| {
            let href = SearchState::default().with_q(term).to_url("/search");
            view! {
                {if i == 0 { " " } else { ", " }}
                <a href=href lang=*lang>
                    {*term}
                </a>
            }
        })
        .collect_view();
    view! {
        <p id=id class="search-box__hint">
            {t(Key::HomeSearchHint)}
            {examples}
            "."
        </p>
    }
}
