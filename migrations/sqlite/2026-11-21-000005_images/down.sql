DROP TABLE images;
ALTER TABLE artworks ADD COLUMN image_url TEXT;
ALTER TABLE artworks ADD COLUMN image_alt TEXT;
