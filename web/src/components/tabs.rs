//! A bar of links that filter a list by one value (a status), the current
//! one marked for screen readers (`aria-current`) as for the eye.

use leptos::prelude::*;

use crate::i18n::{Key, t};

/// What a tab shows: where it leads, its label and its `data-testid`.
pub struct Tab {
    pub href: String,
    pub label: &'static str,
    pub testid: String,
}

/// The tabs for `values`, `None` being "all"; `tab` says what each shows,
/// and `count`, when given, a number beside its label once it is known.
#[component]
pub fn FilterTabs<T>(
    /// What the bar filters by: its accessible name.
    label: Key,
    #[prop(into)] values: Vec<Option<T>>,
    /// The value the list is filtered by now.
    #[prop(into)]
    current: Signal<Option<T>>,
    tab: fn(Option<T>) -> Tab,
    #[prop(optional)] count: Option<Callback<Option<T>, Option<i64>>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <nav class="tabs" aria-label=t(label)>
            <ul role="list">
                {values
                    .into_iter()
                    .map(|value| {
                        let Tab { href, label, testid } = tab(value);
                        view! {
                            <li>
                                <a
                                    href=href
                                    class="tabs__tab"
                                    aria-current=move || (current.get() == value).then_some("page")
                                    data-testid=testid
                                >
                                    {label}
                                    {move || {
                                        count
                                            .and_then(|c| c.run(value))
                                            .map(|n| view! { <span class="tabs__count">{n}</span> })
                                    }}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
