-- Accounts, machine clients, the audit log, the email outbox and import jobs.
-- Optimistic concurrency: every update of a work or museum bumps its version,
-- which is its ETag.
ALTER TABLE artworks ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE museums ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

-- Server-wide secrets (the token signing key), shared by every server on the database.
CREATE TABLE secrets (
    name TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    role TEXT NOT NULL CHECK (role IN ('admin', 'editor')),
    museum_id BIGINT REFERENCES museums (id),
    disabled BOOLEAN NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK ((role = 'editor') = (museum_id IS NOT NULL))
);

CREATE TABLE refresh_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    family TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family);

-- Single-use tokens for password resets and invitations, stored hashed.
CREATE TABLE password_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL UNIQUE,
    purpose TEXT NOT NULL CHECK (purpose IN ('reset', 'invite')),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);

CREATE TABLE api_clients (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    client_id TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    museum_id BIGINT NOT NULL REFERENCES museums (id),
    name TEXT NOT NULL,
    created_by BIGINT REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX api_clients_museum ON api_clients (museum_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    at TIMESTAMP NOT NULL,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('user', 'client', 'system')),
    actor_id BIGINT,
    actor_label TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    museum_id BIGINT,
    before TEXT,
    after TEXT
);
CREATE INDEX audit_log_museum ON audit_log (museum_id, id);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_key, id);

CREATE TABLE emails (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    delivery TEXT,
    error TEXT
);

CREATE TABLE import_jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    museum_id BIGINT NOT NULL REFERENCES museums (id),
    format TEXT NOT NULL,
    dry_run BOOLEAN NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    bytes BIGINT NOT NULL,
    rows_read BIGINT NOT NULL DEFAULT 0,
    created BIGINT NOT NULL DEFAULT 0,
    updated BIGINT NOT NULL DEFAULT 0,
    unchanged BIGINT NOT NULL DEFAULT 0,
    failed BIGINT NOT NULL DEFAULT 0,
    error TEXT,
    actor_label TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP
);
CREATE INDEX import_jobs_museum ON import_jobs (museum_id, id);

-- One row per record of an import: its outcome and, when it failed, why.
CREATE TABLE import_rows (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    job_id BIGINT NOT NULL REFERENCES import_jobs (id),
    row_number BIGINT NOT NULL,
    line BIGINT,
    inventory_number TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('created', 'updated', 'unchanged', 'failed')),
    slug TEXT,
    problems TEXT
);
CREATE INDEX import_rows_job ON import_rows (job_id, outcome, row_number);
