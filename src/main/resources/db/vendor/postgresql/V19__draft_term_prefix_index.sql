-- Word-prefix lookups (term LIKE 'prefix%') from an index in any collation the administrator chose:
-- the primary key serves them only under a byte-order collation (C), while text_pattern_ops compares
-- byte by byte whatever the database's collation. PostgreSQL only (Derby compares LIKE prefixes on its
-- primary key already), so version 19 exists in db/vendor/postgresql alone; the next shared
-- migration is V20.
CREATE INDEX ix_draft_term_prefix ON draft_term (term text_pattern_ops);
