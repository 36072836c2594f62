DROP TABLE network_settings;
DROP TABLE application_messages;
DROP TABLE membership_applications;
DROP TABLE featured_days;
DROP TABLE artwork_decisions;
DROP INDEX artworks_queue;
ALTER TABLE artworks DROP COLUMN published_at;
ALTER TABLE artworks DROP COLUMN submitted_at;
