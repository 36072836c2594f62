//! The audit log: every change by a person or a client, with the record
//! before and after, written in the same transaction as the change.

use chrono::Utc;
use diesel::prelude::*;
use serde::Serialize;
use vcm_shared::ActorKind;

use crate::db::DbConnection;
use crate::db::schema::audit_log;

/// Who made a change, as the audit log records it.
#[derive(Debug, Clone)]
pub struct Actor {
    pub kind: ActorKind,
    pub id: Option<i64>,
    pub label: String,
}

impl Actor {
    /// The platform itself, or an operator at the command line.
    pub fn system(label: &str) -> Self {
        Self {
            kind: ActorKind::System,
            id: None,
            label: label.to_owned(),
        }
    }
}

/// One change to record.
#[derive(Debug)]
pub struct Change<'a> {
    /// What was done, e.g. `artwork.update`.
    pub action: &'a str,
    /// The kind of record, e.g. `artwork`.
    pub entity: &'a str,
    /// The record's key, e.g. its slug.
    pub key: &'a str,
    /// The museum it belongs to.
    pub museum_id: Option<i64>,
}

fn json(value: Option<&impl Serialize>) -> Option<String> {
    value.map(|v| serde_json::to_string(v).expect("records serialise"))
}

/// Records a change. Call it inside the change's transaction.
pub fn record<B: Serialize, A: Serialize>(
    conn: &mut DbConnection,
    actor: &Actor,
    change: Change<'_>,
    before: Option<&B>,
    after: Option<&A>,
) -> QueryResult<()> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(Utc::now().naive_utc()),
            audit_log::actor_kind.eq(actor.kind.as_str()),
            audit_log::actor_id.eq(actor.id),
            audit_log::actor_label.eq(&actor.label),
            audit_log::action.eq(change.action),
            audit_log::entity.eq(change.entity),
            audit_log::entity_key.eq(change.key),
            audit_log::museum_id.eq(change.museum_id),
            audit_log::before.eq(json(before)),
            audit_log::after.eq(json(after)),
        ))
        .execute(conn)
        .map(drop)
}
