-- The unit page lists the reorganisations of a unit: look them up by unit instead of reading them all.
create index org_reorganisation_unit_ix on org_reorganisation (unit_id);
