package vn.grassroots.organisation;

import org.springframework.jdbc.core.RowMapper;

/** Read side of reorganisations. */
final class ReorganisationSql {

	static final String SELECT = "select r.id, r.kind, r.effective_on, r.legal_basis, r.note, r.recorded_by,"
			+ " r.recorded_at, (select max(x.full_name) from org_unit_period x where x.unit_id = r.unit_id"
			+ " and (x.valid_from is null or x.valid_from <= r.effective_on) and (x.valid_to is null"
			+ " or x.valid_to >= r.effective_on)) as unit_name" + " from org_reorganisation r";

	static final RowMapper<ReorganisationView> VIEW = (rs, n) -> new ReorganisationView(rs.getLong("id"),
			ReorganisationKind.valueOf(rs.getString("kind")), rs.getDate("effective_on").toLocalDate(),
			rs.getString("legal_basis"), rs.getString("note"), rs.getString("unit_name"), rs.getString("recorded_by"),
			rs.getTimestamp("recorded_at").toInstant());

	private ReorganisationSql() {
	}

}
