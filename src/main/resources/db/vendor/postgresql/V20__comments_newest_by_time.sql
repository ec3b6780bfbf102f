-- PostgreSQL only: a draft's comments, newest first, are read in the order they were written
-- (created_at, then id) from indexes that begin with the draft (CommentRepository.topLevel). Ordered by id
-- alone, PostgreSQL read a draft's first page by walking the primary key backwards from the newest
-- comment of ANY draft, filtering (it assumes a draft's comments are spread evenly over the ids; a
-- discussion is a few weeks of them): 40 to 370 ms for a page of a 10,000-comment draft behind 118,000
-- newer comments, 0.2 ms from the index below (docs/benchmarks.md). No single-column index gives
-- created_at's order, so the draft's own index is the only ordered path. The (draft_id, id DESC) index
-- stays: the report reads a draft's comments in id windows.
-- Derby has no version 20: given this index, its optimizer still read the draft's comments through
-- another index and sorted them all, so on Derby the page stays ordered by id, which its
-- (draft_id, id DESC) index gives. The next shared migration is V21.
DROP INDEX ix_comment_clause;
CREATE INDEX ix_comment_clause ON comment (draft_id, clause_key, created_at DESC, id DESC);
CREATE INDEX ix_comment_draft_written ON comment (draft_id, created_at DESC, id DESC);
