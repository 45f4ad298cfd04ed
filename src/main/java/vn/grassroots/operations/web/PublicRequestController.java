package vn.grassroots.operations.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.operations.CitizenRequestForm;
import vn.grassroots.operations.CitizenRequestService;
import vn.grassroots.operations.CitizenRequestView;
import vn.grassroots.operations.Subtype;
import vn.grassroots.operations.internal.Catalogue;
import vn.grassroots.operations.internal.PublicUnits;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;

/**
 * Public pages without login: report a problem or ask for help (answers a tracking code),
 * and the status by code, which shows no personal data of the reporter.
 */
@Controller
@RequestMapping("/public/requests")
class PublicRequestController {

	private final CitizenRequestService requests;

	private final PublicUnits units;

	private final Catalogue catalogue;

	PublicRequestController(CitizenRequestService requests, PublicUnits units, Catalogue catalogue) {
		this.requests = requests;
		this.units = units;
		this.catalogue = catalogue;
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) @Nullable String province, Model model) {
		model.addAttribute("form", new CitizenRequestForm(null, null, null, null, null, null, null, null, null));
		return page(province, model, List.of());
	}

	private String page(@Nullable String province, Model model, List<FieldProblem> problems) {
		model.addAttribute("provinces", this.units.provinces(Dates.today()));
		model.addAttribute("province", (province != null) ? province : "");
		model.addAttribute("communes", communesOf(province));
		model.addAttribute("services", this.catalogue.subtypes().stream().filter(Subtype::publicService).toList());
		Map<String, FieldProblem> byField = new LinkedHashMap<>();
		problems.forEach((p) -> byField.putIfAbsent(p.field(), p));
		model.addAttribute("problems", byField);
		return "operations/public/new";
	}

	private List<PublicUnits.PublicUnit> communesOf(@Nullable String province) {
		if (province == null || province.isBlank()) {
			return List.of();
		}
		try {
			return this.units.communes(Long.parseLong(province.trim()), Dates.today());
		}
		catch (NumberFormatException ex) {
			throw GrassrootsException.badField("province", province, "validation.integer");
		}
	}

	@GetMapping("/communes")
	String communes(@RequestParam(required = false) @Nullable String province, Model model) {
		model.addAttribute("communes", communesOf(province));
		model.addAttribute("selected", "");
		return "operations/public/new :: communeOptions";
	}

	@PostMapping
	String submit(@ModelAttribute("form") CitizenRequestForm form,
			@RequestParam(required = false) @Nullable String province, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		this.requests.admit(request.getRemoteAddr(), request.getContentLengthLong());
		try {
			String code = this.requests.submit(form);
			return "redirect:/public/requests/" + code + "?created=true";
		}
		catch (GrassrootsException ex) {
			if (ex.fieldProblems().isEmpty()) {
				throw ex;
			}
			response.setStatus(ex.code().status().value());
			return page(province, model, ex.fieldProblems());
		}
	}

	@GetMapping("/{code}")
	String status(@PathVariable String code, @RequestParam(required = false) @Nullable String created, Model model,
			Locale locale) {
		CitizenRequestView request = this.requests.byCode(code)
			.orElseThrow(() -> GrassrootsException.notFound("request " + code));
		model.addAttribute("request", request);
		model.addAttribute("created", "true".equals(created));
		model.addAttribute("serviceName",
				this.catalogue.subtype(request.serviceCode()).map((s) -> s.name(locale)).orElse(request.serviceCode()));
		return "operations/public/status";
	}

	@GetMapping
	String lookup(@RequestParam(required = false) @Nullable String code) {
		if (code == null || code.isBlank()) {
			return "redirect:/public/requests/new";
		}
		String normalised = code.trim().toUpperCase(Locale.ROOT);
		if (!normalised.matches("[0-9A-Z-]{4,32}")) {
			throw GrassrootsException.notFound("request");
		}
		return "redirect:/public/requests/" + normalised;
	}

}
