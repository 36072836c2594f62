//! The tables, written once in portable types (text, integer, bigint, bool,
//! double, timestamp) so one schema serves SQLite and PostgreSQL.

diesel::table! {
    countries (code) {
        code -> Text,
        name -> Text,
        region -> Text,
        asem_member -> Bool,
    }
}

diesel::table! {
    museums (id) {
        id -> BigInt,
        slug -> Text,
        name -> Text,
        name_local -> Nullable<Text>,
        name_local_lang -> Nullable<Text>,
        country_code -> Text,
        city -> Text,
        latitude -> Nullable<Double>,
        longitude -> Nullable<Double>,
        website -> Nullable<Text>,
        description -> Text,
        member_since -> Nullable<Integer>,
        membership_status -> Text,
        masterpiece_quota -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    artworks (id) {
        id -> BigInt,
        museum_id -> BigInt,
        inventory_number -> Nullable<Text>,
        slug -> Text,
        title -> Text,
        title_original -> Nullable<Text>,
        original_language -> Nullable<Text>,
        makers -> Text,
        object_type -> Text,
        origin_country -> Nullable<Text>,
        culture -> Nullable<Text>,
        period -> Nullable<Text>,
        date_text -> Nullable<Text>,
        year_begin -> Nullable<Integer>,
        year_end -> Nullable<Integer>,
        materials -> Text,
        technique -> Nullable<Text>,
        dimensions -> Nullable<Text>,
        description -> Nullable<Text>,
        description_original -> Nullable<Text>,
        statement -> Text,
        statement_original -> Nullable<Text>,
        credit_line -> Nullable<Text>,
        rights -> Text,
        status -> Text,
        image_url -> Nullable<Text>,
        image_alt -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(artworks -> museums (museum_id));
diesel::joinable!(museums -> countries (country_code));
diesel::allow_tables_to_appear_in_same_query!(
    countries,
    museums,
    artworks,
    search_changes,
    periods,
    equivalent_terms
);

diesel::table! {
    search_changes (id) {
        id -> BigInt,
        entity -> Text,
        entity_id -> BigInt,
        changed_at -> Timestamp,
    }
}

diesel::table! {
    periods (id) {
        id -> BigInt,
        slug -> Text,
        name -> Text,
        name_original -> Nullable<Text>,
        original_language -> Nullable<Text>,
        aliases -> Text,
        country -> Text,
        region -> Text,
        year_begin -> Integer,
        year_end -> Integer,
        parent -> Nullable<Text>,
    }
}

diesel::table! {
    equivalent_terms (id) {
        id -> BigInt,
        terms -> Text,
        note -> Nullable<Text>,
    }
}
