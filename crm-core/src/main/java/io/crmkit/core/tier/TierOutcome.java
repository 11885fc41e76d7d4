package io.crmkit.core.tier;

/**
 * What an attempt to assign a tier came to; expected business outcomes, not errors.
 *
 * @since 0.1
 */
public enum TierOutcome {
  /** The tier was assigned and the history got a new entry. */
  ASSIGNED,
  /** The customer already had that tier; nothing was recorded. */
  UNCHANGED,
  /** A manual assignment is locked against rules until a later instant; nothing was recorded. */
  LOCKED,
  /**
   * The rule placed the customer lower, but the ladder's downgrade grace has not yet run out; the
   * customer keeps the tier and the history remembers the {@link PendingDowngrade}.
   */
  DOWNGRADE_PENDING
}
