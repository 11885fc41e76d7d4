package io.crmkit.jpa.internal;

import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Instants as the schema stores them: a {@code BIGINT} of microseconds since the epoch, UTC. Both
 * providers read and write a {@code long} the same way on every database and in every JVM zone,
 * which neither does for {@code Instant} with {@code TIMESTAMP [WITH TIME ZONE]} columns.
 */
final class Micros {
  private static final long PER_SECOND = 1_000_000L;

  private Micros() {}

  /**
   * Returns the microseconds of an instant, which crm-core already keeps to the microsecond.
   *
   * @throws ValidationException if the instant is beyond ±292,000 years of the epoch
   */
  static long of(String field, Instant instant) {
    try {
      return Math.addExact(
          Math.multiplyExact(instant.getEpochSecond(), PER_SECOND), instant.getNano() / 1000);
    } catch (ArithmeticException e) {
      throw ValidationException.of(field, instant, "must be within 292,000 years of 1970");
    }
  }

  static @Nullable Long ofNullable(String field, @Nullable Instant instant) {
    return instant == null ? null : of(field, instant);
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, PER_SECOND), Math.floorMod(micros, PER_SECOND) * 1000);
  }

  static @Nullable Instant instantOrNull(@Nullable Long micros) {
    return micros == null ? null : instant(micros);
  }
}
