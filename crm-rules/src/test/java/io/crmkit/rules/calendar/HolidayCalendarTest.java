package io.crmkit.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/**
 * Holiday dates against the State Council's published holiday notices for 2025 and 2026 and the
 * Hong Kong Observatory's lunar tables (2027 Spring Festival, Double Ninth); ICU4J agrees.
 */
class HolidayCalendarTest {

  @Test
  void dateIn_lunarHolidays_matchPublishedDates() {
    assertThat(ChineseHoliday.SPRING_FESTIVAL.dateIn(2025)).isEqualTo("2025-01-29");
    assertThat(ChineseHoliday.SPRING_FESTIVAL.dateIn(2026)).isEqualTo("2026-02-17");
    assertThat(ChineseHoliday.SPRING_FESTIVAL.dateIn(2027)).isEqualTo("2027-02-06");
    assertThat(ChineseHoliday.LANTERN.dateIn(2026)).isEqualTo("2026-03-03");
    assertThat(ChineseHoliday.DRAGON_BOAT.dateIn(2025)).isEqualTo("2025-05-31");
    assertThat(ChineseHoliday.DRAGON_BOAT.dateIn(2026)).isEqualTo("2026-06-19");
    assertThat(ChineseHoliday.MID_AUTUMN.dateIn(2025)).isEqualTo("2025-10-06");
    assertThat(ChineseHoliday.MID_AUTUMN.dateIn(2026)).isEqualTo("2026-09-25");
    assertThat(ChineseHoliday.DOUBLE_NINTH.dateIn(2025)).isEqualTo("2025-10-29");
  }

  @Test
  void dateIn_gregorianHolidays_areFixedDates() {
    assertThat(ChineseHoliday.NEW_YEAR.dateIn(2026)).isEqualTo("2026-01-01");
    assertThat(ChineseHoliday.NATIONAL_DAY.dateIn(2026)).isEqualTo("2026-10-01");
    assertThat(ChineseHoliday.NATIONAL_DAY.isLunar()).isFalse();
    assertThat(ChineseHoliday.MID_AUTUMN.isLunar()).isTrue();
    assertThat(ChineseHoliday.MID_AUTUMN.chineseName()).isEqualTo("中秋节");
  }

  @Test
  void between_standardYear2025_listsEverySortedOnce() {
    assertThat(HolidayCalendar.standard().between(day("2025-01-01"), day("2025-12-31")))
        .containsExactly(
            new Holiday("元旦", day("2025-01-01")),
            new Holiday("春节", day("2025-01-29")),
            new Holiday("元宵节", day("2025-02-12")),
            new Holiday("端午节", day("2025-05-31")),
            new Holiday("国庆节", day("2025-10-01")),
            new Holiday("中秋节", day("2025-10-06")),
            new Holiday("重阳节", day("2025-10-29")));
  }

  @Test
  void between_rangeBoundsInclusive_includesBothEnds() {
    assertThat(HolidayCalendar.standard().between(day("2026-02-17"), day("2026-03-03")))
        .extracting(Holiday::name)
        .containsExactly("春节", "元宵节");
    assertThat(HolidayCalendar.standard().between(day("2026-02-18"), day("2026-03-02"))).isEmpty();
  }

  @Test
  void between_rangeAcrossYears_listsBothYears() {
    assertThat(HolidayCalendar.standard().between(day("2025-10-02"), day("2026-01-01")))
        .extracting(Holiday::date)
        .containsExactly(day("2025-10-06"), day("2025-10-29"), day("2026-01-01"));
  }

  @Test
  void withDate_hostDate_listedEachYearSortedByDateThenName() {
    HolidayCalendar calendar =
        HolidayCalendar.standard()
            .withDate("公司周年", MonthDay.of(10, 1))
            .withDate("Anniversary", MonthDay.of(2, 29));
    assertThat(calendar.between(day("2027-02-01"), day("2027-10-01")))
        .containsExactly(
            new Holiday("春节", day("2027-02-06")),
            new Holiday("元宵节", day("2027-02-20")),
            new Holiday("Anniversary", day("2027-02-28")),
            new Holiday("端午节", day("2027-06-09")),
            new Holiday("中秋节", day("2027-09-15")),
            new Holiday("公司周年", day("2027-10-01")),
            new Holiday("国庆节", day("2027-10-01")));
  }

  @Test
  void withDate_onEmpty_listsOnlyHostDates() {
    HolidayCalendar calendar = HolidayCalendar.empty().withDate("Anniversary", MonthDay.of(2, 29));
    assertThat(calendar.between(day("2028-01-01"), day("2028-12-31")))
        .containsExactly(new Holiday("Anniversary", day("2028-02-29")));
  }

  @Test
  void withDate_duplicateOrBlankName_throwsValidation() {
    HolidayCalendar calendar = HolidayCalendar.standard().withDate("x", MonthDay.of(3, 1));
    assertThatThrownBy(() -> calendar.withDate("x", MonthDay.of(4, 1)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> calendar.withDate("春节", MonthDay.of(4, 1)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> calendar.withDate(" ", MonthDay.of(4, 1)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void between_reversedRange_throwsValidation() {
    assertThatThrownBy(
            () -> HolidayCalendar.standard().between(day("2026-01-02"), day("2026-01-01")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("toInclusive");
  }

  @Test
  void between_rangeOutsideYearsOrTooLong_listsEveryProblem() {
    assertThatThrownBy(
            () -> HolidayCalendar.standard().between(day("1800-01-01"), day("2300-01-01")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("toInclusive", "from", "toInclusive"));
  }

  @Test
  void between_oneDayRange_isAccepted() {
    assertThat(HolidayCalendar.standard().between(day("2026-10-01"), day("2026-10-01")))
        .containsExactly(new Holiday("国庆节", day("2026-10-01")));
  }

  @Test
  void holiday_blankName_throwsValidation() {
    assertThatThrownBy(() -> new Holiday("", day("2026-10-01")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void publicApi_nullArguments_throwNullPointer() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(String.class, "x")
            .setDefault(LocalDate.class, day("2026-01-01"))
            .setDefault(MonthDay.class, MonthDay.of(1, 2));
    tester.testAllPublicConstructors(Holiday.class);
    tester.testAllPublicInstanceMethods(HolidayCalendar.standard());
    tester.testAllPublicStaticMethods(HolidayCalendar.class);
  }

  @Test
  void holiday_equality_byNameAndDate() {
    new EqualsTester()
        .addEqualityGroup(
            new Holiday("春节", day("2026-02-17")), new Holiday("春节", day("2026-02-17")))
        .addEqualityGroup(new Holiday("春节", day("2027-02-06")))
        .addEqualityGroup(new Holiday("元宵节", day("2026-02-17")))
        .testEquals();
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
