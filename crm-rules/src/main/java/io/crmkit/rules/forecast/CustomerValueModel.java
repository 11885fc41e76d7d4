package io.crmkit.rules.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The BG/NBD purchase model and the Gamma-Gamma spend model together, which is what customer
 * lifetime value and revenue forecasts need: expected purchases times expected value per purchase
 * (the two are independent in these models).
 *
 * @param purchases the fitted purchase model
 * @param spend the fitted spend model
 * @since 0.1
 */
public record CustomerValueModel(BgNbdModel purchases, GammaGammaModel spend) {
  /** The average length of a month in weeks: 365.25 / 12 / 7. */
  public static final double WEEKS_PER_MONTH = 365.25 / 12 / 7;

  /**
   * The longest horizon, in months, {@link #clv} accepts: as many whole months as fit in {@link
   * BgNbdModel#MAX_WEEKS}.
   */
  public static final int MAX_MONTHS = (int) (BgNbdModel.MAX_WEEKS / WEEKS_PER_MONTH);

  /** Requires both models. */
  public CustomerValueModel {
    requireNonNull(purchases, "purchases");
    requireNonNull(spend, "spend");
  }

  /**
   * Restores both models from what {@link BgNbdModel#toFitted} and {@link GammaGammaModel#toFitted}
   * stored.
   *
   * @param purchases the stored BG/NBD model
   * @param spend the stored Gamma-Gamma model
   * @throws ValidationException listing every problem of both, under {@code purchases.} and {@code
   *     spend.}
   */
  public static CustomerValueModel fromFitted(FittedModel purchases, FittedModel spend) {
    requireNonNull(purchases, "purchases");
    requireNonNull(spend, "spend");
    List<FieldError> errors = new ArrayList<>();
    BgNbdModel bgNbd = null;
    GammaGammaModel gammaGamma = null;
    try {
      bgNbd = BgNbdModel.fromFitted(purchases);
    } catch (ValidationException e) {
      e.errors().forEach(error -> errors.add(error.under("purchases")));
    }
    try {
      gammaGamma = GammaGammaModel.fromFitted(spend);
    } catch (ValidationException e) {
      e.errors().forEach(error -> errors.add(error.under("spend")));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new CustomerValueModel(requireNonNull(bgNbd), requireNonNull(gammaGamma));
  }

  /**
   * Returns the customer's expected lifetime value over the next {@code months} months, discounted:
   * the sum over months {@code i} of the expected purchases in month {@code i} times the expected
   * value per purchase, divided by {@code (1 + monthlyDiscountRate)^i}.
   *
   * @param customer the customer's summary at the end of its observation
   * @param months the horizon, 0 to {@value #MAX_MONTHS} months
   * @param monthlyDiscountRate the discount rate per month, e.g. {@code 0.01}; 0 for none
   * @throws ValidationException if the horizon or the rate is out of range (listing both), or if
   *     the customer is valued in another currency
   * @throws ArithmeticException if a hypergeometric series does not converge or the value is not a
   *     finite amount
   */
  public Money clv(PurchaseSummary customer, int months, double monthlyDiscountRate) {
    requireNonNull(customer, "customer");
    List<FieldError> errors = new ArrayList<>();
    if (months < 0 || months > MAX_MONTHS) {
      errors.add(
          new FieldError("months", String.valueOf(months), "must lie between 0 and " + MAX_MONTHS));
    }
    checkRate(errors, monthlyDiscountRate);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    double value = spend.expectedAverage(customer);
    double total = 0;
    double before = 0;
    for (int i = 1; i <= months; i++) {
      double upTo = purchases.expectedPurchases(customer, i * WEEKS_PER_MONTH);
      total += (upTo - before) * value / Math.pow(1 + monthlyDiscountRate, i);
      before = upTo;
    }
    return spend.money(total);
  }

  /**
   * Returns the customer's expected orders and revenue in each of the next {@code periods} periods
   * of {@code weeksPerPeriod} weeks, e.g. 13 periods of 4 weeks.
   *
   * @throws ValidationException if {@code periods} is negative, {@code weeksPerPeriod} is not
   *     positive or the horizon exceeds {@link BgNbdModel#MAX_WEEKS}, or if the customer is valued
   *     in another currency
   * @throws ArithmeticException if a hypergeometric series does not converge or the revenue is not
   *     a finite amount
   */
  public SalesForecast forecast(PurchaseSummary customer, int periods, double weeksPerPeriod) {
    requireNonNull(customer, "customer");
    BgNbdModel.checkHorizon(periods, weeksPerPeriod);
    double value = spend.expectedAverage(customer);
    List<ForecastPeriod> list = new ArrayList<>(periods);
    double before = 0;
    for (int i = 1; i <= periods; i++) {
      double upTo = purchases.expectedPurchases(customer, i * weeksPerPeriod);
      double orders = Math.max(0, upTo - before);
      list.add(
          new ForecastPeriod(
              i,
              (i - 1) * weeksPerPeriod,
              i * weeksPerPeriod,
              orders,
              spend.money(orders * value)));
      before = upTo;
    }
    return new SalesForecast(list);
  }

  /**
   * Returns the forecast of a group of accounts (a parent and its subsidiaries, a segment, an
   * account manager's book): the sum, period by period, of the members' forecasts; all zero for an
   * empty group.
   *
   * @throws ValidationException if {@code periods} is negative, {@code weeksPerPeriod} is not
   *     positive or the horizon exceeds {@link BgNbdModel#MAX_WEEKS}, or if a member is valued in
   *     another currency
   * @throws ArithmeticException if a hypergeometric series does not converge or a revenue is not a
   *     finite amount
   */
  public SalesForecast forecastGroup(
      Collection<PurchaseSummary> members, int periods, double weeksPerPeriod) {
    requireNonNull(members, "members");
    BgNbdModel.checkHorizon(periods, weeksPerPeriod);
    List<ForecastPeriod> zero = new ArrayList<>(periods);
    for (int i = 1; i <= periods; i++) {
      zero.add(
          new ForecastPeriod(
              i, (i - 1) * weeksPerPeriod, i * weeksPerPeriod, 0, Money.zero(spend.currency())));
    }
    SalesForecast total = new SalesForecast(zero);
    for (PurchaseSummary member : members) {
      total = total.plus(forecast(member, periods, weeksPerPeriod));
    }
    return total;
  }

  /** Adds an error unless the monthly discount rate lies in {@code [0, 1)}. */
  static void checkRate(List<FieldError> errors, double monthlyDiscountRate) {
    if (!(monthlyDiscountRate >= 0 && monthlyDiscountRate < 1)) {
      errors.add(
          new FieldError(
              "monthlyDiscountRate", String.valueOf(monthlyDiscountRate), "must lie in [0, 1)"));
    }
  }
}
