package io.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.crmkit.core.shared.NullPointerTesters;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {

  @Test
  void stored_truncatesToMicroseconds() {
    assertThat(Times.stored(Instant.parse("2024-05-01T08:00:00.123456789Z")))
        .isEqualTo(Instant.parse("2024-05-01T08:00:00.123456Z"));
    assertThat(Times.stored(Instant.parse("1969-12-31T23:59:59.999999999Z")))
        .isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
  }

  @Test
  void stored_isIdempotentAndLosesLessThanAMicrosecond() {
    qt().forAll(
            longs().between(-100_000_000_000L, 100_000_000_000L),
            integers().between(0, 999_999_999))
        .checkAssert(
            (seconds, nanos) -> {
              Instant instant = Instant.ofEpochSecond(seconds, nanos);
              Instant stored = Times.stored(instant);

              assertThat(stored.getNano() % 1_000).isZero();
              assertThat(stored).isBeforeOrEqualTo(instant);
              assertThat(Duration.between(stored, instant)).isLessThan(Duration.ofNanos(1_000));
              assertThat(Times.stored(stored)).isEqualTo(stored);
            });
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(Times.class);
  }
}
