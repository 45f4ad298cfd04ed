-- The day the request behind a termination was received (resignation application or the commune police's
-- proposal), from which the statutory time limit of Circular 14/2024/TT-BCA art. 5 runs.
alter table per_member_status add column requested_on date;
