-- The data packages move onto the portal's one claim mechanism (platform.claim.Claim, docs/open-data.md):
-- a slot's row is inserted PENDING, claimed under a row lock, renewed, then DONE or FAILED with a back-off,
-- as every other queue's rows. GENERATING becomes RUNNING; REMOVED (a package pruned from the folder)
-- becomes DONE with removed_at, since removal is the package's lifecycle, not its claim's. A finished
-- claim is released (claimed_by and claimed_at NULL), so claimed_at becomes nullable.
-- PostgreSQL says DROP / SET NOT NULL where Derby says NULL / NOT NULL.
ALTER TABLE opendata_package ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE opendata_package ADD COLUMN done_at TIMESTAMP;
ALTER TABLE opendata_package ADD COLUMN removed_at TIMESTAMP;
ALTER TABLE opendata_package ALTER COLUMN claimed_at DROP NOT NULL;

UPDATE opendata_package SET state = 'DONE', removed_at = COALESCE(generated_at, claimed_at) WHERE state = 'REMOVED';
UPDATE opendata_package SET state = 'RUNNING' WHERE state = 'GENERATING';
UPDATE opendata_package SET next_attempt_at = COALESCE(claimed_at, generated_at, CURRENT_TIMESTAMP);
UPDATE opendata_package SET done_at = generated_at WHERE state = 'DONE';
UPDATE opendata_package SET claimed_by = NULL, claimed_at = NULL WHERE state IN ('DONE', 'FAILED');

ALTER TABLE opendata_package ALTER COLUMN next_attempt_at SET NOT NULL;
