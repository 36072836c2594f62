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

/// What the box offers as the visitor types: the suggestions, whether their
/// list is open and which option is active, and the request in flight.
#[derive(Clone, Copy)]
struct Suggestions {
    items: RwSignal<Vec<Suggestion>>,
    open: RwSignal<bool>,
    active: RwSignal<Option<usize>>,
    focused: RwSignal<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    asked: StoredValue<u64>,
}

impl Suggestions {
    fn new() -> Self {
        Suggestions {
            items: RwSignal::new(Vec::new()),
            open: RwSignal::new(false),
            active: RwSignal::new(None),
            focused: RwSignal::new(false),
            timer: StoredValue::new(None),
            asked: StoredValue::new(0),
        }
    }

    fn close(self) {
        self.open.set(false);
        self.active.set(None);
    }

    /// Closes the list and drops the answers still on their way.
    fn settle(self) {
        self.asked.update_value(|n| *n += 1);
        self.close();
    }

    /// Closes the list and forgets what it offered.
    fn clear(self) {
        self.settle();
        self.items.set(Vec::new());
    }

    /// Asks for suggestions once typing pauses; answers to older text are dropped.
    fn ask(self, typed: String) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        let n = self.asked.get_value() + 1;
        self.asked.set_value(n);
        let prefix = typed.trim_start().to_owned();
        if prefix.trim().is_empty() {
            self.items.set(Vec::new());
            self.close();
            return;
        }
        let handle = set_timeout_with_handle(
            move || {
                spawn_local(async move {
                    let answer = api::read(api::public::suggest(&prefix, 8)).await;
                    if self.asked.get_value() != n {
                        return;
                    }
                    let found = answer.map(|s| s.items).unwrap_or_default();
                    let any = !found.is_empty();
                    self.items.set(found);
                    self.active.set(None);
                    self.open.set(any && self.focused.get_untracked());
                });
            },
            DEBOUNCE,
        )
        .ok();
        self.timer.set_value(handle);
    }

    /// Makes the next (or the previous) option active, opening the list;
    /// false when there is none.
    fn step(self, forward: bool) -> bool {
        let n = self.items.with_untracked(Vec::len);
        if n == 0 {
            return false;
        }
        self.open.set(true);
        self.active.update(|a| {
            *a = Some(match (*a, forward) {
                (None, true) => 0,
                (None, false) => n - 1,
                (Some(i), true) => (i + 1) % n,
                (Some(i), false) => (i + n - 1) % n,
            })
        });
        true
    }

    /// The active option of the open list.
    fn chosen(self) -> Option<Suggestion> {
        if !self.open.get_untracked() {
            return None;
        }
        self.active
            .get_untracked()
            .and_then(|i| self.items.with_untracked(|v| v.get(i).cloned()))
    }

    /// Says how many suggestions appeared, for those who cannot see the list open.
    fn announcement(self) -> Memo<String> {
        let hint = t(Key::SuggestionsHint);
        Memo::new(move |_| {
            let n = self.items.read().len();
            if self.open.get() && n > 0 {
                format!("{} {hint}", t_count(Count::Suggestions, n as i64))
            } else {
                String::new()
            }
        })
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

    let text = RwSignal::new(value.get_untracked());
    Effect::new(move |previous: Option<String>| {
        let v = value.get();
        if previous.is_some_and(|p| p != v) {
            text.set(v.clone());
        }
        v
    });
    let offer = Suggestions::new();
    let Suggestions {
        items,
        open,
        active,
        focused,
        ..
    } = offer;
    let active_id = {
        let id = id.clone();
        move || active.get().map(|i| format!("{id}-option-{i}"))
    };
    let base = move || {
        page.map(|a| untrack(|| a.search_state()))
            .unwrap_or_default()
    };
    let choose = move |s: Suggestion| {
        offer.clear();
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
        offer.settle();
        let url = base().with_q(&text.get_untracked()).to_url("/search");
        address::go_from(page, &url);
    };
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.is_composing() {
            return;
        }
        let handled = match ev.key().as_str() {
            "ArrowDown" | "Down" => offer.step(true),
            "ArrowUp" | "Up" => offer.step(false),
            "Enter" => offer.chosen().map(choose).is_some(),
            "Escape" | "Esc" if open.get_untracked() => {
                offer.close();
                true
            }
            "Escape" | "Esc" if !text.get_untracked().is_empty() => {
                text.set(String::new());
                items.set(Vec::new());
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    };
    let announce = offer.announcement();

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
                {t(Key::SearchLabel)}
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
                        placeholder=t(Key::SearchPlaceholder)
                        data-testid="search-input"
                        prop:value=move || text.get()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            text.set(v.clone());
                            offer.ask(v);
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
                            offer.close();
                        }
                    />
                    <SuggestionList id=id.clone() label=t(Key::SuggestionsLabel) items active open choose />
                </div>
                <SearchButton compact />
            </div>
            {hint_id.clone().map(|id| view! { <ScriptHint id /> })}
            <p class="visually-hidden" role="status" aria-live="polite">
                {move || announce.get()}
            </p>
        </form>
    }
}

/// The box's submit button; in the compact box, an icon.
#[component]
fn SearchButton(compact: bool) -> impl IntoView {
    let label = t(Key::SearchButton);
    view! {
        <button type="submit" class="button search-box__button">
            {if compact {
                view! {
                    <svg class="search-box__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <circle cx="10.5" cy="10.5" r="6.5" />
                        <path d="M15.5 15.5L21 21" />
                    </svg>
                    <span class="visually-hidden">{label}</span>
                }
                    .into_any()
            } else {
                label.into_any()
            }}
        </button>
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
