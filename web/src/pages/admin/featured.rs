//! `/admin/featured`: the masterpiece of the day: the days already chosen
//! (pinned by the secretariat or picked by the fair rotation), a form to pin
//! a published work to a day, and the buttons to give pinned days back.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use vcm_shared::{ErrorCode, FeaturedDay, FeaturedPin, FeaturedSchedule, FieldCode, FieldError};

use crate::api::{self, ApiError};
use crate::auth::use_auth;
use crate::components::forms::{Notice, Tone, errors_of, problem};
use crate::components::layout::focus_later;
use crate::components::states::{EmptyState, ErrorState, Loading};
use crate::components::time::{day_name, today_utc};
use crate::i18n::{Key, t, t_with};
use crate::pages::admin::dashboard::AdminFrame;

#[component]
pub fn FeaturedPage() -> impl IntoView {
    view! {
        <AdminFrame title=Key::AdminNavFeatured lead=Key::FeaturedLead testid="admin-featured">
            <Featured />
        </AdminFrame>
    }
}

#[component]
fn Featured() -> impl IntoView {
    let auth = use_auth();
    let schedule = LocalResource::new(move || api::authed(auth, api::signed_in::featured()));
    let retry = Callback::new(move |()| schedule.refetch());
    let said = RwSignal::new(None::<String>);
    view! {
        <PinForm on_pinned=Callback::new(move |day: FeaturedDay| {
            said.set(Some(t_with(Key::PinnedDay, &[("title", &day.artwork.title), ("date", &day_name(&day.date))])));
            schedule.refetch();
        }) />
        {move || said.get().map(|s| view! { <Notice tone=Tone::Success><p data-testid="featured-outcome">{s}</p></Notice> })}
        <section class="section" aria-labelledby="featured-schedule">
            <h2 id="featured-schedule">{t(Key::FeaturedSchedule)}</h2>
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match schedule.await {
                        Ok(s) if s.items.is_empty() => {
                            view! { <EmptyState title=Key::NoFeaturedTitle text=Key::NoFeaturedText /> }.into_any()
                        }
                        Ok(s) => {
                            view! {
                                <ScheduleTable
                                    schedule=s
                                    on_unpinned=Callback::new(move |date: String| {
                                        said.set(Some(t_with(Key::UnpinnedDay, &[("date", &date)])));
                                        schedule.refetch();
                                    })
                                />
                            }
                                .into_any()
                        }
                        Err(error) => view! { <ErrorState error retry /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn ScheduleTable(schedule: FeaturedSchedule, on_unpinned: Callback<String>) -> impl IntoView {
    let auth = use_auth();
    let today = schedule.today;
    let busy = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<ApiError>);
    view! {
        {move || failed.get().map(|error| view! { <ErrorState error /> })}
        <div class="table-scroll">
            <table class="data-table admin-table" data-testid="featured-table">
                <caption class="visually-hidden">{t(Key::FeaturedSchedule)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::ColDay)}</th>
                        <th scope="col">{t(Key::ColWork)}</th>
                        <th scope="col">{t(Key::ColChosenBy)}</th>
                        <th scope="col">{t(Key::ColNote)}</th>
                        <th scope="col">{t(Key::ColActions)}</th>
                    </tr>
                </thead>
                <tbody>
                    {schedule
                        .items
                        .into_iter()
                        .map(|d| {
                            let date = d.date.to_string();
                            let name = day_name(&d.date);
                            let can_unpin = d.pinned && d.date > today;
                            let unpin = can_unpin
                                .then(|| {
                                    let (date, name) = (date.clone(), name.clone());
                                    let testid = format!("unpin-{date}");
                                    let is_busy = {
                                        let date = date.clone();
                                        move || busy.read().as_deref() == Some(date.as_str())
                                    };
                                    view! {
                                        <button
                                            type="button"
                                            class="button button--small button--quiet"
                                            aria-label=t_with(Key::UnpinNamed, &[("date", &name)])
                                            disabled=is_busy
                                            on:click=move |_| {
                                                let (date, name) = (date.clone(), name.clone());
                                                busy.set(Some(date.clone()));
                                                failed.set(None);
                                                spawn_local(async move {
                                                    match api::authed(auth, api::signed_in::unpin_featured(&date)).await {
                                                        Ok(()) => on_unpinned.run(name),
                                                        Err(e) => failed.set(Some(e)),
                                                    }
                                                    busy.set(None);
                                                });
                                            }
                                            data-testid=testid
                                        >
                                            {t(Key::Unpin)}
                                        </button>
                                    }
                                });
                            view! {
                                <tr data-testid=format!("featured-{date}") data-pinned=d.pinned.to_string() class:is-today=d.date == today>
                                    <th scope="row" data-label=t(Key::ColDay)>
                                        <time datetime=date.clone()>{name.clone()}</time>
                                        {(d.date == today).then(|| view! { " " <span class="badge badge--published">{t(Key::Today)}</span> })}
                                    </th>
                                    <td data-label=t(Key::ColWork)>
                                        <A href=format!("/artworks/{}", d.artwork.slug)>{d.artwork.title.clone()}</A>
                                        <span class="review-table__sub">{d.artwork.museum.name.clone()}</span>
                                    </td>
                                    <td data-label=t(Key::ColChosenBy)>
                                        {if d.pinned { t(Key::Pinned) } else { t(Key::Rotation) }}
                                    </td>
                                    <td data-label=t(Key::ColNote)>{d.note.clone().unwrap_or_else(|| "—".to_owned())}</td>
                                    <td data-label=t(Key::ColActions)>{unpin}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The pin form's labels, to say which field a problem is about.
const PIN_FIELDS: &[&str] = &["date", "artwork", "note"];

/// What is missing or wrong in a pin before it is sent.
fn pin_problems(day: &str, today: &str, work: &str) -> Vec<FieldError> {
    let mut found = Vec::new();
    if day.is_empty() {
        found.push(problem(
            "date",
            FieldCode::Required,
            t(Key::PinDateRequired),
        ));
    } else if day < today {
        found.push(problem("date", FieldCode::OutOfRange, t(Key::PinDatePast)));
    }
    if work.is_empty() {
        found.push(problem(
            "artwork",
            FieldCode::Required,
            t(Key::PinWorkRequired),
        ));
    }
    found
}

/// The problems of the pin's own fields in the server's refusal (an unknown
/// work is one), if any.
fn field_problems(e: &ApiError) -> Vec<FieldError> {
    let mut ours: Vec<FieldError> = e
        .field_errors()
        .iter()
        .filter(|p| PIN_FIELDS.contains(&p.field.as_str()))
        .cloned()
        .collect();
    if ours.is_empty() && e.code() == Some(ErrorCode::NotFound) {
        ours.push(problem(
            "artwork",
            FieldCode::UnknownValue,
            e.detail().unwrap_or_default(),
        ));
    }
    ours
}

#[component]
fn PinForm(on_pinned: Callback<FeaturedDay>) -> impl IntoView {
    let auth = use_auth();
    let today = today_utc().to_string();
    let date = RwSignal::new(String::new());
    let slug = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<FieldError>::new());
    let failed = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    // Works whose title matches what was typed, to choose from.
    let typed = RwSignal::new(String::new());
    let (date_error, slug_error, note_error) = (
        errors_of(problems, "date"),
        errors_of(problems, "artwork"),
        errors_of(problems, "note"),
    );
    let min = today.clone();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        let day = date.get_untracked();
        let work = slug.get_untracked().trim().to_owned();
        let found = pin_problems(&day, &today, &work);
        if !found.is_empty() {
            let first = format!("#pin-{}", found[0].field);
            problems.set(found);
            focus_later(first);
            return;
        }
        problems.set(Vec::new());
        busy.set(true);
        let pin = FeaturedPin {
            artwork: work,
            note: Some(note.get_untracked().trim().to_owned()).filter(|n| !n.is_empty()),
        };
        spawn_local(async move {
            match api::authed(auth, api::signed_in::pin_featured(&day, &pin)).await {
                Ok(d) => {
                    slug.set(String::new());
                    typed.set(String::new());
                    note.set(String::new());
                    on_pinned.run(d);
                }
                Err(e) => {
                    let ours = field_problems(&e);
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
    let described = |hint: &'static str, error: &'static str, e: Memo<String>| {
        move || {
            if e.read().is_empty() {
                hint.to_owned()
            } else {
                format!("{hint} {error}")
            }
        }
    };
    let show_error = |id: &'static str, e: Memo<String>| {
        move || {
            let text = e.get();
            (!text.is_empty()).then(
                || view! { <p id=id class="field__error" data-testid="field-error">{text}</p> },
            )
        }
    };
    view! {
        <section class="panel" aria-labelledby="pin-title">
            <h2 id="pin-title" class="panel__title">{t(Key::PinTitle)}</h2>
            <form class="form" on:submit=on_submit novalidate=true data-testid="pin-form">
                {move || failed.get().map(|error| view! { <ErrorState error /> })}
                <div class="form__grid">
                    <div class="field form-field" class:field--invalid=move || !date_error.read().is_empty()>
                        <label for="pin-date">
                            {t(Key::ColDay)} <span class="field__required">" " {t(Key::RequiredMark)}</span>
                        </label>
                        <p id="pin-date-hint" class="field__hint">{t(Key::PinDateHint)}</p>
                        <input
                            id="pin-date"
                            type="date"
                            min=min
                            required=true
                            aria-invalid=move || (!date_error.read().is_empty()).to_string()
                            aria-describedby=described("pin-date-hint", "pin-date-error", date_error)
                            prop:value=move || date.get()
                            on:input=move |ev| date.set(event_target_value(&ev))
                            data-testid="pin-date"
                        />
                        {show_error("pin-date-error", date_error)}
                    </div>
                    <div class="field form-field" class:field--invalid=move || !slug_error.read().is_empty()>
                        <label for="pin-artwork">
                            {t(Key::PinWork)} <span class="field__required">" " {t(Key::RequiredMark)}</span>
                        </label>
                        <p id="pin-artwork-hint" class="field__hint">{t(Key::PinWorkHint)}</p>
                        <input
                            id="pin-artwork"
                            type="text"
                            autocomplete="off"
                            spellcheck="false"
                            required=true
                            aria-invalid=move || (!slug_error.read().is_empty()).to_string()
                            aria-describedby=described("pin-artwork-hint", "pin-artwork-error", slug_error)
                            prop:value=move || slug.get()
                            on:input=move |ev| slug.set(event_target_value(&ev))
                            data-testid="pin-artwork"
                        />
                        {show_error("pin-artwork-error", slug_error)}
                    </div>
                </div>
                <WorkFinder slug typed />
                <div class="field form-field" class:field--invalid=move || !note_error.read().is_empty()>
                    <label for="pin-note">{t(Key::ColNote)}</label>
                    <p id="pin-note-hint" class="field__hint">{t(Key::PinNoteHint)}</p>
                    <input
                        id="pin-note"
                        type="text"
                        aria-invalid=move || (!note_error.read().is_empty()).to_string()
                        aria-describedby=described("pin-note-hint", "pin-note-error", note_error)
                        prop:value=move || note.get()
                        on:input=move |ev| note.set(event_target_value(&ev))
                        data-testid="pin-note"
                    />
                    {show_error("pin-note-error", note_error)}
                </div>
                <div class="form__actions">
                    <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().to_string() data-testid="pin-submit">
                        {move || if busy.get() { t(Key::Saving) } else { t(Key::PinSubmit) }}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// Finds published works by what was typed of their title, to choose the one
/// to pin.
#[component]
fn WorkFinder(slug: RwSignal<String>, typed: RwSignal<String>) -> impl IntoView {
    let found = LocalResource::new(move || {
        let q = typed.get();
        async move {
            if q.trim().chars().count() < 2 {
                Ok(Vec::new())
            } else {
                let call = api::public::search(vec![("q", q.trim().to_owned())], 8, None);
                api::read(call).await.map(|r| {
                    r.items
                        .into_iter()
                        .map(|h| (h.artwork.slug, h.artwork.title, h.artwork.museum.name))
                        .collect::<Vec<_>>()
                })
            }
        }
    });
    view! {
        <div class="field form-field pin__finder">
            <label for="pin-find">{t(Key::PinFind)}</label>
            <input
                id="pin-find"
                type="search"
                autocomplete="off"
                aria-describedby="pin-find-hint"
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))
                data-testid="pin-find"
            />
            <p id="pin-find-hint" class="field__hint">{t(Key::PinFindHint)}</p>
            <Transition>
                {move || Suspend::new(async move {
                    match found.await {
                        Ok(hits) if !hits.is_empty() => {
                            view! {
                                <ul class="pin__hits" role="list" aria-label=t(Key::PinFindResults)>
                                    {hits
                                        .into_iter()
                                        .map(|(s, title, museum)| {
                                            let chosen = s.clone();
                                            view! {
                                                <li>
                                                    <button
                                                        type="button"
                                                        class="button button--small button--quiet"
                                                        aria-pressed=move || (slug.get() == chosen).to_string()
                                                        on:click=move |_| slug.set(s.clone())
                                                    >
                                                        {title} <span class="review-table__sub">{museum}</span>
                                                    </button>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }
                        _ => ().into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}
