package io.crmkit.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.contact.Birthday;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the next birthday for random birthdays and start days from 1950 to 2090. */
class BirthdayDatesLawsTest {
  private static final long FIRST = LocalDate.of(1950, 1, 1).toEpochDay();
  private static final long LAST = LocalDate.of(2090, 12, 31).toEpochDay();

  private static Gen<LocalDate> days() {
    return integers().between((int) FIRST, (int) LAST).map(d -> LocalDate.ofEpochDay(d));
  }

  private static Gen<Birthday.Solar> solarBirthdays() {
    return integers()
        .between(1, 12)
        .zip(
            integers().between(1, 31),
            (m, d) -> new Birthday.Solar(null, m, Math.min(d, Month.of(m).maxLength())));
  }

  private static Gen<Birthday.Lunar> lunarBirthdays() {
    return integers()
        .between(1, 12)
        .zip(
            integers().between(1, 30),
            booleans().all(),
            (m, d, leap) -> new Birthday.Lunar(null, m, d, leap));
  }

  @Test
  void nextOccurrence_solar_onOrAfterFromWithinAYearOnTheBirthday() {
    qt().forAll(solarBirthdays(), days())
        .checkAssert(
            (birthday, from) -> {
              LocalDate next = BirthdayDates.nextOccurrence(birthday, from);
              assertThat(next).isAfterOrEqualTo(from);
              assertThat(ChronoUnit.DAYS.between(from, next)).isLessThanOrEqualTo(366);
              assertThat(next.getMonthValue()).isEqualTo(birthday.month());
              boolean leapDayMoved =
                  birthday.month() == 2 && birthday.day() == 29 && !next.isLeapYear();
              assertThat(next.getDayOfMonth()).isEqualTo(leapDayMoved ? 28 : birthday.day());
            });
  }

  @Test
  void nextOccurrence_lunar_onOrAfterFromWithin384DaysOnTheLunarDay() {
    qt().forAll(lunarBirthdays(), days())
        .checkAssert(
            (birthday, from) -> {
              LocalDate next = BirthdayDates.nextOccurrence(birthday, from);
              assertThat(next).isAfterOrEqualTo(from);
              assertThat(ChronoUnit.DAYS.between(from, next)).isLessThanOrEqualTo(384);
              int[] lunar = LunarDates.monthLeapDay(next);
              assertThat(lunar[0]).isEqualTo(birthday.month());
              if (!birthday.leapMonth()) {
                assertThat(lunar[1]).isZero();
              }
              if (birthday.day() < 30) {
                assertThat(lunar[2]).isEqualTo(birthday.day());
              } else {
                assertThat(lunar[2]).isBetween(29, 30);
              }
            });
  }

  @Test
  void nextOccurrence_dayBeforeAnOccurrence_findsThatOccurrence() {
    qt().forAll(lunarBirthdays(), days())
        .checkAssert(
            (birthday, from) -> {
              LocalDate next = BirthdayDates.nextOccurrence(birthday, from);
              assertThat(BirthdayDates.nextOccurrence(birthday, next)).isEqualTo(next);
              LocalDate after = BirthdayDates.nextOccurrence(birthday, next.plusDays(1));
              assertThat(ChronoUnit.DAYS.between(next, after)).isBetween(320L, 414L);
            });
  }
}
