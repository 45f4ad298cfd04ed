package vn.grassroots.targets;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.targets.internal.Input;
import vn.grassroots.targets.internal.Keys;

/**
 * Guiding documents (resolutions, directives, laws, ...) and their objectives. They apply
 * nationwide: every user reads them; the ministry administrator records them.
 */
@Service
@Transactional
public class GuidingDocuments {

	private static final String SELECT = "select id, doc_type, number_symbol, issuer, issued_on, effective_on, title,"
			+ " summary from tgt_document";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	GuidingDocuments(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * A new document; every field is raw input checked here.
	 *
	 * @param type document type
	 * @param numberSymbol number and symbol
	 * @param issuer issuing body
	 * @param issuedOn signing date
	 * @param effectiveOn effective date
	 * @param title title
	 * @param summary summary
	 */
	public record NewDocument(@Nullable String type, @Nullable String numberSymbol, @Nullable String issuer,
			@Nullable String issuedOn, @Nullable String effectiveOn, @Nullable String title, @Nullable String summary) {
	}

	/**
	 * A new objective.
	 *
	 * @param title what is to be achieved
	 * @param deadline by when (yyyy-MM-dd)
	 */
	public record NewObjective(@Nullable String title, @Nullable String deadline) {
	}

	@Transactional(readOnly = true)
	public PageResult<DocumentView> list(UnitScope scope, PageRequest page) {
		long total = this.jdbc.sql("select count(*) from tgt_document").query(Long.class).single();
		List<DocumentView> docs = this.jdbc
			.sql(SELECT + " order by issued_on desc nulls last, id desc limit :limit offset :offset")
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> view(rs, List.of()))
			.list();
		if (docs.isEmpty()) {
			return new PageResult<>(docs, total);
		}
		Map<Long, List<ObjectiveView>> objectives = objectives(docs.stream().map(DocumentView::id).toList());
		return new PageResult<>(docs.stream()
			.map((d) -> new DocumentView(d.id(), d.type(), d.numberSymbol(), d.issuer(), d.issuedOn(), d.effectiveOn(),
					d.title(), d.summary(), objectives.getOrDefault(d.id(), List.of())))
			.toList(), total);
	}

	@Transactional(readOnly = true)
	public DocumentView get(UnitScope scope, long id) {
		DocumentView doc = this.jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs, List.of()))
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("document " + id));
		return new DocumentView(doc.id(), doc.type(), doc.numberSymbol(), doc.issuer(), doc.issuedOn(),
				doc.effectiveOn(), doc.title(), doc.summary(), objectives(List.of(id)).getOrDefault(id, List.of()));
	}

	public DocumentView create(UnitScope scope, NewDocument command) {
		return create(scope, command, null);
	}

	/** Creates a document; with a source key, returns the existing one instead. */
	public DocumentView create(UnitScope scope, NewDocument command, @Nullable String source) {
		scope.require(Role.MINISTRY_ADMIN);
		DocumentType type = Input.enumValue("type", command.type(), DocumentType.class);
		String number = Input.required("numberSymbol", command.numberSymbol(), 60);
		String issuer = Input.required("issuer", command.issuer(), 200);
		LocalDate issuedOn = Input.optionalDate("issuedOn", command.issuedOn());
		LocalDate effectiveOn = Input.optionalDate("effectiveOn", command.effectiveOn());
		String title = Input.required("title", command.title(), 500);
		String summary = Input.optional("summary", command.summary(), 4000);
		if (issuedOn != null && effectiveOn != null && effectiveOn.isBefore(issuedOn)) {
			throw GrassrootsException.ruleOnField("effectiveOn", command.effectiveOn(),
					"targets.validation.effective-before-issued");
		}
		if (source != null) {
			var existing = this.jdbc.sql("select id from tgt_document where source = :s")
				.param("s", source)
				.query(Long.class)
				.optional();
			if (existing.isPresent()) {
				return get(scope, existing.get());
			}
		}
		long id = Keys.insert(this.jdbc
			.sql("insert into tgt_document (doc_type, number_symbol, issuer, issued_on, effective_on, title, summary,"
					+ " source, created_by, created_at) values (:type, :num, :issuer, :issued, :effective, :title,"
					+ " :summary, :source, :by, :at)")
			.param("type", type.name())
			.param("num", number)
			.param("issuer", issuer)
			.param("issued", issuedOn)
			.param("effective", effectiveOn)
			.param("title", title)
			.param("summary", summary)
			.param("source", source)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		DocumentView created = get(scope, id);
		this.audit.record(scope.username(), "targets.document.create", "tgt_document", String.valueOf(id), null,
				created.toString());
		return created;
	}

	public ObjectiveView addObjective(UnitScope scope, long documentId, NewObjective command) {
		scope.require(Role.MINISTRY_ADMIN);
		get(scope, documentId);
		String title = Input.required("title", command.title(), 500);
		LocalDate deadline = Input.date("deadline", command.deadline());
		long id = Keys.insert(this.jdbc
			.sql("insert into tgt_objective (document_id, title, deadline, created_by, created_at)"
					+ " values (:doc, :title, :deadline, :by, :at)")
			.param("doc", documentId)
			.param("title", title)
			.param("deadline", deadline)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		ObjectiveView objective = new ObjectiveView(id, documentId, title, deadline);
		this.audit.record(scope.username(), "targets.objective.create", "tgt_objective", String.valueOf(id), null,
				objective.toString());
		return objective;
	}

	/**
	 * A review conference.
	 *
	 * @param title title
	 * @param heldOn date (yyyy-MM-dd)
	 * @param bridgePoints number of bridge points
	 * @param delegates number of delegates
	 * @param chairedBy who chaired it
	 */
	public record NewConference(@Nullable String title, @Nullable String heldOn, @Nullable Integer bridgePoints,
			@Nullable Integer delegates, @Nullable String chairedBy) {
	}

	/**
	 * Records a review conference of the document (ministry administrator or provincial
	 * officer).
	 */
	public ConferenceView addConference(UnitScope scope, long documentId, NewConference command) {
		if (!scope.has(Role.MINISTRY_ADMIN) && !scope.has(Role.PROVINCIAL_OFFICER)) {
			scope.require(Role.MINISTRY_ADMIN);
		}
		get(scope, documentId);
		String title = Input.required("title", command.title(), 500);
		LocalDate heldOn = Input.date("heldOn", command.heldOn());
		int bridgePoints = count("bridgePoints", command.bridgePoints());
		int delegates = count("delegates", command.delegates());
		String chairedBy = Input.optional("chairedBy", command.chairedBy(), 200);
		long id = Keys.insert(this.jdbc
			.sql("insert into tgt_conference (document_id, title, held_on, bridge_points, delegates, chaired_by,"
					+ " recorded_by, recorded_at) values (:doc, :title, :on, :points, :delegates, :chair, :by, :at)")
			.param("doc", documentId)
			.param("title", title)
			.param("on", heldOn)
			.param("points", bridgePoints)
			.param("delegates", delegates)
			.param("chair", chairedBy)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		ConferenceView view = new ConferenceView(id, documentId, title, heldOn, bridgePoints, delegates, chairedBy);
		this.audit.record(scope.username(), "targets.conference.create", "tgt_conference", String.valueOf(id), null,
				view.toString());
		return view;
	}

	/** The review conferences of a document, oldest first. */
	@Transactional(readOnly = true)
	public List<ConferenceView> conferences(UnitScope scope, long documentId) {
		get(scope, documentId);
		return this.jdbc.sql("select * from tgt_conference where document_id = :doc order by held_on, id")
			.param("doc", documentId)
			.query((rs, n) -> new ConferenceView(rs.getLong("id"), documentId, rs.getString("title"),
					rs.getDate("held_on").toLocalDate(), rs.getInt("bridge_points"), rs.getInt("delegates"),
					rs.getString("chaired_by")))
			.list();
	}

	private static int count(String field, @Nullable Integer value) {
		if (value == null) {
			throw GrassrootsException.badField(field, null, "validation.required");
		}
		if (value < 0 || value > 1_000_000) {
			throw GrassrootsException.badField(field, value, "validation.range", 0, 1_000_000);
		}
		return value;
	}

	private Map<Long, List<ObjectiveView>> objectives(List<Long> documentIds) {
		return this.jdbc
			.sql("select id, document_id, title, deadline from tgt_objective where document_id in (:ids)"
					+ " order by deadline, id")
			.param("ids", documentIds)
			.query((rs, n) -> new ObjectiveView(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getDate(4).toLocalDate()))
			.list()
			.stream()
			.collect(Collectors.groupingBy(ObjectiveView::documentId));
	}

	private static DocumentView view(java.sql.ResultSet rs, List<ObjectiveView> objectives)
			throws java.sql.SQLException {
		java.sql.Date issued = rs.getDate("issued_on");
		java.sql.Date effective = rs.getDate("effective_on");
		return new DocumentView(rs.getLong("id"), DocumentType.valueOf(rs.getString("doc_type")),
				rs.getString("number_symbol"), rs.getString("issuer"), (issued != null) ? issued.toLocalDate() : null,
				(effective != null) ? effective.toLocalDate() : null, rs.getString("title"), rs.getString("summary"),
				objectives);
	}

}
