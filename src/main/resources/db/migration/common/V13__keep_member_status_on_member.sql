-- Member lists (#8): the latest status row of each member is kept on the member (written with every status
-- row by MemberService), so that a list shows and filters the status on a date from status_since on without
-- a sub-select per member; before status_since the status rows are read as before.
alter table per_member add column status varchar(16);
alter table per_member add column status_since date;

update per_member set
  status = (select s.status from per_member_status s where s.member_id = per_member.id
            order by s.valid_from desc, s.id desc limit 1),
  status_since = (select max(s.valid_from) from per_member_status s where s.member_id = per_member.id);

-- keyset paging in name order (ties by id), in the whole list and per status; the latest status date
create index per_member_name_ix on per_member (full_name, id);
create index per_member_status_name_ix on per_member (status, full_name, id);
create index per_member_status_since_ix on per_member (status_since);
