package io.crmkit.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.UserRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a customer's lifecycle history: the move, when, why and by whom (a user, or a rule
 * acting as {@code rule:<id>}).
 *
 * @param from the stage before, or {@code null} for the first entry
 * @param to the stage after
 * @param at when the move took effect (microsecond precision)
 * @param reason why, in words a sales manager can read
 * @param actor who made the move
 * @since 0.1
 */
public record StageChange(
    @Nullable LifecycleStage from, LifecycleStage to, Instant at, String reason, UserRef actor) {
  /** The longest reason accepted. */
  public static final int MAX_REASON = 500;

  /**
   * Validates the entry.
   *
   * @throws io.crmkit.core.shared.ValidationException if the reason is blank or too long
   */
  public StageChange {
    requireNonNull(to, "to");
    requireNonNull(actor, "actor");
    at = Times.stored(requireNonNull(at, "at"));
    Problems problems = Problems.create();
    reason = problems.text("reason", reason, MAX_REASON, true);
    problems.throwIfAny();
  }

  /** Returns whether this move won a churned customer back. */
  public boolean isWinBack() {
    return from != null && from.isWinBack(to);
  }
}
