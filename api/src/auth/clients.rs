//! Museums' machine clients (OAuth 2.0 client credentials): listing and
//! revoking them, for their museum and for the secretariat.

use chrono::Utc;
use diesel::prelude::*;
use vcm_shared::{ApiClient, ApiClientList};

use super::Caller;
use crate::audit::{self, Change};
use crate::db::DbConnection;
use crate::db::schema::{api_clients, museums};
use crate::error::ApiError;
use crate::museums::{CountryNames, MuseumRow};

/// The API clients, of one museum if given, newest first.
pub fn list(conn: &mut DbConnection, museum_id: Option<i64>) -> Result<ApiClientList, ApiError> {
    let mut query = api_clients::table
        .inner_join(museums::table)
        .select((
            api_clients::client_id,
            api_clients::name,
            MuseumRow::as_select(),
            api_clients::created_at,
            api_clients::last_used_at,
            api_clients::revoked_at,
        ))
        .order(api_clients::id.desc())
        .into_boxed();
    if let Some(m) = museum_id {
        query = query.filter(api_clients::museum_id.eq(m));
    }
    type Row = (
        String,
        String,
        MuseumRow,
        chrono::NaiveDateTime,
        Option<chrono::NaiveDateTime>,
        Option<chrono::NaiveDateTime>,
    );
    let rows: Vec<Row> = query.load(conn)?;
    let names = CountryNames::load(conn)?;
    Ok(ApiClientList {
        items: rows
            .into_iter()
            .map(|(client_id, name, m, created, used, revoked)| ApiClient {
                client_id,
                name,
                museum: m.to_ref(&names),
                created_at: crate::utc(created),
                last_used_at: used.map(crate::utc),
                revoked_at: revoked.map(crate::utc),
            })
            .collect(),
    })
}

/// Revokes a client; returns whether one was found (in the museum, if given).
pub fn revoke(
    conn: &mut DbConnection,
    caller: &Caller,
    client_id: &str,
    museum_id: Option<i64>,
) -> Result<(), ApiError> {
    crate::db::write(conn, |conn| {
        let mut query = api_clients::table
            .filter(api_clients::client_id.eq(client_id))
            .select((
                api_clients::id,
                api_clients::museum_id,
                api_clients::revoked_at,
            ))
            .into_boxed();
        if let Some(m) = museum_id {
            query = query.filter(api_clients::museum_id.eq(m));
        }
        let (id, owner, revoked): (i64, i64, Option<chrono::NaiveDateTime>) = query
            .first(conn)
            .optional()?
            .ok_or_else(|| ApiError::not_yours("API client", client_id))?;
        if revoked.is_none() {
            diesel::update(api_clients::table.find(id))
                .set(api_clients::revoked_at.eq(Some(Utc::now().naive_utc())))
                .execute(conn)?;
            audit::record(
                conn,
                &caller.actor(),
                Change {
                    action: "client.revoke",
                    entity: "api_client",
                    key: client_id,
                    museum_id: Some(owner),
                },
                None::<&()>,
                None::<&()>,
            )?;
        }
        Ok(())
    })
}
