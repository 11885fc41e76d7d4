package io.crmkit.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.crmkit.core.contact.Birthday;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/**
 * Birthday dates against published calendars. Lunar dates are from the Hong Kong Observatory's
 * Gregorian-lunar conversion tables (2023-2027) and agree with ICU4J's ChineseCalendar.
 */
class BirthdayDatesTest {

  private static Birthday.Lunar lunar(int month, int day, boolean leap) {
    return new Birthday.Lunar(null, month, day, leap);
  }

  @Test
  void nextOccurrence_solarLaterThisYear_returnsThisYear() {
    assertThat(
            BirthdayDates.nextOccurrence(Birthday.Solar.of(MonthDay.of(5, 20)), day("2026-03-01")))
        .isEqualTo("2026-05-20");
  }

  @Test
  void nextOccurrence_solarOnFrom_returnsFrom() {
    assertThat(
            BirthdayDates.nextOccurrence(Birthday.Solar.of(MonthDay.of(5, 20)), day("2026-05-20")))
        .isEqualTo("2026-05-20");
  }

  @Test
  void nextOccurrence_solarAlreadyPassed_returnsNextYear() {
    assertThat(
            BirthdayDates.nextOccurrence(Birthday.Solar.of(MonthDay.of(5, 20)), day("2026-05-21")))
        .isEqualTo("2027-05-20");
  }

  @Test
  void nextOccurrence_leapDayInCommonYear_returns28February() {
    Birthday leapDay = Birthday.Solar.of(LocalDate.of(2000, 2, 29));
    assertThat(BirthdayDates.nextOccurrence(leapDay, day("2027-01-01"))).isEqualTo("2027-02-28");
    assertThat(BirthdayDates.nextOccurrence(leapDay, day("2027-03-01"))).isEqualTo("2028-02-29");
  }

  @Test
  void nextOccurrence_leapDayInLeapYear_returns29February() {
    Birthday leapDay = Birthday.Solar.of(MonthDay.of(2, 29));
    assertThat(BirthdayDates.nextOccurrence(leapDay, day("2028-02-29"))).isEqualTo("2028-02-29");
  }

  @Test
  void nextOccurrence_lunarNewYearDay_returnsSpringFestival() {
    Birthday newYear = lunar(1, 1, false);
    assertThat(BirthdayDates.nextOccurrence(newYear, day("2025-01-01"))).isEqualTo("2025-01-29");
    assertThat(BirthdayDates.nextOccurrence(newYear, day("2025-01-30"))).isEqualTo("2026-02-17");
    assertThat(BirthdayDates.nextOccurrence(newYear, day("2026-02-18"))).isEqualTo("2027-02-06");
  }

  @Test
  void nextOccurrence_lunarTwelfthMonthInJanuary_returnsPreviousLunarYearsDate() {
    // 腊月廿九 of the lunar year 2025 is 2026-02-16, the eve of Spring Festival 2026-02-17.
    assertThat(BirthdayDates.nextOccurrence(lunar(12, 29, false), day("2026-01-01")))
        .isEqualTo("2026-02-16");
  }

  @Test
  void nextOccurrence_leapSixthMonthIn2025_returnsLeapMonth() {
    // 2025 has 闰六月 starting 2025-07-25; the ordinary 六月 starts 2025-06-25.
    assertThat(BirthdayDates.nextOccurrence(lunar(6, 1, true), day("2025-07-01")))
        .isEqualTo("2025-07-25");
    assertThat(BirthdayDates.nextOccurrence(lunar(6, 1, false), day("2025-06-01")))
        .isEqualTo("2025-06-25");
  }

  @Test
  void nextOccurrence_leapSixthMonthIn2026WithoutLeap_returnsOrdinarySixthMonth() {
    Birthday leapSixth = lunar(6, 1, true);
    LocalDate date = BirthdayDates.nextOccurrence(leapSixth, day("2026-01-01"));
    assertThat(LunarDates.monthLeapDay(date)).containsExactly(6, 0, 1);
    assertThat(date).isEqualTo(BirthdayDates.nextOccurrence(lunar(6, 1, false), day("2026-01-01")));
    assertThat(date.getYear()).isEqualTo(2026);
  }

  @Test
  void nextOccurrence_leapSecondMonth_followsLeapOnlyIn2023() {
    // 2023 had 闰二月 starting 2023-03-22; the ordinary 二月 started 2023-02-20.
    Birthday leapSecond = lunar(2, 1, true);
    assertThat(BirthdayDates.nextOccurrence(leapSecond, day("2023-01-01"))).isEqualTo("2023-03-22");
    assertThat(BirthdayDates.nextOccurrence(lunar(2, 1, false), day("2023-01-01")))
        .isEqualTo("2023-02-20");
    LocalDate in2024 = BirthdayDates.nextOccurrence(leapSecond, day("2023-03-23"));
    assertThat(in2024.getYear()).isEqualTo(2024);
    assertThat(LunarDates.monthLeapDay(in2024)).containsExactly(2, 0, 1);
  }

  @Test
  void nextOccurrence_dayThirtyInTwentyNineDayMonth_returnsLastDay() {
    // 2025: 二月初一 = 2025-02-28 and 三月初一 = 2025-03-29, so 二月 has 29 days; 闰六月 runs
    // 2025-07-25 to 2025-08-22 (七月初一 = 2025-08-23), also 29 days.
    assertThat(BirthdayDates.nextOccurrence(lunar(2, 30, false), day("2025-02-01")))
        .isEqualTo("2025-03-28");
    assertThat(LunarDates.monthLeapDay(day("2025-03-28"))).containsExactly(2, 0, 29);
    assertThat(LunarDates.monthLeapDay(day("2025-03-29"))).containsExactly(3, 0, 1);
    assertThat(BirthdayDates.nextOccurrence(lunar(6, 30, true), day("2025-07-01")))
        .isEqualTo("2025-08-22");
  }

  @Test
  void nextOccurrence_dayThirtyInThirtyDayMonth_returnsDayThirty() {
    // 2026: Spring Festival 2026-02-17 and 二月初一 2026-03-19, so 正月 has 30 days.
    assertThat(BirthdayDates.nextOccurrence(lunar(1, 30, false), day("2026-02-17")))
        .isEqualTo("2026-03-18");
    assertThat(LunarDates.monthLeapDay(LocalDate.of(2026, 3, 18))).containsExactly(1, 0, 30);
  }

  @Test
  void nextOccurrence_springFestival2027_correctsIcuLateNewMoon() {
    // The new moon is at 23:56 China time on 2027-02-06 (HKO); ICU 78.1 alone says 2027-02-07,
    // and so gives 腊月 of the lunar year 2026 30 days instead of 29.
    assertThat(BirthdayDates.nextOccurrence(lunar(12, 30, false), day("2027-01-01")))
        .isEqualTo("2027-02-05");
    assertThat(LunarDates.monthLeapDay(day("2027-02-05"))).containsExactly(12, 0, 29);
    assertThat(LunarDates.monthLeapDay(day("2027-02-06"))).containsExactly(1, 0, 1);
    assertThat(LunarDates.monthLeapDay(day("2027-02-07"))).containsExactly(1, 0, 2);
    assertThat(BirthdayDates.nextOccurrence(lunar(1, 2, false), day("2027-01-01")))
        .isEqualTo("2027-02-07");
  }

  @Test
  void nextOccurrence_fromOutsideHandledYears_throwsValidation() {
    assertThatThrownBy(
            () -> BirthdayDates.nextOccurrence(lunar(1, 1, false), LocalDate.of(1899, 12, 31)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("from");
  }

  @Test
  void age_solarBeforeAndOnBirthday_countsCompletedYears() {
    Birthday born = Birthday.Solar.of(LocalDate.of(1980, 5, 20));
    assertThat(BirthdayDates.age(born, day("2026-05-19"))).hasValue(45);
    assertThat(BirthdayDates.age(born, day("2026-05-20"))).hasValue(46);
    assertThat(BirthdayDates.age(born, day("1980-05-20"))).hasValue(0);
  }

  @Test
  void age_leapDayInCommonYear_countsOn28February() {
    Birthday born = Birthday.Solar.of(LocalDate.of(2000, 2, 29));
    assertThat(BirthdayDates.age(born, day("2027-02-27"))).hasValue(26);
    assertThat(BirthdayDates.age(born, day("2027-02-28"))).hasValue(27);
  }

  @Test
  void age_lunar_countsLunarBirthdays() {
    // Born on Spring Festival 2025 (2025-01-29); first lunar birthday 2026-02-17.
    Birthday born = new Birthday.Lunar(2025, 1, 1, false);
    assertThat(BirthdayDates.age(born, day("2026-02-16"))).hasValue(0);
    assertThat(BirthdayDates.age(born, day("2026-02-17"))).hasValue(1);
  }

  @Test
  void age_unknownYear_isEmpty() {
    assertThat(BirthdayDates.age(Birthday.Solar.of(MonthDay.of(1, 2)), day("2026-01-01")))
        .isEmpty();
  }

  @Test
  void age_beforeBirth_throwsValidation() {
    Birthday born = Birthday.Solar.of(LocalDate.of(1980, 5, 20));
    assertThatThrownBy(() -> BirthdayDates.age(born, day("1980-05-19")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("date of birth");
  }

  @Test
  void publicMethods_nullArguments_throwNullPointer() {
    new NullPointerTester()
        .setDefault(Birthday.class, lunar(1, 1, false))
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .testAllPublicStaticMethods(BirthdayDates.class);
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
