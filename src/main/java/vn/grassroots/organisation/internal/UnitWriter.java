package vn.grassroots.organisation.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Batched inserts of units, periods, reorganisations and lineage: the one write path
 * shared by the importer, the demo generator and the reorganisation service.
 */
@Component
public class UnitWriter {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	UnitWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insertUnits(List<NewUnit> units) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.batchUpdate(
				"insert into org_unit (id, type, kind, commune_level, source, demo, valid_from, valid_to, created_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				units, BATCH, (ps, u) -> {
					ps.setLong(1, u.id());
					ps.setString(2, u.type().name());
					ps.setString(3, u.kind());
					ps.setBoolean(4, u.communeLevel());
					ps.setString(5, u.source());
					ps.setBoolean(6, u.demo());
					setDate(ps, 7, u.validFrom());
					setDate(ps, 8, u.validTo());
					ps.setTimestamp(9, now);
				});
	}

	public void insertPeriods(List<NewPeriod> periods) {
		this.jdbc.batchUpdate("insert into org_unit_period (unit_id, type, parent_id, path, depth, code, name,"
				+ " full_name, name_en, full_name_en, search_text, valid_from, valid_to)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", periods, BATCH, (ps, p) -> {
					ps.setLong(1, p.unitId());
					ps.setString(2, p.type().name());
					if (p.parentId() != null) {
						ps.setLong(3, p.parentId());
					}
					else {
						ps.setNull(3, Types.BIGINT);
					}
					ps.setString(4, p.path());
					ps.setInt(5, p.depth());
					ps.setString(6, p.code());
					ps.setString(7, p.name());
					ps.setString(8, p.fullName());
					ps.setString(9, p.nameEn());
					ps.setString(10, p.fullNameEn());
					ps.setString(11, p.searchText());
					setDate(ps, 12, p.validFrom());
					setDate(ps, 13, p.validTo());
				});
	}

	/** Inserts a reorganisation and answers its id. */
	public long insertReorganisation(NewReorganisation r) {
		org.springframework.jdbc.support.KeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.update((con) -> {
			java.sql.PreparedStatement ps = con.prepareStatement(
					"insert into org_reorganisation (kind, effective_on, legal_basis, note, unit_id, source, recorded_by,"
							+ " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			ps.setString(1, r.kind().name());
			ps.setDate(2, Date.valueOf(r.effectiveOn()));
			ps.setString(3, r.legalBasis());
			ps.setString(4, r.note());
			if (r.unitId() != null) {
				ps.setLong(5, r.unitId());
			}
			else {
				ps.setNull(5, Types.BIGINT);
			}
			ps.setString(6, r.source());
			ps.setString(7, r.recordedBy());
			ps.setTimestamp(8, Timestamp.from(Instant.now()));
			return ps;
		}, key);
		return key.getKeyAs(Number.class).longValue();
	}

	/** Inserts many reorganisations that all carry a source key; answers source to id. */
	public java.util.Map<String, Long> insertReorganisations(List<NewReorganisation> list, String sourcePrefix) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.batchUpdate(
				"insert into org_reorganisation (kind, effective_on, legal_basis, note, unit_id, source, recorded_by,"
						+ " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				list, BATCH, (ps, r) -> {
					ps.setString(1, r.kind().name());
					ps.setDate(2, Date.valueOf(r.effectiveOn()));
					ps.setString(3, r.legalBasis());
					ps.setString(4, r.note());
					if (r.unitId() != null) {
						ps.setLong(5, r.unitId());
					}
					else {
						ps.setNull(5, Types.BIGINT);
					}
					ps.setString(6, r.source());
					ps.setString(7, r.recordedBy());
					ps.setTimestamp(8, now);
				});
		java.util.Map<String, Long> ids = new java.util.HashMap<>();
		this.jdbc.query("select id, source from org_reorganisation where source like ?",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> ids.put(rs.getString(2), rs.getLong(1)),
				sourcePrefix + "%");
		return ids;
	}

	public void insertLineage(List<NewLineage> links) {
		this.jdbc.batchUpdate("insert into org_lineage (reorganisation_id, predecessor_id, successor_id, coverage,"
				+ " predecessor_code, predecessor_name) values (?, ?, ?, ?, ?, ?)", links, BATCH, (ps, l) -> {
					ps.setLong(1, l.reorganisationId());
					if (l.predecessorId() != null) {
						ps.setLong(2, l.predecessorId());
					}
					else {
						ps.setNull(2, Types.BIGINT);
					}
					ps.setLong(3, l.successorId());
					ps.setString(4, l.coverage().name());
					ps.setString(5, l.predecessorCode());
					ps.setString(6, l.predecessorName());
				});
	}

	private static void setDate(java.sql.PreparedStatement ps, int index, @Nullable LocalDate date)
			throws java.sql.SQLException {
		if (date != null) {
			ps.setDate(index, Date.valueOf(date));
		}
		else {
			ps.setNull(index, Types.DATE);
		}
	}

}
