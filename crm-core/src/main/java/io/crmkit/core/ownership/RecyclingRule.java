package io.crmkit.core.ownership;

import java.time.LocalDate;

/**
 * Decides whether an owned customer goes back into its public pool (公海回收): after too many days
 * without follow-up or without a deal, unless exempt. A pure function of a {@link RecyclingCase}
 * and the day. The default ({@link #standard()}) reads the limits of the pool's {@link PoolPolicy};
 * crm-rules adds limits per tier ({@code RecyclingRules.perTier}); hosts register theirs with
 * {@code CrmKit.builder().recyclingRule(...)}.
 *
 * @since 0.1
 */
public interface RecyclingRule {

  /**
   * Returns the rule's id, named in the reasons of the moves it causes.
   *
   * @since 0.1
   */
  String id();

  /**
   * Decides about the customer on the day; must not read the clock or the store.
   *
   * @since 0.1
   */
  RecycleDecision decide(RecyclingCase subject, LocalDate asOf);

  /**
   * Returns the rule that applies the pool policy's own limits ({@link
   * PoolPolicy#recycleAfterDaysWithoutFollowUp()}, {@link
   * PoolPolicy#recycleAfterDaysWithoutDeal()}, {@link PoolPolicy#recycleWarningDays()}) and
   * exemptions.
   *
   * @since 0.1
   */
  static RecyclingRule standard() {
    return PoolPolicyRecyclingRule.INSTANCE;
  }
}
