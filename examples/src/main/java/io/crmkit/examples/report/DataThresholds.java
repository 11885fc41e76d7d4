package io.crmkit.examples.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The thresholds the report derives from the data, since a fixed amount means nothing across data
 * sets in different currencies and price ranges: tier A from the 80th percentile of customers'
 * lifetime spend and tier B from the median, written as a crmkit tier rule in its text form, and
 * the large order for key-account identification from the 95th percentile of order amounts; each
 * rounded to two significant digits.
 *
 * @param tierRule the tier rule in crmkit's text form, highest tier first
 * @param largeOrder the smallest single order that counts as large; more than 0
 * @since 0.1
 */
record DataThresholds(String tierRule, BigDecimal largeOrder) {

  /** Requires both parts. */
  DataThresholds {
    requireNonNull(tierRule, "tierRule");
    requireNonNull(largeOrder, "largeOrder");
  }

  /** Derives the thresholds from a non-empty list of orders in one currency. */
  static DataThresholds of(List<OrderLine> orders, Currency currency) {
    Map<String, BigDecimal> spend = new HashMap<>();
    List<BigDecimal> amounts = new ArrayList<>(orders.size());
    for (OrderLine order : orders) {
      spend.merge(order.customer(), order.amount(), BigDecimal::add);
      amounts.add(order.amount());
    }
    BigDecimal tierA = roundedQuantile(new ArrayList<>(spend.values()), 0.8);
    BigDecimal tierB = roundedQuantile(new ArrayList<>(spend.values()), 0.5).min(tierA);
    String code = currency.getCurrencyCode();
    String tierRule =
        "A: spend_lifetime >= "
            + tierA.toPlainString()
            + " "
            + code
            + "\nB: spend_lifetime >= "
            + tierB.toPlainString()
            + " "
            + code
            + "\nC: true\n";
    BigDecimal largeOrder = roundedQuantile(amounts, 0.95);
    return new DataThresholds(tierRule, largeOrder.signum() > 0 ? largeOrder : BigDecimal.ONE);
  }

  /** Returns the type 7 quantile of the values, rounded to two significant digits. */
  static BigDecimal roundedQuantile(List<BigDecimal> values, double probability) {
    List<BigDecimal> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    double index = (sorted.size() - 1) * probability;
    int lo = (int) Math.floor(index);
    int hi = (int) Math.ceil(index);
    BigDecimal h = BigDecimal.valueOf(index - lo);
    BigDecimal quantile = sorted.get(lo).add(sorted.get(hi).subtract(sorted.get(lo)).multiply(h));
    return quantile
        .round(new MathContext(2, RoundingMode.HALF_UP))
        .stripTrailingZeros()
        .max(BigDecimal.ZERO);
  }
}
