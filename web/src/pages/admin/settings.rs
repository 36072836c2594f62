//! `/admin/settings`: how the network runs: the quota a museum gets when it
//! joins, the list of countries (and which are ASEM member states, whose
//! museums may apply), and the groups of terms search treats as the same.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use vcm_shared::rules::is_country_code;
use vcm_shared::{
    CountryInput, CountryWithCounts, EquivalentTerms, EquivalentTermsInput, ErrorCode, FieldCode,
    FieldError, MAX_QUOTA, NetworkSettings, Region,
};

use crate::api::{self, ApiError};
use crate::auth::{Auth, use_auth};
use crate::components::forms::{
    CheckField, ConfirmButton, Control, ErrorSummary, Field, Notice, Problems, SelectField, Tone,
    focus_summary, problem, problem_text,
};
use crate::components::layout::focus_later;
use crate::components::states::{EmptyState, ErrorState, Loading};
use crate::i18n::{Key, t, t_with};
use crate::pages::admin::dashboard::AdminFrame;

#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <AdminFrame title=Key::AdminNavSettings lead=Key::SettingsLead testid="admin-settings">
            <QuotaSettings />
            <Countries />
            <Terms />
        </AdminFrame>
    }
}

// ---- The default quota ---------------------------------------------------------------

#[component]
fn QuotaSettings() -> impl IntoView {
    let auth = use_auth();
    let settings =
        LocalResource::new(move || api::authed(auth, api::signed_in::network_settings()));
    let retry = Callback::new(move |()| settings.refetch());
    view! {
        <section class="panel" aria-labelledby="settings-quota-title">
            <h2 id="settings-quota-title" class="panel__title">{t(Key::DefaultQuotaTitle)}</h2>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match settings.await {
                        Ok(s) => view! { <QuotaForm settings=s /> }.into_any(),
                        Err(error) => view! { <ErrorState error retry /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn QuotaForm(settings: NetworkSettings) -> impl IntoView {
    let auth = use_auth();
    let quota = RwSignal::new(settings.masterpiece_quota.to_string());
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let saved = RwSignal::new(None::<i32>);
    let busy = RwSignal::new(false);
    let refuse = move |found: Vec<FieldError>| {
        problems.set(found);
        focus_later("#settings-masterpiece-quota");
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        saved.set(None);
        let Ok(n) = quota.get_untracked().trim().parse::<i32>() else {
            refuse(vec![problem(
                "masterpiece_quota",
                FieldCode::Invalid,
                t_with(Key::QuotaInvalid, &[("max", &MAX_QUOTA.to_string())]),
            )]);
            return;
        };
        let wanted = NetworkSettings {
            masterpiece_quota: n,
        };
        let found = wanted.problems();
        if !found.is_empty() {
            refuse(found);
            return;
        }
        problems.set(Vec::new());
        busy.set(true);
        spawn_local(async move {
            match api::authed(auth, api::signed_in::update_network_settings(&wanted)).await {
                Ok(s) => {
                    quota.set(s.masterpiece_quota.to_string());
                    saved.set(Some(s.masterpiece_quota));
                    focus_later("#settings-quota-saved");
                }
                Err(e) if !e.field_errors().is_empty() => refuse(e.field_errors().to_vec()),
                Err(e) => failed.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="form form--inline" on:submit=on_submit novalidate=true aria-labelledby="settings-quota-title" data-testid="settings-quota-form">
            {move || {
                saved
                    .get()
                    .map(|n| {
                        view! {
                            <div id="settings-quota-saved" tabindex="-1">
                                <Notice tone=Tone::Success>
                                    <p data-testid="settings-quota-outcome">
                                        {t_with(Key::DefaultQuotaSaved, &[("n", &n.to_string())])}
                                    </p>
                                </Notice>
                            </div>
                        }
                    })
            }}
            {move || failed.get().map(|error| view! { <ErrorState error /> })}
            <Field
                form="settings"
                name="masterpiece_quota"
                label=Key::DefaultQuotaLabel
                value=quota
                problems
                hint=Key::DefaultQuotaHint
                control=Control::Number
                required=true
                testid="settings-quota"
            />
            <div class="form__actions">
                <button
                    type="submit"
                    class="button"
                    disabled=move || busy.get()
                    aria-busy=move || busy.get().to_string()
                    data-testid="settings-quota-save"
                >
                    {move || if busy.get() { t(Key::Saving) } else { t(Key::SaveDefaultQuota) }}
                </button>
            </div>
        </form>
    }
}

// ---- Countries -------------------------------------------------------------------------

#[component]
fn Countries() -> impl IntoView {
    let auth = use_auth();
    let list = LocalResource::new(move || api::authed(auth, api::signed_in::countries()));
    let retry = Callback::new(move |()| list.refetch());
    view! {
        <section class="section" aria-labelledby="settings-countries-title">
            <h2 id="settings-countries-title">{t(Key::CountriesTitle)}</h2>
            <p class="field__hint">{t(Key::CountriesLead)}</p>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(l) => view! { <CountriesView countries=l.items /> }.into_any(),
                        Err(error) => view! { <ErrorState error retry /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// Writes a country into the list (replacing the one with its code), kept in
/// English alphabetical order.
fn upsert(rows: &mut Vec<CountryWithCounts>, country: vcm_shared::Country) {
    match rows.iter_mut().find(|c| c.country.code == country.code) {
        Some(row) => row.country = country,
        None => rows.push(CountryWithCounts {
            country,
            museum_count: 0,
            artwork_count: 0,
        }),
    }
    rows.sort_by_key(|c| c.country.name.to_lowercase());
}

#[component]
fn CountriesView(countries: Vec<CountryWithCounts>) -> impl IntoView {
    let auth = use_auth();
    let rows = RwSignal::new(countries);
    let said = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(None::<String>);
    // Saves at once; the box shows the change while it is sent, and goes
    // back if it is refused.
    let toggle = Callback::new(move |(code, member): (String, bool)| {
        let Some(before) = rows.with_untracked(|v| {
            v.iter()
                .find(|c| c.country.code == code)
                .map(|c| c.country.clone())
        }) else {
            return;
        };
        let input = CountryInput {
            name: before.name.clone(),
            region: before.region,
            asem_member: member,
        };
        rows.update(|v| {
            upsert(
                v,
                vcm_shared::Country {
                    asem_member: member,
                    ..before.clone()
                },
            )
        });
        busy.set(Some(code.clone()));
        said.set(None);
        failed.set(None);
        spawn_local(async move {
            match api::put_country(auth, &code, &input).await {
                Ok((_, country)) => {
                    let key = if country.asem_member {
                        Key::CountryNowMember
                    } else {
                        Key::CountryNoLongerMember
                    };
                    said.set(Some(t_with(key, &[("country", &country.name)])));
                    rows.update(|v| upsert(v, country));
                }
                Err(e) => {
                    rows.update(|v| upsert(v, before));
                    failed.set(Some(e));
                }
            }
            busy.set(None);
        });
    });
    let on_saved = Callback::new(move |(added, country): (bool, vcm_shared::Country)| {
        let key = if added {
            Key::CountryAdded
        } else {
            Key::CountryChanged
        };
        let text = t_with(key, &[("country", &country.name), ("code", &country.code)]);
        rows.update(|v| upsert(v, country));
        said.set(None);
        failed.set(None);
        text
    });
    view! {
        <div role="status" aria-live="polite" class="settings__said" data-testid="countries-outcome">
            {move || said.get().map(|s| view! { <p class="notice notice--success">{s}</p> })}
        </div>
        {move || failed.get().map(|error| view! { <ErrorState error /> })}
        <div class="table-scroll">
            <table class="data-table admin-table countries-table" data-testid="countries-table">
                <caption class="visually-hidden">{t(Key::CountriesTitle)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::CountryCode)}</th>
                        <th scope="col">{t(Key::FieldName)}</th>
                        <th scope="col">{t(Key::CountryRegion)}</th>
                        <th scope="col" class="num">{t(Key::ColMembers)}</th>
                        <th scope="col" class="num">{t(Key::ColWorksFrom)}</th>
                        <th scope="col">{t(Key::AsemMember)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|c| c.country.code.clone() let:c>
                        <CountryRow code=c.country.code rows busy toggle />
                    </For>
                </tbody>
            </table>
        </div>
        <AddCountryForm on_saved />
    }
}

/// One country; it follows the list as changes are saved, so that the box
/// keeps keyboard focus.
#[component]
fn CountryRow(
    code: String,
    rows: RwSignal<Vec<CountryWithCounts>>,
    busy: RwSignal<Option<String>>,
    toggle: Callback<(String, bool)>,
) -> impl IntoView {
    let item = {
        let code = code.clone();
        Memo::new(move |_| rows.read().iter().find(|c| c.country.code == code).cloned())
    };
    let name = move || {
        item.read()
            .as_ref()
            .map(|c| c.country.name.clone())
            .unwrap_or_default()
    };
    let is_busy = {
        let code = code.clone();
        Signal::derive(move || busy.read().as_deref() == Some(code.as_str()))
    };
    let input_id = format!("asem-{code}");
    let on_change = {
        let code = code.clone();
        move |ev: web_sys::Event| toggle.run((code.clone(), event_target_checked(&ev)))
    };
    view! {
        <tr data-testid=format!("country-row-{code}") data-code=code.clone()>
            <td data-label=t(Key::CountryCode)>
                <code>{code.clone()}</code>
            </td>
            <th scope="row" data-label=t(Key::FieldName)>{name}</th>
            <td data-label=t(Key::CountryRegion)>
                {move || item.read().as_ref().map(|c| t(Key::Region(c.country.region)))}
            </td>
            <td class="num" data-label=t(Key::ColMembers)>
                {move || item.read().as_ref().map_or(0, |c| c.museum_count)}
            </td>
            <td class="num" data-label=t(Key::ColWorksFrom)>
                {move || item.read().as_ref().map_or(0, |c| c.artwork_count)}
            </td>
            <td data-label=t(Key::AsemMember)>
                <span class="check check--cell">
                    <input
                        id=input_id.clone()
                        type="checkbox"
                        prop:checked=move || item.read().as_ref().is_some_and(|c| c.country.asem_member)
                        aria-disabled=move || is_busy.get().to_string()
                        on:click=move |ev| {
                            if is_busy.get_untracked() {
                                ev.prevent_default();
                            }
                        }
                        on:change=on_change
                        data-testid=format!("country-asem-{code}")
                    />
                    <label for=input_id>
                        <span class="visually-hidden">{move || t_with(Key::AsemMemberOf, &[("country", &name())])}</span>
                    </label>
                </span>
            </td>
        </tr>
    }
}

const COUNTRY: &str = "country";
const COUNTRY_LABELS: &[(&str, Key)] = &[
    ("code", Key::CountryCode),
    ("name", Key::FieldName),
    ("region", Key::CountryRegion),
    ("asem_member", Key::AsemMember),
];

fn region_options() -> Vec<(String, String)> {
    Region::ALL
        .iter()
        .map(|r| (r.as_str().to_owned(), t(Key::Region(*r)).to_owned()))
        .collect()
}

/// Adds a country, or changes the one with the code given. `on_saved` is
/// told whether it was added, and answers what to say.
#[component]
fn AddCountryForm(on_saved: Callback<(bool, vcm_shared::Country), String>) -> impl IntoView {
    let auth = use_auth();
    let code = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let region = RwSignal::new(Region::Asia.as_str().to_owned());
    let member = RwSignal::new(true);
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let saved = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        saved.set(None);
        let c = code.get_untracked().trim().to_ascii_uppercase();
        let input = CountryInput {
            name: name.get_untracked(),
            region: region
                .get_untracked()
                .parse::<Region>()
                .unwrap_or(Region::Asia),
            asem_member: member.get_untracked(),
        }
        .normalised();
        let mut found = Vec::new();
        if !is_country_code(&c) {
            found.push(problem(
                "code",
                FieldCode::Invalid,
                t(Key::CountryCodeInvalid),
            ));
        }
        found.extend(input.problems());
        let refused = !found.is_empty();
        problems.set(found);
        if refused {
            focus_summary(COUNTRY);
            return;
        }
        busy.set(true);
        spawn_local(async move {
            match api::put_country(auth, &c, &input).await {
                Ok(done) => {
                    saved.set(Some(on_saved.run(done)));
                    code.set(String::new());
                    name.set(String::new());
                    focus_later("#country-saved");
                }
                Err(e) if !e.field_errors().is_empty() => {
                    problems.set(e.field_errors().to_vec());
                    focus_summary(COUNTRY);
                }
                Err(e) if e.code() == Some(ErrorCode::InvalidParameter) => {
                    problems.set(vec![problem(
                        "code",
                        FieldCode::Invalid,
                        e.detail().unwrap_or(t(Key::CountryCodeInvalid)),
                    )]);
                    focus_summary(COUNTRY);
                }
                Err(e) => failed.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let region_opts = Signal::derive(region_options);
    view! {
        <section class="panel" aria-labelledby="add-country-title">
            <h3 id="add-country-title" class="panel__title">{t(Key::AddCountryTitle)}</h3>
            <p class="field__hint">{t(Key::AddCountryHint)}</p>
            <form class="form" on:submit=on_submit novalidate=true aria-labelledby="add-country-title" data-testid="add-country-form">
                {move || {
                    saved
                        .get()
                        .map(|s| {
                            view! {
                                <div id="country-saved" tabindex="-1">
                                    <Notice tone=Tone::Success>
                                        <p data-testid="add-country-outcome">{s}</p>
                                    </Notice>
                                </div>
                            }
                        })
                }}
                {move || failed.get().map(|error| view! { <ErrorState error /> })}
                <ErrorSummary form=COUNTRY problems labels=COUNTRY_LABELS />
                <div class="form__grid">
                    <Field
                        form=COUNTRY
                        name="code"
                        label=Key::CountryCode
                        value=code
                        problems
                        hint=Key::CountryCodeHint
                        required=true
                        autocomplete="off"
                        testid="add-country-code"
                    />
                    <Field form=COUNTRY name="name" label=Key::FieldName value=name problems hint=Key::CountryNameHint required=true autocomplete="off" testid="add-country-name" />
                    <SelectField form=COUNTRY name="region" label=Key::CountryRegion value=region problems options=region_opts required=true testid="add-country-region" />
                </div>
                <CheckField
                    id="country-asem-member"
                    name="asem_member"
                    label=Key::AsemMember
                    hint=Key::AsemMemberHint
                    value=member
                    testid="add-country-asem"
                />
                <div class="form__actions">
                    <button
                        type="submit"
                        class="button"
                        disabled=move || busy.get()
                        aria-busy=move || busy.get().to_string()
                        data-testid="add-country-submit"
                    >
                        {move || if busy.get() { t(Key::Saving) } else { t(Key::SaveCountry) }}
                    </button>
                </div>
            </form>
        </section>
    }
}

// ---- Equivalent search terms --------------------------------------------------------------

/// How many groups are shown at first, and added by "show more".
const PAGE: usize = 50;

/// The input a textarea of terms (one a line) and a note make, normalised
/// as the server stores it.
fn terms_input(text: &str, note: &str) -> EquivalentTermsInput {
    EquivalentTermsInput {
        terms: text.lines().map(str::to_owned).collect(),
        note: Some(note.to_owned()),
    }
    .normalised()
}

/// Whether a group holds `needle` (lower case) in a term or its note.
fn group_matches(group: &EquivalentTerms, needle: &str) -> bool {
    needle.is_empty()
        || group
            .terms
            .iter()
            .any(|t| t.to_lowercase().contains(needle))
        || group
            .note
            .as_ref()
            .is_some_and(|n| n.to_lowercase().contains(needle))
}

/// A group's first terms, to name it, e.g. `Hokusai, 葛飾北斎, Hokusai Katsushika…`.
fn group_name(group: &EquivalentTerms) -> String {
    let mut name = group
        .terms
        .iter()
        .take(3)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if group.terms.len() > 3 {
        name.push('…');
    }
    name
}

#[component]
fn Terms() -> impl IntoView {
    let auth = use_auth();
    let list = LocalResource::new(move || api::authed(auth, api::signed_in::equivalent_terms()));
    let retry = Callback::new(move |()| list.refetch());
    view! {
        <section class="section" aria-labelledby="settings-terms-title">
            <h2 id="settings-terms-title">{t(Key::TermsTitle)}</h2>
            <p class="field__hint">{t(Key::TermsLead)}</p>
            <div class="notice notice--info" role="note">
                <p>{t(Key::TermsReindexHint)}</p>
            </div>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(l) => view! { <TermsView groups=l.items /> }.into_any(),
                        Err(error) => view! { <ErrorState error retry /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn TermsView(groups: Vec<EquivalentTerms>) -> impl IntoView {
    let groups = RwSignal::new(groups);
    let filter = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);
    let said = RwSignal::new(None::<String>);
    let matching = Memo::new(move |_| {
        let needle = filter.get().trim().to_lowercase();
        groups
            .read()
            .iter()
            .filter(|g| group_matches(g, &needle))
            .map(|g| g.id)
            .collect::<Vec<i64>>()
    });
    let visible = move || {
        matching
            .get()
            .into_iter()
            .take(shown.get())
            .collect::<Vec<_>>()
    };
    let remaining = move || matching.read().len().saturating_sub(shown.get());
    let on_added = Callback::new(move |group: EquivalentTerms| {
        // The new group first, where it can be seen.
        groups.update(|v| v.insert(0, group));
        filter.set(String::new());
    });
    view! {
        <AddTermsForm on_added />
        <div class="filters filters--inline terms__filter" role="search" aria-label=t(Key::TermsFilterLabel)>
            <div class="field">
                <label for="terms-filter">{t(Key::TermsFilterLabel)}</label>
                <input
                    id="terms-filter"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="terms-count"
                    prop:value=move || filter.get()
                    on:input=move |ev| {
                        filter.set(event_target_value(&ev));
                        shown.set(PAGE);
                    }
                    data-testid="terms-filter"
                />
            </div>
        </div>
        <p id="terms-count" class="work-list__count" role="status" aria-live="polite" data-testid="terms-count">
            {move || {
                let total = matching.read().len();
                let on_page = total.min(shown.get());
                if filter.read().trim().is_empty() {
                    t_with(Key::TermsShownAll, &[("shown", &on_page.to_string()), ("total", &total.to_string())])
                } else {
                    t_with(Key::TermsShownMatching, &[("shown", &on_page.to_string()), ("total", &total.to_string())])
                }
            }}
        </p>
        <div role="status" aria-live="polite" class="settings__said">
            {move || {
                said.get()
                    .map(|s| {
                        view! {
                            <p id="terms-said" class="notice notice--success" tabindex="-1" data-testid="terms-outcome">
                                {s}
                            </p>
                        }
                    })
            }}
        </div>
        <Show
            when=move || !matching.read().is_empty()
            fallback=|| view! { <EmptyState title=Key::NoTermsTitle text=Key::NoTermsText /> }
        >
            <ul class="terms" role="list" data-testid="terms-groups">
                <For each=visible key=|id| *id let:id>
                    <TermsGroup id groups said />
                </For>
            </ul>
        </Show>
        <Show when=move || { remaining() > 0 }>
            <div class="work-list__more">
                <button type="button" class="button" on:click=move |_| shown.update(|n| *n += PAGE) data-testid="terms-more">
                    {move || t_with(Key::ShowMoreGroups, &[("n", &remaining().min(PAGE).to_string())])}
                </button>
            </div>
        </Show>
    }
}

const TERMS: &str = "add-terms";
const TERMS_LABELS: &[(&str, Key)] = &[("terms", Key::TermsLabel), ("note", Key::TermsNote)];

#[component]
fn AddTermsForm(on_added: Callback<EquivalentTerms>) -> impl IntoView {
    let auth = use_auth();
    let terms = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let problems: Problems = RwSignal::new(Vec::new());
    let failed = RwSignal::new(None::<ApiError>);
    let added = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        added.set(None);
        let input = terms_input(&terms.get_untracked(), &note.get_untracked());
        let found = input.problems();
        let refused = !found.is_empty();
        problems.set(found);
        if refused {
            focus_summary(TERMS);
            return;
        }
        busy.set(true);
        spawn_local(async move {
            match api::authed(auth, api::signed_in::create_equivalent_terms(&input)).await {
                Ok(group) => {
                    added.set(Some(t_with(
                        Key::TermsAdded,
                        &[("terms", &group.terms.join(", "))],
                    )));
                    terms.set(String::new());
                    note.set(String::new());
                    on_added.run(group);
                    focus_later("#terms-added");
                }
                Err(e) if !e.field_errors().is_empty() => {
                    problems.set(e.field_errors().to_vec());
                    focus_summary(TERMS);
                }
                Err(e) => failed.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="panel" aria-labelledby="add-terms-title">
            <h3 id="add-terms-title" class="panel__title">{t(Key::AddTermsTitle)}</h3>
            <form class="form" on:submit=on_submit novalidate=true aria-labelledby="add-terms-title" data-testid="add-terms-form">
                {move || {
                    added
                        .get()
                        .map(|s| {
                            view! {
                                <div id="terms-added" tabindex="-1">
                                    <Notice tone=Tone::Success>
                                        <p data-testid="add-terms-outcome">{s}</p>
                                    </Notice>
                                </div>
                            }
                        })
                }}
                {move || failed.get().map(|error| view! { <ErrorState error /> })}
                <ErrorSummary form=TERMS problems labels=TERMS_LABELS />
                <div class="form__grid">
                    <Field
                        form=TERMS
                        name="terms"
                        label=Key::TermsLabel
                        value=terms
                        problems
                        hint=Key::TermsHint
                        control=Control::Area(5)
                        required=true
                        testid="terms-input"
                    />
                    <Field form=TERMS name="note" label=Key::TermsNote value=note problems hint=Key::TermsNoteHint testid="terms-note" />
                </div>
                <div class="form__actions">
                    <button
                        type="submit"
                        class="button"
                        disabled=move || busy.get()
                        aria-busy=move || busy.get().to_string()
                        data-testid="terms-save"
                    >
                        {move || if busy.get() { t(Key::Saving) } else { t(Key::AddTermsButton) }}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// The problems of the fields named `name` (list positions included), in words.
fn field_messages(problems: &[FieldError], name: &str) -> String {
    problems
        .iter()
        .filter(|p| p.field == name || p.field.starts_with(&format!("{name}[")))
        .map(problem_text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Deletes a group of terms, once confirmed; one already gone is gone.
fn delete_action(
    auth: Auth,
    group: Memo<Option<EquivalentTerms>>,
    groups: RwSignal<Vec<EquivalentTerms>>,
    said: RwSignal<Option<String>>,
    busy: RwSignal<bool>,
    failed: RwSignal<Option<ApiError>>,
) -> Callback<()> {
    Callback::new(move |()| {
        let Some(g) = group.get_untracked() else {
            return;
        };
        busy.set(true);
        failed.set(None);
        spawn_local(async move {
            match api::authed(auth, api::signed_in::delete_equivalent_terms(g.id)).await {
                Ok(()) => {
                    said.set(Some(t_with(
                        Key::TermsDeleted,
                        &[("terms", &g.terms.join(", "))],
                    )));
                    groups.update(|v| v.retain(|x| x.id != g.id));
                    focus_later("#terms-said");
                }
                Err(e) if e.is_not_found() => {
                    groups.update(|v| v.retain(|x| x.id != g.id));
                    focus_later("#terms-filter");
                }
                Err(e) => failed.set(Some(e)),
            }
            busy.set(false);
        });
    })
}

/// One group: its terms and note, and the buttons to change or delete it.
#[component]
fn TermsGroup(
    id: i64,
    groups: RwSignal<Vec<EquivalentTerms>>,
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let auth = use_auth();
    let group = Memo::new(move |_| groups.read().iter().find(|g| g.id == id).cloned());
    let editing = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<ApiError>);
    let terms = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<FieldError>::new());
    let base = format!("terms-{id}");
    let (edit_id, terms_id, note_id) = (
        format!("{base}-edit"),
        format!("{base}-terms"),
        format!("{base}-note"),
    );
    let start = {
        let target = format!("#{terms_id}");
        move |_| {
            if let Some(g) = group.get_untracked() {
                terms.set(g.terms.join("\n"));
                note.set(g.note.unwrap_or_default());
            }
            problems.set(Vec::new());
            failed.set(None);
            editing.set(true);
            let target = target.clone();
            focus_later(target);
        }
    };
    let back_to_edit = {
        let target = format!("#{edit_id}");
        move || {
            let target = target.clone();
            focus_later(target);
        }
    };
    let cancel = {
        let back = back_to_edit.clone();
        move |_| {
            editing.set(false);
            back();
        }
    };
    let on_submit = {
        let back = back_to_edit.clone();
        let terms_target = format!("#{terms_id}");
        move |ev: SubmitEvent| {
            ev.prevent_default();
            if busy.get_untracked() {
                return;
            }
            failed.set(None);
            let input = terms_input(&terms.get_untracked(), &note.get_untracked());
            let found = input.problems();
            if !found.is_empty() {
                problems.set(found);
                let target = terms_target.clone();
                focus_later(target);
                return;
            }
            problems.set(Vec::new());
            busy.set(true);
            let back = back.clone();
            let terms_target = terms_target.clone();
            spawn_local(async move {
                match api::authed(auth, api::signed_in::update_equivalent_terms(id, &input)).await {
                    Ok(saved) => {
                        said.set(Some(t_with(
                            Key::TermsSaved,
                            &[("terms", &saved.terms.join(", "))],
                        )));
                        groups.update(|v| {
                            for g in v.iter_mut().filter(|g| g.id == saved.id) {
                                *g = saved.clone();
                            }
                        });
                        editing.set(false);
                        back();
                    }
                    Err(e) if !e.field_errors().is_empty() => {
                        problems.set(e.field_errors().to_vec());
                        focus_later(terms_target);
                    }
                    Err(e) => failed.set(Some(e)),
                }
                busy.set(false);
            });
        }
    };
    let delete = delete_action(auth, group, groups, said, busy, failed);
    let name = Memo::new(move |_| group.read().as_ref().map(group_name).unwrap_or_default());
    view! {
        <li class="terms__group" data-testid=format!("terms-group-{id}") data-id=id.to_string()>
            <TermsChips group />
            <div class="actions terms__actions">
                <button
                    id=edit_id.clone()
                    type="button"
                    class="button button--small button--quiet"
                    aria-expanded=move || editing.get().to_string()
                    aria-controls=format!("{base}-form")
                    aria-label=move || t_with(Key::EditTermsNamed, &[("terms", &name.get())])
                    on:click=start
                    data-testid="terms-edit"
                >
                    {t(Key::EditTerms)}
                </button>
                {move || {
                    let n = name.get();
                    view! {
                        <ConfirmButton
                            id=format!("terms-{id}-delete")
                            label=t(Key::DeleteTerms)
                            name=t_with(Key::DeleteTermsNamed, &[("terms", &n)])
                            question=t_with(Key::DeleteTermsQuestion, &[("terms", &n)])
                            confirm=t(Key::DeleteTermsConfirm)
                            on_confirm=delete
                            busy
                        />
                    }
                }}
            </div>
            {move || failed.get().map(|error| view! { <ErrorState error /> })}
            <Show when=move || editing.get()>
                <form
                    id=format!("terms-{id}-form")
                    class="form terms__edit"
                    on:submit=on_submit.clone()
                    novalidate=true
                    aria-label=move || t_with(Key::EditTermsNamed, &[("terms", &name.get())])
                    data-testid="terms-edit-form"
                >
                    <TermsFields terms_id=terms_id.clone() note_id=note_id.clone() terms note problems />
                    <div class="actions">
                        <button
                            type="submit"
                            class="button button--small"
                            disabled=move || busy.get()
                            aria-busy=move || busy.get().to_string()
                            data-testid="terms-edit-save"
                        >
                            {move || if busy.get() { t(Key::Saving) } else { t(Key::SaveChanges) }}
                        </button>
                        <button type="button" class="button button--small button--quiet" on:click=cancel.clone()>
                            {t(Key::Cancel)}
                        </button>
                    </div>
                </form>
            </Show>
        </li>
    }
}

/// A group's terms as chips, and its note.
#[component]
fn TermsChips(group: Memo<Option<EquivalentTerms>>) -> impl IntoView {
    {
        move || {
            group
            .get()
            .map(|g| {
                view! {
                    <ul class="terms__chips" role="list" aria-label=t(Key::TermsLabel)>
                        {g.terms.into_iter().map(|term| view! { <li class="term-chip">{term}</li> }).collect_view()}
                    </ul>
                    {g.note.map(|n| view! { <p class="terms__note">{n}</p> })}
                }
            })
        }
    }
}

/// The fields of a group being edited: its terms, one a line, and a note.
#[component]
fn TermsFields(
    terms_id: String,
    note_id: String,
    terms: RwSignal<String>,
    note: RwSignal<String>,
    problems: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let terms_error = Memo::new(move |_| field_messages(&problems.read(), "terms"));
    let note_error = Memo::new(move |_| field_messages(&problems.read(), "note"));
    let described = |hint: String, error: String, invalid: bool| {
        if invalid {
            format!("{hint} {error}")
        } else {
            hint
        }
    };
    let (terms_hint, terms_err) = (format!("{terms_id}-hint"), format!("{terms_id}-error"));
    let note_err = format!("{note_id}-error");
    view! {
        <div class="field form-field" class:field--invalid=move || !terms_error.read().is_empty()>
            <label for=terms_id.clone()>
                {t(Key::TermsLabel)}
                <span class="field__required">" " {t(Key::RequiredMark)}</span>
            </label>
            <p id=terms_hint.clone() class="field__hint">{t(Key::TermsHint)}</p>
            <textarea
                id=terms_id.clone()
                name="terms"
                rows="5"
                required=true
                aria-invalid=move || (!terms_error.read().is_empty()).to_string()
                aria-describedby={
                    let (h, e) = (terms_hint.clone(), terms_err.clone());
                    move || described(h.clone(), e.clone(), !terms_error.read().is_empty())
                }
                prop:value=move || terms.get()
                on:input=move |ev| terms.set(event_target_value(&ev))
                data-testid="terms-edit-input"
            ></textarea>
            {
                let id = terms_err.clone();
                move || {
                    let e = terms_error.get();
                    (!e.is_empty())
                        .then(|| view! { <p id=id.clone() class="field__error" data-testid="field-error">{e}</p> })
                }
            }
        </div>
        <div class="field form-field" class:field--invalid=move || !note_error.read().is_empty()>
            <label for=note_id.clone()>{t(Key::TermsNote)}</label>
            <input
                id=note_id.clone()
                name="note"
                type="text"
                autocomplete="off"
                aria-invalid=move || (!note_error.read().is_empty()).to_string()
                aria-describedby={
                    let e = note_err.clone();
                    move || (!note_error.read().is_empty()).then(|| e.clone())
                }
                prop:value=move || note.get()
                on:input=move |ev| note.set(event_target_value(&ev))
                data-testid="terms-edit-note"
            />
            {
                let id = note_err.clone();
                move || {
                    let e = note_error.get();
                    (!e.is_empty())
                        .then(|| view! { <p id=id.clone() class="field__error">{e}</p> })
                }
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_read_one_a_line() {
        let input = terms_input("Hokusai\n\n 葛飾北斎 \nhokusai", " ");
        assert_eq!(input.terms, ["Hokusai", "葛飾北斎"]);
        assert_eq!(input.note, None);
    }

    #[test]
    fn groups_match_terms_and_notes() {
        let g = EquivalentTerms {
            id: 1,
            terms: vec!["Hokusai".into(), "葛飾北斎".into()],
            note: Some("Ukiyo-e artist".into()),
        };
        assert!(group_matches(&g, "hoku"));
        assert!(group_matches(&g, "北斎"));
        assert!(group_matches(&g, "ukiyo"));
        assert!(group_matches(&g, ""));
        assert!(!group_matches(&g, "hiroshige"));
    }

    #[test]
    fn list_positions_belong_to_the_terms() {
        let problems = vec![FieldError::new(
            "terms[1]",
            FieldCode::Duplicate,
            "\"Hokusai\" is already in group 3",
        )];
        assert!(field_messages(&problems, "terms").contains("group 3"));
        assert!(field_messages(&problems, "note").is_empty());
    }

    #[test]
    fn countries_stay_in_alphabetical_order() {
        let country = |code: &str, name: &str| vcm_shared::Country {
            code: code.into(),
            name: name.into(),
            region: Region::Asia,
            asem_member: true,
        };
        let mut rows = Vec::new();
        upsert(&mut rows, country("TH", "Thailand"));
        upsert(&mut rows, country("JP", "Japan"));
        upsert(&mut rows, country("JP", "Japan (renamed)"));
        let names: Vec<_> = rows.iter().map(|c| c.country.name.as_str()).collect();
        assert_eq!(names, ["Japan (renamed)", "Thailand"]);
    }
}
