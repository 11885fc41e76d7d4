package io.crmkit.tck;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until a test moves it: {@link #set} jumps to an instant, {@link
 * #advance} moves by a duration. Thread-safe; clocks made with {@link #withZone} share the same
 * time, so moving one moves them all.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at(Instant.parse("2024-03-15T08:30:00Z"));
 * CrmKit crm = CrmKit.builder().clock(clock)...build();
 * clock.advance(Duration.ofDays(1));
 * }</pre>
 *
 * @since 0.1
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Returns a clock in UTC standing at {@code start}. */
  public static MutableClock at(Instant start) {
    return at(start, ZoneOffset.UTC);
  }

  /** Returns a clock in {@code zone} standing at {@code start}. */
  public static MutableClock at(Instant start, ZoneId zone) {
    return new MutableClock(
        new AtomicReference<>(requireNonNull(start, "start")), requireNonNull(zone, "zone"));
  }

  /** Returns the instant the clock stands at. */
  @Override
  public Instant instant() {
    return now.get();
  }

  /** Returns the zone dates are computed in. */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Returns a clock in another zone that shares this clock's time. */
  @Override
  public MutableClock withZone(ZoneId newZone) {
    return new MutableClock(now, requireNonNull(newZone, "zone"));
  }

  /** Moves the clock to {@code instant}, forwards or backwards. */
  public void set(Instant instant) {
    now.set(requireNonNull(instant, "instant"));
  }

  /** Moves the clock by {@code duration} (backwards when negative) and returns the new instant. */
  public Instant advance(Duration duration) {
    requireNonNull(duration, "duration");
    return now.updateAndGet(current -> current.plus(duration));
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", " + zone + "]";
  }
}
