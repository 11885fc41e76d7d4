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
   * @param months the horizon, 0 to 1,200 months
   * @param monthlyDiscountRate the discount rate per month, e.g. {@code 0.01}; 0 for none
   * @throws IllegalArgumentException if the horizon or the rate is out of range
   * @throws io.crmkit.core.shared.ValidationException if the customer is valued in another currency
   */
  public Money clv(PurchaseSummary customer, int months, double monthlyDiscountRate) {
    requireNonNull(customer, "customer");
    if (months < 0 || months * WEEKS_PER_MONTH > BgNbdModel.MAX_WEEKS) {
      throw new IllegalArgumentException("months must lie between 0 and 1200 but was " + months);
    }
    if (!(monthlyDiscountRate >= 0 && monthlyDiscountRate < 1)) {
      throw new IllegalArgumentException(
          "the monthly discount rate must lie in [0, 1) but was " + monthlyDiscountRate);
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
   * @throws IllegalArgumentException if {@code periods} is negative, {@code weeksPerPeriod} is not
   *     positive or the horizon exceeds {@link BgNbdModel#MAX_WEEKS}
   * @throws io.crmkit.core.shared.ValidationException if the customer is valued in another currency
   */
  public SalesForecast forecast(PurchaseSummary customer, int periods, double weeksPerPeriod) {
    requireNonNull(customer, "customer");
    checkHorizon(periods, weeksPerPeriod);
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
   * @throws IllegalArgumentException if {@code periods} is negative, {@code weeksPerPeriod} is not
   *     positive or the horizon exceeds {@link BgNbdModel#MAX_WEEKS}
   * @throws io.crmkit.core.shared.ValidationException if a member is valued in another currency
   */
  public SalesForecast forecastGroup(
      Collection<PurchaseSummary> members, int periods, double weeksPerPeriod) {
    requireNonNull(members, "members");
    checkHorizon(periods, weeksPerPeriod);
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

  private static void checkHorizon(int periods, double weeksPerPeriod) {
    if (periods < 0
        || !(weeksPerPeriod > 0)
        || !(periods * weeksPerPeriod <= BgNbdModel.MAX_WEEKS)) {
      throw new IllegalArgumentException(
          "a forecast needs at least 0 periods of a positive length within "
              + BgNbdModel.MAX_WEEKS
              + " weeks but had "
              + periods
              + " of "
              + weeksPerPeriod);
    }
  }
}
