\set d random(100001, 200000)
SELECT c.clause_key, c.clause_no, c.heading, c.body, c.position FROM clause c JOIN draft_version v ON v.id = c.version_id WHERE v.draft_id = :d AND v.version_no = 1;
