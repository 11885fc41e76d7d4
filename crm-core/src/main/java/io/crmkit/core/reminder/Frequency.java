package io.crmkit.core.reminder;

/**
 * How often a recurrence repeats (RFC 5545 FREQ); SECONDLY, MINUTELY and HOURLY are not supported
 * for reminders.
 *
 * @since 0.1
 */
public enum Frequency {
  /** Every day. */
  DAILY,
  /** Every week. */
  WEEKLY,
  /** Every month. */
  MONTHLY,
  /** Every year. */
  YEARLY
}
