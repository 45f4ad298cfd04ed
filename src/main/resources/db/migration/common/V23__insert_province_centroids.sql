-- Implementation tracking (#5): approximate centroids of the 34 provinces formed on
-- 2025-07-01 (Resolution 202/2025/QH15), for the province map of the dashboard (circle
-- markers on a blank map: no map tiles are fetched). Keyed by the two-digit province code
-- of the national import (level1_id); the merged provinces' centroids are rough
-- mid-points of their predecessors, good for a marker, not for measuring. DM3, DM4 and
-- DM5 are the demo provinces (made-up positions).
create table tgt_province_centroid (
  code varchar(20) primary key,
  name varchar(100) not null,
  lat numeric(8,4) not null,
  lon numeric(8,4) not null
);

insert into tgt_province_centroid (code, name, lat, lon) values
('01', 'Hà Nội', 21.0300, 105.7000),
('04', 'Cao Bằng', 22.7500, 106.1000),
('08', 'Tuyên Quang', 22.3500, 105.0500),
('11', 'Điện Biên', 21.6000, 103.0000),
('12', 'Lai Châu', 22.3000, 103.2000),
('14', 'Sơn La', 21.2000, 104.0000),
('15', 'Lào Cai', 22.0000, 104.3000),
('19', 'Thái Nguyên', 22.0000, 105.8500),
('20', 'Lạng Sơn', 21.8500, 106.6000),
('22', 'Quảng Ninh', 21.2000, 107.3000),
('24', 'Bắc Ninh', 21.3000, 106.3000),
('25', 'Phú Thọ', 21.1000, 105.2500),
('31', 'Hải Phòng', 20.8500, 106.5500),
('33', 'Hưng Yên', 20.6000, 106.2500),
('37', 'Ninh Bình', 20.3500, 106.0000),
('38', 'Thanh Hóa', 20.0000, 105.4500),
('40', 'Nghệ An', 19.2000, 104.9000),
('42', 'Hà Tĩnh', 18.3000, 105.7000),
('44', 'Quảng Trị', 17.1000, 106.6000),
('46', 'Huế', 16.3500, 107.5000),
('48', 'Đà Nẵng', 15.6000, 108.0000),
('51', 'Quảng Ngãi', 14.8000, 108.2000),
('52', 'Gia Lai', 13.9000, 108.4000),
('56', 'Khánh Hòa', 12.0000, 109.0000),
('66', 'Đắk Lắk', 12.9000, 108.5000),
('68', 'Lâm Đồng', 11.7000, 107.8000),
('75', 'Đồng Nai', 11.3000, 107.0000),
('79', 'Hồ Chí Minh', 10.8500, 106.7500),
('80', 'Tây Ninh', 11.0000, 106.1500),
('82', 'Đồng Tháp', 10.4500, 105.9000),
('86', 'Vĩnh Long', 10.0500, 106.2000),
('91', 'An Giang', 10.2000, 105.0000),
('92', 'Cần Thơ', 9.7500, 105.7500),
('96', 'Cà Mau', 9.1000, 105.2000),
('DM3', 'Trường Sơn (demo)', 17.8000, 106.0000),
('DM4', 'Cửu Long (demo)', 10.3000, 105.8000),
('DM5', 'Hồng Lam (demo)', 19.0000, 105.2000);
