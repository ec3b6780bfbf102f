-- Statistics (docs/statistics.md): residents per region for "participants per 100,000 residents", and
-- the counts the statistics pages read, folded in from the raw rows by the stats job.

-- The permanent population of each region, with its date and source, as the national statistics
-- committee published it (press release "Hududlarning doimiy aholisi soni", stat.uz, figures as of
-- 1 January 2022: the quarter of the source article's table). A newer count is a new migration.
ALTER TABLE region ADD COLUMN population BIGINT;
ALTER TABLE region ADD COLUMN population_as_of DATE;
ALTER TABLE region ADD COLUMN population_source VARCHAR(300);
UPDATE region SET population_as_of = CAST('2022-01-01' AS DATE),
    population_source = 'State Committee of the Republic of Uzbekistan on Statistics (stat.uz): permanent population of the regions as of 1 January 2022';
UPDATE region SET population = 1948496 WHERE code = 'UZ-QR';
UPDATE region SET population = 3253501 WHERE code = 'UZ-AN';
UPDATE region SET population = 1976866 WHERE code = 'UZ-BU';
UPDATE region SET population = 1443380 WHERE code = 'UZ-JI';
UPDATE region SET population = 3408313 WHERE code = 'UZ-QA';
UPDATE region SET population = 1033869 WHERE code = 'UZ-NW';
UPDATE region SET population = 2931066 WHERE code = 'UZ-NG';
UPDATE region SET population = 4031299 WHERE code = 'UZ-SA';
UPDATE region SET population = 2743196 WHERE code = 'UZ-SU';
UPDATE region SET population =  878599 WHERE code = 'UZ-SI';
UPDATE region SET population = 2941620 WHERE code = 'UZ-TO';
UPDATE region SET population = 3896393 WHERE code = 'UZ-FA';
UPDATE region SET population = 1924167 WHERE code = 'UZ-XO';
UPDATE region SET population = 2860511 WHERE code = 'UZ-TK';

-- What happened on one Tashkent day by the region of the person who did it ('' when no region was
-- given). A period's figures are sums over its days: a year is at most 15 x 366 rows, whatever the
-- number of comments. month_key (yyyymm) lets the monthly table group without date functions,
-- which Derby and PostgreSQL spell differently.
CREATE TABLE stats_region_day (
    day             DATE         NOT NULL,
    region_code     VARCHAR(16)  NOT NULL,
    month_key       INT          NOT NULL,
    comments        BIGINT       DEFAULT 0 NOT NULL,
    votes           BIGINT       DEFAULT 0 NOT NULL,
    survey_answers  BIGINT       DEFAULT 0 NOT NULL,
    expertises      BIGINT       DEFAULT 0 NOT NULL,
    accepted        BIGINT       DEFAULT 0 NOT NULL,
    partly_accepted BIGINT       DEFAULT 0 NOT NULL,
    rejected        BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_stats_region_day PRIMARY KEY (day, region_code)
);

-- The same by the sector and agency of the draft it happened on.
CREATE TABLE stats_draft_day (
    day             DATE         NOT NULL,
    sector_code     VARCHAR(64)  NOT NULL,
    agency_code     VARCHAR(96)  NOT NULL,
    month_key       INT          NOT NULL,
    comments        BIGINT       DEFAULT 0 NOT NULL,
    accepted        BIGINT       DEFAULT 0 NOT NULL,
    partly_accepted BIGINT       DEFAULT 0 NOT NULL,
    rejected        BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_stats_draft_day PRIMARY KEY (day, sector_code, agency_code)
);

-- Who took part on which day, and in which region, are sets of account ids kept as compressed bitmaps
-- (stats_people_day, stats_people_region: vendor migration V24, BLOB on Derby, BYTEA on PostgreSQL), so
-- that participants, different people in any period, are an exact union of a few hundred small sets.

-- How far the job has folded each source (the id of the last row counted), and the one row every
-- fold locks first, so that instances fold one after another and nothing is counted twice; the lock
-- row's position counts rebuilds, so that what an instance keeps of older days is known to be current.
CREATE TABLE stats_fold (
    source      VARCHAR(32)  NOT NULL PRIMARY KEY,
    position    BIGINT       NOT NULL,
    folded_at   TIMESTAMP
);
INSERT INTO stats_fold (source, position) VALUES ('lock', 0);
INSERT INTO stats_fold (source, position) VALUES ('comments', 0);
INSERT INTO stats_fold (source, position) VALUES ('votes', 0);
INSERT INTO stats_fold (source, position) VALUES ('answers', 0);

-- Published summaries already counted (their decisions are final once published).
CREATE TABLE stats_summary (
    draft_id    BIGINT       NOT NULL PRIMARY KEY,
    folded_at   TIMESTAMP    NOT NULL
);
