package io.crmkit.core.reminder;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When a reminder repeats: the subset of RFC 5545 RRULE that CRM reminders need — {@code FREQ}
 * (DAILY, WEEKLY, MONTHLY, YEARLY), {@code INTERVAL}, {@code COUNT}, {@code UNTIL}, {@code BYDAY},
 * {@code BYMONTHDAY}, {@code BYMONTH} (and {@code WKST=MO}). Occurrences are local date-times in
 * the reminder's zone, at the time of day of the series start; a day that does not exist (31
 * February) is skipped, as RFC 5545 asks.
 *
 * <pre>{@code
 * Recurrence.parse("FREQ=MONTHLY;BYDAY=-1FR", zone)   // the last Friday of every month
 * Recurrence.parse("FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1", zone)  // National Day
 * }</pre>
 *
 * @param frequency how often
 * @param interval every how many periods, 1 to 1000
 * @param count how many occurrences in all, or {@code null}
 * @param until the last local date-time an occurrence may fall on, or {@code null}
 * @param byDay weekdays (with ordinals for MONTHLY and YEARLY)
 * @param byMonthDay days of the month, 1..31 or -31..-1 (from the end)
 * @param byMonth months, 1..12
 * @since 0.1
 */
public record Recurrence(
    Frequency frequency,
    int interval,
    @Nullable Integer count,
    @Nullable LocalDateTime until,
    List<WeekdayNum> byDay,
    List<Integer> byMonthDay,
    List<Integer> byMonth) {
  /** The rule parts this implementation understands. */
  public static final Set<String> SUPPORTED_PARTS =
      Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "WKST");

  private static final int MAX_EMPTY_PERIODS = 10_000;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

  /**
   * Validates the rule and lists every problem.
   *
   * @throws ValidationException if a number is out of range, COUNT and UNTIL are both given, or a
   *     part does not apply to the frequency (BYMONTHDAY with WEEKLY, BYDAY ordinals with DAILY or
   *     WEEKLY)
   */
  public Recurrence {
    requireNonNull(frequency, "frequency");
    byDay = List.copyOf(byDay);
    byMonthDay = List.copyOf(byMonthDay);
    byMonth = List.copyOf(byMonth);
    Problems problems = Problems.create();
    problems.check(
        interval >= 1 && interval <= 1000,
        "rrule.INTERVAL",
        interval,
        "must be between 1 and 1000");
    problems.check(count == null || count >= 1, "rrule.COUNT", count, "must be at least 1");
    problems.check(
        count == null || until == null, "rrule.UNTIL", until, "must not be combined with COUNT");
    for (Integer day : byMonthDay) {
      problems.check(
          day != 0 && day >= -31 && day <= 31, "rrule.BYMONTHDAY", day, "must be 1..31 or -31..-1");
    }
    for (Integer month : byMonth) {
      problems.check(month >= 1 && month <= 12, "rrule.BYMONTH", month, "must be 1..12");
    }
    problems.check(
        frequency != Frequency.WEEKLY || byMonthDay.isEmpty(),
        "rrule.BYMONTHDAY",
        byMonthDay,
        "does not apply to FREQ=WEEKLY");
    boolean ordinals = byDay.stream().anyMatch(d -> d.ordinal() != 0);
    problems.check(
        !ordinals || frequency == Frequency.MONTHLY || frequency == Frequency.YEARLY,
        "rrule.BYDAY",
        byDay,
        "may carry ordinals only with FREQ=MONTHLY or FREQ=YEARLY");
    problems.check(
        frequency != Frequency.MONTHLY && (frequency != Frequency.YEARLY || byMonth.isEmpty())
            || byDay.stream().allMatch(d -> Math.abs(d.ordinal()) <= 5),
        "rrule.BYDAY",
        byDay,
        "must have ordinals between -5 and 5 within a month");
    problems.throwIfAny();
  }

  /** Returns a rule repeating every {@code interval} periods with no other parts. */
  public static Recurrence every(int interval, Frequency frequency) {
    return new Recurrence(frequency, interval, null, null, List.of(), List.of(), List.of());
  }

  /**
   * Parses an RRULE ({@code FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE}, with or without the {@code RRULE:}
   * prefix); an UNTIL in UTC ({@code 20271231T160000Z}) is converted to local time in {@code zone}.
   *
   * @throws ValidationException listing every problem, naming any part this implementation does not
   *     support
   */
  public static Recurrence parse(String rrule, ZoneId zone) {
    requireNonNull(rrule, "rrule");
    requireNonNull(zone, "zone");
    String text = rrule.strip();
    if (text.regionMatches(true, 0, "RRULE:", 0, 6)) {
      text = text.substring(6);
    }
    Problems problems = Problems.create();
    Frequency frequency = null;
    int interval = 1;
    Integer count = null;
    LocalDateTime until = null;
    List<WeekdayNum> byDay = new ArrayList<>();
    List<Integer> byMonthDay = new ArrayList<>();
    List<Integer> byMonth = new ArrayList<>();
    for (String part : text.split(";")) {
      int eq = part.indexOf('=');
      String name =
          eq < 0
              ? part.strip().toUpperCase(Locale.ROOT)
              : part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
      String value = eq < 0 ? "" : part.substring(eq + 1).strip();
      if (!SUPPORTED_PARTS.contains(name)) {
        problems.add(
            "rrule." + name,
            part,
            "is not supported; supported parts are FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH");
        continue;
      }
      switch (name) {
        case "FREQ" -> {
          try {
            frequency = Frequency.valueOf(value.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            problems.add("rrule.FREQ", value, "must be DAILY, WEEKLY, MONTHLY or YEARLY");
          }
        }
        case "INTERVAL" -> interval = number(problems, "rrule.INTERVAL", value, 1);
        case "COUNT" -> count = number(problems, "rrule.COUNT", value, null);
        case "UNTIL" -> until = until(problems, value, zone);
        case "BYDAY" -> {
          for (String day : value.split(",")) {
            WeekdayNum parsed = problems.value("rrule.BYDAY", () -> WeekdayNum.parse(day));
            if (parsed != null) {
              byDay.add(parsed);
            }
          }
        }
        case "BYMONTHDAY" -> numbers(problems, "rrule.BYMONTHDAY", value, byMonthDay);
        case "BYMONTH" -> numbers(problems, "rrule.BYMONTH", value, byMonth);
        default ->
            problems.check(
                "MO".equalsIgnoreCase(value),
                "rrule.WKST",
                value,
                "must be MO, the only week start supported");
      }
    }
    problems.check(frequency != null || !problems.isEmpty(), "rrule.FREQ", null, "is required");
    problems.throwIfAny();
    Frequency chosen = frequency;
    Integer chosenCount = count;
    LocalDateTime chosenUntil = until;
    int chosenInterval = interval;
    Problems rule = Problems.create();
    Recurrence recurrence =
        rule.nested(
            "",
            () ->
                new Recurrence(
                    chosen, chosenInterval, chosenCount, chosenUntil, byDay, byMonthDay, byMonth));
    rule.throwIfAny();
    return recurrence;
  }

  /**
   * Returns the first occurrence of the series starting at {@code start} that falls strictly after
   * {@code after}, honouring COUNT and UNTIL; empty when the series has ended.
   */
  public Optional<LocalDateTime> nextAfter(LocalDateTime start, LocalDateTime after) {
    int seen = 0;
    int emptyPeriods = 0;
    for (long period = 0; emptyPeriods < MAX_EMPTY_PERIODS; period++) {
      List<LocalDate> days = candidates(start, period);
      emptyPeriods = days.isEmpty() ? emptyPeriods + 1 : 0;
      for (LocalDate day : days) {
        LocalDateTime occurrence = day.atTime(start.toLocalTime());
        if (occurrence.isBefore(start)) {
          continue;
        }
        if (until != null && occurrence.isAfter(until) || count != null && seen >= count) {
          return Optional.empty();
        }
        seen++;
        if (occurrence.isAfter(after)) {
          return Optional.of(occurrence);
        }
      }
    }
    return Optional.empty();
  }

  /** Returns the first {@code limit} occurrences of the series starting at {@code start}. */
  public List<LocalDateTime> occurrences(LocalDateTime start, int limit) {
    List<LocalDateTime> result = new ArrayList<>();
    LocalDateTime cursor = start.minusNanos(1);
    while (result.size() < limit) {
      Optional<LocalDateTime> next = nextAfter(start, cursor);
      if (next.isEmpty()) {
        break;
      }
      result.add(next.get());
      cursor = next.get();
    }
    return result;
  }

  /** Renders the rule in RRULE form, parts in a fixed order. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("FREQ=").append(frequency);
    if (interval != 1) {
      text.append(";INTERVAL=").append(interval);
    }
    if (count != null) {
      text.append(";COUNT=").append(count);
    }
    if (until != null) {
      text.append(";UNTIL=").append(DATE_TIME.format(until));
    }
    if (!byDay.isEmpty()) {
      text.append(";BYDAY=")
          .append(String.join(",", byDay.stream().map(WeekdayNum::toString).toList()));
    }
    if (!byMonthDay.isEmpty()) {
      text.append(";BYMONTHDAY=")
          .append(String.join(",", byMonthDay.stream().map(String::valueOf).toList()));
    }
    if (!byMonth.isEmpty()) {
      text.append(";BYMONTH=")
          .append(String.join(",", byMonth.stream().map(String::valueOf).toList()));
    }
    return text.toString();
  }

  private List<LocalDate> candidates(LocalDateTime start, long period) {
    LocalDate first = start.toLocalDate();
    long step = period * interval;
    return switch (frequency) {
      case DAILY -> {
        LocalDate day = first.plusDays(step);
        yield RecurrenceDays.matchesLimits(this, day) ? List.of(day) : List.of();
      }
      case WEEKLY -> RecurrenceDays.week(this, first, step);
      case MONTHLY ->
          RecurrenceDays.month(
              this, java.time.YearMonth.from(first).plusMonths(step), first.getDayOfMonth());
      case YEARLY -> RecurrenceDays.year(this, first.getYear() + (int) step, first);
    };
  }

  private static int number(
      Problems problems, String field, String value, @Nullable Integer fallback) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      problems.add(field, value, "must be a whole number");
      return fallback == null ? 1 : fallback;
    }
  }

  private static void numbers(Problems problems, String field, String value, List<Integer> into) {
    for (String item : value.split(",")) {
      try {
        into.add(
            Integer.parseInt(
                item.strip().startsWith("+") ? item.strip().substring(1) : item.strip()));
      } catch (NumberFormatException e) {
        problems.add(field, item, "must be a whole number");
      }
    }
  }

  private static @Nullable LocalDateTime until(Problems problems, String value, ZoneId zone) {
    try {
      if (value.length() == 8) {
        return LocalDate.parse(value, DATE).atTime(23, 59, 59);
      }
      if (value.endsWith("Z") || value.endsWith("z")) {
        LocalDateTime utc = LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME);
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
      }
      return LocalDateTime.parse(value, DATE_TIME);
    } catch (DateTimeException e) {
      problems.add(
          "rrule.UNTIL",
          value,
          "must be a date like 20271231 or a date-time like 20271231T235959Z");
      return null;
    }
  }
}
