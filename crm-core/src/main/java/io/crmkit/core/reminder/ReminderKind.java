package io.crmkit.core.reminder;

/**
 * What a reminder is about.
 *
 * @since 0.1
 */
public enum ReminderKind {
  /** A periodic visit (定期拜访), by the customer's tier cadence. */
  VISIT,
  /** A follow-up after an interaction or a period without contact (跟进). */
  FOLLOW_UP,
  /** A contact's birthday, solar or lunar. */
  BIRTHDAY,
  /** An anniversary: of the first order, of a contract. */
  ANNIVERSARY,
  /** A holiday greeting (Spring Festival, Mid-Autumn, National Day, …). */
  HOLIDAY_GREETING,
  /** A contract coming up for renewal. */
  CONTRACT_RENEWAL,
  /** A warning that an owned customer will be recycled to the public pool. */
  POOL_RECYCLE_WARNING,
  /** Anything else. */
  CUSTOM
}
