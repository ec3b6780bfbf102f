-- The JSON documents of surveys: a questionnaire version's definition and an answer set. Derby keeps
-- them in CLOBs (PostgreSQL: TEXT, same version number).
ALTER TABLE questionnaire_version ADD COLUMN definition CLOB(4M);
ALTER TABLE survey_answer ADD COLUMN document CLOB(1M);
