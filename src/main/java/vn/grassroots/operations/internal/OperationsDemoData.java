package vn.grassroots.operations.internal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.grassroots.shared.Dates;

/**
 * Demo mode: after the demo territory and accounts (order 20), generates months of
 * incidents for the territory and a few citizen requests, idempotently.
 */
@Component
@Order(50)
class OperationsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OperationsDemoData.class);

	private static final String[][] REQUESTS = { { "NOISE", "Quán karaoke mở nhạc to sau 23 giờ nhiều đêm liền." },
			{ "TRAFFIC_OBSTRUCTION", "Xe tải đỗ chắn lối vào ngõ từ sáng sớm." },
			{ "SUSPICIOUS", "Có người lạ đi xe máy không biển số quanh khu trọ." },
			{ "HELP_REQUEST", "Cụ già đi lạc, hiện đang ở nhà văn hóa thôn." },
			{ "THEFT", "Mất trộm xe đạp trước cổng trường tiểu học." } };

	private final IncidentGenerator generator;

	private final PublicUnits units;

	private final JdbcClient jdbc;

	private final boolean demo;

	private final long seed;

	private final int count;

	OperationsDemoData(IncidentGenerator generator, PublicUnits units, JdbcClient jdbc,
			@Value("${grassroots.demo.enabled:false}") boolean demo,
			@Value("${grassroots.demo.seed:20250701}") long seed,
			@Value("${grassroots.operations.demo.incidents:400}") int count) {
		this.generator = generator;
		this.units = units;
		this.jdbc = jdbc;
		this.demo = demo;
		this.seed = seed;
		this.count = count;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo) {
			return;
		}
		int created = this.generator.generate(this.seed, "/1/", this.count);
		int requests = requests();
		if (created > 0 || requests > 0) {
			log.info("Generated {} demo incidents and {} citizen requests (seed {})", created, requests, this.seed);
		}
	}

	private int requests() {
		List<PublicUnits.PublicUnit> provinces = this.units.provinces(Dates.today());
		if (provinces.isEmpty()) {
			return 0;
		}
		List<PublicUnits.PublicUnit> communes = this.units.communes(provinces.get(0).id(), Dates.today());
		if (communes.isEmpty()) {
			return 0;
		}
		Random random = new Random(this.seed);
		LocalDateTime now = LocalDateTime.now(Dates.ZONE).truncatedTo(ChronoUnit.MINUTES);
		int created = 0;
		for (int i = 0; i < REQUESTS.length; i++) {
			String code = "DEMO-" + code(random);
			PublicUnits.PublicUnit commune = communes.get(i % communes.size());
			boolean exists = this.jdbc.sql("select count(*) from ops_citizen_request where reporter_email = :key")
				.param("key", "demo" + i + "@example.invalid")
				.query(Long.class)
				.single() > 0;
			if (exists) {
				continue;
			}
			Timestamp at = Timestamp.valueOf(now.minusHours(3L * (i + 1)));
			this.jdbc
				.sql("insert into ops_citizen_request (tracking_code, unit_id, service_code, description, address,"
						+ " reporter_name, reporter_phone, reporter_email, status, created_at, updated_at) values"
						+ " (:code, :unit, :service, :description, :address, :name, :phone, :email, 'NEW', :at, :at)")
				.param("code", code)
				.param("unit", commune.id())
				.param("service", REQUESTS[i][0])
				.param("description", "[demo] " + REQUESTS[i][1])
				.param("address", commune.fullName())
				.param("name", "Người dân (demo) " + (i + 1))
				.param("phone", "0900000" + (100 + i))
				.param("email", "demo" + i + "@example.invalid")
				.param("at", at)
				.update();
			created++;
		}
		return created;
	}

	private static String code(Random random) {
		String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				b.append('-');
			}
			b.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return b.toString();
	}

}
