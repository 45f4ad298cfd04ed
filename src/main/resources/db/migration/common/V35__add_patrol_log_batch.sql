-- Bulk ingestion (#8): the batch a patrol log arrived in. A bulk batch writes one audit
-- entry (entity type patrol-log-batch, entity id = this id, with the count and the range
-- of log ids) instead of one entry per log; the logs of that entry are the rows with
-- this batch_id (between the two ids it names, so the primary key finds them). Null for
-- logs recorded one at a time (each has its own audit entry) and for generated ones.
alter table pat_patrol_log add column batch_id uuid;
