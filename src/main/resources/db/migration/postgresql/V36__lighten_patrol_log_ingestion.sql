-- Bulk ingestion of patrol logs (#8): fewer per-row costs on the two tables that take a row
-- per patrol and per participant (tens of millions a year).
--
-- Foreign keys are checked by PostgreSQL one row at a time (a trigger query that also locks
-- the referenced row, FOR KEY SHARE). Measured with the bulk API (docs/architecture.md,
-- patrols; six checks per log with two participants), they took 29% of the database's CPU
-- time per patrol log. The writer
-- (patrols.internal.PatrolLogWriter) guarantees what they checked, in the same transaction:
--   * commune_id and team_id come from the unit look-up of the batch (org_unit rows, which are
--     never deleted: units are merged or dissolved);
--   * member_id comes from the member look-up of the batch (per_member rows are never deleted);
--   * patrol_id comes from the RETURNING of the same statement that inserts the log (patrol
--     logs are never deleted).
-- H2 (development and tests) keeps the foreign keys, so the test suite checks the writer.
alter table pat_patrol_participant drop constraint pat_patrol_participant_patrol_id_fkey;
alter table pat_patrol_participant drop constraint pat_patrol_participant_member_id_fkey;
alter table pat_patrol_log drop constraint pat_patrol_log_commune_id_fkey;
alter table pat_patrol_log drop constraint pat_patrol_log_team_id_fkey;

-- Most logs have no roster shift: index only those that have one (the queries look a shift
-- up by equality, which the partial index serves).
drop index pat_patrol_log_shift_ix;
create index pat_patrol_log_shift_ix on pat_patrol_log (shift_id) where shift_id is not null;
