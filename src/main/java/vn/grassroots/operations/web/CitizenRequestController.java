package vn.grassroots.operations.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.operations.CitizenRequestService;
import vn.grassroots.operations.CitizenRequestStatus;
import vn.grassroots.operations.CitizenRequestView;
import vn.grassroots.operations.IncidentView;
import vn.grassroots.operations.Severity;
import vn.grassroots.operations.internal.Catalogue;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/** Staff pages of citizen requests: list and triage. */
@Controller
@RequestMapping("/operations/requests")
class CitizenRequestController {

	private final CitizenRequestService requests;

	private final Catalogue catalogue;

	CitizenRequestController(CitizenRequestService requests, Catalogue catalogue) {
		this.requests = requests;
		this.catalogue = catalogue;
	}

	@GetMapping
	String list(UnitScope scope, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String page, Model model, Locale locale) {
		PageRequest paging = PageRequest.of(page, "25");
		CitizenRequestStatus s = Params.enumOf(CitizenRequestStatus.class, "status", status);
		PageResult<CitizenRequestView> result = this.requests.list(scope, s, paging);
		Map<String, String> names = new LinkedHashMap<>();
		this.catalogue.subtypes().forEach((t) -> names.put(t.code(), t.name(locale)));
		model.addAttribute("result", result);
		model.addAttribute("status", (s != null) ? s.name() : "");
		model.addAttribute("statuses", CitizenRequestStatus.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("subtypeNames", names);
		model.addAttribute("page", paging.page());
		model.addAttribute("pages", Math.max(1, (result.total() + paging.size() - 1) / paging.size()));
		return "operations/requests/list";
	}

	@PostMapping("/{id}/accept")
	String accept(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String severity) {
		IncidentView incident = this.requests.accept(scope, id, severity);
		return "redirect:/operations/incidents/" + incident.id();
	}

	@PostMapping("/{id}/reject")
	String reject(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String reason) {
		this.requests.reject(scope, id, reason);
		return "redirect:/operations/requests";
	}

}
