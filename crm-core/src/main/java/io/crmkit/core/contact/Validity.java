package io.crmkit.core.contact;

import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The dates a contact point is valid between, both inclusive and both optional: a phone number that
 * stopped working on a date, an address valid from a move.
 *
 * @param from the first valid day, or {@code null} for "always was"
 * @param until the last valid day, or {@code null} for "still is"
 * @since 0.1
 */
public record Validity(@Nullable LocalDate from, @Nullable LocalDate until) {
  /** Valid on every day. */
  public static final Validity ALWAYS = new Validity(null, null);

  /**
   * Requires {@code until} not to be before {@code from}.
   *
   * @throws ValidationException if it is
   */
  public Validity {
    if (from != null && until != null && until.isBefore(from)) {
      throw ValidationException.of("validity.until", until, "must not be before " + from);
    }
  }

  /** Returns whether the day lies in the range. */
  public boolean isValidOn(LocalDate day) {
    java.util.Objects.requireNonNull(day, "day");
    return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
  }
}
