//! Outgoing email. Messages are written to the `emails` table in the
//! transaction that causes them, then delivered: by SMTP when `VCM_SMTP_URL`
//! is set, otherwise as `.eml` files under `<data dir>/outbox/`. Admins list
//! them at `/api/v1/admin/emails`.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::time::Duration;

use chrono::Utc;
use diesel::prelude::*;

use crate::db::schema::{emails, users};
use crate::db::{DbConnection, Pool};

/// Queues an email. Call it inside the transaction of the change it reports.
pub fn queue(conn: &mut DbConnection, to: &str, subject: &str, body: &str) -> QueryResult<()> {
    diesel::insert_into(emails::table)
        .values((
            emails::recipient.eq(to),
            emails::subject.eq(subject),
            emails::body.eq(body),
            emails::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)
        .map(drop)
}

/// Queues the same email to every active editor of a museum.
pub fn queue_to_editors(
    conn: &mut DbConnection,
    museum_id: i64,
    subject: &str,
    body: &str,
) -> QueryResult<()> {
    let editors: Vec<String> = users::table
        .filter(users::museum_id.eq(museum_id))
        .filter(users::disabled.eq(false))
        .select(users::email)
        .load(conn)?;
    for to in editors {
        queue(conn, &to, subject, body)?;
    }
    Ok(())
}

/// Where and how mail is delivered.
#[derive(Debug)]
pub struct Mailer {
    pub outbox_dir: PathBuf,
    /// `host:port` of an SMTP relay, if one is configured.
    pub smtp: Option<String>,
    pub from: String,
    /// One delivery round at a time in this process, so no email goes twice.
    delivering: std::sync::Mutex<()>,
}

impl Mailer {
    pub fn new(
        data_dir: &std::path::Path,
        smtp_url: Option<&str>,
        from: &str,
    ) -> Result<Self, String> {
        let smtp = smtp_url
            .map(|u| {
                u.strip_prefix("smtp://")
                    .map(|h| h.trim_end_matches('/').to_owned())
                    .filter(|h| h.contains(':'))
                    .ok_or_else(|| {
                        format!("VCM_SMTP_URL must look like smtp://HOST:PORT, not {u:?}")
                    })
            })
            .transpose()?;
        Ok(Self {
            outbox_dir: data_dir.join("outbox"),
            smtp,
            from: from.to_owned(),
            delivering: std::sync::Mutex::new(()),
        })
    }

    /// Delivers every queued email; failures stay queued with their error and
    /// are tried again on the next call.
    pub fn deliver_pending(&self, pool: &Pool) {
        let _round = self
            .delivering
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let Ok(mut conn) = pool.get() else { return };
        let pending: Vec<(i64, String, String, String)> = match emails::table
            .filter(emails::sent_at.is_null())
            .order(emails::id.asc())
            .select((emails::id, emails::recipient, emails::subject, emails::body))
            .load(&mut conn)
        {
            Ok(p) => p,
            Err(e) => {
                tracing::error!(error = %e, "cannot read the outbox");
                return;
            }
        };
        for (id, to, subject, body) in pending {
            let message = self.message(&to, &subject, &body);
            let result = match &self.smtp {
                Some(addr) => {
                    send_smtp(addr, &self.from, &to, &message).map(|()| "smtp".to_owned())
                }
                None => self.write_file(id, &message),
            };
            let update = diesel::update(emails::table.find(id));
            let saved = match result {
                Ok(delivery) => update
                    .set((
                        emails::sent_at.eq(Some(Utc::now().naive_utc())),
                        emails::delivery.eq(Some(delivery)),
                        emails::error.eq(None::<String>),
                    ))
                    .execute(&mut conn),
                Err(e) => {
                    tracing::warn!(email = id, error = %e, "email not delivered");
                    update.set(emails::error.eq(Some(e))).execute(&mut conn)
                }
            };
            if let Err(e) = saved {
                tracing::error!(email = id, error = %e, "cannot update the outbox");
            }
        }
    }

    fn message(&self, to: &str, subject: &str, body: &str) -> String {
        format!(
            "From: {}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{}\r\n",
            self.from,
            Utc::now().to_rfc2822(),
            body.replace("\r\n", "\n").replace('\n', "\r\n")
        )
    }

    fn write_file(&self, id: i64, message: &str) -> Result<String, String> {
        std::fs::create_dir_all(&self.outbox_dir).map_err(|e| e.to_string())?;
        let path = self.outbox_dir.join(format!("{id:08}.eml"));
        std::fs::write(&path, message).map_err(|e| e.to_string())?;
        Ok(format!("file:{}", path.display()))
    }
}

/// Sends one message through a plain SMTP relay (RFC 5321, no TLS or auth:
/// the relay is local and does both).
fn send_smtp(addr: &str, from: &str, to: &str, message: &str) -> Result<(), String> {
    let stream = TcpStream::connect(addr).map_err(|e| format!("cannot reach {addr}: {e}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .map_err(|e| e.to_string())?;
    let mut reader = BufReader::new(stream.try_clone().map_err(|e| e.to_string())?);
    let mut writer = stream;
    let mut expect = |code: &str| -> Result<(), String> {
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).map_err(|e| e.to_string())?;
            if !line.starts_with(code) {
                return Err(format!("SMTP: expected {code}, got {:?}", line.trim_end()));
            }
            if line.as_bytes().get(3) != Some(&b'-') {
                return Ok(());
            }
        }
    };
    let envelope = |a: &str| {
        a.rsplit_once('<')
            .map_or(a, |(_, r)| r.trim_end_matches('>'))
            .to_owned()
    };
    expect("220")?;
    let mut say = |line: &str, code: &str| -> Result<(), String> {
        writer
            .write_all(format!("{line}\r\n").as_bytes())
            .map_err(|e| e.to_string())?;
        expect(code)
    };
    say("EHLO vcm", "250")?;
    say(&format!("MAIL FROM:<{}>", envelope(from)), "250")?;
    say(&format!("RCPT TO:<{}>", envelope(to)), "250")?;
    say("DATA", "354")?;
    // Dot-stuffing: a line starting with `.` gets another.
    let body = message.replace("\r\n.", "\r\n..");
    say(&format!("{body}\r\n."), "250")?;
    say("QUIT", "221")
}

/// Delivers queued email in the background.
pub fn deliver_soon(mailer: &actix_web::web::Data<Mailer>, pool: &Pool) {
    let (mailer, pool) = (mailer.clone(), pool.clone());
    std::thread::spawn(move || mailer.deliver_pending(&pool));
}
