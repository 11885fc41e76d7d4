package io.crmkit.core.activity;

/**
 * The rolling windows {@link CustomerFacts} keeps spend and order counts for. A window of N days
 * ending on {@code asOf} covers the N days up to and including {@code asOf}.
 *
 * @since 0.1
 */
public enum FactWindow {
  /** The last 30 days. */
  DAYS_30(30),
  /** The last 90 days. */
  DAYS_90(90),
  /** The last 365 days. */
  DAYS_365(365),
  /** Everything ever recorded, whatever {@code asOf} is. */
  LIFETIME(0);

  private final int days;

  FactWindow(int days) {
    this.days = days;
  }

  /** Returns the window's length in days; 0 for {@link #LIFETIME}. */
  public int days() {
    return days;
  }
}
