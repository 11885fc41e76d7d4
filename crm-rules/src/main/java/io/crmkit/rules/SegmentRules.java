package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.segment.SegmentRule;
import io.crmkit.core.tier.AssignmentSource;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Built-in segment rules: a customer is a member of the dynamic segment while a {@link Condition}
 * holds, e.g. {@code spend_365d >= 50000 CNY and days_since_last_order <= 90}.
 *
 * @since 0.1
 */
public final class SegmentRules {
  private SegmentRules() {}

  /**
   * Returns a rule whose members are the customers the condition accepts; the condition is compiled
   * once.
   *
   * @throws io.crmkit.core.shared.ValidationException if the id is not a valid rule id
   */
  public static SegmentRule condition(String id, Condition condition) {
    String ruleId = AssignmentSource.rule(requireNonNull(id, "id")).ruleId();
    Predicate<Subject> test = requireNonNull(condition, "condition").compile();
    return new SegmentRule() {
      @Override
      public String id() {
        return ruleId;
      }

      @Override
      public boolean isMember(CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
        return test.test(new Subject(customer, facts, asOf));
      }

      @Override
      public String toString() {
        return "SegmentRule[" + ruleId + ": " + condition + "]";
      }
    };
  }

  /**
   * Parses the condition of a segment rule from its text form.
   *
   * @throws RuleSyntaxException with the line and column of the first problem
   */
  public static SegmentRule parse(String id, String text, Fields fields) {
    return condition(id, RuleParser.over(fields).parse(id, text));
  }
}
