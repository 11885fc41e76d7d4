package io.crmkit.rules.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.lifecycle.LifecycleRule;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.StageDecision;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.AssignmentSource;
import io.crmkit.rules.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Hooks the fitted models into the rules: a lifecycle rule on the probability that a customer is
 * alive, and a rule field with the expected customer lifetime value. Both summarise the customer
 * from its {@link CustomerFacts} as {@link PurchaseSummary#of(CustomerFacts, Currency, LocalDate)}
 * describes, observed up to the rule's {@code asOf} (or the last order, if that is later).
 *
 * @since 0.1
 */
public final class ForecastRules {
  /** The name of the field {@link #expectedClv12Months} returns. */
  public static final String EXPECTED_CLV_12M = "expected_clv_12m";

  private static final Currency NO_CURRENCY = Currency.getInstance("XXX");

  private ForecastRules() {}

  /**
   * Returns a lifecycle rule that moves an ACTIVE customer to AT_RISK when the BG/NBD probability
   * that it is still alive drops below {@code threshold}; it leaves every other customer where it
   * is, so a host registers it beside (or instead of) the recency rule. The reason shows the
   * probability, e.g. {@code "P(alive) 0.23 < 0.30: 5 repeat purchases, the last on 2024-03-02"}.
   *
   * @param id the rule id
   * @param model the fitted purchase model
   * @param threshold the probability below which a customer is at risk, above 0 and below 1
   * @throws ValidationException if the threshold is not between 0 and 1
   */
  public static LifecycleRule atRiskWhenProbablyInactive(
      String id, BgNbdModel model, double threshold) {
    requireNonNull(id, "id");
    requireNonNull(model, "model");
    if (!(threshold > 0 && threshold < 1)) {
      throw ValidationException.of("threshold", threshold, "must lie strictly between 0 and 1");
    }
    return new AliveRule(AssignmentSource.rule(id).ruleId(), model, threshold);
  }

  /**
   * Returns the rule field {@value #EXPECTED_CLV_12M}: the customer's expected lifetime value over
   * the next 12 months, discounted at {@code monthlyDiscountRate}, in the spend model's currency
   * (zero in any other currency, and for a customer without orders). Add it to the fields a parser
   * knows with {@code Fields.standard().with(ForecastRules.expectedClv12Months(model, 0.01))}, then
   * write conditions such as {@code expected_clv_12m >= 5000 CNY}.
   *
   * @param model the fitted purchase and spend models
   * @param monthlyDiscountRate the discount rate per month, in [0, 1)
   * @throws ValidationException if the rate is out of range
   */
  public static Field.Amount expectedClv12Months(
      CustomerValueModel model, double monthlyDiscountRate) {
    requireNonNull(model, "model");
    List<FieldError> errors = new ArrayList<>();
    CustomerValueModel.checkRate(errors, monthlyDiscountRate);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Currency currency = model.spend().currency();
    return new Field.Amount(
        EXPECTED_CLV_12M,
        (subject, wanted) -> {
          if (!wanted.equals(currency)) {
            return BigDecimal.ZERO;
          }
          return summarise(subject.facts(), currency, subject.asOf())
              .map(s -> model.clv(s, 12, monthlyDiscountRate).amount())
              .orElse(BigDecimal.ZERO);
        });
  }

  private static Optional<PurchaseSummary> summarise(
      CustomerFacts facts, Currency currency, LocalDate asOf) {
    LocalDate last = facts.lastOrderDate();
    LocalDate end = last != null && last.isAfter(asOf) ? last : asOf;
    return PurchaseSummary.of(facts, currency, end);
  }

  /** The P(alive) rule. */
  private record AliveRule(String id, BgNbdModel model, double threshold) implements LifecycleRule {

    @Override
    public Optional<StageDecision> decide(
        CustomerSnapshot customer,
        CustomerFacts facts,
        @Nullable LifecycleStage current,
        LocalDate asOf) {
      if (current != LifecycleStage.ACTIVE) {
        return Optional.empty();
      }
      Optional<PurchaseSummary> summary = summarise(facts, NO_CURRENCY, asOf);
      if (summary.isEmpty()) {
        return Optional.empty();
      }
      double alive = model.probabilityAlive(summary.get());
      if (alive >= threshold) {
        return Optional.empty();
      }
      return Optional.of(
          new StageDecision(
              LifecycleStage.AT_RISK,
              String.format(
                  Locale.ROOT,
                  "P(alive) %.3f < %s: %d repeat purchases, the last on %s",
                  alive,
                  threshold,
                  summary.get().frequency(),
                  facts.lastOrderDate())));
    }
  }
}
