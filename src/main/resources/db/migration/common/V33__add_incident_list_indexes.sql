-- Incident lists (#8) are read by keyset paging, newest first with ties broken by id: a province's or the
-- country's list walks one of these indexes and stops after a page, in the whole list or for one status.
drop index ops_incident_time_ix;
create index ops_incident_time_ix on ops_incident (occurred_at, id);
create index ops_incident_status_time_ix on ops_incident (status, occurred_at, id);
