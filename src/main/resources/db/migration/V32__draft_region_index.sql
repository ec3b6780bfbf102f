-- A region's drafts newest first (its feed, the search's region filter): the same path a sector's
-- drafts have in ix_draft_sector_published. Most drafts have no region (national bodies), so without it
-- a region's feed walked every public draft down ix_draft_newest to find its few.
CREATE INDEX ix_draft_region_published ON draft (region_code, published_at);
