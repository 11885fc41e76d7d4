package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.lifecycle.LifecycleRule;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.StageDecision;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The built-in lifecycle rule: PROSPECT until the first order, NEW after it, ACTIVE after a repeat
 * purchase; AT_RISK when the days since the last order reach a limit — the fixed limit, or {@code
 * k} times the customer's own typical interval between orders when that is shorter —; CHURNED a
 * further number of days later; and ACTIVE again (win-back) on a new order.
 *
 * @since 0.1
 */
public final class LifecycleRules {
  private LifecycleRules() {}

  /**
   * Returns the recency rule.
   *
   * @param id the rule id
   * @param atRiskDays the fixed number of days without an order after which a customer is at risk
   * @param typicalIntervalFactor {@code k}: a customer with repeat orders is at risk after {@code
   *     k} times its average interval between orders, if that is sooner; 0 to use the fixed limit
   *     only
   * @param churnAfterDays how many more days at risk before the customer counts as churned
   * @throws ValidationException if a number is not positive, or the id is too long to name the
   *     rule's moves as the actor {@code rule:<id>} (field {@code id})
   */
  public static LifecycleRule recency(
      String id, int atRiskDays, double typicalIntervalFactor, int churnAfterDays) {
    requireNonNull(id, "id");
    if (atRiskDays < 1
        || churnAfterDays < 1
        || typicalIntervalFactor < 0
        || Double.isNaN(typicalIntervalFactor)) {
      throw ValidationException.of(
          "lifecycleRule",
          id,
          "needs atRiskDays and churnAfterDays of at least 1 and a factor of at least 0");
    }
    TieringRules.checkRuleId(id);
    return new RecencyRule(
        io.crmkit.core.tier.AssignmentSource.rule(id).ruleId(),
        atRiskDays,
        typicalIntervalFactor,
        churnAfterDays);
  }

  /** The recency rule. */
  private record RecencyRule(String id, int atRiskDays, double factor, int churnAfterDays)
      implements LifecycleRule {

    @Override
    public Optional<StageDecision> decide(
        CustomerSnapshot customer,
        CustomerFacts facts,
        @Nullable LifecycleStage current,
        LocalDate asOf) {
      long orders = facts.orderCount(FactWindow.LIFETIME, asOf);
      if (orders == 0 || facts.lastOrderDate() == null) {
        return current == null
            ? Optional.of(new StageDecision(LifecycleStage.PROSPECT, "no order yet"))
            : Optional.empty();
      }
      LocalDate last = facts.lastOrderDate();
      long quiet = ChronoUnit.DAYS.between(last, asOf);
      long limit = atRiskDays;
      String limitReason = "the limit of " + atRiskDays + " days";
      if (orders >= 2 && factor > 0) {
        double typical =
            (double) ChronoUnit.DAYS.between(facts.firstOrderDate(), last) / (orders - 1);
        long own = (long) Math.ceil(factor * typical);
        if (own >= 1 && own < limit) {
          limit = own;
          limitReason = factor + "× the typical " + Math.round(typical) + " days between orders";
        }
      }
      LifecycleStage target;
      String reason;
      if (quiet >= limit + churnAfterDays) {
        target = LifecycleStage.CHURNED;
        reason =
            "no order for "
                + quiet
                + " days since "
                + last
                + ", "
                + churnAfterDays
                + " days past "
                + limitReason;
      } else if (quiet >= limit) {
        target = LifecycleStage.AT_RISK;
        reason = "no order for " + quiet + " days since " + last + " ≥ " + limitReason;
      } else if (orders == 1) {
        target = LifecycleStage.NEW;
        reason = "first order on " + last;
      } else {
        target = LifecycleStage.ACTIVE;
        reason =
            current == LifecycleStage.CHURNED || current == LifecycleStage.AT_RISK
                ? "ordered again on " + last + " (" + orders + " orders)"
                : "repeat purchase: " + orders + " orders, the last on " + last;
      }
      if (current == null || current == target || current.canTransitionTo(target)) {
        return current == target
            ? Optional.empty()
            : Optional.of(new StageDecision(target, reason));
      }
      if (current == LifecycleStage.PROSPECT || current == LifecycleStage.TARGET) {
        return Optional.of(
            new StageDecision(LifecycleStage.NEW, "first order on " + facts.firstOrderDate()));
      }
      return Optional.empty();
    }
  }
}
