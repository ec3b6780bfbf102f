-- Drafts in two scripts (docs/languages.md, "Drafts in two scripts"): the official Uzbek texts of a draft may
-- be given in Latin (title_uz, summary_uz, clause heading and body, as before), in Cyrillic (the new *_cyrl
-- columns) or in both. At least one Uzbek title and one text per clause, so the Latin ones become nullable;
-- the application checks that one of the two is given. Existing rows stay as they are: a text typed in
-- Cyrillic into a Latin column is read as Cyrillic (the script decides) and filed anew when next edited.
-- Derby adds one column per statement and says NULL where PostgreSQL says DROP NOT NULL.
ALTER TABLE draft ADD COLUMN title_uz_cyrl VARCHAR(500);
ALTER TABLE draft ADD COLUMN summary_uz_cyrl VARCHAR(4000);
ALTER TABLE draft ALTER COLUMN title_uz NULL;

ALTER TABLE clause ADD COLUMN heading_cyrl VARCHAR(500);
ALTER TABLE clause ADD COLUMN body_cyrl VARCHAR(30000);
ALTER TABLE clause ALTER COLUMN body NULL;
