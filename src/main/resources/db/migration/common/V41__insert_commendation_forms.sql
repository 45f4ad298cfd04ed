-- Titles and forms of commendation (Law on Emulation and Commendation 06/2022/QH15; see
-- docs/domain-brief section 6). deciding_level: the level of the unit whose emulation
-- council reviews and whose head decides (the nearest unit of that level above the
-- nominee). Conditions: required_grade of the annual classification in grade_years
-- consecutive years ending with the award year; prerequisite_form on the honour roll in
-- prerequisite_years consecutive years ending with the award year. Rows whose basis says
-- "chưa kiểm chứng" carry conditions not verified in the law's own text: change the rows.
insert into emu_form (code, kind, subject_kind, subject_level, name_vi, name_en, deciding_level, required_grade,
  grade_years, prerequisite_form, prerequisite_years, basis, sort_order) values
('LAO_DONG_TIEN_TIEN', 'TITLE', 'MEMBER', null, 'Lao động tiên tiến', 'Advanced worker', 'COMMUNE', 'GOOD', 1, null, 0,
  'Luật TĐKT 2022, Điều 80 (Chủ tịch UBND cấp xã)', 10),
('CHIEN_SI_THI_DUA_CO_SO', 'TITLE', 'MEMBER', null, 'Chiến sĩ thi đua cơ sở', 'Grassroots emulation fighter', 'PROVINCE',
  'EXCELLENT', 1, 'LAO_DONG_TIEN_TIEN', 1, 'Luật TĐKT 2022 (thẩm quyền cấp huyện trước 01/7/2025, chưa kiểm chứng)', 20),
('CHIEN_SI_THI_DUA_CAP_BO', 'TITLE', 'MEMBER', null, 'Chiến sĩ thi đua cấp Bộ', 'Ministry emulation fighter', 'MINISTRY',
  'EXCELLENT', 3, 'CHIEN_SI_THI_DUA_CO_SO', 3, 'Luật TĐKT 2022 (3 lần liên tục Chiến sĩ thi đua cơ sở, chưa kiểm chứng)', 30),
('GIAY_KHEN_CHU_TICH_XA', 'CERTIFICATE', 'MEMBER', null, 'Giấy khen của Chủ tịch UBND xã',
  'Certificate of merit of the commune chairman', 'COMMUNE', 'GOOD', 1, null, 0, 'Luật TĐKT 2022, Điều 80', 40),
('GIAY_KHEN_GIAM_DOC_CA_NHAN', 'CERTIFICATE', 'MEMBER', null, 'Giấy khen của Giám đốc Công an tỉnh',
  'Certificate of merit of the provincial police director', 'PROVINCE', 'EXCELLENT', 1, null, 0,
  'Thông tư về công tác TĐKT trong CAND (chưa kiểm chứng)', 50),
('BANG_KHEN_BO_TRUONG_CA_NHAN', 'CERTIFICATE', 'MEMBER', null, 'Bằng khen của Bộ trưởng Bộ Công an',
  'Certificate of merit of the Minister of Public Security', 'MINISTRY', 'EXCELLENT', 2, null, 0,
  'Luật TĐKT 2022 (2 năm liên tục hoàn thành xuất sắc nhiệm vụ, chưa kiểm chứng)', 60),
('TAP_THE_LAO_DONG_TIEN_TIEN', 'TITLE', 'UNIT', 'TEAM', 'Tập thể lao động tiên tiến', 'Advanced collective', 'PROVINCE',
  'GOOD', 1, null, 0, 'Luật TĐKT 2022, Điều 80 (thẩm quyền cấp huyện trước 01/7/2025)', 70),
('GIAY_KHEN_GIAM_DOC_TAP_THE', 'CERTIFICATE', 'UNIT', 'TEAM', 'Giấy khen của Giám đốc Công an tỉnh (tập thể)',
  'Certificate of merit of the provincial police director (collective)', 'PROVINCE', 'EXCELLENT', 1, null, 0,
  'Thông tư về công tác TĐKT trong CAND (chưa kiểm chứng)', 80),
('BANG_KHEN_BO_TRUONG_TAP_THE', 'CERTIFICATE', 'UNIT', 'TEAM', 'Bằng khen của Bộ trưởng Bộ Công an (tập thể)',
  'Certificate of merit of the Minister of Public Security (collective)', 'MINISTRY', 'EXCELLENT', 2, null, 0,
  'Luật TĐKT 2022 (chưa kiểm chứng)', 90),
('DON_VI_TIEN_TIEN', 'TITLE', 'UNIT', 'COMMUNE', 'Đơn vị tiên tiến', 'Advanced unit', 'PROVINCE', null, 0, null, 0,
  'Quy định riêng trong CAND (chưa kiểm chứng)', 100),
('CO_THI_DUA_BO_CONG_AN', 'TITLE', 'UNIT', 'COMMUNE', 'Cờ thi đua của Bộ Công an', 'Emulation flag of the Ministry of Public Security',
  'MINISTRY', null, 0, 'DON_VI_TIEN_TIEN', 2, 'Thông tư 22/2025/TT-BCA (điều kiện 2 năm Đơn vị tiên tiến chưa kiểm chứng)', 110);
