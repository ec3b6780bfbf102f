-- Statistics (docs/statistics.md): who took part, as sets of account ids in RoaringBitmap's portable
-- serialization. stats_people_day: everyone who commented, voted or answered a draft's questionnaire on
-- one Tashkent day; stats_people_region: everyone who ever did so giving that region ('' for none).
-- Participants of a region in a period are |(union of the period's days) AND (the region's set)|: exact,
-- and a year is 366 small sets, whatever the number of comments. The bytes are a BLOB on derby.
CREATE TABLE stats_people_day (
    day        DATE    NOT NULL PRIMARY KEY,
    month_key  INT     NOT NULL,
    people     BLOB(64M) NOT NULL
);

CREATE TABLE stats_people_region (
    region_code VARCHAR(16) NOT NULL PRIMARY KEY,
    people      BLOB(64M) NOT NULL
);
