package io.crmkit.examples.report;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The forecast of one account (a customer, or a group summed over its members) over the report's
 * forecast weeks after the end of the calibration period.
 *
 * @param pastRevenue the revenue of the orders up to the calibration end, which the models saw
 * @param probabilityAlive the BG/NBD probability that the customer is still buying (for a group,
 *     that at least one member is, members taken as independent), 0 to 1
 * @param expectedOrders the expected number of orders (purchase days) in the forecast weeks
 * @param expectedAverageValue the Gamma-Gamma expected value per order, in the report's currency;
 *     {@code null} when the spend model is unavailable or the group expects no order
 * @param expectedRevenue the expected orders times the expected value per order, undiscounted;
 *     {@code null} when the spend model is unavailable
 * @param expectedClv the expected revenue over the forecast weeks, discounted week by week at the
 *     monthly discount rate; {@code null} when the spend model is unavailable
 * @since 0.1
 */
record AccountForecast(
    BigDecimal pastRevenue,
    double probabilityAlive,
    double expectedOrders,
    @Nullable BigDecimal expectedAverageValue,
    @Nullable BigDecimal expectedRevenue,
    @Nullable BigDecimal expectedClv) {

  /** Requires finite numbers in range. */
  public AccountForecast {
    java.util.Objects.requireNonNull(pastRevenue, "pastRevenue");
    if (!(probabilityAlive >= 0 && probabilityAlive <= 1)) {
      throw new IllegalArgumentException(
          "probabilityAlive must lie in [0, 1] but was " + probabilityAlive);
    }
    if (!(expectedOrders >= 0 && Double.isFinite(expectedOrders))) {
      throw new IllegalArgumentException(
          "expectedOrders must be finite and at least 0 but was " + expectedOrders);
    }
  }
}
