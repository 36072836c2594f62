//! Developer tasks, run as `cargo xtask <task>`:
//!
//! - `run`: install the web toolchain if missing, build the web app (quickly:
//!   [`Web::Quick`]), serve the platform with demo data on
//!   http://127.0.0.1:8080 (VCM_* settings honoured).
//! - `test`: format check, clippy, every Rust test (SQLite, and PostgreSQL when
//!   VCM_TEST_POSTGRES_URL is set), then the browser test in headless Chromium.
//! - `web`: build the web app only.
//! - `bench`: serve the demo collection from a release build and measure the
//!   public API's throughput and latency (bounded: a fixed number of requests);
//!   `bench search`, `bench import` and `bench images` measure those parts;
//!   `bench web` what a visitor downloads and Lighthouse's mobile scores.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

/// binaryen's wasm-opt, built from crates.io by `cargo install wasm-opt`.
const WASM_OPT_VERSION: &str = "0.116.1";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().map(String::as_str).unwrap_or("help");
    let outcome = match task {
        "run" => run(),
        "test" => test(),
        "web" => build_web(Web::Release),
        "bench" => match args.get(1).map(String::as_str) {
            None | Some("api") => bench(),
            Some("search") => bench_search(&args[2..]),
            Some("import") => bench_import(),
            Some("images") => bench_images(),
            Some("web") => bench_web(),
            Some(other) => Err(format!(
                "unknown benchmark {other:?}: use api, search, import, images or web"
            )),
        },
        _ => {
            eprintln!(
                "usage: cargo xtask <run | test | web | bench [api | search [--works N,N] | import | images | web]>"
            );
            return ExitCode::from(if task == "help" { 0 } else { 2 });
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask {task}: {message}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace")
        .to_path_buf()
}

fn step(what: &str) {
    eprintln!("\n==> {what}");
}

fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(root());
    cmd
}

/// Runs a command to completion; a failure names the command.
fn check(cmd: &mut Command) -> Result {
    let status = cmd
        .status()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed ({status})"))
    }
}

/// A command's standard output, if it ran and succeeded.
fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn is_set(var: &str) -> bool {
    std::env::var(var).is_ok_and(|v| v == "1" || v == "true")
}

/// The server as the tests build it (the dev profile, with the image and
/// password crates optimised): after `cargo xtask test`, nothing to build.
const DEV_SERVER: [&str; 4] = ["build", "--workspace", "--bin", "vcm"];

fn run() -> Result {
    build_web_beside(&DEV_SERVER, Web::Quick)?;
    step("starting vcm serve --demo (Ctrl-C stops it)");
    check(
        Command::new(root().join("target/debug/vcm"))
            .current_dir(root())
            .args(["serve", "--demo"]),
    )
}

fn test() -> Result {
    let started = Instant::now();
    step("cargo fmt --check");
    check(cargo().args(["fmt", "--all", "--check"]))?;
    // The web app's tools and bundles, for the browser test, build beside
    // the Rust checks and tests: each leaves a core idle much of the time.
    let web = if browser_available()? {
        Some(std::thread::spawn(|| build_web(Web::Release)))
    } else {
        ensure_wasm_target()?;
        None
    };
    step("clippy (server, tests, tools)");
    check(cargo().args([
        "clippy",
        "--workspace",
        "--exclude",
        "vcm-web",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    if std::env::var("VCM_TEST_POSTGRES_URL").is_ok_and(|u| !u.is_empty()) {
        eprintln!("\nend-to-end tests run on SQLite and on PostgreSQL (VCM_TEST_POSTGRES_URL)");
    } else if is_set("VCM_TEST_REQUIRE_POSTGRES") {
        return Err("VCM_TEST_REQUIRE_POSTGRES=1 but VCM_TEST_POSTGRES_URL is not set".into());
    } else {
        eprintln!(
            "\nSKIPPED the PostgreSQL runs: VCM_TEST_POSTGRES_URL is not set, so end-to-end tests run on SQLite only \
             (set it to e.g. postgres://postgres@127.0.0.1:5432/postgres)"
        );
    }
    let data = std::env::var("VCM_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("../shared/data"));
    if !data.join("artworks-cc0.jsonl").is_file() {
        if is_set("VCM_TEST_REQUIRE_DATA") {
            return Err(format!(
                "VCM_TEST_REQUIRE_DATA=1 but {} has no artworks-cc0.jsonl",
                data.display()
            ));
        }
        eprintln!(
            "\nSKIPPED the real-records search tests: {} has no artworks-cc0.jsonl",
            data.display()
        );
    }
    let mut tests = cargo();
    tests.args(["test", "--workspace"]);
    // Stopped when this function returns.
    let mut _s3 = None;
    if let Some(python) = python_tools()? {
        tests.env("VCM_IIIF_PYTHON", &python);
        let server = S3Server::start(&python)?;
        tests.env("VCM_TEST_S3_ENDPOINT", server.endpoint());
        _s3 = Some(server);
    }
    step(
        "Rust tests: unit, OpenAPI drift, migrations, end-to-end over HTTP, IIIF validators, S3 storage",
    );
    check(&mut tests)?;
    let web = web.map(|build| {
        build
            .join()
            .map_err(|_| "the web build panicked".to_owned())
    });
    step("clippy (web app, wasm, every island)");
    check(cargo().args([
        "clippy",
        "-p",
        "vcm-web",
        "--target",
        WASM_TARGET,
        "--features",
        "hydrate,zoom,search,forms",
        "--",
        "-D",
        "warnings",
    ]))?;
    if let Some(built) = web {
        built??;
        browser_test()?;
    }
    eprintln!("\nall checks passed in {:.0?}", started.elapsed());
    Ok(())
}

/// Installs the Python tools the tests use (tests/requirements.txt: the IIIF
/// validators, the reference IIIF server, moto's S3 server) into a virtual
/// environment under target/, once; returns its Python. Without Python the
/// tests that need them are skipped, unless VCM_TEST_REQUIRE_IIIF=1 or
/// VCM_TEST_REQUIRE_S3=1 (CI) makes that a failure.
fn python_tools() -> Result<Option<PathBuf>> {
    let venv = root().join("target/test-venv");
    let python = venv.join("bin/python");
    let requirements = root().join("tests/requirements.txt");
    let installed = venv.join("installed-requirements.txt");
    let wanted = std::fs::read_to_string(&requirements)
        .map_err(|e| format!("{}: {e}", requirements.display()))?;
    if python.exists() && std::fs::read_to_string(&installed).is_ok_and(|have| have == wanted) {
        return Ok(Some(python));
    }
    if output(Command::new("python3").arg("--version")).is_none() {
        if is_set("VCM_TEST_REQUIRE_IIIF") || is_set("VCM_TEST_REQUIRE_S3") {
            return Err(
                "the IIIF validators and the S3 server are required but python3 is not installed"
                    .into(),
            );
        }
        eprintln!(
            "\nSKIPPED the IIIF validators and the S3 storage test: python3 is not installed"
        );
        return Ok(None);
    }
    step("installing the test tools (IIIF validators, S3 server) into target/test-venv (once)");
    check(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
    check(
        Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-r",
            ])
            .arg(&requirements),
    )?;
    std::fs::write(&installed, wanted).map_err(|e| format!("{}: {e}", installed.display()))?;
    Ok(Some(python))
}

/// moto's S3-compatible server on a free port of 127.0.0.1, stopped when dropped.
struct S3Server {
    child: Child,
    port: u16,
}

impl S3Server {
    fn start(python: &Path) -> Result<Self> {
        let port = free_port()?;
        let child = Command::new(python.with_file_name("moto_server"))
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start moto_server: {e}"))?;
        let mut server = Self { child, port };
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(format!("moto_server exited ({status})"));
            }
            if Instant::now() > deadline {
                return Err("moto_server did not listen within 30 s".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(server)
    }

    fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port of 127.0.0.1 that nothing listens on now.
fn free_port() -> Result<u16> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free port: {e}"))
}

/// Installs the wasm target if it is missing.
fn ensure_wasm_target() -> Result {
    let targets =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if !targets.lines().any(|t| t.trim() == WASM_TARGET) {
        step(&format!("installing the {WASM_TARGET} target"));
        check(Command::new("rustup").args(["target", "add", WASM_TARGET]))?;
    }
    Ok(())
}

/// Installs the tools that finish the bundles and are missing: the
/// wasm-bindgen CLI of exactly the version in Cargo.lock, and for a release
/// wasm-opt.
fn ensure_web_tools(web: Web) -> Result {
    let wanted = locked_version("wasm-bindgen")?;
    let have = output(Command::new("wasm-bindgen").arg("--version")).unwrap_or_default();
    if have.split_whitespace().nth(1) != Some(wanted.as_str()) {
        step(&format!(
            "installing wasm-bindgen-cli {wanted} (once; a few minutes)"
        ));
        // Not --locked: one of its locked dependency versions is not on every registry mirror.
        check(cargo().args(["install", "wasm-bindgen-cli", "--version", &wanted]))?;
    }
    if web == Web::Quick {
        return Ok(());
    }
    // `wasm-opt --version` says "wasm-opt version 116 (…)".
    let have = output(Command::new("wasm-opt").arg("--version")).unwrap_or_default();
    let major = WASM_OPT_VERSION.split('.').nth(1).unwrap_or_default();
    if have.split_whitespace().nth(2) != Some(major) {
        step(&format!(
            "installing wasm-opt {WASM_OPT_VERSION} (binaryen, built with the C++ compiler; once, several minutes)"
        ));
        check(cargo().args([
            "install",
            "wasm-opt",
            "--version",
            WASM_OPT_VERSION,
            "--locked",
            // Without reading DWARF debug info (the bundles carry none): a
            // quarter of binaryen's C++ files, LLVM's, left out.
            "--no-default-features",
        ]))?;
    }
    Ok(())
}

/// The version of a package in Cargo.lock.
fn locked_version(package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let needle = format!("name = \"{package}\"\nversion = \"");
    let start = lock
        .find(&needle)
        .ok_or_else(|| format!("{package} is not in Cargo.lock"))?
        + needle.len();
    Ok(lock[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned())
}

/// Builds the web app and, beside it, the server with `cargo <server>`: the
/// bundles' builds leave one core idle most of the time (one large crate,
/// then one LTO link each), which the server's build takes.
fn build_web_beside(server: &[&str], web: Web) -> Result {
    step(&format!("cargo {} (beside the web app)", server.join(" ")));
    let mut child = cargo()
        .args(server)
        .spawn()
        .map_err(|e| format!("cannot start cargo: {e}"))?;
    let web = build_web(web);
    let built = child.wait().map_err(|e| format!("cargo: {e}"))?;
    web?;
    if built.success() {
        Ok(())
    } else {
        Err(format!("cargo {} failed ({built})", server.join(" ")))
    }
}

/// The bundles, as (binary, name, features). The visitors' come first,
/// smallest first: a page loads the first whose islands it has
/// (web/src/ssr.rs). Each is `vcm-public` built with the features that turn
/// its heavy islands on; without them they are plain components, and their
/// code is left out. The console has the lite bundle's features: one
/// compiled library for both.
const BUNDLES: [(&str, &str, &str); 4] = [
    // The small islands any page has: search box, account menu, filters, lists.
    ("vcm-public", "lite", "hydrate"),
    // A work's page: its gallery with the deep-zoom viewer.
    ("vcm-public", "zoom", "hydrate,zoom"),
    // The search page's results and facets, and the application forms.
    ("vcm-public", "search", "hydrate,search,forms"),
    ("vcm-console", "console", "hydrate"),
];

/// The bundles of a quick build: every page loads the one public bundle.
const QUICK_BUNDLES: [(&str, &str, &str); 2] = [
    ("vcm-public", "all", "hydrate,zoom,search,forms"),
    ("vcm-console", "console", "hydrate,zoom,search,forms"),
];

/// wasm-opt's flags: `-Oz`, with the features rustc's wasm output uses.
const WASM_OPT_FLAGS: [&str; 7] = [
    "-Oz",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-multivalue",
    "--enable-reference-types",
];

/// Builds the web app into web/dist (release): every file under
/// `assets/`, named by a hash of its content; `manifest.json` naming the
/// stylesheet and the visitors' bundles, for the server; `console.html`,
/// the console's page (web/console.html with its files' names). Each bundle
/// is cargo's wasm (profile `wasm-release`), bound by wasm-bindgen and
/// shrunk by wasm-opt; a brotli and a gzip copy sit beside every file.
/// Missing tools install while the wasm compiles: each bundle's build ends
/// in one large crate and one link, on one core.
/// How the bundles are built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Web {
    /// As visitors get them: the `wasm-release` profile (one codegen unit,
    /// link-time optimisation), then `wasm-opt -Oz`. `web`, `test`, `bench`.
    Release,
    /// Quickly, for `run` on one's own machine: one public bundle with
    /// every island beside the console's, both of one compiled library
    /// ([`QUICK_BUNDLES`]), in parallel units without link-time optimisation
    /// (`wasm-quick`) and not shrunk, so neither wasm-opt nor its C++ build
    /// is needed: a fresh machine serves minutes sooner, its pages fetching
    /// more than a deployment's would.
    Quick,
}

impl Web {
    fn bundles(self) -> &'static [(&'static str, &'static str, &'static str)] {
        match self {
            Web::Release => &BUNDLES,
            Web::Quick => &QUICK_BUNDLES,
        }
    }

    fn profile(self) -> &'static str {
        match self {
            Web::Release => "wasm-release",
            Web::Quick => "wasm-quick",
        }
    }
}

fn build_web(kind: Web) -> Result {
    ensure_wasm_target()?;
    let tools = std::thread::spawn(move || ensure_web_tools(kind));
    let bundles = kind.bundles();
    let compiled = bundles
        .iter()
        .map(|&(bin, name, features)| compile_bundle(bin, name, features, kind))
        .collect::<Result<Vec<_>>>();
    tools
        .join()
        .map_err(|_| "installing the web tools panicked".to_owned())??;
    let compiled = compiled?;

    let web = root().join("web");
    let dist = web.join("dist");
    let assets = dist.join("assets");
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&assets).map_err(|e| format!("{}: {e}", assets.display()))?;
    let css = hashed(&assets, "style", ".css", &read(&web.join("style.css"))?)?;
    let mut manifest = Vec::new();
    let mut console = None;
    for ((_, name, _), wasm) in bundles.iter().zip(compiled) {
        let (js, wasm) = finish_bundle(name, &wasm, &assets, kind)?;
        if *name == "console" {
            console = Some((js, wasm));
        } else {
            manifest.push(format!(
                "{{\"name\":\"{name}\",\"js\":\"{js}\",\"wasm\":\"{wasm}\"}}"
            ));
        }
    }
    let (js, wasm) = console.ok_or("the bundles have no console")?;
    let locales = locales(&web.join("locales"), &assets)?;
    write(
        &dist.join("manifest.json"),
        format!(
            "{{\"css\":\"{css}\",\"bundles\":[{}],\"locales\":{{{}}}}}\n",
            manifest.join(","),
            locales.join(",")
        )
        .as_bytes(),
    )?;
    let page = String::from_utf8(read(&web.join("console.html"))?)
        .map_err(|e| format!("web/console.html: {e}"))?
        .replace("%CSS%", &css)
        .replace("%JS%", &js)
        .replace("%WASM%", &wasm);
    write(&dist.join("console.html"), page.as_bytes())?;
    precompress(&assets)
}

/// Puts each interface language's messages (`web/locales/TAG.ftl`) into
/// `assets` as `locale-TAG-HASH.ftl`; returns the manifest's `"TAG":"address"`
/// entries. A browser fetches only its page's language.
fn locales(dir: &Path, assets: &Path) -> Result<Vec<String>> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(tag) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".ftl"))
        else {
            continue;
        };
        let address = hashed(assets, &format!("locale-{tag}"), ".ftl", &read(&path)?)?;
        entries.push(format!("\"{tag}\":\"{address}\""));
    }
    entries.sort();
    Ok(entries)
}

/// Where the bundles build, a directory of their own, so that another build
/// of the workspace can run beside them.
fn web_target_dir() -> PathBuf {
    root().join("target/web")
}

/// Compiles one bundle's wasm: `bin` with `features`; returns where it is.
fn compile_bundle(bin: &str, name: &str, features: &str, web: Web) -> Result<PathBuf> {
    let profile = web.profile();
    step(&format!(
        "compiling the web app's {name} bundle ({bin}, features {features}; {profile})"
    ));
    let target_dir = web_target_dir();
    check(
        cargo()
            .args(["build", "--target-dir"])
            .arg(&target_dir)
            .args([
                "-p",
                "vcm-web",
                "--bin",
                bin,
                "--target",
                WASM_TARGET,
                "--profile",
                profile,
                "--features",
                features,
            ]),
    )?;
    // Each build of a binary overwrites the last one's file: keep this one's.
    let built = target_dir
        .join(WASM_TARGET)
        .join(profile)
        .join(format!("{bin}.wasm"));
    let kept = target_dir.join(format!("{name}.wasm"));
    std::fs::copy(&built, &kept).map_err(|e| format!("{}: {e}", built.display()))?;
    Ok(kept)
}

/// Binds a compiled bundle with wasm-bindgen, shrinks it with wasm-opt (for
/// a release) and puts its JavaScript and wasm into `assets` as
/// `vcm-NAME-HASH.js` and `vcm-NAME-HASH_bg.wasm`; returns their addresses.
fn finish_bundle(name: &str, wasm: &Path, assets: &Path, web: Web) -> Result<(String, String)> {
    step(&format!("binding the {name} bundle"));
    let work = web_target_dir().join("bindgen").join(name);
    let _ = std::fs::remove_dir_all(&work);
    check(
        Command::new("wasm-bindgen")
            .arg(wasm)
            .args([
                "--target",
                "web",
                "--no-typescript",
                "--out-name",
                "bundle",
                "--out-dir",
            ])
            .arg(&work),
    )?;
    if work.join("snippets").exists() {
        return Err(format!(
            "wasm-bindgen wrote JavaScript snippets for the {name} bundle: serve them before using inline_js"
        ));
    }
    let mut optimised = work.join("bundle_bg.wasm");
    if web == Web::Release {
        step(&format!("shrinking the {name} bundle (wasm-opt)"));
        let shrunk = work.join("optimised.wasm");
        check(
            Command::new("wasm-opt")
                .args(WASM_OPT_FLAGS)
                .arg(&optimised)
                .arg("-o")
                .arg(&shrunk),
        )?;
        optimised = shrunk;
    }
    let stem = format!("vcm-{name}");
    Ok((
        hashed(assets, &stem, ".js", &read(&work.join("bundle.js"))?)?,
        hashed(assets, &stem, "_bg.wasm", &read(&optimised)?)?,
    ))
}

/// Writes `data` into `dir` as `STEM-HASH SUFFIX` (a hash of the content, so
/// the name changes whenever the file does); returns its address under /assets/.
fn hashed(dir: &Path, stem: &str, suffix: &str, data: &[u8]) -> Result<String> {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    data.hash(&mut hasher);
    let name = format!("{stem}-{:016x}{suffix}", hasher.finish());
    write(&dir.join(&name), data)?;
    Ok(format!("/assets/{name}"))
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, data: &[u8]) -> Result {
    std::fs::write(path, data).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes `NAME.br` (brotli, best quality) and `NAME.gz` (gzip, best) beside
/// every wasm, JavaScript and CSS file of `dir`.
fn precompress(dir: &Path) -> Result {
    use std::io::Write as _;
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for path in entries.flatten().map(|e| e.path()) {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        if !matches!(ext, "wasm" | "js" | "css" | "ftl") {
            continue;
        }
        let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let sibling = |suffix: &str| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            PathBuf::from(name)
        };
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 24,
            ..Default::default()
        };
        brotli::BrotliCompress(&mut data.as_slice(), &mut br, &params)
            .map_err(|e| format!("brotli {}: {e}", path.display()))?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&data)
            .map_err(|e| format!("gzip {}: {e}", path.display()))?;
        let gz = gz
            .finish()
            .map_err(|e| format!("gzip {}: {e}", path.display()))?;
        for (suffix, bytes) in [(".br", &br), (".gz", &gz)] {
            std::fs::write(sibling(suffix), bytes).map_err(|e| e.to_string())?;
        }
        eprintln!(
            "    {}: {} bytes, {} brotli, {} gzip",
            path.file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default(),
            data.len(),
            br.len(),
            gz.len()
        );
    }
    Ok(())
}

/// Whether the browser test can run: Chromium and npm are installed. If not,
/// it says so and the test is skipped, unless VCM_TEST_REQUIRE_BROWSER=1
/// (CI) makes that a failure.
fn browser_available() -> Result<bool> {
    let chromium = Path::new("/usr/bin/chromium");
    let npm = output(Command::new("npm").arg("--version"));
    if chromium.exists() && npm.is_some() {
        return Ok(true);
    }
    let why = if npm.is_none() {
        "npm is not installed"
    } else {
        "/usr/bin/chromium is not installed (apt-get install chromium)"
    };
    if is_set("VCM_TEST_REQUIRE_BROWSER") {
        return Err(format!("browser test required but {why}"));
    }
    eprintln!("\nSKIPPED the browser test: {why}");
    Ok(false)
}

/// Serves the built web app with demo data on a free port, and drives it in
/// headless Chromium.
fn browser_test() -> Result {
    // The server with the whole workspace's features, as the tests built it:
    // no rebuild.
    check(cargo().args(DEV_SERVER))?;
    step("browser test: headless Chromium against the real server");
    let browser_dir = root().join("tests/browser");
    let installed = ["playwright-core", "@axe-core/playwright"]
        .iter()
        .all(|p| browser_dir.join("node_modules").join(p).exists());
    if !installed {
        check(Command::new("npm").current_dir(&browser_dir).args([
            "ci",
            "--no-audit",
            "--no-fund",
        ]))?;
    }
    // On SQLite only: the pages it drives are rendered from the same API
    // that the end-to-end tests (pages.rs among them) check on both backends.
    let server = DemoServer::start("debug")?;
    check(
        Command::new("node")
            .current_dir(&browser_dir)
            .arg("run.mjs")
            .env("VCM_BASE_URL", format!("http://127.0.0.1:{}", server.port)),
    )
}

/// `vcm serve --demo` from a build profile, on a free port with a fresh SQLite
/// database, stopped and cleaned up when dropped.
struct DemoServer {
    child: Child,
    port: u16,
    data: PathBuf,
}

impl DemoServer {
    fn start(profile: &str) -> Result<Self> {
        let port = free_port()?;
        let data = std::env::temp_dir().join(format!("vcm-xtask-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&data);
        let child = Command::new(root().join("target").join(profile).join("vcm"))
            .current_dir(root())
            .args(["serve", "--demo"])
            .env("VCM_BIND", format!("127.0.0.1:{port}"))
            .env("VCM_DATA_DIR", &data)
            .env_remove("VCM_DATABASE_URL")
            .env("VCM_WEB_DIR", root().join("web/dist"))
            .env("VCM_LOG", "warn")
            .spawn()
            .map_err(|e| format!("cannot start vcm: {e}"))?;
        let mut server = Self { child, port, data };
        wait_ready(port, &mut server.child)?;
        Ok(server)
    }
}

impl Drop for DemoServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.data);
    }
}

/// A visitor's first visit to four public pages of the release build with
/// demo data: bytes over the wire by kind, and Lighthouse 12.8's mobile
/// scores (xtask/bench-web, installed from npm on first use). Without Node,
/// npm or Chromium it says so and measures nothing.
fn bench_web() -> Result {
    let chromium = Path::new("/usr/bin/chromium");
    if output(Command::new("npm").arg("--version")).is_none() || !chromium.exists() {
        eprintln!(
            "SKIPPED bench web: it needs Node.js with npm and /usr/bin/chromium (apt-get install chromium)"
        );
        return Ok(());
    }
    build_web_beside(
        &["build", "--release", "-p", "vcm-api", "--bin", "vcm"],
        Web::Release,
    )?;
    let dir = root().join("xtask/bench-web");
    if !dir.join("node_modules/lighthouse").exists() {
        step("installing Lighthouse and playwright-core from npm (once)");
        check(
            Command::new("npm")
                .current_dir(&dir)
                .args(["ci", "--no-audit", "--no-fund"]),
        )?;
    }
    let server = DemoServer::start("release")?;
    step("waiting for the demo's images, then measuring");
    // Ready when some are and their number holds for three seconds.
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut seen = (0, Instant::now());
    loop {
        let ready = works_with_images(server.port);
        if ready != seen.0 {
            seen = (ready, Instant::now());
        } else if ready > 0 && seen.1.elapsed() > Duration::from_secs(3) {
            break;
        }
        if Instant::now() > deadline {
            return Err("the demo's images were not ready 120 s after start".into());
        }
        std::thread::sleep(Duration::from_millis(500));
    }
    check(
        Command::new("node")
            .current_dir(&dir)
            .arg("bench-web.mjs")
            .env("VCM_BASE_URL", format!("http://127.0.0.1:{}", server.port))
            .env("CHROME_PATH", chromium),
    )
}

/// How many published works have a ready image (the search's `has_image` count).
fn works_with_images(port: u16) -> u64 {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return 0;
    };
    let mut buf = Vec::new();
    let request = "GET /api/v1/search?has_image=yes&limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    if stream.write_all(request.as_bytes()).is_err() || stream.read_to_end(&mut buf).is_err() {
        return 0;
    }
    let text = String::from_utf8_lossy(&buf);
    text.split("\"total\":")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Search at 100k and 1M works built from ../shared/data, against SQLite FTS5
/// (and PostgreSQL full text with VCM_BENCH_POSTGRES_URL).
fn bench_search(args: &[String]) -> Result {
    step("search benchmark (release build; the 1M corpus takes several minutes to load and index)");
    check(
        cargo()
            .args([
                "run",
                "--release",
                "-p",
                "vcm-tests",
                "--example",
                "bench_search",
                "--",
            ])
            .args(args),
    )
}

/// Imports every real record in ../shared/data through the partner API, on
/// SQLite and (when it answers on 127.0.0.1:5432, or VCM_BENCH_POSTGRES_URL
/// names one) PostgreSQL.
fn bench_import() -> Result {
    step("import benchmark (release build)");
    let mut command = cargo();
    command.args([
        "run",
        "--release",
        "-p",
        "vcm-tests",
        "--example",
        "bench_import",
    ]);
    if std::env::var_os("VCM_BENCH_POSTGRES_URL").is_none()
        && TcpStream::connect_timeout(
            &"127.0.0.1:5432".parse().expect("an address"),
            Duration::from_millis(500),
        )
        .is_ok()
    {
        command.env(
            "VCM_BENCH_POSTGRES_URL",
            "postgres://postgres@127.0.0.1:5432/postgres",
        );
    }
    check(&mut command)
}

/// Renditions and IIIF tiles of a 6000 × 4000 JPEG from the release `vcm`,
/// against the IIIF reference server in the same run.
fn bench_images() -> Result {
    step("building vcm (release)");
    check(cargo().args(["build", "--release", "-p", "vcm-api", "--bin", "vcm"]))?;
    let python =
        python_tools()?.ok_or("the image benchmark needs python3 for the IIIF reference server")?;
    step("image benchmark (release build; about a minute)");
    check(
        cargo()
            .args([
                "run",
                "--release",
                "-p",
                "vcm-tests",
                "--example",
                "bench_images",
            ])
            .env("VCM_BENCH_VCM", root().join("target/release/vcm"))
            .env("VCM_BENCH_PYTHON", python),
    )
}

/// Public API throughput and latency on the demo collection, SQLite, release build.
fn bench() -> Result {
    const CONNECTIONS: usize = 8;
    const REQUESTS: usize = 4_000;
    step("building vcm (release)");
    check(cargo().args(["build", "--release", "-p", "vcm-api", "--bin", "vcm"]))?;
    let started = Instant::now();
    let server = DemoServer::start("release")?;
    let cold = started.elapsed();
    println!(
        "\ncold start to ready, with migrations and demo load: {:.0} ms",
        cold.as_secs_f64() * 1e3
    );
    println!(
        "{REQUESTS} requests an endpoint over {CONNECTIONS} keep-alive connections, client on the same machine\n"
    );
    println!(
        "{:<56} {:>8} {:>7} {:>7} {:>7}",
        "endpoint", "req/s", "p50 ms", "p99 ms", "max ms"
    );
    for path in [
        "/api/v1/artworks?limit=24",
        "/api/v1/artworks?country=JP&object_type=painting",
        "/api/v1/artworks/sesshu-autumn-and-winter-landscapes",
        "/api/v1/museums",
        "/api/v1/countries",
        "/api/v1/highlights",
        // Pages, rendered by the server from the API above.
        "/",
        "/artworks/sesshu-autumn-and-winter-landscapes",
        "/search?q=landscape",
    ] {
        let t0 = Instant::now();
        let workers: Vec<_> = (0..CONNECTIONS)
            .map(|_| {
                let port = server.port;
                std::thread::spawn(move || load(port, path, REQUESTS / CONNECTIONS))
            })
            .collect();
        let mut latencies = Vec::with_capacity(REQUESTS);
        for w in workers {
            latencies.extend(w.join().map_err(|_| "a load thread panicked")??);
        }
        let elapsed = t0.elapsed().as_secs_f64();
        latencies.sort();
        let ms = |p: f64| {
            let i = ((latencies.len() as f64 * p) as usize).min(latencies.len() - 1);
            latencies[i].as_secs_f64() * 1e3
        };
        let rate = latencies.len() as f64 / elapsed;
        println!(
            "{path:<56} {rate:>8.0} {:>7.2} {:>7.2} {:>7.2}",
            ms(0.5),
            ms(0.99),
            ms(1.0)
        );
    }
    Ok(())
}

/// Sends `count` GETs over one keep-alive connection; returns each one's latency.
fn load(port: u16, path: &str, count: usize) -> Result<Vec<Duration>> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .map_err(|e| e.to_string())?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    let mut latencies = Vec::with_capacity(count);
    let mut buf = Vec::with_capacity(64 * 1024);
    for _ in 0..count {
        let t = Instant::now();
        stream
            .write_all(request.as_bytes())
            .map_err(|e| e.to_string())?;
        buf.clear();
        read_response(&mut stream, &mut buf)?;
        latencies.push(t.elapsed());
        if !buf.starts_with(b"HTTP/1.1 200") {
            let head = String::from_utf8_lossy(&buf[..buf.len().min(80)]).into_owned();
            return Err(format!("GET {path}: {head}"));
        }
    }
    Ok(latencies)
}

/// Reads one HTTP/1.1 response (with a Content-Length body, or chunked) into `buf`.
fn read_response(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Result {
    let mut chunk = [0u8; 16 * 1024];
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            // Rendered pages are streamed in chunks; API answers have a length.
            if head.contains("transfer-encoding: chunked") {
                if buf.ends_with(b"\r\n0\r\n\r\n") {
                    return Ok(());
                }
            } else {
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse().ok())
                    .ok_or("a response without content-length")?;
                if buf.len() >= end + 4 + length {
                    return Ok(());
                }
            }
        }
        let n = stream.read(&mut chunk).map_err(|e| e.to_string())?;
        if n == 0 {
            return Err("the server closed the connection".into());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// Waits until the server answers /readyz with 200, or fails after 60 s.
fn wait_ready(port: u16, server: &mut Child) -> Result {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(Some(status)) = server.try_wait() {
            return Err(format!("vcm exited before it was ready ({status})"));
        }
        if let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) {
            let mut answer = String::new();
            let asked = stream.write_all(b"GET /readyz HTTP/1.0\r\nHost: localhost\r\n\r\n");
            if asked.is_ok()
                && stream.read_to_string(&mut answer).is_ok()
                && answer.split_whitespace().nth(1) == Some("200")
            {
                return Ok(());
            }
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Err("vcm was not ready within 60 s".into())
}
