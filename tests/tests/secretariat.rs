//! The secretariat's work over HTTP against the real server, on SQLite and
//! PostgreSQL: the review of nominated works, withdrawals and 410 Gone, the
//! notices to museums, membership applications, and the masterpiece of the day.

use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};
use vcm_shared::client::Client;
use vcm_shared::client::public::{self, ArtworkQuery};
use vcm_shared::client::signed_in::{self, Decision};
use vcm_shared::{
    ArtworkInput, Email, ErrorCode, Notification, NotificationKind, ObjectType, ReviewCheckKind,
    ReviewComment, ReviewOutcome, ReviewedArtwork, WithdrawalReason, WithdrawalRequest,
    WithdrawnBy, WorkStatus,
};
use vcm_tests::{TestApp, assert_problem};

const KOREA: &str = "national-museum-of-korea";
const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

fn full_work(inventory: &str, title: &str) -> Value {
    json!({
        "inventory_number": inventory,
        "title": title,
        "object_type": "ceramics",
        "origin_country": "KR",
        "date_text": "15th century",
        "description": "A white porcelain jar.",
        "rights": "http://creativecommons.org/publicdomain/zero/1.0/",
        "statement": "The finest moon jar of the Joseon court kilns.",
    })
}

async fn post(app: &TestApp, path: &str, token: &str, body: Value) -> reqwest::Response {
    app.call("POST", path, Some(token))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn ok(res: reqwest::Response, what: &str) -> Value {
    let status = res.status();
    let body: Value = res.json().await.unwrap();
    assert!(status.is_success(), "{what}: {status} {body}");
    body
}

/// The emails written to one address, newest first.
async fn emails_to(app: &TestApp, admin: &str, to: &str) -> Vec<Value> {
    let page = app
        .get_as(
            &format!(
                "/api/v1/admin/emails?recipient={}",
                vcm_tests::urlencode(to)
            ),
            admin,
        )
        .await;
    page["items"].as_array().unwrap().clone()
}

/// A museum's editor and the secretariat, each through the typed client, on
/// one server: the review scenario's steps below are its methods.
struct Review<'a> {
    app: &'a TestApp,
    editor: Client,
    admin: Client,
    /// The secretariat's token, for the raw requests (bad bodies) and emails.
    admin_token: String,
}

/// A work as complete as a nomination needs, through the typed client.
fn typed_full_work(inventory: &str, title: &str) -> ArtworkInput {
    ArtworkInput {
        inventory_number: Some(inventory.into()),
        title: title.into(),
        object_type: ObjectType::Ceramics,
        origin_country: Some("KR".into()),
        date_text: Some("15th century".into()),
        description: Some("A white porcelain jar.".into()),
        rights: "http://creativecommons.org/publicdomain/zero/1.0/".into(),
        statement: Some("The finest moon jar of the Joseon court kilns.".into()),
        ..Default::default()
    }
}

fn comment(text: &str) -> ReviewComment {
    ReviewComment {
        comment: Some(text.into()),
    }
}

impl Review<'_> {
    /// A new work of the museum's, nominated; its slug.
    async fn nominated(&self, inventory: &str, title: &str) -> String {
        let work = typed_full_work(inventory, title);
        let created = self
            .editor
            .send(signed_in::create_artwork(&work))
            .await
            .unwrap();
        let slug = created.artwork.slug;
        self.editor.send(signed_in::nominate(&slug)).await.unwrap();
        slug
    }

    /// The work in the secretariat's view, with its version.
    async fn reviewed(&self, slug: &str) -> ReviewedArtwork {
        self.admin
            .send(signed_in::reviewed_artwork(slug))
            .await
            .unwrap()
    }

    /// The museum's notices, newest first.
    async fn notices(&self) -> Vec<Notification> {
        let call = signed_in::notifications(Some(10), None);
        self.editor.send(call).await.unwrap().items
    }

    /// The queue holds the work with its checks: the image check fails, as
    /// the work has no image yet; an editor may neither publish nor see it.
    async fn queue_holds(&self, slug: &str) {
        let queue = self
            .admin
            .send(signed_in::review_queue(None, None))
            .await
            .unwrap();
        let item = queue
            .items
            .iter()
            .find(|i| i.slug == slug)
            .unwrap_or_else(|| panic!("{slug} in {queue:?}"));
        let checks: Vec<(ReviewCheckKind, bool)> =
            item.checks.iter().map(|c| (c.check, c.passed)).collect();
        assert_eq!(
            checks,
            [
                (ReviewCheckKind::EnglishFields, true),
                (ReviewCheckKind::Statement, true),
                (ReviewCheckKind::Image, false),
                (ReviewCheckKind::Quota, true)
            ]
        );
        let version = item.version;
        let by_editor = self
            .editor
            .send(signed_in::decide(
                slug,
                version,
                Decision::Publish,
                &ReviewComment { comment: None },
            ))
            .await
            .unwrap_err();
        assert_eq!(by_editor.code(), Some(ErrorCode::Forbidden), "{by_editor}");
    }

    /// Changes are requested with a comment (required), which the museum
    /// sees on its work, in its notices and by email; the work may not be
    /// published as it is.
    async fn changes_requested(&self, slug: &str) {
        let version = self.reviewed(slug).await.work.version;
        let blank = self
            .admin
            .send(signed_in::decide(
                slug,
                version,
                Decision::RequestChanges,
                &comment("  "),
            ))
            .await
            .unwrap_err();
        assert_eq!(blank.code(), Some(ErrorCode::ValidationFailed), "{blank}");
        let said = "Please add the kiln site.";
        let sent = self
            .admin
            .send(signed_in::decide(
                slug,
                version,
                Decision::RequestChanges,
                &comment(said),
            ))
            .await
            .unwrap();
        assert_eq!(sent.work.artwork.status, WorkStatus::ChangesRequested);
        let mine = self
            .editor
            .send(signed_in::partner_artwork(slug))
            .await
            .unwrap();
        let review = mine.workflow.review.unwrap();
        assert_eq!(
            (review.outcome, review.comment.as_deref()),
            (ReviewOutcome::ChangesRequested, Some(said))
        );
        let latest = &self.notices().await[0];
        assert_eq!(
            (latest.kind, latest.comment.as_deref()),
            (NotificationKind::ChangesRequested, Some(said))
        );
        let mail = self.emails().await;
        assert!(
            mail.iter()
                .any(|m| m.subject == "Changes requested: Moon jar" && m.body.contains(said)),
            "{mail:?}"
        );
        let now = self.reviewed(slug).await.work.version;
        let refused = self
            .admin
            .send(signed_in::decide(
                slug,
                now,
                Decision::Publish,
                &ReviewComment { comment: None },
            ))
            .await
            .unwrap_err();
        assert_eq!(
            refused.code(),
            Some(ErrorCode::InvalidTransition),
            "{refused}"
        );
    }

    /// Changed and nominated again, the work is published (a stale version
    /// is refused), visitors read it, and the museum is told.
    async fn published(&self, slug: &str, editor_token: &str) {
        let stale = self.reviewed(slug).await.work.version;
        self.app
            .edit_artwork(editor_token, slug, |w| {
                w.culture = Some("Joseon court kilns, Gwangju".into());
            })
            .await;
        self.editor.send(signed_in::nominate(slug)).await.unwrap();
        let welcome = comment("Welcome to the collection.");
        let refused = self
            .admin
            .send(signed_in::decide(slug, stale, Decision::Publish, &welcome))
            .await
            .unwrap_err();
        assert_eq!(
            refused.code(),
            Some(ErrorCode::PreconditionFailed),
            "{refused}"
        );
        let current = self.reviewed(slug).await.work.version;
        let published = self
            .admin
            .send(signed_in::decide(
                slug,
                current,
                Decision::Publish,
                &welcome,
            ))
            .await
            .unwrap();
        assert_eq!(published.work.artwork.status, WorkStatus::Published);
        assert!(published.work.workflow.published_at.is_some());
        let public = self.app.api().send(public::artwork(slug)).await.unwrap();
        assert_eq!(public.title, "Moon jar");
        assert_eq!(self.emails().await[0].subject, "Published: Moon jar");
    }

    /// A rejected work is final for the museum, and never public.
    async fn rejected(&self, other: &str) {
        let version = self.reviewed(other).await.work.version;
        let rejected = self
            .admin
            .send(signed_in::decide(
                other,
                version,
                Decision::Reject,
                &comment("A copy, not the original."),
            ))
            .await
            .unwrap();
        assert_eq!(rejected.work.artwork.status, WorkStatus::Rejected);
        let again = self
            .editor
            .send(signed_in::nominate(other))
            .await
            .unwrap_err();
        assert_eq!(again.code(), Some(ErrorCode::InvalidTransition), "{again}");
        let public = self
            .app
            .api()
            .send(public::artwork(other))
            .await
            .unwrap_err();
        assert!(public.is_not_found(), "never published: {public}");
    }

    /// The secretariat withdraws a published work with a reason (`other`
    /// needs a note; an unknown reason is a malformed body), and only a
    /// published one: its address answers 410 with the withdrawal.
    async fn withdrawn_by_the_secretariat(&self, slug: &str, other: &str) {
        let request = |reason, note: Option<&str>| WithdrawalRequest {
            reason,
            note: note.map(str::to_owned),
        };
        let no_note = self
            .admin
            .send(signed_in::admin_withdraw(
                slug,
                &request(WithdrawalReason::Other, None),
            ))
            .await
            .unwrap_err();
        assert_eq!(
            no_note.code(),
            Some(ErrorCode::ValidationFailed),
            "{no_note}"
        );
        let res = post(
            self.app,
            &format!("/api/v1/admin/artworks/{slug}/withdraw"),
            &self.admin_token,
            json!({"reason": "stolen"}),
        )
        .await;
        assert_problem(res, 400, "malformed_body", "unknown reason").await;
        let note = "Returned to its community.";
        self.admin
            .send(signed_in::admin_withdraw(
                slug,
                &request(WithdrawalReason::Restitution, Some(note)),
            ))
            .await
            .unwrap();
        let gone = self
            .app
            .api()
            .send(public::artwork(slug))
            .await
            .unwrap_err();
        let withdrawal = gone
            .withdrawal()
            .unwrap_or_else(|| panic!("410 with its withdrawal: {gone}"));
        assert_eq!(
            (withdrawal.reason, withdrawal.by, withdrawal.note.as_deref()),
            (
                WithdrawalReason::Restitution,
                WithdrawnBy::Secretariat,
                Some(note)
            )
        );
        let kinds: Vec<NotificationKind> = self.notices().await.iter().map(|n| n.kind).collect();
        assert_eq!(
            kinds,
            [
                NotificationKind::Withdrawn,
                NotificationKind::Rejected,
                NotificationKind::Published,
                NotificationKind::ChangesRequested
            ]
        );
        let not_published = self
            .admin
            .send(signed_in::admin_withdraw(
                other,
                &request(WithdrawalReason::Error, None),
            ))
            .await
            .unwrap_err();
        assert_eq!(
            not_published.code(),
            Some(ErrorCode::InvalidTransition),
            "{not_published}"
        );
    }

    /// The museum withdraws one of its published works: 410 too, "by
    /// museum", and not a notice to the museum itself.
    async fn withdrawn_by_the_museum(&self) {
        let mine = ArtworkQuery {
            museum: Some(KOREA.into()),
            limit: Some(1),
            ..Default::default()
        };
        let page = self
            .app
            .api()
            .send(public::artworks(&mine, None))
            .await
            .unwrap();
        let slug = &page.items[0].slug;
        let end_of_loan = WithdrawalRequest {
            reason: WithdrawalReason::EndOfLoan,
            note: None,
        };
        self.editor
            .send(signed_in::withdraw(slug, &end_of_loan))
            .await
            .unwrap();
        let gone = self
            .app
            .api()
            .send(public::artwork(slug))
            .await
            .unwrap_err();
        assert_eq!(
            gone.withdrawal().map(|w| w.by),
            Some(WithdrawnBy::Museum),
            "{gone}"
        );
        assert_eq!(self.notices().await.len(), 4);
    }

    /// Every decision on the work is in the audit log.
    async fn audited(&self, slug: &str) {
        let filters = vec![("key", slug.to_owned()), ("limit", "20".to_owned())];
        let audit = self
            .admin
            .send(signed_in::audit(filters, None))
            .await
            .unwrap();
        let actions: Vec<&str> = audit.items.iter().map(|e| e.action.as_str()).collect();
        for action in [
            "artwork.nominate",
            "artwork.request_changes",
            "artwork.publish",
            "artwork.withdraw",
        ] {
            assert!(actions.contains(&action), "{action} in {actions:?}");
        }
    }

    /// The emails written to the museum's editor, newest first.
    async fn emails(&self) -> Vec<Email> {
        let call = signed_in::emails(Some("curator@korea.example"), None);
        self.admin.send(call).await.unwrap().items
    }
}

#[tokio::test]
async fn nominated_works_are_reviewed_and_every_decision_reaches_the_museum() {
    for app in TestApp::each_backend().await {
        let editor_token = app.editor_token("curator@korea.example", KOREA).await;
        let admin_token = app.admin_token("secretariat@vcm.example").await;
        let review = Review {
            app: &app,
            editor: app.api_as(&editor_token),
            admin: app.api_as(&admin_token),
            admin_token: admin_token.clone(),
        };
        let slug = review.nominated("R-1", "Moon jar").await;
        review.queue_holds(&slug).await;
        review.changes_requested(&slug).await;
        review.published(&slug, &editor_token).await;
        let other = review.nominated("R-2", "Celadon ewer").await;
        review.rejected(&other).await;
        review.withdrawn_by_the_secretariat(&slug, &other).await;
        review.withdrawn_by_the_museum().await;
        review.audited(&slug).await;
    }
}

#[tokio::test]
async fn a_museum_over_its_quota_cannot_get_a_work_published() {
    use diesel::prelude::*;
    use vcm_api::db::schema::museums;
    for app in TestApp::each_backend().await {
        let editor = app.editor_token("quota@korea.example", KOREA).await;
        let admin = app.admin_token("quota-admin@vcm.example").await;
        let published: i64 =
            app.get_as("/api/v1/partner/museum", &editor).await["counts"]["published"]
                .as_i64()
                .unwrap();
        // Room for exactly one more: nominate it, then the secretariat lowers the quota.
        diesel::update(museums::table.filter(museums::slug.eq(KOREA)))
            .set(museums::masterpiece_quota.eq((published + 1) as i32))
            .execute(&mut app.db())
            .unwrap();
        let slug = ok(
            post(
                &app,
                "/api/v1/partner/artworks",
                &editor,
                full_work("Q-1", "Bronze mirror"),
            )
            .await,
            "create",
        )
        .await["slug"]
            .as_str()
            .unwrap()
            .to_owned();
        ok(
            post(
                &app,
                &format!("/api/v1/partner/artworks/{slug}/nominate"),
                &editor,
                json!({}),
            )
            .await,
            "nominate",
        )
        .await;
        diesel::update(museums::table.filter(museums::slug.eq(KOREA)))
            .set(museums::masterpiece_quota.eq(published as i32))
            .execute(&mut app.db())
            .unwrap();
        let reviewed = app
            .get_as(&format!("/api/v1/admin/artworks/{slug}"), &admin)
            .await;
        let quota = reviewed["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["check"] == "quota")
            .unwrap();
        assert_eq!(quota["passed"], false, "{reviewed}");
        let res = post(
            &app,
            &format!("/api/v1/admin/artworks/{slug}/publish"),
            &admin,
            json!({}),
        )
        .await;
        assert_problem(res, 409, "quota_exceeded", "over quota").await;
        assert_eq!(
            app.get_as(&format!("/api/v1/partner/artworks/{slug}"), &editor)
                .await["status"],
            "in_review",
            "nothing changed"
        );
    }
}

fn application(name: &str, email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("museum_name", name.to_owned()),
        ("museum_name_local", "제주도립박물관".into()),
        ("museum_name_local_lang", "ko".into()),
        ("country", "KR".into()),
        ("city", "Jeju".into()),
        (
            "website",
            format!(
                "https://{}.example",
                vcm_tests::urlencode(&name.to_lowercase().replace(' ', "-"))
            ),
        ),
        ("founding_year", "1984".into()),
        ("kind", "history".into()),
        (
            "collections",
            "Ceramics and textiles of Jeju island, 15th to 19th century.".into(),
        ),
        ("contact_name", "Kim Min-ji".into()),
        ("contact_title", "Chief Curator".into()),
        ("contact_email", email.to_owned()),
        ("icom_code_of_ethics", "true".into()),
        ("fax_number", String::new()),
    ]
}

fn form(
    fields: &[(&'static str, String)],
    document: Option<(&'static [u8], &'static str)>,
) -> Form {
    let mut form = Form::new();
    for (k, v) in fields {
        form = form.text(*k, v.clone());
    }
    if let Some((bytes, mime)) = document {
        form = form.part(
            "signed_application",
            Part::bytes(bytes)
                .file_name("signed.pdf")
                .mime_str(mime)
                .unwrap(),
        );
    }
    form
}

async fn apply(app: &TestApp, form: Form) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/membership-applications"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

fn with(
    mut fields: Vec<(&'static str, String)>,
    key: &str,
    value: &str,
) -> Vec<(&'static str, String)> {
    for f in &mut fields {
        if f.0 == key {
            f.1 = value.to_owned();
        }
    }
    fields
}

#[tokio::test]
async fn a_museum_applies_is_questioned_rejected_reopened_approved_and_its_editor_signs_in() {
    for app in TestApp::each_backend().await {
        let b = app.backend;
        let admin = app.admin_token("desk@vcm.example").await;
        let valid = application("Jeju Folk Museum", "kim@jeju.example");
        let pdf = Some((PDF, "application/pdf"));

        // Bad input, each with its own clear answer, and nothing stored.
        let res = apply(&app, form(&valid, None)).await;
        let p = assert_problem(res, 422, "validation_failed", "no PDF").await;
        assert_eq!(p["errors"][0]["field"], "signed_application");
        let res = apply(
            &app,
            form(&valid, Some((b"\x89PNG\r\n\x1a\n0000", "image/png"))),
        )
        .await;
        assert_problem(res, 415, "unsupported_media_type", "a PNG").await;
        let res = apply(
            &app,
            form(&valid, Some((b"not a pdf at all", "application/pdf"))),
        )
        .await;
        assert_problem(res, 415, "unsupported_media_type", "a text called PDF").await;
        let big: &'static [u8] =
            Box::leak([PDF, &vec![b' '; 300 * 1024]].concat().into_boxed_slice());
        let res = apply(&app, form(&valid, Some((big, "application/pdf")))).await;
        assert_problem(res, 413, "payload_too_large", "a large PDF").await;
        let res = apply(
            &app,
            form(&with(valid.clone(), "fax_number", "+1 555 0100"), pdf),
        )
        .await;
        let p = assert_problem(res, 422, "validation_failed", "the honeypot").await;
        assert_eq!(p["errors"][0]["field"], "fax_number");
        let res = apply(&app, form(&with(valid.clone(), "country", "US"), pdf)).await;
        let p = assert_problem(res, 422, "validation_failed", "not ASEM").await;
        assert_eq!(p["errors"][0]["field"], "country");
        assert_eq!(p["errors"][0]["code"], "unknown_value");
        let res = apply(
            &app,
            form(
                &with(
                    with(valid.clone(), "icom_code_of_ethics", "false"),
                    "kind",
                    "zoo",
                ),
                pdf,
            ),
        )
        .await;
        let p = assert_problem(res, 422, "validation_failed", "no ICOM, unknown kind").await;
        let fields: Vec<&str> = p["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["kind", "icom_code_of_ethics"], "{b:?}");
        let res = app
            .client
            .post(app.url("/api/v1/membership-applications"))
            .json(&json!({"museum_name": "JSON"}))
            .send()
            .await
            .unwrap();
        assert_problem(res, 415, "unsupported_media_type", "JSON").await;
        let res = apply(
            &app,
            form(
                &application("National Museum of Korea", "someone@museum.example"),
                pdf,
            ),
        )
        .await;
        let p = assert_problem(res, 409, "conflict", "a member").await;
        assert!(
            p["detail"].as_str().unwrap().contains("already a member"),
            "{p}"
        );
        let page = app.get_as("/api/v1/admin/applications", &admin).await;
        assert_eq!(
            page["items"].as_array().unwrap().len(),
            0,
            "{b:?}: nothing stored"
        );

        // A valid application: a reference, a private link, two emails.
        let res = apply(&app, form(&valid, pdf)).await;
        assert_eq!(res.status(), 201, "{b:?}");
        let receipt: Value = res.json().await.unwrap();
        let reference = receipt["reference"].as_str().unwrap().to_owned();
        assert!(reference.starts_with("ASEMUS-20"), "{reference}");
        let token = receipt["status_token"].as_str().unwrap().to_owned();
        assert!(
            receipt["status_url"]
                .as_str()
                .unwrap()
                .ends_with(&format!("/apply/status/{token}"))
        );
        let mail = emails_to(&app, &admin, "kim@jeju.example").await;
        assert!(
            mail[0]["body"].as_str().unwrap().contains(&token),
            "{b:?}: the link is emailed"
        );
        let mail = emails_to(&app, &admin, "desk@vcm.example").await;
        assert_eq!(
            mail[0]["subject"],
            "New membership application: Jeju Folk Museum"
        );
        // Applying again for the same museum is refused, however it is named.
        let again = with(
            application("JEJU folk museum", "other@jeju.example"),
            "website",
            "https://other.example",
        );
        let res = apply(&app, form(&again, pdf)).await;
        let p = assert_problem(res, 409, "conflict", "already applying").await;
        assert!(
            p["detail"].as_str().unwrap().contains("already open"),
            "{p}"
        );

        // The applicant follows it; a wrong link finds nothing.
        let status_path = format!("/api/v1/membership-applications/status/{token}");
        let view = app.get_json(&status_path).await;
        assert_eq!(view["status"], "submitted");
        assert_eq!(view["reference"], reference.as_str());
        app.get_problem(
            "/api/v1/membership-applications/status/not-a-token",
            404,
            "not_found",
        )
        .await;

        // The secretariat reads it and its PDF.
        let list = app
            .get_as("/api/v1/admin/applications?status=submitted", &admin)
            .await;
        let id = list["items"][0]["id"].as_i64().unwrap();
        let path = format!("/api/v1/admin/applications/{id}");
        let full = app.get_as(&path, &admin).await;
        assert_eq!(full["museum_name_local"], "제주도립박물관");
        assert_eq!(full["document"]["bytes"], PDF.len());
        let doc = app
            .call("GET", &format!("{path}/document"), Some(&admin))
            .send()
            .await
            .unwrap();
        assert_eq!(doc.status(), 200);
        assert_eq!(doc.headers()["content-type"], "application/pdf");
        assert_eq!(doc.bytes().await.unwrap().as_ref(), PDF);
        let res = app
            .call(
                "GET",
                "/api/v1/admin/applications?status=pending",
                Some(&admin),
            )
            .send()
            .await
            .unwrap();
        assert_problem(res, 400, "invalid_parameter", "unknown status").await;

        // Asks for information; the applicant answers; back with the secretariat.
        let res = post(&app, &format!("{path}/request-info"), &admin, json!({})).await;
        assert_problem(res, 422, "validation_failed", "no message").await;
        let asked = ok(
            post(
                &app,
                &format!("{path}/request-info"),
                &admin,
                json!({"message": "How many Asian works do you hold?"}),
            )
            .await,
            "request info",
        )
        .await;
        assert_eq!(asked["status"], "info_requested");
        let mail = emails_to(&app, &admin, "kim@jeju.example").await;
        assert!(
            mail[0]["subject"]
                .as_str()
                .unwrap()
                .contains("more information"),
            "{b:?}"
        );
        let res = app
            .client
            .post(app.url(&format!("{status_path}/messages")))
            .json(&json!({"message": "About 1,200 ceramics and 300 textiles."}))
            .send()
            .await
            .unwrap();
        let view = ok(res, "reply").await;
        assert_eq!(view["status"], "submitted");
        assert_eq!(view["messages"].as_array().unwrap().len(), 2);

        // Rejected, it cannot be approved without reopening.
        let res = post(
            &app,
            &format!("{path}/reject"),
            &admin,
            json!({"message": ""}),
        )
        .await;
        assert_problem(res, 422, "validation_failed", "reject without reason").await;
        ok(
            post(
                &app,
                &format!("{path}/reject"),
                &admin,
                json!({"message": "Please apply with the signed form."}),
            )
            .await,
            "reject",
        )
        .await;
        let res = app
            .call("POST", &format!("{path}/approve"), Some(&admin))
            .send()
            .await
            .unwrap();
        assert_problem(res, 409, "invalid_transition", "approve rejected").await;
        let res = app
            .client
            .post(app.url(&format!("{status_path}/messages")))
            .json(&json!({"message": "But why?"}))
            .send()
            .await
            .unwrap();
        assert_problem(
            res,
            409,
            "invalid_transition",
            "reply to a decided application",
        )
        .await;
        let reopened = ok(
            app.call("POST", &format!("{path}/reopen"), Some(&admin))
                .send()
                .await
                .unwrap(),
            "reopen",
        )
        .await;
        assert_eq!(reopened["status"], "submitted");

        // Approved: a member museum, and its contact invited as its first editor.
        let approved = ok(
            post(
                &app,
                &format!("{path}/approve"),
                &admin,
                json!({"message": "Welcome!"}),
            )
            .await,
            "approve",
        )
        .await;
        assert_eq!(approved["status"], "approved");
        let museum_slug = approved["museum"]["slug"].as_str().unwrap().to_owned();
        let museum = app
            .get_json(&format!("/api/v1/museums/{museum_slug}"))
            .await;
        assert_eq!(museum["name"], "Jeju Folk Museum");
        assert_eq!(museum["membership_status"], "active");
        let res = app
            .call("POST", &format!("{path}/approve"), Some(&admin))
            .send()
            .await
            .unwrap();
        assert_problem(res, 409, "invalid_transition", "approve twice").await;
        let mail = emails_to(&app, &admin, "kim@jeju.example").await;
        let subjects: Vec<&str> = mail
            .iter()
            .map(|m| m["subject"].as_str().unwrap())
            .collect();
        assert!(
            subjects.contains(&"Welcome to ASEMUS: Jeju Folk Museum is a member"),
            "{subjects:?}"
        );
        let invite = mail
            .iter()
            .find(|m| m["subject"].as_str().unwrap().contains("invited"))
            .unwrap_or_else(|| panic!("{b:?}: an invitation in {subjects:?}"));
        let body = invite["body"].as_str().unwrap();
        let invite_token = body
            .split("token=")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap();
        let res = app
            .client
            .post(app.url("/api/v1/auth/password-reset/confirm"))
            .json(&json!({"token": invite_token, "new_password": "a long new password"}))
            .send()
            .await
            .unwrap();
        assert!(
            res.status().is_success(),
            "{b:?}: set the password: {}",
            res.text().await.unwrap()
        );
        let (session, _) = app.login("kim@jeju.example", "a long new password").await;
        let token = session["access_token"].as_str().unwrap();
        let dash = app.get_as("/api/v1/partner/museum", token).await;
        assert_eq!(dash["museum"]["slug"], museum_slug.as_str());
        assert_eq!(dash["quota"], 25);

        // Every step is in the audit log.
        let audit = app
            .get_as(
                &format!("/api/v1/admin/audit?key={reference}&limit=20"),
                &admin,
            )
            .await;
        let mut actions: Vec<&str> = audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        actions.reverse();
        assert_eq!(
            actions,
            [
                "application.submit",
                "application.request_info",
                "application.reply",
                "application.reject",
                "application.reopen",
                "application.approve"
            ],
            "{b:?}"
        );
        let dashboard = app.get_as("/api/v1/admin/dashboard", &admin).await;
        assert_eq!(dashboard["applications_waiting"], 0);
        assert!(
            dashboard["countries"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["code"] == "KR")
        );
    }
}

#[tokio::test]
async fn one_address_may_send_five_applications_in_a_quarter_hour() {
    let app = TestApp::spawn(vcm_tests::Backend::Sqlite, vcm_tests::Options::default()).await;
    for n in 0..5 {
        let fields = application(&format!("Museum {n}"), &format!("c{n}@museum.example"));
        let res = apply(&app, form(&fields, Some((PDF, "application/pdf")))).await;
        assert_eq!(res.status(), 201, "application {n}");
    }
    let fields = application("Museum 5", "c5@museum.example");
    let res = apply(&app, form(&fields, Some((PDF, "application/pdf")))).await;
    assert_problem(res, 429, "too_many_requests", "the sixth").await;
}

#[tokio::test]
async fn the_masterpiece_of_the_day_is_stable_fair_and_pinnable() {
    use chrono::{Days, Utc};
    for app in TestApp::each_backend().await {
        let b = app.backend;
        let admin = app.admin_token("mod@vcm.example").await;
        let today = app.get_json("/api/v1/masterpiece-of-the-day").await;
        assert_eq!(today["time_zone"], "UTC");
        assert_eq!(today["pinned"], false);
        let now = Utc::now().to_rfc3339();
        assert!(today["starts_at"].as_str().unwrap() <= now.as_str());
        assert!(today["ends_at"].as_str().unwrap() > now.as_str());
        let again = app.get_json("/api/v1/masterpiece-of-the-day").await;
        assert_eq!(
            today["artwork"]["slug"], again["artwork"]["slug"],
            "{b:?}: stable"
        );
        let highlights = app.get_json("/api/v1/highlights").await;
        assert_eq!(
            highlights["masterpiece_of_the_day"]["slug"],
            today["artwork"]["slug"]
        );

        // Fair: over as many past days as there are countries with published
        // works, every country is featured once.
        let mut conn = app.db();
        let countries: Vec<String> = {
            use diesel::prelude::*;
            use vcm_api::db::schema::{artworks, museums};
            artworks::table
                .inner_join(museums::table)
                .filter(artworks::status.eq("published"))
                .select(museums::country_code)
                .distinct()
                .load(&mut conn)
                .unwrap()
        };
        let start = Utc::now().date_naive() - Days::new(400);
        let mut seen = Vec::new();
        for d in 0..countries.len() as u64 {
            let (id, _) = vcm_api::collection::of_day(&mut conn, start + Days::new(d))
                .unwrap()
                .unwrap();
            let country: String = {
                use diesel::prelude::*;
                use vcm_api::db::schema::{artworks, museums};
                artworks::table
                    .inner_join(museums::table)
                    .filter(artworks::id.eq(id))
                    .select(museums::country_code)
                    .first(&mut conn)
                    .unwrap()
            };
            seen.push(country);
        }
        let mut sorted = seen.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(
            sorted.len(),
            countries.len(),
            "{b:?}: every country once in {seen:?}"
        );
        let past = app
            .get_json(&format!("/api/v1/masterpiece-of-the-day?date={start}"))
            .await;
        assert_eq!(past["date"], start.to_string());

        // Future days are not public; bad dates are 400s.
        let tomorrow = Utc::now().date_naive() + Days::new(1);
        app.get_problem(
            &format!("/api/v1/masterpiece-of-the-day?date={tomorrow}"),
            400,
            "invalid_parameter",
        )
        .await;
        app.get_problem(
            "/api/v1/masterpiece-of-the-day?date=21-11-2026",
            400,
            "invalid_parameter",
        )
        .await;

        // Pinned ahead, and today.
        let slug = app.get_json("/api/v1/artworks?limit=1").await["items"][0]["slug"]
            .as_str()
            .unwrap()
            .to_owned();
        let pin = |date: String, body: Value| {
            app.call(
                "PUT",
                &format!("/api/v1/admin/featured/{date}"),
                Some(&admin),
            )
            .json(&body)
            .send()
        };
        let res = pin("2020-01-01".into(), json!({"artwork": slug}))
            .await
            .unwrap();
        assert_problem(res, 400, "invalid_parameter", "a past day").await;
        let res = pin(tomorrow.to_string(), json!({"artwork": "no-such-work"}))
            .await
            .unwrap();
        assert_problem(res, 422, "validation_failed", "no such work").await;
        let day = ok(
            pin(
                tomorrow.to_string(),
                json!({"artwork": slug, "note": "Opening of the exhibition"}),
            )
            .await
            .unwrap(),
            "pin",
        )
        .await;
        assert_eq!(day["pinned"], true);
        let schedule = app.get_as("/api/v1/admin/featured", &admin).await;
        assert_eq!(schedule["items"][0]["date"], tomorrow.to_string(), "{b:?}");
        assert_eq!(schedule["items"][0]["note"], "Opening of the exhibition");
        let res = app
            .call(
                "DELETE",
                &format!("/api/v1/admin/featured/{tomorrow}"),
                Some(&admin),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 204);
        let today_date = Utc::now().date_naive().to_string();
        ok(
            pin(today_date, json!({"artwork": slug})).await.unwrap(),
            "pin today",
        )
        .await;
        let now = app.get_json("/api/v1/masterpiece-of-the-day").await;
        assert_eq!(now["artwork"]["slug"], slug.as_str());
        assert_eq!(now["pinned"], true);

        // Today's work withdrawn: another takes its place.
        let museum = now["artwork"]["museum"]["slug"]
            .as_str()
            .unwrap()
            .to_owned();
        let editor = app.editor_token("mod-editor@museum.example", &museum).await;
        ok(
            post(
                &app,
                &format!("/api/v1/partner/artworks/{slug}/withdraw"),
                &editor,
                json!({"reason": "error"}),
            )
            .await,
            "withdraw",
        )
        .await;
        let next = app.get_json("/api/v1/masterpiece-of-the-day").await;
        assert_ne!(next["artwork"]["slug"], slug.as_str(), "{b:?}");
    }
}

async fn put(app: &TestApp, path: &str, token: &str, body: Value) -> reqwest::Response {
    app.call("PUT", path, Some(token))
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// Creates a work for the editor's museum and nominates it; answers its slug.
async fn nominated(app: &TestApp, editor: &str, inventory: &str, title: &str) -> String {
    let created = ok(
        post(
            app,
            "/api/v1/partner/artworks",
            editor,
            full_work(inventory, title),
        )
        .await,
        "create",
    )
    .await;
    let slug = created["slug"].as_str().unwrap().to_owned();
    ok(
        post(
            app,
            &format!("/api/v1/partner/artworks/{slug}/nominate"),
            editor,
            json!({}),
        )
        .await,
        "nominate",
    )
    .await;
    slug
}

#[tokio::test]
async fn the_secretariat_edits_suspends_and_restores_a_museum() {
    for app in TestApp::each_backend().await {
        let b = app.backend;
        let admin = app.admin_token("desk@vcm.example").await;
        let editor = app.editor_token("curator@korea.example", KOREA).await;
        let path = format!("/api/v1/admin/museums/{KOREA}");
        let membership = format!("{path}/membership");

        // Every museum, in any status, with its quota and its works by status.
        let all = app.get_as("/api/v1/admin/museums", &admin).await;
        let items = all["items"].as_array().unwrap();
        assert!(items.len() > 1, "{b:?}: {all}");
        let korea = items.iter().find(|m| m["museum"]["slug"] == KOREA).unwrap();
        assert_eq!(korea["quota"], 25);
        assert!(korea["counts"]["published"].as_i64().unwrap() > 0);
        let none = app
            .get_as("/api/v1/admin/museums?membership_status=suspended", &admin)
            .await;
        assert_eq!(none["items"].as_array().unwrap().len(), 0, "{b:?}");
        let res = app
            .call(
                "GET",
                "/api/v1/admin/museums?membership_status=paused",
                Some(&admin),
            )
            .send()
            .await
            .unwrap();
        assert_problem(res, 400, "invalid_parameter", "an unknown status").await;
        let res = app
            .call("GET", "/api/v1/admin/museums/no-such-museum", Some(&admin))
            .send()
            .await
            .unwrap();
        assert_problem(res, 404, "not_found", "an unknown museum").await;

        // The profile, as its editors edit it, with the same checks.
        let read = app.call("GET", &path, Some(&admin)).send().await.unwrap();
        let etag = read.headers()["etag"].to_str().unwrap().to_owned();
        let museum: Value = read.json().await.unwrap();
        let mut profile = json!({
            "name": museum["museum"]["name"],
            "name_local": museum["museum"]["name_local"],
            "name_local_lang": museum["museum"]["name_local_lang"],
            "city": museum["museum"]["city"],
            "website": museum["museum"]["website"],
            "description": "Korea's national museum, edited by the secretariat.",
        });
        let res = put(
            &app,
            &path,
            &admin,
            json!({"name": "", "city": "Seoul", "description": "x"}),
        )
        .await;
        let problem = assert_problem(res, 422, "validation_failed", "an empty name").await;
        assert_eq!(problem["errors"][0]["field"], "name");
        let res = app
            .call("PUT", &path, Some(&admin))
            .header("if-match", "\"999\"")
            .json(&profile)
            .send()
            .await
            .unwrap();
        assert_problem(res, 412, "precondition_failed", "a stale profile").await;
        let res = app
            .call("PUT", &path, Some(&admin))
            .header("if-match", &etag)
            .json(&profile)
            .send()
            .await
            .unwrap();
        let edited = ok(res, "edit the profile").await;
        assert_eq!(
            edited["museum"]["description"],
            "Korea's national museum, edited by the secretariat."
        );
        let public = app.get_json(&format!("/api/v1/museums/{KOREA}")).await;
        assert_eq!(public["description"], edited["museum"]["description"]);
        profile["description"] = json!("");
        let res = put(&app, &path, &editor, profile.clone()).await;
        assert_problem(res, 403, "forbidden", "an editor on the admin route").await;

        // Bad membership changes, each with its own answer; nothing changes.
        for (body, field) in [
            (
                json!({"membership_status": "suspended", "masterpiece_quota": 25}),
                "reason",
            ),
            (
                json!({"membership_status": "suspended", "masterpiece_quota": 25, "reason": "   "}),
                "reason",
            ),
            (
                json!({"membership_status": "applicant", "masterpiece_quota": 25}),
                "membership_status",
            ),
            (
                json!({"membership_status": "active", "masterpiece_quota": -1}),
                "masterpiece_quota",
            ),
            (
                json!({"membership_status": "active", "masterpiece_quota": 10_001}),
                "masterpiece_quota",
            ),
        ] {
            let res = put(&app, &membership, &admin, body.clone()).await;
            let problem = assert_problem(res, 422, "validation_failed", &format!("{body}")).await;
            assert_eq!(problem["errors"][0]["field"], field, "{b:?} {body}");
        }
        let res = put(
            &app,
            &membership,
            &admin,
            json!({"membership_status": "paused", "masterpiece_quota": 2}),
        )
        .await;
        assert!(res.status().is_client_error(), "{b:?}: an unknown status");
        let res = put(
            &app,
            &membership,
            &admin,
            json!({"membership_status": "active"}),
        )
        .await;
        assert!(res.status().is_client_error(), "{b:?}: no quota");
        let unchanged = app.get_as(&path, &admin).await;
        assert_eq!(unchanged["museum"]["membership_status"], "active");
        assert_eq!(unchanged["quota"], 25);

        // Suspended: nothing is nominated or published, its editors are told.
        let waiting = nominated(&app, &editor, "S-1", "Gilt-bronze incense burner").await;
        let suspended = ok(
            put(
                &app,
                &membership,
                &admin,
                json!({"membership_status": "suspended", "masterpiece_quota": 25, "reason": "The annual fee is unpaid."}),
            )
            .await,
            "suspend",
        )
        .await;
        assert_eq!(suspended["museum"]["membership_status"], "suspended");
        let public = app.get_json(&format!("/api/v1/museums/{KOREA}")).await;
        assert_eq!(public["membership_status"], "suspended");
        let mail = emails_to(&app, &admin, "curator@korea.example").await;
        let notice = mail
            .iter()
            .find(|m| {
                m["subject"]
                    .as_str()
                    .unwrap()
                    .starts_with("Membership suspended")
            })
            .unwrap_or_else(|| panic!("{b:?}: a suspension email in {mail:?}"));
        assert!(
            notice["body"]
                .as_str()
                .unwrap()
                .contains("The annual fee is unpaid.")
        );
        let created = ok(
            post(
                &app,
                "/api/v1/partner/artworks",
                &editor,
                full_work("S-2", "Celadon ewer"),
            )
            .await,
            "a draft while suspended",
        )
        .await;
        let draft = created["slug"].as_str().unwrap().to_owned();
        let res = post(
            &app,
            &format!("/api/v1/partner/artworks/{draft}/nominate"),
            &editor,
            json!({}),
        )
        .await;
        assert_problem(res, 409, "membership_inactive", "nominate while suspended").await;
        let res = post(
            &app,
            &format!("/api/v1/admin/artworks/{waiting}/publish"),
            &admin,
            json!({}),
        )
        .await;
        assert_problem(res, 409, "membership_inactive", "publish while suspended").await;
        let work = app
            .get_as(&format!("/api/v1/admin/artworks/{waiting}"), &admin)
            .await;
        assert_eq!(work["status"], "in_review", "{b:?}");

        // Restored, with a quota of what is published now plus one.
        let published = suspended["counts"]["published"].as_i64().unwrap();
        let restored = ok(
            put(
                &app,
                &membership,
                &admin,
                json!({"membership_status": "active", "masterpiece_quota": published + 1}),
            )
            .await,
            "restore",
        )
        .await;
        assert_eq!(restored["quota"], published + 1);
        let mail = emails_to(&app, &admin, "curator@korea.example").await;
        assert!(
            mail[0]["subject"]
                .as_str()
                .unwrap()
                .starts_with("Membership restored"),
            "{b:?}: {}",
            mail[0]
        );
        ok(
            post(
                &app,
                &format!("/api/v1/admin/artworks/{waiting}/publish"),
                &admin,
                json!({}),
            )
            .await,
            "publish once restored",
        )
        .await;
        let res = post(
            &app,
            &format!("/api/v1/partner/artworks/{draft}/nominate"),
            &editor,
            json!({}),
        )
        .await;
        assert_problem(res, 409, "quota_exceeded", "nominate over the new quota").await;

        let audit = app
            .get_as("/api/v1/admin/audit?action=museum.membership", &admin)
            .await;
        assert_eq!(
            audit["items"].as_array().unwrap().len(),
            2,
            "{b:?}: {audit}"
        );
    }
}

#[tokio::test]
async fn settings_countries_and_equivalent_terms_are_kept_by_the_secretariat() {
    for app in TestApp::each_backend().await {
        let b = app.backend;
        let admin = app.admin_token("desk@vcm.example").await;
        let editor = app.editor_token("curator@korea.example", KOREA).await;

        // The default quota: the configured one, then the secretariat's.
        let settings = app.get_as("/api/v1/admin/settings", &admin).await;
        assert_eq!(settings, json!({"masterpiece_quota": 25}));
        for body in [
            json!({"masterpiece_quota": -3}),
            json!({"masterpiece_quota": 100_000}),
        ] {
            let res = put(&app, "/api/v1/admin/settings", &admin, body).await;
            assert_problem(res, 422, "validation_failed", "a quota out of range").await;
        }
        for body in [json!({}), json!({"masterpiece_quota": 3, "theme": "dark"})] {
            let res = put(&app, "/api/v1/admin/settings", &admin, body).await;
            assert!(res.status().is_client_error(), "{b:?}");
        }
        let res = put(
            &app,
            "/api/v1/admin/settings",
            &editor,
            json!({"masterpiece_quota": 3}),
        )
        .await;
        assert_problem(res, 403, "forbidden", "an editor changing settings").await;
        ok(
            put(
                &app,
                "/api/v1/admin/settings",
                &admin,
                json!({"masterpiece_quota": 3}),
            )
            .await,
            "settings",
        )
        .await;
        assert_eq!(
            app.get_as("/api/v1/admin/settings", &admin).await["masterpiece_quota"],
            3
        );

        // The ASEM list decides who may apply.
        let korea = json!({"name": "Republic of Korea", "region": "asia", "asem_member": false});
        ok(
            put(&app, "/api/v1/admin/countries/KR", &admin, korea).await,
            "KR out",
        )
        .await;
        let res = apply(
            &app,
            form(
                &application("Jeju Folk Museum", "kim@jeju.example"),
                Some((PDF, "application/pdf")),
            ),
        )
        .await;
        let problem =
            assert_problem(res, 422, "validation_failed", "apply from a non-member").await;
        assert_eq!(problem["errors"][0]["field"], "country", "{b:?}");
        let korea = json!({"name": "Republic of Korea", "region": "asia", "asem_member": true});
        ok(
            put(&app, "/api/v1/admin/countries/kr", &admin, korea).await,
            "KR in",
        )
        .await;
        ok(
            apply(
                &app,
                form(
                    &application("Jeju Folk Museum", "kim@jeju.example"),
                    Some((PDF, "application/pdf")),
                ),
            )
            .await,
            "apply",
        )
        .await;
        let list = app
            .get_as("/api/v1/admin/applications?status=submitted", &admin)
            .await;
        let id = list["items"][0]["id"].as_i64().unwrap();
        let approved = ok(
            post(
                &app,
                &format!("/api/v1/admin/applications/{id}/approve"),
                &admin,
                json!({}),
            )
            .await,
            "approve",
        )
        .await;
        let slug = approved["museum"]["slug"].as_str().unwrap();
        let museum = app
            .get_as(&format!("/api/v1/admin/museums/{slug}"), &admin)
            .await;
        assert_eq!(museum["quota"], 3, "{b:?}: the new default quota");

        // A new member state, added; bad codes and names refused.
        let tr = json!({"name": "Türkiye", "region": "europe", "asem_member": false});
        let res = put(&app, "/api/v1/admin/countries/TR", &admin, tr).await;
        assert_eq!(res.status(), 201, "{b:?}");
        let tr = json!({"name": "Türkiye", "region": "europe", "asem_member": true});
        let res = put(&app, "/api/v1/admin/countries/TR", &admin, tr).await;
        assert_eq!(res.status(), 200, "{b:?}");
        let countries = app.get_json("/api/v1/countries").await;
        assert!(
            countries["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["code"] == "TR" && c["asem_member"] == true),
            "{b:?}"
        );
        for code in ["NZL", "N1", "%20"] {
            let res = put(
                &app,
                &format!("/api/v1/admin/countries/{code}"),
                &admin,
                json!({"name": "X", "region": "asia", "asem_member": true}),
            )
            .await;
            assert_problem(res, 400, "invalid_parameter", code).await;
        }
        let res = put(
            &app,
            "/api/v1/admin/countries/TR",
            &admin,
            json!({"name": " ", "region": "oceania", "asem_member": true}),
        )
        .await;
        assert_problem(res, 422, "validation_failed", "an empty name").await;
        let res = put(
            &app,
            "/api/v1/admin/countries/TR",
            &admin,
            json!({"name": "Türkiye", "region": "mars", "asem_member": true}),
        )
        .await;
        assert!(res.status().is_client_error(), "{b:?}: an unknown region");

        // Equivalent terms: a new group widens search, its removal narrows it.
        let groups = app.get_as("/api/v1/admin/equivalent-terms", &admin).await;
        let seeded = groups["items"].as_array().unwrap();
        assert!(seeded.len() > 100, "{b:?}");
        let taken = seeded[0]["terms"][0].as_str().unwrap().to_owned();
        let slug = nominated(&app, &editor, "T-1", "Qelvrin vase").await;
        ok(
            post(
                &app,
                &format!("/api/v1/admin/artworks/{slug}/publish"),
                &admin,
                json!({}),
            )
            .await,
            "publish",
        )
        .await;
        for (body, field) in [
            (json!({"terms": ["zorblat"]}), "terms"),
            (json!({"terms": ["zorblat", " ZORBLAT "]}), "terms"),
            (json!({"terms": ["zorblat", "x".repeat(101)]}), "terms[1]"),
            (json!({"terms": ["zorblat", taken]}), "terms[1]"),
        ] {
            let res = post(&app, "/api/v1/admin/equivalent-terms", &admin, body.clone()).await;
            let problem = assert_problem(res, 422, "validation_failed", &format!("{body}")).await;
            assert_eq!(problem["errors"][0]["field"], field, "{b:?} {body}");
        }
        let res = post(
            &app,
            "/api/v1/admin/equivalent-terms",
            &admin,
            json!({"terms": "zorblat"}),
        )
        .await;
        assert!(res.status().is_client_error(), "{b:?}: terms as text");
        let found = |body: Value| {
            body["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|hit| hit["artwork"]["slug"] == slug.as_str())
        };
        assert!(!found(app.get_json("/api/v1/search?q=zorblat").await));
        let res = post(
            &app,
            "/api/v1/admin/equivalent-terms",
            &admin,
            json!({"terms": ["Qelvrin", " zorblat "], "note": "a test group"}),
        )
        .await;
        assert_eq!(res.status(), 201, "{b:?}");
        let group: Value = res.json().await.unwrap();
        assert_eq!(group["terms"], json!(["Qelvrin", "zorblat"]));
        let id = group["id"].as_i64().unwrap();
        assert!(
            eventually(&app, "/api/v1/search?q=zorblat", &found).await,
            "{b:?}: the new group is searched"
        );
        let res = put(
            &app,
            &format!("/api/v1/admin/equivalent-terms/{id}"),
            &admin,
            json!({"terms": ["zorblat", "Qelvrin", "qoppik"]}),
        )
        .await;
        assert_eq!(ok(res, "edit").await["note"], Value::Null);
        let res = put(
            &app,
            "/api/v1/admin/equivalent-terms/999999",
            &admin,
            json!({"terms": ["a", "b"]}),
        )
        .await;
        assert_problem(res, 404, "not_found", "an unknown group").await;
        let res = app
            .call(
                "DELETE",
                &format!("/api/v1/admin/equivalent-terms/{id}"),
                Some(&admin),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 204, "{b:?}");
        let res = app
            .call(
                "DELETE",
                &format!("/api/v1/admin/equivalent-terms/{id}"),
                Some(&admin),
            )
            .send()
            .await
            .unwrap();
        assert_problem(res, 404, "not_found", "deleted twice").await;
        assert!(
            eventually(&app, "/api/v1/search?q=zorblat", |r| !found(r)).await,
            "{b:?}: the removed group is no longer searched"
        );
        let audit = app
            .get_as("/api/v1/admin/audit?entity=equivalent_terms", &admin)
            .await;
        assert_eq!(
            audit["items"].as_array().unwrap().len(),
            3,
            "{b:?}: {audit}"
        );
    }
}

/// Polls a path until `done` holds, for at most 20 seconds.
async fn eventually(app: &TestApp, path: &str, done: impl Fn(Value) -> bool) -> bool {
    for _ in 0..200 {
        if done(app.get_json(path).await) {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    false
}
