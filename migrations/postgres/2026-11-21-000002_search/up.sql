-- Search: the change log every server's index tails, and the vocabularies
-- applied when indexing and querying.
CREATE TABLE search_changes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity TEXT NOT NULL CHECK (entity IN ('artwork', 'museum', 'vocabulary')),
    entity_id BIGINT NOT NULL,
    changed_at TIMESTAMP NOT NULL
);

CREATE TABLE periods (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_original TEXT,
    original_language TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    country TEXT NOT NULL,
    region TEXT NOT NULL,
    year_begin INTEGER NOT NULL,
    year_end INTEGER NOT NULL,
    parent TEXT,
    CHECK (year_begin <= year_end)
);

CREATE TABLE equivalent_terms (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    terms TEXT NOT NULL,
    note TEXT
);
