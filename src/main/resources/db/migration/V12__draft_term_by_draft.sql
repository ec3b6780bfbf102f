-- A draft's own words read from the index alone: checking which of a few hundred candidate drafts
-- also have a common word read every word's row from the table through the (draft_id) index.
-- (The old index stays: Derby never made it, as it duplicated the foreign key's own, and PostgreSQL
-- keeps it up to date cheaply; a drop that only one of the two databases can run is not portable.)
CREATE INDEX ix_draft_term_draft_word ON draft_term (draft_id, term);
