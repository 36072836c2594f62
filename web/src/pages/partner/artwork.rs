//! `/partner/artworks/new` and `/partner/artworks/{slug}/edit`: a work's
//! editable fields. The form checks them with the same rules as the server
//! (`ArtworkInput::problems`) before sending, shows the server's own field
//! problems next to each field, and sends the version it read as `If-Match`,
//! so that a change someone made meanwhile is not overwritten.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use vcm_shared::rules::{is_language_tag, rights_label};
use vcm_shared::{
    ArtworkInput, ErrorCode, FieldCode, FieldError, Maker, MakerRole, ObjectType, PartnerArtwork,
    TEXT_FIELDS, WorkStatus, Workflow, text_field,
};

use crate::api::{self, ApiError};
use crate::auth::{Auth, use_auth};
use crate::components::account::{PartnerNav, RequireEditor};
use crate::components::forms::{
    Control, ErrorSummary, Field, Notice, Problems, SelectField, Tone, focus_summary, problem,
};
use crate::components::layout::focus_later;
use crate::components::states::{ErrorState, Loading, NotFoundView};
use crate::components::withdraw::WithdrawForm;
use crate::components::workflow::WorkflowPanel;
use crate::i18n::{Key, country_name, t, t_with};
use crate::pages::partner::dashboard::{Move, Outcome, OutcomeView, StatusBadge, Step};
use crate::pages::partner::images::ImagesSection;

const FORM: &str = "work";

/// Every field of the form with its label, in the order of the form.
pub const ARTWORK_LABELS: &[(&str, Key)] = &[
    ("title", Key::FieldTitle),
    ("title_original", Key::FieldTitleOriginal),
    ("original_language", Key::FieldOriginalLanguage),
    ("inventory_number", Key::FieldInventory),
    ("slug", Key::FieldSlug),
    ("makers", Key::FieldMakerNames),
    ("object_type", Key::FieldObjectType),
    ("origin_country", Key::FieldOrigin),
    ("culture", Key::FieldCulture),
    ("period", Key::FieldPeriod),
    ("date_text", Key::FieldDate),
    ("year_begin", Key::FieldYearBegin),
    ("year_end", Key::FieldYearEnd),
    ("materials", Key::FieldMaterials),
    ("technique", Key::FieldTechnique),
    ("dimensions", Key::FieldDimensions),
    ("statement", Key::FieldStatement),
    ("statement_original", Key::FieldStatementOriginal),
    ("description", Key::FieldDescription),
    ("description_original", Key::FieldDescriptionOriginal),
    ("rights", Key::FieldRights),
    ("credit_line", Key::FieldCredit),
];

/// The label of the field a problem is about, in the interface language.
pub fn label_of(field: &str) -> Option<&'static str> {
    let base = crate::components::forms::base_field(field);
    ARTWORK_LABELS
        .iter()
        .find(|(name, _)| *name == base)
        .map(|(_, key)| t(*key))
}

/// The rights statements offered, as their URIs.
pub const RIGHTS: [&str; 11] = [
    "http://creativecommons.org/publicdomain/zero/1.0/",
    "http://creativecommons.org/licenses/by/4.0/",
    "http://creativecommons.org/licenses/by-sa/4.0/",
    "http://rightsstatements.org/vocab/NoC-NC/1.0/",
    "http://rightsstatements.org/vocab/NoC-OKLR/1.0/",
    "http://rightsstatements.org/vocab/NoC-US/1.0/",
    "http://rightsstatements.org/vocab/InC/1.0/",
    "http://rightsstatements.org/vocab/InC-EDU/1.0/",
    "http://rightsstatements.org/vocab/InC-NC/1.0/",
    "http://rightsstatements.org/vocab/CNE/1.0/",
    "http://rightsstatements.org/vocab/UND/1.0/",
];

/// A list typed as text: split at semicolons when there are any (so that an
/// item may hold a comma, e.g. `ink, colour on silk; gold leaf`), else at commas.
pub fn split_list(text: &str) -> Vec<String> {
    let separator = if text.contains(';') { ';' } else { ',' };
    text.split(separator)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A list as text that [`split_list`] reads back into the same items.
pub fn join_list(items: &[String]) -> String {
    let joined = items.join("; ");
    // One item holding a comma needs a semicolon to keep it whole.
    if items.len() == 1 && joined.contains(',') {
        format!("{joined};")
    } else {
        joined
    }
}

/// A year as typed; `−500` (with a minus sign) reads as `-500`.
fn parse_year(text: &str) -> Result<Option<i32>, ()> {
    let text = text.trim().replace(['−', '–'], "-");
    if text.is_empty() {
        return Ok(None);
    }
    text.parse().map(Some).map_err(|_| ())
}

/// Makers from one name a line. A name the work already had keeps its role,
/// dates and original-script name; a new one is a plain `maker`.
pub fn makers_from_lines(text: &str, known: &[Maker]) -> Vec<Maker> {
    let mut unused: Vec<&Maker> = known.iter().collect();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(
            |name| match unused.iter().position(|m| m.name.trim() == name) {
                Some(i) => unused.remove(i).clone(),
                None => Maker {
                    name: name.to_owned(),
                    name_original: None,
                    role: MakerRole::Maker,
                    dates: None,
                },
            },
        )
        .collect()
}

/// A year as the form shows it.
fn year_text(year: Option<i32>) -> String {
    year.map(|y| y.to_string()).unwrap_or_default()
}

/// A field of a work as the form shows it: makers one a line, materials
/// separated by semicolons, years and codes as text.
fn form_text(a: &ArtworkInput, name: &str) -> String {
    if let Some(field) = text_field(name) {
        return (field.get)(a).clone().unwrap_or_default();
    }
    match name {
        "slug" => a.slug.clone().unwrap_or_default(),
        "title" => a.title.clone(),
        "makers" => a
            .makers
            .iter()
            .map(|m| m.name.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        "object_type" => a.object_type.as_str().to_owned(),
        "origin_country" => a.origin_country.clone().unwrap_or_default(),
        "year_begin" => year_text(a.year_begin),
        "year_end" => year_text(a.year_end),
        "materials" => join_list(&a.materials),
        "rights" => a.rights.clone(),
        _ => String::new(),
    }
}

/// The form's fields as typed, one for each field of a work, by name.
#[derive(Debug, Clone, Copy)]
struct Fields {
    typed: StoredValue<Vec<(&'static str, RwSignal<String>)>>,
    /// The makers as stored, whose roles and dates the name lines keep.
    known_makers: StoredValue<Vec<Maker>>,
}

impl Fields {
    fn new() -> Self {
        Fields {
            typed: StoredValue::new(
                ArtworkInput::fields()
                    .iter()
                    .map(|name| (*name, RwSignal::new(String::new())))
                    .collect(),
            ),
            known_makers: StoredValue::new(Vec::new()),
        }
    }

    /// The field with this name.
    fn get(&self, name: &str) -> RwSignal<String> {
        self.typed.with_value(|typed| {
            typed
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, signal)| *signal)
                .unwrap_or_else(|| panic!("a work has no field {name:?}"))
        })
    }

    /// The original language typed, once it is a language tag: the `lang` of
    /// the texts written in it.
    fn original_language(&self) -> Signal<Option<String>> {
        let typed = self.get("original_language");
        Signal::derive(move || {
            let tag = typed.get();
            let tag = tag.trim();
            is_language_tag(tag).then(|| tag.to_owned())
        })
    }

    /// What is typed in the field with this name.
    fn text(&self, name: &str) -> String {
        self.get(name).get_untracked()
    }

    /// Fills the fields with a stored work's values.
    fn load(&self, a: &ArtworkInput) {
        self.typed.with_value(|typed| {
            for (name, signal) in typed {
                signal.set(form_text(a, name));
            }
        });
        self.known_makers.set_value(a.makers.clone());
    }

    /// Everything typed, to tell whether anything changed since the last save.
    fn snapshot(&self) -> Vec<String> {
        self.typed
            .with_value(|typed| typed.iter().map(|(_, s)| s.get()).collect())
    }

    /// The input the fields make, normalised, with every problem found in it.
    fn input(&self) -> (ArtworkInput, Vec<FieldError>) {
        let mut found = Vec::new();
        let mut year = |field: &str| match parse_year(&self.text(field)) {
            Ok(y) => y,
            Err(()) => {
                found.push(problem(field, FieldCode::Invalid, t(Key::YearInvalid)));
                None
            }
        };
        let (year_begin, year_end) = (year("year_begin"), year("year_end"));
        let object_type = self.text("object_type").parse::<ObjectType>();
        if object_type.is_err() {
            found.push(problem(
                "object_type",
                FieldCode::Required,
                t(Key::ObjectTypeRequired),
            ));
        }
        let mut input = ArtworkInput {
            slug: Some(self.text("slug")),
            title: self.text("title"),
            makers: makers_from_lines(&self.text("makers"), &self.known_makers.get_value()),
            object_type: object_type.unwrap_or(ObjectType::Other),
            origin_country: Some(self.text("origin_country")),
            year_begin,
            year_end,
            materials: split_list(&self.text("materials")),
            rights: self.text("rights"),
            ..ArtworkInput::default()
        };
        for field in &TEXT_FIELDS {
            *(field.slot)(&mut input) = Some(self.text(field.name));
        }
        let input = input.normalised();
        let mut all = input.problems();
        // Problems of a year that could not be read at all come first.
        for p in found {
            if !all.iter().any(|q| q.field == p.field) {
                all.push(p);
            }
        }
        let order = |f: &FieldError| {
            let base = crate::components::forms::base_field(&f.field);
            ARTWORK_LABELS
                .iter()
                .position(|(name, _)| *name == base)
                .unwrap_or(usize::MAX)
        };
        all.sort_by_key(order);
        (input, all)
    }
}

#[component]
pub fn NewArtworkPage() -> impl IntoView {
    view! {
        <Title text=t(Key::NewWorkTitle) />
        <RequireEditor>
            <div class="wrap page partner">
                <header class="page__header">
                    <h1>{t(Key::NewWorkTitle)}</h1>
                    <PartnerNav />
                    <p class="lead">{t(Key::NewWorkLead)}</p>
                </header>
                <ArtworkForm initial=None reload=None />
            </div>
        </RequireEditor>
    }
}

#[component]
pub fn EditArtworkPage() -> impl IntoView {
    view! {
        <RequireEditor>
            <EditArtwork />
        </RequireEditor>
    }
}

#[component]
fn EditArtwork() -> impl IntoView {
    let auth = use_auth();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let work = LocalResource::new(move || {
        let slug = slug.get();
        async move { api::authed(auth, api::signed_in::partner_artwork(&slug)).await }
    });
    let reload = Callback::new(move |()| work.refetch());
    view! {
        <Suspense fallback=|| view! { <div class="wrap page"><Loading /></div> }>
            {move || Suspend::new(async move {
                match work.await {
                    Ok(v) => {
                        view! {
                            <Title text=t_with(Key::EditWorkTitle, &[("title", &v.artwork.title)]) />
                            <div class="wrap page partner">
                                <header class="page__header">
                                    <p class="eyebrow">{t(Key::EditWorkEyebrow)}</p>
                                    <h1 data-testid="edit-title">{v.artwork.title.clone()}</h1>
                                    <PartnerNav />
                                </header>
                                <ArtworkForm initial=Some(v.clone()) reload=Some(reload) />
                                <ImagesSection
                                    slug=v.artwork.slug.clone()
                                    initial=v.artwork.images.clone()
                                    work_rights=v.artwork.rights.clone()
                                    object_type=v.artwork.object_type
                                />
                            </div>
                        }
                            .into_any()
                    }
                    Err(e) if e.is_not_found() => {
                        view! { <NotFoundView title=Key::WorkNotFoundTitle text=Key::PartnerWorkNotFoundText /> }
                            .into_any()
                    }
                    Err(error) => {
                        view! { <div class="wrap page"><ErrorState error retry=reload /></div> }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The form's submit button: create the draft, or save the changes.
#[component]
fn SaveButton(busy: RwSignal<bool>, editing: bool) -> impl IntoView {
    view! {
        <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().to_string() data-testid="save-work">
            {move || {
                if busy.get() {
                    t(Key::Saving)
                } else if editing {
                    t(Key::SaveChanges)
                } else {
                    t(Key::CreateDraft)
                }
            }}
        </button>
    }
}

/// Where a stored work stands: its status, and the moves it may make.
#[derive(Debug, Clone, PartialEq)]
struct Stored {
    slug: String,
    status: WorkStatus,
    /// The version the form was filled from, sent as `If-Match`.
    version: i64,
    /// Its nomination, the secretariat's decision, its withdrawal.
    workflow: Workflow,
}

impl Stored {
    /// Sends the form's `input` as the work's new fields, from the version it was filled from.
    async fn save(&self, auth: Auth, input: &ArtworkInput) -> api::ApiResult<PartnerArtwork> {
        api::authed(
            auth,
            api::signed_in::update_artwork(&self.slug, self.version, input),
        )
        .await
    }

    fn of(v: &PartnerArtwork) -> Self {
        Stored {
            slug: v.artwork.slug.clone(),
            status: v.artwork.status,
            version: v.version,
            workflow: v.workflow.clone(),
        }
    }
}

/// The form, empty for a new work or filled with a stored one.
#[component]
fn ArtworkForm(
    initial: Option<PartnerArtwork>,
    /// Reads the work again (after someone else changed it).
    reload: Option<Callback<()>>,
) -> impl IntoView {
    let auth = use_auth();
    let navigate = use_navigate();
    let query = use_query_map();
    let fields = Fields::new();
    let stored = RwSignal::new(initial.as_ref().map(Stored::of));
    if let Some(v) = &initial {
        fields.load(&ArtworkInput::from(&v.artwork));
    }
    let saved_snapshot = RwSignal::new(fields.snapshot());
    let dirty = Memo::new(move |_| fields.snapshot() != saved_snapshot.get());
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let stale = RwSignal::new(false);
    let saved = RwSignal::new(query.get_untracked().get("created").is_some());
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Outcome>);
    let editing = initial.is_some();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let (input, found) = fields.input();
        failed.set(None);
        saved.set(false);
        outcome.set(None);
        let refused = !found.is_empty();
        problems.set(found);
        if refused {
            focus_summary(FORM);
            return;
        }
        busy.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let current = stored.get_untracked();
            let answer = match &current {
                Some(s) => s.save(auth, &input).await,
                None => api::authed(auth, api::signed_in::create_artwork(&input)).await,
            };
            busy.set(false);
            match answer {
                Ok(v) if current.is_none() => {
                    saved_snapshot.set(fields.snapshot());
                    navigate(
                        &format!("/partner/artworks/{}/edit?created=1", v.artwork.slug),
                        NavigateOptions::default(),
                    );
                }
                Ok(v) => {
                    fields.load(&ArtworkInput::from(&v.artwork));
                    saved_snapshot.set(fields.snapshot());
                    stored.set(Some(Stored::of(&v)));
                    saved.set(true);
                    focus_later("#work-saved");
                }
                Err(e) => show_refusal(e, problems, stale, failed),
            }
        });
    };

    let move_work = Callback::new(move |step: Step| {
        let Some(s) = stored.get_untracked() else {
            return;
        };
        busy.set(true);
        outcome.set(None);
        saved.set(false);
        let title = fields.text("title");
        spawn_local(async move {
            let answer = step.run(auth, &s.slug).await;
            if step.settle(&answer) {
                busy.set(false);
                return;
            }
            match answer {
                Ok(work) => {
                    stored.set(Some(Stored::of(&work)));
                    outcome.set(Some(Outcome::Moved {
                        title,
                        status: work.artwork.status,
                    }));
                }
                Err(error) => {
                    if error.code() == Some(ErrorCode::InvalidTransition) {
                        stale.set(true);
                    }
                    outcome.set(Some(Outcome::Refused {
                        title,
                        slug: s.slug,
                        error,
                    }));
                }
            }
            busy.set(false);
            focus_later("#work-outcome");
        });
    });

    view! {
        <form class="form work-form" on:submit=on_submit novalidate=true data-testid="work-form">
            {move || {
                stored
                    .get()
                    .map(|s| view! { <StatusPanel stored=s fields busy dirty move_work /> })
            }}
            {move || outcome.get().map(|outcome| view! { <OutcomeView outcome id="work-outcome" /> })}
            <Show when=move || stale.get()>
                <StaleNotice reload />
            </Show>
            <Show when=move || saved.get()>
                <div id="work-saved" tabindex="-1">
                    <Notice tone=Tone::Success>
                        <p>{if editing { t(Key::WorkSaved) } else { t(Key::WorkCreated) }}</p>
                    </Notice>
                </div>
            </Show>
            {move || failed.get().map(|error| view! { <div id="work-failed" tabindex="-1"><ErrorState error /></div> })}
            <ErrorSummary form=FORM problems labels=ARTWORK_LABELS />
            <p class="form__note">{t(Key::RequiredNote)}</p>
            <IdentityGroup fields problems editing />
            <MakingGroup fields problems />
            <DateGroup fields problems />
            <TextsGroup fields problems />
            <RightsGroup fields problems />
            <div class="form__actions form__actions--sticky">
                <SaveButton busy editing />
                <A href="/partner" attr:class="form__aside">
                    {t(Key::BackToDashboard)}
                </A>
                <Show when=move || editing && dirty.get()>
                    <span class="form__unsaved">{t(Key::UnsavedChanges)}</span>
                </Show>
            </div>
        </form>
    }
}

/// Shows why the server did not save the work: someone changed it meanwhile,
/// a field's problems, an inventory number in use, or else the error.
fn show_refusal(
    e: ApiError,
    problems: Problems,
    stale: RwSignal<bool>,
    failed: RwSignal<Option<ApiError>>,
) {
    match e.code() {
        Some(ErrorCode::PreconditionFailed) => {
            stale.set(true);
            focus_later("#work-stale");
        }
        Some(ErrorCode::ValidationFailed) if !e.field_errors().is_empty() => {
            problems.set(e.field_errors().to_vec());
            focus_summary(FORM);
        }
        Some(ErrorCode::Conflict) => {
            let detail = e.detail().unwrap_or_default().to_owned();
            problems.set(vec![problem(
                "inventory_number",
                FieldCode::Duplicate,
                detail,
            )]);
            focus_summary(FORM);
        }
        _ => {
            failed.set(Some(e));
            focus_later("#work-failed");
        }
    }
}

/// A stored work's status, and the moves it may make from it: nominate, withdraw.
#[component]
fn StatusPanel(
    stored: Stored,
    fields: Fields,
    busy: RwSignal<bool>,
    /// Whether the form holds unsaved changes (no move before they are saved).
    dirty: Memo<bool>,
    move_work: Callback<Step>,
) -> impl IntoView {
    let s = stored;
    let can_nominate = Move::Nominate.allowed(s.status);
    let can_withdraw = Move::Withdraw.allowed(s.status);
    view! {
        <div class="work-form__status panel">
            <p class="work-form__status-line">
                <span>{t(Key::ColStatus)} ": "</span>
                <StatusBadge status=s.status />
                {(s.status == WorkStatus::Published)
                    .then(|| {
                        view! {
                            <A href=format!("/artworks/{}", s.slug) attr:class="more-link">
                                {t(Key::ViewPublic)}
                            </A>
                        }
                    })}
            </p>
            <div class="actions">
                {can_nominate
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="button button--small"
                                disabled=move || busy.get() || dirty.get()
                                aria-describedby="work-move-hint"
                                on:click=move |_| move_work.run(Step::Nominate)
                                data-testid="nominate"
                            >
                                {t(Key::Nominate)}
                            </button>
                        }
                    })}
                {can_withdraw
                    .then(|| {
                        let published = s.status == WorkStatus::Published;
                        let title = fields.text("title");
                        let question = if published {
                            t_with(Key::WithdrawPublishedQuestion, &[("title", &title)])
                        } else {
                            t_with(Key::WithdrawQuestion, &[("title", &title)])
                        };
                        view! {
                            <WithdrawForm
                                id="work-withdraw".to_owned()
                                name=t_with(Key::WithdrawNamed, &[("title", &title)])
                                question
                                on_submit=Callback::new(move |(request, handle)| {
                                    move_work.run(Step::Withdraw(request, handle))
                                })
                                busy=busy
                                disabled=dirty
                                described_by="work-move-hint"
                            />
                        }
                    })}
            </div>
            <p id="work-move-hint" class="field__hint">
                {move || if dirty.get() { t(Key::SaveBeforeMoving) } else { t(Key::NominateHint) }}
            </p>
            <WorkflowPanel status=s.status workflow=s.workflow.clone() />
        </div>
    }
}

/// Someone changed the work since the form read it: say so, and offer to
/// read it again.
#[component]
fn StaleNotice(reload: Option<Callback<()>>) -> impl IntoView {
    view! {
        <div id="work-stale" class="notice notice--warning" role="alert" tabindex="-1" data-testid="stale">
            <p class="notice__title">{t(Key::StaleTitle)}</p>
            <p>{t(Key::StaleText)}</p>
            {reload
                .map(|reload| {
                    view! {
                        <p>
                            <button type="button" class="button button--small" on:click=move |_| reload.run(())>
                                {t(Key::ReloadWork)}
                            </button>
                        </p>
                    }
                })}
        </div>
    }
}

/// Title, original title and language, inventory number and slug (fixed once
/// the work exists).
#[component]
fn IdentityGroup(fields: Fields, problems: Problems, editing: bool) -> impl IntoView {
    let f = fields;
    let lang = f.original_language();
    view! {
        <fieldset class="form__group">
            <legend>{t(Key::GroupIdentity)}</legend>
            <div class="form__grid">
                <Field form=FORM name="title" label=Key::FieldTitle value=f.get("title") problems required=true />
                <Field form=FORM name="title_original" label=Key::FieldTitleOriginal value=f.get("title_original") problems lang />
                <Field
                    form=FORM
                    name="original_language"
                    label=Key::FieldOriginalLanguage
                    value=f.get("original_language")
                    problems
                    hint=Key::OriginalLanguageHint
                />
                <Field
                    form=FORM
                    name="inventory_number"
                    label=Key::FieldInventory
                    value=f.get("inventory_number")
                    problems
                    hint=Key::InventoryHint
                />
                {(!editing)
                    .then(|| {
                        view! {
                            <Field form=FORM name="slug" label=Key::FieldSlug value=f.get("slug") problems hint=Key::SlugHint />
                        }
                    })}
            </div>
            {editing
                .then(|| {
                    view! {
                        <p class="form__fixed">
                            <span class="form__fixed-label">{t(Key::FieldSlug)} ": "</span>
                            <code>{move || f.get("slug").get()}</code>
                            " "
                            <span class="field__hint">{t(Key::SlugFixed)}</span>
                        </p>
                    }
                })}
        </fieldset>
    }
}

/// Makers, object type, country of origin, culture and period.
#[component]
fn MakingGroup(fields: Fields, problems: Problems) -> impl IntoView {
    let f = fields;
    let countries = LocalResource::new(|| api::read(api::public::countries()));
    let type_options = Signal::derive(|| {
        std::iter::once((String::new(), t(Key::ChooseObjectType).to_owned()))
            .chain(
                ObjectType::ALL
                    .iter()
                    .map(|o| (o.as_str().to_owned(), t(Key::ObjectType(*o)).to_owned())),
            )
            .collect::<Vec<_>>()
    });
    let country_options = Signal::derive(move || {
        let current = f.get("origin_country").get();
        let mut options = vec![(String::new(), t(Key::NoCountry).to_owned())];
        let listed: Vec<(String, String)> = countries
            .get()
            .and_then(Result::ok)
            .map(|l| l.items)
            .unwrap_or_default()
            .into_iter()
            .map(|c| {
                let name = country_name(&c.country.code, &c.country.name);
                (c.country.code, name)
            })
            .collect();
        if !current.is_empty() && !listed.iter().any(|(code, _)| *code == current) {
            options.push((current.clone(), current.clone()));
        }
        options.extend(listed);
        options
    });
    view! {
        <fieldset class="form__group">
            <legend>{t(Key::GroupMaking)}</legend>
            <div class="form__grid">
                <Field
                    form=FORM
                    name="makers"
                    label=Key::FieldMakerNames
                    value=f.get("makers")
                    problems
                    control=Control::Area(3)
                    hint=Key::MakersHint
                />
                <SelectField
                    form=FORM
                    name="object_type"
                    label=Key::FieldObjectType
                    value=f.get("object_type")
                    problems
                    options=type_options
                    required=true
                />
                <SelectField
                    form=FORM
                    name="origin_country"
                    label=Key::FieldOrigin
                    value=f.get("origin_country")
                    problems
                    options=country_options
                />
                <Field form=FORM name="culture" label=Key::FieldCulture value=f.get("culture") problems />
                <Field form=FORM name="period" label=Key::FieldPeriod value=f.get("period") problems hint=Key::PeriodHint />
            </div>
        </fieldset>
    }
}

/// The date as written and in years, materials, technique and dimensions.
#[component]
fn DateGroup(fields: Fields, problems: Problems) -> impl IntoView {
    let f = fields;
    view! {
        <fieldset class="form__group">
            <legend>{t(Key::GroupDate)}</legend>
            <div class="form__grid">
                <Field form=FORM name="date_text" label=Key::FieldDate value=f.get("date_text") problems hint=Key::DateTextHint />
                <Field
                    form=FORM
                    name="year_begin"
                    label=Key::FieldYearBegin
                    value=f.get("year_begin")
                    problems
                    control=Control::Number
                    hint=Key::YearHint
                />
                <Field
                    form=FORM
                    name="year_end"
                    label=Key::FieldYearEnd
                    value=f.get("year_end")
                    problems
                    control=Control::Number
                />
            </div>
        </fieldset>
        <fieldset class="form__group">
            <legend>{t(Key::GroupMaterial)}</legend>
            <div class="form__grid">
                <Field form=FORM name="materials" label=Key::FieldMaterials value=f.get("materials") problems hint=Key::MaterialsHint />
                <Field form=FORM name="technique" label=Key::FieldTechnique value=f.get("technique") problems />
                <Field form=FORM name="dimensions" label=Key::FieldDimensions value=f.get("dimensions") problems />
            </div>
        </fieldset>
    }
}

/// The masterpiece statement and the description, each in English and in
/// the original language.
#[component]
fn TextsGroup(fields: Fields, problems: Problems) -> impl IntoView {
    let f = fields;
    let lang = f.original_language();
    view! {
        <fieldset class="form__group">
            <legend>{t(Key::WhyMasterpiece)}</legend>
            <Field
                form=FORM
                name="statement"
                label=Key::FieldStatement
                value=f.get("statement")
                problems
                control=Control::Area(5)
                hint=Key::StatementHint
            />
            <Field
                form=FORM
                name="statement_original"
                label=Key::FieldStatementOriginal
                value=f.get("statement_original")
                problems
                control=Control::Area(5)
                lang
            />
        </fieldset>
        <fieldset class="form__group">
            <legend>{t(Key::Description)}</legend>
            <Field
                form=FORM
                name="description"
                label=Key::FieldDescription
                value=f.get("description")
                problems
                control=Control::Area(6)
            />
            <Field
                form=FORM
                name="description_original"
                label=Key::FieldDescriptionOriginal
                value=f.get("description_original")
                problems
                control=Control::Area(6)
                lang
            />
        </fieldset>
    }
}

/// The rights statement and credit line.
#[component]
fn RightsGroup(fields: Fields, problems: Problems) -> impl IntoView {
    let f = fields;
    let rights_options = Signal::derive(move || {
        let current = f.get("rights").get();
        let mut options = vec![(String::new(), t(Key::ChooseRights).to_owned())];
        if !current.is_empty() && !RIGHTS.contains(&current.as_str()) {
            options.push((current.clone(), rights_label(&current).to_owned()));
        }
        options.extend(
            RIGHTS
                .iter()
                .map(|uri| ((*uri).to_owned(), rights_label(uri).to_owned())),
        );
        options
    });
    view! {
        <fieldset class="form__group">
            <legend>{t(Key::GroupRights)}</legend>
            <div class="form__grid">
                <SelectField
                    form=FORM
                    name="rights"
                    label=Key::FieldRights
                    value=f.get("rights")
                    problems
                    options=rights_options
                    hint=Key::RightsHint
                    required=true
                />
                <Field form=FORM name="credit_line" label=Key::FieldCredit value=f.get("credit_line") problems />
            </div>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_at_semicolons_else_commas() {
        assert_eq!(
            split_list("ink, colour on silk; gold leaf ;; "),
            ["ink, colour on silk", "gold leaf"]
        );
        assert_eq!(split_list("ink, silk ,, gold"), ["ink", "silk", "gold"]);
        assert!(split_list("  ").is_empty());
    }

    #[test]
    fn stored_lists_read_back_unchanged() {
        for items in [
            vec!["ink".to_owned(), "colour on silk".to_owned()],
            vec!["gold, silver and copper inlay".to_owned()],
            vec!["a, b".to_owned(), "c".to_owned()],
            vec![],
        ] {
            assert_eq!(split_list(&join_list(&items)), items);
        }
    }

    #[test]
    fn years_read_with_either_minus() {
        assert_eq!(parse_year(" -500 "), Ok(Some(-500)));
        assert_eq!(parse_year("−206"), Ok(Some(-206)));
        assert_eq!(parse_year(""), Ok(None));
        assert_eq!(parse_year("c. 1800"), Err(()));
    }

    #[test]
    fn known_makers_keep_their_roles() {
        let known = vec![Maker {
            name: "Katsushika Hokusai".into(),
            name_original: Some("葛飾北斎".into()),
            role: MakerRole::Artist,
            dates: Some("1760–1849".into()),
        }];
        let makers = makers_from_lines("Katsushika Hokusai\n\n  Nishimuraya Yohachi ", &known);
        assert_eq!(makers.len(), 2);
        assert_eq!(makers[0], known[0]);
        assert_eq!(makers[1].name, "Nishimuraya Yohachi");
        assert_eq!(makers[1].role, MakerRole::Maker);
    }

    #[test]
    fn the_form_shows_every_field_of_a_work() {
        let mut work = ArtworkInput {
            slug: Some("moon-jar".into()),
            title: "Moon jar".into(),
            makers: makers_from_lines("Unknown potter", &[]),
            object_type: ObjectType::Ceramics,
            origin_country: Some("KR".into()),
            year_begin: Some(1650),
            year_end: Some(1750),
            materials: vec!["porcelain".into()],
            rights: RIGHTS[0].into(),
            ..ArtworkInput::default()
        };
        for field in &TEXT_FIELDS {
            *(field.slot)(&mut work) = Some(format!("{} text", field.name));
        }
        for name in ArtworkInput::fields() {
            assert!(!form_text(&work, name).is_empty(), "{name} is not shown");
            assert!(
                ARTWORK_LABELS.iter().any(|(n, _)| n == name),
                "{name} has no label"
            );
        }
    }

    #[test]
    fn every_field_problem_has_a_label() {
        for field in ["makers[2].name", "materials[0]", "year_end", "rights"] {
            assert!(
                ARTWORK_LABELS
                    .iter()
                    .any(|(n, _)| *n == crate::components::forms::base_field(field))
            );
        }
    }
}
