package vn.grassroots.personnel.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.organisation.UnitFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.personnel.ClassificationService;
import vn.grassroots.personnel.Grade;
import vn.grassroots.personnel.TrainingService;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.UnitScope;

/** Pages of the annual classification and of training. */
@Controller
class ClassificationController {

	private final ClassificationService classifications;

	private final TrainingService training;

	private final UnitQueries units;

	ClassificationController(ClassificationService classifications, TrainingService training, UnitQueries units) {
		this.classifications = classifications;
		this.training = training;
		this.units = units;
	}

	@GetMapping("/personnel/classifications")
	String list(UnitScope scope, @RequestParam(required = false) @Nullable Integer year, Model model) {
		int y = (year != null) ? year : defaultYear();
		model.addAttribute("year", y);
		model.addAttribute("result", this.classifications.list(scope, y, PageRequest.of("0", "200")));
		model.addAttribute("communes", communes(scope));
		model.addAttribute("grades", Grade.values());
		return "personnel/classifications/list";
	}

	@PostMapping("/personnel/classifications/run")
	String run(UnitScope scope, @RequestParam int year, @RequestParam long commune) {
		this.classifications.classify(scope, commune, year);
		return "redirect:/personnel/classifications?year=" + year;
	}

	@PostMapping("/personnel/classifications/{id}/override")
	String override(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String grade,
			@RequestParam(required = false) @Nullable String reason) {
		Grade parsed = Requests.enumOf(Grade.class, "grade", grade);
		int year = this.classifications.override(scope, id, parsed, reason).year();
		return "redirect:/personnel/classifications?year=" + year;
	}

	@GetMapping("/personnel/training")
	String training(UnitScope scope, @RequestParam(required = false) @Nullable String page, Model model) {
		model.addAttribute("due", this.training.due(scope, PageRequest.of(page, "100")));
		model.addAttribute("communes", communes(scope));
		return "personnel/training/list";
	}

	@PostMapping("/personnel/training/courses")
	String createCourse(UnitScope scope, @RequestParam long unit, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String startsOn,
			@RequestParam(required = false) @Nullable String endsOn) {
		long id = this.training.create(scope, unit, (kind != null) ? kind : "", (title != null) ? title : "",
				Requests.date("startsOn", startsOn), Requests.date("endsOn", endsOn));
		return "redirect:/personnel/training/courses/" + id;
	}

	@GetMapping("/personnel/training/courses/{id}")
	String course(UnitScope scope, @PathVariable long id, Model model) {
		model.addAttribute("course", this.training.course(scope, id));
		model.addAttribute("attendance", this.training.attendance(scope, id));
		return "personnel/training/course";
	}

	@PostMapping("/personnel/training/courses/{id}/attendance")
	String attend(UnitScope scope, @PathVariable long id, @RequestParam long member,
			@RequestParam(required = false) @Nullable String result) {
		this.training.attend(scope, id, member, !"ABSENT".equals(result),
				("PASSED".equals(result) || "FAILED".equals(result)) ? result : null);
		return "redirect:/personnel/training/courses/" + id;
	}

	private List<UnitView> communes(UnitScope scope) {
		return this.units.list(scope, new UnitFilter(UnitType.COMMUNE, null, null), PageRequest.of("0", "200")).items();
	}

	/** The review year in progress: it ends on 14 November. */
	static int defaultYear() {
		var today = Dates.today();
		return today.isAfter(java.time.LocalDate.of(today.getYear(), 11, 14)) ? today.getYear() + 1 : today.getYear();
	}

}
