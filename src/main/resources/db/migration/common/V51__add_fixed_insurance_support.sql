-- Insurance support as fixed VND a month (Hà Nội: BHXH 234,000, BHYT 54,000), prorated like the
-- support, on top of the shares of the monthly support.
alter table wel_policy add column bhyt_fixed bigint default 0 not null;
alter table wel_policy add column bhxh_fixed bigint default 0 not null;
