package io.crmkit.core.tier;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerSnapshot;
import java.time.LocalDate;

/**
 * Decides a customer's tier on one ladder; a pure function of the customer, its facts (a group's
 * facts for a group) and the day. crm-rules supplies built-in rules ({@code TieringRules}); hosts
 * register their own with {@code CrmKit.builder().tieringRule(...)}.
 *
 * @since 0.1
 */
public interface TieringRule {

  /** Returns the rule's id, recorded as the source of every assignment it makes. */
  String id();

  /** Returns the ladder the rule grades on. */
  LadderKey ladder();

  /** Decides the tier; must not read the clock or the store. */
  TierDecision decide(CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf);

  /**
   * Decides only the tier, without the reason: always the tier {@link #decide} gives for the same
   * input. Batch evaluation over many customers calls it; rules whose reason is costly to build
   * override it to skip that work, and the default delegates to {@link #decide}.
   *
   * @since 0.1
   */
  default TierCode decideTier(CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
    return decide(customer, facts, asOf).tier();
  }
}
