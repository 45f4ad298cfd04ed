package vn.grassroots.personnel;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.grassroots.shared.Masking;

/**
 * The 12-digit personal identification number (số định danh cá nhân, printed on the
 * citizen id card), structured by Circular 07/2016/TT-BCA art. 7 as amended by Circular
 * 59/2021/TT-BCA:
 * <ul>
 * <li>digits 1-3: code of the province where the birth was registered, 001 to 096;</li>
 * <li>digit 4: century of birth and sex: 20th century (1900-1999) male 0, female 1; 21st
 * (2000-2099) male 2, female 3; 22nd male 4, female 5; 23rd male 6, female 7; 24th male
 * 8, female 9;</li>
 * <li>digits 5-6: the last two digits of the year of birth;</li>
 * <li>digits 7-12: a random number.</li>
 * </ul>
 * Not every code from 001 to 096 is in use; the range is checked, not the list.
 */
public final class CitizenId {

	private CitizenId() {
	}

	/**
	 * The message key of the first problem with the id, or empty when it is valid for the
	 * birth date and sex.
	 */
	public static Optional<String> problem(@Nullable String id, LocalDate birthDate, Sex sex) {
		if (id == null || !id.matches("\\d{12}")) {
			return Optional.of("personnel.citizen-id.format");
		}
		int province = Integer.parseInt(id.substring(0, 3));
		if (province < 1 || province > 96) {
			return Optional.of("personnel.citizen-id.province");
		}
		int code = id.charAt(3) - '0';
		// hundreds of the birth year: 19 for codes 0 and 1, 20 for 2 and 3, ...
		int hundreds = 19 + code / 2;
		Sex coded = (code % 2 == 0) ? Sex.MALE : Sex.FEMALE;
		if (birthDate.getYear() / 100 != hundreds) {
			return Optional.of("personnel.citizen-id.century");
		}
		if (coded != sex) {
			return Optional.of("personnel.citizen-id.sex");
		}
		if (Integer.parseInt(id.substring(4, 6)) != birthDate.getYear() % 100) {
			return Optional.of("personnel.citizen-id.year");
		}
		return Optional.empty();
	}

	/** The id masked for lists: all but the last four digits hidden. */
	public static String mask(String id) {
		return Masking.keepLast(id, 4);
	}

}
