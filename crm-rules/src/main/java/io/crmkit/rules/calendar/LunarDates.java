package io.crmkit.rules.calendar;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Converts Chinese lunar dates to Gregorian dates with ICU4J's {@link ChineseCalendar}. A lunar
 * year is named here by the Gregorian year in which its first day (正月初一) falls.
 *
 * <p>ICU computes new moons with an approximation that can place a new moon a few minutes before
 * midnight China time on the next day (ICU-23274). The official calendar, as published by the Hong
 * Kong Observatory, wins: {@link #EARLY_MONTH_STARTS} lists the month starts ICU puts one day late.
 */
final class LunarDates {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  /**
   * Lunar months that begin one day before ICU says. 2027-02-06: the new moon is at 23:56 China
   * time, so Spring Festival is 2027-02-06 (Hong Kong Observatory, 2027 calendar); ICU 78.1 gives
   * 2027-02-07.
   */
  static final Set<LocalDate> EARLY_MONTH_STARTS = Set.of(LocalDate.of(2027, 2, 6));

  private LunarDates() {}

  /**
   * Returns the Gregorian date of a lunar day, or empty when the lunar year has no such leap month;
   * day 30 of a 29-day month becomes day 29, the last day of that month.
   */
  static Optional<LocalDate> toGregorian(int lunarYear, int month, boolean leapMonth, int day) {
    ChineseCalendar calendar = calendarOn(LocalDate.of(lunarYear, 7, 1));
    int extendedYear = calendar.get(ChineseCalendar.EXTENDED_YEAR);
    calendar.clear();
    calendar.set(ChineseCalendar.EXTENDED_YEAR, extendedYear);
    calendar.set(ChineseCalendar.MONTH, month - 1);
    calendar.set(ChineseCalendar.IS_LEAP_MONTH, leapMonth ? 1 : 0);
    calendar.set(ChineseCalendar.DAY_OF_MONTH, 1);
    LocalDate first = toLocalDate(calendar);
    ChineseCalendar check = calendarOn(first);
    if (check.get(ChineseCalendar.EXTENDED_YEAR) != extendedYear
        || check.get(ChineseCalendar.MONTH) != month - 1
        || check.get(ChineseCalendar.IS_LEAP_MONTH) != (leapMonth ? 1 : 0)
        || check.get(ChineseCalendar.DAY_OF_MONTH) != 1) {
      return Optional.empty();
    }
    LocalDate next = first.plusDays(check.getActualMaximum(ChineseCalendar.DAY_OF_MONTH));
    LocalDate start = corrected(first);
    long length = corrected(next).toEpochDay() - start.toEpochDay();
    return Optional.of(start.plusDays(Math.min(day, length) - 1L));
  }

  /** Returns the lunar month, leap flag and day of a Gregorian date, for tests and diagnostics. */
  static int[] monthLeapDay(LocalDate date) {
    if (EARLY_MONTH_STARTS.contains(date)) {
      ChineseCalendar next = calendarOn(date.plusDays(1));
      return new int[] {
        next.get(ChineseCalendar.MONTH) + 1, next.get(ChineseCalendar.IS_LEAP_MONTH), 1
      };
    }
    ChineseCalendar calendar = calendarOn(date);
    int day = calendar.get(ChineseCalendar.DAY_OF_MONTH);
    LocalDate icuStart = date.minusDays(day - 1L);
    return new int[] {
      calendar.get(ChineseCalendar.MONTH) + 1,
      calendar.get(ChineseCalendar.IS_LEAP_MONTH),
      EARLY_MONTH_STARTS.contains(icuStart.minusDays(1)) ? day + 1 : day
    };
  }

  /** Returns the true start of a month that ICU starts on {@code icuStart}. */
  private static LocalDate corrected(LocalDate icuStart) {
    LocalDate dayBefore = icuStart.minusDays(1);
    return EARLY_MONTH_STARTS.contains(dayBefore) ? dayBefore : icuStart;
  }

  private static ChineseCalendar calendarOn(LocalDate date) {
    ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    calendar.setTimeInMillis(date.toEpochDay() * MILLIS_PER_DAY);
    return calendar;
  }

  private static LocalDate toLocalDate(ChineseCalendar calendar) {
    return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
  }
}
