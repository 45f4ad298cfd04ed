package vn.grassroots.patrols.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.grassroots.operations.Subtype;
import vn.grassroots.operations.TaskGroup;
import vn.grassroots.organisation.UnitFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.UnitScope;

/** Units and catalogue entries that the patrol pages offer to choose from. */
@Component
class Units {

	private final UnitQueries units;

	private final JdbcClient jdbc;

	Units(UnitQueries units, JdbcClient jdbc) {
		this.units = units;
		this.jdbc = jdbc;
	}

	/** Commune police units and teams in scope (the first 200 of each). */
	List<UnitView> choices(UnitScope scope) {
		List<UnitView> choices = new ArrayList<>();
		choices.addAll(this.units.list(scope, new UnitFilter(UnitType.COMMUNE, null, null), PageRequest.of("0", "200"))
			.items());
		choices.addAll(
				this.units.list(scope, new UnitFilter(UnitType.TEAM, null, null), PageRequest.of("0", "200")).items());
		return choices;
	}

	/** Villages of a commune in scope, for an incident reported from a patrol. */
	List<UnitView> villages(UnitScope scope, long communeId) {
		List<UnitView> villages = new ArrayList<>(
				this.units.list(scope, new UnitFilter(UnitType.VILLAGE, communeId, null), PageRequest.of("0", "200"))
					.items());
		this.units.find(scope, communeId).ifPresent((c) -> villages.add(0, c));
		return villages;
	}

	/** The unit's full name, empty outside the scope. */
	String name(UnitScope scope, long id) {
		return this.units.find(scope, id).map(UnitView::fullName).orElse("");
	}

	/**
	 * The incident subtypes (the operations catalogue table, read-only), named in the
	 * page's language into the model as {@code subtypeNames}.
	 */
	List<Subtype> subtypes(Model model) {
		List<Subtype> subtypes = this.jdbc
			.sql("select code, task_group, name_vi, name_en, public_service from ops_incident_subtype"
					+ " order by sort_order, code")
			.query((rs, n) -> new Subtype(rs.getString(1), TaskGroup.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getBoolean(5)))
			.list();
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		Map<String, String> names = new java.util.LinkedHashMap<>();
		subtypes.forEach((s) -> names.put(s.code(), s.name(locale)));
		model.addAttribute("subtypeNames", names);
		return subtypes;
	}

}
