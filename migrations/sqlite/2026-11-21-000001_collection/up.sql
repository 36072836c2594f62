-- Countries, member museums and their masterpieces.
CREATE TABLE countries (
    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 2),
    name TEXT NOT NULL,
    region TEXT NOT NULL CHECK (region IN ('asia', 'europe', 'oceania')),
    asem_member BOOLEAN NOT NULL DEFAULT 0
);

CREATE TABLE museums (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_local TEXT,
    name_local_lang TEXT,
    country_code TEXT NOT NULL REFERENCES countries (code),
    city TEXT NOT NULL,
    latitude DOUBLE,
    longitude DOUBLE,
    website TEXT,
    description TEXT NOT NULL,
    member_since INTEGER,
    membership_status TEXT NOT NULL,
    masterpiece_quota INTEGER NOT NULL DEFAULT 25,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX museums_country_code ON museums (country_code);
CREATE INDEX museums_name ON museums (name, id);

CREATE TABLE artworks (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    museum_id BIGINT NOT NULL REFERENCES museums (id),
    inventory_number TEXT,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    title_original TEXT,
    original_language TEXT,
    makers TEXT NOT NULL DEFAULT '[]',
    object_type TEXT NOT NULL,
    origin_country TEXT REFERENCES countries (code),
    culture TEXT,
    period TEXT,
    date_text TEXT,
    year_begin INTEGER,
    year_end INTEGER,
    materials TEXT NOT NULL DEFAULT '[]',
    technique TEXT,
    dimensions TEXT,
    description TEXT,
    description_original TEXT,
    statement TEXT NOT NULL,
    statement_original TEXT,
    credit_line TEXT,
    rights TEXT NOT NULL,
    status TEXT NOT NULL,
    image_url TEXT,
    image_alt TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (museum_id, inventory_number)
);
CREATE INDEX artworks_status_title ON artworks (status, title, id);
CREATE INDEX artworks_museum ON artworks (museum_id, status);
CREATE INDEX artworks_origin ON artworks (origin_country, status);
CREATE INDEX artworks_object_type ON artworks (object_type, status);
