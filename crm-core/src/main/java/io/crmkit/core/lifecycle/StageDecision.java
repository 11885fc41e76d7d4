package io.crmkit.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;

/**
 * What a {@link LifecycleRule} decided: the stage a customer belongs in, and why.
 *
 * @param stage the stage
 * @param reason why, in words a sales manager can read
 * @since 0.1
 */
public record StageDecision(LifecycleStage stage, String reason) {

  /**
   * Validates the decision.
   *
   * @throws io.crmkit.core.shared.ValidationException if the reason is blank or too long
   */
  public StageDecision {
    requireNonNull(stage, "stage");
    Problems problems = Problems.create();
    reason = problems.text("reason", reason, StageChange.MAX_REASON, true);
    problems.throwIfAny();
  }
}
