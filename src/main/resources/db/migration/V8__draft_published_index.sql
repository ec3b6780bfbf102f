-- Nearly every draft is PUBLISHED, so an index led by the state only misleads the optimizer (with a
-- bound parameter Derby cannot see that and walks it over all drafts). Keep the date alone for
-- "newest first".
DROP INDEX ix_draft_published;
CREATE INDEX ix_draft_published_at ON draft (published_at);
