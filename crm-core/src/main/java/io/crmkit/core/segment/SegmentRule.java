package io.crmkit.core.segment;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerSnapshot;
import java.time.LocalDate;

/**
 * Decides membership of dynamic segments that name this rule ({@link Segment#ruleRef()}); a pure
 * function of the customer, its facts and the day. crm-rules builds them from conditions ({@code
 * SegmentRules}); hosts register them with {@code CrmKit.builder().segmentRule(...)}.
 *
 * @since 0.1
 */
public interface SegmentRule {

  /** Returns the rule's id, which dynamic segments name as their {@code ruleRef}. */
  String id();

  /** Returns whether the customer belongs in the segment on the day. */
  boolean isMember(CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf);
}
