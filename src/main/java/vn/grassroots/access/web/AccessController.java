package vn.grassroots.access.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.access.AccountService;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.UnitScope;

/** The login page and the administrators' account list. */
@Controller
class AccessController {

	private final AccountService accounts;

	AccessController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "access/login";
	}

	@GetMapping("/admin/accounts")
	String accounts(UnitScope scope, @RequestParam(required = false) @Nullable String page, Model model) {
		model.addAttribute("result", this.accounts.list(scope, PageRequest.of(page, "50")));
		return "access/accounts/list";
	}

}
