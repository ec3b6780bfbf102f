-- Search across scripts (issue 41): a draft's words in draft_term are keyed by SearchText.key, whose
-- version (SearchText.KEY_VERSION) each draft records here. Drafts indexed before are version 0 (lower
-- case, one apostrophe, Cyrillic as typed); the search key rebuild (draft.SearchKeyRebuild) indexes them
-- again in the background, a few at a time, instead of this script deleting every word: until a draft
-- is done its old words still answer Latin queries without apostrophes (docs/languages.md).
ALTER TABLE draft ADD COLUMN search_key_version INTEGER DEFAULT 0 NOT NULL;
-- The rebuild's queue: the drafts still on an older key, in id order, without walking every draft.
CREATE INDEX ix_draft_search_key ON draft (search_key_version, id);
