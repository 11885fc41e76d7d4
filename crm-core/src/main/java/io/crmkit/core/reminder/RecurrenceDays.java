package io.crmkit.core.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The days one period of a {@link Recurrence} yields, per RFC 5545's expand-and-limit table. */
final class RecurrenceDays {
  private RecurrenceDays() {}

  /** Whether a day passes the BYMONTH, BYMONTHDAY and BYDAY limits (for DAILY). */
  static boolean matchesLimits(Recurrence rule, LocalDate day) {
    return (rule.byMonth().isEmpty() || rule.byMonth().contains(day.getMonthValue()))
        && (rule.byMonthDay().isEmpty()
            || monthDays(rule, YearMonth.from(day)).contains(day.getDayOfMonth()))
        && (rule.byDay().isEmpty()
            || rule.byDay().stream().anyMatch(d -> d.day() == day.getDayOfWeek()));
  }

  /** The days of the week {@code weeks} weeks after the start's week (weeks start on Monday). */
  static List<LocalDate> week(Recurrence rule, LocalDate start, long weeks) {
    LocalDate monday =
        start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks);
    TreeSet<LocalDate> days = new TreeSet<>();
    if (rule.byDay().isEmpty()) {
      days.add(monday.with(TemporalAdjusters.nextOrSame(start.getDayOfWeek())));
    } else {
      rule.byDay().forEach(d -> days.add(monday.with(TemporalAdjusters.nextOrSame(d.day()))));
    }
    days.removeIf(
        day -> !rule.byMonth().isEmpty() && !rule.byMonth().contains(day.getMonthValue()));
    return new ArrayList<>(days);
  }

  /** The days of one month: BYMONTHDAY and BYDAY expand, and limit each other when both appear. */
  static List<LocalDate> month(Recurrence rule, YearMonth month, int startDay) {
    if (!rule.byMonth().isEmpty() && !rule.byMonth().contains(month.getMonthValue())) {
      return List.of();
    }
    TreeSet<Integer> days = new TreeSet<>();
    if (rule.byMonthDay().isEmpty() && rule.byDay().isEmpty()) {
      if (startDay <= month.lengthOfMonth()) {
        days.add(startDay);
      }
    } else if (rule.byDay().isEmpty()) {
      days.addAll(monthDays(rule, month));
    } else {
      List<LocalDate> all = new ArrayList<>();
      for (int d = 1; d <= month.lengthOfMonth(); d++) {
        all.add(month.atDay(d));
      }
      for (LocalDate day : byDay(rule, all)) {
        days.add(day.getDayOfMonth());
      }
      if (!rule.byMonthDay().isEmpty()) {
        days.retainAll(monthDays(rule, month));
      }
    }
    return days.stream().map(month::atDay).toList();
  }

  /** The days of one year: BYMONTH expands months; within them the monthly rules apply. */
  static List<LocalDate> year(Recurrence rule, int year, LocalDate start) {
    if (year < 1 || year > 9999) {
      return List.of();
    }
    if (rule.byMonth().isEmpty() && rule.byMonthDay().isEmpty() && !rule.byDay().isEmpty()) {
      // BYDAY alone in a yearly rule: ordinals count within the year
      List<LocalDate> all = new ArrayList<>();
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        all.add(d);
      }
      return byDay(rule, all);
    }
    List<Integer> months =
        !rule.byMonth().isEmpty()
            ? rule.byMonth().stream().sorted().toList()
            : rule.byMonthDay().isEmpty()
                ? List.of(start.getMonthValue())
                : List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    List<LocalDate> days = new ArrayList<>();
    for (int month : months) {
      YearMonth ym = YearMonth.of(year, month);
      Recurrence withinMonth =
          new Recurrence(
              Frequency.MONTHLY, 1, null, null, rule.byDay(), rule.byMonthDay(), List.of());
      days.addAll(month(withinMonth, ym, start.getDayOfMonth()));
    }
    return days;
  }

  /** BYMONTHDAY resolved for the month: negative days count from the end; missing days drop. */
  private static TreeSet<Integer> monthDays(Recurrence rule, YearMonth month) {
    TreeSet<Integer> days = new TreeSet<>();
    int length = month.lengthOfMonth();
    for (int d : rule.byMonthDay()) {
      int day = d > 0 ? d : length + d + 1;
      if (day >= 1 && day <= length) {
        days.add(day);
      }
    }
    return days;
  }

  /** The days of a span that BYDAY selects; ordinals count within the span. */
  private static List<LocalDate> byDay(Recurrence rule, List<LocalDate> span) {
    TreeSet<LocalDate> selected = new TreeSet<>();
    for (WeekdayNum entry : rule.byDay()) {
      List<LocalDate> matching =
          span.stream().filter(d -> d.getDayOfWeek() == entry.day()).toList();
      if (entry.ordinal() == 0) {
        selected.addAll(matching);
      } else {
        int index = entry.ordinal() > 0 ? entry.ordinal() - 1 : matching.size() + entry.ordinal();
        if (index >= 0 && index < matching.size()) {
          selected.add(matching.get(index));
        }
      }
    }
    return new ArrayList<>(selected);
  }
}
