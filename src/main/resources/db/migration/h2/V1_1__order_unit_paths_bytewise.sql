-- H2 already compares strings by code point, which is what the path key ranges need
-- (see the PostgreSQL migration of the same version). Nothing to change.
select 1;
