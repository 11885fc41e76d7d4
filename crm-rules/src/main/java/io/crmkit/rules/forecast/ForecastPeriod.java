package io.crmkit.rules.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.Money;

/**
 * One future period of a {@link SalesForecast}: the expected number of orders (purchase days) and
 * the expected revenue between two points in time, in weeks after the end of the observation.
 *
 * @param index the period's number, from 1
 * @param fromWeek the start of the period, in weeks after the observation
 * @param toWeek the end of the period, in weeks after the observation
 * @param expectedOrders the expected number of orders in the period
 * @param expectedRevenue the expected revenue in the period
 * @since 0.1
 */
public record ForecastPeriod(
    int index, double fromWeek, double toWeek, double expectedOrders, Money expectedRevenue) {

  /**
   * Validates the period.
   *
   * @throws IllegalArgumentException if the index is below 1, the weeks are not ordered or the
   *     expected orders are negative or not finite
   */
  public ForecastPeriod {
    requireNonNull(expectedRevenue, "expectedRevenue");
    if (index < 1
        || !(fromWeek >= 0 && toWeek > fromWeek && Double.isFinite(toWeek))
        || !(expectedOrders >= 0 && Double.isFinite(expectedOrders))) {
      throw new IllegalArgumentException(
          "period "
              + index
              + " from week "
              + fromWeek
              + " to "
              + toWeek
              + " with "
              + expectedOrders
              + " orders is not a valid forecast period");
    }
  }

  /**
   * Returns this period plus the same period of another forecast.
   *
   * @throws IllegalArgumentException if the periods differ
   * @throws io.crmkit.core.shared.CurrencyMismatchException if the revenues are in different
   *     currencies
   */
  public ForecastPeriod plus(ForecastPeriod other) {
    requireNonNull(other, "other");
    if (other.index != index || other.fromWeek != fromWeek || other.toWeek != toWeek) {
      throw new IllegalArgumentException(
          "cannot add period " + other.index + " to period " + index + " of another length");
    }
    return new ForecastPeriod(
        index,
        fromWeek,
        toWeek,
        expectedOrders + other.expectedOrders,
        expectedRevenue.plus(other.expectedRevenue));
  }
}
