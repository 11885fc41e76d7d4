package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.UserRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a customer's ownership history.
 *
 * @param kind what happened
 * @param previousOwner the owner before, if any
 * @param newOwner the owner after, if any
 * @param pool the pool involved (entered, claimed from, released to), if any
 * @param actor who did it
 * @param at when (microsecond precision)
 * @param reason why, in words a sales manager can read
 * @since 0.1
 */
public record OwnershipMove(
    MoveKind kind,
    @Nullable UserRef previousOwner,
    @Nullable UserRef newOwner,
    @Nullable PoolId pool,
    UserRef actor,
    Instant at,
    String reason) {
  /** The longest reason accepted. */
  public static final int MAX_REASON = 500;

  /**
   * Validates the move.
   *
   * @throws io.crmkit.core.shared.ValidationException if the reason is blank or too long
   */
  public OwnershipMove {
    requireNonNull(kind, "kind");
    requireNonNull(actor, "actor");
    at = Times.stored(requireNonNull(at, "at"));
    Problems problems = Problems.create();
    reason = problems.text("reason", reason, MAX_REASON, true);
    problems.throwIfAny();
  }
}
