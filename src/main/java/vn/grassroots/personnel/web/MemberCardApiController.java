package vn.grassroots.personnel.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.grassroots.personnel.CardVerification;
import vn.grassroots.personnel.MemberCardService;
import vn.grassroots.personnel.MemberCardView;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/** REST API of member cards, and the public card check. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Member cards", description = "Issue, print, revoke and publicly verify member cards")
class MemberCardApiController {

	private final MemberCardService cards;

	private final MessageSource messages;

	MemberCardApiController(MemberCardService cards, MessageSource messages) {
		this.cards = cards;
		this.messages = messages;
	}

	@PostMapping("/members/{id}/cards")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a card to an active member (revokes the member's previous card)")
	MemberCardView issue(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.cards.issue(scope, id);
	}

	@GetMapping("/members/{id}/cards")
	@Operation(summary = "A member's cards, newest first")
	PageResult<MemberCardView> list(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		List<MemberCardView> all = this.cards.list(scope, id);
		return new PageResult<>(all, all.size());
	}

	@GetMapping("/cards/{id}")
	@Operation(summary = "A card")
	MemberCardView get(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.cards.get(scope, id);
	}

	@GetMapping(value = "/cards/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The card as a printable PDF with its verification QR code")
	ResponseEntity<byte[]> pdf(@Parameter(hidden = true) UnitScope scope, @PathVariable long id, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.body(MemberCardController.render(this.cards, this.messages, scope, id, locale));
	}

	record Revocation(@Nullable String reason) {
	}

	@PostMapping("/cards/{id}/revocation")
	@Operation(summary = "Revoke a card at once")
	MemberCardView revoke(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody(required = false) @Nullable Revocation body) {
		return this.cards.revoke(scope, id, (body != null) ? body.reason() : null);
	}

	@GetMapping("/public/cards/{token}")
	@Operation(summary = "Check a card (no login): name, team, commune and whether it is valid; nothing else")
	Map<String, Object> verify(@PathVariable String token) {
		CardVerification v = this.cards.verify(token).orElseThrow(() -> MemberCardController.notFound(token));
		return Map.of("state", v.state(), "cardNumber", v.cardNumber(), "fullName", v.fullName(), "team",
				(v.team() != null) ? v.team() : "", "commune", (v.commune() != null) ? v.commune() : "", "validTo",
				v.validTo());
	}

}
