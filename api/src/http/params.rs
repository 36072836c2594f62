//! Reading list parameters: a bounded `limit` and an opaque keyset `cursor`,
//! one encoding for every list ([`PageParams`], [`Cursor`], [`page_end`]).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, NaiveDateTime};
use serde::Deserialize;
use utoipa::IntoParams;
use vcm_shared::rules::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, YEAR_RANGE};

use crate::error::ApiError;

/// The page of a list to answer, beside the list's own filters.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Page size, 1 to 100 (default 24).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    limit: Option<String>,
    /// The `next_cursor` of the previous page.
    cursor: Option<String>,
}

impl PageParams {
    /// The page's size, and where it starts (`None`: at the list's start).
    pub fn read(&self) -> Result<(i64, Option<Cursor>), ApiError> {
        Ok((
            limit(self.limit.as_deref())?,
            Cursor::decode(self.cursor.as_deref())?,
        ))
    }
}

/// `limit`: how many items a page holds, 1 to 100, 24 when absent.
pub fn limit(raw: Option<&str>) -> Result<i64, ApiError> {
    let Some(raw) = raw else {
        return Ok(DEFAULT_PAGE_SIZE.into());
    };
    match raw.parse::<u32>() {
        Ok(n) if (1..=MAX_PAGE_SIZE).contains(&n) => Ok(n.into()),
        _ => Err(ApiError::invalid_parameter(
            "limit",
            format!("must be a whole number from 1 to {MAX_PAGE_SIZE}"),
        )),
    }
}

/// `year_from` and `year_to`: whole years in range (negative for BCE), in order.
pub fn years(from: Option<&str>, to: Option<&str>) -> Result<(Option<i32>, Option<i32>), ApiError> {
    let year = |name: &str, raw: Option<&str>| {
        raw.map(|raw| {
            raw.parse::<i32>()
                .ok()
                .filter(|y| YEAR_RANGE.contains(y))
                .ok_or_else(|| {
                    let (first, last) = (YEAR_RANGE.start(), YEAR_RANGE.end());
                    ApiError::invalid_parameter(
                        name,
                        format!("must be a whole year from {first} to {last}"),
                    )
                })
        })
        .transpose()
    };
    let (from, to) = (year("year_from", from)?, year("year_to", to)?);
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(ApiError::invalid_parameter(
            "year_to",
            "must not be before year_from",
        ));
    }
    Ok((from, to))
}

/// Trims a page read with `limit + 1` rows to `limit`; answers the next
/// page's `next_cursor`, made by `cursor` from the page's last row, when a
/// next page exists.
pub fn page_end<T>(
    rows: &mut Vec<T>,
    limit: i64,
    cursor: impl FnOnce(&T) -> Cursor,
) -> Option<String> {
    let limit = usize::try_from(limit).unwrap_or(0);
    if rows.len() > limit {
        rows.truncate(limit);
        rows.last().map(|last| cursor(last).encode())
    } else {
        None
    }
}

/// The answer to a `cursor` this server did not hand out.
fn foreign_cursor() -> ApiError {
    ApiError::invalid_parameter("cursor", "is not a cursor this server handed out")
}

/// Where a page ends in a list sorted by (key, id), or by id alone
/// ([`Cursor::id`]): the last item's key and id. A time is its key in
/// nanoseconds, the precision SQLite keeps ([`Cursor::at`], [`Cursor::time`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub key: String,
    pub id: i64,
}

impl Cursor {
    /// The cursor after the item of this id, in a list sorted by id (or by
    /// row number) alone.
    pub fn id(id: i64) -> Self {
        Self {
            key: String::new(),
            id,
        }
    }

    /// The cursor after the item of this time and id.
    pub fn at(time: NaiveDateTime, id: i64) -> Self {
        Self {
            key: time
                .and_utc()
                .timestamp_nanos_opt()
                .unwrap_or_default()
                .to_string(),
            id,
        }
    }

    /// The time and id of a cursor made by [`Cursor::at`].
    pub fn time(&self) -> Result<(NaiveDateTime, i64), ApiError> {
        let time = self.key.parse::<i64>().map_err(|_| foreign_cursor())?;
        Ok((DateTime::from_timestamp_nanos(time).naive_utc(), self.id))
    }

    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(format!("{}\n{}", self.id, self.key))
    }

    /// Reads the `cursor` parameter; anything we did not hand out is a 400.
    pub fn decode(raw: Option<&str>) -> Result<Option<Self>, ApiError> {
        let Some(raw) = raw else { return Ok(None) };
        let bytes = URL_SAFE_NO_PAD.decode(raw).map_err(|_| foreign_cursor())?;
        let text = String::from_utf8(bytes).map_err(|_| foreign_cursor())?;
        let (id, key) = text.split_once('\n').ok_or_else(foreign_cursor)?;
        let id = id.parse().map_err(|_| foreign_cursor())?;
        Ok(Some(Self {
            key: key.to_owned(),
            id,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_survives_the_round_trip_with_any_title() {
        let c = Cursor {
            key: "青花 \n «Ming»".into(),
            id: 42,
        };
        assert_eq!(Cursor::decode(Some(&c.encode())).unwrap(), Some(c));
        let c = Cursor::decode(Some(&Cursor::id(9).encode())).unwrap();
        assert_eq!(c, Some(Cursor::id(9)));
        let t = DateTime::from_timestamp_nanos(1_764_000_000_123_456_789).naive_utc();
        let c = Cursor::decode(Some(&Cursor::at(t, 7).encode())).unwrap();
        assert_eq!(c.unwrap().time().unwrap(), (t, 7));
        assert!(
            Cursor {
                key: "2026-12-03".into(),
                id: 7
            }
            .time()
            .is_err()
        );
    }

    #[test]
    fn foreign_cursors_and_limits_out_of_range_are_refused() {
        for bad in ["", "!!", "bm90LWEtbnVtYmVy"] {
            assert!(Cursor::decode(Some(bad)).is_err(), "{bad}");
        }
        for bad in ["0", "101", "-1", "ten", "1.5"] {
            assert!(limit(Some(bad)).is_err(), "{bad}");
        }
        assert_eq!(limit(None).unwrap(), 24);
        assert_eq!(
            years(Some("-206"), Some("220")).unwrap(),
            (Some(-206), Some(220))
        );
        for (from, to) in [
            (Some("x"), None),
            (None, Some("1.5")),
            (Some("1900"), Some("1800")),
            (Some("99999"), None),
        ] {
            assert!(years(from, to).is_err(), "{from:?} {to:?}");
        }
        assert_eq!(limit(Some("100")).unwrap(), 100);
    }
}
