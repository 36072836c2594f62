//! Accounts, tokens, role gates and the partner API, over HTTP against the
//! real server, on SQLite and PostgreSQL.

use serde_json::{Value, json};
use vcm_shared::client::{Client, signed_in};
use vcm_shared::{ArtworkInput, ErrorCode, ObjectType, RowOutcome, WorkStatus};
use vcm_tests::{TestApp, assert_problem, refresh_cookie};

const KOREA: &str = "national-museum-of-korea";
const TOKYO: &str = "tokyo-national-museum";

fn work(inventory: &str, title: &str) -> Value {
    json!({
        "inventory_number": inventory,
        "title": title,
        "object_type": "ceramics",
        "rights": "http://creativecommons.org/publicdomain/zero/1.0/",
        "statement": "A masterpiece of the potter's art.",
    })
}

/// Creates a work through the API; returns its slug.
async fn create(app: &TestApp, token: &str, body: &Value) -> String {
    let res = app
        .call("POST", "/api/v1/partner/artworks", Some(token))
        .json(body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201, "{:?} create", app.backend);
    let v: Value = res.json().await.unwrap();
    v["slug"].as_str().unwrap().to_owned()
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
        let w = work("M-2", "Second jar");
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
                Some(work("M-1", "Moon jar")),
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
                Some(work("M-3", "Third jar")),
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
        let editor = app.editor_token("ed@korea.example", KOREA).await;
        let created: Value = app
            .call("POST", "/api/v1/partner/clients", Some(&editor))
            .json(&json!({"name": "TMS"}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let (id, secret) = (
            created["client"]["client_id"].as_str().unwrap(),
            created["client_secret"].as_str().unwrap(),
        );
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
        let token: Value = res.json().await.unwrap();
        assert_eq!(token["token_type"], "Bearer");
        let t = token["access_token"].as_str().unwrap();
        let listed: Value = app.get_as("/api/v1/partner/clients", &editor).await;
        assert!(
            listed["items"][0].get("client_secret").is_none(),
            "the secret is never listed"
        );
        assert!(listed["items"][0]["last_used_at"].is_string());
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
        assert_eq!(
            app.call("GET", "/api/v1/partner/museum", Some(t))
                .send()
                .await
                .unwrap()
                .status(),
            200
        );
        let revoke = app
            .call(
                "DELETE",
                &format!("/api/v1/partner/clients/{id}"),
                Some(&editor),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(revoke.status(), 204);
        let after = app
            .call("GET", "/api/v1/partner/museum", Some(t))
            .send()
            .await
            .unwrap();
        assert_problem(
            after,
            401,
            "unauthorized",
            "revoked client's token stops at once",
        )
        .await;
        let again = token_with(vec![
            ("grant_type", "client_credentials".into()),
            ("client_id", id.into()),
            ("client_secret", secret.into()),
        ]);
        assert_problem(again.await.unwrap(), 401, "invalid_client", "revoked").await;
    }
}

/// A work as a collection system sends it, through the typed client.
fn typed_work(inventory: &str, title: &str) -> ArtworkInput {
    ArtworkInput {
        inventory_number: Some(inventory.into()),
        title: title.into(),
        object_type: ObjectType::Ceramics,
        rights: "http://creativecommons.org/publicdomain/zero/1.0/".into(),
        statement: Some("A masterpiece of the potter's art.".into()),
        ..Default::default()
    }
}

#[tokio::test]
async fn two_updates_from_the_same_version_one_wins_and_one_gets_412() {
    for app in TestApp::each_backend().await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let api = app.api_as(&token);
        let created = api
            .answer(signed_in::create_artwork(&typed_work(
                "C-1",
                "Celadon ewer",
            )))
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
            let mut body = typed_work("C-1", title);
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
        let put = |number: &str, body: Value| {
            app.call(
                "PUT",
                &format!("/api/v1/partner/artworks/by-inventory/{number}"),
                Some(&token),
            )
            .json(&body)
            .send()
        };
        let mut body = work("ignored", "Maitreya in meditation");
        body.as_object_mut().unwrap().remove("inventory_number");
        body["origin_country"] = json!("Korea");
        body["makers"] = json!([{"name": "Unknown sculptor", "role": "artist"}]);
        let first = put("N%2083", body.clone()).await.unwrap();
        assert_eq!(first.status(), 201, "created");
        let first: Value = first.json().await.unwrap();
        assert_eq!(first["outcome"], "created");
        assert_eq!(first["artwork"]["inventory_number"], "N 83");
        assert_eq!(first["artwork"]["origin_country"]["code"], "KR");
        assert_eq!(first["artwork"]["status"], "draft");
        let again: Value = put("N%2083", body.clone())
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(again["outcome"], "unchanged");
        assert_eq!(again["artwork"]["version"], 1);
        body["title"] = json!("Pensive Bodhisattva");
        let changed: Value = put("N%2083", body.clone())
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(changed["outcome"], "updated");
        assert_eq!(changed["artwork"]["version"], 2);
        assert_eq!(
            changed["artwork"]["slug"], first["artwork"]["slug"],
            "the slug stays"
        );
        // Bad input: every problem named by field and code, never a 500.
        let bad = put("N%2084", json!({"title": "", "object_type": "vase", "year_begin": 1900, "year_end": 1800, "rights": "mine", "colour": "red"})).await.unwrap();
        let problem = assert_problem(bad, 422, "validation_failed", "bad work").await;
        let fields: Vec<(&str, &str)> = problem["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
            .collect();
        assert_eq!(
            fields,
            [
                ("title", "required"),
                ("object_type", "unknown_value"),
                ("year_end", "out_of_range"),
                ("rights", "unknown_value"),
                ("colour", "unknown_field"),
            ]
        );
        let mismatch = put("N%2085", work("OTHER", "x")).await.unwrap();
        assert_problem(mismatch, 422, "validation_failed", "number differs").await;
        let not_object = put("N%2085", json!([1, 2])).await.unwrap();
        assert_problem(not_object, 400, "malformed_body", "an array").await;
        // Creating with a number in use is a conflict; a taken slug is a field error.
        let dup = app
            .call("POST", "/api/v1/partner/artworks", Some(&token))
            .json(&work("N 83", "Again"))
            .send()
            .await
            .unwrap();
        assert_problem(dup, 409, "conflict", "inventory number in use").await;
        let mut taken = work("N 86", "Taken slug");
        taken["slug"] = changed["artwork"]["slug"].clone();
        let dup = app
            .call("POST", "/api/v1/partner/artworks", Some(&token))
            .json(&taken)
            .send()
            .await
            .unwrap();
        assert_problem(dup, 422, "validation_failed", "slug taken").await;
        // The work is not public until published.
        let slug = changed["artwork"]["slug"].as_str().unwrap();
        app.get_problem(&format!("/api/v1/artworks/{slug}"), 404, "not_found")
            .await;
    }
}

#[tokio::test]
async fn nomination_needs_a_statement_and_room_in_the_quota() {
    for app in TestApp::each_backend().await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let mut no_statement = work("Q-1", "Untitled jar");
        no_statement.as_object_mut().unwrap().remove("statement");
        let bare = create(&app, &token, &no_statement).await;
        let res = app
            .call(
                "POST",
                &format!("/api/v1/partner/artworks/{bare}/nominate"),
                Some(&token),
            )
            .send()
            .await
            .unwrap();
        let p = assert_problem(res, 422, "validation_failed", "no statement").await;
        assert_eq!(p["errors"][0]["field"], "statement");
        let museum: Value = app.get_as("/api/v1/partner/museum", &token).await;
        let used = museum["counts"]["published"].as_i64().unwrap()
            + museum["counts"]["in_review"].as_i64().unwrap();
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
        let nominate = |slug: &str| {
            app.call(
                "POST",
                &format!("/api/v1/partner/artworks/{slug}/nominate"),
                Some(&token),
            )
            .send()
        };
        let ok: Value = nominate(&a).await.unwrap().json().await.unwrap();
        assert_eq!(ok["status"], "in_review");
        assert_problem(
            nominate(&b).await.unwrap(),
            409,
            "quota_exceeded",
            "over quota",
        )
        .await;
        assert_problem(
            nominate(&a).await.unwrap(),
            409,
            "invalid_transition",
            "twice",
        )
        .await;
        // Withdrawing frees the place.
        let w: Value = app
            .call(
                "POST",
                &format!("/api/v1/partner/artworks/{a}/withdraw"),
                Some(&token),
            )
            .json(&json!({"reason": "other", "note": "Lent to another exhibition."}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(w["status"], "withdrawn");
        let ok: Value = nominate(&b).await.unwrap().json().await.unwrap();
        assert_eq!(ok["status"], "in_review");
        let dash: Value = app.get_as("/api/v1/partner/museum", &token).await;
        assert_eq!(dash["counts"]["withdrawn"], 1);
        assert_eq!(dash["quota"], used + 1);
        let drafts: Value = app
            .get_as("/api/v1/partner/artworks?status=draft", &token)
            .await;
        assert!(
            drafts["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|i| i["status"] == "draft")
        );
        let found: Value = app
            .get_as("/api/v1/partner/artworks?q=JAR%20", &token)
            .await;
        let titles: Vec<&str> = found["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["title"].as_str().unwrap())
            .collect();
        assert_eq!(titles.len(), 3, "{titles:?}");
        assert!(titles.iter().all(|t| t.to_lowercase().contains("jar")));
        let by_number: Value = app.get_as("/api/v1/partner/artworks?q=q-3", &token).await;
        assert_eq!(by_number["items"][0]["inventory_number"], "Q-3");
        let bad = app
            .call("GET", "/api/v1/partner/artworks?status=lost", Some(&token))
            .send()
            .await
            .unwrap();
        assert_problem(bad, 400, "invalid_parameter", "status").await;
    }
}

#[tokio::test]
async fn the_museum_profile_is_updated_with_its_version_and_audited() {
    for app in TestApp::each_backend().await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let admin = app.admin_token("admin@vcm.example").await;
        let res = app
            .call("GET", "/api/v1/partner/museum", Some(&token))
            .send()
            .await
            .unwrap();
        let etag = res.headers()["etag"].to_str().unwrap().to_owned();
        let m: Value = res.json().await.unwrap();
        let mut profile = json!({
            "name": m["museum"]["name"], "name_local": m["museum"]["name_local"],
            "name_local_lang": m["museum"]["name_local_lang"], "city": m["museum"]["city"],
            "latitude": m["museum"]["latitude"], "longitude": m["museum"]["longitude"],
            "website": m["museum"]["website"], "description": "A new description.",
        });
        let put = |body: &Value, etag: &str| {
            app.call("PUT", "/api/v1/partner/museum", Some(&token))
                .header("if-match", etag)
                .json(body)
                .send()
        };
        let ok = put(&profile, &etag).await.unwrap();
        assert_eq!(ok.status(), 200);
        assert_problem(
            put(&profile, &etag).await.unwrap(),
            412,
            "precondition_failed",
            "stale",
        )
        .await;
        profile["latitude"] = json!(123.0);
        let bad = put(&profile, "\"2\"").await.unwrap();
        assert_problem(bad, 422, "validation_failed", "latitude").await;
        let public = app.get_json(&format!("/api/v1/museums/{KOREA}")).await;
        assert_eq!(public["description"], "A new description.");
        let audit: Value = app
            .call(
                "GET",
                &format!("/api/v1/admin/audit?action=museum.update&museum={KOREA}"),
                Some(&admin),
            )
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let entry = &audit["items"][0];
        assert_eq!(entry["actor"], "ed@korea.example");
        assert_eq!(entry["actor_kind"], "user");
        assert_eq!(entry["before"]["description"], m["museum"]["description"]);
        assert_eq!(entry["after"]["description"], "A new description.");
    }
}

#[tokio::test]
async fn the_audit_log_records_who_changed_what_and_filters() {
    for app in TestApp::each_backend().await {
        let editor = app.editor_token("ed@korea.example", KOREA).await;
        let admin = app.admin_token("admin@vcm.example").await;
        let (client_id, client) = app.client_token(&editor).await;
        let slug = create(&app, &editor, &work("A-1", "Before")).await;
        let mut body = work("A-1", "After");
        body["slug"] = json!(slug);
        let res = app
            .call(
                "PUT",
                "/api/v1/partner/artworks/by-inventory/A-1",
                Some(&client),
            )
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let get = |q: String| {
            app.call("GET", &format!("/api/v1/admin/audit{q}"), Some(&admin))
                .send()
        };
        let log: Value = get(format!("?entity=artwork&key={slug}"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let items = log["items"].as_array().unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0]["action"], "artwork.update");
        assert_eq!(items[0]["actor_kind"], "client");
        assert_eq!(items[0]["actor"], client_id.as_str());
        assert_eq!(items[0]["before"]["title"], "Before");
        assert_eq!(items[0]["after"]["title"], "After");
        assert_eq!(items[0]["museum"], KOREA);
        assert_eq!(items[1]["action"], "artwork.create");
        assert!(items[1]["before"].is_null());
        let by_actor: Value = get("?actor=ed@korea.example&limit=1".into())
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(by_actor["items"].as_array().unwrap().len(), 1);
        let cursor = by_actor["next_cursor"].as_str().unwrap();
        let older: Value = get(format!("?actor=ed@korea.example&cursor={cursor}"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(
            older["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|i| i["actor"] == "ed@korea.example")
        );
        assert_problem(
            get("?since=yesterday".into()).await.unwrap(),
            400,
            "invalid_parameter",
            "since",
        )
        .await;
        assert_problem(
            get("?cursor=abc".into()).await.unwrap(),
            400,
            "invalid_parameter",
            "cursor",
        )
        .await;
    }
}

#[tokio::test]
async fn password_resets_and_invitations_go_through_the_outbox() {
    for app in TestApp::each_backend().await {
        let admin = app.admin_token("admin@vcm.example").await;
        let invite = app
            .call("POST", "/api/v1/admin/users", Some(&admin))
            .json(&json!({"email": "New.Editor@Korea.example", "display_name": "New Editor", "role": "editor", "museum": KOREA}))
            .send()
            .await
            .unwrap();
        assert_eq!(invite.status(), 201);
        let user: Value = invite.json().await.unwrap();
        assert_eq!(user["has_password"], false);
        assert_eq!(user["email"], "new.editor@korea.example");
        let token_in = |body: &str| {
            body.lines()
                .find_map(|l| {
                    l.strip_prefix("Your token, if you set the password through the API: ")
                })
                .unwrap()
                .to_owned()
        };
        let email = wait_for_email(&app, &admin, "new.editor@korea.example").await;
        assert!(email["subject"].as_str().unwrap().contains("invited"));
        let delivery = email["delivery"].as_str().unwrap();
        let file = delivery.strip_prefix("file:").expect("written as a file");
        assert!(
            std::fs::read_to_string(file)
                .unwrap()
                .contains("To: new.editor@korea.example")
        );
        let token = token_in(email["body"].as_str().unwrap());
        let confirm = |token: &str, pw: &str| {
            app.client
                .post(app.url("/api/v1/auth/password-reset/confirm"))
                .json(&json!({"token": token, "new_password": pw}))
                .send()
        };
        assert_problem(
            confirm(&token, "short").await.unwrap(),
            422,
            "validation_failed",
            "short",
        )
        .await;
        assert_eq!(
            confirm(&token, "a long enough password")
                .await
                .unwrap()
                .status(),
            204
        );
        assert_problem(
            confirm(&token, "a long enough password").await.unwrap(),
            400,
            "invalid_reset_token",
            "spent",
        )
        .await;
        let (session, _) = app
            .login("new.editor@korea.example", "a long enough password")
            .await;
        assert_eq!(session["user"]["museum"]["slug"], KOREA);
        // A reset for an unknown address answers the same, and sends nothing.
        for address in ["new.editor@korea.example", "nobody@nowhere.example"] {
            let res = app
                .client
                .post(app.url("/api/v1/auth/password-reset"))
                .json(&json!({"email": address}))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 202);
        }
        let reset = wait_for_email(&app, &admin, "new.editor@korea.example").await;
        assert!(reset["subject"].as_str().unwrap().contains("Reset"));
        let none: Value = app
            .call(
                "GET",
                "/api/v1/admin/emails?recipient=nobody@nowhere.example",
                Some(&admin),
            )
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(none["items"].as_array().unwrap().is_empty());
        assert_eq!(
            confirm(
                &token_in(reset["body"].as_str().unwrap()),
                "another long password"
            )
            .await
            .unwrap()
            .status(),
            204
        );
        // Changing the password needs the current one.
        let access = app
            .login("new.editor@korea.example", "another long password")
            .await
            .0["access_token"]
            .as_str()
            .unwrap()
            .to_owned();
        let change = |current: &str| {
            app.call("PUT", "/api/v1/auth/password", Some(&access))
                .json(
                    &json!({"current_password": current, "new_password": "a third long password"}),
                )
                .send()
        };
        assert_problem(
            change("wrong one here").await.unwrap(),
            401,
            "invalid_credentials",
            "wrong current",
        )
        .await;
        assert_eq!(change("another long password").await.unwrap().status(), 204);
        app.login("new.editor@korea.example", "a third long password")
            .await;
        // Disabling an account stops its tokens at once.
        let id = user["id"].as_i64().unwrap();
        let res = app
            .call("PATCH", &format!("/api/v1/admin/users/{id}"), Some(&admin))
            .json(&json!({"disabled": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let after = app
            .call("GET", "/api/v1/auth/me", Some(&access))
            .send()
            .await
            .unwrap();
        assert_problem(after, 401, "unauthorized", "disabled").await;
        let dup = app.call("POST", "/api/v1/admin/users", Some(&admin)).json(&json!({"email": "new.editor@korea.example", "display_name": "Again", "role": "admin"})).send().await.unwrap();
        assert_problem(dup, 422, "validation_failed", "taken email").await;
    }
}

/// The newest email to an address, once it has been delivered.
async fn wait_for_email(app: &TestApp, admin: &str, to: &str) -> Value {
    for _ in 0..100 {
        let page: Value = app
            .call(
                "GET",
                &format!("/api/v1/admin/emails?recipient={to}"),
                Some(admin),
            )
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if let Some(e) = page["items"].as_array().unwrap().first()
            && e["sent_at"].is_string()
        {
            return e.clone();
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
    let res = app
        .client
        .post(app.url("/api/v1/auth/password-reset"))
        .json(&json!({"email": "ed@korea.example"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 202);
    let data = tokio::time::timeout(std::time::Duration::from_secs(10), received)
        .await
        .unwrap()
        .unwrap();
    assert!(data.contains("To: ed@korea.example"), "{data}");
    assert!(data.contains("Subject: Reset your VCM password"), "{data}");
    let admin = app.admin_token("admin@vcm.example").await;
    let sent = wait_for_email(&app, &admin, "ed@korea.example").await;
    assert_eq!(sent["delivery"], "smtp");
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
    assert_eq!(editor["user"]["museum"]["slug"], KOREA);
    let (admin, _) = app
        .login(
            vcm_api::demo::DEMO_ACCOUNTS[0].0,
            vcm_api::demo::DEMO_PASSWORD,
        )
        .await;
    assert_eq!(admin["user"]["role"], "admin");
}
