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
        version -> BigInt,
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
        created_at -> Timestamp,
        updated_at -> Timestamp,
        version -> BigInt,
        submitted_at -> Nullable<Timestamp>,
        published_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    images (id) {
        id -> BigInt,
        key -> Text,
        artwork_id -> BigInt,
        museum_id -> BigInt,
        position -> Integer,
        is_primary -> Bool,
        alt -> Text,
        caption -> Nullable<Text>,
        credit -> Nullable<Text>,
        rights -> Nullable<Text>,
        state -> Text,
        source_url -> Nullable<Text>,
        error -> Nullable<Text>,
        attempts -> Integer,
        next_attempt_at -> Nullable<Timestamp>,
        media_type -> Nullable<Text>,
        bytes -> Nullable<BigInt>,
        width -> Nullable<Integer>,
        height -> Nullable<Integer>,
        color -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(images -> artworks (artwork_id));
diesel::joinable!(artworks -> museums (museum_id));
diesel::joinable!(museums -> countries (country_code));
diesel::allow_tables_to_appear_in_same_query!(
    countries,
    museums,
    artworks,
    search_changes,
    periods,
    equivalent_terms,
    users,
    api_clients,
    audit_log,
    import_jobs,
    import_rows,
    artwork_decisions,
    featured_days,
    membership_applications,
    application_messages,
    images
);
diesel::joinable!(users -> museums (museum_id));
diesel::joinable!(api_clients -> museums (museum_id));

diesel::table! {
    secrets (name) {
        name -> Text,
        value -> Text,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        display_name -> Text,
        password_hash -> Nullable<Text>,
        role -> Text,
        museum_id -> Nullable<BigInt>,
        disabled -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        family -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    password_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        token_hash -> Text,
        purpose -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    api_clients (id) {
        id -> BigInt,
        client_id -> Text,
        secret_hash -> Text,
        museum_id -> BigInt,
        name -> Text,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        at -> Timestamp,
        actor_kind -> Text,
        actor_id -> Nullable<BigInt>,
        actor_label -> Text,
        action -> Text,
        entity -> Text,
        entity_key -> Text,
        museum_id -> Nullable<BigInt>,
        before -> Nullable<Text>,
        after -> Nullable<Text>,
    }
}

diesel::table! {
    emails (id) {
        id -> BigInt,
        recipient -> Text,
        subject -> Text,
        body -> Text,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        delivery -> Nullable<Text>,
        error -> Nullable<Text>,
    }
}

diesel::table! {
    import_jobs (id) {
        id -> BigInt,
        museum_id -> BigInt,
        format -> Text,
        dry_run -> Bool,
        status -> Text,
        bytes -> BigInt,
        rows_read -> BigInt,
        created -> BigInt,
        updated -> BigInt,
        unchanged -> BigInt,
        failed -> BigInt,
        error -> Nullable<Text>,
        actor_label -> Text,
        created_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    import_rows (id) {
        id -> BigInt,
        job_id -> BigInt,
        row_number -> BigInt,
        line -> Nullable<BigInt>,
        inventory_number -> Nullable<Text>,
        outcome -> Text,
        slug -> Nullable<Text>,
        problems -> Nullable<Text>,
    }
}

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

diesel::table! {
    artwork_decisions (id) {
        id -> BigInt,
        artwork_id -> BigInt,
        museum_id -> BigInt,
        kind -> Text,
        decided_by -> Text,
        reason -> Nullable<Text>,
        comment -> Nullable<Text>,
        artwork_slug -> Text,
        artwork_title -> Text,
        actor_label -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    featured_days (day) {
        day -> Text,
        artwork_id -> BigInt,
        museum_id -> BigInt,
        country_code -> Text,
        pinned -> Bool,
        note -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    membership_applications (id) {
        id -> BigInt,
        reference -> Text,
        token_hash -> Text,
        status -> Text,
        museum_name -> Text,
        museum_name_local -> Nullable<Text>,
        museum_name_local_lang -> Nullable<Text>,
        country_code -> Text,
        city -> Text,
        website -> Text,
        founding_year -> Nullable<Integer>,
        kind -> Text,
        collections -> Text,
        contact_name -> Text,
        contact_title -> Nullable<Text>,
        contact_email -> Text,
        icom_code_of_ethics -> Bool,
        document_name -> Text,
        document -> Binary,
        museum_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    application_messages (id) {
        id -> BigInt,
        application_id -> BigInt,
        author -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    network_settings (id) {
        id -> Integer,
        masterpiece_quota -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(artwork_decisions -> artworks (artwork_id));
diesel::joinable!(featured_days -> artworks (artwork_id));
diesel::joinable!(application_messages -> membership_applications (application_id));
