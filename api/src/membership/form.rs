//! Reading an application from its multipart form, checking its eligibility,
//! and storing it.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_web::{HttpRequest, web};
use chrono::{Datelike, Utc};
use diesel::prelude::*;
use futures_util::TryStreamExt;
use vcm_shared::{
    ApplicationInput, ApplicationReceipt, ApplicationStatus, DOCUMENT_FIELD, ErrorCode, FieldCode,
    FieldError, HONEYPOT_FIELD, MAX_APPLICATION_TEXT, MuseumKind,
};

use super::{applicant, email_secretariat};
use crate::audit::{self, Change};
use crate::auth::{digest, random_token};
use crate::db::DbConnection;
use crate::db::schema::{countries, membership_applications, museums};
use crate::error::ApiError;
use crate::http::multipart_error;
use crate::outbox;
use crate::slugify;

/// Whether a path is where applications are posted, so the body limit there
/// is the PDF's.
pub fn is_application_path(path: &str) -> bool {
    path == "/api/v1/membership-applications"
}

/// The text fields the form has.
const TEXT_FIELDS: &[&str] = &[
    "museum_name",
    "museum_name_local",
    "museum_name_local_lang",
    "country",
    "city",
    "website",
    "founding_year",
    "kind",
    "collections",
    "contact_name",
    "contact_title",
    "contact_email",
    "icom_code_of_ethics",
    HONEYPOT_FIELD,
];

/// The most bytes a text field may hold (four bytes a character of the longest text).
const MAX_TEXT_BYTES: usize = MAX_APPLICATION_TEXT * 4;

/// An application as read from the form.
#[derive(Debug)]
pub struct Submission {
    pub input: ApplicationInput,
    pub document_name: String,
    pub document: Vec<u8>,
}

const SEND_AS: &str = "send the application as multipart/form-data";

/// The file name kept for the PDF: no folders, at most 200 characters.
fn file_name(raw: Option<&str>) -> String {
    let name = raw
        .and_then(|n| n.rsplit(['/', '\\']).next())
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or("application.pdf");
    name.chars().take(200).collect()
}

/// Whether the bytes are a PDF: its header within the first 1,024 bytes.
fn is_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

/// Reads the form: text fields, and the PDF up to `max_pdf` bytes.
pub async fn read(
    req: &HttpRequest,
    payload: web::Payload,
    max_pdf: usize,
) -> Result<Submission, ApiError> {
    let mut form = Multipart::new(req.headers(), payload);
    let mut text: HashMap<String, String> = HashMap::new();
    let mut document: Option<(String, Vec<u8>)> = None;
    let mut problems = Vec::new();
    while let Some(mut field) = form
        .try_next()
        .await
        .map_err(|e| multipart_error(e, SEND_AS))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if name == DOCUMENT_FIELD {
            let declared = field.content_type().map(|m| m.essence_str().to_owned());
            let filename = file_name(field.content_disposition().and_then(|cd| cd.get_filename()));
            let mut bytes = Vec::new();
            while let Some(chunk) = field
                .try_next()
                .await
                .map_err(|e| multipart_error(e, SEND_AS))?
            {
                if bytes.len() + chunk.len() > max_pdf {
                    return Err(ApiError::new(
                        ErrorCode::PayloadTooLarge,
                        format!("the signed application may be at most {max_pdf} bytes"),
                    ));
                }
                bytes.extend_from_slice(&chunk);
            }
            if declared
                .as_deref()
                .is_some_and(|t| t != "application/pdf" && t != "application/octet-stream")
                || (!bytes.is_empty() && !is_pdf(&bytes))
            {
                return Err(ApiError::new(
                    ErrorCode::UnsupportedMediaType,
                    "the signed application must be a PDF file",
                ));
            }
            document = Some((filename, bytes));
            continue;
        }
        let mut value = Vec::new();
        let mut too_long = false;
        while let Some(chunk) = field
            .try_next()
            .await
            .map_err(|e| multipart_error(e, SEND_AS))?
        {
            if value.len() + chunk.len() > MAX_TEXT_BYTES {
                too_long = true;
            } else {
                value.extend_from_slice(&chunk);
            }
        }
        if !TEXT_FIELDS.contains(&name.as_str()) {
            problems.push(FieldError::new(
                name,
                FieldCode::UnknownField,
                "is not a field of the application",
            ));
        } else if too_long {
            problems.push(FieldError::new(
                name,
                FieldCode::TooLong,
                format!("must be at most {MAX_APPLICATION_TEXT} characters"),
            ));
        } else {
            match String::from_utf8(value) {
                Ok(v) => {
                    text.insert(name, v);
                }
                Err(_) => problems.push(FieldError::new(
                    name,
                    FieldCode::Invalid,
                    "must be UTF-8 text",
                )),
            }
        }
    }
    if text
        .get(HONEYPOT_FIELD)
        .is_some_and(|v| !v.trim().is_empty())
    {
        return Err(ApiError::validation(vec![FieldError::new(
            HONEYPOT_FIELD,
            FieldCode::Invalid,
            "must be left empty: it is there to catch automated submissions",
        )]));
    }
    let mut take = |name: &str| text.remove(name).unwrap_or_default();
    let optional = |v: String| (!v.trim().is_empty()).then_some(v);
    let kind_text = take("kind");
    let kind = match kind_text.trim() {
        "" => {
            problems.push(FieldError::new("kind", FieldCode::Required, "is required"));
            MuseumKind::default()
        }
        k => k.parse().unwrap_or_else(|e: vcm_shared::UnknownValue| {
            problems.push(FieldError::new(
                "kind",
                FieldCode::UnknownValue,
                e.to_string(),
            ));
            MuseumKind::default()
        }),
    };
    let founding_year = match take("founding_year").trim() {
        "" => None,
        y => y.parse::<i32>().map(Some).unwrap_or_else(|_| {
            problems.push(FieldError::new(
                "founding_year",
                FieldCode::Invalid,
                "must be a year, e.g. 1945",
            ));
            None
        }),
    };
    let icom = match take("icom_code_of_ethics").trim() {
        "true" | "on" | "yes" | "1" => true,
        "" | "false" | "off" | "no" | "0" => false,
        _ => {
            problems.push(FieldError::new(
                "icom_code_of_ethics",
                FieldCode::Invalid,
                "must be true or false",
            ));
            false
        }
    };
    let input = ApplicationInput {
        museum_name: take("museum_name"),
        museum_name_local: optional(take("museum_name_local")),
        museum_name_local_lang: optional(take("museum_name_local_lang")),
        country: take("country"),
        city: take("city"),
        website: take("website"),
        founding_year,
        kind,
        collections: take("collections"),
        contact_name: take("contact_name"),
        contact_title: optional(take("contact_title")),
        contact_email: take("contact_email"),
        icom_code_of_ethics: icom,
    }
    .normalised();
    problems.extend(input.problems(Utc::now().year()));
    match &document {
        None => problems.push(FieldError::new(
            DOCUMENT_FIELD,
            FieldCode::Required,
            "attach the signed application as a PDF",
        )),
        Some((_, bytes)) if bytes.is_empty() => problems.push(FieldError::new(
            DOCUMENT_FIELD,
            FieldCode::Required,
            "the attached file is empty",
        )),
        Some(_) => {}
    }
    ApiError::check(problems)?;
    let (document_name, document) = document.expect("checked above");
    Ok(Submission {
        input,
        document_name,
        document,
    })
}

/// A museum's web host, for recognising the same museum under another name.
fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    host.strip_prefix("www.").unwrap_or(&host).to_owned()
}

/// Whether two museums are the same: the same name (as a slug) or the same web host.
fn same_museum(a: (&str, Option<&str>), b: (&str, Option<&str>)) -> bool {
    let name = |n: &str| slugify(n, 200);
    (!name(a.0).is_empty() && name(a.0) == name(b.0))
        || matches!((a.1.map(host), b.1.map(host)), (Some(x), Some(y)) if !x.is_empty() && x == y)
}

/// Checks the application may be made: the country is an ASEM partner, the
/// museum is not a member yet, and nobody applies for it already.
fn check_eligible(
    conn: &mut DbConnection,
    input: &ApplicationInput,
    public_url: &str,
) -> Result<(), ApiError> {
    let member: Option<bool> = countries::table
        .find(&input.country)
        .select(countries::asem_member)
        .first(conn)
        .optional()?;
    if member != Some(true) {
        return Err(ApiError::validation(vec![FieldError::new(
            "country",
            FieldCode::UnknownValue,
            format!(
                "{} is not an ASEM partner country: membership is open to museums in the ASEM partner countries (GET /api/v1/countries)",
                input.country
            ),
        )]));
    }
    let this = (input.museum_name.as_str(), Some(input.website.as_str()));
    let members: Vec<(String, String, Option<String>, String)> = museums::table
        .filter(museums::country_code.eq(&input.country))
        .select((
            museums::slug,
            museums::name,
            museums::website,
            museums::membership_status,
        ))
        .load(conn)?;
    if let Some((slug, name, ..)) = members.iter().find(|(_, name, website, status)| {
        status != vcm_shared::MembershipStatus::Former.as_str()
            && same_museum(this, (name, website.as_deref()))
    }) {
        return Err(ApiError::new(
            ErrorCode::Conflict,
            format!(
                "{name} is already a member of the network: {}/museums/{slug}",
                public_url.trim_end_matches('/')
            ),
        ));
    }
    let open: Vec<(String, String, String)> = membership_applications::table
        .filter(membership_applications::status.eq_any([
            ApplicationStatus::Submitted.as_str(),
            ApplicationStatus::InfoRequested.as_str(),
        ]))
        .filter(
            membership_applications::country_code
                .eq(&input.country)
                .or(membership_applications::contact_email.eq(&input.contact_email)),
        )
        .select((
            membership_applications::museum_name,
            membership_applications::website,
            membership_applications::contact_email,
        ))
        .load(conn)?;
    if open.iter().any(|(name, website, email)| {
        *email == input.contact_email || same_museum(this, (name, Some(website)))
    }) {
        return Err(ApiError::new(
            ErrorCode::Conflict,
            "an application for this museum (or from this contact) is already open: follow it through the status link emailed to its contact",
        ));
    }
    Ok(())
}

/// Stores an eligible application and emails its applicant and the secretariat.
pub fn submit(
    conn: &mut DbConnection,
    public_url: &str,
    submission: Submission,
) -> Result<ApplicationReceipt, ApiError> {
    let input = submission.input;
    check_eligible(conn, &input, public_url)?;
    let token = random_token(32);
    let now = Utc::now().naive_utc();
    let provisional = random_token(16);
    diesel::insert_into(membership_applications::table)
        .values((
            membership_applications::reference.eq(&provisional),
            membership_applications::token_hash.eq(digest(&token)),
            membership_applications::status.eq(ApplicationStatus::Submitted.as_str()),
            membership_applications::museum_name.eq(&input.museum_name),
            membership_applications::museum_name_local.eq(&input.museum_name_local),
            membership_applications::museum_name_local_lang.eq(&input.museum_name_local_lang),
            membership_applications::country_code.eq(&input.country),
            membership_applications::city.eq(&input.city),
            membership_applications::website.eq(&input.website),
            membership_applications::founding_year.eq(input.founding_year),
            membership_applications::kind.eq(input.kind.as_str()),
            membership_applications::collections.eq(&input.collections),
            membership_applications::contact_name.eq(&input.contact_name),
            membership_applications::contact_title.eq(&input.contact_title),
            membership_applications::contact_email.eq(&input.contact_email),
            membership_applications::icom_code_of_ethics.eq(input.icom_code_of_ethics),
            membership_applications::document_name.eq(&submission.document_name),
            membership_applications::document.eq(&submission.document),
            membership_applications::created_at.eq(now),
            membership_applications::updated_at.eq(now),
        ))
        .execute(conn)?;
    let id: i64 = membership_applications::table
        .filter(membership_applications::reference.eq(&provisional))
        .select(membership_applications::id)
        .first(conn)?;
    let reference = format!("ASEMUS-{}-{id:04}", now.year());
    diesel::update(membership_applications::table.find(id))
        .set(membership_applications::reference.eq(&reference))
        .execute(conn)?;
    let base = public_url.trim_end_matches('/');
    let status_url = format!("{base}/apply/status/{token}");
    outbox::queue(
        conn,
        &input.contact_email,
        &format!("Your application to ASEMUS: {reference}"),
        &format!(
            "Dear {},\n\nThank you for the application of {} to the Asia-Europe Museum Network. Its reference is {reference}.\n\nFollow it, and answer the secretariat's questions, at this private link (keep it to yourself):\n\n{status_url}\n\nThe secretariat will write to you at this address at every step.\n",
            input.contact_name, input.museum_name
        ),
    )?;
    email_secretariat(
        conn,
        &format!("New membership application: {}", input.museum_name),
        &format!(
            "{} ({}, {}) applied to join the network: {reference}.\n\nRead it at {base}/admin/applications/{id}\n",
            input.museum_name, input.city, input.country
        ),
    )?;
    audit::record(
        conn,
        &applicant(&input.contact_email),
        Change {
            action: "application.submit",
            entity: "membership_application",
            key: &reference,
            museum_id: None,
        },
        None::<&()>,
        Some(&serde_json::json!({
            "museum_name": input.museum_name,
            "country": input.country,
            "document": submission.document_name,
            "document_bytes": submission.document.len(),
        })),
    )?;
    Ok(ApplicationReceipt {
        reference,
        status: ApplicationStatus::Submitted,
        status_token: token,
        status_url,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn museums_match_by_name_or_web_host() {
        let a = (
            "National Museum of Korea",
            Some("https://www.museum.go.kr/"),
        );
        assert!(same_museum(a, ("National  Museum of  KOREA", None)));
        assert!(same_museum(
            a,
            ("국립중앙박물관", Some("http://museum.go.kr/eng"))
        ));
        assert!(!same_museum(
            a,
            (
                "Gyeongju National Museum",
                Some("https://gyeongju.museum.go.kr")
            )
        ));
    }

    #[test]
    fn pdfs_are_known_by_their_header() {
        assert!(is_pdf(b"%PDF-1.7\n..."));
        assert!(is_pdf(b"\n\n%PDF-1.4"));
        assert!(!is_pdf(b"\x89PNG\r\n"));
        assert_eq!(file_name(Some("C:\\scans\\signed.pdf")), "signed.pdf");
        assert_eq!(file_name(None), "application.pdf");
    }
}
