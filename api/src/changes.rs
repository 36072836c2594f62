//! The change log (`search_changes`): which artworks, museums or vocabularies
//! changed, written in the same transaction as the change, for what derives
//! from them (the search index) to follow in order.

use chrono::Utc;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::search_changes;

/// What a change-log row names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Artwork,
    Museum,
    /// The periods or equivalent terms changed: every document is rebuilt.
    Vocabulary,
}

impl Entity {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Artwork => "artwork",
            Self::Museum => "museum",
            Self::Vocabulary => "vocabulary",
        }
    }
}

/// Records a change. Call it in the same transaction as the change.
pub fn record(conn: &mut DbConnection, entity: Entity, id: i64) -> QueryResult<()> {
    diesel::insert_into(search_changes::table)
        .values((
            search_changes::entity.eq(entity.as_str()),
            search_changes::entity_id.eq(id),
            search_changes::changed_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)
        .map(drop)
}
