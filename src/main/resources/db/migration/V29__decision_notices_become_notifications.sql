-- Authors hear of the decisions on their proposals through notifications (docs/notifications.md):
-- the summary's publication is a SUMMARY_PUBLISHED event whose audience is the authors. The e-mail
-- queue decision_notice goes; what the profile page read of it (whose proposals a published summary
-- decided on) stays, in summary_author. Same text on Derby and PostgreSQL.
CREATE TABLE summary_author (
    draft_id   BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (draft_id, account_id)
);
CREATE INDEX ix_summary_author_account ON summary_author (account_id, draft_id);
INSERT INTO summary_author (draft_id, account_id) SELECT draft_id, account_id FROM decision_notice;

-- Notices not sent yet become one event per draft, told to those authors: nobody waiting is forgotten.
-- CURRENT_TIMESTAMP is the database's clock; the fan-out takes the event at its next run either way.
INSERT INTO notification_event (event_type, draft_id, occurred_at, state, attempts, next_attempt_at)
    SELECT 'SUMMARY_PUBLISHED', draft_id, CURRENT_TIMESTAMP, 'PENDING', 0, CURRENT_TIMESTAMP
    FROM decision_notice WHERE state <> 'DONE' GROUP BY draft_id;
INSERT INTO notification_audience (event_id, account_id)
    SELECT e.id, n.account_id FROM decision_notice n
    JOIN notification_event e ON e.draft_id = n.draft_id AND e.event_type = 'SUMMARY_PUBLISHED'
    WHERE n.state <> 'DONE';

DROP TABLE decision_notice;
