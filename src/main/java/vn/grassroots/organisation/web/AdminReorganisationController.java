package vn.grassroots.organisation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.grassroots.organisation.NewUnitSpec;
import vn.grassroots.organisation.ReorganisationCommand;
import vn.grassroots.organisation.ReorganisationKind;
import vn.grassroots.organisation.ReorganisationService;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/** Administrator pages: the list of reorganisations and the form that records one. */
@Controller
@RequestMapping("/admin/reorganisations")
class AdminReorganisationController {

	private final UnitQueries units;

	private final ReorganisationService reorganisations;

	AdminReorganisationController(UnitQueries units, ReorganisationService reorganisations) {
		this.units = units;
		this.reorganisations = reorganisations;
	}

	/** The form's fields; unit codes are separated by commas. */
	record RecordReorganisationForm(@Nullable String kind, @Nullable String effectiveOn, @Nullable String legalBasis,
			@Nullable String note, @Nullable String units, @Nullable String parent, @Nullable String name,
			@Nullable String fullName, @Nullable String code, @Nullable String newType, @Nullable String newParent,
			@Nullable String newCode, @Nullable String newName, @Nullable String newFullName) {
	}

	@GetMapping
	String list(UnitScope scope, @RequestParam(required = false) @Nullable String page, Model model) {
		scope.require(Role.MINISTRY_ADMIN);
		model.addAttribute("result", this.units.reorganisations(scope, LocalDate.of(1900, 1, 1),
				LocalDate.of(9999, 12, 31), PageRequest.of(page, "50")));
		model.addAttribute("kinds", ReorganisationKind.values());
		model.addAttribute("types", UnitType.values());
		return "organisation/reorganisations/list";
	}

	@PostMapping
	String record(UnitScope scope, @ModelAttribute RecordReorganisationForm form, RedirectAttributes redirect) {
		scope.require(Role.MINISTRY_ADMIN);
		ReorganisationKind kind = UnitApiController.parseEnum(ReorganisationKind.class, "kind", form.kind());
		if (form.effectiveOn() == null || form.effectiveOn().isBlank()) {
			throw GrassrootsException.ruleOnField("effectiveOn", null, "validation.required");
		}
		LocalDate day = Dates.parse("effectiveOn", form.effectiveOn(), Dates.today());
		UnitScope then = scope.at(day, this.units.scopePaths(scope.unitId(), day));
		List<Long> ids = new ArrayList<>();
		if (form.units() != null && !form.units().isBlank()) {
			Arrays.stream(form.units().split(","))
				.map(String::trim)
				.filter((c) -> !c.isEmpty())
				.forEach((c) -> ids.add(this.units.getByCode(then, c).id()));
		}
		Long parentId = (form.parent() != null && !form.parent().isBlank())
				? this.units.getByCode(then, form.parent().trim()).id() : null;
		List<NewUnitSpec> created = new ArrayList<>();
		if (form.newName() != null && !form.newName().isBlank()) {
			if (form.newParent() == null || form.newParent().isBlank()) {
				throw GrassrootsException.ruleOnField("newParent", null, "validation.required");
			}
			created.add(new NewUnitSpec(UnitApiController.parseEnum(UnitType.class, "newType", form.newType()),
					this.units.getByCode(then, form.newParent().trim()).id(), form.newCode(), form.newName(),
					(form.newFullName() != null && !form.newFullName().isBlank()) ? form.newFullName() : form.newName(),
					null));
		}
		this.reorganisations.record(scope,
				new ReorganisationCommand(kind, day, (form.legalBasis() != null) ? form.legalBasis() : "", form.note(),
						ids, parentId, form.name(), form.fullName(), form.code(), created));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/reorganisations";
	}

}
