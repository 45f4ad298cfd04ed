package vn.grassroots.personnel.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.grassroots.personnel.MemberCardService;
import vn.grassroots.personnel.MemberService;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.UnitScope;

/**
 * Pages of member cards: a member's cards with issue and revoke, the printable PDF, and
 * the public verification page reached through the card's QR code (no login).
 */
@Controller
class MemberCardController {

	private final MemberCardService cards;

	private final MemberService members;

	private final MessageSource messages;

	MemberCardController(MemberCardService cards, MemberService members, MessageSource messages) {
		this.cards = cards;
		this.members = members;
		this.messages = messages;
	}

	@GetMapping("/personnel/members/{id}/cards")
	String list(UnitScope scope, @PathVariable long id, Model model) {
		model.addAttribute("member", this.members.get(scope, id, false));
		model.addAttribute("cards", this.cards.list(scope, id));
		model.addAttribute("today", vn.grassroots.shared.Dates.today());
		model.addAttribute("verifyBase", verifyBase());
		return "personnel/cards/list";
	}

	@PostMapping("/personnel/members/{id}/cards")
	String issue(UnitScope scope, @PathVariable long id) {
		this.cards.issue(scope, id);
		return "redirect:/personnel/members/" + id + "/cards";
	}

	@PostMapping("/personnel/cards/{id}/revoke")
	String revoke(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String reason) {
		long member = this.cards.revoke(scope, id, reason).memberId();
		return "redirect:/personnel/members/" + member + "/cards";
	}

	@GetMapping("/personnel/cards/{id}.pdf")
	ResponseEntity<byte[]> pdf(UnitScope scope, @PathVariable long id, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"card-" + id + ".pdf\"")
			.body(render(this.cards, this.messages, scope, id, locale));
	}

	@GetMapping("/public/cards/{token}")
	String verify(@PathVariable String token, Model model) {
		model.addAttribute("verification", this.cards.verify(token).orElse(null));
		return "personnel/cards/verify";
	}

	static byte[] render(MemberCardService cards, MessageSource messages, UnitScope scope, long id, Locale locale) {
		return cards.pdf(scope, id, verifyBase(), messages.getMessage("cards.pdf.issuer", null, locale),
				messages.getMessage("cards.pdf.title", null, locale),
				messages.getMessage("cards.pdf.team", null, locale),
				messages.getMessage("cards.pdf.commune", null, locale),
				messages.getMessage("cards.pdf.valid-to", null, locale));
	}

	/** The public verification address the QR code points to, on this server. */
	static String verifyBase() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/cards/").toUriString();
	}

	static GrassrootsException notFound(String token) {
		return GrassrootsException.notFound("card " + token);
	}

}
