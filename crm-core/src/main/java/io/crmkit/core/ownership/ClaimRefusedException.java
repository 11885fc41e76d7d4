package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.CrmErrorCode;
import io.crmkit.core.shared.CrmException;

/**
 * A pool move was refused by the pool's rules: the customer is not in the pool, the user is not a
 * member or not an administrator, the customer is locked, the user's quota or daily claim limit is
 * reached, or the user released the customer too recently. Nothing was changed.
 *
 * @since 0.1
 */
public final class ClaimRefusedException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** Why a move was refused. */
  public enum Reason {
    /** The customer is not waiting in that pool (it is owned, or in another pool). */
    NOT_IN_POOL,
    /** The user is not a member of the pool. */
    NOT_A_MEMBER,
    /** The user is not an administrator of the pool. */
    NOT_AN_ADMIN,
    /** The customer is locked. */
    LOCKED,
    /** The user already owns as many customers as the pool's quota allows. */
    QUOTA_REACHED,
    /** The user reached the pool's claims-per-day limit. */
    DAILY_LIMIT,
    /** The user owned the customer and released it less than the cooldown ago. */
    COOLDOWN,
    /** The actor may not move the customer (only its owner or a pool administrator may). */
    NOT_THE_OWNER
  }

  private final Reason reason;

  /** Creates an exception with the reason and a lower-case message naming the values. */
  public ClaimRefusedException(Reason reason, String message) {
    super(CrmErrorCode.CLAIM_REFUSED, message, null);
    this.reason = requireNonNull(reason, "reason");
  }

  /** Returns why the move was refused. */
  public Reason reason() {
    return reason;
  }
}
