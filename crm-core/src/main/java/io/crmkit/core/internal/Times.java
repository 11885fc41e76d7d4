package io.crmkit.core.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The one precision every stored instant has. */
public final class Times {
  private Times() {}

  /**
   * Truncates an instant to microseconds, the finest precision PostgreSQL, MariaDB and H2 keep, so
   * that an instant reads back from every store exactly as it was saved.
   */
  public static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Truncates a local date-time to microseconds, like {@link #stored(Instant)}: a due time built
   * from a clock reading keeps the precision every store keeps.
   */
  public static LocalDateTime stored(LocalDateTime dateTime) {
    return dateTime.truncatedTo(ChronoUnit.MICROS);
  }
}
