package io.crmkit.core.ownership;

/**
 * The kinds of ownership move.
 *
 * @since 0.1
 */
public enum MoveKind {
  /** A customer entered a public pool without owner. */
  POOLED,
  /** A pool member took an unowned customer from the pool (领取). */
  CLAIMED,
  /** An administrator (or the host) gave the customer an owner (分配). */
  ASSIGNED,
  /** The owner, or an administrator, put the customer back in the pool (释放). */
  RELEASED,
  /**
   * A recycling rule put an owned customer back into its pool after too long without follow-up or
   * without a deal (公海回收); the ex-owner cooldown applies as after a release.
   */
  RECYCLED,
  /** The customer moved from one owner to another (转移). */
  TRANSFERRED,
  /** The customer was locked against claims, releases and transfers. */
  LOCKED,
  /** The lock was lifted. */
  UNLOCKED
}
