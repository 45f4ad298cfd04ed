-- Subtree queries are key ranges over path ([prefix, prefix with its last '/' turned into '0')).
-- That needs byte order; H2 compares strings that way already, PostgreSQL needs the C collation.
alter table org_unit_period alter column path type varchar(400) collate "C";
