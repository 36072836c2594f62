//! A museum's profile as a form: the fields of [`MuseumInput`], labelled and
//! checked by the shared rules. The secretariat's page of a museum uses it;
//! the partner pages can use it as is, with their own call to save.

use leptos::prelude::*;
use vcm_shared::rules::is_language_tag;
use vcm_shared::{FieldCode, FieldError, Museum, MuseumInput};

use crate::components::forms::{Control, Field, Problems, problem};
use crate::i18n::{Key, t};

/// Every field of the profile with its label, in the order of the form.
pub const PROFILE_LABELS: &[(&str, Key)] = &[
    ("name", Key::ApplyMuseumName),
    ("name_local", Key::ApplyMuseumNameLocal),
    ("name_local_lang", Key::ApplyMuseumNameLocalLang),
    ("city", Key::ApplyCity),
    ("latitude", Key::FieldLatitude),
    ("longitude", Key::FieldLongitude),
    ("website", Key::ApplyWebsite),
    ("description", Key::MuseumDescription),
];

/// The profile's fields, as typed.
#[derive(Debug, Clone, Copy)]
pub struct ProfileFields {
    pub name: RwSignal<String>,
    pub name_local: RwSignal<String>,
    pub name_local_lang: RwSignal<String>,
    pub city: RwSignal<String>,
    pub latitude: RwSignal<String>,
    pub longitude: RwSignal<String>,
    pub website: RwSignal<String>,
    pub description: RwSignal<String>,
}

/// A coordinate as typed: empty when absent.
fn coordinate_text(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

impl ProfileFields {
    /// The fields, filled with a stored profile.
    pub fn of(museum: &Museum) -> Self {
        let s = || RwSignal::new(String::new());
        let fields = ProfileFields {
            name: s(),
            name_local: s(),
            name_local_lang: s(),
            city: s(),
            latitude: s(),
            longitude: s(),
            website: s(),
            description: s(),
        };
        fields.load(museum);
        fields
    }

    /// Fills the fields with a stored profile.
    pub fn load(&self, m: &Museum) {
        self.name.set(m.name.clone());
        self.name_local
            .set(m.name_local.clone().unwrap_or_default());
        self.name_local_lang
            .set(m.name_local_lang.clone().unwrap_or_default());
        self.city.set(m.city.clone());
        self.latitude.set(coordinate_text(m.latitude));
        self.longitude.set(coordinate_text(m.longitude));
        self.website.set(m.website.clone().unwrap_or_default());
        self.description.set(m.description.clone());
    }

    /// The input the fields make, normalised, with every problem found in it.
    pub fn input(&self) -> (MuseumInput, Vec<FieldError>) {
        let mut found = Vec::new();
        let mut coordinate = |field: &'static str, text: RwSignal<String>| {
            let text = text.get_untracked();
            match text.trim() {
                "" => None,
                v => match v.replace(',', ".").parse::<f64>() {
                    Ok(n) if n.is_finite() => Some(n),
                    _ => {
                        found.push(problem(
                            field,
                            FieldCode::Invalid,
                            t(Key::CoordinateInvalid),
                        ));
                        None
                    }
                },
            }
        };
        let latitude = coordinate("latitude", self.latitude);
        let longitude = coordinate("longitude", self.longitude);
        let optional = |s: RwSignal<String>| Some(s.get_untracked());
        let input = MuseumInput {
            name: self.name.get_untracked(),
            name_local: optional(self.name_local),
            name_local_lang: optional(self.name_local_lang),
            city: self.city.get_untracked(),
            latitude,
            longitude,
            website: optional(self.website),
            description: self.description.get_untracked(),
        }
        .normalised();
        found.extend(input.problems());
        (input, found)
    }
}

/// The profile's fields, grouped, for a form whose ids begin with `form`.
#[component]
pub fn MuseumProfileFields(
    form: &'static str,
    fields: ProfileFields,
    problems: Problems,
) -> impl IntoView {
    let f = fields;
    let lang = Signal::derive(move || {
        let tag = f.name_local_lang.get();
        let tag = tag.trim();
        is_language_tag(tag).then(|| tag.to_owned())
    });
    view! {
        <fieldset class="form__group">
            <legend>{t(Key::GroupMuseumName)}</legend>
            <div class="form__grid">
                <Field form name="name" label=Key::ApplyMuseumName value=f.name problems required=true testid="profile-name" />
                <Field
                    form
                    name="name_local"
                    label=Key::ApplyMuseumNameLocal
                    value=f.name_local
                    problems
                    hint=Key::ApplyMuseumNameLocalHint
                    lang
                />
                <Field
                    form
                    name="name_local_lang"
                    label=Key::ApplyMuseumNameLocalLang
                    value=f.name_local_lang
                    problems
                    hint=Key::OriginalLanguageHint
                />
            </div>
        </fieldset>
        <fieldset class="form__group">
            <legend>{t(Key::GroupMuseumPlace)}</legend>
            <div class="form__grid">
                <Field form name="city" label=Key::ApplyCity value=f.city problems required=true testid="profile-city" />
                <Field form name="latitude" label=Key::FieldLatitude value=f.latitude problems hint=Key::LatitudeHint />
                <Field form name="longitude" label=Key::FieldLongitude value=f.longitude problems hint=Key::LongitudeHint />
                <Field form name="website" label=Key::ApplyWebsite value=f.website problems hint=Key::ApplyWebsiteHint control=Control::Url />
            </div>
        </fieldset>
        <fieldset class="form__group">
            <legend>{t(Key::GroupMuseumAbout)}</legend>
            <Field
                form
                name="description"
                label=Key::MuseumDescription
                value=f.description
                problems
                hint=Key::MuseumDescriptionHint
                control=Control::Area(8)
                required=true
                testid="profile-description"
            />
        </fieldset>
    }
}
