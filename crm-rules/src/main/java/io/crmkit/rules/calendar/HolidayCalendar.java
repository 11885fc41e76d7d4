package io.crmkit.rules.calendar;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of holidays to greet: standard Chinese holidays plus host-defined Gregorian
 * dates, such as a customer's company anniversary.
 *
 * @since 0.1
 */
public final class HolidayCalendar {
  /** The longest range {@link #between} accepts, in days (about 200 years). */
  public static final long MAX_RANGE_DAYS = 73_050;

  private final Set<ChineseHoliday> standard;
  private final Map<String, MonthDay> hostDates;

  private HolidayCalendar(Set<ChineseHoliday> standard, Map<String, MonthDay> hostDates) {
    this.standard = standard;
    this.hostDates = hostDates;
  }

  /** Returns a calendar of every {@link ChineseHoliday}. */
  public static HolidayCalendar standard() {
    return new HolidayCalendar(EnumSet.allOf(ChineseHoliday.class), Map.of());
  }

  /** Returns a calendar with no holidays, to which a host adds only the dates it greets. */
  public static HolidayCalendar empty() {
    return new HolidayCalendar(EnumSet.noneOf(ChineseHoliday.class), Map.of());
  }

  /**
   * Returns a copy with a host-defined Gregorian holiday every year on {@code date}; 29 February is
   * greeted on 28 February in other years.
   *
   * @throws ValidationException if the name is blank or already used
   */
  public HolidayCalendar withDate(String name, MonthDay date) {
    requireNonNull(name, "name");
    requireNonNull(date, "date");
    if (name.isBlank()) {
      throw ValidationException.of("name", name, "must not be blank");
    }
    boolean taken =
        hostDates.containsKey(name)
            || standard.stream().anyMatch(h -> h.chineseName().equals(name));
    if (taken) {
      throw ValidationException.of(
          "name", name, "must not repeat a holiday already in the calendar");
    }
    Map<String, MonthDay> dates = new LinkedHashMap<>(hostDates);
    dates.put(name, date);
    return new HolidayCalendar(standard, Map.copyOf(dates));
  }

  /**
   * Returns every holiday occurrence from {@code from} to {@code toInclusive}, sorted by date and
   * then name; standard holidays are named by their Chinese names.
   *
   * @throws ValidationException if the range is reversed, longer than {@value #MAX_RANGE_DAYS}
   *     days, or outside the years {@value BirthdayDates#MIN_YEAR} to {@value
   *     BirthdayDates#MAX_YEAR}
   */
  public List<Holiday> between(LocalDate from, LocalDate toInclusive) {
    requireNonNull(from, "from");
    requireNonNull(toInclusive, "toInclusive");
    List<FieldError> errors = new ArrayList<>();
    if (toInclusive.isBefore(from)) {
      errors.add(
          new FieldError("toInclusive", toInclusive.toString(), "must not be before " + from));
    } else if (ChronoUnit.DAYS.between(from, toInclusive) > MAX_RANGE_DAYS) {
      errors.add(
          new FieldError(
              "toInclusive",
              toInclusive.toString(),
              "must be at most " + MAX_RANGE_DAYS + " days after " + from));
    }
    for (LocalDate day : List.of(from, toInclusive)) {
      if (day.getYear() < BirthdayDates.MIN_YEAR || day.getYear() > BirthdayDates.MAX_YEAR) {
        errors.add(
            new FieldError(
                day == from ? "from" : "toInclusive",
                day.toString(),
                "must be in the years "
                    + BirthdayDates.MIN_YEAR
                    + " to "
                    + BirthdayDates.MAX_YEAR));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    List<Holiday> holidays = new ArrayList<>();
    for (int year = from.getYear(); year <= toInclusive.getYear(); year++) {
      for (ChineseHoliday holiday : standard) {
        add(holidays, holiday.chineseName(), holiday.dateIn(year), from, toInclusive);
      }
      for (Map.Entry<String, MonthDay> host : hostDates.entrySet()) {
        add(holidays, host.getKey(), host.getValue().atYear(year), from, toInclusive);
      }
    }
    holidays.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::name));
    return List.copyOf(holidays);
  }

  private static void add(
      List<Holiday> holidays, String name, LocalDate date, LocalDate from, LocalDate to) {
    if (!date.isBefore(from) && !date.isAfter(to)) {
      holidays.add(new Holiday(name, date));
    }
  }
}
