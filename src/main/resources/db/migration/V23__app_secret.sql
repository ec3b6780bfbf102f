-- Secrets every instance must share and nobody configures by hand: the key that signs list cursors
-- (platform.web.CursorKey). Written once by the first instance to start; the primary key settles a race.
CREATE TABLE app_secret (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    secret VARCHAR(200) NOT NULL
);
