//! How the secretariat runs the network: a museum's membership and quota, the
//! network's settings, the country list and the equivalent search terms.

use serde::{Deserialize, Serialize};

use crate::error::{FieldCode, FieldError};
use crate::model::{MembershipStatus, Region};
use crate::partner::clean;

/// The largest quota the secretariat may give, per museum or as the default.
pub const MAX_QUOTA: i32 = 10_000;
/// The longest reason for a change of membership, in characters.
pub const MAX_REASON_LEN: usize = 2_000;
/// The most terms one group of equivalent terms may hold.
pub const MAX_GROUP_TERMS: usize = 50;
/// The longest equivalent term, in characters.
pub const MAX_TERM_LEN: usize = 100;

fn quota_problem(field: &str, quota: i32) -> Option<FieldError> {
    (!(0..=MAX_QUOTA).contains(&quota)).then(|| {
        FieldError::new(
            field,
            FieldCode::OutOfRange,
            format!("must be from 0 to {MAX_QUOTA}"),
        )
    })
}

/// The secretariat's change to a museum's standing: its membership status and
/// its quota, with the reason its editors are told.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MembershipChange {
    /// `active`, `suspended` or `former`; a member cannot become an applicant again.
    pub membership_status: MembershipStatus,
    /// How many works may be published or in review at once, 0 to 10,000.
    pub masterpiece_quota: i32,
    /// Why, emailed to the museum's editors; required to suspend or end a
    /// membership, at most 2,000 characters.
    #[serde(default)]
    pub reason: Option<String>,
}

impl MembershipChange {
    /// The same change with its reason trimmed, and absent when empty.
    pub fn normalised(self) -> Self {
        Self {
            reason: clean(self.reason),
            ..self
        }
    }

    /// Everything wrong with a normalised change, field by field.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        if self.membership_status == MembershipStatus::Applicant {
            out.push(FieldError::new(
                "membership_status",
                FieldCode::Invalid,
                "a museum is an applicant only through its application: choose active, suspended or former",
            ));
        }
        out.extend(quota_problem("masterpiece_quota", self.masterpiece_quota));
        match &self.reason {
            None if self.membership_status != MembershipStatus::Active => {
                out.push(FieldError::new(
                    "reason",
                    FieldCode::Required,
                    "say why: the museum's editors are told",
                ))
            }
            Some(r) if r.chars().count() > MAX_REASON_LEN => out.push(FieldError::new(
                "reason",
                FieldCode::TooLong,
                format!("must be at most {MAX_REASON_LEN} characters"),
            )),
            _ => {}
        }
        out
    }
}

/// The network's settings, which admins change in the console.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NetworkSettings {
    /// The quota a museum gets when its application is approved, 0 to 10,000.
    /// Each museum's own quota is changed on the museum.
    pub masterpiece_quota: i32,
}

impl NetworkSettings {
    /// Everything wrong with the settings, field by field.
    pub fn problems(&self) -> Vec<FieldError> {
        quota_problem("masterpiece_quota", self.masterpiece_quota)
            .into_iter()
            .collect()
    }
}

/// A country as the secretariat writes it: added to the list, renamed, or
/// marked as an ASEM member state (whose museums may apply) or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CountryInput {
    /// English short name, 1 to 100 characters.
    pub name: String,
    /// The region the network groups it in.
    pub region: Region,
    /// Whether it is an ASEM member state.
    pub asem_member: bool,
}

impl CountryInput {
    /// The same input with its name trimmed.
    pub fn normalised(self) -> Self {
        Self {
            name: self.name.trim().to_owned(),
            ..self
        }
    }

    /// Everything wrong with a normalised input, field by field.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        if self.name.is_empty() {
            out.push(FieldError::new("name", FieldCode::Required, "is required"));
        } else if self.name.chars().count() > 100 {
            out.push(FieldError::new(
                "name",
                FieldCode::TooLong,
                "must be at most 100 characters",
            ));
        }
        out
    }
}

/// A group of terms search treats as the same, across scripts and spellings
/// (`Hokusai`, `葛飾北斎`): a query for one finds works that name any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EquivalentTerms {
    /// The group's id, for changing or removing it.
    pub id: i64,
    /// The terms, as written.
    pub terms: Vec<String>,
    /// What the group is, for the secretariat.
    pub note: Option<String>,
}

/// Every group of equivalent terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EquivalentTermsList {
    /// Every group, oldest first.
    pub items: Vec<EquivalentTerms>,
}

/// A group of equivalent terms as the secretariat writes it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EquivalentTermsInput {
    /// 2 to 50 different terms, each at most 100 characters.
    pub terms: Vec<String>,
    /// What the group is, at most 500 characters.
    #[serde(default)]
    pub note: Option<String>,
}

impl EquivalentTermsInput {
    /// The same input with terms trimmed, empty ones dropped and repeats
    /// (ignoring case) removed, in their order.
    pub fn normalised(self) -> Self {
        let mut terms: Vec<String> = Vec::new();
        for term in self.terms {
            let term = term.split_whitespace().collect::<Vec<_>>().join(" ");
            if !term.is_empty()
                && !terms
                    .iter()
                    .any(|t| t.to_lowercase() == term.to_lowercase())
            {
                terms.push(term);
            }
        }
        Self {
            terms,
            note: clean(self.note),
        }
    }

    /// Everything wrong with a normalised input, field by field.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        if self.terms.len() < 2 {
            out.push(FieldError::new(
                "terms",
                FieldCode::Required,
                "give at least two different terms",
            ));
        } else if self.terms.len() > MAX_GROUP_TERMS {
            out.push(FieldError::new(
                "terms",
                FieldCode::TooLong,
                format!("at most {MAX_GROUP_TERMS} terms"),
            ));
        }
        for (i, term) in self.terms.iter().enumerate() {
            if term.chars().count() > MAX_TERM_LEN {
                out.push(FieldError::new(
                    format!("terms[{i}]"),
                    FieldCode::TooLong,
                    format!("must be at most {MAX_TERM_LEN} characters"),
                ));
            }
        }
        if self.note.as_ref().is_some_and(|n| n.chars().count() > 500) {
            out.push(FieldError::new(
                "note",
                FieldCode::TooLong,
                "must be at most 500 characters",
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suspending_needs_a_reason_and_applicant_is_refused() {
        let change = MembershipChange {
            membership_status: MembershipStatus::Suspended,
            masterpiece_quota: 5,
            reason: Some("  ".into()),
        }
        .normalised();
        let fields: Vec<_> = change.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["reason"]);
        let change = MembershipChange {
            membership_status: MembershipStatus::Applicant,
            masterpiece_quota: -1,
            reason: None,
        };
        let fields: Vec<_> = change.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["membership_status", "masterpiece_quota", "reason"]);
        let active = MembershipChange {
            membership_status: MembershipStatus::Active,
            masterpiece_quota: MAX_QUOTA,
            reason: None,
        };
        assert!(active.problems().is_empty());
    }

    #[test]
    fn terms_are_trimmed_deduplicated_and_counted() {
        let input = EquivalentTermsInput {
            terms: vec![
                " Hokusai ".into(),
                "hokusai".into(),
                "".into(),
                "葛飾  北斎".into(),
            ],
            note: Some(" ".into()),
        }
        .normalised();
        assert_eq!(input.terms, ["Hokusai", "葛飾 北斎"]);
        assert_eq!(input.note, None);
        assert!(input.problems().is_empty());
        let lonely = EquivalentTermsInput {
            terms: vec!["a".into(), "A".into()],
            note: None,
        }
        .normalised();
        assert_eq!(lonely.problems()[0].field, "terms");
        let long = EquivalentTermsInput {
            terms: vec!["a".into(), "b".repeat(MAX_TERM_LEN + 1)],
            note: None,
        };
        assert_eq!(long.problems()[0].field, "terms[1]");
    }
}
