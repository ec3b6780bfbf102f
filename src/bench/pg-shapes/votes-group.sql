\set d random(100001, 101000)
SELECT choice, COUNT(id) FROM vote WHERE draft_id = :d GROUP BY choice;
