package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.segment.SegmentRule;
import io.crmkit.core.tier.AssignmentSource;
import java.time.LocalDate;
import java.util.Optional;
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
    return new ConditionRule(ruleId, requireNonNull(condition, "condition"));
  }

  /** Returns the condition of a built-in segment rule; empty for another rule. */
  static Optional<Condition> conditionOf(SegmentRule rule) {
    return rule instanceof ConditionRule built ? Optional.of(built.condition) : Optional.empty();
  }

  /** A segment rule whose condition is compiled once. */
  private static final class ConditionRule implements SegmentRule {
    private final String id;
    private final Condition condition;
    private final Predicate<Subject> test;

    ConditionRule(String id, Condition condition) {
      this.id = id;
      this.condition = condition;
      this.test = condition.compile();
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public boolean isMember(CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
      return test.test(new Subject(customer, facts, asOf));
    }

    @Override
    public String toString() {
      return "SegmentRule[" + id + ": " + condition + "]";
    }
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
