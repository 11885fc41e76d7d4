package io.crmkit.rules.keyaccount;

/**
 * The ABC class of an account by its place in the revenue ranking: A makes the bulk of revenue, B
 * the next slice, C the long tail.
 *
 * @since 0.1
 */
public enum AbcClass {
  /**
   * The top accounts that together make revenue up to the A cut point, the crossing one included.
   */
  A,
  /** The accounts after A that make revenue up to the B cut point, the crossing one included. */
  B,
  /** Every other account, and every account without revenue. */
  C;

  /** Returns whether this class ranks at least as high as the other (A before B before C). */
  public boolean atLeast(AbcClass other) {
    return ordinal() <= other.ordinal();
  }
}
