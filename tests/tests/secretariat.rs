//! The secretariat's work over HTTP against the real server, on SQLite and
//! PostgreSQL: the review of nominated works, withdrawals and 410 Gone, the
//! notices to museums, membership applications, and the masterpiece of the day.

use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};
use vcm_shared::client::public::{self, ArtworkQuery};
use vcm_shared::client::signed_in::{self, ApplicationAction, Decision};
use vcm_shared::client::{ApiError, Client};
use vcm_shared::{
    Application, ApplicationNote, ApplicationReceipt, ApplicationStatus, ApplicationStatusView,
    ArtworkInput, CountryInput, Email, EquivalentTermsInput, ErrorCode, FeaturedPin, FieldCode,
    MembershipChange, MembershipStatus, MuseumInput, NetworkSettings, Notification,
    NotificationKind, ObjectType, PartnerMuseum, PasswordResetConfirm, Region, ReviewCheckKind,
    ReviewComment, ReviewOutcome, ReviewedArtwork, WithdrawalReason, WithdrawalRequest,
    WithdrawnBy, WorkStatus,
};
use vcm_tests::{TestApp, assert_problem, refused};

const KOREA: &str = "national-museum-of-korea";
const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

async fn post(app: &TestApp, path: &str, token: &str, body: Value) -> reqwest::Response {
    app.call("POST", path, Some(token))
        .json(&body)
        .send()
        .await
        .unwrap()
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
fn full_work(inventory: &str, title: &str) -> ArtworkInput {
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

/// The secretariat's decision on a work in review, at the version it has now.
async fn decide(
    admin: &Client,
    slug: &str,
    decision: Decision,
    text: Option<&str>,
) -> Result<ReviewedArtwork, ApiError> {
    let reviewed = admin.send(signed_in::reviewed_artwork(slug)).await.unwrap();
    let comment = ReviewComment {
        comment: text.map(str::to_owned),
    };
    let call = signed_in::decide(slug, reviewed.work.version, decision, &comment);
    admin.send(call).await
}

impl Review<'_> {
    /// A new work of the museum's, nominated; its slug.
    async fn nominated(&self, inventory: &str, title: &str) -> String {
        nominated(&self.editor, inventory, title).await
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
        let blank = decide(&self.admin, slug, Decision::RequestChanges, Some("  "))
            .await
            .unwrap_err();
        assert_eq!(blank.code(), Some(ErrorCode::ValidationFailed), "{blank}");
        let said = "Please add the kiln site.";
        let sent = decide(&self.admin, slug, Decision::RequestChanges, Some(said))
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
        let refused = decide(&self.admin, slug, Decision::Publish, None)
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
        let published = decide(
            &self.admin,
            slug,
            Decision::Publish,
            welcome.comment.as_deref(),
        )
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
        let rejected = decide(
            &self.admin,
            other,
            Decision::Reject,
            Some("A copy, not the original."),
        )
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
        let editor = app.api_as(&app.editor_token("quota@korea.example", KOREA).await);
        let admin = app.api_as(&app.admin_token("quota-admin@vcm.example").await);
        let museum = editor.send(signed_in::partner_museum()).await.unwrap();
        let published = museum.counts.published as i32;
        let set_quota = |quota: i32| {
            diesel::update(museums::table.filter(museums::slug.eq(KOREA)))
                .set(museums::masterpiece_quota.eq(quota))
                .execute(&mut app.db())
                .unwrap()
        };
        // Room for exactly one more: nominate it, then the secretariat lowers the quota.
        set_quota(published + 1);
        let work = full_work("Q-1", "Bronze mirror");
        let created = editor.send(signed_in::create_artwork(&work)).await.unwrap();
        let slug = created.artwork.slug;
        editor.send(signed_in::nominate(&slug)).await.unwrap();
        set_quota(published);
        let reviewed = admin
            .send(signed_in::reviewed_artwork(&slug))
            .await
            .unwrap();
        let quota = reviewed
            .checks
            .iter()
            .find(|c| c.check == ReviewCheckKind::Quota)
            .unwrap();
        assert!(!quota.passed, "{reviewed:?}");
        let over = decide(&admin, &slug, Decision::Publish, None).await;
        refused(over, 409, ErrorCode::QuotaExceeded, "over quota");
        let work = editor
            .send(signed_in::partner_artwork(&slug))
            .await
            .unwrap();
        assert_eq!(work.artwork.status, WorkStatus::InReview, "nothing changed");
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

/// An applicant and the secretariat on one server, each through the typed
/// client: the application scenario's steps below are its methods.
struct Applying<'a> {
    app: &'a TestApp,
    /// The applicant: no account, only the application's private link.
    public: Client,
    admin: Client,
    /// The secretariat's token, for the raw requests (the PDF, a bad parameter).
    admin_token: String,
    valid: Vec<(&'static str, String)>,
}

impl Applying<'_> {
    /// Sends the form's `fields` and `document` as an application.
    async fn apply(
        &self,
        fields: &[(&'static str, String)],
        document: Option<(&'static [u8], &'static str)>,
    ) -> Result<ApplicationReceipt, ApiError> {
        self.public
            .send_form(public::apply(), form(fields, document))
            .await
    }

    /// The emails written to one address, newest first.
    async fn emails_to(&self, to: &str) -> Vec<Email> {
        let call = signed_in::emails(Some(to), None);
        self.admin.send(call).await.unwrap().items
    }

    /// Bad applications, each with its own clear answer, and nothing stored.
    async fn bad_applications_are_refused(&self) {
        let (valid, pdf) = (&self.valid, Some((PDF, "application/pdf")));
        let p = refused(
            self.apply(valid, None).await,
            422,
            ErrorCode::ValidationFailed,
            "no PDF",
        );
        assert_eq!(p.errors[0].field, "signed_application");
        let png = Some((&b"\x89PNG\r\n\x1a\n0000"[..], "image/png"));
        refused(
            self.apply(valid, png).await,
            415,
            ErrorCode::UnsupportedMediaType,
            "a PNG",
        );
        let text = Some((&b"not a pdf at all"[..], "application/pdf"));
        refused(
            self.apply(valid, text).await,
            415,
            ErrorCode::UnsupportedMediaType,
            "a text called PDF",
        );
        let big: &'static [u8] =
            Box::leak([PDF, &vec![b' '; 300 * 1024]].concat().into_boxed_slice());
        let large = self.apply(valid, Some((big, "application/pdf"))).await;
        refused(large, 413, ErrorCode::PayloadTooLarge, "a large PDF");
        let honeypot = with(valid.clone(), "fax_number", "+1 555 0100");
        let p = refused(
            self.apply(&honeypot, pdf).await,
            422,
            ErrorCode::ValidationFailed,
            "the honeypot",
        );
        assert_eq!(p.errors[0].field, "fax_number");
        let p = refused(
            self.apply(&with(valid.clone(), "country", "US"), pdf).await,
            422,
            ErrorCode::ValidationFailed,
            "not ASEM",
        );
        assert_eq!(p.errors[0].field, "country");
        assert_eq!(p.errors[0].code, FieldCode::UnknownValue);
        let no_icom = with(
            with(valid.clone(), "icom_code_of_ethics", "false"),
            "kind",
            "zoo",
        );
        let p = refused(
            self.apply(&no_icom, pdf).await,
            422,
            ErrorCode::ValidationFailed,
            "no ICOM, unknown kind",
        );
        let fields: Vec<&str> = p.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["kind", "icom_code_of_ethics"],
            "{:?}",
            self.app.backend
        );
        let res = self
            .app
            .client
            .post(self.app.url("/api/v1/membership-applications"))
            .json(&json!({"museum_name": "JSON"}))
            .send()
            .await
            .unwrap();
        assert_problem(res, 415, "unsupported_media_type", "JSON").await;
        let member = application("National Museum of Korea", "someone@museum.example");
        let p = refused(
            self.apply(&member, pdf).await,
            409,
            ErrorCode::Conflict,
            "a member",
        );
        assert!(p.detail.contains("already a member"), "{p:?}");
        let page = self
            .admin
            .send(signed_in::applications(None, None, None))
            .await
            .unwrap();
        assert!(
            page.items.is_empty(),
            "{:?}: nothing stored",
            self.app.backend
        );
    }

    /// A valid application: a reference, a private link, two emails; applying
    /// again for the same museum is refused, however it is named.
    async fn applied(&self) -> ApplicationReceipt {
        let pdf = Some((PDF, "application/pdf"));
        let receipt = self.apply(&self.valid, pdf).await.unwrap();
        assert_eq!(receipt.status, ApplicationStatus::Submitted);
        assert!(receipt.reference.starts_with("ASEMUS-20"), "{receipt:?}");
        let token = &receipt.status_token;
        assert!(
            receipt
                .status_url
                .ends_with(&format!("/apply/status/{token}"))
        );
        let mail = self.emails_to("kim@jeju.example").await;
        assert!(mail[0].body.contains(token.as_str()), "the link is emailed");
        let mail = self.emails_to("desk@vcm.example").await;
        assert_eq!(
            mail[0].subject,
            "New membership application: Jeju Folk Museum"
        );
        let again = with(
            application("JEJU folk museum", "other@jeju.example"),
            "website",
            "https://other.example",
        );
        let p = refused(
            self.apply(&again, pdf).await,
            409,
            ErrorCode::Conflict,
            "already applying",
        );
        assert!(p.detail.contains("already open"), "{p:?}");
        receipt
    }

    /// The applicant follows it; a wrong link finds nothing.
    async fn followed(&self, receipt: &ApplicationReceipt) {
        let call = public::application_status(&receipt.status_token);
        let view = self.public.send(call).await.unwrap();
        assert_eq!(view.status, ApplicationStatus::Submitted);
        assert_eq!(view.reference, receipt.reference);
        let wrong = self
            .public
            .send(public::application_status("not-a-token"))
            .await;
        refused(wrong, 404, ErrorCode::NotFound, "a wrong link");
    }

    /// The secretariat reads it and its PDF: its id.
    async fn read_by_the_secretariat(&self) -> i64 {
        let call = signed_in::applications(Some(ApplicationStatus::Submitted), None, None);
        let id = self.admin.send(call).await.unwrap().items[0].id;
        let full = self.admin.send(signed_in::application(id)).await.unwrap();
        assert_eq!(
            full.input.museum_name_local.as_deref(),
            Some("제주도립박물관")
        );
        assert_eq!(full.document.bytes, PDF.len() as i64);
        let doc = self
            .app
            .call(
                "GET",
                &format!("/api/v1/admin/applications/{id}/document"),
                Some(&self.admin_token),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(doc.status(), 200);
        assert_eq!(doc.headers()["content-type"], "application/pdf");
        assert_eq!(doc.bytes().await.unwrap().as_ref(), PDF);
        let res = self
            .app
            .call(
                "GET",
                "/api/v1/admin/applications?status=pending",
                Some(&self.admin_token),
            )
            .send()
            .await
            .unwrap();
        assert_problem(res, 400, "invalid_parameter", "unknown status").await;
        id
    }

    /// The secretariat acts on the application.
    async fn act(
        &self,
        id: i64,
        action: ApplicationAction,
        message: Option<&str>,
    ) -> Result<Application, ApiError> {
        let note = ApplicationNote {
            message: message.map(str::to_owned),
        };
        let call = signed_in::act_on_application(id, action, &note);
        self.admin.send(call).await
    }

    /// The applicant answers through the private link.
    async fn answer(&self, token: &str, text: &str) -> Result<ApplicationStatusView, ApiError> {
        let note = ApplicationNote {
            message: Some(text.into()),
        };
        self.public
            .send(public::answer_application(token, &note))
            .await
    }

    /// Asks for information; the applicant answers; back with the secretariat.
    async fn info_requested_and_given(&self, id: i64, token: &str) {
        let none = self.act(id, ApplicationAction::RequestInfo, None).await;
        refused(none, 422, ErrorCode::ValidationFailed, "no message");
        let question = Some("How many Asian works do you hold?");
        let asked = self.act(id, ApplicationAction::RequestInfo, question).await;
        assert_eq!(asked.unwrap().status, ApplicationStatus::InfoRequested);
        let mail = self.emails_to("kim@jeju.example").await;
        assert!(mail[0].subject.contains("more information"), "{mail:?}");
        let view = self
            .answer(token, "About 1,200 ceramics and 300 textiles.")
            .await
            .unwrap();
        assert_eq!(view.status, ApplicationStatus::Submitted);
        assert_eq!(view.messages.len(), 2);
    }

    /// Rejected, it can be neither approved nor answered until it is reopened.
    async fn rejected_and_reopened(&self, id: i64, token: &str) {
        let blank = self.act(id, ApplicationAction::Reject, Some("")).await;
        refused(
            blank,
            422,
            ErrorCode::ValidationFailed,
            "reject without reason",
        );
        let why = Some("Please apply with the signed form.");
        self.act(id, ApplicationAction::Reject, why).await.unwrap();
        let approve = self.act(id, ApplicationAction::Approve, None).await;
        refused(
            approve,
            409,
            ErrorCode::InvalidTransition,
            "approve rejected",
        );
        let late = self.answer(token, "But why?").await;
        refused(
            late,
            409,
            ErrorCode::InvalidTransition,
            "reply to a decided application",
        );
        let reopened = self.act(id, ApplicationAction::Reopen, None).await.unwrap();
        assert_eq!(reopened.status, ApplicationStatus::Submitted);
    }

    /// Approved: a member museum, and its contact invited as its first
    /// editor; the invitation's token.
    async fn approved(&self, id: i64) -> (String, String) {
        let approved = self
            .act(id, ApplicationAction::Approve, Some("Welcome!"))
            .await
            .unwrap();
        assert_eq!(approved.status, ApplicationStatus::Approved);
        let slug = approved.museum.expect("the new member").slug;
        let museum = self.public.send(public::museum(&slug)).await.unwrap();
        assert_eq!(museum.name, "Jeju Folk Museum");
        assert_eq!(museum.membership_status, MembershipStatus::Active);
        let twice = self.act(id, ApplicationAction::Approve, None).await;
        refused(twice, 409, ErrorCode::InvalidTransition, "approve twice");
        let mail = self.emails_to("kim@jeju.example").await;
        let subjects: Vec<&str> = mail.iter().map(|m| m.subject.as_str()).collect();
        assert!(
            subjects.contains(&"Welcome to ASEMUS: Jeju Folk Museum is a member"),
            "{subjects:?}"
        );
        let invite = mail
            .iter()
            .find(|m| m.subject.contains("invited"))
            .unwrap_or_else(|| panic!("an invitation in {subjects:?}"));
        let token = invite
            .body
            .split("token=")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .to_owned();
        (slug, token)
    }

    /// The invited editor sets a password, signs in and finds the museum.
    async fn editor_signs_in(&self, museum: &str, invitation: &str) {
        let set = PasswordResetConfirm {
            token: invitation.into(),
            new_password: "a long new password".into(),
        };
        let call = public::confirm_password_reset(&set);
        self.public.send(call).await.expect("set the password");
        let (session, _) = self
            .app
            .login("kim@jeju.example", "a long new password")
            .await;
        let editor = self.app.api_as(&session.access_token);
        let dash = editor.send(signed_in::partner_museum()).await.unwrap();
        assert_eq!(dash.museum.slug, museum);
        assert_eq!(dash.quota, 25);
    }

    /// Every step is in the audit log; nothing waits on the dashboard.
    async fn audited(&self, reference: &str) {
        let filters = vec![("key", reference.to_owned()), ("limit", "20".to_owned())];
        let audit = self
            .admin
            .send(signed_in::audit(filters, None))
            .await
            .unwrap();
        let mut actions: Vec<&str> = audit.items.iter().map(|e| e.action.as_str()).collect();
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
            "{:?}",
            self.app.backend
        );
        let dashboard = self.admin.send(signed_in::admin_dashboard()).await.unwrap();
        assert_eq!(dashboard.applications_waiting, 0);
        assert!(dashboard.countries.iter().any(|c| c.code == "KR"));
    }
}

#[tokio::test]
async fn a_museum_applies_is_questioned_rejected_reopened_approved_and_its_editor_signs_in() {
    for app in TestApp::each_backend().await {
        let admin = app.admin_token("desk@vcm.example").await;
        let applying = Applying {
            app: &app,
            public: app.api(),
            admin: app.api_as(&admin),
            admin_token: admin.clone(),
            valid: application("Jeju Folk Museum", "kim@jeju.example"),
        };
        applying.bad_applications_are_refused().await;
        let receipt = applying.applied().await;
        applying.followed(&receipt).await;
        let id = applying.read_by_the_secretariat().await;
        let token = &receipt.status_token;
        applying.info_requested_and_given(id, token).await;
        applying.rejected_and_reopened(id, token).await;
        let (museum, invitation) = applying.approved(id).await;
        applying.editor_signs_in(&museum, &invitation).await;
        applying.audited(&receipt.reference).await;
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
        let visitor = app.api();
        let admin = app.api_as(&app.admin_token("mod@vcm.example").await);
        let of_day = |date: Option<String>| {
            let visitor = visitor.clone();
            async move {
                let call = public::masterpiece_of_the_day(date.as_deref());
                visitor.send(call).await
            }
        };
        let today = of_day(None).await.unwrap();
        assert_eq!(today.time_zone, "UTC");
        assert!(!today.pinned);
        let now = Utc::now();
        assert!(today.starts_at <= now && today.ends_at > now, "{today:?}");
        let again = of_day(None).await.unwrap();
        assert_eq!(today.artwork.slug, again.artwork.slug, "{b:?}: stable");
        let highlights = visitor.send(public::highlights()).await.unwrap();
        let of_highlights = highlights.masterpiece_of_the_day.map(|w| w.slug);
        assert_eq!(of_highlights.as_deref(), Some(today.artwork.slug.as_str()));

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
        let past = of_day(Some(start.to_string())).await.unwrap();
        assert_eq!(past.date, start);

        // Future days are not public; bad dates are 400s.
        let tomorrow = Utc::now().date_naive() + Days::new(1);
        for date in [tomorrow.to_string(), "21-11-2026".to_owned()] {
            let bad = of_day(Some(date.clone())).await;
            refused(bad, 400, ErrorCode::InvalidParameter, &date);
        }

        // Pinned ahead, and today.
        let first = visitor
            .send(public::artworks(&ArtworkQuery::default(), None))
            .await
            .unwrap();
        let slug = first.items[0].slug.clone();
        let pin = |date: String, artwork: &str, note: Option<&str>| {
            let call = signed_in::pin_featured(
                &date,
                &FeaturedPin {
                    artwork: artwork.into(),
                    note: note.map(str::to_owned),
                },
            );
            let admin = admin.clone();
            async move { admin.send(call).await }
        };
        let past_day = pin("2020-01-01".into(), &slug, None).await;
        refused(past_day, 400, ErrorCode::InvalidParameter, "a past day");
        let unknown = pin(tomorrow.to_string(), "no-such-work", None).await;
        refused(unknown, 422, ErrorCode::ValidationFailed, "no such work");
        let note = "Opening of the exhibition";
        let day = pin(tomorrow.to_string(), &slug, Some(note)).await.unwrap();
        assert!(day.pinned);
        let schedule = admin.send(signed_in::featured()).await.unwrap();
        assert_eq!(schedule.items[0].date, tomorrow, "{b:?}");
        assert_eq!(schedule.items[0].note.as_deref(), Some(note));
        let unpin = signed_in::unpin_featured(&tomorrow.to_string());
        admin.send(unpin).await.unwrap();
        let today_date = Utc::now().date_naive().to_string();
        pin(today_date, &slug, None).await.expect("pin today");
        let now = of_day(None).await.unwrap();
        assert_eq!(now.artwork.slug, slug);
        assert!(now.pinned);

        // Today's work withdrawn: another takes its place.
        let museum = now.artwork.museum.slug;
        let editor = app.editor_token("mod-editor@museum.example", &museum).await;
        let withdrawal = WithdrawalRequest {
            reason: WithdrawalReason::Error,
            note: None,
        };
        let call = signed_in::withdraw(&slug, &withdrawal);
        app.api_as(&editor).send(call).await.expect("withdraw");
        let next = of_day(None).await.unwrap();
        assert_ne!(next.artwork.slug, slug, "{b:?}");
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
/// A new work of the editor's museum, complete and nominated: its slug.
async fn nominated(editor: &Client, inventory: &str, title: &str) -> String {
    let work = full_work(inventory, title);
    let created = editor.send(signed_in::create_artwork(&work)).await.unwrap();
    let slug = created.artwork.slug;
    editor.send(signed_in::nominate(&slug)).await.unwrap();
    slug
}

/// The secretariat and an editor of the National Museum of Korea on one
/// server: the membership scenario's steps below are its methods.
struct Membership<'a> {
    app: &'a TestApp,
    admin: Client,
    editor: Client,
    /// The secretariat's token, for the raw requests (malformed bodies and
    /// parameters).
    admin_token: String,
}

impl Membership<'_> {
    /// The museum as the secretariat reads it now.
    async fn korea(&self) -> PartnerMuseum {
        self.admin
            .send(signed_in::admin_museum(KOREA))
            .await
            .unwrap()
    }

    /// Changes the museum's membership from its current version.
    async fn change(
        &self,
        status: MembershipStatus,
        quota: i32,
        reason: Option<&str>,
    ) -> Result<PartnerMuseum, ApiError> {
        let change = MembershipChange {
            membership_status: status,
            masterpiece_quota: quota,
            reason: reason.map(str::to_owned),
        };
        let version = self.korea().await.version;
        self.admin
            .send(signed_in::change_membership(KOREA, version, &change))
            .await
    }

    /// A raw request to the membership route, for bodies the types cannot say.
    async fn change_raw(&self, body: Value) -> reqwest::Response {
        let path = format!("/api/v1/admin/museums/{KOREA}/membership");
        put(self.app, &path, &self.admin_token, body).await
    }

    /// Every museum, in any status, with its quota and its works by status;
    /// bad filters and unknown museums get their own answers.
    async fn listed(&self) {
        let b = self.app.backend;
        let all = self
            .admin
            .send(signed_in::admin_museums(None))
            .await
            .unwrap();
        assert!(all.items.len() > 1, "{b:?}: {all:?}");
        let korea = all.items.iter().find(|m| m.museum.slug == KOREA).unwrap();
        assert_eq!(korea.quota, 25);
        assert!(korea.counts.published > 0);
        let call = signed_in::admin_museums(Some(MembershipStatus::Suspended));
        assert!(
            self.admin.send(call).await.unwrap().items.is_empty(),
            "{b:?}"
        );
        let res = self
            .app
            .call(
                "GET",
                "/api/v1/admin/museums?membership_status=paused",
                Some(&self.admin_token),
            )
            .send()
            .await
            .unwrap();
        assert_problem(res, 400, "invalid_parameter", "an unknown status").await;
        let unknown = self
            .admin
            .send(signed_in::admin_museum("no-such-museum"))
            .await;
        refused(unknown, 404, ErrorCode::NotFound, "an unknown museum");
    }

    /// The profile, as its editors edit it, with the same checks.
    async fn profile_edited(&self) {
        let read = self.korea().await;
        let m = &read.museum;
        let mut profile = MuseumInput {
            name: m.name.clone(),
            name_local: m.name_local.clone(),
            name_local_lang: m.name_local_lang.clone(),
            city: m.city.clone(),
            website: m.website.clone(),
            description: "Korea's national museum, edited by the secretariat.".into(),
            ..Default::default()
        };
        let update = |version: i64, input: &MuseumInput| {
            signed_in::update_admin_museum(KOREA, version, input)
        };
        let nameless = MuseumInput {
            name: String::new(),
            city: "Seoul".into(),
            description: "x".into(),
            ..Default::default()
        };
        let p = refused(
            self.admin.send(update(read.version, &nameless)).await,
            422,
            ErrorCode::ValidationFailed,
            "an empty name",
        );
        assert_eq!(p.errors[0].field, "name");
        let stale = self.admin.send(update(999, &profile)).await;
        refused(stale, 412, ErrorCode::PreconditionFailed, "a stale profile");
        let edited = self
            .admin
            .send(update(read.version, &profile))
            .await
            .unwrap();
        assert_eq!(
            edited.museum.description,
            "Korea's national museum, edited by the secretariat."
        );
        let public = self.app.api().send(public::museum(KOREA)).await.unwrap();
        assert_eq!(public.description, edited.museum.description);
        profile.description = String::new();
        let by_editor = self.editor.send(update(edited.version, &profile)).await;
        refused(
            by_editor,
            403,
            ErrorCode::Forbidden,
            "an editor on the admin route",
        );
    }

    /// Bad membership changes, each with its own answer; nothing changes.
    async fn bad_changes_refused(&self) {
        let b = self.app.backend;
        use MembershipStatus::{Active, Applicant, Suspended};
        for (status, quota, reason, field) in [
            (Suspended, 25, None, "reason"),
            (Suspended, 25, Some("   "), "reason"),
            (Applicant, 25, None, "membership_status"),
            (Active, -1, None, "masterpiece_quota"),
            (Active, 10_001, None, "masterpiece_quota"),
        ] {
            let what = format!("{status:?} {quota} {reason:?}");
            let answer = self.change(status, quota, reason).await;
            let p = refused(answer, 422, ErrorCode::ValidationFailed, &what);
            assert_eq!(p.errors[0].field, field, "{b:?} {what}");
        }
        let paused = json!({"membership_status": "paused", "masterpiece_quota": 2});
        let res = self.change_raw(paused).await;
        assert!(res.status().is_client_error(), "{b:?}: an unknown status");
        let res = self
            .change_raw(json!({"membership_status": "active"}))
            .await;
        assert!(res.status().is_client_error(), "{b:?}: no quota");
        let unchanged = self.korea().await;
        assert_eq!(unchanged.museum.membership_status, MembershipStatus::Active);
        assert_eq!(unchanged.quota, 25);
    }

    /// Suspended: nothing is nominated or published, its editors are told.
    /// The work waiting in review, a draft, and how many works are published.
    async fn suspended(&self) -> (String, String, i64) {
        let b = self.app.backend;
        let waiting = nominated(&self.editor, "S-1", "Gilt-bronze incense burner").await;
        let reason = "The annual fee is unpaid.";
        let suspended = self
            .change(MembershipStatus::Suspended, 25, Some(reason))
            .await
            .unwrap();
        assert_eq!(
            suspended.museum.membership_status,
            MembershipStatus::Suspended
        );
        let public = self.app.api().send(public::museum(KOREA)).await.unwrap();
        assert_eq!(public.membership_status, MembershipStatus::Suspended);
        let mail = self.emails().await;
        let notice = mail
            .iter()
            .find(|m| m.subject.starts_with("Membership suspended"))
            .unwrap_or_else(|| panic!("{b:?}: a suspension email in {mail:?}"));
        assert!(notice.body.contains(reason));
        let work = full_work("S-2", "Celadon ewer");
        let created = self.editor.send(signed_in::create_artwork(&work)).await;
        let draft = created.expect("a draft while suspended").artwork.slug;
        let nominate = self.editor.send(signed_in::nominate(&draft)).await;
        refused(
            nominate,
            409,
            ErrorCode::MembershipInactive,
            "nominate while suspended",
        );
        let publish = decide(&self.admin, &waiting, Decision::Publish, None).await;
        refused(
            publish,
            409,
            ErrorCode::MembershipInactive,
            "publish while suspended",
        );
        let work = self
            .admin
            .send(signed_in::reviewed_artwork(&waiting))
            .await
            .unwrap();
        assert_eq!(work.work.artwork.status, WorkStatus::InReview, "{b:?}");
        (waiting, draft, suspended.counts.published)
    }

    /// The emails written to the museum's editor, newest first.
    async fn emails(&self) -> Vec<Email> {
        let call = signed_in::emails(Some("curator@korea.example"), None);
        self.admin.send(call).await.unwrap().items
    }

    /// Restored, with a quota of what is published now plus one: the waiting
    /// work is published, and the draft may not follow it.
    async fn restored(&self, waiting: &str, draft: &str, published: i64) {
        let quota = published as i32 + 1;
        let restored = self
            .change(MembershipStatus::Active, quota, None)
            .await
            .unwrap();
        assert_eq!(restored.quota, quota);
        let mail = self.emails().await;
        assert!(
            mail[0].subject.starts_with("Membership restored"),
            "{:?}: {:?}",
            self.app.backend,
            mail[0]
        );
        decide(&self.admin, waiting, Decision::Publish, None)
            .await
            .expect("publish once restored");
        let nominate = self.editor.send(signed_in::nominate(draft)).await;
        refused(
            nominate,
            409,
            ErrorCode::QuotaExceeded,
            "nominate over the new quota",
        );
        let filters = vec![("action", "museum.membership".to_owned())];
        let audit = self
            .admin
            .send(signed_in::audit(filters, None))
            .await
            .unwrap();
        assert_eq!(audit.items.len(), 2, "{:?}: {audit:?}", self.app.backend);
    }
}

#[tokio::test]
async fn the_secretariat_edits_suspends_and_restores_a_museum() {
    for app in TestApp::each_backend().await {
        let admin_token = app.admin_token("desk@vcm.example").await;
        let editor_token = app.editor_token("curator@korea.example", KOREA).await;
        let membership = Membership {
            app: &app,
            admin: app.api_as(&admin_token),
            editor: app.api_as(&editor_token),
            admin_token,
        };
        membership.listed().await;
        membership.profile_edited().await;
        membership.bad_changes_refused().await;
        let (waiting, draft, published) = membership.suspended().await;
        membership.restored(&waiting, &draft, published).await;
    }
}

/// The secretariat and an editor on one server: the settings scenario's
/// steps below are its methods.
struct Keeping<'a> {
    app: &'a TestApp,
    admin: Client,
    editor: Client,
    /// The secretariat's token, for the raw requests (malformed bodies).
    admin_token: String,
}

impl Keeping<'_> {
    /// The default quota: the configured one, then the secretariat's.
    async fn default_quota_kept(&self) {
        let b = self.app.backend;
        let settings = self
            .admin
            .send(signed_in::network_settings())
            .await
            .unwrap();
        assert_eq!(settings.masterpiece_quota, 25);
        let quota = |masterpiece_quota: i32| NetworkSettings { masterpiece_quota };
        for out_of_range in [-3, 100_000] {
            let call = signed_in::update_network_settings(&quota(out_of_range));
            let answer = self.admin.send(call).await;
            refused(
                answer,
                422,
                ErrorCode::ValidationFailed,
                "a quota out of range",
            );
        }
        for body in [json!({}), json!({"masterpiece_quota": 3, "theme": "dark"})] {
            let res = put(self.app, "/api/v1/admin/settings", &self.admin_token, body).await;
            assert!(res.status().is_client_error(), "{b:?}");
        }
        let call = signed_in::update_network_settings(&quota(3));
        let by_editor = self.editor.send(call.clone()).await;
        refused(
            by_editor,
            403,
            ErrorCode::Forbidden,
            "an editor changing settings",
        );
        self.admin.send(call).await.expect("settings");
        let settings = self
            .admin
            .send(signed_in::network_settings())
            .await
            .unwrap();
        assert_eq!(settings.masterpiece_quota, 3);
    }

    /// Puts a country on the list, answering its status.
    async fn put_country(
        &self,
        code: &str,
        name: &str,
        region: Region,
        asem_member: bool,
    ) -> Result<u16, ApiError> {
        let input = CountryInput {
            name: name.into(),
            region,
            asem_member,
        };
        let call = signed_in::put_country(code, &input);
        self.admin.answer(call).await.map(|a| a.status)
    }

    /// The ASEM list decides who may apply; a new member gets the default quota.
    async fn asem_list_decides_who_applies(&self) {
        let b = self.app.backend;
        let korea = "Republic of Korea";
        self.put_country("KR", korea, Region::Asia, false)
            .await
            .expect("KR out");
        let applying = || {
            let (visitor, fields) = (
                self.app.api(),
                application("Jeju Folk Museum", "kim@jeju.example"),
            );
            let form = form(&fields, Some((PDF, "application/pdf")));
            async move { visitor.send_form(public::apply(), form).await }
        };
        let p = refused(
            applying().await,
            422,
            ErrorCode::ValidationFailed,
            "apply from a non-member",
        );
        assert_eq!(p.errors[0].field, "country", "{b:?}");
        self.put_country("kr", korea, Region::Asia, true)
            .await
            .expect("KR in");
        applying().await.expect("apply");
        let call = signed_in::applications(Some(ApplicationStatus::Submitted), None, None);
        let id = self.admin.send(call).await.unwrap().items[0].id;
        let note = ApplicationNote { message: None };
        let call = signed_in::act_on_application(id, ApplicationAction::Approve, &note);
        let approved = self.admin.send(call).await.expect("approve");
        let slug = approved.museum.expect("the new member").slug;
        let museum = self
            .admin
            .send(signed_in::admin_museum(&slug))
            .await
            .unwrap();
        assert_eq!(museum.quota, 3, "{b:?}: the new default quota");
    }

    /// A new member state, added; bad codes and names refused.
    async fn new_member_state(&self) {
        let b = self.app.backend;
        let added = self
            .put_country("TR", "Türkiye", Region::Europe, false)
            .await;
        assert_eq!(added, Ok(201), "{b:?}");
        let changed = self
            .put_country("TR", "Türkiye", Region::Europe, true)
            .await;
        assert_eq!(changed, Ok(200), "{b:?}");
        let countries = self.app.api().send(public::countries()).await.unwrap();
        assert!(
            countries
                .items
                .iter()
                .any(|c| c.country.code == "TR" && c.country.asem_member),
            "{b:?}"
        );
        for code in ["NZL", "N1", "%20"] {
            let bad = self.put_country(code, "X", Region::Asia, true).await;
            refused(bad, 400, ErrorCode::InvalidParameter, code);
        }
        let blank = self.put_country("TR", " ", Region::Oceania, true).await;
        refused(blank, 422, ErrorCode::ValidationFailed, "an empty name");
        let res = put(
            self.app,
            "/api/v1/admin/countries/TR",
            &self.admin_token,
            json!({"name": "Türkiye", "region": "mars", "asem_member": true}),
        )
        .await;
        assert!(res.status().is_client_error(), "{b:?}: an unknown region");
    }

    /// Whether a search for `zorblat` finds the work `slug`.
    async fn zorblat_finds(&self, slug: &str) -> bool {
        let call = public::search(vec![("q", "zorblat".to_owned())], 24, None);
        let results = self.app.api().send(call).await.unwrap();
        results.items.iter().any(|hit| hit.artwork.slug == slug)
    }

    /// Waits for a search for `zorblat` to find the work (or no longer to).
    async fn until_zorblat_finds(&self, slug: &str, found: bool) -> bool {
        for _ in 0..200 {
            if self.zorblat_finds(slug).await == found {
                return true;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        false
    }

    /// Equivalent terms: a new group widens search, its removal narrows it.
    async fn equivalent_terms_widen_search(&self) {
        let b = self.app.backend;
        let groups = self
            .admin
            .send(signed_in::equivalent_terms())
            .await
            .unwrap();
        assert!(groups.items.len() > 100, "{b:?}");
        let taken = groups.items[0].terms[0].clone();
        let slug = nominated(&self.editor, "T-1", "Qelvrin vase").await;
        let published = decide(&self.admin, &slug, Decision::Publish, None).await;
        published.expect("publish");
        let terms = |terms: &[&str], note: Option<&str>| EquivalentTermsInput {
            terms: terms.iter().map(|t| (*t).to_owned()).collect(),
            note: note.map(str::to_owned),
        };
        let long = "x".repeat(101);
        for (input, field) in [
            (terms(&["zorblat"], None), "terms"),
            (terms(&["zorblat", " ZORBLAT "], None), "terms"),
            (terms(&["zorblat", &long], None), "terms[1]"),
            (terms(&["zorblat", &taken], None), "terms[1]"),
        ] {
            let what = format!("{input:?}");
            let answer = self
                .admin
                .send(signed_in::create_equivalent_terms(&input))
                .await;
            let p = refused(answer, 422, ErrorCode::ValidationFailed, &what);
            assert_eq!(p.errors[0].field, field, "{b:?} {what}");
        }
        let res = self
            .app
            .call(
                "POST",
                "/api/v1/admin/equivalent-terms",
                Some(&self.admin_token),
            )
            .json(&json!({"terms": "zorblat"}))
            .send()
            .await
            .unwrap();
        assert!(res.status().is_client_error(), "{b:?}: terms as text");
        assert!(!self.zorblat_finds(&slug).await);
        let group = terms(&["Qelvrin", " zorblat "], Some("a test group"));
        let created = self
            .admin
            .answer(signed_in::create_equivalent_terms(&group))
            .await
            .unwrap();
        assert_eq!(created.status, 201, "{b:?}");
        assert_eq!(created.body.terms, ["Qelvrin", "zorblat"]);
        let id = created.body.id;
        assert!(
            self.until_zorblat_finds(&slug, true).await,
            "{b:?}: the new group is searched"
        );
        let edit = terms(&["zorblat", "Qelvrin", "qoppik"], None);
        let call = signed_in::update_equivalent_terms(id, &edit);
        assert_eq!(self.admin.send(call).await.expect("edit").note, None);
        let call = signed_in::update_equivalent_terms(999_999, &terms(&["a", "b"], None));
        let unknown = self.admin.send(call).await;
        refused(unknown, 404, ErrorCode::NotFound, "an unknown group");
        let deleted = self
            .admin
            .answer(signed_in::delete_equivalent_terms(id))
            .await;
        assert_eq!(deleted.map(|a| a.status), Ok(204), "{b:?}");
        let twice = self
            .admin
            .send(signed_in::delete_equivalent_terms(id))
            .await;
        refused(twice, 404, ErrorCode::NotFound, "deleted twice");
        assert!(
            self.until_zorblat_finds(&slug, false).await,
            "{b:?}: the removed group is no longer searched"
        );
        let filters = vec![("entity", "equivalent_terms".to_owned())];
        let audit = self
            .admin
            .send(signed_in::audit(filters, None))
            .await
            .unwrap();
        assert_eq!(audit.items.len(), 3, "{b:?}: {audit:?}");
    }
}

#[tokio::test]
async fn settings_countries_and_equivalent_terms_are_kept_by_the_secretariat() {
    for app in TestApp::each_backend().await {
        let admin_token = app.admin_token("desk@vcm.example").await;
        let editor = app.editor_token("curator@korea.example", KOREA).await;
        let keeping = Keeping {
            app: &app,
            admin: app.api_as(&admin_token),
            editor: app.api_as(&editor),
            admin_token,
        };
        keeping.default_quota_kept().await;
        keeping.asem_list_decides_who_applies().await;
        keeping.new_member_state().await;
        keeping.equivalent_terms_widen_search().await;
    }
}
