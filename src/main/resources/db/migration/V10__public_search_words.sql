-- Only public drafts have search words from now on: the public search is all that reads them, and a
-- word's drafts can then be counted from the word index alone.
DELETE FROM draft_term WHERE draft_id IN (SELECT id FROM draft WHERE published_at IS NULL);
-- "Newest first" walks this index from its start and stops at the page's last row: Derby cannot read
-- an ascending index backwards, and without it a search by a common word sorted every match.
CREATE INDEX ix_draft_newest ON draft (published_at DESC, id DESC);
