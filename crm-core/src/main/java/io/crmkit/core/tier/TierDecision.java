package io.crmkit.core.tier;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;

/**
 * What a {@link TieringRule} decided: the tier a customer belongs in, and why, in words a sales
 * manager can read ({@code "spend_365d = 176000 CNY, orders_365d = 6 → A"}).
 *
 * @param tier the tier
 * @param reason why
 * @since 0.1
 */
public record TierDecision(TierCode tier, String reason) {

  /**
   * Validates the decision.
   *
   * @throws io.crmkit.core.shared.ValidationException if the reason is blank or over 500 characters
   */
  public TierDecision {
    requireNonNull(tier, "tier");
    Problems problems = Problems.create();
    reason = problems.text("reason", reason, TierAssignment.MAX_REASON, true);
    problems.throwIfAny();
  }
}
