package io.crmkit.rules.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores one customer at a time under a stored {@link CustomerValueModel}, without refitting: fit
 * once per tenant or segment, store the two models with {@code crm.models()} ({@link
 * BgNbdModel#toFitted}, {@link GammaGammaModel#toFitted}), restore them with {@link
 * CustomerValueModel#fromFitted} and score each customer from its current {@link CustomerFacts}
 * whenever they change. The parameters describe the customer base as it was on the fit date; a
 * customer's own history enters only through its facts, so a score follows every new order at once,
 * and the model needs refitting only when the base itself changes (compare {@link
 * BgNbdModel#logLikelihoodOf} on recent summaries with the stored log-likelihood).
 *
 * <p>What facts can represent: {@link PurchaseSummary#of(CustomerFacts, java.util.Currency,
 * LocalDate)} turns them into the model's inputs (repeat transactions, recency and age in weeks,
 * mean repeat value in the spend model's currency). The summary is exact while the customer's first
 * order lies within the 365 days of daily totals that facts keep before the last order. For an
 * older customer, the orders before those days count as separate transactions (orders on one day
 * there can no longer be merged) and the mean value includes the first purchase, whose day total is
 * no longer known; orders in other currencies count as transactions but not towards the value.
 * Facts cannot represent a customer that has not ordered yet (the models start at the first
 * purchase), nor the state on a day before the last order.
 *
 * @param model the stored models
 * @param horizonWeeks the weeks over which {@link CustomerScore#expectedPurchases} counts, 0 to
 *     {@link BgNbdModel#MAX_WEEKS}
 * @param clvMonths the months over which {@link CustomerScore#clv} sums, 0 to {@link
 *     #MAX_CLV_MONTHS}
 * @param monthlyDiscountRate the discount rate per month for the CLV, 0 (none) up to but excluding
 *     1
 * @since 0.1
 */
public record CustomerScorer(
    CustomerValueModel model, double horizonWeeks, int clvMonths, double monthlyDiscountRate) {

  /** The longest CLV horizon, in months: {@link CustomerValueModel#MAX_MONTHS}. */
  public static final int MAX_CLV_MONTHS = CustomerValueModel.MAX_MONTHS;

  /**
   * Validates the horizons and lists every problem.
   *
   * @throws ValidationException if a horizon or the discount rate is out of range
   */
  public CustomerScorer {
    requireNonNull(model, "model");
    List<FieldError> errors = new ArrayList<>();
    if (!(horizonWeeks >= 0 && horizonWeeks <= BgNbdModel.MAX_WEEKS)) {
      errors.add(
          new FieldError(
              "horizonWeeks",
              String.valueOf(horizonWeeks),
              "must lie between 0 and " + BgNbdModel.MAX_WEEKS + " weeks"));
    }
    if (clvMonths < 0 || clvMonths > MAX_CLV_MONTHS) {
      errors.add(
          new FieldError(
              "clvMonths",
              String.valueOf(clvMonths),
              "must lie between 0 and " + MAX_CLV_MONTHS + " months"));
    }
    if (!(monthlyDiscountRate >= 0 && monthlyDiscountRate < 1)) {
      errors.add(
          new FieldError(
              "monthlyDiscountRate", String.valueOf(monthlyDiscountRate), "must lie in [0, 1)"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /**
   * Scores a customer from its current facts, observed up to {@code asOf}: empty when it has no
   * order on or before {@code asOf}. The same facts and day always give the same score.
   *
   * @param facts the customer's facts
   * @param asOf the end of the observation, on or after the last order
   * @throws ValidationException if {@code asOf} lies before the last order
   */
  public Optional<CustomerScore> score(CustomerFacts facts, LocalDate asOf) {
    requireNonNull(facts, "facts");
    requireNonNull(asOf, "asOf");
    return PurchaseSummary.of(facts, model.spend().currency(), asOf).map(this::score);
  }

  /**
   * Scores a customer from its summary.
   *
   * @throws ValidationException if the summary is valued in another currency than the spend model
   * @throws ArithmeticException if the hypergeometric series does not converge (see {@link
   *     BgNbdModel#expectedPurchases})
   */
  public CustomerScore score(PurchaseSummary customer) {
    requireNonNull(customer, "customer");
    return new CustomerScore(
        model.purchases().probabilityAlive(customer),
        model.purchases().expectedPurchases(customer, horizonWeeks),
        model.clv(customer, clvMonths, monthlyDiscountRate));
  }
}
