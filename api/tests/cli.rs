//! The `vcm` command line, run as a user would: accounts and imports.

use std::io::Write;
use std::process::{Command, Stdio};

fn vcm(data: &std::path::Path, args: &[&str], stdin: Option<&str>) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vcm"))
        .args(args)
        .env("VCM_DATA_DIR", data)
        .env_remove("VCM_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("vcm runs");
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).unwrap();
    }
    drop(input);
    let out = child.wait_with_output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn accounts_are_made_with_a_given_or_a_generated_password() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path();
    assert!(vcm(dir, &["demo"], None).0);
    let (ok, out) = vcm(
        dir,
        &[
            "user",
            "create",
            "--email",
            "Curator@Museum.example",
            "--museum",
            "national-museum-of-korea",
        ],
        Some("a password long enough\n"),
    );
    assert!(ok, "{out}");
    assert!(
        out.contains("created editor curator@museum.example"),
        "{out}"
    );
    assert!(!out.contains("password (shown once)"), "{out}");
    let (ok, out) = vcm(
        dir,
        &["user", "create", "--email", "head@vcm.example", "--admin"],
        None,
    );
    assert!(ok, "{out}");
    let generated = out
        .lines()
        .find_map(|l| l.strip_prefix("password (shown once): "))
        .expect("a generated password");
    assert!(generated.len() >= 20);
    let (ok, out) = vcm(
        dir,
        &["user", "create", "--email", "head@vcm.example", "--admin"],
        None,
    );
    assert!(
        !ok && out.contains("email: an account with this email exists"),
        "{out}"
    );
    let (ok, out) = vcm(
        dir,
        &[
            "user",
            "create",
            "--email",
            "x@y.example",
            "--museum",
            "nowhere",
        ],
        Some("a password long enough"),
    );
    assert!(!ok && out.contains("no museum"), "{out}");
    let (ok, out) = vcm(
        dir,
        &["user", "create", "--email", "short@y.example", "--admin"],
        Some("short"),
    );
    assert!(!ok && out.contains("at least 12 characters"), "{out}");
    let (ok, out) = vcm(
        dir,
        &["user", "create", "--email", "not-an-email", "--admin"],
        None,
    );
    assert!(!ok && out.contains("not an email address"), "{out}");
}

#[test]
fn vcm_import_runs_the_import_pipeline_with_a_summary() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path();
    assert!(vcm(dir, &["demo"], None).0);
    let file = dir.join("works.csv");
    std::fs::write(
        &file,
        "Accession,title,object_type,rights\nCLI-1,Moon jar,ceramics,CC0\nCLI-2,,vase,CC0\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let args = [
        "import",
        path,
        "--museum",
        "national-museum-of-korea",
        "--mapping",
        "inventory_number:Accession",
    ];
    let (ok, out) = vcm(dir, &[&args[..], &["--dry-run"]].concat(), None);
    assert!(ok, "{out}");
    assert!(
        out.contains("(dry run, nothing changed): 2 records"),
        "{out}"
    );
    assert!(
        out.contains("1 created, 0 updated, 0 unchanged, 1 failed"),
        "{out}"
    );
    let (ok, out) = vcm(dir, &args, None);
    assert!(
        ok && out.contains("1 created, 0 updated, 0 unchanged, 1 failed"),
        "{out}"
    );
    assert!(out.contains("outcome=failed"), "{out}");
    let (ok, out) = vcm(dir, &args, None);
    assert!(
        ok && out.contains("0 created, 0 updated, 1 unchanged, 1 failed"),
        "{out}"
    );
    let (ok, out) = vcm(dir, &["import", path, "--museum", "nowhere"], None);
    assert!(!ok && out.contains("no museum"), "{out}");
    let (ok, out) = vcm(
        dir,
        &[
            "import",
            "works.txt",
            "--museum",
            "national-museum-of-korea",
        ],
        None,
    );
    assert!(!ok && out.contains("--format"), "{out}");
}
