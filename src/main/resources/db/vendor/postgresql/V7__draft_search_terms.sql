-- Word-prefix search: every normalized word of a draft's number, titles and summaries, so that a query
-- word is an index range scan (term LIKE 'word%') instead of a scan of every draft's text.
CREATE TABLE draft_term (
    term      VARCHAR(64) NOT NULL,
    draft_id  BIGINT      NOT NULL REFERENCES draft (id),
    PRIMARY KEY (term, draft_id)
);
CREATE INDEX ix_draft_term_draft ON draft_term (draft_id);
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
