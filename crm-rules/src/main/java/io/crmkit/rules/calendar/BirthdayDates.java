package io.crmkit.rules.calendar;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contact.Birthday;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Finds the Gregorian date on which a contact celebrates a solar or Chinese lunar birthday.
 *
 * <p>The rules: a solar 29 February is celebrated on 28 February in years without 29 February. A
 * lunar birthday is converted with ICU4J's {@code com.ibm.icu.util.ChineseCalendar}; one in a leap
 * month (闰月) is celebrated in the leap month when the lunar year has that leap month, and otherwise
 * in the ordinary month of the same number; lunar day 30 in a 29-day month is celebrated on day 29,
 * the last day of that month.
 *
 * @since 0.1
 */
public final class BirthdayDates {
  /** The first Gregorian year handled; ICU's lunar tables and the birthday years cover it. */
  public static final int MIN_YEAR = 1900;

  /** The last Gregorian year handled. */
  public static final int MAX_YEAR = 2200;

  private BirthdayDates() {}

  /**
   * Returns the first Gregorian date on or after {@code from} on which the birthday is celebrated.
   *
   * @throws ValidationException if {@code from} is outside {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @since 0.1
   */
  public static LocalDate nextOccurrence(Birthday birthday, LocalDate from) {
    requireNonNull(birthday, "birthday");
    requireNonNull(from, "from");
    if (from.getYear() < MIN_YEAR || from.getYear() > MAX_YEAR) {
      throw ValidationException.of(
          "from", from, "must be in the years " + MIN_YEAR + " to " + MAX_YEAR);
    }
    for (int year = from.getYear() - 1; year <= from.getYear() + 1; year++) {
      LocalDate date = celebratedIn(birthday, year);
      if (!date.isBefore(from)) {
        return date;
      }
    }
    throw new IllegalStateException("no birthday within a year of " + from);
  }

  /**
   * Returns the age on {@code on} as the number of birthdays celebrated after the date of birth, or
   * empty when the year of birth is unknown; the date of birth is the celebration that falls in the
   * year of birth.
   *
   * @throws ValidationException if {@code on} is before the date of birth or outside the handled
   *     years
   * @since 0.1
   */
  public static OptionalInt age(Birthday birthday, LocalDate on) {
    requireNonNull(birthday, "birthday");
    requireNonNull(on, "on");
    Integer born = birthYear(birthday);
    if (born == null) {
      return OptionalInt.empty();
    }
    nextOccurrence(birthday, on);
    int birthCycle = born;
    for (int year = born - 1; year <= born + 1; year++) {
      if (celebratedIn(birthday, year).getYear() == born) {
        birthCycle = year;
        break;
      }
    }
    LocalDate birth = celebratedIn(birthday, birthCycle);
    if (on.isBefore(birth)) {
      throw ValidationException.of("on", on, "must not be before the date of birth " + birth);
    }
    int last = on.getYear() + 1;
    while (celebratedIn(birthday, last).isAfter(on)) {
      last--;
    }
    return OptionalInt.of(last - birthCycle);
  }

  /** Returns the date the birthday is celebrated in the given (lunar or Gregorian) year. */
  static LocalDate celebratedIn(Birthday birthday, int year) {
    if (birthday instanceof Birthday.Solar) {
      Birthday.Solar solar = (Birthday.Solar) birthday;
      int day = solar.month() == 2 && solar.day() == 29 && !Year.isLeap(year) ? 28 : solar.day();
      return LocalDate.of(year, solar.month(), day);
    }
    Birthday.Lunar lunar = (Birthday.Lunar) birthday;
    Optional<LocalDate> date = Optional.empty();
    if (lunar.leapMonth()) {
      date = LunarDates.toGregorian(year, lunar.month(), true, lunar.day());
    }
    return date.orElseGet(
        () -> LunarDates.toGregorian(year, lunar.month(), false, lunar.day()).get());
  }

  private static @Nullable Integer birthYear(Birthday birthday) {
    return birthday instanceof Birthday.Solar
        ? ((Birthday.Solar) birthday).year()
        : ((Birthday.Lunar) birthday).year();
  }
}
