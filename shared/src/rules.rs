//! The network's rules and the shapes of identifiers, checked the same way by
//! the server, the web app and partners' code.

/// How many items a list answers with when no `limit` is given.
pub const DEFAULT_PAGE_SIZE: u32 = 24;
/// The largest `limit` a list accepts.
pub const MAX_PAGE_SIZE: u32 = 100;
/// How many masterpieces a museum contributes by default.
pub const DEFAULT_MASTERPIECE_QUOTA: u32 = 25;
/// The longest slug accepted.
pub const MAX_SLUG_LEN: usize = 80;
/// The earliest and latest years a work's date may name.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = -10_000..=2_100;

/// An ISO 3166-1 alpha-2 code: two ASCII capital letters.
pub fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// A slug: lower-case ASCII letters and digits in words joined by single hyphens.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_SLUG_LEN
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A BCP 47 language tag of the common shape: a 2–3 letter language, then
/// subtags of 1–8 letters or digits (`ja`, `zh-Hant`, `hi-Latn`, `en-GB`).
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()));
    lang_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The rights statements a record may carry: CC0, CC BY 4.0, CC BY-SA 4.0, or any
/// rightsstatements.org statement, each as its canonical URI.
pub fn is_rights_uri(s: &str) -> bool {
    const CREATIVE_COMMONS: [&str; 3] = [
        "http://creativecommons.org/publicdomain/zero/1.0/",
        "http://creativecommons.org/licenses/by/4.0/",
        "http://creativecommons.org/licenses/by-sa/4.0/",
    ];
    CREATIVE_COMMONS.contains(&s)
        || s.strip_prefix("http://rightsstatements.org/vocab/")
            .and_then(|rest| rest.strip_suffix("/1.0/"))
            .is_some_and(|id| {
                !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
}

/// A short label for a rights URI, e.g. `CC0 1.0` or `In Copyright – Educational Use Permitted`.
pub fn rights_label(uri: &str) -> &str {
    match uri {
        "http://creativecommons.org/publicdomain/zero/1.0/" => "CC0 1.0",
        "http://creativecommons.org/licenses/by/4.0/" => "CC BY 4.0",
        "http://creativecommons.org/licenses/by-sa/4.0/" => "CC BY-SA 4.0",
        "http://rightsstatements.org/vocab/InC/1.0/" => "In Copyright",
        "http://rightsstatements.org/vocab/InC-EDU/1.0/" => {
            "In Copyright – Educational Use Permitted"
        }
        "http://rightsstatements.org/vocab/InC-NC/1.0/" => {
            "In Copyright – Non-Commercial Use Permitted"
        }
        "http://rightsstatements.org/vocab/NoC-NC/1.0/" => "No Copyright – Non-Commercial Use Only",
        "http://rightsstatements.org/vocab/NoC-OKLR/1.0/" => {
            "No Copyright – Other Known Legal Restrictions"
        }
        "http://rightsstatements.org/vocab/NoC-US/1.0/" => "No Copyright – United States",
        "http://rightsstatements.org/vocab/CNE/1.0/" => "Copyright Not Evaluated",
        "http://rightsstatements.org/vocab/UND/1.0/" => "Copyright Undetermined",
        other => other,
    }
}

/// A year as a visitor reads it: `618`, `-206` → `206 BCE`.
pub fn format_year(year: i32) -> String {
    if year < 0 {
        format!("{} BCE", -year)
    } else {
        year.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("national-museum-of-korea"));
        assert!(is_slug("a1"));
        for bad in ["", "-a", "a-", "a--b", "A", "ä", "a_b", &"a".repeat(81)] {
            assert!(!is_slug(bad), "{bad:?}");
        }
    }

    #[test]
    fn language_tags() {
        for ok in ["ja", "zh-Hant", "hi", "en-GB", "ko"] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["", "j", "japanese", "zh-", "zh_Hant", "ja-123456789"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn rights_uris() {
        assert!(is_rights_uri(
            "http://creativecommons.org/publicdomain/zero/1.0/"
        ));
        assert!(is_rights_uri(
            "http://rightsstatements.org/vocab/InC-EDU/1.0/"
        ));
        assert!(!is_rights_uri(
            "http://creativecommons.org/licenses/by-nc/4.0/"
        ));
        assert!(!is_rights_uri("http://rightsstatements.org/vocab//1.0/"));
        assert!(!is_rights_uri("public domain"));
    }

    #[test]
    fn years_before_the_common_era_read_as_bce() {
        assert_eq!(format_year(-206), "206 BCE");
        assert_eq!(format_year(1831), "1831");
    }
}
