package vn.grassroots.audit.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/**
 * The audit log page. The log is not divided by unit yet, so only administrators and
 * auditors of the ministry itself may read it; anyone else gets 404.
 */
@Controller
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String list(UnitScope scope, @RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String page, Model model) {
		boolean ministry = scope.paths().contains("/1/");
		if (!ministry || !(scope.has(Role.MINISTRY_ADMIN) || scope.has(Role.AUDITOR))) {
			throw GrassrootsException.notFound("audit");
		}
		PageRequest paging = PageRequest.of(page, "50");
		model.addAttribute("result", this.audit.search(actor, action, paging));
		model.addAttribute("actor", (actor != null) ? actor : "");
		model.addAttribute("action", (action != null) ? action : "");
		model.addAttribute("page", paging.page());
		return "audit/list";
	}

}
