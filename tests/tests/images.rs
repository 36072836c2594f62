//! Images: uploads and links through the partner API, renditions, the IIIF
//! Image and Presentation APIs, and everything refused on the way.

use std::io::Cursor;
use std::time::{Duration, Instant};

use serde_json::json;
use vcm_shared::client::{Client, public, signed_in};
use vcm_shared::{ArtworkImage, ErrorCode, ImageInput, ImageLinkInput, ImageService3, ImageState};
use vcm_tests::{Options, TestApp, assert_problem, refused};

const KOREA: &str = "national-museum-of-korea";
const TOKYO: &str = "tokyo-national-museum";

/// A JPEG of `w` × `h` with a gradient, so tiles differ from one another.
fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x * 255 / w) as u8, (y * 255 / h) as u8, 120])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Jpeg)
        .unwrap();
    out
}

/// The same JPEG saying, in its EXIF, that it must be turned 90° clockwise to be seen upright.
fn with_exif_rotation(jpeg: &[u8]) -> Vec<u8> {
    let tiff: &[u8] = &[
        b'M', b'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF header, first IFD at 8
        0, 1, // one entry
        0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, // Orientation (SHORT) = 6
        0, 0, 0, 0, // no next IFD
    ];
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn form(file: Option<(Vec<u8>, &str)>, fields: &[(&str, &str)]) -> reqwest::multipart::Form {
    let mut form = reqwest::multipart::Form::new();
    for (name, value) in fields {
        form = form.text(name.to_string(), value.to_string());
    }
    if let Some((bytes, mime)) = file {
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name("photo")
            .mime_str(mime)
            .unwrap();
        form = form.part("file", part);
    }
    form
}

/// A link to an image with its alt text.
fn link(url: impl Into<String>, alt: &str) -> ImageLinkInput {
    ImageLinkInput {
        url: url.into(),
        alt: alt.into(),
        ..ImageLinkInput::default()
    }
}

/// A published work of the museum, for its editor.
async fn published_work(editor: &Client) -> String {
    let page = editor
        .send(signed_in::partner_artworks(
            Some(vcm_shared::WorkStatus::Published),
            Some(1),
            None,
        ))
        .await
        .unwrap();
    page.items[0].slug.clone()
}

/// Asserts that an image was accepted with `status` and that its `Location`
/// is where it can be read; returns it.
fn made(answer: vcm_shared::client::Answer<ArtworkImage>, status: u16, slug: &str) -> ArtworkImage {
    assert_eq!(answer.status, status);
    assert_eq!(
        answer.location,
        Some(format!(
            "/api/v1/partner/artworks/{slug}/images/{}",
            answer.body.id
        ))
    );
    answer.body
}

/// Waits until the image leaves `fetching` and `processing`; returns it.
async fn settled(app: &TestApp, editor: &Client, slug: &str, id: &str) -> ArtworkImage {
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let image = editor
            .send(signed_in::artwork_image(slug, id))
            .await
            .unwrap();
        if !matches!(image.state, ImageState::Fetching | ImageState::Processing) {
            return image;
        }
        assert!(
            Instant::now() < deadline,
            "{:?}: still {image:?}",
            app.backend
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn image_size(app: &TestApp, path: &str) -> (u32, u32, String) {
    let res = app.get(path).await;
    assert_eq!(res.status(), 200, "{:?} GET {path}", app.backend);
    let media = res.headers()["content-type"].to_str().unwrap().to_owned();
    let bytes = res.bytes().await.unwrap();
    let img = image::load_from_memory(&bytes).unwrap();
    (img.width(), img.height(), media)
}

/// Files stored for images, under the data folder.
fn stored_files(app: &TestApp) -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path.display().to_string());
            }
        }
    }
    let mut out = Vec::new();
    walk(&app.config.data_dir.join("media"), &mut out);
    out
}

fn image_rows(app: &TestApp) -> i64 {
    use diesel::prelude::*;
    vcm_api::db::schema::images::table
        .count()
        .get_result(&mut app.db())
        .unwrap()
}

/// A museum's editor adding images to one of its published works, step by step.
struct Uploading<'a> {
    app: &'a TestApp,
    editor: Client,
    slug: String,
}

impl Uploading<'_> {
    /// A 1200 × 800 photograph whose EXIF says to turn it upright: 800 × 1200.
    async fn first_image(&self) -> ArtworkImage {
        let answer = self
            .editor
            .answer_form(
                signed_in::upload_image(&self.slug),
                form(
                    Some((with_exif_rotation(&jpeg(1200, 800)), "image/jpeg")),
                    &[
                        ("alt", "A celadon vase seen from the front"),
                        ("caption", "Front"),
                        ("credit", "Photo © National Museum of Korea"),
                    ],
                ),
            )
            .await
            .unwrap();
        let created = made(answer, 201, &self.slug);
        assert_eq!(created.state, ImageState::Processing);
        assert_eq!(created.media_type.as_deref(), Some("image/jpeg"));
        assert!(created.primary, "a work's first image is its primary one");
        let image = settled(self.app, &self.editor, &self.slug, &created.id).await;
        assert_eq!(image.state, ImageState::Ready, "{image:?}");
        assert_eq!(
            (image.width, image.height),
            (Some(800), Some(1200)),
            "EXIF orientation applied"
        );
        assert!(image.color.as_ref().unwrap().starts_with('#'));
        image
    }

    /// The renditions, as JPEG and WebP.
    async fn renditions(&self, image: &ArtworkImage) {
        let r = image.renditions.as_ref().unwrap();
        for (path, size) in [
            (&r.thumbnail, (320, 480, "image/jpeg")),
            (&r.thumbnail_webp, (320, 480, "image/webp")),
            (&r.display, (800, 1200, "image/jpeg")),
        ] {
            assert_eq!(
                image_size(self.app, path).await,
                (size.0, size.1, size.2.into())
            );
        }
    }

    /// The public record lists it, with the manifest; lists show the thumbnail.
    async fn public_record(&self, image: &ArtworkImage) {
        let visitor = self.app.api();
        let work = visitor.send(public::artwork(&self.slug)).await.unwrap();
        assert_eq!(work.images[0].id, image.id);
        assert_eq!(
            work.manifest,
            Some(format!("/iiif/3/manifests/{}", self.slug))
        );
        let query = public::ArtworkQuery {
            museum: Some(KOREA.into()),
            limit: Some(100),
            ..Default::default()
        };
        let page = visitor.send(public::artworks(&query, None)).await.unwrap();
        let listed = page.items.iter().find(|w| w.slug == self.slug).unwrap();
        let thumb = listed.image.as_ref().unwrap();
        assert_eq!(thumb.id, image.id);
        assert_eq!(
            thumb.thumbnail,
            image.renditions.as_ref().unwrap().thumbnail
        );
    }

    /// IIIF Image API: info.json, tiles, caching, redirects, errors.
    async fn image_service(&self, service: &str) {
        let app = self.app;
        let info: ImageService3 = app.read(&format!("{service}/info.json")).await;
        assert_eq!(info.kind, "ImageService3");
        assert_eq!(info.profile, "level2");
        assert_eq!(info.id, app.url(service));
        assert_eq!((info.width, info.height), (800, 1200));
        assert_eq!(info.tiles[0].scale_factors, [1, 2, 4]);
        let tile = format!("{service}/512,512,288,688/144,/0/default.jpg");
        let first = app.get(&tile).await;
        assert_eq!(first.status(), 200);
        assert_eq!(first.headers()["access-control-allow-origin"], "*");
        let link = first.headers()["link"].to_str().unwrap().to_owned();
        assert!(
            link.contains("/512,512,288,688/144,344/0/default.jpg>;rel=\"canonical\""),
            "{link}"
        );
        let etag = first.headers()["etag"].clone();
        let first = first.bytes().await.unwrap();
        let again = app.get(&tile).await.bytes().await.unwrap();
        assert_eq!(first, again, "a tile is made once and then served as made");
        let not_modified = app
            .client
            .get(app.url(&tile))
            .header("if-none-match", etag)
            .send()
            .await
            .unwrap();
        assert_eq!(not_modified.status(), 304);
        assert_eq!(
            image_size(app, &format!("{service}/full/!100,100/90/gray.png")).await,
            (100, 67, "image/png".into())
        );
        assert_eq!(
            image_size(app, &format!("{service}/square/^1000,/0/default.webp")).await,
            (1000, 1000, "image/webp".into())
        );
        let redirect = app.get(service).await;
        assert_eq!(redirect.status(), 303);
        for bad in [
            "full/full/0/default.jpg",
            "full/900,/0/default.jpg",
            "full/max/45/default.jpg",
            "full/max/0/sepia.jpg",
            "full/max/0/default.gif",
            "9999,0,10,10/max/0/default.jpg",
            "full/max/0",
        ] {
            let res = app.get(&format!("{service}/{bad}")).await;
            assert_eq!(res.status(), 400, "{bad}");
        }
        app.get_problem("/iiif/3/no-such-image/info.json", 404, "not_found")
            .await;
        app.get_problem(
            "/iiif/3/no-such-image/full/max/0/default.jpg",
            404,
            "not_found",
        )
        .await;
    }

    /// IIIF Presentation API: the manifest and the museum's collection, read
    /// as the IIIF documents they are.
    async fn presentation(&self, service: &str) {
        let app = self.app;
        let slug = &self.slug;
        let manifest = app.get_json(&format!("/iiif/3/manifests/{slug}")).await;
        assert_eq!(manifest["type"], "Manifest");
        assert_eq!(
            manifest["id"],
            app.url(&format!("/iiif/3/manifests/{slug}"))
        );
        assert!(manifest["label"]["en"][0].is_string());
        assert!(manifest["rights"].as_str().unwrap().starts_with("http"));
        assert!(manifest["requiredStatement"]["value"]["en"][0].is_string());
        let canvas = &manifest["items"][0];
        assert_eq!(
            (canvas["width"].as_u64(), canvas["height"].as_u64()),
            (Some(800), Some(1200))
        );
        let body = &canvas["items"][0]["items"][0]["body"];
        assert_eq!(body["service"][0]["id"], app.url(service));
        assert_eq!(
            canvas["requiredStatement"]["value"]["en"][0],
            "Photo © National Museum of Korea"
        );
        let collection = app.get_json(&format!("/iiif/3/collections/{KOREA}")).await;
        assert_eq!(collection["type"], "Collection");
        assert!(
            collection["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m["id"] == manifest["id"])
        );
        app.get_problem("/iiif/3/manifests/no-such-work", 404, "not_found")
            .await;
    }

    /// A second image made primary, moved first, then the first deleted;
    /// answers the second's id.
    async fn second_image_replaces_the_first(&self, first: &ArtworkImage) -> String {
        let (app, editor, slug) = (self.app, &self.editor, self.slug.as_str());
        let answer = editor
            .answer_form(
                signed_in::upload_image(slug),
                form(
                    Some((jpeg(300, 200), "image/jpeg")),
                    &[("alt", "The base"), ("primary", "true")],
                ),
            )
            .await
            .unwrap();
        let second = made(answer, 201, slug);
        assert_eq!((second.position, second.primary), (2, true));
        let moved = ImageInput {
            alt: "The base, from below".into(),
            position: Some(1),
            primary: true,
            ..ImageInput::default()
        };
        editor
            .send(signed_in::update_image(slug, &second.id, &moved))
            .await
            .unwrap();
        let order = |list: vcm_shared::ArtworkImageList| -> Vec<(String, bool)> {
            list.items.into_iter().map(|i| (i.id, i.primary)).collect()
        };
        let list = editor.send(signed_in::artwork_images(slug)).await.unwrap();
        assert_eq!(
            order(list),
            [(second.id.clone(), true), (first.id.clone(), false)]
        );
        assert!(stored_files(app).iter().any(|f| f.contains(&first.id)));
        let deleted = editor
            .answer(signed_in::delete_image(slug, &first.id))
            .await
            .unwrap();
        assert_eq!(deleted.status, 204);
        assert!(
            !stored_files(app).iter().any(|f| f.contains(&first.id)),
            "the deleted image's files are gone"
        );
        let service = first.iiif.as_ref().unwrap();
        app.get_problem(&format!("{service}/info.json"), 404, "not_found")
            .await;
        let list = editor.send(signed_in::artwork_images(slug)).await.unwrap();
        assert_eq!(list.items[0].position, 1);
        second.id
    }

    /// Another museum's editor cannot see or change them.
    async fn hidden_from_other_museums(&self, image: &str) {
        let other = self.app.editor_token("ed@tokyo.example", TOKYO).await;
        let other = self.app.api_as(&other);
        refused(
            other.send(signed_in::artwork_images(&self.slug)).await,
            404,
            ErrorCode::NotFound,
            "another museum's work",
        );
        refused(
            other.send(signed_in::delete_image(&self.slug, image)).await,
            404,
            ErrorCode::NotFound,
            "another museum's image",
        );
    }
}

#[tokio::test]
async fn a_partner_uploads_an_image_and_visitors_see_it_through_iiif() {
    for app in TestApp::each_backend().await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let editor = app.api_as(&token);
        let slug = published_work(&editor).await;
        let steps = Uploading {
            app: &app,
            editor,
            slug,
        };
        let image = steps.first_image().await;
        steps.renditions(&image).await;
        steps.public_record(&image).await;
        let service = image.iiif.clone().unwrap();
        steps.image_service(&service).await;
        steps.presentation(&service).await;
        let second = steps.second_image_replaces_the_first(&image).await;
        steps.hidden_from_other_museums(&second).await;
    }
}

#[tokio::test]
async fn every_refused_upload_leaves_nothing_behind() {
    let options = Options {
        demo: true,
        max_image_bytes: Some(200_000),
        ..Options::default()
    };
    for app in TestApp::each_backend_with(options).await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let editor = app.api_as(&token);
        let slug = published_work(&editor).await;
        let images = format!("/api/v1/partner/artworks/{slug}/images");
        let mut cut = jpeg(400, 300);
        cut.truncate(cut.len() / 2);
        // A PNG header claiming 60,000 × 60,000 pixels: refused before decoding.
        let mut bomb = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        bomb.extend_from_slice(&60_000u32.to_be_bytes());
        bomb.extend_from_slice(&60_000u32.to_be_bytes());
        bomb.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
        let big = vec![0xFFu8; 300_000];
        let invalid = (422, ErrorCode::ValidationFailed);
        let unsupported = (415, ErrorCode::UnsupportedMediaType);
        // What is sent, the status and code it is refused with, and the field named.
        type Case<'a> = (
            &'a str,
            reqwest::multipart::Form,
            (u16, ErrorCode),
            Option<&'a str>,
        );
        let cases: Vec<Case> = vec![
            (
                "no alt text",
                form(Some((jpeg(40, 30), "image/jpeg")), &[("alt", " ")]),
                invalid,
                Some("alt"),
            ),
            (
                "no file",
                form(None, &[("alt", "A vase")]),
                invalid,
                Some("file"),
            ),
            (
                "a GIF",
                form(
                    Some((b"GIF89a\x01\0\x01\0\0\0\0;".to_vec(), "image/gif")),
                    &[("alt", "A vase")],
                ),
                unsupported,
                None,
            ),
            (
                "a PDF called a JPEG",
                form(
                    Some((b"%PDF-1.7\n".to_vec(), "image/jpeg")),
                    &[("alt", "A vase")],
                ),
                unsupported,
                None,
            ),
            (
                "a damaged JPEG",
                form(Some((cut, "image/jpeg")), &[("alt", "A vase")]),
                invalid,
                Some("file"),
            ),
            (
                "a decompression bomb",
                form(Some((bomb, "image/png")), &[("alt", "A vase")]),
                invalid,
                Some("file"),
            ),
            (
                "too many bytes",
                form(Some((big, "image/jpeg")), &[("alt", "A vase")]),
                (413, ErrorCode::PayloadTooLarge),
                None,
            ),
            (
                "bad rights",
                form(
                    Some((jpeg(40, 30), "image/jpeg")),
                    &[("alt", "A vase"), ("rights", "all mine")],
                ),
                invalid,
                Some("rights"),
            ),
            (
                "bad primary",
                form(
                    Some((jpeg(40, 30), "image/jpeg")),
                    &[("alt", "A vase"), ("primary", "maybe")],
                ),
                invalid,
                Some("primary"),
            ),
            (
                "an unknown part",
                form(
                    Some((jpeg(40, 30), "image/jpeg")),
                    &[("alt", "A vase"), ("colour", "red")],
                ),
                invalid,
                Some("colour"),
            ),
        ];
        for (what, form, (status, code), field) in cases {
            let answer = editor.send_form(signed_in::upload_image(&slug), form).await;
            let problem = refused(answer, status, code, what);
            if let Some(field) = field {
                assert_eq!(problem.errors[0].field, field, "{what}: {problem:?}");
            }
            assert_eq!(image_rows(&app), 0, "{what}: no image recorded");
            assert!(
                stored_files(&app).is_empty(),
                "{what}: no file stored: {:?}",
                stored_files(&app)
            );
        }
        // Links to addresses that are not public are refused at once.
        for url in [
            "http://10.0.0.1/a.jpg",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/a.jpg",
            "http://127.0.0.1/a.jpg",
            "file:///etc/passwd",
        ] {
            let answer = editor
                .send(signed_in::link_image(&slug, &link(url, "A vase")))
                .await;
            let problem = refused(answer, 422, ErrorCode::ValidationFailed, url);
            assert_eq!(problem.errors[0].field, "url", "{url}");
        }
        refused(
            editor
                .send(signed_in::link_image(
                    &slug,
                    &link("https://example.org/a.jpg", ""),
                ))
                .await,
            422,
            ErrorCode::ValidationFailed,
            "a link without alt text",
        );
        // A body the typed client cannot send.
        let res = app
            .call("POST", &images, Some(&token))
            .header("content-type", "text/plain")
            .body("hello")
            .send()
            .await
            .unwrap();
        assert_problem(
            res,
            415,
            "unsupported_media_type",
            "neither multipart nor JSON",
        )
        .await;
        let vase = || form(Some((jpeg(40, 30), "image/jpeg")), &[("alt", "A vase")]);
        refused(
            editor
                .send_form(signed_in::upload_image("no-such-work"), vase())
                .await,
            404,
            ErrorCode::NotFound,
            "an unknown work",
        );
        refused(
            app.api()
                .send_form(signed_in::upload_image(&slug), vase())
                .await,
            401,
            ErrorCode::Unauthorized,
            "no token",
        );
        let alt = ImageInput {
            alt: "x".into(),
            ..ImageInput::default()
        };
        refused(
            editor
                .send(signed_in::update_image(&slug, "nope", &alt))
                .await,
            404,
            ErrorCode::NotFound,
            "an unknown image",
        );
        assert_eq!(image_rows(&app), 0);
        assert!(stored_files(&app).is_empty());
    }
}

/// Serves one answer per path on 127.0.0.1, like a museum's web server.
async fn museum_server(routes: Vec<(&'static str, &'static str, Vec<u8>)>) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let routes = routes.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 4096];
                let n = socket.read(&mut buf).await.unwrap_or(0);
                let request = String::from_utf8_lossy(&buf[..n]).to_string();
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
                let (status, kind, body) = routes
                    .iter()
                    .find(|(p, _, _)| *p == path)
                    .map(|(_, kind, body)| ("200 OK", *kind, body.clone()))
                    .unwrap_or(("404 Not Found", "text/plain", b"not here".to_vec()));
                let head = format!(
                    "HTTP/1.1 {status}\r\ncontent-type: {kind}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                    body.len()
                );
                let _ = socket.write_all(head.as_bytes()).await;
                let _ = socket.write_all(&body).await;
            });
        }
    });
    format!("http://{addr}")
}

#[tokio::test]
async fn a_linked_image_is_fetched_in_the_background() {
    let server = museum_server(vec![
        ("/vase.jpg", "image/jpeg", jpeg(640, 480)),
        (
            "/page.html",
            "text/html",
            b"<html>not an image</html>".to_vec(),
        ),
    ])
    .await;
    let options = Options {
        demo: true,
        // Tests allow the loopback address their museum server listens on, and nothing else.
        fetch_allow: vec!["127.0.0.1".into()],
        ..Options::default()
    };
    for app in TestApp::each_backend_with(options).await {
        let token = app.editor_token("ed@korea.example", KOREA).await;
        let editor = app.api_as(&token);
        let slug = published_work(&editor).await;
        let mut outcomes = Vec::new();
        for path in ["/vase.jpg", "/page.html", "/missing.jpg"] {
            let input = ImageLinkInput {
                credit: Some("Photo: the museum".into()),
                ..link(format!("{server}{path}"), "A vase")
            };
            let answer = editor
                .answer(signed_in::link_image(&slug, &input))
                .await
                .unwrap();
            let accepted = made(answer, 202, &slug);
            assert_eq!(accepted.state, ImageState::Fetching, "{path}");
            outcomes.push(settled(&app, &editor, &slug, &accepted.id).await);
        }
        assert_eq!(outcomes[0].state, ImageState::Ready, "{:?}", outcomes[0]);
        assert_eq!(
            (outcomes[0].width, outcomes[0].bytes.is_some()),
            (Some(640), true)
        );
        assert_eq!(outcomes[0].source_url, Some(format!("{server}/vase.jpg")));
        let failure = |i: usize| {
            assert_eq!(outcomes[i].state, ImageState::Failed, "{:?}", outcomes[i]);
            outcomes[i].error.clone().unwrap()
        };
        assert!(
            failure(1).contains("not a JPEG, PNG, WebP or TIFF"),
            "{}",
            failure(1)
        );
        assert!(failure(2).contains("404"), "{}", failure(2));
        // The partner's record of the work shows each image's state.
        let work = editor
            .send(signed_in::partner_artwork(&slug))
            .await
            .unwrap();
        let states: Vec<ImageState> = work.artwork.images.iter().map(|i| i.state).collect();
        assert_eq!(
            states,
            [ImageState::Ready, ImageState::Failed, ImageState::Failed]
        );
        // The public sees only the ready one.
        let public = app.api().send(public::artwork(&slug)).await.unwrap();
        assert_eq!(public.images.len(), 1);
    }
}

/// The S3-compatible server `cargo xtask test` starts (moto, on 127.0.0.1), or
/// `None` with a SKIPPED message, unless `VCM_TEST_REQUIRE_S3=1` (CI) makes its
/// absence a failure.
fn s3_endpoint() -> Option<String> {
    match std::env::var("VCM_TEST_S3_ENDPOINT") {
        Ok(endpoint) if !endpoint.is_empty() => Some(endpoint),
        _ if std::env::var("VCM_TEST_REQUIRE_S3").is_ok_and(|v| v == "1") => {
            panic!("VCM_TEST_REQUIRE_S3=1 but VCM_TEST_S3_ENDPOINT is not set")
        }
        _ => {
            eprintln!(
                "SKIPPED the S3 storage test: VCM_TEST_S3_ENDPOINT is not set (cargo xtask test starts moto's S3 server and sets it)"
            );
            None
        }
    }
}

/// The keys in a bucket, read with S3's ListObjectsV2 (moto answers unsigned).
async fn bucket_keys(client: &reqwest::Client, bucket_url: &str) -> Vec<String> {
    let res = client
        .get(format!("{bucket_url}?list-type=2&max-keys=1000"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "listing {bucket_url}");
    let xml = res.text().await.unwrap();
    assert!(xml.contains("<IsTruncated>false</IsTruncated>"), "{xml}");
    xml.split("<Key>")
        .skip(1)
        .map(|k| k.split("</Key>").next().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn images_are_stored_in_an_s3_bucket_when_one_is_configured() {
    let Some(endpoint) = s3_endpoint() else {
        return;
    };
    let client = reqwest::Client::new();
    let bucket = format!(
        "vcm-test-{}-{}",
        std::process::id(),
        chrono::Utc::now().timestamp_micros()
    );
    let bucket_url = format!("{endpoint}/{bucket}");
    let bucket_made = client.put(&bucket_url).send().await.unwrap();
    assert_eq!(
        bucket_made.status(),
        200,
        "creating the bucket {bucket_url}"
    );
    let app = TestApp::spawn(
        vcm_tests::Backend::Sqlite,
        Options {
            demo: true,
            s3: Some(vcm_tests::S3Bucket { endpoint, bucket }),
            ..Options::default()
        },
    )
    .await;
    let token = app.editor_token("ed@korea.example", KOREA).await;
    let editor = app.api_as(&token);
    let slug = published_work(&editor).await;

    // A refused upload stores nothing in the bucket either.
    let jpg = jpeg(1200, 800);
    let half = form(
        Some((jpg[..jpg.len() / 2].to_vec(), "image/jpeg")),
        &[("alt", "Half a photograph")],
    );
    refused(
        editor.send_form(signed_in::upload_image(&slug), half).await,
        422,
        ErrorCode::ValidationFailed,
        "a cut JPEG",
    );
    assert_eq!(
        bucket_keys(&client, &bucket_url).await,
        Vec::<String>::new()
    );

    let answer = editor
        .answer_form(
            signed_in::upload_image(&slug),
            form(Some((jpg, "image/jpeg")), &[("alt", "A vase")]),
        )
        .await
        .unwrap();
    let created = made(answer, 201, &slug);
    let image = settled(&app, &editor, &slug, &created.id).await;
    assert_eq!(image.state, ImageState::Ready, "{image:?}");
    let id = &image.id;
    let r = image.renditions.as_ref().unwrap();
    assert_eq!(
        image_size(&app, &r.thumbnail_webp).await,
        (480, 320, "image/webp".into())
    );
    let service = image.iiif.as_ref().unwrap();
    let tile = format!("{service}/0,0,512,512/max/0/default.jpg");
    assert_eq!(
        image_size(&app, &tile).await,
        (512, 512, "image/jpeg".into())
    );

    // Everything went to the bucket, nothing to the data folder. A tile is
    // stored after it is answered, so wait for it.
    let tile_key = format!("iiif/{id}/0,0,512,512/max/0/default.jpg");
    let deadline = Instant::now() + Duration::from_secs(10);
    let keys = loop {
        let keys = bucket_keys(&client, &bucket_url).await;
        if keys.contains(&tile_key) || Instant::now() > deadline {
            break keys;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    for wanted in [format!("images/{id}/original"), tile_key] {
        assert!(keys.contains(&wanted), "{wanted} not in {keys:?}");
    }
    assert!(
        keys.iter()
            .any(|k| k.starts_with(&format!("iiif/{id}/full/")) && k.ends_with(".webp")),
        "{keys:?}"
    );
    assert_eq!(stored_files(&app), Vec::<String>::new());

    // Deleting the image empties the bucket of it.
    let deleted = editor
        .answer(signed_in::delete_image(&slug, id))
        .await
        .unwrap();
    assert_eq!(deleted.status, 204);
    assert_eq!(
        bucket_keys(&client, &bucket_url).await,
        Vec::<String>::new()
    );
    app.get_problem(&format!("{service}/info.json"), 404, "not_found")
        .await;
}

#[tokio::test]
async fn the_demo_draws_its_own_images_and_they_become_ready() {
    let app = TestApp::spawn(
        vcm_tests::Backend::Sqlite,
        Options {
            demo: true,
            ..Options::default()
        },
    )
    .await;
    let pool = vcm_api::db::connect(&app.config.database().unwrap(), 2).unwrap();
    let added = vcm_api::demo::add_images(&app.config, &pool).await.unwrap();
    let visitor = app.api();
    let museums = visitor
        .send(public::museums(None, Some(100), None))
        .await
        .unwrap()
        .items
        .len();
    assert!(added > museums, "{added} images for {museums} museums");

    // The worker makes their renditions; the search index then counts them.
    let deadline = Instant::now() + Duration::from_secs(120);
    let with_images = || public::search(vec![("has_image", "yes".into())], 100, None);
    let found = loop {
        let found = visitor.send(with_images()).await.unwrap();
        if found.total == added as u64 {
            break found;
        }
        assert!(Instant::now() < deadline, "not all ready: {}", found.total);
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    let object_types: std::collections::HashSet<_> =
        found.items.iter().map(|i| i.artwork.object_type).collect();
    assert!(
        object_types.contains(&vcm_shared::ObjectType::Ceramics),
        "{object_types:?}"
    );

    let slug = &found.items[0].artwork.slug;
    let work = visitor.send(public::artwork(slug)).await.unwrap();
    let image = &work.images[0];
    assert!(
        image
            .alt
            .ends_with(&format!("standing in for a photograph of {}", work.title)),
        "{image:?}"
    );
    assert_eq!(
        image.rights,
        "http://creativecommons.org/publicdomain/zero/1.0/"
    );
    assert!(image.caption.as_ref().unwrap().contains("not a photograph"));
    assert_eq!(image.width.max(image.height), Some(2400));
    let manifest = app.get_json(work.manifest.as_ref().unwrap()).await;
    assert_eq!(manifest["items"][0]["width"], json!(image.width));
}
