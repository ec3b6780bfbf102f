-- What the draft page needs to know to skip reads for most drafts: how many attachments the draft has
-- and how often its discussion was extended. The draft service keeps both in the same transaction as
-- the change (as it does the window copied onto the draft).
ALTER TABLE draft ADD COLUMN attachment_count INT DEFAULT 0 NOT NULL;
ALTER TABLE draft ADD COLUMN extension_count INT DEFAULT 0 NOT NULL;
UPDATE draft SET attachment_count = (SELECT COUNT(*) FROM attachment a WHERE a.draft_id = draft.id)
    WHERE id IN (SELECT a.draft_id FROM attachment a);
UPDATE draft SET extension_count = (SELECT COUNT(*) FROM discussion_extension e JOIN discussion x ON x.id = e.discussion_id
    WHERE x.draft_id = draft.id)
    WHERE id IN (SELECT x.draft_id FROM discussion x JOIN discussion_extension e ON e.discussion_id = x.id);
