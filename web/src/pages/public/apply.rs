//! `/apply`: a museum applies to join the network, with its signed
//! application as a PDF; and `/apply/status/{token}`: the applicant follows
//! the application by its private link and answers the secretariat.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;
use vcm_shared::{
    ApplicationInput, ApplicationMessage, ApplicationNote, ApplicationReceipt, ApplicationStatus,
    ApplicationStatusView, DOCUMENT_FIELD, ErrorCode, FieldCode, FieldError, HONEYPOT_FIELD,
    MAX_APPLICATION_PDF_BYTES, MuseumKind,
};

use crate::api::{self, ApiError};
use crate::components::file_field::FileField;
use crate::components::forms::{
    Control, ErrorSummary, Field, Notice, Problems, SelectField, Tone, errors_of, focus_summary,
    problem,
};
use crate::components::layout::focus_later;
use crate::components::page_meta::PageMeta;
use crate::components::states::{ErrorState, Loading, NotFoundView};
use crate::components::time::{Time, this_year};
use crate::i18n::{Key, country_name, t, t_with};

const FORM: &str = "apply";

/// Every field of the form with its label, in the order of the form.
pub const APPLY_LABELS: &[(&str, Key)] = &[
    ("museum_name", Key::ApplyMuseumName),
    ("museum_name_local", Key::ApplyMuseumNameLocal),
    ("museum_name_local_lang", Key::ApplyMuseumNameLocalLang),
    ("country", Key::FilterMuseumCountry),
    ("city", Key::ApplyCity),
    ("website", Key::ApplyWebsite),
    ("founding_year", Key::ApplyFoundingYear),
    ("kind", Key::ApplyKind),
    ("collections", Key::ApplyCollections),
    ("contact_name", Key::ApplyContactName),
    ("contact_title", Key::ApplyContactTitle),
    ("contact_email", Key::ApplyContactEmail),
    ("icom_code_of_ethics", Key::ApplyIcom),
    ("signed_application", Key::ApplyDocument),
];

/// Where the ICOM Code of Ethics for Museums is published.
const ICOM_CODE_URL: &str = "https://icom.museum/en/resources/standards-guidelines/code-of-ethics/";

/// A size in megabytes, e.g. `10 MB`.
fn megabytes(bytes: usize) -> String {
    format!("{} MB", bytes / (1024 * 1024))
}

/// What is wrong with the chosen file, if anything.
pub fn document_problem(file: Option<(&str, &str, f64)>) -> Option<FieldError> {
    let Some((name, media_type, size)) = file else {
        return Some(problem(
            DOCUMENT_FIELD,
            FieldCode::Required,
            t(Key::ApplyDocumentRequired),
        ));
    };
    let pdf = media_type == "application/pdf" || name.to_ascii_lowercase().ends_with(".pdf");
    if !pdf {
        Some(problem(
            DOCUMENT_FIELD,
            FieldCode::Invalid,
            t(Key::ApplyDocumentNotPdf),
        ))
    } else if size > MAX_APPLICATION_PDF_BYTES as f64 {
        Some(problem(
            DOCUMENT_FIELD,
            FieldCode::OutOfRange,
            t_with(
                Key::ApplyDocumentTooLarge,
                &[("max", &megabytes(MAX_APPLICATION_PDF_BYTES))],
            ),
        ))
    } else {
        None
    }
}

/// The form's fields, as typed.
#[derive(Debug, Clone, Copy)]
struct Fields {
    museum_name: RwSignal<String>,
    museum_name_local: RwSignal<String>,
    museum_name_local_lang: RwSignal<String>,
    country: RwSignal<String>,
    city: RwSignal<String>,
    website: RwSignal<String>,
    founding_year: RwSignal<String>,
    kind: RwSignal<String>,
    collections: RwSignal<String>,
    contact_name: RwSignal<String>,
    contact_title: RwSignal<String>,
    contact_email: RwSignal<String>,
    icom: RwSignal<bool>,
    honeypot: RwSignal<String>,
}

impl Fields {
    fn new() -> Self {
        let s = || RwSignal::new(String::new());
        Fields {
            museum_name: s(),
            museum_name_local: s(),
            museum_name_local_lang: s(),
            country: s(),
            city: s(),
            website: s(),
            founding_year: s(),
            kind: s(),
            collections: s(),
            contact_name: s(),
            contact_title: s(),
            contact_email: s(),
            icom: RwSignal::new(false),
            honeypot: s(),
        }
    }

    /// The input the fields make, normalised, with every problem found in it.
    fn input(&self) -> (ApplicationInput, Vec<FieldError>) {
        let mut found = Vec::new();
        let year_text = self.founding_year.get_untracked();
        let founding_year = match year_text.trim() {
            "" => None,
            y => match y.parse::<i32>() {
                Ok(y) => Some(y),
                Err(_) => {
                    found.push(problem(
                        "founding_year",
                        FieldCode::Invalid,
                        t(Key::YearInvalid),
                    ));
                    None
                }
            },
        };
        let kind = self.kind.get_untracked().parse::<MuseumKind>();
        if kind.is_err() {
            found.push(problem(
                "kind",
                FieldCode::Required,
                t(Key::ApplyKindRequired),
            ));
        }
        let opt = |s: RwSignal<String>| Some(s.get_untracked());
        let input = ApplicationInput {
            museum_name: self.museum_name.get_untracked(),
            museum_name_local: opt(self.museum_name_local),
            museum_name_local_lang: opt(self.museum_name_local_lang),
            country: self.country.get_untracked(),
            city: self.city.get_untracked(),
            website: self.website.get_untracked(),
            founding_year,
            kind: kind.unwrap_or_default(),
            collections: self.collections.get_untracked(),
            contact_name: self.contact_name.get_untracked(),
            contact_title: opt(self.contact_title),
            contact_email: self.contact_email.get_untracked(),
            icom_code_of_ethics: self.icom.get_untracked(),
        }
        .normalised();
        let mut all = input.problems(this_year());
        if input.country.is_empty() {
            // "Choose a country" says more than "not a two-letter code".
            all.retain(|p| p.field != "country");
            all.push(problem(
                "country",
                FieldCode::Required,
                t(Key::ApplyCountryRequired),
            ));
        }
        for p in found {
            if !all.iter().any(|q| q.field == p.field) {
                all.push(p);
            }
        }
        (input, all)
    }
}

/// The form's input and file as the multipart body the server reads.
fn form_data(
    input: &ApplicationInput,
    file: &web_sys::File,
    honeypot: &str,
) -> Result<web_sys::FormData, wasm_bindgen::JsValue> {
    let data = web_sys::FormData::new()?;
    let text = [
        ("museum_name", Some(input.museum_name.clone())),
        ("museum_name_local", input.museum_name_local.clone()),
        (
            "museum_name_local_lang",
            input.museum_name_local_lang.clone(),
        ),
        ("country", Some(input.country.clone())),
        ("city", Some(input.city.clone())),
        ("website", Some(input.website.clone())),
        ("founding_year", input.founding_year.map(|y| y.to_string())),
        ("kind", Some(input.kind.as_str().to_owned())),
        ("collections", Some(input.collections.clone())),
        ("contact_name", Some(input.contact_name.clone())),
        ("contact_title", input.contact_title.clone()),
        ("contact_email", Some(input.contact_email.clone())),
        (
            "icom_code_of_ethics",
            Some(input.icom_code_of_ethics.to_string()),
        ),
    ];
    for (name, value) in text {
        if let Some(value) = value {
            data.append_with_str(name, &value)?;
        }
    }
    data.append_with_str(HONEYPOT_FIELD, honeypot)?;
    data.append_with_blob_and_filename(DOCUMENT_FIELD, file, &file.name())?;
    Ok(data)
}

#[component]
pub fn ApplyPage() -> impl IntoView {
    view! {
        <PageMeta title=t(Key::ApplyTitle).to_owned() description=t(Key::ApplyLead).to_owned() />
        <div class="wrap page apply" data-testid="apply">
            <header class="page__header">
                <p class="eyebrow">{t(Key::NetworkName)}</p>
                <h1>{t(Key::ApplyTitle)}</h1>
                <p class="lead">{t(Key::ApplyLead)}</p>
            </header>
            <Application />
        </div>
    }
}

/// The form, then its receipt: the application page's island.
// An island only in the bundle with `forms` (and on the server).
#[cfg_attr(any(feature = "ssr", feature = "forms"), island)]
#[cfg_attr(not(any(feature = "ssr", feature = "forms")), component)]
fn Application() -> impl IntoView {
    let receipt = RwSignal::new(None::<(ApplicationReceipt, String)>);
    move || match receipt.get() {
        Some((r, email)) => view! { <Receipt receipt=r email /> }.into_any(),
        None => view! { <ApplyForm receipt /> }.into_any(),
    }
}

/// What an applicant sees once the application is in: its reference and
/// the private link to follow it.
#[component]
fn Receipt(receipt: ApplicationReceipt, email: String) -> impl IntoView {
    let link = format!("/apply/status/{}", receipt.status_token);
    let absolute = format!("{}{link}", window().location().origin().unwrap_or_default());
    focus_later("#apply-done");
    view! {
        <section class="panel apply__done" aria-labelledby="apply-done" data-testid="apply-receipt">
            <h2 id="apply-done" tabindex="-1">{t(Key::ApplyDoneTitle)}</h2>
            <p>
                {t(Key::ApplyReference)} " "
                <strong data-testid="apply-reference">{receipt.reference.clone()}</strong>
            </p>
            <p>{t_with(Key::ApplyDoneText, &[("email", &email)])}</p>
            <p class="apply__link">
                <a href=link.clone() data-testid="apply-status-link" class="button">
                    {t(Key::ApplyFollow)}
                </a>
            </p>
            <p class="field__hint">
                {t(Key::ApplyKeepLink)} " " <code class="apply__url">{absolute}</code>
            </p>
        </section>
    }
}

/// Shows why the application was refused: field by field, a document too
/// large or not a PDF, an application already under way for the museum, too
/// many applications from here for now, or else the error.
fn show_refusal(
    refusal: api::Refused,
    problems: Problems,
    notice: RwSignal<Option<(Key, String)>>,
    failed: RwSignal<Option<ApiError>>,
) {
    let e = refusal.error;
    let detail = e.detail().unwrap_or_default().to_owned();
    match e.code() {
        Some(ErrorCode::ValidationFailed) if !e.field_errors().is_empty() => {
            problems.set(e.field_errors().to_vec());
            focus_summary(FORM);
        }
        Some(ErrorCode::PayloadTooLarge) => {
            problems.set(vec![problem(
                DOCUMENT_FIELD,
                FieldCode::OutOfRange,
                t_with(
                    Key::ApplyDocumentTooLarge,
                    &[("max", &megabytes(MAX_APPLICATION_PDF_BYTES))],
                ),
            )]);
            focus_summary(FORM);
        }
        Some(ErrorCode::UnsupportedMediaType) => {
            problems.set(vec![problem(
                DOCUMENT_FIELD,
                FieldCode::Invalid,
                t(Key::ApplyDocumentNotPdf),
            )]);
            focus_summary(FORM);
        }
        Some(ErrorCode::Conflict) => {
            notice.set(Some((Key::ApplyConflictTitle, detail)));
            focus_later("#apply-notice");
        }
        Some(ErrorCode::TooManyRequests) => {
            let minutes = refusal.retry_after.map_or(1, |s| s.div_ceil(60).max(1));
            notice.set(Some((
                Key::TooManyTitle,
                t_with(Key::ApplyTooMany, &[("minutes", &minutes.to_string())]),
            )));
            focus_later("#apply-notice");
        }
        _ => {
            failed.set(Some(e));
            focus_later("#apply-failed");
        }
    }
}

#[component]
fn ApplyForm(receipt: RwSignal<Option<(ApplicationReceipt, String)>>) -> impl IntoView {
    let fields = Fields::new();
    let file = RwSignal::new_local(None::<web_sys::File>);
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let notice = RwSignal::new(None::<(Key, String)>);
    let busy = RwSignal::new(false);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        notice.set(None);
        let (input, mut found) = fields.input();
        let picked = file.get_untracked();
        let about = picked.as_ref().map(|f| (f.name(), f.type_(), f.size()));
        if let Some(p) =
            document_problem(about.as_ref().map(|(n, m, s)| (n.as_str(), m.as_str(), *s)))
        {
            found.push(p);
        }
        let order = |f: &FieldError| {
            APPLY_LABELS
                .iter()
                .position(|(name, _)| *name == f.field)
                .unwrap_or(usize::MAX)
        };
        found.sort_by_key(order);
        let refused = !found.is_empty();
        problems.set(found);
        let Some(picked) = picked.filter(|_| !refused) else {
            focus_summary(FORM);
            return;
        };
        let data = match form_data(&input, &picked, &fields.honeypot.get_untracked()) {
            Ok(data) => data,
            Err(_) => {
                failed.set(Some(ApiError::Network(
                    t(Key::ApplyFormDataFailed).to_owned(),
                )));
                return;
            }
        };
        busy.set(true);
        spawn_local(async move {
            let answer = api::apply(&data).await;
            busy.set(false);
            match answer {
                Ok(r) => receipt.set(Some((r, input.contact_email.clone()))),
                Err(refusal) => show_refusal(refusal, problems, notice, failed),
            }
        });
    };

    view! {
        <form class="form apply-form" on:submit=on_submit novalidate=true data-testid="apply-form">
            {move || {
                notice
                    .get()
                    .map(|(title, text)| {
                        view! {
                            <div id="apply-notice" class="notice notice--warning" role="alert" tabindex="-1" data-testid="apply-notice">
                                <p class="notice__title">{t(title)}</p>
                                <p>{text}</p>
                            </div>
                        }
                    })
            }}
            {move || failed.get().map(|error| view! { <div id="apply-failed" tabindex="-1"><ErrorState error /></div> })}
            <ErrorSummary form=FORM problems labels=APPLY_LABELS />
            <p class="form__note">{t(Key::RequiredNote)}</p>

            <MuseumGroup fields problems />
            <ContactGroup fields problems />
            <CommitmentGroup fields problems file />

            <div class="form__actions">
                <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().to_string() data-testid="apply-submit">
                    {move || if busy.get() { t(Key::Sending) } else { t(Key::ApplySubmit) }}
                </button>
            </div>
        </form>
    }
}

/// The museum: its names, where it is, its website, founding and kind, and
/// its Asian collections.
#[component]
fn MuseumGroup(fields: Fields, problems: Problems) -> impl IntoView {
    let countries = LocalResource::new(|| api::read(api::public::countries()));
    let country_options = Signal::derive(move || {
        let mut options = vec![(String::new(), t(Key::ChooseCountry).to_owned())];
        options.extend(
            countries
                .get()
                .and_then(Result::ok)
                .map(|l| l.items)
                .unwrap_or_default()
                .into_iter()
                .filter(|c| c.country.asem_member)
                .map(|c| {
                    let name = country_name(&c.country.code, &c.country.name);
                    (c.country.code, name)
                }),
        );
        options
    });
    let kind_options = Signal::derive(|| {
        std::iter::once((String::new(), t(Key::ChooseMuseumKind).to_owned()))
            .chain(
                MuseumKind::ALL
                    .iter()
                    .map(|k| (k.as_str().to_owned(), t(Key::MuseumKind(*k)).to_owned())),
            )
            .collect::<Vec<_>>()
    });
    let local_lang = Signal::derive(move || {
        let tag = fields.museum_name_local_lang.get();
        let tag = tag.trim();
        vcm_shared::rules::is_language_tag(tag).then(|| tag.to_owned())
    });
    let f = fields;
    view! {
        <fieldset class="form__group">
            <legend>{t(Key::ApplyGroupMuseum)}</legend>
            <div class="form__grid">
                <Field form=FORM name="museum_name" label=Key::ApplyMuseumName value=f.museum_name problems required=true autocomplete="organization" testid="museum_name" />
                <Field
                    form=FORM
                    name="museum_name_local"
                    label=Key::ApplyMuseumNameLocal
                    value=f.museum_name_local
                    problems
                    hint=Key::ApplyMuseumNameLocalHint
                    lang=local_lang
                    testid="museum_name_local"
                />
                <Field
                    form=FORM
                    name="museum_name_local_lang"
                    label=Key::ApplyMuseumNameLocalLang
                    value=f.museum_name_local_lang
                    problems
                    hint=Key::OriginalLanguageHint
                    testid="museum_name_local_lang"
                />
                <SelectField
                    form=FORM
                    name="country"
                    label=Key::FilterMuseumCountry
                    value=f.country
                    problems
                    options=country_options
                    hint=Key::ApplyCountryHint
                    required=true
                    testid="country"
                />
                <Field form=FORM name="city" label=Key::ApplyCity value=f.city problems required=true autocomplete="address-level2" testid="city" />
                <Field
                    form=FORM
                    name="website"
                    label=Key::ApplyWebsite
                    value=f.website
                    problems
                    required=true
                    control=Control::Url
                    hint=Key::ApplyWebsiteHint
                    testid="website"
                />
                <Field
                    form=FORM
                    name="founding_year"
                    label=Key::ApplyFoundingYear
                    value=f.founding_year
                    problems
                    control=Control::Number
                    testid="founding_year"
                />
                <SelectField
                    form=FORM
                    name="kind"
                    label=Key::ApplyKind
                    value=f.kind
                    problems
                    options=kind_options
                    required=true
                    testid="kind"
                />
            </div>
            <Field
                form=FORM
                name="collections"
                label=Key::ApplyCollections
                value=f.collections
                problems
                required=true
                control=Control::Area(6)
                hint=Key::ApplyCollectionsHint
                testid="collections"
            />
        </fieldset>
    }
}

/// Who the secretariat writes to.
#[component]
fn ContactGroup(fields: Fields, problems: Problems) -> impl IntoView {
    let f = fields;
    view! {
        <fieldset class="form__group">
            <legend>{t(Key::ApplyGroupContact)}</legend>
            <p class="field__hint">{t(Key::ApplyContactHint)}</p>
            <div class="form__grid">
                <Field form=FORM name="contact_name" label=Key::ApplyContactName value=f.contact_name problems required=true autocomplete="name" testid="contact_name" />
                <Field form=FORM name="contact_title" label=Key::ApplyContactTitle value=f.contact_title problems autocomplete="organization-title" testid="contact_title" />
                <Field
                    form=FORM
                    name="contact_email"
                    label=Key::ApplyContactEmail
                    value=f.contact_email
                    problems
                    required=true
                    control=Control::Email
                    testid="contact_email"
                />
            </div>
        </fieldset>
    }
}

/// The ICOM Code of Ethics, the signed application, and a trap for programs.
#[component]
fn CommitmentGroup(
    fields: Fields,
    problems: Problems,
    file: RwSignal<Option<web_sys::File>, LocalStorage>,
) -> impl IntoView {
    let icom_error = errors_of(problems, "icom_code_of_ethics");
    let f = fields;
    view! {
        <fieldset class="form__group">
            <legend>{t(Key::ApplyGroupCommitment)}</legend>
            <div class="check" class:field--invalid=move || !icom_error.read().is_empty()>
                <input
                    id="apply-icom-code-of-ethics"
                    name="icom_code_of_ethics"
                    type="checkbox"
                    required=true
                    aria-invalid=move || (!icom_error.read().is_empty()).to_string()
                    aria-describedby=move || {
                        if icom_error.read().is_empty() {
                            "apply-icom-hint".to_owned()
                        } else {
                            "apply-icom-hint apply-icom-error".to_owned()
                        }
                    }
                    prop:checked=move || f.icom.get()
                    on:change=move |ev| f.icom.set(event_target_checked(&ev))
                    data-testid="icom_code_of_ethics"
                />
                <label for="apply-icom-code-of-ethics">
                    {t(Key::ApplyIcom)}
                    <span class="field__required">" " {t(Key::RequiredMark)}</span>
                </label>
                <p id="apply-icom-hint" class="field__hint">
                    <a href=ICOM_CODE_URL rel="external noopener" target="_blank">
                        {t(Key::ApplyIcomLink)}
                    </a>
                </p>
                {move || {
                    let e = icom_error.get();
                    (!e.is_empty()).then(|| view! { <p id="apply-icom-error" class="field__error">{e}</p> })
                }}
            </div>
            <FileField
                form=FORM
                name=DOCUMENT_FIELD
                label=Key::ApplyDocument
                hint=t_with(Key::ApplyDocumentHint, &[("max", &megabytes(MAX_APPLICATION_PDF_BYTES))])
                accept="application/pdf,.pdf"
                file
                problems
                testid="signed_application"
            />
            // A trap for programs that fill every field; people never see it.
            <div class="apply__trap" aria-hidden="true">
                <label for="apply-fax-number">{t(Key::ApplyHoneypot)}</label>
                <input
                    id="apply-fax-number"
                    name=HONEYPOT_FIELD
                    type="text"
                    tabindex="-1"
                    autocomplete="off"
                    prop:value=move || f.honeypot.get()
                    on:input=move |ev| f.honeypot.set(event_target_value(&ev))
                    data-testid="fax_number"
                />
            </div>
        </fieldset>
    }
}

#[component]
pub fn ApplicationStatusPage() -> impl IntoView {
    let params = use_params_map();
    let token = Memo::new(move |_| params.read().get("token").unwrap_or_default());
    let view_of = Resource::new(
        move || token.get(),
        |token| async move { api::read(api::public::application_status(&token)).await },
    );
    let retry = Callback::new(move |()| view_of.refetch());
    view! {
        <Title text=t(Key::ApplicationStatusTitle) />
        // A private link: not for search engines.
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| view! { <div class="wrap page"><Loading /></div> }>
            {move || Suspend::new(async move {
                match view_of.await {
                    Ok(v) => view! { <StatusView status=v token=token.get_untracked() /> }.into_any(),
                    Err(e) if e.is_not_found() => {
                        view! { <NotFoundView title=Key::ApplicationNotFoundTitle text=Key::ApplicationNotFoundText /> }
                            .into_any()
                    }
                    Err(error) => view! { <div class="wrap page"><ErrorState error retry /></div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// An application's status as a badge.
#[component]
pub fn ApplicationBadge(status: ApplicationStatus) -> impl IntoView {
    view! {
        <span class=format!("badge badge--app-{}", status.as_str()) data-testid="application-status" data-status=status.as_str()>
            {t(Key::ApplicationStatus(status))}
        </span>
    }
}

/// The conversation between the applicant and the secretariat, oldest first.
#[component]
pub fn Conversation(messages: Vec<ApplicationMessage>) -> impl IntoView {
    if messages.is_empty() {
        return view! { <p class="field__hint" data-testid="no-messages">{t(Key::NoMessages)}</p> }
            .into_any();
    }
    view! {
        <ol class="conversation" role="list" data-testid="conversation">
            {messages
                .into_iter()
                .map(|m| {
                    view! {
                        <li class=format!("conversation__message conversation__message--{}", m.author.as_str())>
                            <p class="conversation__who">
                                <strong>{t(Key::MessageAuthor(m.author))}</strong>
                                " · "
                                <Time at=m.at />
                            </p>
                            <p class="conversation__body">{m.body}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}

/// An application's status and the applicant's answer form: an island.
// An island only in the bundle with `forms` (and on the server).
#[cfg_attr(any(feature = "ssr", feature = "forms"), island)]
#[cfg_attr(not(any(feature = "ssr", feature = "forms")), component)]
fn StatusView(status: ApplicationStatusView, token: String) -> impl IntoView {
    let current = RwSignal::new(status);
    let answer = RwSignal::new(String::new());
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let sent = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let token = StoredValue::new(token);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        sent.set(false);
        let note = ApplicationNote {
            message: Some(answer.get_untracked()),
        };
        let message = match note.text(true) {
            Ok(m) => m,
            Err(p) => {
                problems.set(vec![p]);
                focus_later("#apply-message");
                return;
            }
        };
        problems.set(Vec::new());
        busy.set(true);
        spawn_local(async move {
            let answer_note = ApplicationNote { message };
            match api::send(api::public::answer_application(
                &token.get_value(),
                &answer_note,
            ))
            .await
            {
                Ok(v) => {
                    current.set(v);
                    answer.set(String::new());
                    sent.set(true);
                }
                Err(e) => {
                    let ours: Vec<FieldError> = e
                        .field_errors()
                        .iter()
                        .filter(|p| p.field == "message")
                        .cloned()
                        .collect();
                    if ours.is_empty() {
                        failed.set(Some(e));
                    } else {
                        problems.set(ours);
                    }
                }
            }
            busy.set(false);
        });
    };
    view! {
        <div class="wrap page narrow application-status" data-testid="application-status-page">
            {move || {
                let v = current.get();
                let open = v.status.is_open();
                let lead = match v.status {
                    ApplicationStatus::Submitted => Key::ApplicationSubmittedText,
                    ApplicationStatus::InfoRequested => Key::ApplicationInfoRequestedText,
                    ApplicationStatus::Approved => Key::ApplicationApprovedText,
                    ApplicationStatus::Rejected => Key::ApplicationRejectedText,
                };
                view! {
                    <header class="page__header">
                        <p class="eyebrow">{t(Key::ApplicationStatusTitle)}</p>
                        <h1>{v.museum_name.clone()}</h1>
                        <p>
                            {t(Key::ApplyReference)} " " <strong data-testid="status-reference">{v.reference.clone()}</strong>
                        </p>
                    </header>
                    <section class="panel" aria-labelledby="status-now">
                        <h2 id="status-now" class="panel__title">
                            {t(Key::ApplicationWhereItStands)} " " <ApplicationBadge status=v.status />
                        </h2>
                        <p>{t(lead)}</p>
                        <dl class="details details--compact">
                            <div class="details__row">
                                <dt>{t(Key::ApplicationSubmittedOn)}</dt>
                                <dd><Time at=v.submitted_at /></dd>
                            </div>
                            <div class="details__row">
                                <dt>{t(Key::ColChanged)}</dt>
                                <dd><Time at=v.updated_at /></dd>
                            </div>
                        </dl>
                        {v
                            .museum
                            .clone()
                            .map(|m| {
                                view! {
                                    <p>
                                        <a href=format!("/museums/{}", m.slug) class="more-link">
                                            {t_with(Key::SeeMuseumPage, &[("museum", &m.name)])}
                                        </a>
                                    </p>
                                }
                            })}
                    </section>
                    <section class="section" aria-labelledby="status-messages">
                        <h2 id="status-messages">{t(Key::Conversation)}</h2>
                        <Conversation messages=v.messages.clone() />
                    </section>
                    {(!open).then(|| view! { <p class="field__hint">{t(Key::ApplicationClosedNote)}</p> })}
                }
            }}
            <Show when=move || current.read().status.is_open()>
                <form class="form card-form" on:submit=on_submit novalidate=true data-testid="apply-answer-form">
                    <Show when=move || sent.get()>
                        <Notice tone=Tone::Success>
                            <p>{t(Key::AnswerSent)}</p>
                        </Notice>
                    </Show>
                    {move || failed.get().map(|error| view! { <ErrorState error /> })}
                    <Field
                        form="apply"
                        name="message"
                        label=Key::YourAnswer
                        value=answer
                        problems
                        hint=Key::YourAnswerHint
                        control=Control::Area(5)
                        testid="apply-answer"
                    />
                    <div class="form__actions">
                        <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().to_string() data-testid="apply-answer-submit">
                            {move || if busy.get() { t(Key::Sending) } else { t(Key::SendAnswer) }}
                        </button>
                    </div>
                </form>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_must_be_a_pdf_of_bounded_size() {
        assert_eq!(document_problem(None).unwrap().code, FieldCode::Required);
        assert!(document_problem(Some(("a.pdf", "application/pdf", 1000.0))).is_none());
        assert!(document_problem(Some(("A.PDF", "", 1000.0))).is_none());
        assert_eq!(
            document_problem(Some(("a.docx", "application/msword", 10.0)))
                .unwrap()
                .code,
            FieldCode::Invalid
        );
        assert_eq!(
            document_problem(Some(("a.pdf", "application/pdf", 1e9)))
                .unwrap()
                .code,
            FieldCode::OutOfRange
        );
    }
}
