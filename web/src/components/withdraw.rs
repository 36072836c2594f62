//! Withdrawing a work asks why: a button that opens a small inline group with
//! the reason (a closed list) and a note, checked with the shared rules
//! (`WithdrawalRequest::problems`) before anything is sent, and showing the
//! server's own field problems when it refuses.

use leptos::prelude::*;
use vcm_shared::{FieldCode, FieldError, WithdrawalReason, WithdrawalRequest};

use crate::components::forms::{Problems, errors_of, problem};
use crate::components::layout::focus_later;
use crate::i18n::{Key, t};

/// What the page does with a withdrawal form once it has sent it: close it
/// after success, or show the server's problems in it.
#[derive(Debug, Clone, Copy)]
pub struct WithdrawHandle {
    open: RwSignal<bool>,
    problems: Problems,
    opener: StoredValue<String>,
}

impl WithdrawHandle {
    /// The work is withdrawn: close the form.
    pub fn done(&self) {
        self.open.set(false);
    }

    /// The server refused the request for these field problems; `false` when
    /// there were none to show (the page should say what went wrong instead).
    pub fn refused(&self, problems: &[FieldError]) -> bool {
        let ours: Vec<FieldError> = problems
            .iter()
            .filter(|p| p.field == "reason" || p.field == "note")
            .cloned()
            .collect();
        if ours.is_empty() {
            return false;
        }
        self.problems.set(ours);
        true
    }

    /// Closes the form and gives focus back to the button that opened it.
    pub fn cancel(&self) {
        self.open.set(false);
        let opener = format!("#{}", self.opener.get_value());
        focus_later(opener);
    }
}

/// The request the form's fields make, or the problems found in them.
pub fn withdrawal_request(reason: &str, note: &str) -> Result<WithdrawalRequest, Vec<FieldError>> {
    let Ok(reason) = reason.parse::<WithdrawalReason>() else {
        return Err(vec![problem(
            "reason",
            FieldCode::Required,
            t(Key::WithdrawReasonRequired),
        )]);
    };
    let note = Some(note.trim().to_owned()).filter(|n| !n.is_empty());
    let request = WithdrawalRequest { reason, note };
    let problems = request.problems();
    if problems.is_empty() {
        Ok(request)
    } else {
        Err(problems)
    }
}

/// A "Withdraw" button that opens the form asking why.
#[component]
pub fn WithdrawForm(
    /// Unique on the page; the controls' ids begin with it.
    id: String,
    /// The button's accessible name, e.g. `Withdraw “Wave”`.
    #[prop(into)]
    name: String,
    /// What the form asks, e.g. `Withdraw “Wave”? It leaves the public collection.`
    #[prop(into)]
    question: String,
    on_submit: Callback<(WithdrawalRequest, WithdrawHandle)>,
    #[prop(into)] busy: Signal<bool>,
    /// Whether the button is unavailable for another reason (unsaved changes).
    #[prop(optional, into)]
    disabled: Option<Signal<bool>>,
    /// An element describing the button, e.g. a hint.
    #[prop(optional)]
    described_by: Option<&'static str>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let problems: Problems = RwSignal::new(Vec::new());
    let reason = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let opener_id = format!("{id}-open");
    let handle = WithdrawHandle {
        open,
        problems,
        opener: StoredValue::new(opener_id.clone()),
    };
    let reason_id = format!("{id}-reason");
    let note_id = format!("{id}-note");
    let question_id = format!("{id}-question");
    let reason_error = errors_of(problems, "reason");
    let note_error = errors_of(problems, "note");
    let disabled = move || busy.get() || disabled.is_some_and(|d| d.get());

    let open_form = {
        let reason_id = format!("#{reason_id}");
        move |_| {
            reason.set(String::new());
            note.set(String::new());
            problems.set(Vec::new());
            open.set(true);
            let target = reason_id.clone();
            focus_later(target);
        }
    };
    let send = {
        let (reason_id, note_id) = (format!("#{reason_id}"), format!("#{note_id}"));
        move || {
            if busy.get_untracked() {
                return;
            }
            match withdrawal_request(&reason.get_untracked(), &note.get_untracked()) {
                Ok(request) => {
                    problems.set(Vec::new());
                    on_submit.run((request, handle));
                }
                Err(found) => {
                    let target = if found.iter().any(|p| p.field == "reason") {
                        reason_id.clone()
                    } else {
                        note_id.clone()
                    };
                    problems.set(found);
                    focus_later(target);
                }
            }
        }
    };
    let (name, question) = (StoredValue::new(name), StoredValue::new(question));
    let ids = StoredValue::new((opener_id, reason_id, note_id, question_id));

    move || {
        let (opener_id, reason_id, note_id, question_id) = ids.get_value();
        if open.get() {
            view! {
                // A group, not a form: it may stand inside the work's own form.
                <div
                    class="withdraw"
                    role="group"
                    aria-labelledby=question_id.clone()
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            handle.cancel();
                        }
                    }
                    data-testid="withdraw-form"
                >
                    <p id=question_id.clone() class="withdraw__question">{question.get_value()}</p>
                    <ReasonField id=reason_id.clone() reason error=reason_error />
                    <NoteField id=note_id.clone() note error=note_error />
                    <div class="actions">
                        <button
                            type="button"
                            class="button button--small button--danger"
                            on:click={
                                let send = send.clone();
                                move |_| send()
                            }
                            disabled=move || busy.get()
                            aria-busy=move || busy.get().to_string()
                            data-testid="withdraw-confirm"
                        >
                            {move || if busy.get() { t(Key::Sending) } else { t(Key::WithdrawConfirm) }}
                        </button>
                        <button
                            type="button"
                            class="button button--small button--quiet"
                            on:click=move |_| handle.cancel()
                            data-testid="withdraw-cancel"
                        >
                            {t(Key::Cancel)}
                        </button>
                    </div>
                </div>
            }
            .into_any()
        } else {
            view! {
                <button
                    id=opener_id
                    type="button"
                    class="button button--small button--quiet"
                    aria-label=name.get_value()
                    aria-describedby=described_by
                    disabled=disabled
                    on:click=open_form.clone()
                    data-testid="withdraw"
                >
                    {t(Key::Withdraw)}
                </button>
            }
            .into_any()
        }
    }
}

/// Why the work is withdrawn: one of the reasons.
#[component]
fn ReasonField(id: String, reason: RwSignal<String>, error: Memo<String>) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <div class="field form-field" class:field--invalid=move || !error.read().is_empty()>
            <label for=id.clone()>
                {t(Key::WithdrawReason)}
                <span class="field__required">" " {t(Key::RequiredMark)}</span>
            </label>
            <select
                id=id
                name="reason"
                required=true
                aria-invalid=move || (!error.read().is_empty()).to_string()
                aria-describedby={
                    let id = error_id.clone();
                    move || (!error.read().is_empty()).then(|| id.clone())
                }
                on:change=move |ev| reason.set(event_target_value(&ev))
                data-testid="withdraw-reason"
            >
                <option value="" prop:selected=move || reason.read().is_empty()>
                    {t(Key::ChooseWithdrawReason)}
                </option>
                {WithdrawalReason::ALL
                    .iter()
                    .map(|r| {
                        let value = r.as_str();
                        view! {
                            <option value=value prop:selected=move || reason.read().as_str() == value>
                                {t(Key::WithdrawalReason(*r))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {move || {
                let e = error.get();
                (!e.is_empty()).then(|| view! { <p id=error_id.clone() class="field__error">{e}</p> })
            }}
        </div>
    }
}

/// A note on the withdrawal, required for the reason "other".
#[component]
fn NoteField(id: String, note: RwSignal<String>, error: Memo<String>) -> impl IntoView {
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    view! {
        <div class="field form-field" class:field--invalid=move || !error.read().is_empty()>
            <label for=id.clone()>{t(Key::WithdrawNote)}</label>
            <p id=hint_id.clone() class="field__hint">{t(Key::WithdrawNoteHint)}</p>
            <textarea
                id=id
                name="note"
                rows="3"
                aria-invalid=move || (!error.read().is_empty()).to_string()
                aria-describedby={
                    let (hint, error_id) = (hint_id.clone(), error_id.clone());
                    move || {
                        if error.read().is_empty() {
                            hint.clone()
                        } else {
                            format!("{hint} {error_id}")
                        }
                    }
                }
                prop:value=move || note.get()
                on:input=move |ev| note.set(event_target_value(&ev))
                data-testid="withdraw-note"
            ></textarea>
            {move || {
                let e = error.get();
                (!e.is_empty()).then(|| view! { <p id=error_id.clone() class="field__error">{e}</p> })
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_must_be_chosen_and_other_needs_a_note() {
        assert_eq!(withdrawal_request("", "").unwrap_err()[0].field, "reason");
        assert_eq!(
            withdrawal_request("other", "  ").unwrap_err()[0].field,
            "note"
        );
        let ok = withdrawal_request("end_of_loan", " back to the lender ").unwrap();
        assert_eq!(ok.reason, WithdrawalReason::EndOfLoan);
        assert_eq!(ok.note.as_deref(), Some("back to the lender"));
        assert_eq!(withdrawal_request("error", "").unwrap().note, None);
    }
}
