-- Derby's copy of this script (db/vendor/postgresql holds it as first written): without ix_draft_term_draft,
-- which Derby already has as the index of a foreign key (it indexes every one; PostgreSQL does not)
-- and refused as a duplicate, with a warning, at every fresh start. Databases made with the first
-- script have exactly this schema; DerbyChecksums moves their recorded checksum to this copy's.
-- Word-prefix search: every normalized word of a draft's number, titles and summaries, so that a query
-- word is an index range scan (term LIKE 'word%') instead of a scan of every draft's text.
CREATE TABLE draft_term (
    term      VARCHAR(64) NOT NULL,
    draft_id  BIGINT      NOT NULL REFERENCES draft (id),
    PRIMARY KEY (term, draft_id)
);
-- Newest drafts of one sector without touching the rest.
CREATE INDEX ix_draft_sector_published ON draft (sector_code, published_at);
-- The discussion window copied onto the draft (written by the draft service whenever it schedules or
-- extends the discussion), so that status filters and the closing order need no join.
ALTER TABLE draft ADD COLUMN discussion_opens_at TIMESTAMP;
ALTER TABLE draft ADD COLUMN discussion_closes_at TIMESTAMP;
UPDATE draft SET discussion_opens_at = (SELECT x.opens_at FROM discussion x WHERE x.draft_id = draft.id),
                 discussion_closes_at = (SELECT x.closes_at FROM discussion x WHERE x.draft_id = draft.id);
CREATE INDEX ix_draft_closes ON draft (discussion_closes_at);
CREATE INDEX ix_draft_sector_closes ON draft (sector_code, discussion_closes_at);
