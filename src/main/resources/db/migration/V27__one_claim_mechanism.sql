-- One claim mechanism (docs/architecture.md): every queue's rows (report, report_delivery,
-- decision_notice, and the queues to come) embed the same claim, whose states are PENDING, RUNNING,
-- DONE, FAILED and GIVEN_UP. The report had its own names for the first three; a report's done time
-- stays in generated_at. The columns were already the same in every queue.
UPDATE report SET state = 'PENDING' WHERE state = 'WAITING';
UPDATE report SET state = 'RUNNING' WHERE state = 'GENERATING';
UPDATE report SET state = 'DONE' WHERE state = 'GENERATED';
