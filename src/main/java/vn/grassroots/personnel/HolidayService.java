package vn.grassroots.personnel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/**
 * The calendar of public holidays and swapped working Saturdays, kept as data per year
 * (seeded for 2024 to 2026); ministry administrators maintain it.
 */
@Service
@Transactional
public class HolidayService {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	HolidayService(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * A calendar day that is not an ordinary one.
	 *
	 * @param day the day
	 * @param kind HOLIDAY (not worked) or WORKING (a weekend day worked)
	 * @param name name
	 * @param note note, e.g. UNCONFIRMED
	 */
	public record CalendarDay(LocalDate day, String kind, String name, @Nullable String note) {
	}

	/** The special days of a year, in order. */
	@Transactional(readOnly = true)
	public List<CalendarDay> year(int year) {
		return this.jdbc.sql("select * from per_calendar_day where cal_day >= :f and cal_day < :t order by cal_day")
			.param("f", LocalDate.of(year, 1, 1))
			.param("t", LocalDate.of(year + 1, 1, 1))
			.query((rs, n) -> new CalendarDay(rs.getDate("cal_day").toLocalDate(), rs.getString("kind"),
					rs.getString("name"), rs.getString("note")))
			.list();
	}

	/** The working-day calendar over every recorded year. */
	@Transactional(readOnly = true)
	public WorkingCalendar calendar() {
		Set<LocalDate> holidays = new HashSet<>();
		Set<LocalDate> working = new HashSet<>();
		this.jdbc.sql("select cal_day, kind from per_calendar_day").query((rs, n) -> {
			LocalDate day = rs.getDate(1).toLocalDate();
			("WORKING".equals(rs.getString(2)) ? working : holidays).add(day);
			return day;
		}).list();
		return new WorkingCalendar(holidays, working);
	}

	/**
	 * Records (or replaces) a special day. Ministry administrators only; 422 when a
	 * WORKING day is not on a weekend or the name is blank.
	 */
	public void put(UnitScope scope, CalendarDay day) {
		scope.require(Role.MINISTRY_ADMIN);
		if (!"HOLIDAY".equals(day.kind()) && !"WORKING".equals(day.kind())) {
			throw GrassrootsException.badField("kind", day.kind(), "validation.one-of", "[HOLIDAY, WORKING]");
		}
		if (day.name() == null || day.name().isBlank()) {
			throw GrassrootsException.ruleOnField("name", day.name(), "validation.required");
		}
		boolean weekend = day.day().getDayOfWeek() == DayOfWeek.SATURDAY
				|| day.day().getDayOfWeek() == DayOfWeek.SUNDAY;
		if ("WORKING".equals(day.kind()) && !weekend) {
			throw GrassrootsException.ruleOnField("day", day.day(), "personnel.holiday.working-weekday");
		}
		this.jdbc.sql("delete from per_calendar_day where cal_day = :d").param("d", day.day()).update();
		this.jdbc.sql("insert into per_calendar_day (cal_day, kind, name, note) values (:d, :k, :n, :note)")
			.param("d", day.day())
			.param("k", day.kind())
			.param("n", day.name().trim())
			.param("note", day.note())
			.update();
		this.audit.record(scope.username(), "personnel.holiday.put", "day", day.day().toString(), null,
				day.kind() + " " + day.name());
	}

}
