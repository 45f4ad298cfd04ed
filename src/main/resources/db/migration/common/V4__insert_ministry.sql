-- The root of every tree: the Ministry of Public Security.
insert into org_unit (id, type, kind, commune_level, source, demo, valid_from, valid_to, created_at)
values (1, 'MINISTRY', 'MINISTRY', false, 'root', false, null, null, current_timestamp);
insert into org_unit_period (unit_id, type, parent_id, path, depth, code, name, full_name, name_en, full_name_en,
  search_text, valid_from, valid_to)
values (1, 'MINISTRY', null, '/1/', 0, 'BCA', 'Bộ Công an', 'Bộ Công an', 'Ministry of Public Security',
  'Ministry of Public Security', 'bo cong an bca ministry of public security', null, null);
