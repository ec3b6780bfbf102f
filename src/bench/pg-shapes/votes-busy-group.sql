SELECT choice, COUNT(id) FROM vote WHERE draft_id = 100000 GROUP BY choice;
