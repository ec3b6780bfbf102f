-- One answer set per person and draft, kept by one column rather than three. The constraint on
-- (questionnaire_code, draft_id, account_id) shared its leading columns with ix_survey_answer_list
-- (questionnaire_code, draft_id, id); looking up a person's own answer set, PostgreSQL's planner costs both
-- indexes alike whenever its statistics are those of a smaller table (autovacuum late or off, a table
-- filled in a burst) and took the list's: it walked every answer to the draft for one row, and a draft
-- filled to 100,000 answers at 85 a second (docs/benchmarks.md, "Surveys"). The person's answer set is
-- now looked up by respondent_key alone, a column no other index holds, so there is nothing else to choose.
--
-- The key is questionnaire/draft/account, written by SurveyAnswer; NULL on the portal survey's answers
-- (no draft), which a person may give many times, as the old constraint allowed by its NULL draft.
ALTER TABLE survey_answer ADD COLUMN respondent_key VARCHAR(110);
UPDATE survey_answer SET respondent_key = questionnaire_code || '/' || TRIM(CAST(draft_id AS CHAR(20))) || '/'
    || TRIM(CAST(account_id AS CHAR(20))) WHERE draft_id IS NOT NULL;
ALTER TABLE survey_answer ADD CONSTRAINT uq_survey_answer_respondent UNIQUE (respondent_key);
ALTER TABLE survey_answer DROP CONSTRAINT uq_survey_answer;
