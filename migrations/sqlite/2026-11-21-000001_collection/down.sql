DROP TABLE artworks;
DROP TABLE museums;
DROP TABLE countries;
