package io.crmkit.core.reminder;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.ValidationException;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/**
 * One BYDAY entry of a recurrence rule: a weekday, optionally with an ordinal within the month or
 * year ({@code MO} every Monday, {@code 1MO} the first Monday, {@code -1FR} the last Friday).
 *
 * @param ordinal 0 for "every", else 1..53 or -53..-1
 * @param day the weekday
 * @since 0.1
 */
public record WeekdayNum(int ordinal, DayOfWeek day) {
  private static final Map<String, DayOfWeek> CODES =
      Map.of(
          "MO", DayOfWeek.MONDAY,
          "TU", DayOfWeek.TUESDAY,
          "WE", DayOfWeek.WEDNESDAY,
          "TH", DayOfWeek.THURSDAY,
          "FR", DayOfWeek.FRIDAY,
          "SA", DayOfWeek.SATURDAY,
          "SU", DayOfWeek.SUNDAY);

  /**
   * Validates the ordinal.
   *
   * @throws ValidationException if it is outside -53..53
   */
  public WeekdayNum {
    requireNonNull(day, "day");
    if (ordinal < -53 || ordinal > 53) {
      throw ValidationException.of(
          "rrule.BYDAY", ordinal, "must have an ordinal between -53 and 53");
    }
  }

  /**
   * Parses {@code MO}, {@code 2TU}, {@code -1FR}, {@code +3WE}.
   *
   * @throws ValidationException if the text is not a BYDAY entry
   */
  public static WeekdayNum parse(String text) {
    String upper = text.strip().toUpperCase(Locale.ROOT);
    if (upper.length() < 2 || !CODES.containsKey(upper.substring(upper.length() - 2))) {
      throw ValidationException.of("rrule.BYDAY", text, "must be a weekday like MO, 1MO or -1FR");
    }
    DayOfWeek day = CODES.get(upper.substring(upper.length() - 2));
    String number = upper.substring(0, upper.length() - 2);
    if (number.isEmpty()) {
      return new WeekdayNum(0, day);
    }
    try {
      int ordinal = Integer.parseInt(number.startsWith("+") ? number.substring(1) : number);
      if (ordinal == 0) {
        throw ValidationException.of("rrule.BYDAY", text, "must not have the ordinal 0");
      }
      return new WeekdayNum(ordinal, day);
    } catch (NumberFormatException e) {
      throw ValidationException.of("rrule.BYDAY", text, "must be a weekday like MO, 1MO or -1FR");
    }
  }

  @Override
  public String toString() {
    return (ordinal == 0 ? "" : String.valueOf(ordinal)) + day.name().substring(0, 2);
  }
}
