-- The secretariat's work: the review of nominated works, withdrawals, notices
-- to museums, the masterpiece of the day and membership applications.
-- When a work was last nominated (the queue's order) and first published (a
-- withdrawn work that was published answers 410 Gone; one never published, 404).
ALTER TABLE artworks ADD COLUMN submitted_at TIMESTAMP;
ALTER TABLE artworks ADD COLUMN published_at TIMESTAMP;
UPDATE artworks SET published_at = updated_at WHERE status = 'published';
CREATE INDEX artworks_queue ON artworks (status, submitted_at, id);

-- Every decision on a work after its nomination: the secretariat's publish,
-- request for changes and rejection, and withdrawals by either side. The
-- secretariat's decisions are the notices its museum's editors see.
CREATE TABLE artwork_decisions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    artwork_id BIGINT NOT NULL REFERENCES artworks (id),
    museum_id BIGINT NOT NULL REFERENCES museums (id),
    kind TEXT NOT NULL CHECK (kind IN ('published', 'changes_requested', 'rejected', 'withdrawn')),
    decided_by TEXT NOT NULL CHECK (decided_by IN ('museum', 'secretariat')),
    reason TEXT,
    comment TEXT,
    artwork_slug TEXT NOT NULL,
    artwork_title TEXT NOT NULL,
    actor_label TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX artwork_decisions_artwork ON artwork_decisions (artwork_id, id);
CREATE INDEX artwork_decisions_museum ON artwork_decisions (museum_id, decided_by, id);

-- The masterpiece of each day (UTC, 'YYYY-MM-DD'): chosen once by the fair
-- rotation when the day is first asked for, or pinned ahead by the secretariat.
CREATE TABLE featured_days (
    day TEXT PRIMARY KEY NOT NULL CHECK (length(day) = 10),
    artwork_id BIGINT NOT NULL REFERENCES artworks (id),
    museum_id BIGINT NOT NULL REFERENCES museums (id),
    country_code TEXT NOT NULL,
    pinned BOOLEAN NOT NULL DEFAULT FALSE,
    note TEXT,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE membership_applications (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    token_hash TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'info_requested', 'approved', 'rejected')),
    museum_name TEXT NOT NULL,
    museum_name_local TEXT,
    museum_name_local_lang TEXT,
    country_code TEXT NOT NULL REFERENCES countries (code),
    city TEXT NOT NULL,
    website TEXT NOT NULL,
    founding_year INTEGER,
    kind TEXT NOT NULL,
    collections TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_title TEXT,
    contact_email TEXT NOT NULL,
    icom_code_of_ethics BOOLEAN NOT NULL CHECK (icom_code_of_ethics),
    document_name TEXT NOT NULL,
    document BYTEA NOT NULL,
    museum_id BIGINT REFERENCES museums (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX membership_applications_status ON membership_applications (status, id);

CREATE TABLE application_messages (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id BIGINT NOT NULL REFERENCES membership_applications (id),
    author TEXT NOT NULL CHECK (author IN ('applicant', 'secretariat')),
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX application_messages_application ON application_messages (application_id, id);

-- The network's settings, changed by admins in the console: one row, written
-- at start-up from the server's configuration when absent.
CREATE TABLE network_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    masterpiece_quota INTEGER NOT NULL CHECK (masterpiece_quota >= 0),
    updated_at TIMESTAMP NOT NULL
);
