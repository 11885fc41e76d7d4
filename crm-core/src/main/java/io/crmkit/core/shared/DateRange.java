package io.crmkit.core.shared;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A run of days, both ends inclusive.
 *
 * @param start the first day
 * @param end the last day, not before start
 * @since 0.1
 */
public record DateRange(LocalDate start, LocalDate end) implements Comparable<DateRange> {

  /**
   * Requires {@code end} not to be before {@code start}.
   *
   * @throws ValidationException if it is
   */
  public DateRange {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw ValidationException.of("end", end, "must not be before the start " + start);
    }
  }

  /** Returns the range from start to end, both inclusive. */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  /** Returns whether the day lies in the range. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** Returns the number of days, counting both ends. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Returns whether the two ranges overlap or touch (one ends the day before the other starts), so
   * that together they cover one unbroken run of days.
   */
  public boolean touches(DateRange other) {
    return !other.start.isAfter(end.plusDays(1)) && !start.isAfter(other.end.plusDays(1));
  }

  /** Returns the smallest range covering both. */
  public DateRange span(DateRange other) {
    return new DateRange(
        start.isBefore(other.start) ? start : other.start,
        end.isAfter(other.end) ? end : other.end);
  }

  @Override
  public int compareTo(DateRange other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end.compareTo(other.end);
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
