//! A server killed while it makes an image's renditions: the next server to
//! start on the same data finishes them. Runs the real `vcm` binary.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use serde_json::Value;
use vcm_api::media::pixels;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn serve(data: &std::path::Path, port: u16) -> Child {
    Command::new(env!("CARGO_BIN_EXE_vcm"))
        .args(["serve", "--demo"])
        .env("VCM_DATA_DIR", data)
        .env("VCM_BIND", format!("127.0.0.1:{port}"))
        .env("VCM_WEB_DIR", data.join("no-web-app"))
        .env("VCM_WORKERS", "1")
        .env_remove("VCM_DATABASE_URL")
        .env_remove("VCM_S3_BUCKET")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("vcm runs")
}

async fn wait_ready(client: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while client.get(format!("{base}/readyz")).send().await.is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn state(data: &std::path::Path, key: &str) -> String {
    use vcm_api::db::schema::images;
    let url = vcm_api::db::DatabaseUrl::Sqlite(data.join("vcm.db").display().to_string());
    let mut conn = vcm_api::db::establish(&url).unwrap();
    images::table
        .filter(images::key.eq(key))
        .select(images::state)
        .first(&mut conn)
        .unwrap()
}

#[tokio::test]
async fn a_server_killed_while_making_renditions_finishes_them_after_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let client = reqwest::Client::new();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    // A photograph large enough that its renditions take a while, made before
    // the server starts so that no connection sits idle meanwhile.
    let img = image::RgbImage::from_fn(6000, 4000, |x, y| {
        image::Rgb([(x / 24) as u8, (y / 16) as u8, 128])
    });
    let jpeg = pixels::encode(&img, pixels::Format::Jpg);
    let mut first = serve(data.path(), port);
    wait_ready(&client, &base).await;

    let session: Value = client
        .post(format!("{base}/api/v1/auth/login"))
        .json(&serde_json::json!({"email": "editor@demo.vcm.invalid", "password": vcm_api::demo::DEMO_PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = session["access_token"].as_str().unwrap().to_owned();
    let works: Value = client
        .get(format!("{base}/api/v1/partner/artworks?limit=1"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let slug = works["items"][0]["slug"].as_str().unwrap().to_owned();

    let boundary = "vcm-restart-test";
    let mut body = format!(
        "--{boundary}\r\ncontent-disposition: form-data; name=\"alt\"\r\n\r\nA large photograph\r\n\
         --{boundary}\r\ncontent-disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\ncontent-type: image/jpeg\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(&jpeg);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let res = client
        .post(format!("{base}/api/v1/partner/artworks/{slug}/images"))
        .bearer_auth(&token)
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body)
        .send()
        .await
        .expect("the upload is answered");
    assert_eq!(res.status(), 201);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    first.kill().unwrap();
    first.wait().unwrap();
    // The worker has the demo's own images to make first, so this one waits.
    let key = location.rsplit('/').next().unwrap();
    assert_eq!(
        state(data.path(), key),
        "processing",
        "killed before the renditions were made"
    );

    let mut second = serve(data.path(), port);
    wait_ready(&client, &base).await;
    let deadline = Instant::now() + Duration::from_secs(120);
    let image = loop {
        let image: Value = client
            .get(format!("{base}{location}"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if image["state"] != "processing" {
            break image;
        }
        assert!(
            Instant::now() < deadline,
            "the renditions were not made after the restart"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    let thumbnail = image["renditions"]["thumbnail"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let served = client
        .get(format!("{base}{thumbnail}"))
        .send()
        .await
        .unwrap()
        .status();
    second.kill().unwrap();
    second.wait().unwrap();
    assert_eq!(image["state"], "ready", "{image}");
    assert_eq!(
        served, 200,
        "the thumbnail made after the restart is served"
    );
    assert_eq!(
        (image["width"].as_u64(), image["height"].as_u64()),
        (Some(6000), Some(4000))
    );
}
