//! Accounts, tokens, role gates and the partner API, over HTTP against the
//! real server, on SQLite and PostgreSQL.

use serde_json::{Value, json};
use vcm_shared::client::{Client, public, signed_in};
use vcm_shared::{
    ActorKind, ArtworkInput, AuditPage, Email, ErrorCode, FieldCode, Maker, MakerRole, MuseumInput,
    NewApiClient, OAuthToken, ObjectType, PartnerArtworkItem, PartnerArtworkPage, PasswordChange,
    PasswordResetConfirm, PasswordResetRequest, Problem, Role, RowOutcome, UserInvite, UserUpdate,
    WithdrawalReason, WithdrawalRequest, WorkStatus,
};
use vcm_tests::{TestApp, assert_problem, refresh_cookie, refused};

const KOREA: &str = "national-museum-of-korea";
const TOKYO: &str = "tokyo-national-museum";

/// A ceramic work of this number and title, ready to nominate.
fn work(inventory: &str, title: &str) -> ArtworkInput {
    ArtworkInput {
        inventory_number: Some(inventory.into()),
        title: title.into(),
        object_type: ObjectType::Ceramics,
        rights: "http://creativecommons.org/publicdomain/zero/1.0/".into(),
        statement: Some("A masterpiece of the potter's art.".into()),
        ..Default::default()
    }
}

/// Creates a work through the API; returns its slug.
async fn create(app: &TestApp, token: &str, input: &ArtworkInput) -> String {
    let created = app
        .api_as(token)
        .answer(signed_in::create_artwork(input))
        .await
        .unwrap();
    assert_eq!(created.status, 201, "{:?} create", app.backend);
    created.body.artwork.slug
}

#[tokio::test]
async fn every_protected_endpoint_answers_each_kind_of_caller_as_its_role_allows() {
    for app in TestApp::each_backend().await {
        let own = app.editor_token("own@korea.example", KOREA).await;
        let other = app.editor_token("other@tokyo.example", TOKYO).await;
        let admin = app.admin_token("admin@vcm.example").await;
        let (client_id, client) = app.client_token(&own).await;
        let slug = create(&app, &own, &work("M-1", "Moon jar")).await;
        let art = format!("/api/v1/partner/artworks/{slug}");
        let w = json!(work("M-2", "Second jar"));
        // (method, path, body, anonymous, other editor, own editor, own client, admin)
        let matrix: Vec<(&str, String, Option<Value>, [u16; 5])> = vec![
            (
                "GET",
                "/api/v1/auth/me".into(),
                None,
                [401, 200, 200, 403, 200],
            ),
            (
                "GET",
                "/api/v1/partner/museum".into(),
                None,
                [401, 200, 200, 200, 403],
            ),
            (
                "GET",
                "/api/v1/partner/artworks".into(),
                None,
                [401, 200, 200, 200, 403],
            ),
            ("GET", art.clone(), None, [401, 404, 200, 200, 403]),
            (
                "PUT",
                "/api/v1/partner/artworks/by-inventory/M-2".into(),
                Some(w.clone()),
                [401, 201, 201, 200, 403],
            ),
            (
                "POST",
                format!("{art}/withdraw"),
                Some(json!({"reason": "error"})),
                [401, 404, 200, 409, 403],
            ),
            (
                "POST",
                format!("{art}/nominate"),
                None,
                [401, 404, 200, 409, 403],
            ),
            (
                "GET",
                "/api/v1/partner/imports".into(),
                None,
                [401, 200, 200, 200, 403],
            ),
            (
                "GET",
                "/api/v1/partner/imports/1".into(),
                None,
                [401, 404, 404, 404, 403],
            ),
            (
                "GET",
                "/api/v1/partner/imports/1/rows".into(),
                None,
                [401, 404, 404, 404, 403],
            ),
            (
                "POST",
                "/api/v1/partner/imports?format=csv&wait=true".into(),
                Some(json!("inventory_number")),
                [401, 200, 200, 200, 403],
            ),
            (
                "PUT",
                "/api/v1/partner/museum".into(),
                Some(json!({"name": "A Museum", "city": "Somewhere", "description": "Renamed."})),
                [401, 200, 200, 200, 403],
            ),
            (
                "PUT",
                art.clone(),
                Some(json!(work("M-1", "Moon jar"))),
                [401, 428, 428, 428, 403],
            ),
            (
                "PUT",
                "/api/v1/auth/password".into(),
                Some(json!({"current_password": "x", "new_password": "short"})),
                [401, 422, 422, 403, 422],
            ),
            (
                "DELETE",
                "/api/v1/admin/clients/vcm_nope".into(),
                None,
                [401, 403, 403, 403, 404],
            ),
            (
                "GET",
                "/api/v1/partner/clients".into(),
                None,
                [401, 200, 200, 403, 403],
            ),
            (
                "DELETE",
                format!("/api/v1/partner/clients/{client_id}-x"),
                None,
                [401, 404, 404, 403, 403],
            ),
            (
                "GET",
                "/api/v1/partner/notifications".into(),
                None,
                [401, 200, 200, 200, 403],
            ),
            (
                "GET",
                "/api/v1/admin/dashboard".into(),
                None,
                [401, 403, 403, 403, 200],
            ),
            (
                "GET",
                "/api/v1/admin/reviews".into(),
                None,
                [401, 403, 403, 403, 200],
            ),
            (
                "GET",
                format!("/api/v1/admin/artworks/{slug}"),
                None,
                [401, 403, 403, 403, 200],
            ),
            (
                "POST",
                format!("/api/v1/admin/artworks/{slug}/publish"),
                None,
                [401, 403, 403, 403, 200],
            ),
            (
                "POST",
                format!("/api/v1/admin/artworks/{slug}/request-changes"),
                Some(json!({})),
                [401, 403, 403, 403, 422],
            ),
            (
                "POST",
                format!("/api/v1/admin/artworks/{slug}/reject"),
                Some(json!({"comment": "Not a masterpiece of the collection."})),
                [401, 403, 403, 403, 409],
            ),
            (
                "POST",
                format!("/api/v1/admin/artworks/{slug}/withdraw"),
                Some(json!({"reason": "error"})),
                [401, 403, 403, 403, 200],
            ),
            (
                "GET",
                "/api/v1/admin/featured".into(),
                None,
                [401, 403, 403, 403, 200],
            ),
            (
                "PUT",
                "/api/v1/admin/featured/2999-01-01".into(),
                Some(json!({"artwork": "no-such-work"})),
                [401, 403, 403, 403, 422],
            ),
            (
                "DELETE",
                "/api/v1/admin/featured/2999-01-01".into(),
                None,
                [401, 403, 403, 403, 204],
            ),
            (
                "GET",
                "/api/v1/admin/applications".into(),
                None,
                [401, 403, 403, 403, 200],
            ),
            (
                "GET",
                "/api/v1/admin/applications/999999".into(),
                None,
                [401, 403, 403, 403, 404],
            ),
            (
                "GET",
                "/api/v1/admin/applications/999999/document".into(),
                None,
                [401, 403, 403, 403, 404],
            ),
            (
                "POST",
                "/api/v1/admin/applications/999999/request-info".into(),
                Some(json!({"message": "Which collections?"})),
                [401, 403, 403, 403, 404],
            ),
            (
                "POST",
                "/api/v1/admin/applications/999999/approve".into(),
                None,
                [401, 403, 403, 403, 404],
            ),
            (
                "POST",
                "/api/v1/admin/applications/999999/reject".into(),
                Some(json!({"message": "Not eligible."})),
                [401, 403, 403, 403, 404],
            ),
            (
                "POST",
                "/api/v1/admin/applications/999999/reopen".into(),
                None,
                [401, 403, 403, 403, 404],
            ),
            (
                "GET",
                "/api/v1/admin/museums".into(),
                None,
                [401, 403, 403, 403, 200],
            ),
            (
                "GET",
                "/api/v1/admin/museums/no-such-museum".into(),
                None,
                [401, 403, 403, 403, 404],
            ),
            (
                "PUT",
                "/api/v1/admin/museums/no-such-museum".into(),
                Some(json!({"name": "A Museum", "city": "Somewhere", "description": "Renamed."})),
                [401, 403, 403, 403, 404],
            ),
            (
                "PUT",
                "/api/v1/admin/museums/no-such-museum/membership".into(),
                Some(json!({"membership_status": "active", "masterpiece_quota": 5})),
                [401, 403, 403, 403, 404],
            ),
            (
                "GET",
                "/api/v1/admin/settings".into(),
                None,
                [401, 403, 403, 403, 200],
            ),
            (
                "PUT",
                "/api/v1/admin/settings".into(),
                Some(json!({"masterpiece_quota": 25})),
                [401, 403, 403, 403, 200],
            ),
            (
                "PUT",
                "/api/v1/admin/countries/KR".into(),
                Some(json!({"name": "Republic of Korea", "region": "asia", "asem_member": true})),
                [401, 403, 403, 403, 200],
            ),
            (
                "GET",
                "/api/v1/admin/equivalent-terms".into(),
                None,
                [401, 403, 403, 403, 200],
            ),
            (
                "POST",
                "/api/v1/admin/equivalent-terms".into(),
                Some(json!({"terms": ["one"]})),
                [401, 403, 403, 403, 422],
            ),
            (
                "PUT",
                "/api/v1/admin/equivalent-terms/999999".into(),
                Some(json!({"terms": ["one", "two"]})),
                [401, 403, 403, 403, 404],
            ),
            (
                "DELETE",
                "/api/v1/admin/equivalent-terms/999999".into(),
                None,
                [401, 403, 403, 403, 404],
            ),
            (
                "GET",
                "/api/v1/admin/users".into(),
                None,
                [401, 403, 403, 403, 200],
            ),
            (
                "GET",
                "/api/v1/admin/clients".into(),
                None,
                [401, 403, 403, 403, 200],
            ),
            (
                "GET",
                "/api/v1/admin/audit".into(),
                None,
                [401, 403, 403, 403, 200],
            ),
            (
                "GET",
                "/api/v1/admin/emails".into(),
                None,
                [401, 403, 403, 403, 200],
            ),
            (
                "PATCH",
                "/api/v1/admin/users/999999".into(),
                Some(json!({"disabled": true})),
                [401, 403, 403, 403, 404],
            ),
            (
                "POST",
                "/api/v1/admin/users".into(),
                Some(json!({"email": "made@vcm.example", "display_name": "Made", "role": "admin"})),
                [401, 403, 403, 403, 201],
            ),
            (
                "POST",
                "/api/v1/partner/artworks".into(),
                Some(json!(work("M-3", "Third jar"))),
                [401, 201, 201, 409, 403],
            ),
            (
                "POST",
                "/api/v1/partner/clients".into(),
                Some(json!({"name": "Another"})),
                [401, 201, 201, 403, 403],
            ),
            (
                "GET",
                format!("{art}/images"),
                None,
                [401, 404, 200, 200, 403],
            ),
            (
                "POST",
                format!("{art}/images"),
                Some(json!({"url": "http://10.0.0.1/a.jpg", "alt": "A jar"})),
                [401, 404, 422, 422, 403],
            ),
            (
                "GET",
                format!("{art}/images/nope"),
                None,
                [401, 404, 404, 404, 403],
            ),
            (
                "PUT",
                format!("{art}/images/nope"),
                Some(json!({"alt": "A jar"})),
                [401, 404, 404, 404, 403],
            ),
            (
                "DELETE",
                format!("{art}/images/nope"),
                None,
                [401, 404, 404, 404, 403],
            ),
        ];
        // Who is refused is what the OpenAPI document says each operation
        // needs (its bearer scope), the rule the handlers' parameters enforce.
        let doc: Value = serde_json::from_str(&vcm_api::cli::openapi_json()).unwrap();
        for (method, path, _, expected) in &matrix {
            let role = role_of(&doc, method, path);
            // anonymous, other editor, own editor, own client, admin
            let refused = match role.as_deref() {
                Some("admin") => [true, true, true, true, false],
                Some("museum") => [true, false, false, false, true],
                Some("editor") => [true, false, false, true, true],
                Some("person") => [true, false, false, true, false],
                other => panic!("{method} {path}: unknown role {other:?}"),
            };
            let refusals = expected.map(|status| matches!(status, 401 | 403));
            assert_eq!(refusals, refused, "{method} {path} needs {role:?}");
            assert_eq!(expected[0], 401, "{method} {path}");
        }
        let callers = [None, Some(&other), Some(&own), Some(&client), Some(&admin)];
        let names = [
            "anonymous",
            "other museum's editor",
            "own editor",
            "own client",
            "admin",
        ];
        for (method, path, body, expected) in &matrix {
            for (i, caller) in callers.iter().enumerate() {
                let mut req = app.call(method, path, caller.map(String::as_str));
                if let Some(b) = body {
                    req = req.json(b);
                }
                let res = req.send().await.unwrap();
                let status = res.status().as_u16();
                assert_eq!(
                    status,
                    expected[i],
                    "{:?} {method} {path} as {}: {}",
                    app.backend,
                    names[i],
                    res.text().await.unwrap()
                );
                if status >= 400 {
                    assert_eq!(
                        res.headers()["content-type"],
                        "application/problem+json",
                        "{method} {path}"
                    );
                }
            }
        }
        // Every protected route is in the matrix.
        for (path, ops) in doc["paths"].as_object().unwrap() {
            for (method, op) in ops.as_object().unwrap() {
                if op.get("security").is_none() {
                    continue;
                }
                let covered = matrix.iter().any(|(m, p, _, _)| {
                    m.eq_ignore_ascii_case(method)
                        && matches_template(path, p.split('?').next().unwrap())
                });
                assert!(covered, "{method} {path} is not in the matrix");
            }
        }
        // Another museum's work is not found, and stays untouched.
        let mine: Value = app.get_as(&art, &own).await;
        assert_eq!(mine["title"], "Moon jar");
    }
}

/// The role an operation of the OpenAPI document needs: its bearer scope.
fn role_of(doc: &Value, method: &str, path: &str) -> Option<String> {
    let path = path.split('?').next().unwrap();
    let (_, ops) = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .find(|(template, _)| matches_template(template, path))
        .unwrap_or_else(|| panic!("{path} is not in the OpenAPI document"));
    let op = &ops[method.to_ascii_lowercase()];
    let role = op["security"][0]["bearer"][0].as_str().map(str::to_owned);
    if role.is_some() {
        // Its refusals are documented, from the role (http::doc::add_refusals).
        for status in ["401", "403"] {
            assert!(
                op["responses"][status].is_object(),
                "{method} {path} does not document its {status}"
            );
        }
    }
    role
}

/// Whether a path fits an OpenAPI path template (`{name}` is one segment).
fn matches_template(template: &str, path: &str) -> bool {
    let (t, p): (Vec<_>, Vec<_>) = (template.split('/').collect(), path.split('/').collect());
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| t == p || (t.starts_with('{') && !p.is_empty()))
}

fn forge(claims: &Value, key: &[u8]) -> String {
    use base64::Engine;
    let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
    let header = b64(br#"{"typ":"JWT","alg":"HS256"}"#);
    let payload = b64(claims.to_string().as_bytes());
    let signing_input = format!("{header}.{payload}");
    let mac = hmac_sha256(key, signing_input.as_bytes());
    format!("{signing_input}.{}", b64(&mac))
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let mut k = [0u8; 64];
    if key.len() > 64 {
        k[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let pad = |b: u8| k.iter().map(|x| x ^ b).collect::<Vec<u8>>();
    let inner = Sha256::digest([pad(0x36), data.to_vec()].concat());
    Sha256::digest([pad(0x5c), inner.to_vec()].concat()).to_vec()
}

#[tokio::test]
async fn tampered_expired_and_misdirected_tokens_are_refused() {
    for app in TestApp::each_backend().await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let key: String = {
            use diesel::prelude::*;
            use vcm_api::db::schema::secrets;
            secrets::table
                .find("jwt_hs256")
                .select(secrets::value)
                .first(&mut app.db())
                .unwrap()
        };
        let now = chrono::Utc::now().timestamp();
        let claims = |aud: &str, exp: i64| json!({"iss": "vcm", "aud": aud, "sub": "user:1", "iat": now, "exp": exp});
        let payload = token.split('.').nth(1).unwrap();
        let alg_none = {
            use base64::Engine;
            let h = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(br#"{"alg":"none","typ":"JWT"}"#);
            format!("{h}.{payload}.")
        };
        let cases = [
            ("the genuine token", token.clone(), 200),
            ("alg none", alg_none, 401),
            (
                "a wrong key",
                forge(
                    &claims("vcm-api", now + 600),
                    b"not-the-key-not-the-key-not-the-key",
                ),
                401,
            ),
            (
                "expired",
                forge(&claims("vcm-api", now - 600), key.as_bytes()),
                401,
            ),
            (
                "a wrong audience",
                forge(&claims("another-api", now + 600), key.as_bytes()),
                401,
            ),
            (
                "a changed payload",
                {
                    let parts: Vec<&str> = token.split('.').collect();
                    use base64::Engine;
                    let p = base64::engine::general_purpose::URL_SAFE_NO_PAD
                        .encode(claims("vcm-api", now + 9999).to_string());
                    format!("{}.{p}.{}", parts[0], parts[2])
                },
                401,
            ),
            (
                "the right key",
                forge(&claims("vcm-api", now + 600), key.as_bytes()),
                200,
            ),
            ("garbage", "not.a.jwt".into(), 401),
        ];
        for (what, t, status) in cases {
            let res = app
                .call("GET", "/api/v1/auth/me", Some(&t))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), status, "{:?} {what}", app.backend);
            if status == 401 {
                assert!(res.headers().contains_key("www-authenticate"));
                assert_problem(res, 401, "unauthorized", what).await;
            }
        }
    }
}

async fn refresh(app: &TestApp, cookie: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/auth/refresh"))
        .header("cookie", format!("vcm_refresh={cookie}"))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn refresh_tokens_rotate_and_a_reused_one_revokes_the_whole_sign_in() {
    for app in TestApp::each_backend().await {
        let password = app.add_user("ed@korea.example", Some(KOREA));
        let (_, first) = app.login("ed@korea.example", &password).await;
        let res = refresh(&app, &first).await;
        assert_eq!(res.status(), 200);
        let cookie_header = res.headers()["set-cookie"].to_str().unwrap().to_owned();
        for attr in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/api/v1/auth"] {
            assert!(cookie_header.contains(attr), "{cookie_header}");
        }
        let second = refresh_cookie(&res).unwrap();
        assert_ne!(first, second, "it rotates");
        let session: Value = res.json().await.unwrap();
        assert_eq!(session["user"]["email"], "ed@korea.example");
        // The spent token again: refused, and the family is revoked.
        assert_problem(
            refresh(&app, &first).await,
            401,
            "invalid_refresh_token",
            "reuse",
        )
        .await;
        assert_problem(
            refresh(&app, &second).await,
            401,
            "invalid_refresh_token",
            "revoked family",
        )
        .await;
        // A new sign-in works; logout ends it.
        let (_, third) = app.login("ed@korea.example", &password).await;
        let out = app
            .client
            .post(app.url("/api/v1/auth/logout"))
            .header("cookie", format!("vcm_refresh={third}"))
            .send()
            .await
            .unwrap();
        assert_eq!(out.status(), 204);
        assert!(
            out.headers()["set-cookie"]
                .to_str()
                .unwrap()
                .contains("Max-Age=0")
        );
        assert_problem(
            refresh(&app, &third).await,
            401,
            "invalid_refresh_token",
            "after logout",
        )
        .await;
        assert_problem(
            refresh(&app, "made-up").await,
            401,
            "invalid_refresh_token",
            "unknown",
        )
        .await;
        let none = app
            .client
            .post(app.url("/api/v1/auth/refresh"))
            .send()
            .await
            .unwrap();
        assert_eq!(none.status(), 204, "no cookie: nobody is signed in");
    }
}

#[tokio::test]
async fn failed_sign_ins_are_limited_per_account_and_bad_bodies_get_a_4xx() {
    for app in TestApp::each_backend().await {
        let password = app.add_user("ed@korea.example", Some(KOREA));
        let login = |email: &str, pw: &str| {
            app.client
                .post(app.url("/api/v1/auth/login"))
                .json(&json!({"email": email, "password": pw}))
                .send()
        };
        assert_problem(
            login("nobody@x.example", "whatever-long").await.unwrap(),
            401,
            "invalid_credentials",
            "unknown",
        )
        .await;
        for _ in 0..5 {
            assert_problem(
                login("ed@korea.example", "wrong password!").await.unwrap(),
                401,
                "invalid_credentials",
                "wrong",
            )
            .await;
        }
        let res = login("ED@korea.example", &password).await.unwrap();
        assert!(res.headers().contains_key("retry-after"));
        assert_problem(
            res,
            429,
            "too_many_requests",
            "locked, even with the right password",
        )
        .await;
        let res = app
            .client
            .post(app.url("/api/v1/auth/login"))
            .header("content-type", "application/json")
            .body("{not json")
            .send()
            .await
            .unwrap();
        assert_problem(res, 400, "malformed_body", "broken JSON").await;
        let res = app
            .client
            .post(app.url("/api/v1/auth/login"))
            .body("email=a")
            .send()
            .await
            .unwrap();
        assert_problem(res, 415, "unsupported_media_type", "not JSON").await;
    }
}

#[tokio::test]
async fn oauth_client_credentials_give_a_token_until_the_client_is_revoked() {
    for app in TestApp::each_backend().await {
        let editor_token = app.editor_token("ed@korea.example", KOREA).await;
        let editor = app.api_as(&editor_token);
        let tms = NewApiClient { name: "TMS".into() };
        let created = editor.send(signed_in::create_client(&tms)).await.unwrap();
        let (id, secret) = (
            created.client.client_id.as_str(),
            created.client_secret.as_str(),
        );
        // The token endpoint speaks OAuth 2.0 forms, not the API's JSON.
        // HTTP Basic works as well as form fields.
        let res = app
            .client
            .post(app.url("/api/v1/oauth/token"))
            .basic_auth(id, Some(secret))
            .form(&[("grant_type", "client_credentials")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let token: OAuthToken = res.json().await.unwrap();
        assert_eq!(token.token_type, "Bearer");
        let client = app.api_as(&token.access_token);
        let listed = app.get_as("/api/v1/partner/clients", &editor_token).await;
        assert!(
            listed["items"][0].get("client_secret").is_none(),
            "the secret is never listed"
        );
        let listed = editor.send(signed_in::clients()).await.unwrap();
        assert!(listed.items[0].last_used_at.is_some());
        let token_with = |form: Vec<(&'static str, String)>| {
            app.client
                .post(app.url("/api/v1/oauth/token"))
                .form(&form)
                .send()
        };
        let bad = token_with(vec![
            ("grant_type", "client_credentials".into()),
            ("client_id", id.into()),
            ("client_secret", "wrong".into()),
        ]);
        assert_problem(bad.await.unwrap(), 401, "invalid_client", "wrong secret").await;
        let bad = token_with(vec![("grant_type", "password".into())]);
        assert_problem(bad.await.unwrap(), 400, "unsupported_grant_type", "grant").await;
        let bad = token_with(vec![("grant_type", "client_credentials".into())]);
        assert_problem(bad.await.unwrap(), 401, "invalid_client", "no credentials").await;
        let museum = client.answer(signed_in::partner_museum()).await.unwrap();
        assert_eq!(museum.status, 200);
        let revoked = editor.answer(signed_in::revoke_client(id)).await.unwrap();
        assert_eq!(revoked.status, 204);
        refused(
            client.send(signed_in::partner_museum()).await,
            401,
            ErrorCode::Unauthorized,
            "revoked client's token stops at once",
        );
        let again = token_with(vec![
            ("grant_type", "client_credentials".into()),
            ("client_id", id.into()),
            ("client_secret", secret.into()),
        ]);
        assert_problem(again.await.unwrap(), 401, "invalid_client", "revoked").await;
    }
}

#[tokio::test]
async fn two_updates_from_the_same_version_one_wins_and_one_gets_412() {
    for app in TestApp::each_backend().await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let api = app.api_as(&token);
        let created = api
            .answer(signed_in::create_artwork(&work("C-1", "Celadon ewer")))
            .await
            .unwrap();
        assert_eq!(created.status, 201);
        let slug = created.body.artwork.slug;
        let read = api.answer(signed_in::partner_artwork(&slug)).await.unwrap();
        assert_eq!(
            (read.etag.as_deref(), read.body.version),
            (Some("\"1\""), 1)
        );
        let put = |title: &str| {
            let mut body = work("C-1", title);
            body.slug = Some(slug.clone());
            api.send(signed_in::update_artwork(&slug, 1, &body))
        };
        let (a, b) = tokio::join!(
            put("Celadon ewer, version A"),
            put("Celadon ewer, version B")
        );
        let (won, lost) = match (a, b) {
            (Ok(won), Err(lost)) | (Err(lost), Ok(won)) => (won, lost),
            other => panic!("{:?}: one update wins, one loses: {other:?}", app.backend),
        };
        assert_eq!(won.version, 2);
        assert_eq!(lost.code(), Some(ErrorCode::PreconditionFailed), "{lost}");
        let now = api.send(signed_in::partner_artwork(&slug)).await.unwrap();
        assert_eq!((now.version, now.artwork.title), (2, won.artwork.title));
        let path = format!("/api/v1/partner/artworks/{slug}");
        let no_match = app
            .call("PUT", &path, Some(&token))
            .json(&work("C-1", "x"))
            .send()
            .await
            .unwrap();
        assert_problem(no_match, 428, "precondition_required", "no If-Match").await;
        let bad_match = app
            .call("PUT", &path, Some(&token))
            .header("if-match", "yesterday")
            .json(&work("C-1", "x"))
            .send()
            .await
            .unwrap();
        assert_problem(
            bad_match,
            400,
            "invalid_parameter",
            "If-Match not a version",
        )
        .await;
    }
}

/// The partner guide's Rust example (openapi/README.md), with an API
/// client's token as a collection system has.
#[tokio::test]
async fn the_typed_client_keeps_a_work_as_the_partner_guide_shows() {
    for app in TestApp::each_backend().await {
        let editor = app.editor_token("ed@korea.example", KOREA).await;
        let (_, token) = app.client_token(&editor).await;
        let vcm = Client::new(app.base.clone()).with_token(token);
        let ewer = ArtworkInput {
            title: "Celadon ewer".into(),
            object_type: ObjectType::Ceramics,
            rights: "http://creativecommons.org/publicdomain/zero/1.0/".into(),
            statement: Some("A Goryeo celadon ewer in the shape of a bamboo shoot.".into()),
            ..Default::default()
        };
        let saved = vcm
            .send(signed_in::upsert_by_inventory("GUIDE-5", &ewer))
            .await
            .unwrap();
        assert_eq!(saved.outcome, RowOutcome::Created);
        let nominated = vcm
            .send(signed_in::nominate(&saved.artwork.artwork.slug))
            .await
            .unwrap();
        assert_eq!(nominated.artwork.status, WorkStatus::InReview);
        let again = vcm
            .send(signed_in::upsert_by_inventory("GUIDE-5", &ewer))
            .await
            .unwrap();
        assert_eq!(again.outcome, RowOutcome::Unchanged);
        // A refusal arrives typed, field by field.
        let bad = ArtworkInput {
            title: String::new(),
            ..ewer
        };
        let refused = vcm
            .send(signed_in::upsert_by_inventory("GUIDE-6", &bad))
            .await
            .unwrap_err();
        assert_eq!(refused.code(), Some(ErrorCode::ValidationFailed));
        assert_eq!(refused.field(), Some("title"));
        // A person's account calls are not an API client's.
        let me = vcm.send(signed_in::me()).await.unwrap_err();
        assert_eq!(me.status(), Some(403), "{me}");
    }
}

#[tokio::test]
async fn upserts_by_inventory_number_are_idempotent_and_writes_are_validated() {
    for app in TestApp::each_backend().await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let editor = app.api_as(&token);
        let upsert =
            |input: &ArtworkInput| editor.answer(signed_in::upsert_by_inventory("N 83", input));
        let mut input = ArtworkInput {
            inventory_number: None,
            origin_country: Some("Korea".into()),
            makers: vec![Maker {
                name: "Unknown sculptor".into(),
                name_original: None,
                role: MakerRole::Artist,
                dates: None,
            }],
            ..work("ignored", "Maitreya in meditation")
        };
        let first = upsert(&input).await.unwrap();
        assert_eq!(first.status, 201, "created");
        let first = first.body;
        assert_eq!(first.outcome, RowOutcome::Created);
        let created = &first.artwork.artwork;
        assert_eq!(created.inventory_number.as_deref(), Some("N 83"));
        assert_eq!(created.origin_country.as_ref().unwrap().code, "KR");
        assert_eq!(created.status, WorkStatus::Draft);
        let again = upsert(&input).await.unwrap().body;
        assert_eq!(again.outcome, RowOutcome::Unchanged);
        assert_eq!(again.artwork.version, 1);
        input.title = "Pensive Bodhisattva".into();
        let changed = upsert(&input).await.unwrap().body;
        assert_eq!(changed.outcome, RowOutcome::Updated);
        assert_eq!(changed.artwork.version, 2);
        let slug = changed.artwork.artwork.slug;
        assert_eq!(slug, created.slug, "the slug stays");
        // Bad input, sent raw: every problem named by field and code, never a 500.
        let put = |number: &str, body: Value| {
            app.call(
                "PUT",
                &format!("/api/v1/partner/artworks/by-inventory/{number}"),
                Some(&token),
            )
            .json(&body)
            .send()
        };
        let bad = put("N%2084", json!({"title": "", "object_type": "vase", "year_begin": 1900, "year_end": 1800, "rights": "mine", "colour": "red"})).await.unwrap();
        let problem = assert_problem(bad, 422, "validation_failed", "bad work").await;
        let problem: Problem = serde_json::from_value(problem).unwrap();
        let fields: Vec<(&str, FieldCode)> = problem
            .errors
            .iter()
            .map(|e| (e.field.as_str(), e.code))
            .collect();
        assert_eq!(
            fields,
            [
                ("title", FieldCode::Required),
                ("object_type", FieldCode::UnknownValue),
                ("year_end", FieldCode::OutOfRange),
                ("rights", FieldCode::UnknownValue),
                ("colour", FieldCode::UnknownField),
            ]
        );
        refused(
            editor
                .send(signed_in::upsert_by_inventory("N 85", &work("OTHER", "x")))
                .await,
            422,
            ErrorCode::ValidationFailed,
            "number differs",
        );
        let not_object = put("N%2085", json!([1, 2])).await.unwrap();
        assert_problem(not_object, 400, "malformed_body", "an array").await;
        // Creating with a number in use is a conflict; a taken slug is a field error.
        refused(
            editor
                .send(signed_in::create_artwork(&work("N 83", "Again")))
                .await,
            409,
            ErrorCode::Conflict,
            "inventory number in use",
        );
        let taken = ArtworkInput {
            slug: Some(slug.clone()),
            ..work("N 86", "Taken slug")
        };
        refused(
            editor.send(signed_in::create_artwork(&taken)).await,
            422,
            ErrorCode::ValidationFailed,
            "slug taken",
        );
        // The work is not public until published.
        refused(
            app.api().send(public::artwork(&slug)).await,
            404,
            ErrorCode::NotFound,
            "a draft",
        );
    }
}

/// The museum's works whose title or number holds `q`, read as the partner
/// pages read them.
async fn search_mine(app: &TestApp, token: &str, q: &str) -> Vec<PartnerArtworkItem> {
    let path = format!("/api/v1/partner/artworks?q={q}");
    let page: PartnerArtworkPage = serde_json::from_value(app.get_as(&path, token).await).unwrap();
    page.items
}

#[tokio::test]
async fn nomination_needs_a_statement_and_room_in_the_quota() {
    for app in TestApp::each_backend().await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let editor = app.api_as(&token);
        let no_statement = ArtworkInput {
            statement: None,
            ..work("Q-1", "Untitled jar")
        };
        let bare = create(&app, &token, &no_statement).await;
        let p = refused(
            editor.send(signed_in::nominate(&bare)).await,
            422,
            ErrorCode::ValidationFailed,
            "no statement",
        );
        assert_eq!(p.errors[0].field, "statement");
        let museum = editor.send(signed_in::partner_museum()).await.unwrap();
        let used = museum.counts.published + museum.counts.in_review;
        {
            use diesel::prelude::*;
            use vcm_api::db::schema::museums;
            diesel::update(museums::table.filter(museums::slug.eq(KOREA)))
                .set(museums::masterpiece_quota.eq(used as i32 + 1))
                .execute(&mut app.db())
                .unwrap();
        }
        let a = create(&app, &token, &work("Q-2", "Jar A")).await;
        let b = create(&app, &token, &work("Q-3", "Jar B")).await;
        let nominate = |slug: &str| editor.send(signed_in::nominate(slug));
        let ok = nominate(&a).await.unwrap();
        assert_eq!(ok.artwork.status, WorkStatus::InReview);
        refused(
            nominate(&b).await,
            409,
            ErrorCode::QuotaExceeded,
            "over quota",
        );
        refused(
            nominate(&a).await,
            409,
            ErrorCode::InvalidTransition,
            "twice",
        );
        // Withdrawing frees the place.
        let lent = WithdrawalRequest {
            reason: WithdrawalReason::Other,
            note: Some("Lent to another exhibition.".into()),
        };
        let w = editor.send(signed_in::withdraw(&a, &lent)).await.unwrap();
        assert_eq!(w.artwork.status, WorkStatus::Withdrawn);
        let ok = nominate(&b).await.unwrap();
        assert_eq!(ok.artwork.status, WorkStatus::InReview);
        let dash = editor.send(signed_in::partner_museum()).await.unwrap();
        assert_eq!(dash.counts.withdrawn, 1);
        assert_eq!(i64::from(dash.quota), used + 1);
        let drafts = editor
            .send(signed_in::partner_artworks(
                Some(WorkStatus::Draft),
                None,
                None,
            ))
            .await
            .unwrap();
        assert!(drafts.items.iter().all(|i| i.status == WorkStatus::Draft));
        let titles: Vec<String> = search_mine(&app, &token, "JAR%20")
            .await
            .into_iter()
            .map(|i| i.title)
            .collect();
        assert_eq!(titles.len(), 3, "{titles:?}");
        assert!(titles.iter().all(|t| t.to_lowercase().contains("jar")));
        let by_number = search_mine(&app, &token, "q-3").await;
        assert_eq!(by_number[0].inventory_number.as_deref(), Some("Q-3"));
        let bad = app
            .call("GET", "/api/v1/partner/artworks?status=lost", Some(&token))
            .send()
            .await
            .unwrap();
        assert_problem(bad, 400, "invalid_parameter", "status").await;
    }
}

/// The last audit entries matching `filters`, for the secretariat.
async fn audited(admin: &Client, filters: &[(&'static str, &str)]) -> AuditPage {
    let filters = filters.iter().map(|(k, v)| (*k, v.to_string())).collect();
    admin.send(signed_in::audit(filters, None)).await.unwrap()
}

#[tokio::test]
async fn the_museum_profile_is_updated_with_its_version_and_audited() {
    for app in TestApp::each_backend().await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let editor = app.api_as(&token);
        let admin = app.api_as(&app.admin_token("admin@vcm.example").await);
        let read = editor.send(signed_in::partner_museum()).await.unwrap();
        let m = &read.museum;
        let mut profile = MuseumInput {
            name: m.name.clone(),
            name_local: m.name_local.clone(),
            name_local_lang: m.name_local_lang.clone(),
            city: m.city.clone(),
            latitude: m.latitude,
            longitude: m.longitude,
            website: m.website.clone(),
            description: "A new description.".into(),
        };
        let update = |profile: &MuseumInput, version: i64| {
            editor.answer(signed_in::update_partner_museum(version, profile))
        };
        let ok = update(&profile, read.version).await.unwrap();
        assert_eq!(ok.status, 200);
        refused(
            update(&profile, read.version).await,
            412,
            ErrorCode::PreconditionFailed,
            "stale",
        );
        profile.latitude = Some(123.0);
        refused(
            update(&profile, ok.body.version).await,
            422,
            ErrorCode::ValidationFailed,
            "latitude",
        );
        let public = app.api().send(public::museum(KOREA)).await.unwrap();
        assert_eq!(public.description, "A new description.");
        let audit = audited(&admin, &[("action", "museum.update"), ("museum", KOREA)]).await;
        let entry = &audit.items[0];
        assert_eq!(entry.actor, "ed@korea.example");
        assert_eq!(entry.actor_kind, ActorKind::User);
        assert_eq!(
            entry.before.as_ref().unwrap()["description"],
            json!(m.description)
        );
        assert_eq!(
            entry.after.as_ref().unwrap()["description"],
            "A new description."
        );
    }
}

#[tokio::test]
async fn the_audit_log_records_who_changed_what_and_filters() {
    for app in TestApp::each_backend().await {
        let editor = app.editor_token("ed@korea.example", KOREA).await;
        let admin = app.api_as(&app.admin_token("admin@vcm.example").await);
        let (client_id, client) = app.client_token(&editor).await;
        let slug = create(&app, &editor, &work("A-1", "Before")).await;
        let after = ArtworkInput {
            slug: Some(slug.clone()),
            ..work("A-1", "After")
        };
        let saved = app
            .api_as(&client)
            .answer(signed_in::upsert_by_inventory("A-1", &after))
            .await
            .unwrap();
        assert_eq!(saved.status, 200);
        let log = audited(&admin, &[("entity", "artwork"), ("key", &slug)]).await;
        let items = &log.items;
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].action, "artwork.update");
        assert_eq!(items[0].actor_kind, ActorKind::Client);
        assert_eq!(items[0].actor, client_id);
        assert_eq!(items[0].before.as_ref().unwrap()["title"], "Before");
        assert_eq!(items[0].after.as_ref().unwrap()["title"], "After");
        assert_eq!(items[0].museum.as_deref(), Some(KOREA));
        assert_eq!(items[1].action, "artwork.create");
        assert!(items[1].before.is_none());
        let by_actor = audited(&admin, &[("actor", "ed@korea.example"), ("limit", "1")]).await;
        assert_eq!(by_actor.items.len(), 1);
        let cursor = by_actor.next_cursor.unwrap();
        let actor = vec![("actor", "ed@korea.example".to_owned())];
        let older = admin
            .send(signed_in::audit(actor, Some(&cursor)))
            .await
            .unwrap();
        assert!(older.items.iter().all(|i| i.actor == "ed@korea.example"));
        for (filter, value) in [("since", "yesterday"), ("cursor", "abc")] {
            refused(
                admin
                    .send(signed_in::audit(vec![(filter, value.into())], None))
                    .await,
                400,
                ErrorCode::InvalidParameter,
                filter,
            );
        }
    }
}

#[tokio::test]
async fn password_resets_and_invitations_go_through_the_outbox() {
    for app in TestApp::each_backend().await {
        let admin = app.api_as(&app.admin_token("admin@vcm.example").await);
        let visitor = app.api();
        let invite = UserInvite {
            email: "New.Editor@Korea.example".into(),
            display_name: "New Editor".into(),
            role: Role::Editor,
            museum: Some(KOREA.into()),
        };
        let invited = admin.answer(signed_in::invite_user(&invite)).await.unwrap();
        assert_eq!(invited.status, 201);
        let user = invited.body;
        assert!(!user.has_password);
        assert_eq!(user.email, "new.editor@korea.example");
        let token_in = |email: &Email| {
            email
                .body
                .lines()
                .find_map(|l| {
                    l.strip_prefix("Your token, if you set the password through the API: ")
                })
                .unwrap()
                .to_owned()
        };
        let email = wait_for_email(&admin, "new.editor@korea.example").await;
        assert!(email.subject.contains("invited"));
        let delivery = email.delivery.as_deref().unwrap();
        let file = delivery.strip_prefix("file:").expect("written as a file");
        assert!(
            std::fs::read_to_string(file)
                .unwrap()
                .contains("To: new.editor@korea.example")
        );
        let token = token_in(&email);
        let confirm = |token: &str, pw: &str| {
            let set = PasswordResetConfirm {
                token: token.into(),
                new_password: pw.into(),
            };
            visitor.answer(public::confirm_password_reset(&set))
        };
        refused(
            confirm(&token, "short").await,
            422,
            ErrorCode::ValidationFailed,
            "short",
        );
        let set = confirm(&token, "a long enough password").await.unwrap();
        assert_eq!(set.status, 204);
        refused(
            confirm(&token, "a long enough password").await,
            400,
            ErrorCode::InvalidResetToken,
            "spent",
        );
        let (session, _) = app
            .login("new.editor@korea.example", "a long enough password")
            .await;
        assert_eq!(session.user.museum.unwrap().slug, KOREA);
        // A reset for an unknown address answers the same, and sends nothing.
        for address in ["new.editor@korea.example", "nobody@nowhere.example"] {
            let ask = PasswordResetRequest {
                email: address.into(),
            };
            let asked = visitor
                .answer(public::request_password_reset(&ask))
                .await
                .unwrap();
            assert_eq!(asked.status, 202);
        }
        let reset = wait_for_email(&admin, "new.editor@korea.example").await;
        assert!(reset.subject.contains("Reset"));
        let none = admin
            .send(signed_in::emails(Some("nobody@nowhere.example"), None))
            .await
            .unwrap();
        assert!(none.items.is_empty());
        let set = confirm(&token_in(&reset), "another long password").await;
        assert_eq!(set.unwrap().status, 204);
        // Changing the password needs the current one.
        let (session, _) = app
            .login("new.editor@korea.example", "another long password")
            .await;
        let editor = app.api_as(&session.access_token);
        let change = |current: &str| {
            let change = PasswordChange {
                current_password: current.into(),
                new_password: "a third long password".into(),
            };
            editor.answer(signed_in::change_password(&change))
        };
        refused(
            change("wrong one here").await,
            401,
            ErrorCode::InvalidCredentials,
            "wrong current",
        );
        assert_eq!(change("another long password").await.unwrap().status, 204);
        app.login("new.editor@korea.example", "a third long password")
            .await;
        // Disabling an account stops its tokens at once.
        let disable = UserUpdate {
            disabled: Some(true),
            ..UserUpdate::default()
        };
        admin
            .send(signed_in::update_user(user.id, &disable))
            .await
            .unwrap();
        refused(
            editor.send(signed_in::me()).await,
            401,
            ErrorCode::Unauthorized,
            "disabled",
        );
        let again = UserInvite {
            email: "new.editor@korea.example".into(),
            display_name: "Again".into(),
            role: Role::Admin,
            museum: None,
        };
        refused(
            admin.send(signed_in::invite_user(&again)).await,
            422,
            ErrorCode::ValidationFailed,
            "taken email",
        );
    }
}

/// The newest email to an address, once it has been delivered.
async fn wait_for_email(admin: &Client, to: &str) -> Email {
    for _ in 0..100 {
        let page = admin.send(signed_in::emails(Some(to), None)).await.unwrap();
        if let Some(e) = page.items.into_iter().next()
            && e.sent_at.is_some()
        {
            return e;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no email delivered to {to}");
}

#[tokio::test]
async fn email_goes_out_by_smtp_when_a_relay_is_configured() {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    // A minimal SMTP relay standing in for the operator's mail server.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read).lines();
        write.write_all(b"220 test ESMTP\r\n").await.unwrap();
        let mut data = String::new();
        let mut in_data = false;
        while let Some(line) = lines.next_line().await.unwrap() {
            if in_data {
                if line == "." {
                    in_data = false;
                    write.write_all(b"250 queued\r\n").await.unwrap();
                } else {
                    data.push_str(&line);
                    data.push('\n');
                }
                continue;
            }
            let reply: &[u8] = match line.split(' ').next().unwrap() {
                "EHLO" => b"250-test\r\n250 8BITMIME\r\n",
                "MAIL" | "RCPT" => b"250 ok\r\n",
                "DATA" => {
                    in_data = true;
                    b"354 go on\r\n"
                }
                "QUIT" => {
                    write.write_all(b"221 bye\r\n").await.unwrap();
                    break;
                }
                _ => b"500 what\r\n",
            };
            write.write_all(reply).await.unwrap();
        }
        data
    });
    let app = TestApp::spawn(
        vcm_tests::Backend::Sqlite,
        vcm_tests::Options {
            demo: true,
            smtp_url: Some(format!("smtp://127.0.0.1:{port}")),
            ..Default::default()
        },
    )
    .await;
    app.add_user("ed@korea.example", Some(KOREA));
    let ask = PasswordResetRequest {
        email: "ed@korea.example".into(),
    };
    let asked = app
        .api()
        .answer(public::request_password_reset(&ask))
        .await
        .unwrap();
    assert_eq!(asked.status, 202);
    let data = tokio::time::timeout(std::time::Duration::from_secs(10), received)
        .await
        .unwrap()
        .unwrap();
    assert!(data.contains("To: ed@korea.example"), "{data}");
    assert!(data.contains("Subject: Reset your VCM password"), "{data}");
    let admin = app.api_as(&app.admin_token("admin@vcm.example").await);
    let sent = wait_for_email(&admin, "ed@korea.example").await;
    assert_eq!(sent.delivery.as_deref(), Some("smtp"));
}

#[tokio::test]
async fn cross_origin_calls_are_allowed_only_from_listed_origins() {
    let app = TestApp::spawn(
        vcm_tests::Backend::Sqlite,
        vcm_tests::Options {
            cors_origins: vec!["https://partner.example".into()],
            ..Default::default()
        },
    )
    .await;
    let preflight = |origin: &str| {
        app.client
            .request(reqwest::Method::OPTIONS, app.url("/api/v1/partner/museum"))
            .header("origin", origin)
            .header("access-control-request-method", "GET")
            .header("access-control-request-headers", "authorization")
            .send()
    };
    let ok = preflight("https://partner.example").await.unwrap();
    assert_eq!(
        ok.headers()["access-control-allow-origin"],
        "https://partner.example"
    );
    assert_eq!(ok.headers()["access-control-allow-credentials"], "true");
    let refused = preflight("https://evil.example").await.unwrap();
    assert!(
        !refused
            .headers()
            .contains_key("access-control-allow-origin")
    );
}

#[tokio::test]
async fn the_demo_has_an_editor_and_an_admin_to_try_the_partner_pages_with() {
    let app = TestApp::spawn(
        vcm_tests::Backend::Sqlite,
        vcm_tests::Options {
            demo: true,
            ..Default::default()
        },
    )
    .await;
    let (editor, _) = app
        .login(
            vcm_api::demo::DEMO_ACCOUNTS[1].0,
            vcm_api::demo::DEMO_PASSWORD,
        )
        .await;
    assert_eq!(editor.user.museum.unwrap().slug, KOREA);
    let (admin, _) = app
        .login(
            vcm_api::demo::DEMO_ACCOUNTS[0].0,
            vcm_api::demo::DEMO_PASSWORD,
        )
        .await;
    assert_eq!(admin.user.role, Role::Admin);
}
