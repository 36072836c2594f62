//! The images of a work, on its partner page: each in order with its state
//! (asked again every two seconds while any is being fetched or processed),
//! its description to edit in place, and buttons to make it primary, move it
//! and delete it; and a form to add one, from a file or from a link.

use std::time::Duration;

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use vcm_shared::rules::rights_label;
use vcm_shared::{
    ArtworkImage, ErrorCode, FieldCode, FieldError, IMAGE_FILE_FIELD, ImageInput, ImageLinkInput,
    ImageState, MAX_IMAGES_PER_WORK, ObjectType,
};
use wasm_bindgen::JsCast;

use crate::api::{self, ApiError};
use crate::auth::{Auth, use_auth};
use crate::components::file_field::{FileField, file_size};
use crate::components::forms::{
    CheckField, ConfirmButton, Control, ErrorSummary, Field, Problems, SelectField, field_id,
    focus_summary, problem,
};
use crate::components::image::{ArtworkImage as Thumbnail, thumb_of};
use crate::components::states::{EmptyState, ErrorState};
use crate::i18n::{Key, t, t_with};
use crate::pages::partner::artwork::RIGHTS;

/// The add form's ids begin with this.
const FORM: &str = "image";
/// The ids of the one description being edited begin with this.
const EDIT_FORM: &str = "image-edit";
/// How often images on their way are asked after.
const POLL: Duration = Duration::from_secs(2);
/// The kinds of file the server reads.
const MEDIA_TYPES: [&str; 4] = ["image/jpeg", "image/png", "image/webp", "image/tiff"];

/// Every field of the image forms with its label, in the order of the form.
pub const IMAGE_LABELS: &[(&str, Key)] = &[
    ("file", Key::FieldImageFile),
    ("url", Key::FieldImageUrl),
    ("alt", Key::FieldAlt),
    ("caption", Key::FieldImageCaption),
    ("credit", Key::FieldImageCredit),
    ("rights", Key::FieldImageRights),
    ("position", Key::FieldImagePosition),
];

/// Images by position.
fn sorted(mut images: Vec<ArtworkImage>) -> Vec<ArtworkImage> {
    images.sort_by_key(|i| i.position);
    images
}

/// Whether an image is still on its way to being shown.
fn on_its_way(image: &ArtworkImage) -> bool {
    matches!(image.state, ImageState::Fetching | ImageState::Processing)
}

/// An image's description as it stands, to send back changed. Its rights
/// are sent only when they differ from the work's, so that an image that
/// follows the work's rights keeps following them.
fn input_of(image: &ArtworkImage, work_rights: &str) -> ImageInput {
    ImageInput {
        alt: image.alt.clone(),
        caption: image.caption.clone(),
        credit: image.credit.clone(),
        rights: (image.rights != work_rights).then(|| image.rights.clone()),
        primary: image.primary,
        position: Some(image.position),
    }
}

/// Moves keyboard focus to the element with this id, if it is there.
fn focus_id(id: &str) {
    let target = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
    }
}

fn focus_id_later(id: String) {
    request_animation_frame(move || focus_id(&id));
}

/// The `id` attribute of a part of one image's entry.
fn part_id(image: &str, part: &str) -> String {
    format!("image-{image}-{part}")
}

/// The rights choices: the work's own first, then every statement.
fn rights_options(work_rights: &str, current: &str) -> Vec<(String, String)> {
    let same = t_with(
        Key::RightsSameAsWork,
        &[("rights", rights_label(work_rights))],
    );
    let mut options = vec![(String::new(), same)];
    if !current.is_empty() && !RIGHTS.contains(&current) {
        options.push((current.to_owned(), rights_label(current).to_owned()));
    }
    options.extend(
        RIGHTS
            .iter()
            .map(|uri| ((*uri).to_owned(), rights_label(uri).to_owned())),
    );
    options
}

/// The field problems of a refusal that the image forms can show.
fn image_problems(error: &ApiError) -> Vec<FieldError> {
    error
        .field_errors()
        .iter()
        .filter(|p| IMAGE_LABELS.iter().any(|(name, _)| *name == p.field))
        .cloned()
        .collect()
}

/// What came of the last thing done to an image in the list.
#[derive(Debug, Clone, PartialEq)]
enum Said {
    Done(String),
    Refused(ApiError),
}

/// The description being edited (one image at a time).
#[derive(Debug, Clone, Copy)]
struct EditFields {
    alt: RwSignal<String>,
    caption: RwSignal<String>,
    credit: RwSignal<String>,
    rights: RwSignal<String>,
    problems: Problems,
}

/// What the list and its entries share.
#[derive(Debug, Clone, Copy)]
struct Gallery {
    auth: Auth,
    slug: StoredValue<String>,
    work_rights: StoredValue<String>,
    object_type: ObjectType,
    list: RwSignal<Vec<ArtworkImage>>,
    /// The image an action is under way on.
    busy: RwSignal<Option<String>>,
    said: RwSignal<Option<Said>>,
    /// The image whose description is open for editing.
    editing: RwSignal<Option<String>>,
    edit: EditFields,
}

impl Gallery {
    /// Reads the list again.
    async fn reload(self) {
        let Some(slug) = self.slug.try_get_value() else {
            return;
        };
        if let Ok(list) = api::authed(self.auth, api::signed_in::artwork_images(&slug)).await {
            self.list.try_set(sorted(list.items));
        }
    }

    /// The image with this id, as last read.
    fn image(self, id: &str) -> Option<ArtworkImage> {
        self.list
            .with_untracked(|l| l.iter().find(|i| i.id == id).cloned())
    }

    /// Sends a changed description (or place, or primacy) of an image;
    /// `done` says what it did and `after` runs once the list is read again.
    fn update(
        self,
        id: String,
        input: ImageInput,
        done: String,
        after: impl FnOnce(&Self) + 'static,
    ) {
        if self.busy.get_untracked().is_some() {
            return;
        }
        self.busy.set(Some(id.clone()));
        self.said.set(None);
        spawn_local(async move {
            let slug = self.slug.get_value();
            let answer =
                api::authed(self.auth, api::signed_in::update_image(&slug, &id, &input)).await;
            match answer {
                Ok(_) => {
                    self.reload().await;
                    self.said.try_set(Some(Said::Done(done)));
                    after(&self);
                }
                Err(e) => {
                    let fields = image_problems(&e);
                    if self.editing.get_untracked().as_deref() == Some(id.as_str())
                        && !fields.is_empty()
                    {
                        let first = field_id(EDIT_FORM, &fields[0].field);
                        self.edit.problems.set(fields);
                        focus_id_later(first);
                    } else {
                        self.said.try_set(Some(Said::Refused(e)));
                        focus_id_later("images-said".to_owned());
                    }
                }
            }
            self.busy.try_set(None);
        });
    }

    /// Opens an image's description for editing, or closes it when it is open.
    fn toggle_editing(self, img: ArtworkImage) {
        if self.editing.get_untracked().as_deref() == Some(img.id.as_str()) {
            self.editing.set(None);
            return;
        }
        let fields = self.edit;
        fields.alt.set(img.alt.clone());
        fields.caption.set(img.caption.clone().unwrap_or_default());
        fields.credit.set(img.credit.clone().unwrap_or_default());
        let own = img.rights != self.work_rights.get_value();
        fields.rights.set(if own {
            img.rights.clone()
        } else {
            String::new()
        });
        fields.problems.set(Vec::new());
        self.editing.set(Some(img.id.clone()));
        focus_id_later(format!("{EDIT_FORM}-alt"));
    }

    /// Makes the image at `at` (counted from 0 in the order shown) the work's primary image.
    fn make_primary(self, img: ArtworkImage, at: usize) {
        let input = ImageInput {
            primary: true,
            ..input_of(&img, &self.work_rights.get_value())
        };
        let done = t_with(Key::ImageMadePrimary, &[("n", &(at + 1).to_string())]);
        self.update(img.id.clone(), input, done, |_| {});
    }

    /// Moves the image at `at` one place up or down the list.
    fn move_image(self, img: ArtworkImage, at: usize, up: bool) {
        // Places count from 1 in the order shown.
        if (up && at == 0) || (!up && at + 1 >= self.list.with_untracked(Vec::len)) {
            return;
        }
        let target = if up { at } else { at + 2 };
        let input = ImageInput {
            position: Some(target as u32),
            ..input_of(&img, &self.work_rights.get_value())
        };
        let done = t_with(Key::ImageMoved, &[("n", &target.to_string())]);
        let image_id = img.id.clone();
        self.update(img.id, input, done, move |g| {
            // Focus stays with the button pressed, or goes to the other one
            // when the image reached an end of the list.
            let at = g
                .list
                .with_untracked(|l| l.iter().position(|i| i.id == image_id));
            let len = g.list.with_untracked(Vec::len);
            let button = match (up, at) {
                (true, Some(0)) => "down",
                (false, Some(i)) if i + 1 >= len => "up",
                (true, _) => "up",
                (false, _) => "down",
            };
            focus_id_later(part_id(&image_id, button));
        });
    }

    /// Sends a new image: the file `picked`, or else the one at `link`.
    async fn add(
        self,
        picked: Option<web_sys::File>,
        link: String,
        input: ImageInput,
    ) -> Result<ArtworkImage, ApiError> {
        let slug = self.slug.get_value();
        if let Some(picked) = picked {
            let data = form_data(&picked, &input)
                .map_err(|_| ApiError::Network(t(Key::ApplyFormDataFailed).to_owned()))?;
            return api::upload_image(self.auth, &slug, &data).await;
        }
        let body = ImageLinkInput {
            url: link,
            alt: input.alt,
            caption: input.caption,
            credit: input.credit,
            rights: input.rights,
            primary: input.primary,
            position: None,
        };
        api::authed(self.auth, api::signed_in::link_image(&slug, &body)).await
    }

    /// Deletes an image.
    fn delete(self, id: String) {
        if self.busy.get_untracked().is_some() {
            return;
        }
        self.busy.set(Some(id.clone()));
        self.said.set(None);
        spawn_local(async move {
            let slug = self.slug.get_value();
            match api::authed(self.auth, api::signed_in::delete_image(&slug, &id)).await {
                Ok(()) => {
                    if self.editing.get_untracked().as_deref() == Some(id.as_str()) {
                        self.editing.set(None);
                    }
                    self.list.try_update(|l| l.retain(|i| i.id != id));
                    self.reload().await;
                    self.said
                        .try_set(Some(Said::Done(t(Key::ImageDeleted).to_owned())));
                }
                Err(e) => {
                    self.said.try_set(Some(Said::Refused(e)));
                }
            }
            self.busy.try_set(None);
            focus_id_later("images-said".to_owned());
        });
    }
}

/// The "Images" section of a stored work's page.
#[component]
pub fn ImagesSection(
    slug: String,
    /// The images as the work's record listed them.
    initial: Vec<ArtworkImage>,
    /// The work's rights statement, which an image follows unless given its own.
    work_rights: String,
    object_type: ObjectType,
) -> impl IntoView {
    let gallery = Gallery {
        auth: use_auth(),
        slug: StoredValue::new(slug),
        work_rights: StoredValue::new(work_rights),
        object_type,
        list: RwSignal::new(sorted(initial)),
        busy: RwSignal::new(None),
        said: RwSignal::new(None),
        editing: RwSignal::new(None),
        edit: EditFields {
            alt: RwSignal::new(String::new()),
            caption: RwSignal::new(String::new()),
            credit: RwSignal::new(String::new()),
            rights: RwSignal::new(String::new()),
            problems: RwSignal::new(Vec::new()),
        },
    };
    let list = gallery.list;

    // While any image is on its way, the list is read again every two
    // seconds; each reading schedules the next, so that they never overlap.
    let pending = Memo::new(move |_| list.with(|l| l.iter().any(on_its_way)));
    let tick = RwSignal::new(0u64);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        tick.track();
        if !pending.get() || timer.get_value().is_some() {
            return;
        }
        let handle = set_timeout_with_handle(
            move || {
                if timer.try_set_value(None).is_some() {
                    return;
                }
                spawn_local(async move {
                    gallery.reload().await;
                    tick.try_update(|n| *n += 1);
                });
            },
            POLL,
        )
        .ok();
        timer.set_value(handle);
    });
    on_cleanup(move || {
        if let Some(Some(handle)) = timer.try_get_value() {
            handle.clear();
        }
    });

    let count = move || list.with(Vec::len);
    let ids = move || list.with(|l| l.iter().map(|i| i.id.clone()).collect::<Vec<_>>());

    view! {
        <section class="panel images" aria-labelledby="images-title" data-testid="images">
            <div class="section-head">
                <h2 id="images-title">{t(Key::ImagesTitle)}</h2>
                <p class="images__count" data-testid="images-count">
                    {move || {
                        t_with(
                            Key::ImagesCount,
                            &[("n", &count().to_string()), ("max", &MAX_IMAGES_PER_WORK.to_string())],
                        )
                    }}
                </p>
            </div>
            <p class="field__hint">{t(Key::ImagesLead)}</p>
            <div id="images-said" tabindex="-1" class="images__said">
                {move || {
                    gallery
                        .said
                        .get()
                        .map(|said| match said {
                            Said::Done(text) => {
                                view! {
                                    <div class="notice notice--success" role="status" data-testid="images-outcome">
                                        <p>{text}</p>
                                    </div>
                                }
                                    .into_any()
                            }
                            Said::Refused(error) => view! { <ErrorState error /> }.into_any(),
                        })
                }}
            </div>
            <Show
                when=move || count() != 0
                fallback=|| view! { <EmptyState title=Key::NoImagesTitle text=Key::NoImagesText /> }
            >
                <ol class="image-list" role="list" aria-busy=move || gallery.busy.get().is_some().to_string()>
                    <For
                        each=ids
                        key=|id| id.clone()
                        children=move |id| view! { <ImageEntry id gallery /> }
                    />
                </ol>
            </Show>
            <AddImage gallery />
        </section>
    }
}

/// One image in the list: its thumbnail or its state, its description, and
/// what may be done with it.
#[component]
fn ImageEntry(id: String, gallery: Gallery) -> impl IntoView {
    let list = gallery.list;
    let image = Memo::new({
        let id = id.clone();
        move |_| list.with(|l| l.iter().find(|i| i.id == id).cloned())
    });
    let index = Memo::new({
        let id = id.clone();
        move |_| list.with(|l| l.iter().position(|i| i.id == id).unwrap_or(0))
    });
    let total = move || list.with(Vec::len);
    let n = move || (index.get() + 1).to_string();
    let id = StoredValue::new(id);
    let busy = move || gallery.busy.get().is_some();
    let is_editing = move || gallery.editing.get().as_deref() == Some(id.get_value().as_str());
    let state = move || image.get().map_or(ImageState::Processing, |i| i.state);
    let work_rights = gallery.work_rights;

    let edit = move |_| {
        if let Some(img) = image.get_untracked() {
            gallery.toggle_editing(img);
        }
    };
    let make_primary = move |_| {
        if let Some(img) = image.get_untracked() {
            gallery.make_primary(img, index.get_untracked());
        }
    };
    let move_by = move |up: bool| {
        if let Some(img) = image.get_untracked() {
            gallery.move_image(img, index.get_untracked(), up);
        }
    };
    let delete = Callback::new(move |()| gallery.delete(id.get_value()));

    let is_first = move || index.get() == 0;
    let is_last = move || index.get() + 1 >= total();
    let primary = move || image.get().is_some_and(|i| i.primary);

    view! {
        <li
            class="image-entry"
            class:image-entry--primary=primary
            class:image-entry--editing=is_editing
            data-testid="image-item"
            data-state=move || state().as_str()
            data-image-id=id.get_value()
        >
            <div class="image-entry__media"><ImageMedia image object_type=gallery.object_type /></div>
            <div class="image-entry__body">
                <div class="image-entry__head">
                    <h3 class="image-entry__title">{move || t_with(Key::ImageLabel, &[("n", &n())])}</h3>
                    <Show when=primary>
                        <span class="badge badge--primary" data-testid="image-primary">{t(Key::ImagePrimary)}</span>
                    </Show>
                    <span class="image-entry__status" aria-live="polite"><ImageStatus image /></span>
                </div>
                <ImageDetails image work_rights />
                <div class="actions image-entry__actions">
                    <button
                        id=part_id(&id.get_value(), "edit")
                        type="button"
                        class="button button--small button--quiet"
                        aria-expanded=move || is_editing().to_string()
                        aria-controls=part_id(&id.get_value(), "form")
                        aria-label=move || t_with(Key::ImageEditNamed, &[("n", &n())])
                        on:click=edit
                        data-testid="image-edit"
                    >
                        {t(Key::ImageEdit)}
                    </button>
                    <Show when=move || !primary() && state() == ImageState::Ready>
                        <button
                            type="button"
                            class="button button--small button--quiet"
                            aria-label=move || t_with(Key::ImageMakePrimaryNamed, &[("n", &n())])
                            aria-disabled=move || busy().to_string()
                            on:click=make_primary
                            data-testid="image-make-primary"
                        >
                            {t(Key::ImageMakePrimary)}
                        </button>
                    </Show>
                    <button
                        id=part_id(&id.get_value(), "up")
                        type="button"
                        class="button button--small button--quiet button--icon"
                        aria-label=move || t_with(Key::ImageMoveUpNamed, &[("n", &n())])
                        aria-disabled=move || (is_first() || busy()).to_string()
                        on:click=move |_| move_by(true)
                        data-testid="image-up"
                    >
                        <span aria-hidden="true">"↑"</span>
                        <span class="button__text">{t(Key::ImageMoveUp)}</span>
                    </button>
                    <button
                        id=part_id(&id.get_value(), "down")
                        type="button"
                        class="button button--small button--quiet button--icon"
                        aria-label=move || t_with(Key::ImageMoveDownNamed, &[("n", &n())])
                        aria-disabled=move || (is_last() || busy()).to_string()
                        on:click=move |_| move_by(false)
                        data-testid="image-down"
                    >
                        <span aria-hidden="true">"↓"</span>
                        <span class="button__text">{t(Key::ImageMoveDown)}</span>
                    </button>
                    {move || {
                        let n = n();
                        view! {
                            <ConfirmButton
                                id=part_id(&id.get_value(), "delete")
                                label=t(Key::ImageDelete)
                                name=t_with(Key::ImageDeleteNamed, &[("n", &n)])
                                question=t_with(Key::ImageDeleteQuestion, &[("n", &n)])
                                confirm=t(Key::ImageDeleteConfirm)
                                on_confirm=delete
                                busy=Signal::derive(busy)
                                testid="image-delete"
                            />
                        }
                    }}
                </div>
                <Show when=is_editing>
                    <EditImage id=id.get_value() gallery />
                </Show>
            </div>
        </li>
    }
}

/// An image's thumbnail, or a mark while it is on its way or when it failed.
#[component]
fn ImageMedia(image: Memo<Option<ArtworkImage>>, object_type: ObjectType) -> impl IntoView {
    move || {
        let img = image.get()?;
        Some(match thumb_of(&img) {
            Some(thumb) => view! {
                <Thumbnail
                    image=Some(vcm_shared::ImageThumb { alt: String::new(), ..thumb })
                    object_type
                    decorative=true
                />
            }
            .into_any(),
            None => {
                let waiting = on_its_way(&img);
                view! {
                    <div class=format!("image-entry__pending image-entry__pending--{}", img.state.as_str()) aria-hidden="true">
                        {waiting.then(|| view! { <span class="spinner"></span> })}
                        {(!waiting).then(|| view! { <span class="image-entry__mark">"!"</span> })}
                    </div>
                }
                .into_any()
            }
        })
    }
}

/// Where an image stands: fetching, processing, ready, or failed and why.
#[component]
fn ImageStatus(image: Memo<Option<ArtworkImage>>) -> impl IntoView {
    move || {
        let img = image.get()?;
        let (class, text) = match img.state {
            ImageState::Fetching => (
                "badge badge--image-waiting",
                t(Key::ImageStateFetching).to_owned(),
            ),
            ImageState::Processing => (
                "badge badge--image-waiting",
                t(Key::ImageStateProcessing).to_owned(),
            ),
            ImageState::Ready => ("badge badge--published", t(Key::ImageStateReady).to_owned()),
            ImageState::Failed => {
                let why = img
                    .error
                    .clone()
                    .filter(|e| !e.trim().is_empty())
                    .unwrap_or_else(|| t(Key::ImageFailedUnknown).to_owned());
                (
                    "badge badge--rejected badge--wrap",
                    t_with(Key::ImageStateFailed, &[("error", &why)]),
                )
            }
        };
        Some(view! { <span class=class data-testid="image-status">{text}</span> })
    }
}

/// An image's description and file, as stored.
#[component]
fn ImageDetails(
    image: Memo<Option<ArtworkImage>>,
    work_rights: StoredValue<String>,
) -> impl IntoView {
    move || {
        let img = image.get()?;
        let own_rights = img.rights != work_rights.get_value();
        let size_text = match (img.width, img.height) {
            (Some(w), Some(h)) => Some(t_with(
                Key::ImagePixels,
                &[("width", &w.to_string()), ("height", &h.to_string())],
            )),
            _ => None,
        };
        let file_text = [size_text, img.bytes.map(|b| file_size(b as f64))]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        Some(view! {
            <dl class="image-entry__details">
                <div>
                    <dt>{t(Key::FieldAlt)}</dt>
                    <dd data-testid="image-alt-text">{img.alt.clone()}</dd>
                </div>
                {img.caption.clone().map(|c| view! { <div><dt>{t(Key::FieldImageCaption)}</dt><dd>{c}</dd></div> })}
                {img.credit.clone().map(|c| view! { <div><dt>{t(Key::FieldImageCredit)}</dt><dd>{c}</dd></div> })}
                <div>
                    <dt>{t(Key::FieldImageRights)}</dt>
                    <dd>
                        {rights_label(&img.rights).to_owned()}
                        {(!own_rights).then(|| view! { <span class="image-entry__note">" " {t(Key::RightsFromWork)}</span> })}
                    </dd>
                </div>
                {(!file_text.is_empty()).then(|| view! { <div><dt>{t(Key::ImageFile)}</dt><dd>{file_text}</dd></div> })}
                {img.source_url.clone().map(|u| view! { <div><dt>{t(Key::ImageSourceUrl)}</dt><dd class="image-entry__url">{u}</dd></div> })}
            </dl>
        })
    }
}

/// The description of one image, open for editing.
#[component]
fn EditImage(id: String, gallery: Gallery) -> impl IntoView {
    let f = gallery.edit;
    let form_id = part_id(&id, "form");
    let id = StoredValue::new(id);
    let saving = move || {
        let busy = gallery.busy.get();
        id.with_value(|id| busy.as_deref() == Some(id.as_str()))
    };
    let options =
        Signal::derive(move || rights_options(&gallery.work_rights.get_value(), &f.rights.get()));
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(id) = gallery.editing.get_untracked() else {
            return;
        };
        let Some(img) = gallery.image(&id) else {
            return;
        };
        let input = ImageInput {
            alt: f.alt.get_untracked(),
            caption: Some(f.caption.get_untracked()),
            credit: Some(f.credit.get_untracked()),
            rights: Some(f.rights.get_untracked()),
            ..input_of(&img, &gallery.work_rights.get_value())
        }
        .normalised();
        let found = input.problems();
        if !found.is_empty() {
            let first = field_id(EDIT_FORM, &found[0].field);
            f.problems.set(found);
            focus_id_later(first);
            return;
        }
        f.problems.set(Vec::new());
        let n = gallery
            .list
            .with_untracked(|l| l.iter().position(|i| i.id == id))
            .map_or(1, |i| i + 1);
        let done = t_with(Key::ImageSaved, &[("n", &n.to_string())]);
        let edit_button = part_id(&id, "edit");
        gallery.update(id, input, done, move |g| {
            g.editing.set(None);
            focus_id_later(edit_button);
        });
    };
    let cancel = move |_| {
        if let Some(id) = gallery.editing.get_untracked() {
            gallery.editing.set(None);
            focus_id_later(part_id(&id, "edit"));
        }
    };
    view! {
        <form id=form_id class="form image-edit" on:submit=save novalidate=true data-testid="image-edit-form">
            <Field
                form=EDIT_FORM
                name="alt"
                label=Key::FieldAlt
                value=f.alt
                problems=f.problems
                control=Control::Area(2)
                required=true
                hint=Key::AltHint
                testid="image-edit-alt"
            />
            <div class="form__grid">
                <Field form=EDIT_FORM name="caption" label=Key::FieldImageCaption value=f.caption problems=f.problems />
                <Field form=EDIT_FORM name="credit" label=Key::FieldImageCredit value=f.credit problems=f.problems />
            </div>
            <SelectField
                form=EDIT_FORM
                name="rights"
                label=Key::FieldImageRights
                value=f.rights
                problems=f.problems
                options
            />
            <div class="form__actions">
                <button
                    type="submit"
                    class="button button--small"
                    aria-busy=move || saving().to_string()
                    data-testid="image-save"
                >
                    {move || if saving() { t(Key::Saving) } else { t(Key::SaveImage) }}
                </button>
                <button type="button" class="button button--small button--quiet" on:click=cancel>
                    {t(Key::Cancel)}
                </button>
            </div>
        </form>
    }
}

/// Where a new image comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    File,
    Link,
}

/// A form's fields and file as `multipart/form-data`, text parts first.
fn form_data(
    file: &web_sys::File,
    input: &ImageInput,
) -> Result<web_sys::FormData, wasm_bindgen::JsValue> {
    let data = web_sys::FormData::new()?;
    data.append_with_str("alt", &input.alt)?;
    for (name, value) in [
        ("caption", &input.caption),
        ("credit", &input.credit),
        ("rights", &input.rights),
    ] {
        if let Some(value) = value {
            data.append_with_str(name, value)?;
        }
    }
    data.append_with_str("primary", if input.primary { "true" } else { "false" })?;
    data.append_with_blob_and_filename(IMAGE_FILE_FIELD, file, &file.name())?;
    Ok(data)
}

/// What is wrong with the image's source before it is sent: no file or a
/// file of another type, no link or one that is not http(s).
fn source_problem(from: Source, picked: Option<&web_sys::File>, link: &str) -> Option<FieldError> {
    match from {
        Source::File => match picked {
            None => Some(problem(
                IMAGE_FILE_FIELD,
                FieldCode::Required,
                t(Key::ImageFileRequired),
            )),
            Some(f) if !f.type_().is_empty() && !MEDIA_TYPES.contains(&f.type_().as_str()) => Some(
                problem(IMAGE_FILE_FIELD, FieldCode::Invalid, t(Key::ImageFileType)),
            ),
            Some(_) => None,
        },
        Source::Link if link.is_empty() => Some(problem(
            "url",
            FieldCode::Required,
            t(Key::ImageUrlRequired),
        )),
        Source::Link => {
            let lower = link.to_ascii_lowercase();
            (!(lower.starts_with("http://") || lower.starts_with("https://")))
                .then(|| problem("url", FieldCode::Invalid, t(Key::ImageUrlInvalid)))
        }
    }
}

/// Shows why the server refused the image: the description's problems, a
/// file too large or unsupported (said on `field`, the file or the link), a
/// work with as many images as it may have, or else the error.
fn show_refusal(
    e: ApiError,
    field: &'static str,
    problems: Problems,
    full: RwSignal<bool>,
    failed: RwSignal<Option<ApiError>>,
) {
    let said = |text: String| {
        problems.set(vec![problem(field, FieldCode::Invalid, text)]);
        focus_summary(FORM);
    };
    match e.code() {
        Some(ErrorCode::ValidationFailed) if !image_problems(&e).is_empty() => {
            problems.set(image_problems(&e));
            focus_summary(FORM);
        }
        Some(ErrorCode::PayloadTooLarge) => {
            let detail = e.detail().map(|d| format!(" {d}")).unwrap_or_default();
            said(format!("{}{detail}", t(Key::ImageTooLarge)));
        }
        Some(ErrorCode::UnsupportedMediaType) => said(t(Key::ImageUnsupported).to_owned()),
        Some(ErrorCode::Conflict) => {
            full.set(true);
            focus_id_later("image-full".to_owned());
        }
        _ => {
            failed.set(Some(e));
            focus_id_later("image-failed".to_owned());
        }
    }
}

/// The form that adds an image, from a file or a link.
#[component]
fn AddImage(gallery: Gallery) -> impl IntoView {
    let source = RwSignal::new(Source::File);
    let file = RwSignal::new_local(None::<web_sys::File>);
    let file_input = NodeRef::<html::Input>::new();
    let url = RwSignal::new(String::new());
    let alt = RwSignal::new(String::new());
    let caption = RwSignal::new(String::new());
    let credit = RwSignal::new(String::new());
    let rights = RwSignal::new(String::new());
    let primary = RwSignal::new(false);
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let full = RwSignal::new(false);
    let added = RwSignal::new(None::<Source>);
    let busy = RwSignal::new(false);
    let at_limit = move || gallery.list.with(Vec::len) >= MAX_IMAGES_PER_WORK;

    let reset = move || {
        file.set(None);
        if let Some(input) = file_input.get_untracked() {
            input.set_value("");
        }
        for field in [url, alt, caption, credit, rights] {
            field.set(String::new());
        }
        primary.set(false);
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        full.set(false);
        added.set(None);
        let from = source.get_untracked();
        let input = ImageInput {
            alt: alt.get_untracked(),
            caption: Some(caption.get_untracked()),
            credit: Some(credit.get_untracked()),
            rights: Some(rights.get_untracked()),
            primary: primary.get_untracked(),
            position: None,
        }
        .normalised();
        let mut found = input.problems();
        let picked = file.get_untracked();
        let link = url.get_untracked().trim().to_owned();
        if let Some(p) = source_problem(from, picked.as_ref(), &link) {
            found.insert(0, p);
        }
        let refused = !found.is_empty();
        problems.set(found);
        if refused {
            focus_summary(FORM);
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let picked = picked.filter(|_| from == Source::File);
            let answer = gallery.add(picked, link, input).await;
            busy.try_set(false);
            let field = if from == Source::File {
                IMAGE_FILE_FIELD
            } else {
                "url"
            };
            match answer {
                Ok(image) => {
                    reset();
                    gallery.list.try_update(|l| {
                        l.retain(|i| i.id != image.id);
                        l.push(image);
                        l.sort_by_key(|i| i.position);
                    });
                    added.set(Some(from));
                    focus_id_later("image-added".to_owned());
                    // Another image may have moved or stopped being primary.
                    gallery.reload().await;
                }
                Err(e) => show_refusal(e, field, problems, full, failed),
            }
        });
    };

    let rights_choices =
        Signal::derive(move || rights_options(&gallery.work_rights.get_value(), &rights.get()));
    view! {
        <div class="image-add">
            <h3 id="image-add-title" class="image-add__title">{t(Key::AddImageTitle)}</h3>
            <AddNotices full=Signal::derive(move || at_limit() || full.get()) added failed />
            <form
                class="form image-add__form"
                on:submit=on_submit
                novalidate=true
                aria-labelledby="image-add-title"
                data-testid="image-upload-form"
            >
                <ErrorSummary form=FORM problems labels=IMAGE_LABELS />
                <SourceChoice source problems />
                <div class="image-add__source" hidden=move || source.get() != Source::File>
                    <FileField
                        form=FORM
                        name=IMAGE_FILE_FIELD
                        label=Key::FieldImageFile
                        hint=t(Key::ImageFileHint)
                        accept="image/jpeg,image/png,image/webp,image/tiff"
                        file
                        problems
                        on_change=Callback::new(move |()| {
                            problems.update(|p| p.retain(|p| p.field != IMAGE_FILE_FIELD))
                        })
                        node_ref=file_input
                        testid="image-file"
                    />
                </div>
                <div class="image-add__source" hidden=move || source.get() != Source::Link>
                    <Field
                        form=FORM
                        name="url"
                        label=Key::FieldImageUrl
                        value=url
                        problems
                        control=Control::Url
                        required=true
                        hint=Key::ImageUrlHint
                        testid="image-url"
                    />
                </div>
                <DescriptionFields alt caption credit rights primary problems rights_choices />
                <div class="form__actions">
                    <button
                        type="submit"
                        class="button"
                        disabled=move || busy.get() || at_limit()
                        aria-busy=move || busy.get().to_string()
                        data-testid="image-submit"
                    >
                        {move || {
                            match (busy.get(), source.get()) {
                                (true, Source::File) => t(Key::Uploading),
                                (true, Source::Link) => t(Key::Sending),
                                (false, _) => t(Key::AddImageButton),
                            }
                        }}
                    </button>
                </div>
            </form>
        </div>
    }
}

/// What the form that adds an image says above it: that the work has as
/// many images as it may have, that an image was added, or why it was not.
#[component]
fn AddNotices(
    full: Signal<bool>,
    added: RwSignal<Option<Source>>,
    failed: RwSignal<Option<ApiError>>,
) -> impl IntoView {
    view! {
        <Show when=move || full.get()>
            <div id="image-full" class="notice notice--warning" role="alert" tabindex="-1" data-testid="image-limit">
                <p class="notice__title">{t(Key::ImageLimitTitle)}</p>
                <p>{t_with(Key::ImageLimitText, &[("max", &MAX_IMAGES_PER_WORK.to_string())])}</p>
            </div>
        </Show>
        {move || {
            added
                .get()
                .map(|from| {
                    let key = if from == Source::File { Key::ImageUploaded } else { Key::ImageLinked };
                    view! {
                        <div id="image-added" class="notice notice--success" role="status" tabindex="-1" data-testid="image-added">
                            <p>{t(key)}</p>
                        </div>
                    }
                })
        }}
        {move || failed.get().map(|error| view! { <div id="image-failed" tabindex="-1"><ErrorState error /></div> })}
    }
}

/// Where the image comes from: a file to upload, or a link to fetch.
#[component]
fn SourceChoice(source: RwSignal<Source>, problems: Problems) -> impl IntoView {
    let radio = move |value: Source, id: &'static str, label: Key, testid: &'static str| {
        view! {
            <input
                id=id
                type="radio"
                name="image-source"
                class="segmented__input"
                prop:checked=move || source.get() == value
                on:change=move |_| {
                    source.set(value);
                    problems.update(|p| p.retain(|p| p.field != "file" && p.field != "url"));
                }
                data-testid=testid
            />
            <label for=id class="segmented__label">{t(label)}</label>
        }
    };

    view! {
        <fieldset class="segmented">
            <legend class="segmented__legend">{t(Key::ImageSourceLegend)}</legend>
            <div class="segmented__options">
                {radio(Source::File, "image-source-file", Key::ImageSourceFile, "image-source-file")}
                {radio(Source::Link, "image-source-link", Key::ImageSourceLink, "image-source-link")}
            </div>
        </fieldset>
    }
}

/// The image's description: its text alternative, caption, credit and
/// rights, and whether it is the work's primary image.
#[component]
fn DescriptionFields(
    alt: RwSignal<String>,
    caption: RwSignal<String>,
    credit: RwSignal<String>,
    rights: RwSignal<String>,
    primary: RwSignal<bool>,
    problems: Problems,
    rights_choices: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    view! {
        <Field
            form=FORM
            name="alt"
            label=Key::FieldAlt
            value=alt
            problems
            control=Control::Area(2)
            required=true
            hint=Key::AltHint
            testid="image-alt"
        />
        <div class="form__grid">
            <Field form=FORM name="caption" label=Key::FieldImageCaption value=caption problems hint=Key::CaptionHint />
            <Field form=FORM name="credit" label=Key::FieldImageCredit value=credit problems hint=Key::ImageCreditHint />
        </div>
        <SelectField
            form=FORM
            name="rights"
            label=Key::FieldImageRights
            value=rights
            problems
            options=rights_choices
            hint=Key::ImageRightsHint
        />
        <CheckField
            id="image-primary"
            label=Key::ImagePrimaryCheck
            hint=Key::ImagePrimaryHint
            value=primary
            testid="image-primary-check"
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(rights: &str) -> ArtworkImage {
        ArtworkImage {
            id: "a1".into(),
            position: 2,
            primary: false,
            alt: "The bowl from above".into(),
            caption: None,
            credit: Some("Photo © Museum".into()),
            rights: rights.into(),
            state: ImageState::Ready,
            error: None,
            source_url: None,
            media_type: Some("image/jpeg".into()),
            bytes: Some(1000),
            width: Some(3000),
            height: Some(2000),
            color: Some("#aabbcc".into()),
            renditions: None,
            iiif: None,
        }
    }

    #[test]
    fn an_image_following_the_work_s_rights_keeps_following_them() {
        let work = "http://creativecommons.org/licenses/by/4.0/";
        assert_eq!(input_of(&image(work), work).rights, None);
        let own = "http://rightsstatements.org/vocab/InC/1.0/";
        assert_eq!(input_of(&image(own), work).rights.as_deref(), Some(own));
        assert_eq!(input_of(&image(own), work).position, Some(2));
    }

    #[test]
    fn every_image_field_has_a_label() {
        for field in [
            "file", "url", "alt", "caption", "credit", "rights", "position",
        ] {
            assert!(IMAGE_LABELS.iter().any(|(name, _)| *name == field));
        }
    }
}
