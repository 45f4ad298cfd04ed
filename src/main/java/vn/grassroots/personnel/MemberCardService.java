package vn.grassroots.personnel;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.documents.CardPdf;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.UnitScope;

/**
 * Member cards: issued to active members, printed as PDF with a QR code of a public
 * address where anyone can check the card, revoked at once. Issuing a new card revokes
 * the member's previous valid ones (one valid card per member).
 */
@Service
@Transactional
public class MemberCardService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final RowMapper<MemberCardView> VIEW = (rs, n) -> new MemberCardView(rs.getLong("id"),
			rs.getLong("member_id"), rs.getString("card_number"), rs.getString("verify_token"),
			rs.getDate("issued_on").toLocalDate(), rs.getDate("valid_to").toLocalDate(),
			(rs.getTimestamp("revoked_at") != null) ? rs.getTimestamp("revoked_at").toInstant() : null,
			rs.getString("revoked_reason"), rs.getString("issued_by"));

	private final JdbcClient jdbc;

	private final MemberService members;

	private final UnitQueries units;

	private final AuditTrail audit;

	private final CardPdf cards;

	private final int validityYears;

	MemberCardService(JdbcClient jdbc, MemberService members, UnitQueries units, AuditTrail audit, CardPdf cards,
			@Value("${grassroots.personnel.card-validity-years:5}") int validityYears) {
		this.jdbc = jdbc;
		this.members = members;
		this.units = units;
		this.audit = audit;
		this.cards = cards;
		this.validityYears = validityYears;
	}

	/**
	 * Issues a card to an active member of the caller's subtree; answers it. 404 outside
	 * the scope; 422 naming {@code member} when the member is not active.
	 */
	public MemberCardView issue(UnitScope scope, long memberId) {
		PersonnelAccess.requireWrite(scope);
		MemberView member = this.members.get(scope, memberId, false);
		if (member.status() != MemberStatus.ACTIVE) {
			throw GrassrootsException.ruleOnField("member", member.status(), "cards.member-not-active");
		}
		LocalDate today = Dates.today();
		for (MemberCardView old : list(scope, memberId)) {
			if (old.revokedAt() == null) {
				markRevoked(scope, old, "cards.replaced");
			}
		}
		UnitView commune = this.units.get(scope, member.communeId());
		long sequence = this.jdbc
			.sql("select count(*) from per_member_card c join per_member m on m.id = c.member_id"
					+ " where m.commune_id = :commune")
			.param("commune", member.communeId())
			.query(Long.class)
			.single() + 1;
		String number = "TV-" + ((commune.code() != null) ? commune.code() : String.valueOf(commune.id())) + "-"
				+ String.format("%05d", sequence);
		byte[] secret = new byte[15];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.jdbc
			.sql("insert into per_member_card (member_id, card_number, verify_token, issued_on, valid_to,"
					+ " issued_by, issued_at) values (:m, :n, :t, :from, :to, :by, :at)")
			.param("m", memberId)
			.param("n", number)
			.param("t", token)
			.param("from", Date.valueOf(today))
			.param("to", Date.valueOf(today.plusYears(this.validityYears).minusDays(1)))
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		MemberCardView card = byToken(token).orElseThrow();
		this.audit.record(scope.username(), "personnel.card.issue", "member", String.valueOf(memberId), null,
				number + " valid to " + card.validTo());
		return card;
	}

	/**
	 * Revokes a card of the caller's subtree at once; 404 outside; 422 when already
	 * revoked.
	 */
	public MemberCardView revoke(UnitScope scope, long cardId, @Nullable String reason) {
		PersonnelAccess.requireWrite(scope);
		MemberCardView card = get(scope, cardId);
		if (card.revokedAt() != null) {
			throw GrassrootsException.ruleOnField("card", card.cardNumber(), "cards.already-revoked");
		}
		if (reason != null && reason.length() > 300) {
			throw GrassrootsException.ruleOnField("reason", reason.substring(0, 20) + "…", "validation.max-length",
					300);
		}
		markRevoked(scope, card, (reason != null && !reason.isBlank()) ? reason.trim() : "cards.revoked");
		return get(scope, cardId);
	}

	private void markRevoked(UnitScope scope, MemberCardView card, String reason) {
		this.jdbc.sql(
				"update per_member_card set revoked_at = :at, revoked_by = :by, revoked_reason = :reason where id = :id")
			.param("at", Timestamp.from(Instant.now()))
			.param("by", scope.username())
			.param("reason", reason)
			.param("id", card.id())
			.update();
		this.audit.record(scope.username(), "personnel.card.revoke", "card", card.cardNumber(), "valid", reason);
	}

	/** The member's cards, newest first; 404 when the member is outside the scope. */
	@Transactional(readOnly = true)
	public List<MemberCardView> list(UnitScope scope, long memberId) {
		this.members.get(scope, memberId, false);
		return this.jdbc.sql("select * from per_member_card where member_id = :m order by id desc")
			.param("m", memberId)
			.query(VIEW)
			.list();
	}

	/** A card of the caller's subtree; 404 otherwise. */
	@Transactional(readOnly = true)
	public MemberCardView get(UnitScope scope, long cardId) {
		MemberCardView card = this.jdbc.sql("select * from per_member_card where id = :id")
			.param("id", cardId)
			.query(VIEW)
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("card " + cardId));
		// the member must be in scope: otherwise the card does not exist for the caller
		try {
			this.members.get(scope, card.memberId(), false);
		}
		catch (GrassrootsException ex) {
			throw GrassrootsException.notFound("card " + cardId);
		}
		return card;
	}

	/**
	 * The card printed as a PDF, its QR code holding {@code verifyBase + token}.
	 */
	@Transactional(readOnly = true)
	public byte[] pdf(UnitScope scope, long cardId, String verifyBase, String issuerLabel, String title,
			String teamLabel, String communeLabel, String validLabel) {
		MemberCardView card = get(scope, cardId);
		MemberView member = this.members.get(scope, card.memberId(), false);
		UnitView commune = this.units.get(scope, member.communeId());
		String issuer = (issuerLabel + " " + commune.fullName()).toUpperCase(java.util.Locale.forLanguageTag("vi"));
		List<String[]> lines = new java.util.ArrayList<>();
		if (member.teamName() != null) {
			lines.add(new String[] { teamLabel, member.teamName() });
		}
		lines.add(new String[] { communeLabel, commune.fullName() });
		return this.cards.render(new CardPdf.Card(issuer, title, member.fullName(), lines, card.cardNumber(),
				card.validTo(), validLabel, verifyBase + card.verifyToken(), null));
	}

	/** Public check of a card by its secret token: empty when unknown. */
	@Transactional(readOnly = true)
	public Optional<CardVerification> verify(String token) {
		if (token.length() > 40) {
			return Optional.empty();
		}
		return byToken(token).map((card) -> {
			LocalDate today = Dates.today();
			var holder = this.jdbc.sql("select m.full_name, m.commune_id from per_member m where m.id = :id")
				.param("id", card.memberId())
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) })
				.single();
			String status = this.jdbc
				.sql("select status from per_member_status where member_id = :id and valid_from <= :d"
						+ " order by valid_from desc, id desc limit 1")
				.param("id", card.memberId())
				.param("d", today)
				.query(String.class)
				.optional()
				.orElse("APPLICANT");
			String team = this.jdbc.sql("select p.full_name from per_membership ms join org_unit_period p"
					+ " on p.unit_id = ms.team_id and (p.valid_from is null or p.valid_from <= :d)"
					+ " and (p.valid_to is null or p.valid_to > :d) where ms.member_id = :id and ms.valid_from <= :d"
					+ " and (ms.valid_to is null or ms.valid_to > :d) order by ms.valid_from desc limit 1")
				.param("id", card.memberId())
				.param("d", today)
				.query(String.class)
				.optional()
				.orElse(null);
			String commune = this.jdbc.sql("select p.full_name from org_unit_period p where p.unit_id = :id"
					+ " and (p.valid_from is null or p.valid_from <= :d) and (p.valid_to is null or p.valid_to > :d)")
				.param("id", holder[1])
				.param("d", today)
				.query(String.class)
				.optional()
				.orElse(null);
			CardVerification.State state;
			if (card.revokedAt() != null) {
				state = CardVerification.State.REVOKED;
			}
			else if (today.isAfter(card.validTo())) {
				state = CardVerification.State.EXPIRED;
			}
			else if (!MemberStatus.ACTIVE.name().equals(status)) {
				state = CardVerification.State.NOT_SERVING;
			}
			else {
				state = CardVerification.State.VALID;
			}
			return new CardVerification(state, card.cardNumber(), (String) holder[0], team, commune, card.validTo());
		});
	}

	private Optional<MemberCardView> byToken(String token) {
		return this.jdbc.sql("select * from per_member_card where verify_token = :t")
			.param("t", token)
			.query(VIEW)
			.optional();
	}

}
