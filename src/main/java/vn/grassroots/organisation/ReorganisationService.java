package vn.grassroots.organisation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.internal.NewLineage;
import vn.grassroots.organisation.internal.NewPeriod;
import vn.grassroots.organisation.internal.NewReorganisation;
import vn.grassroots.organisation.internal.NewUnit;
import vn.grassroots.organisation.internal.UnitIds;
import vn.grassroots.organisation.internal.UnitSql;
import vn.grassroots.organisation.internal.UnitWriter;
import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/**
 * Records reorganisations. Nothing is overwritten: the period in force on the effective
 * date is closed and a new one opened, so the tree as of any earlier date stays as it
 * was, and a reorganisation recorded for a future date changes the tree on that date.
 * Every change is audited; a refused command changes nothing.
 */
@Service
@Transactional
public class ReorganisationService {

	private final JdbcClient jdbc;

	private final UnitQueries queries;

	private final UnitWriter writer;

	private final UnitIds ids;

	private final AuditTrail audit;

	ReorganisationService(JdbcClient jdbc, UnitQueries queries, UnitWriter writer, UnitIds ids, AuditTrail audit) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.writer = writer;
		this.ids = ids;
		this.audit = audit;
	}

	/**
	 * Records the reorganisation; answers its id. Raises 403 unless the caller is a
	 * ministry administrator, 404 for units outside the scope, 422 naming the field for a
	 * broken rule.
	 */
	public long record(UnitScope scope, ReorganisationCommand command) {
		scope.require(Role.MINISTRY_ADMIN);
		if (command.legalBasis() == null || command.legalBasis().isBlank()) {
			throw GrassrootsException.ruleOnField("legalBasis", command.legalBasis(), "validation.required");
		}
		checkLengths(command);
		LocalDate day = command.effectiveOn();
		UnitScope then = scope.at(day, this.queries.scopePaths(scope.unitId(), day));
		List<UnitView> units = new ArrayList<>();
		for (Long id : command.unitIds()) {
			UnitView unit = this.queries.find(then, id).orElseThrow(() -> GrassrootsException.notFound("unit " + id));
			if (!unit.validOn(day)) {
				throw new GrassrootsException(ProblemCode.UNIT_NOT_VALID, List.of(), unit.fullName(), day);
			}
			units.add(unit);
		}
		return switch (command.kind()) {
			case RENAME -> rename(scope, command, one(units, "units"));
			case MOVE -> move(scope, command, one(units, "units"), then);
			case MERGE -> merge(scope, command, units, then);
			case SPLIT -> split(scope, command, one(units, "units"), then);
			case ESTABLISH -> establish(scope, command, then);
			case DISSOLVE -> dissolve(scope, command, one(units, "units"));
		};
	}

	private long rename(UnitScope scope, ReorganisationCommand c, UnitView unit) {
		String name = required("name", c.name());
		String fullName = required("fullName", c.fullName());
		String code = (c.code() != null && !c.code().isBlank()) ? c.code().trim() : unit.code();
		if (code != null && !code.equals(unit.code())) {
			requireFreeCode("code", code, c.effectiveOn(), unit.id());
		}
		long rid = reorganisation(scope, c, unit.id());
		replacePeriod(unit, c.effectiveOn(), new NewPeriod(unit.id(), unit.type(), unit.parentId(), unit.path(), code,
				name, fullName, unit.nameEn(), unit.fullNameEn(), c.effectiveOn(), null));
		this.audit.record(scope.username(), "organisation.rename", "unit", String.valueOf(unit.id()),
				unit.fullName() + " (" + unit.code() + ")", fullName + " (" + code + ") from " + c.effectiveOn());
		return rid;
	}

	private long move(UnitScope scope, ReorganisationCommand c, UnitView unit, UnitScope then) {
		if (c.parentId() == null) {
			throw GrassrootsException.ruleOnField("parent", null, "validation.required");
		}
		UnitView parent = parent(then, c.parentId(), unit.type(), "parent");
		if (unit.parentId() != null && unit.parentId() == parent.id()) {
			throw GrassrootsException.ruleOnField("parent", parent.code(), "organisation.reorganisation.same-parent");
		}
		if (parent.path().startsWith(unit.path())) {
			throw GrassrootsException.ruleOnField("parent", parent.code(), "organisation.reorganisation.cycle");
		}
		long rid = reorganisation(scope, c, unit.id());
		moveSubtree(unit, parent, c.effectiveOn());
		this.audit.record(scope.username(), "organisation.move", "unit", String.valueOf(unit.id()),
				"parent " + unit.parentName(), "parent " + parent.fullName() + " from " + c.effectiveOn());
		return rid;
	}

	private long merge(UnitScope scope, ReorganisationCommand c, List<UnitView> sources, UnitScope then) {
		if (sources.stream().map(UnitView::id).distinct().count() < 2) {
			throw GrassrootsException.ruleOnField("units", sources.size(), "organisation.reorganisation.merge-sources");
		}
		NewUnitSpec spec = one(c.newUnits(), "newUnits");
		sources.forEach((source) -> requireSameType(spec, source));
		UnitView target = create(spec, c.effectiveOn(), then);
		long rid = reorganisation(scope, c, target.id());
		List<NewLineage> links = new ArrayList<>();
		for (UnitView source : sources) {
			moveChildren(source, target, c.effectiveOn(), then);
			end(source, c.effectiveOn());
			links.add(new NewLineage(rid, source.id(), target.id(), Coverage.FULL, source.code(), source.fullName()));
		}
		this.writer.insertLineage(links);
		this.audit.record(scope.username(), "organisation.merge", "unit", String.valueOf(target.id()),
				sources.stream().map(UnitView::fullName).toList().toString(),
				target.fullName() + " from " + c.effectiveOn());
		return rid;
	}

	private long split(UnitScope scope, ReorganisationCommand c, UnitView source, UnitScope then) {
		if (c.newUnits().size() < 2) {
			throw GrassrootsException.ruleOnField("newUnits", c.newUnits().size(),
					"organisation.reorganisation.split-parts");
		}
		List<UnitView> parts = new ArrayList<>();
		for (NewUnitSpec spec : c.newUnits()) {
			requireSameType(spec, source);
		}
		for (NewUnitSpec spec : c.newUnits()) {
			parts.add(create(spec, c.effectiveOn(), then));
		}
		long rid = reorganisation(scope, c, source.id());
		moveChildren(source, parts.get(0), c.effectiveOn(), then);
		end(source, c.effectiveOn());
		this.writer.insertLineage(parts.stream()
			.map((p) -> new NewLineage(rid, source.id(), p.id(), Coverage.PARTIAL, source.code(), source.fullName()))
			.toList());
		this.audit.record(scope.username(), "organisation.split", "unit", String.valueOf(source.id()),
				source.fullName(), parts.stream().map(UnitView::fullName).toList() + " from " + c.effectiveOn());
		return rid;
	}

	private long establish(UnitScope scope, ReorganisationCommand c, UnitScope then) {
		UnitView unit = create(one(c.newUnits(), "newUnits"), c.effectiveOn(), then);
		long rid = reorganisation(scope, c, unit.id());
		this.audit.record(scope.username(), "organisation.establish", "unit", String.valueOf(unit.id()), null,
				unit.fullName() + " from " + c.effectiveOn());
		return rid;
	}

	private long dissolve(UnitScope scope, ReorganisationCommand c, UnitView unit) {
		Integer children = this.jdbc.sql(
				"select count(*) from org_unit_period p where p.parent_id = :id and (p.valid_to is null or p.valid_to >"
						+ " :d)")
			.param("id", unit.id())
			.param("d", c.effectiveOn())
			.query(Integer.class)
			.single();
		if (children != null && children > 0) {
			throw GrassrootsException.ruleOnField("units", unit.code(), "organisation.reorganisation.has-children",
					children);
		}
		long rid = reorganisation(scope, c, unit.id());
		end(unit, c.effectiveOn());
		this.audit.record(scope.username(), "organisation.dissolve", "unit", String.valueOf(unit.id()), unit.fullName(),
				"dissolved from " + c.effectiveOn());
		return rid;
	}

	private UnitView create(NewUnitSpec spec, LocalDate day, UnitScope then) {
		UnitView parent = parent(then, spec.parentId(), spec.type(), "newUnits.parent");
		if (spec.code() != null && !spec.code().isBlank()) {
			requireFreeCode("newUnits.code", spec.code().trim(), day, -1);
		}
		long id = this.ids.next();
		this.writer.insertUnits(List.of(new NewUnit(id, spec.type(), spec.kind(), spec.type() == UnitType.COMMUNE, null,
				parent.demo(), day, null)));
		this.writer.insertPeriods(List.of(new NewPeriod(id, spec.type(), parent.id(), parent.path() + id + "/",
				spec.code(), required("newUnits.name", spec.name()), required("newUnits.fullName", spec.fullName()),
				null, null, day, null)));
		return this.queries.find(then, id).orElseThrow();
	}

	private UnitView parent(UnitScope then, long parentId, UnitType childType, String field) {
		UnitView parent = this.queries.find(then, parentId)
			.filter((p) -> p.validOn(then.asOf()))
			.orElseThrow(() -> GrassrootsException.ruleOnField(field, parentId, "organisation.reorganisation.parent"));
		if (!childType.allowedParents().contains(parent.type())) {
			throw new GrassrootsException(
					ProblemCode.UNIT_PARENT_TYPE, List.of(new FieldProblem(field, parent.code(),
							"organisation.reorganisation.parent-type", childType, parent.type())),
					childType, parent.type());
		}
		refuseLaterChangesAbove(parent, then.asOf(), field);
		return parent;
	}

	private void moveChildren(UnitView from, UnitView to, LocalDate day, UnitScope then) {
		List<Long> children = this.jdbc
			.sql("select p.unit_id from org_unit_period p where p.parent_id = :id and " + UnitSql.validAt("p", "d"))
			.param("id", from.id())
			.param("d", day)
			.query(Long.class)
			.list();
		for (Long child : children) {
			UnitView view = this.queries.find(then, child).orElseThrow();
			if (!view.type().allowedParents().contains(to.type())) {
				throw new GrassrootsException(ProblemCode.UNIT_PARENT_TYPE, view.type(), to.type());
			}
			moveSubtree(view, to, day);
		}
	}

	/**
	 * Gives the unit a new parent from the day on, and its whole subtree the new paths.
	 */
	private void moveSubtree(UnitView unit, UnitView parent, LocalDate day) {
		String oldPrefix = unit.path();
		String newPrefix = parent.path() + unit.id() + "/";
		int depthDelta = (parent.depth() + 1) - unit.depth();
		replacePeriod(unit, day, new NewPeriod(unit.id(), unit.type(), parent.id(), newPrefix, unit.code(), unit.name(),
				unit.fullName(), unit.nameEn(), unit.fullNameEn(), day, null));
		String descendants = "path > :s and path < :e and unit_id <> :id";
		// periods of descendants in force on the day: close them and continue them under
		// the new path
		this.jdbc.sql("insert into org_unit_period (unit_id, type, parent_id, path, depth, code, name, full_name,"
				+ " name_en, full_name_en, search_text, valid_from, valid_to) select unit_id, type, parent_id, :np ||"
				+ " substring(path from :cut), depth + :dd, code, name, full_name, name_en, full_name_en, search_text,"
				+ " :d, valid_to from org_unit_period where " + descendants
				+ " and (valid_from is null or valid_from < :d) and (valid_to is null or valid_to > :d)")
			.param("np", newPrefix)
			.param("cut", oldPrefix.length() + 1)
			.param("dd", depthDelta)
			.param("d", Date.valueOf(day))
			.param("s", oldPrefix)
			.param("e", UnitScope.rangeEnd(oldPrefix))
			.param("id", unit.id())
			.update();
		this.jdbc
			.sql("update org_unit_period set valid_to = :d where " + descendants
					+ " and (valid_from is null or valid_from < :d) and (valid_to is null or valid_to > :d)")
			.param("d", Date.valueOf(day))
			.param("s", oldPrefix)
			.param("e", UnitScope.rangeEnd(oldPrefix))
			.param("id", unit.id())
			.update();
		// periods of descendants that begin on or after the day simply take the new path
		this.jdbc
			.sql("update org_unit_period set path = :np || substring(path from :cut), depth = depth + :dd where "
					+ descendants + " and valid_from >= :d")
			.param("np", newPrefix)
			.param("cut", oldPrefix.length() + 1)
			.param("dd", depthDelta)
			.param("d", Date.valueOf(day))
			.param("s", oldPrefix)
			.param("e", UnitScope.rangeEnd(oldPrefix))
			.param("id", unit.id())
			.update();
	}

	/**
	 * Closes the unit's period in force on the day and opens {@code next} from that day.
	 */
	private void replacePeriod(UnitView unit, LocalDate day, NewPeriod next) {
		refuseLaterChanges(unit, day);
		if (day.equals(unit.periodFrom())) {
			this.jdbc.sql("delete from org_unit_period where unit_id = :id and valid_from = :d")
				.param("id", unit.id())
				.param("d", Date.valueOf(day))
				.update();
		}
		else {
			closePeriod(unit, day);
		}
		this.writer.insertPeriods(List.of(new NewPeriod(next.unitId(), next.type(), next.parentId(), next.path(),
				next.code(), next.name(), next.fullName(), next.nameEn(), next.fullNameEn(), day, unit.periodTo())));
	}

	private void end(UnitView unit, LocalDate day) {
		refuseLaterChanges(unit, day);
		if (day.equals(unit.periodFrom())) {
			// the unit changed on this very day: that period never takes effect
			this.jdbc.sql("delete from org_unit_period where unit_id = :id and valid_from = :d")
				.param("id", unit.id())
				.param("d", Date.valueOf(day))
				.update();
		}
		closePeriod(unit, day);
		this.jdbc.sql("update org_unit set valid_to = :d where id = :id")
			.param("d", Date.valueOf(day))
			.param("id", unit.id())
			.update();
	}

	private void closePeriod(UnitView unit, LocalDate day) {
		this.jdbc
			.sql("update org_unit_period set valid_to = :d where unit_id = :id and (valid_from is null or valid_from <"
					+ " :d) and (valid_to is null or valid_to > :d)")
			.param("d", Date.valueOf(day))
			.param("id", unit.id())
			.update();
	}

	private void refuseLaterChanges(UnitView unit, LocalDate day) {
		Integer later = this.jdbc.sql("select count(*) from org_unit_period where unit_id = :id and valid_from > :d")
			.param("id", unit.id())
			.param("d", Date.valueOf(day))
			.query(Integer.class)
			.single();
		if (later != null && later > 0) {
			throw GrassrootsException.ruleOnField("effectiveOn", day, "organisation.reorganisation.later-change");
		}
	}

	/**
	 * A unit placed under a parent on a day must not land in a subtree that an already
	 * recorded later change (of the parent or any unit above it) moves away: its paths
	 * would miss that move.
	 */
	private void refuseLaterChangesAbove(UnitView parent, LocalDate day, String field) {
		List<Long> above = new ArrayList<>();
		for (String part : parent.path().split("/")) {
			if (!part.isEmpty()) {
				above.add(Long.parseLong(part));
			}
		}
		Integer later = this.jdbc
			.sql("select count(*) from org_unit_period where unit_id in (:ids) and valid_from > :d")
			.param("ids", above)
			.param("d", Date.valueOf(day))
			.query(Integer.class)
			.single();
		if (later != null && later > 0) {
			throw GrassrootsException.ruleOnField(field, parent.code(),
					"organisation.reorganisation.later-change-above");
		}
	}

	/** No other unit may hold the code from the day on. */
	private void requireFreeCode(String field, String code, LocalDate day, long exceptUnit) {
		Integer taken = this.jdbc
			.sql("select count(*) from org_unit_period where code = :code and unit_id <> :id"
					+ " and (valid_to is null or valid_to > :d)")
			.param("code", code)
			.param("id", exceptUnit)
			.param("d", Date.valueOf(day))
			.query(Integer.class)
			.single();
		if (taken != null && taken > 0) {
			throw GrassrootsException.ruleOnField(field, code, "organisation.reorganisation.code-taken");
		}
	}

	private static void requireSameType(NewUnitSpec spec, UnitView source) {
		if (spec.type() != source.type()) {
			throw GrassrootsException.ruleOnField("newUnits.type", spec.type(), "organisation.reorganisation.same-type",
					source.type());
		}
	}

	private static void checkLengths(ReorganisationCommand c) {
		max("legalBasis", c.legalBasis(), 300);
		max("note", c.note(), 1000);
		max("name", c.name(), 200);
		max("fullName", c.fullName(), 250);
		max("code", c.code(), 20);
		for (NewUnitSpec spec : c.newUnits()) {
			if (spec == null) {
				throw GrassrootsException.ruleOnField("newUnits", null, "validation.required");
			}
			max("newUnits.name", spec.name(), 200);
			max("newUnits.fullName", spec.fullName(), 250);
			max("newUnits.code", spec.code(), 20);
			if (spec.kind() != null && !KINDS.contains(spec.kind())) {
				throw GrassrootsException.ruleOnField("newUnits.kind", spec.kind(), "validation.one-of", KINDS);
			}
		}
	}

	private static final List<String> KINDS = List.of("PROVINCE", "CITY", "URBAN_DISTRICT", "RURAL_DISTRICT", "TOWN",
			"WARD", "COMMUNE", "TOWNSHIP", "SPECIAL_ZONE", "VILLAGE", "RESIDENTIAL_GROUP", "PROTECTION_TEAM");

	private static void max(String field, @Nullable String value, int length) {
		if (value != null && value.length() > length) {
			throw GrassrootsException.ruleOnField(field, value.substring(0, 20) + "…", "validation.max-length", length);
		}
	}

	private long reorganisation(UnitScope scope, ReorganisationCommand c, @Nullable Long unitId) {
		return this.writer.insertReorganisation(new NewReorganisation(c.kind(), c.effectiveOn(), c.legalBasis().trim(),
				c.note(), unitId, null, scope.username()));
	}

	private static <T> T one(List<T> list, String field) {
		if (list.size() != 1) {
			throw GrassrootsException.ruleOnField(field, list.size(), "organisation.reorganisation.exactly-one");
		}
		return Objects.requireNonNull(list.get(0));
	}

	private static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw GrassrootsException.ruleOnField(field, value, "validation.required");
		}
		return value.trim();
	}

}
