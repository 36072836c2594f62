-- Images of works: several a work, in order, one of them primary. Each file
-- lives in object storage under images/{key}/original, its renditions and
-- IIIF tiles under iiif/{key}/; a row is the image's description and state.
-- The single image_url/image_alt pair on works, never filled, gives way.
ALTER TABLE artworks DROP COLUMN image_url;
ALTER TABLE artworks DROP COLUMN image_alt;

CREATE TABLE images (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The public identifier (IIIF), random and unguessable.
    key TEXT NOT NULL UNIQUE,
    artwork_id BIGINT NOT NULL REFERENCES artworks (id),
    museum_id BIGINT NOT NULL REFERENCES museums (id),
    position INTEGER NOT NULL,
    is_primary BOOLEAN NOT NULL DEFAULT FALSE,
    alt TEXT NOT NULL,
    caption TEXT,
    credit TEXT,
    rights TEXT,
    state TEXT NOT NULL CHECK (state IN ('fetching', 'processing', 'ready', 'failed')),
    source_url TEXT,
    error TEXT,
    -- Fetch or processing attempts so far, and when the next may start (a
    -- retry's backoff, or the lease of the server working on it).
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP,
    media_type TEXT,
    bytes BIGINT,
    width INTEGER,
    height INTEGER,
    color TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX images_artwork ON images (artwork_id, position);
CREATE INDEX images_pending ON images (state, next_attempt_at);
