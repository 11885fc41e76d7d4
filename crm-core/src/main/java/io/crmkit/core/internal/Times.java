package io.crmkit.core.internal;

import java.time.Instant;
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
}
