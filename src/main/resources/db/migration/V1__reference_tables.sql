-- Reference lists: stable codes, trilingual names. Edited by data migrations, never hard-coded.
CREATE TABLE sector (
    code          VARCHAR(64)  NOT NULL PRIMARY KEY,
    sort_order    INT          NOT NULL,
    name_uz       VARCHAR(300) NOT NULL,
    name_uz_cyrl  VARCHAR(300),
    name_ru       VARCHAR(300) NOT NULL,
    name_en       VARCHAR(300) NOT NULL
);

CREATE TABLE act_type (
    code                  VARCHAR(64)  NOT NULL PRIMARY KEY,
    sort_order            INT          NOT NULL,
    tier                  VARCHAR(32)  NOT NULL,
    name_uz               VARCHAR(300) NOT NULL,
    name_ru               VARCHAR(300) NOT NULL,
    name_en               VARCHAR(300) NOT NULL,
    number_prefix_uz      VARCHAR(64),
    number_prefix_uz_cyrl VARCHAR(64),
    number_prefix_ru      VARCHAR(64),
    number_prefix_en      VARCHAR(64),
    typical_on_portal     BOOLEAN      DEFAULT FALSE NOT NULL
);

CREATE TABLE region (
    code          VARCHAR(16)  NOT NULL PRIMARY KEY,
    soato         VARCHAR(16)  NOT NULL,
    sort_order    INT          NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    name_uz       VARCHAR(300) NOT NULL,
    name_uz_cyrl  VARCHAR(300),
    name_ru       VARCHAR(300) NOT NULL,
    name_en       VARCHAR(300) NOT NULL
);

CREATE TABLE agency (
    code          VARCHAR(96)  NOT NULL PRIMARY KEY,
    sort_order    INT          NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    name_uz       VARCHAR(400) NOT NULL,
    name_ru       VARCHAR(400) NOT NULL,
    name_en       VARCHAR(400) NOT NULL
);
