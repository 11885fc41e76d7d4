package io.crmkit.examples.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock the report's kit runs on: it replays history, standing on each order's day while the
 * order is recorded and on the analysis day while the rules run. Never the system clock.
 */
final class ReplayClock extends Clock {
  private Instant now;

  ReplayClock(Instant start) {
    this.now = start;
  }

  /** Moves the clock to an instant, forwards or back. */
  void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
