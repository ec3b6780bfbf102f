-- The JSON documents of surveys: a questionnaire version's definition and an answer set. PostgreSQL
-- keeps them in TEXT (Derby: CLOB, same version number).
ALTER TABLE questionnaire_version ADD COLUMN definition TEXT;
ALTER TABLE survey_answer ADD COLUMN document TEXT;
