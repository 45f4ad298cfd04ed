package vn.grassroots.personnel;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitizenIdTests {

	private static final LocalDate BORN_1985 = LocalDate.of(1985, 3, 14);

	private static final LocalDate BORN_2004 = LocalDate.of(2004, 11, 2);

	@Test
	void acceptsAManBornIn1985() {
		assertThat(CitizenId.problem("001085123456", BORN_1985, Sex.MALE)).isEmpty();
	}

	@Test
	void acceptsAWomanBornIn2004() {
		assertThat(CitizenId.problem("079304000001", BORN_2004, Sex.FEMALE)).isEmpty();
	}

	@Test
	void refusesAnythingButTwelveDigits() {
		assertThat(CitizenId.problem("00108512345", BORN_1985, Sex.MALE)).contains("personnel.citizen-id.format");
		assertThat(CitizenId.problem("0010851234567", BORN_1985, Sex.MALE)).contains("personnel.citizen-id.format");
		assertThat(CitizenId.problem("00108512345a", BORN_1985, Sex.MALE)).contains("personnel.citizen-id.format");
		assertThat(CitizenId.problem(null, BORN_1985, Sex.MALE)).contains("personnel.citizen-id.format");
	}

	@Test
	void refusesProvinceCodesOutside001To096() {
		assertThat(CitizenId.problem("000085123456", BORN_1985, Sex.MALE)).contains("personnel.citizen-id.province");
		assertThat(CitizenId.problem("097085123456", BORN_1985, Sex.MALE)).contains("personnel.citizen-id.province");
		assertThat(CitizenId.problem("096085123456", BORN_1985, Sex.MALE)).isEmpty();
	}

	@Test
	void refusesACenturyDigitNotMatchingTheBirthYear() {
		assertThat(CitizenId.problem("001285123456", BORN_1985, Sex.MALE)).contains("personnel.citizen-id.century");
		assertThat(CitizenId.problem("079004000001", BORN_2004, Sex.MALE)).contains("personnel.citizen-id.century");
	}

	@Test
	void refusesASexDigitNotMatchingTheSex() {
		assertThat(CitizenId.problem("001185123456", BORN_1985, Sex.MALE)).contains("personnel.citizen-id.sex");
		assertThat(CitizenId.problem("079204000001", BORN_2004, Sex.FEMALE)).contains("personnel.citizen-id.sex");
	}

	@Test
	void refusesYearDigitsNotMatchingTheBirthYear() {
		assertThat(CitizenId.problem("001086123456", BORN_1985, Sex.MALE)).contains("personnel.citizen-id.year");
	}

	@Test
	void masksAllButTheLastFourDigits() {
		assertThat(CitizenId.mask("001085123456")).isEqualTo("********3456");
	}

}
