package io.crmkit.core.ownership;

/**
 * The part a user plays in a customer's account team.
 *
 * @since 0.1
 */
public enum TeamRole {
  /** The dedicated account manager (专属客户经理); exactly the customer's owner. */
  OWNER,
  /** Follows the customer alongside the owner (协同跟进). */
  CO_FOLLOWER,
  /** Looks after the customer after the sale (售后). */
  AFTER_SALES,
  /** Any other team member. */
  MEMBER
}
