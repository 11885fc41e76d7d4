package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  private static final Instant START = Instant.parse("2024-03-15T23:30:00.123456Z");

  @Test
  void at_instant_standsStillInUtc() {
    MutableClock clock = MutableClock.at(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void advance_duration_movesTheClockAndReturnsTheNewInstant() {
    MutableClock clock = MutableClock.at(START);

    Instant moved = clock.advance(Duration.ofMinutes(45));
    clock.advance(Duration.ofSeconds(-10));

    assertThat(moved).isEqualTo(START.plusSeconds(45 * 60));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(45 * 60 - 10));
  }

  @Test
  void set_earlierInstant_movesTheClockBack() {
    MutableClock clock = MutableClock.at(START);

    clock.set(Instant.EPOCH);

    assertThat(clock.millis()).isZero();
  }

  @Test
  void withZone_otherZone_sharesTheTimeButComputesDatesInItsZone() {
    MutableClock utc = MutableClock.at(START);
    MutableClock shanghai = utc.withZone(ZoneId.of("Asia/Shanghai"));

    utc.advance(Duration.ofHours(1));

    assertThat(shanghai.instant()).isEqualTo(utc.instant());
    assertThat(LocalDate.now(utc)).isEqualTo(LocalDate.of(2024, 3, 16));
    assertThat(LocalDate.now(shanghai)).isEqualTo(LocalDate.of(2024, 3, 16));
    assertThat(LocalDate.now(shanghai.withZone(ZoneId.of("America/Los_Angeles"))))
        .isEqualTo(LocalDate.of(2024, 3, 15));
  }
}
