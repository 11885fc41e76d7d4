package io.crmkit.rules.calendar;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;

/**
 * One occurrence of a holiday: its name and the Gregorian date it falls on.
 *
 * @param name the holiday's name, such as 中秋节 or a host-defined name; not blank
 * @param date the Gregorian date
 * @since 0.1
 */
public record Holiday(String name, LocalDate date) {

  /**
   * Validates the name.
   *
   * @throws ValidationException if the name is blank
   */
  public Holiday {
    requireNonNull(name, "name");
    requireNonNull(date, "date");
    if (name.isBlank()) {
      throw ValidationException.of("name", name, "must not be blank");
    }
  }
}
