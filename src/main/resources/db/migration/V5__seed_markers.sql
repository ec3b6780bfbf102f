-- One row per seeding job (demo data) that has run: the primary key lets exactly one instance seed.
CREATE TABLE seed_marker (
    name       VARCHAR(64) NOT NULL PRIMARY KEY,
    seeded_at  TIMESTAMP   NOT NULL
);
