//! `/admin`: the secretariat's console: its frame (gate, heading, navigation)
//! and its dashboard: what waits for the secretariat, the members and
//! published works by country, and the latest entries of the audit log.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use vcm_shared::{AdminDashboard, AuditEntry};

use crate::api;
use crate::auth::use_auth;
use crate::components::account::{AdminNav, RequireAdmin};
use crate::components::states::{EmptyState, ErrorState, Loading};
use crate::components::time::Time;
use crate::i18n::{Key, country_name, t, t_with};

/// A page of the console: its title, the gate in front of it, the heading
/// and the console's navigation above `children`.
#[component]
pub fn AdminFrame(
    title: Key,
    #[prop(optional)] lead: Option<Key>,
    #[prop(optional)] testid: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let children = StoredValue::new(children);
    view! {
        <Title text=t(title) />
        <RequireAdmin>
            <div class="wrap page admin" data-testid=testid>
                <header class="page__header">
                    <p class="eyebrow">{t(Key::AdminEyebrow)}</p>
                    <h1>{t(title)}</h1>
                    <AdminNav />
                    {lead.map(|l| view! { <p class="lead">{t(l)}</p> })}
                </header>
                {children.read_value()()}
            </div>
        </RequireAdmin>
    }
}

#[component]
pub fn AdminPage() -> impl IntoView {
    view! {
        <AdminFrame title=Key::AdminTitle testid="admin-dashboard">
            <Dashboard />
        </AdminFrame>
    }
}

#[component]
fn Dashboard() -> impl IntoView {
    let auth = use_auth();
    let dashboard =
        LocalResource::new(move || api::authed(auth, api::signed_in::admin_dashboard()));
    let retry = Callback::new(move |()| dashboard.refetch());
    view! {
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match dashboard.await {
                    Ok(d) => view! { <DashboardView dashboard=d /> }.into_any(),
                    Err(error) => view! { <ErrorState error retry /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn DashboardView(dashboard: AdminDashboard) -> impl IntoView {
    let d = dashboard;
    let figure =
        |label: Key, n: i64, href: &'static str, kind: &'static str, testid: &'static str| {
            view! {
                <div class="figures__item" data-kind=kind>
                    <dt>{t(label)}</dt>
                    <dd data-testid=testid>{n}</dd>
                    <dd class="figures__link">
                        <A href=href attr:class="more-link">
                            {t(Key::AdminOpen)}
                            <span class="visually-hidden">": " {t(label)}</span>
                        </A>
                    </dd>
                </div>
            }
        };
    let countries = d.countries.clone();
    let recent = d.recent.clone();
    view! {
        <section class="section" aria-labelledby="dash-waiting">
            <h2 id="dash-waiting">{t(Key::AdminWaiting)}</h2>
            <dl class="figures figures--dashboard">
                {figure(Key::WorksInReview, d.works_in_review, "/admin/reviews", "updated", "count-in-review")}
                {figure(
                    Key::ApplicationsWaiting,
                    d.applications_waiting,
                    "/admin/applications?status=submitted",
                    "created",
                    "count-applications",
                )}
                {figure(
                    Key::ApplicationsWithApplicant,
                    d.applications_waiting_for_applicant,
                    "/admin/applications?status=info_requested",
                    "waiting",
                    "count-info-requested",
                )}
            </dl>
            {d
                .oldest_in_review
                .map(|at| {
                    view! {
                        <p class="field__hint">
                            {t(Key::OldestInReview)} " " <Time at />
                        </p>
                    }
                })}
        </section>
        <section class="section" aria-labelledby="dash-countries">
            <h2 id="dash-countries">{t(Key::MembersByCountry)}</h2>
            {if countries.is_empty() {
                view! { <EmptyState title=Key::NoMembersTitle text=Key::NoMembersText /> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="data-table admin-table" data-testid="country-tally">
                            <caption class="visually-hidden">{t(Key::MembersByCountry)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t(Key::FilterMuseumCountry)}</th>
                                    <th scope="col" class="num">{t(Key::ColMembers)}</th>
                                    <th scope="col" class="num">{t(Key::ColPublished)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {countries
                                    .into_iter()
                                    .map(|c| {
                                        view! {
                                            <tr>
                                                <th scope="row" data-label=t(Key::FilterMuseumCountry)>
                                                    <A href=format!("/countries/{}", c.code)>{country_name(&c.code, &c.name)}</A>
                                                </th>
                                                <td class="num" data-label=t(Key::ColMembers)>{c.members}</td>
                                                <td class="num" data-label=t(Key::ColPublished)>{c.published}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                    .into_any()
            }}
        </section>
        <section class="section" aria-labelledby="dash-recent">
            <div class="section-head">
                <h2 id="dash-recent">{t(Key::RecentActivity)}</h2>
                <A href="/admin/audit" attr:class="more-link">{t(Key::WholeAuditLog)}</A>
            </div>
            {if recent.is_empty() {
                view! { <EmptyState title=Key::NoActivityTitle text=Key::NoActivityText /> }.into_any()
            } else {
                view! {
                    <ul class="activity" role="list" data-testid="recent-activity">
                        {recent.into_iter().map(|e| view! { <ActivityItem entry=e /> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}

/// One entry of the audit log, in a sentence: who did what to which record.
#[component]
pub fn ActivityItem(entry: AuditEntry) -> impl IntoView {
    let e = entry;
    view! {
        <li class="activity__item">
            <p class="activity__what">
                {t_with(
                    Key::ActivityLine,
                    &[("actor", &e.actor), ("action", &e.action), ("entity", &e.entity), ("key", &e.entity_key)],
                )}
            </p>
            <p class="activity__when">
                <Time at=e.at />
                {e.museum.clone().map(|m| view! { " · " <span>{m}</span> })}
            </p>
        </li>
    }
}
