DROP TABLE equivalent_terms;
DROP TABLE periods;
DROP TABLE search_changes;
