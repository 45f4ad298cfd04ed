package vn.grassroots.personnel;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.shared.UnitScope;

/**
 * Bulk reads of annual classification results for other modules (emulation and
 * commendation): the grades in force of many members or teams over a range of review
 * years, in one query, limited to the caller's subtree.
 */
@Service
@Transactional(readOnly = true)
public class ClassificationResults {

	private final JdbcClient jdbc;

	private final UnitQueries units;

	ClassificationResults(JdbcClient jdbc, UnitQueries units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/**
	 * The final grades (the override if any) by subject id and review year, for review
	 * years {@code fromYear..toYear}. Subjects outside the scope or without a graded
	 * result are absent. Never returns null.
	 * @param kind MEMBER or TEAM (team unit ids)
	 */
	public Map<Long, Map<Integer, Grade>> finalGrades(UnitScope scope, String kind, Collection<Long> subjectIds,
			int fromYear, int toYear) {
		Map<Long, Map<Integer, Grade>> result = new HashMap<>();
		if (subjectIds.isEmpty()) {
			return result;
		}
		SubtreeFilter in = this.units.subtree(scope);
		in.bind(this.jdbc.sql("select c.subject_id, c.review_year, c.final_grade from per_classification c"
				+ " where c.subject_kind = :kind and c.subject_id in (:ids) and c.review_year between :f and :t"
				+ " and c.final_grade is not null and " + in.condition("c.commune_id")))
			.param("kind", kind)
			.param("ids", subjectIds)
			.param("f", fromYear)
			.param("t", toYear)
			.query((rs, n) -> {
				result.computeIfAbsent(rs.getLong(1), (k) -> new TreeMap<>())
					.put(rs.getInt(2), Grade.valueOf(rs.getString(3)));
				return null;
			})
			.list();
		return result;
	}

}
