-- The draft search's orders and filters, each walkable newest first (or in its own order) from the start
-- of an index. Derby reads an index forwards only (V10 made ix_draft_newest descending for the same
-- reason), so at 100,000 drafts, under 16 readers:
-- - "oldest first" had (published_at) alone and sorted every public draft (190 ms);
-- - "most discussed" had an ascending (comment_count, published_at): with a common word it probed the
--   word index for every draft before sorting (1.8 s);
-- - a sector's drafts newest first read the whole sector from an ascending (sector_code, published_at)
--   and sorted it (176 ms; with a common word 1.4 s), an agency's likewise (242 ms).
-- With the id as the last key the order's tie-break is in the index too, so a page stops at its last
-- row (about 20 ms each afterwards). PostgreSQL reads either direction; it gets the same indexes.
DROP INDEX ix_draft_published_at;
CREATE INDEX ix_draft_oldest ON draft (published_at, id);
DROP INDEX ix_draft_discussed;
CREATE INDEX ix_draft_discussed ON draft (comment_count DESC, published_at DESC, id DESC);
DROP INDEX ix_draft_sector_published;
CREATE INDEX ix_draft_sector_newest ON draft (sector_code, published_at DESC, id DESC);
DROP INDEX ix_draft_region_published;
CREATE INDEX ix_draft_region_newest ON draft (region_code, published_at DESC, id DESC);
CREATE INDEX ix_draft_agency_newest ON draft (agency_code, published_at DESC, id DESC);
