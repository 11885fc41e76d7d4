package io.crmkit.core.tier;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A downgrade the rules have decided but the ladder's grace still holds back: on one ladder, the
 * tier the rule last placed the customer in (lower than the current one), and the first day of the
 * unbroken run of "lower" decisions. The downgrade takes effect on the first evaluation on or after
 * {@code since + downgradeGraceDays}; an "unchanged" or higher decision, or a manual assignment,
 * cancels it.
 *
 * @param ladder the ladder
 * @param tier the lower tier the rule decided last
 * @param since the first day the rule said "lower" in the current run
 * @since 0.1
 */
public record PendingDowngrade(LadderKey ladder, TierCode tier, LocalDate since) {

  /** Checks that no part is null. */
  public PendingDowngrade {
    requireNonNull(ladder, "ladder");
    requireNonNull(tier, "tier");
    requireNonNull(since, "since");
  }

  /**
   * Returns the day the downgrade takes effect under a grace: {@code since} plus that many days.
   *
   * @param downgradeGraceDays the ladder's grace, see {@link TierLadder#downgradeGraceDays()}
   */
  public LocalDate takesEffectOn(int downgradeGraceDays) {
    return since.plusDays(downgradeGraceDays);
  }
}
