//! Pieces of the account and partner forms: labelled fields whose problems
//! are said right under them (tied to them with `aria-describedby` and
//! `aria-invalid`), a summary of every problem that takes focus when a form
//! is refused, and short notices of success.

use leptos::prelude::*;
use vcm_shared::{FieldCode, FieldError};

use crate::components::layout::{focus_later, focus_selector};
use crate::i18n::{Count, Key, t, t_count};

/// The problems of a form, field by field, from the client's own checks or
/// from the server's `422`.
pub type Problems = RwSignal<Vec<FieldError>>;

/// The field a problem is about, without list positions or sub-fields:
/// `makers[0].name` → `makers`.
pub fn base_field(field: &str) -> &str {
    field.split(['[', '.']).next().unwrap_or(field)
}

/// A problem's message as a sentence: `must be at most 300 characters` →
/// `Must be at most 300 characters.`
pub fn sentence(message: &str) -> String {
    let message = message.trim();
    let mut chars = message.chars();
    let mut out: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    if !out.is_empty() && !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

/// What to say about one problem: the server's or the shared rules' own
/// words when there are any, else a phrase for its kind.
pub fn problem_text(problem: &FieldError) -> String {
    if problem.message.trim().is_empty() {
        t(Key::FieldProblem(problem.code)).to_owned()
    } else {
        sentence(&problem.message)
    }
}

/// The messages of the problems about `name`.
fn messages(problems: &[FieldError], name: &str) -> Vec<String> {
    problems
        .iter()
        .filter(|p| base_field(&p.field) == name)
        .map(problem_text)
        .collect()
}

/// The messages of the problems about exactly `field`, as one text (empty
/// when there are none).
pub fn errors_of(problems: Problems, field: &'static str) -> Memo<String> {
    Memo::new(move |_| {
        problems
            .read()
            .iter()
            .filter(|p| p.field == field)
            .map(problem_text)
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// A new problem of the client's own checks.
pub fn problem(field: &str, code: FieldCode, message: impl Into<String>) -> FieldError {
    FieldError::new(field, code, message)
}

/// The id of a form's field.
pub fn field_id(form: &str, name: &str) -> String {
    format!("{form}-{}", name.replace('_', "-"))
}

/// The id of a form's problem summary.
pub fn summary_id(form: &str) -> String {
    format!("{form}-problems")
}

/// Brings keyboard focus (and so a screen reader) to the form's problem
/// summary once it is drawn.
pub fn focus_summary(form: &'static str) {
    focus_later(format!("#{}", summary_id(form)));
}

/// What kind of control a field is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Control {
    #[default]
    Text,
    Email,
    /// A password the browser may fill in.
    Password,
    /// A password being chosen (the browser may suggest one).
    NewPassword,
    /// A whole number, possibly negative.
    Number,
    /// Several lines of text, this many rows high.
    Area(u32),
    /// A web address.
    Url,
}

/// The error message and the `aria-*` state of one field.
#[derive(Clone, Copy)]
pub struct FieldState {
    errors: Memo<Vec<String>>,
}

impl FieldState {
    pub(crate) fn new(problems: Problems, name: &'static str) -> Self {
        FieldState {
            errors: Memo::new(move |_| messages(&problems.read(), name)),
        }
    }

    pub(crate) fn invalid(&self) -> bool {
        !self.errors.read().is_empty()
    }

    pub(crate) fn described_by(&self, hint_id: Option<&str>, error_id: &str) -> Option<String> {
        let ids: Vec<&str> = hint_id
            .into_iter()
            .chain(self.invalid().then_some(error_id))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The problems under a field, when it has any.
#[component]
pub(crate) fn FieldErrors(id: String, state: FieldState) -> impl IntoView {
    move || {
        let errors = state.errors.get();
        (!errors.is_empty()).then(|| {
            view! {
                <p id=id.clone() class="field__error" data-testid="field-error">
                    <span class="visually-hidden">{t(Key::ProblemPrefix)} " "</span>
                    {errors.join(" ")}
                </p>
            }
        })
    }
}

/// A labelled text field (or text area) bound to `value`.
#[component]
pub fn Field(
    /// Prefix of the ids, unique on the page.
    form: &'static str,
    /// The field's name, as the API names it.
    name: &'static str,
    label: Key,
    value: RwSignal<String>,
    problems: Problems,
    #[prop(optional)] hint: Option<Key>,
    #[prop(optional)] control: Control,
    #[prop(optional)] required: bool,
    /// The browser's autofill hint, e.g. `email`.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// The language the text is written in, when it is not the interface's.
    #[prop(optional, into)]
    lang: Option<Signal<Option<String>>>,
    /// The control's `data-testid`, for browser tests.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let id = field_id(form, name);
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    let state = FieldState::new(problems, name);
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || state.described_by(hint_id.as_deref(), &error_id)
    };
    let lang = move || lang.and_then(|l| l.get());
    let on_input = move |ev| value.set(event_target_value(&ev));
    let control_view = match control {
        Control::Area(rows) => view! {
            <textarea
                id=id.clone()
                name=name
                rows=rows
                required=required
                lang=lang
                aria-invalid=move || state.invalid().to_string()
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=on_input
                data-testid=testid
            ></textarea>
        }
        .into_any(),
        _ => {
            let (kind, auto) = match control {
                Control::Email => ("email", autocomplete.or(Some("email"))),
                Control::Password => ("password", autocomplete.or(Some("current-password"))),
                Control::NewPassword => ("password", autocomplete.or(Some("new-password"))),
                Control::Number => ("number", autocomplete.or(Some("off"))),
                Control::Url => ("url", autocomplete.or(Some("url"))),
                _ => ("text", autocomplete),
            };
            let number = control == Control::Number;
            view! {
                <input
                    id=id.clone()
                    name=name
                    type=kind
                    required=required
                    autocomplete=auto
                    inputmode=number.then_some("numeric")
                    step=number.then_some("1")
                    spellcheck=(kind != "text").then_some("false")
                    lang=lang
                    aria-invalid=move || state.invalid().to_string()
                    aria-describedby=described_by
                    prop:value=move || value.get()
                    on:input=on_input
                    data-testid=testid
                />
            }
            .into_any()
        }
    };
    view! {
        <div class="field form-field" class:field--invalid=move || state.invalid()>
            <label for=id.clone()>
                {t(label)}
                {required.then(|| view! { <span class="field__required">" " {t(Key::RequiredMark)}</span> })}
            </label>
            {hint_id.clone().map(|hint_id| view! { <p id=hint_id class="field__hint">{hint.map(t)}</p> })}
            {control_view}
            <FieldErrors id=error_id state />
        </div>
    }
}

/// A labelled checkbox bound to `value`, with a hint under it.
#[component]
pub fn CheckField(
    /// The control's id, unique on the page; its hint's is `{id}-hint`.
    id: &'static str,
    label: Key,
    hint: Key,
    value: RwSignal<bool>,
    /// The field's name, when the form is sent as it is.
    #[prop(optional)]
    name: Option<&'static str>,
    /// The control's `data-testid`, for browser tests.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="check">
            <input
                id=id
                name=name
                type="checkbox"
                prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev))
                aria-describedby=hint_id.clone()
                data-testid=testid
            />
            <label for=id>{t(label)}</label>
            <p id=hint_id class="field__hint">{t(hint)}</p>
        </div>
    }
}

/// A labelled drop-down list bound to `value`; `options` are (value, label) pairs.
#[component]
pub fn SelectField(
    #[prop(into)] form: String,
    name: &'static str,
    label: Key,
    value: RwSignal<String>,
    problems: Problems,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(optional)] hint: Option<Key>,
    #[prop(optional)] required: bool,
    /// The control's `data-testid`, for browser tests.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let id = field_id(&form, name);
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    let state = FieldState::new(problems, name);
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || state.described_by(hint_id.as_deref(), &error_id)
    };
    view! {
        <div class="field form-field" class:field--invalid=move || state.invalid()>
            <label for=id.clone()>
                {t(label)}
                {required.then(|| view! { <span class="field__required">" " {t(Key::RequiredMark)}</span> })}
            </label>
            {hint_id.clone().map(|hint_id| view! { <p id=hint_id class="field__hint">{hint.map(t)}</p> })}
            <select
                id=id.clone()
                name=name
                required=required
                aria-invalid=move || state.invalid().to_string()
                aria-describedby=described_by
                on:change=move |ev| value.set(event_target_value(&ev))
                data-testid=testid
            >
                {move || {
                    let current = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, l)| {
                            let selected = v == current;
                            view! {
                                <option value=v prop:selected=selected>
                                    {l}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
            <FieldErrors id=error_id state />
        </div>
    }
}

/// Every problem of a refused form, each a link to its field. It takes
/// focus when drawn after a refusal (see [`focus_summary`]).
#[component]
pub fn ErrorSummary(
    form: &'static str,
    problems: Problems,
    /// The label of each field, by name, to say which field a problem is about.
    labels: &'static [(&'static str, Key)],
) -> impl IntoView {
    let id = summary_id(form);
    let title_id = format!("{id}-title");
    let label_of = move |field: &str| {
        let base = base_field(field);
        labels
            .iter()
            .find(|(name, _)| *name == base)
            .map(|(_, key)| t(*key))
    };
    move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            let items = list
                .iter()
                .map(|p| {
                    let target = format!("#{}", field_id(form, base_field(&p.field)));
                    let href = target.clone();
                    let label = label_of(&p.field).unwrap_or(p.field.as_str()).to_owned();
                    view! {
                        <li>
                            <a
                                href=href
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_selector(&target);
                                }
                            >
                                {label}
                                ": "
                            </a>
                            {problem_text(p)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div
                    id=id.clone()
                    class="error-summary"
                    tabindex="-1"
                    aria-labelledby=title_id.clone()
                    data-testid="error-summary"
                >
                    <p id=title_id.clone() class="error-summary__title">
                        {t_count(Count::Problems, list.len() as i64)}
                    </p>
                    <ul class="error-summary__list">{items}</ul>
                </div>
            }
        })
    }
}

/// How a notice reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Success,
    Warning,
    Info,
}

/// A short, announced message: that something worked, or needs care.
#[component]
pub fn Notice(tone: Tone, children: Children) -> impl IntoView {
    let class = match tone {
        Tone::Success => "notice notice--success",
        Tone::Warning => "notice notice--warning",
        Tone::Info => "notice notice--info",
    };
    // Warnings interrupt; the rest wait their turn.
    let role = if tone == Tone::Warning {
        "alert"
    } else {
        "status"
    };
    view! {
        <div class=class role=role data-testid="notice">
            {children()}
        </div>
    }
}

/// A button for something hard to undo: pressed, it asks `question` and
/// offers to go ahead or to cancel, with focus on the choice.
#[component]
pub fn ConfirmButton(
    /// Unique on the page; the buttons' ids begin with it.
    id: String,
    /// What the first button says, e.g. `Revoke`.
    #[prop(into)]
    label: String,
    /// The first button's accessible name when `label` alone is vague, e.g.
    /// `Revoke Collection system`.
    #[prop(into)]
    name: String,
    #[prop(into)] question: String,
    /// What the button that goes ahead says, e.g. `Yes, revoke`.
    #[prop(into)]
    confirm: String,
    on_confirm: Callback<()>,
    #[prop(into)] busy: Signal<bool>,
    /// The first button's `data-testid`, for browser tests; the button that
    /// goes ahead gets it with `-confirm` after it.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let ask_id = format!("{id}-ask");
    let yes_id = format!("{id}-yes");
    let ask = {
        let yes = format!("#{yes_id}");
        move |_| {
            asking.set(true);
            focus_later(yes.clone());
        }
    };
    let cancel = {
        let back = format!("#{ask_id}");
        move |_| {
            asking.set(false);
            focus_later(back.clone());
        }
    };
    let (label, name, question, confirm) = (
        StoredValue::new(label),
        StoredValue::new(name),
        StoredValue::new(question),
        StoredValue::new(confirm),
    );
    let (ask_id, yes_id) = (StoredValue::new(ask_id), StoredValue::new(yes_id));
    move || {
        if asking.get() {
            view! {
                <span class="confirm" role="group" aria-label=question.get_value()>
                    <span class="confirm__question">{question.get_value()}</span>
                    <button
                        id=yes_id.get_value()
                        type="button"
                        class="button button--small button--danger"
                        disabled=move || busy.get()
                        on:click=move |_| {
                            asking.set(false);
                            on_confirm.run(());
                        }
                        data-testid=testid.map(|id| format!("{id}-confirm"))
                    >
                        {confirm.get_value()}
                    </button>
                    <button type="button" class="button button--small button--quiet" on:click=cancel.clone()>
                        {t(Key::Cancel)}
                    </button>
                </span>
            }
            .into_any()
        } else {
            view! {
                <button
                    id=ask_id.get_value()
                    type="button"
                    class="button button--small button--quiet"
                    aria-label=name.get_value()
                    disabled=move || busy.get()
                    on:click=ask.clone()
                    data-testid=testid
                >
                    {label.get_value()}
                </button>
            }
            .into_any()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_positions_belong_to_their_field() {
        assert_eq!(base_field("makers[0].name"), "makers");
        assert_eq!(base_field("materials[3]"), "materials");
        assert_eq!(base_field("title"), "title");
    }

    #[test]
    fn messages_read_as_sentences() {
        assert_eq!(
            sentence("must be at most 300 characters"),
            "Must be at most 300 characters."
        );
        assert_eq!(sentence("Done."), "Done.");
        assert_eq!(sentence(""), "");
    }
}
