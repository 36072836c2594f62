//! Membership applications: a museum applies to join the network, the
//! secretariat reads, asks, approves or rejects, and the applicant follows it
//! by a private link.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::accounts::is_email;
use crate::error::{FieldCode, FieldError};
use crate::model::{MuseumRef, UnknownValue};
use crate::partner::clean;
use crate::rules::{is_country_code, is_language_tag};

/// The largest signed application accepted, in bytes (the server's setting may lower it).
pub const MAX_APPLICATION_PDF_BYTES: usize = 10 * 1024 * 1024;
/// The longest free text (collections, messages), in characters.
pub const MAX_APPLICATION_TEXT: usize = 5000;
/// The longest name, title, city or address, in characters.
pub const MAX_APPLICATION_LINE: usize = 200;
/// The multipart field of the signed application (a PDF).
pub const DOCUMENT_FIELD: &str = "signed_application";
/// The honeypot: a field people never see and never fill. A request that
/// fills it is refused as automated.
pub const HONEYPOT_FIELD: &str = "fax_number";

string_enum! {
    /// What kind of museum applies.
    MuseumKind {
        Art = "art",
        History = "history",
        Ethnography = "ethnography",
        Archaeology = "archaeology",
        DecorativeArts = "decorative_arts",
        University = "university",
        General = "general",
        Other = "other",
    }
}

/// A new form's kind until one is chosen.
impl Default for MuseumKind {
    fn default() -> Self {
        Self::Other
    }
}

string_enum! {
    /// Where an application stands.
    ApplicationStatus {
        /// Waiting for the secretariat.
        Submitted = "submitted",
        /// The secretariat asked the applicant for more information.
        InfoRequested = "info_requested",
        /// Accepted: the museum is a member and its contact an editor.
        Approved = "approved",
        /// Not accepted; the secretariat may reopen it.
        Rejected = "rejected",
    }
}

impl ApplicationStatus {
    /// Whether the application still waits for a decision.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Submitted | Self::InfoRequested)
    }
}

string_enum! {
    /// Who wrote a message on an application.
    MessageAuthor {
        Applicant = "applicant",
        Secretariat = "secretariat",
    }
}

/// The application form's fields (sent as multipart form fields beside the PDF).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationInput {
    /// The museum's name in English.
    pub museum_name: String,
    /// The museum's name in its own language and script.
    #[serde(default)]
    pub museum_name_local: Option<String>,
    /// BCP 47 tag of that language, e.g. `ko`.
    #[serde(default)]
    pub museum_name_local_lang: Option<String>,
    /// ISO 3166-1 alpha-2 code of the museum's country; must be an ASEM member.
    pub country: String,
    /// The museum's city.
    pub city: String,
    /// The museum's website, `https://...`.
    pub website: String,
    /// The year the museum was founded.
    #[serde(default)]
    pub founding_year: Option<i32>,
    /// What kind of museum it is.
    pub kind: MuseumKind,
    /// Its Asian or European collections, in a few paragraphs.
    pub collections: String,
    /// The contact person's name; approval invites them as the museum's first editor.
    pub contact_name: String,
    /// The contact person's title, e.g. `Chief Curator`.
    #[serde(default)]
    pub contact_title: Option<String>,
    /// The contact person's email address.
    pub contact_email: String,
    /// The museum acknowledges the ICOM Code of Ethics for Museums (required).
    pub icom_code_of_ethics: bool,
}

impl ApplicationInput {
    /// The same input with text trimmed, empty optional text dropped, the
    /// country code upper-cased and the email lower-cased.
    pub fn normalised(self) -> Self {
        Self {
            museum_name: self.museum_name.trim().to_owned(),
            museum_name_local: clean(self.museum_name_local),
            museum_name_local_lang: clean(self.museum_name_local_lang),
            country: self.country.trim().to_ascii_uppercase(),
            city: self.city.trim().to_owned(),
            website: self.website.trim().to_owned(),
            founding_year: self.founding_year,
            kind: self.kind,
            collections: self.collections.trim().to_owned(),
            contact_name: self.contact_name.trim().to_owned(),
            contact_title: clean(self.contact_title),
            contact_email: self.contact_email.trim().to_lowercase(),
            icom_code_of_ethics: self.icom_code_of_ethics,
        }
    }

    /// What is wrong with the (normalised) input, field by field. Whether the
    /// country is an ASEM member is the server's to check.
    pub fn problems(&self, this_year: i32) -> Vec<FieldError> {
        let mut out = Vec::new();
        let mut text = |field: &str, value: &str, max: usize| {
            if value.is_empty() {
                out.push(FieldError::new(field, FieldCode::Required, "is required"));
            } else if value.chars().count() > max {
                out.push(FieldError::new(
                    field,
                    FieldCode::TooLong,
                    format!("must be at most {max} characters"),
                ));
            }
        };
        text("museum_name", &self.museum_name, MAX_APPLICATION_LINE);
        text("city", &self.city, MAX_APPLICATION_LINE);
        text("website", &self.website, MAX_APPLICATION_LINE);
        text("collections", &self.collections, MAX_APPLICATION_TEXT);
        text("contact_name", &self.contact_name, MAX_APPLICATION_LINE);
        if let Some(local) = &self.museum_name_local {
            text("museum_name_local", local, MAX_APPLICATION_LINE);
        }
        if let Some(title) = &self.contact_title {
            text("contact_title", title, MAX_APPLICATION_LINE);
        }
        let web = &self.website;
        if !(web.is_empty() || web.starts_with("https://") || web.starts_with("http://")) {
            out.push(FieldError::new(
                "website",
                FieldCode::Invalid,
                "must be a web address starting with https://",
            ));
        }
        if !is_country_code(&self.country) {
            out.push(FieldError::new(
                "country",
                FieldCode::Invalid,
                "must be a two-letter ISO 3166-1 code, e.g. KR",
            ));
        }
        if let Some(lang) = &self.museum_name_local_lang
            && !is_language_tag(lang)
        {
            out.push(FieldError::new(
                "museum_name_local_lang",
                FieldCode::Invalid,
                "must be a BCP 47 language tag, e.g. ko or zh-Hant",
            ));
        }
        if self.museum_name_local.is_some() && self.museum_name_local_lang.is_none() {
            out.push(FieldError::new(
                "museum_name_local_lang",
                FieldCode::Required,
                "name the language of the museum's own name",
            ));
        }
        if let Some(year) = self.founding_year
            && !(1000..=this_year).contains(&year)
        {
            out.push(FieldError::new(
                "founding_year",
                FieldCode::OutOfRange,
                format!("must be between 1000 and {this_year}"),
            ));
        }
        if !is_email(&self.contact_email) {
            out.push(FieldError::new(
                "contact_email",
                FieldCode::Invalid,
                "must be an email address",
            ));
        }
        if !self.icom_code_of_ethics {
            out.push(FieldError::new(
                "icom_code_of_ethics",
                FieldCode::Required,
                "members must acknowledge the ICOM Code of Ethics for Museums",
            ));
        }
        out
    }
}

/// What an applicant gets back: the reference and the private status link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationReceipt {
    /// The application's reference, e.g. `ASEMUS-2026-0007`.
    pub reference: String,
    /// Its status: `submitted`.
    pub status: ApplicationStatus,
    /// The private token of the status link; it is shown once and emailed.
    pub status_token: String,
    /// The web page where the applicant follows the application.
    pub status_url: String,
}

/// One message on an application, from the applicant or the secretariat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationMessage {
    /// Who wrote it.
    pub author: MessageAuthor,
    /// The text.
    pub body: String,
    /// When.
    pub at: DateTime<Utc>,
}

/// A message: the applicant's answer, or the secretariat's request or reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationNote {
    /// The text.
    #[serde(default)]
    pub message: Option<String>,
}

impl ApplicationNote {
    /// The trimmed text, or what is wrong with it when `required` says it must be there.
    pub fn text(&self, required: bool) -> Result<Option<String>, FieldError> {
        let text = clean(self.message.clone());
        match &text {
            None if required => Err(FieldError::new(
                "message",
                FieldCode::Required,
                "is required",
            )),
            Some(t) if t.chars().count() > MAX_APPLICATION_TEXT => Err(FieldError::new(
                "message",
                FieldCode::TooLong,
                format!("must be at most {MAX_APPLICATION_TEXT} characters"),
            )),
            _ => Ok(text),
        }
    }
}

/// An application as its applicant sees it through the private link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationStatusView {
    /// The reference.
    pub reference: String,
    /// Where it stands.
    pub status: ApplicationStatus,
    /// The museum's name in English.
    pub museum_name: String,
    /// When it was submitted.
    pub submitted_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
    /// The conversation with the secretariat, oldest first.
    pub messages: Vec<ApplicationMessage>,
    /// Once approved, the museum's public profile.
    pub museum: Option<MuseumRef>,
}

/// The signed application as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationDocument {
    /// The file name the applicant sent.
    pub filename: String,
    /// Its size in bytes.
    pub bytes: i64,
    /// Where the secretariat downloads it.
    pub url: String,
}

/// An application as the secretariat reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Application {
    /// The application's id.
    pub id: i64,
    /// The reference the applicant knows it by.
    pub reference: String,
    /// Where it stands.
    pub status: ApplicationStatus,
    /// What the museum sent.
    #[serde(flatten)]
    pub input: ApplicationInput,
    /// The country's English name.
    pub country_name: String,
    /// The signed application.
    pub document: ApplicationDocument,
    /// The conversation, oldest first.
    pub messages: Vec<ApplicationMessage>,
    /// Once approved, the museum created for it.
    pub museum: Option<MuseumRef>,
    /// When it was submitted.
    pub submitted_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

/// An application in the secretariat's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationSummary {
    /// The application's id.
    pub id: i64,
    /// The reference.
    pub reference: String,
    /// Where it stands.
    pub status: ApplicationStatus,
    /// The museum's name in English.
    pub museum_name: String,
    /// The museum's country code.
    pub country: String,
    /// The museum's city.
    pub city: String,
    /// When it was submitted.
    pub submitted_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

/// A page of applications, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationPage {
    /// The applications.
    pub items: Vec<ApplicationSummary>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> ApplicationInput {
        ApplicationInput {
            museum_name: " Museum of Jeju ".into(),
            museum_name_local: Some("제주박물관".into()),
            museum_name_local_lang: Some("ko".into()),
            country: "kr".into(),
            city: "Jeju".into(),
            website: "https://museum.example".into(),
            founding_year: Some(1984),
            kind: MuseumKind::History,
            collections: "Ceramics of the Goryeo and Joseon periods.".into(),
            contact_name: "Kim Min-ji".into(),
            contact_title: None,
            contact_email: "Curator@Museum.Example".into(),
            icom_code_of_ethics: true,
        }
    }

    #[test]
    fn a_complete_application_has_no_problems() {
        let input = valid().normalised();
        assert_eq!(input.country, "KR");
        assert_eq!(input.contact_email, "curator@museum.example");
        assert_eq!(input.museum_name, "Museum of Jeju");
        assert!(
            input.problems(2026).is_empty(),
            "{:?}",
            input.problems(2026)
        );
    }

    #[test]
    fn every_problem_is_reported_by_field() {
        let input = ApplicationInput {
            museum_name: String::new(),
            website: "museum.example".into(),
            founding_year: Some(2999),
            contact_email: "nobody".into(),
            icom_code_of_ethics: false,
            museum_name_local: Some("x".into()),
            ..valid()
        }
        .normalised();
        let fields: Vec<(String, FieldCode)> = input
            .problems(2026)
            .into_iter()
            .map(|p| (p.field, p.code))
            .collect();
        assert!(fields.contains(&("museum_name".into(), FieldCode::Required)));
        assert!(fields.contains(&("website".into(), FieldCode::Invalid)));
        assert!(fields.contains(&("founding_year".into(), FieldCode::OutOfRange)));
        assert!(fields.contains(&("contact_email".into(), FieldCode::Invalid)));
        assert!(fields.contains(&("icom_code_of_ethics".into(), FieldCode::Required)));
    }
}
