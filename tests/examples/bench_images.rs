//! `cargo xtask bench images`: a 6000 × 4000 JPEG through the real `vcm`
//! binary (release build, `VCM_BENCH_VCM`) and through the IIIF reference
//! server (the `iiif` package's `iiif_testserver.py` with its PIL manipulator,
//! run by `VCM_BENCH_PYTHON`), on this machine, in one run:
//!
//! - the time from upload to renditions ready (thumbnail and display size, JPEG
//!   and WebP, and the placeholder colour), three uploads;
//! - uncached tiles a second: every 512 × 512 tile of every zoom level of a
//!   newly uploaded image, each asked once, over 8 keep-alive connections (the
//!   first tile waits for the original to be decoded);
//! - cached tiles a second: the same tiles asked again, many times;
//! - the reference server's rate on the same tile requests, and the ratio.
//!
//! The load generator shares the machine's cores with the servers.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use serde_json::{Value, json};

const WIDTH: u32 = 6000;
const HEIGHT: u32 = 4000;
const TILE: u32 = 512;
const CONNECTIONS: usize = 8;
const UPLOADS: usize = 3;
const CACHED_REQUESTS: usize = 20_000;
const EDITOR: (&str, &str) = ("editor@demo.vcm.invalid", "demo-password-vcm");

/// A process stopped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

fn wait_listening(port: u16, server: &mut Server, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = server.0.try_wait() {
            panic!("{what} exited ({status})");
        }
        assert!(
            Instant::now() < deadline,
            "{what} did not listen within 60 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A photograph-like JPEG: smooth shading with fine texture, so it compresses
/// (and decodes) as a photograph does rather than as a flat gradient.
fn photograph() -> Vec<u8> {
    let img = image::RgbImage::from_fn(WIDTH, HEIGHT, |x, y| {
        let h =
            (x.wrapping_mul(0x27d4_eb2d) ^ y.wrapping_mul(0x1656_67b1)).wrapping_mul(0x85eb_ca6b);
        let noise = (h >> 28) as u8;
        let wave = (((x as f32 / 97.0).sin() + (y as f32 / 61.0).cos()) * 40.0) as i32;
        image::Rgb([
            ((x * 200 / WIDTH) as i32 + wave).clamp(0, 240) as u8 + noise,
            ((y * 200 / HEIGHT) as i32 - wave).clamp(0, 240) as u8 + noise,
            (120 + wave).clamp(0, 240) as u8 + noise,
        ])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&img)
        .expect("the JPEG encodes");
    out
}

/// Every tile of every zoom level, as `region/size` (IIIF 3 canonical `w,h`).
fn tiles() -> Vec<String> {
    let mut out = Vec::new();
    let mut scale = 1;
    while WIDTH.div_ceil(scale) > TILE / 2 {
        let span = TILE * scale;
        for y in (0..HEIGHT).step_by(span as usize) {
            for x in (0..WIDTH).step_by(span as usize) {
                let (w, h) = (span.min(WIDTH - x), span.min(HEIGHT - y));
                out.push(format!(
                    "{x},{y},{w},{h}/{},{}",
                    w.div_ceil(scale),
                    h.div_ceil(scale)
                ));
            }
        }
        scale *= 2;
    }
    out
}

/// Sends `paths` over `CONNECTIONS` connections, each path once, in parallel;
/// returns the requests a second. A server that closes the connection after an
/// answer (HTTP/1.0) gets a new one for the next request.
fn load(port: u16, paths: &[String]) -> f64 {
    let started = Instant::now();
    std::thread::scope(|scope| {
        for worker in 0..CONNECTIONS {
            scope.spawn(move || {
                let mut stream = None;
                let mut buf = Vec::with_capacity(256 * 1024);
                for path in paths.iter().skip(worker).step_by(CONNECTIONS) {
                    let s = stream.get_or_insert_with(|| {
                        TcpStream::connect(("127.0.0.1", port)).expect("the server answers")
                    });
                    s.write_all(
                        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").as_bytes(),
                    )
                    .expect("the request is sent");
                    buf.clear();
                    let keep = read_response(s, &mut buf);
                    assert!(
                        buf.starts_with(b"HTTP/1.1 200") || buf.starts_with(b"HTTP/1.0 200"),
                        "GET {path}: {}",
                        String::from_utf8_lossy(&buf[..buf.len().min(200)])
                    );
                    if !keep {
                        stream = None;
                    }
                }
            });
        }
    });
    paths.len() as f64 / started.elapsed().as_secs_f64()
}

/// Reads one response into `buf`; returns whether the connection stays open.
fn read_response(stream: &mut TcpStream, buf: &mut Vec<u8>) -> bool {
    let mut chunk = [0u8; 64 * 1024];
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            let closes = head.starts_with("http/1.0") || head.contains("connection: close");
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok());
            match length {
                Some(n) if buf.len() >= end + 4 + n => return !closes,
                None if closes => {
                    stream.read_to_end(buf).expect("the body is read");
                    return false;
                }
                _ => {}
            }
        }
        let n = stream.read(&mut chunk).expect("the answer is read");
        assert!(n > 0, "the server closed the connection mid-answer");
        buf.extend_from_slice(&chunk[..n]);
    }
}

fn main() {
    let vcm = PathBuf::from(std::env::var("VCM_BENCH_VCM").expect("VCM_BENCH_VCM names vcm"));
    let python = PathBuf::from(
        std::env::var("VCM_BENCH_PYTHON").expect("VCM_BENCH_PYTHON names the venv's python"),
    );
    let scratch = tempfile::tempdir().expect("a temporary folder");
    let jpeg = photograph();
    println!(
        "test image: {WIDTH} × {HEIGHT} JPEG, quality 90, {:.1} MB; {} tiles of {TILE} × {TILE} over all zoom levels",
        jpeg.len() as f64 / 1e6,
        tiles().len()
    );

    // VCM: the release binary with the demo collection on a new SQLite file.
    let port = free_port();
    let data = scratch.path().join("vcm");
    let mut vcm_server = Server(
        Command::new(&vcm)
            .args(["serve", "--demo"])
            .env("VCM_BIND", format!("127.0.0.1:{port}"))
            .env("VCM_DATA_DIR", &data)
            .env("VCM_LOG", "warn")
            .env_remove("VCM_DATABASE_URL")
            .spawn()
            .expect("vcm starts"),
    );
    wait_listening(port, &mut vcm_server, "vcm");
    let base = format!("http://127.0.0.1:{port}");
    let database =
        vcm_api::db::DatabaseUrl::parse(&format!("sqlite://{}", data.join("vcm.db").display()))
            .expect("a database URL");
    // The demo's own images are made first, so the uploads have the worker to themselves.
    let mut conn = vcm_api::db::establish(&database).expect("the database opens");
    loop {
        use vcm_api::db::schema::images;
        let pending: i64 = images::table
            .filter(images::state.ne("ready"))
            .count()
            .get_result(&mut conn)
            .expect("the images are counted");
        if pending == 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }

    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let client = reqwest::Client::new();
    let ids = runtime.block_on(async {
        let session: Value = client
            .post(format!("{base}/api/v1/auth/login"))
            .json(&json!({"email": EDITOR.0, "password": EDITOR.1}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let token = session["access_token"].as_str().expect("signed in").to_owned();
        let works: Value = client
            .get(format!("{base}/api/v1/partner/artworks?limit=1"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let slug = works["items"][0]["slug"].as_str().expect("a work").to_owned();
        let mut ids = Vec::new();
        let mut ready_after = Vec::new();
        for _ in 0..UPLOADS {
            let form = reqwest::multipart::Form::new()
                .text("alt", "A benchmark photograph")
                .part(
                    "file",
                    reqwest::multipart::Part::bytes(jpeg.clone())
                        .file_name("bench.jpg")
                        .mime_str("image/jpeg")
                        .unwrap(),
                );
            let started = Instant::now();
            let res = client
                .post(format!("{base}/api/v1/partner/artworks/{slug}/images"))
                .bearer_auth(&token)
                .multipart(form)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
            let answered = started.elapsed();
            let location = res.headers()["location"].to_str().unwrap().to_owned();
            loop {
                let image: Value = client
                    .get(format!("{base}{location}"))
                    .bearer_auth(&token)
                    .send()
                    .await
                    .unwrap()
                    .json()
                    .await
                    .unwrap();
                match image["state"].as_str() {
                    Some("ready") => {
                        ready_after.push((answered, started.elapsed()));
                        ids.push(image["id"].as_str().unwrap().to_owned());
                        break;
                    }
                    Some("processing") => tokio::time::sleep(Duration::from_millis(5)).await,
                    other => panic!("the upload ended {other:?}: {image}"),
                }
            }
        }
        println!("\nupload to renditions ready (upload answered after the file is checked and decoded once):");
        for (i, (answered, ready)) in ready_after.iter().enumerate() {
            println!(
                "  upload {}: answered in {:.0} ms, renditions ready {:.0} ms after sending",
                i + 1,
                answered.as_secs_f64() * 1e3,
                ready.as_secs_f64() * 1e3
            );
        }
        ids
    });

    let tiles = tiles();
    let paths = |prefix: &str| -> Vec<String> {
        tiles
            .iter()
            .map(|t| format!("{prefix}/{t}/0/default.jpg"))
            .collect()
    };
    println!("\n{CONNECTIONS} connections, the load generator on the same machine:");
    let mut uncached = Vec::new();
    for id in &ids {
        uncached.push(load(port, &paths(&format!("/iiif/3/{id}"))));
    }
    let vcm_uncached = uncached.iter().sum::<f64>() / uncached.len() as f64;
    println!(
        "  VCM, uncached tiles (each image's first request decodes it): {vcm_uncached:.0} tiles/s ({})",
        uncached
            .iter()
            .map(|r| format!("{r:.0}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let first = paths(&format!("/iiif/3/{}", ids[0]));
    let cached: Vec<String> = first
        .iter()
        .cycle()
        .take(CACHED_REQUESTS)
        .cloned()
        .collect();
    let vcm_cached = load(port, &cached);
    println!("  VCM, cached tiles ({CACHED_REQUESTS} requests): {vcm_cached:.0} tiles/s");
    drop(vcm_server);

    // The reference server on the same file and the same tile requests.
    let images = scratch.path().join("reference");
    std::fs::create_dir_all(&images).unwrap();
    std::fs::write(images.join("bench.jpg"), &jpeg).unwrap();
    let temp = scratch.path().join("reference-tmp");
    std::fs::create_dir_all(&temp).unwrap();
    let port = free_port();
    let script = python.with_file_name("iiif_testserver.py");
    let mut reference = Server(
        Command::new(&python)
            .arg(&script)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .arg("--image-dir")
            .arg(&images)
            .args(["--api-versions", "3.0", "--manipulators", "pil"])
            .current_dir(scratch.path())
            // It leaves a temporary file per request; keep them in the scratch folder.
            .env("TMPDIR", &temp)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the reference server starts"),
    );
    wait_listening(port, &mut reference, "iiif_testserver.py");
    let reference_rate = load(port, &paths("/3.0_pil/bench"));
    drop(reference);
    println!(
        "  reference server (iiif {} with PIL), the same {} tiles: {reference_rate:.1} tiles/s",
        reference_version(&python),
        tiles.len()
    );
    println!(
        "\nVCM uncached / reference: {:.0}×; VCM cached: {vcm_cached:.0} tiles/s",
        vcm_uncached / reference_rate
    );
}

/// The installed version of the `iiif` package.
fn reference_version(python: &Path) -> String {
    Command::new(python)
        .args(["-c", "import iiif; print(iiif.__version__)"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}
