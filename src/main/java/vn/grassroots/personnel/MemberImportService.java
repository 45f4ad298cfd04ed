package vn.grassroots.personnel;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import vn.grassroots.documents.Spreadsheets;
import vn.grassroots.documents.Spreadsheets.ImportedRow;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.TextFolding;
import vn.grassroots.shared.UnitScope;

/**
 * Registers many applicants from an XLSX made from the downloadable template. Every row
 * is checked with the same rules as a single registration; when any row is bad, the
 * answer lists every bad row with its reasons and nothing is imported (all or nothing).
 */
@Service
public class MemberImportService {

	/** Template headers, in order; the first six are required. */
	public static final List<String> HEADERS = List.of("Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân",
			"Mã thôn, tổ dân phố", "Trình độ học vấn", "Số điện thoại", "Cư trú từ ngày", "Ngày giấy khám sức khỏe",
			"Đã từng tham gia");

	// strict: 31/02 is an error, not the last day of February
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private final Spreadsheets spreadsheets;

	private final MemberService members;

	private final UnitQueries units;

	MemberImportService(Spreadsheets spreadsheets, MemberService members, UnitQueries units) {
		this.spreadsheets = spreadsheets;
		this.members = members;
		this.units = units;
	}

	/** Writes the import template with one example row. */
	public void template(OutputStream out) {
		this.spreadsheets.template(out, "Thành viên", HEADERS, List.of("Nguyễn Văn An", "15/03/1985", "Nam",
				"001085012345", "DM3-09-V01", "Trung học cơ sở", "0912345678", "01/01/2020", "10/01/2026", ""));
	}

	/**
	 * Imports the rows as applicants of the caller's subtree; answers how many were
	 * imported. Throws a 422 {@link GrassrootsException} whose field problems name every
	 * bad row ({@code row 12: citizenId}) when any row is bad; then nothing is imported.
	 */
	@Transactional
	public int importXlsx(UnitScope scope, InputStream xlsx) {
		PersonnelAccess.requireWrite(scope);
		List<ImportedRow> rows = this.spreadsheets.read(xlsx, "file", HEADERS.subList(0, 6));
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = Dates.today();
		int imported = 0;
		for (ImportedRow row : rows) {
			List<FieldProblem> rowProblems = new ArrayList<>();
			NewMember member = parse(scope, row, today, rowProblems);
			if (member != null && rowProblems.isEmpty()) {
				try {
					this.members.register(scope, member);
					imported++;
				}
				catch (GrassrootsException ex) {
					if (ex.fieldProblems().isEmpty()) {
						rowProblems
							.add(new FieldProblem("row", row.number(), ex.code().detailKey(), ex.getArguments()));
					}
					else {
						rowProblems.addAll(ex.fieldProblems());
					}
				}
			}
			for (FieldProblem p : rowProblems) {
				problems.add(new FieldProblem("row " + row.number() + ": " + p.field(), p.rejectedValue(),
						p.reasonKey(), p.args()));
			}
		}
		if (!problems.isEmpty()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			throw new GrassrootsException(ProblemCode.RULE_VIOLATION, problems, problems.size() + " / " + rows.size());
		}
		if (rows.isEmpty()) {
			throw GrassrootsException.ruleOnField("file", null, "personnel.import.no-rows");
		}
		return imported;
	}

	private @Nullable NewMember parse(UnitScope scope, ImportedRow row, LocalDate today, List<FieldProblem> problems) {
		String name = row.get(HEADERS.get(0));
		LocalDate born = date(row, 1, "birthDate", problems, true);
		Sex sex = sex(row.get(HEADERS.get(2)), problems);
		String citizenId = row.get(HEADERS.get(3));
		if (citizenId == null) {
			problems.add(new FieldProblem("citizenId", null, "validation.required"));
		}
		Long village = village(scope, row.get(HEADERS.get(4)), problems);
		Education education = education(row.get(HEADERS.get(5)), problems);
		LocalDate since = date(row, 7, "residenceSince", problems, false);
		LocalDate health = date(row, 8, "healthCertificateOn", problems, false);
		if (name == null) {
			problems.add(new FieldProblem("fullName", null, "validation.required"));
		}
		if (!problems.isEmpty() || name == null || born == null || sex == null || citizenId == null || village == null
				|| education == null) {
			return null;
		}
		return new NewMember(name, born, sex, citizenId, row.get(HEADERS.get(6)), village, since, education, health,
				row.get(HEADERS.get(9)), today);
	}

	private @Nullable Long village(UnitScope scope, @Nullable String code, List<FieldProblem> problems) {
		if (code == null) {
			problems.add(new FieldProblem("village", null, "validation.required"));
			return null;
		}
		try {
			UnitView unit = this.units.getByCode(scope, code);
			if (unit.type() != UnitType.VILLAGE) {
				problems.add(new FieldProblem("village", code, "personnel.member.village-type"));
				return null;
			}
			return unit.id();
		}
		catch (GrassrootsException ex) {
			problems.add(new FieldProblem("village", code, "personnel.import.village-unknown"));
			return null;
		}
	}

	private static @Nullable LocalDate date(ImportedRow row, int column, String field, List<FieldProblem> problems,
			boolean required) {
		String text = row.get(HEADERS.get(column));
		if (text == null) {
			if (required) {
				problems.add(new FieldProblem(field, null, "validation.required"));
			}
			return null;
		}
		try {
			return LocalDate.parse(text, DATE);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, text, "personnel.import.date"));
			return null;
		}
	}

	private static @Nullable Sex sex(@Nullable String text, List<FieldProblem> problems) {
		String folded = (text != null) ? TextFolding.fold(text) : "";
		Sex sex = switch (folded) {
			case "nam", "male", "m" -> Sex.MALE;
			case "nu", "female", "f" -> Sex.FEMALE;
			default -> null;
		};
		if (sex == null) {
			problems.add(new FieldProblem("sex", text, "personnel.import.sex"));
		}
		return sex;
	}

	private static final Map<String, Education> EDUCATION = Map.of("chua tot nghiep tieu hoc", Education.NONE,
			"tieu hoc", Education.PRIMARY, "trung hoc co so", Education.LOWER_SECONDARY, "trung hoc pho thong",
			Education.UPPER_SECONDARY, "cao dang, dai hoc tro len", Education.HIGHER);

	private static @Nullable Education education(@Nullable String text, List<FieldProblem> problems) {
		if (text != null) {
			Education byName = EDUCATION.get(TextFolding.fold(text));
			if (byName != null) {
				return byName;
			}
			try {
				return Education.valueOf(text.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
		}
		problems.add(new FieldProblem("education", text, "personnel.import.education"));
		return null;
	}

}
