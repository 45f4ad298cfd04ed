package vn.grassroots.organisation.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.organisation.UnitImportService;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.UnitScope;

/** Administrator pages: start an import of the national data and follow its progress. */
@Controller
@RequestMapping("/admin/imports")
class AdminImportController {

	private final UnitImportService imports;

	AdminImportController(UnitImportService imports) {
		this.imports = imports;
	}

	@GetMapping
	String list(UnitScope scope, Model model) {
		model.addAttribute("runs", this.imports.recent(scope, 20));
		return "organisation/imports/list";
	}

	@PostMapping
	String start(UnitScope scope, @RequestParam(required = false) @Nullable String directory) {
		if (directory == null || directory.isBlank()) {
			throw GrassrootsException.ruleOnField("directory", directory, "validation.required");
		}
		long id = this.imports.start(scope, directory);
		return "redirect:/admin/imports/" + id;
	}

	@GetMapping("/{id}")
	String detail(UnitScope scope, @PathVariable long id, Model model) {
		model.addAttribute("run", this.imports.get(scope, id));
		return "organisation/imports/detail";
	}

	@GetMapping("/{id}/progress")
	String progress(UnitScope scope, @PathVariable long id, Model model) {
		model.addAttribute("run", this.imports.get(scope, id));
		return "organisation/imports/detail :: progress";
	}

}
