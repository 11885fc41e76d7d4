package io.crmkit.rules.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;

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
   * Validates the period and lists every problem.
   *
   * @throws ValidationException if the index is below 1, the weeks are not ordered and finite or
   *     the expected orders are negative or not finite
   */
  public ForecastPeriod {
    requireNonNull(expectedRevenue, "expectedRevenue");
    List<FieldError> errors = new ArrayList<>();
    if (index < 1) {
      errors.add(new FieldError("index", String.valueOf(index), "must be at least 1"));
    }
    if (!(fromWeek >= 0 && Double.isFinite(fromWeek))) {
      errors.add(
          new FieldError("fromWeek", String.valueOf(fromWeek), "must be finite and not negative"));
    }
    if (!(toWeek > fromWeek && Double.isFinite(toWeek))) {
      errors.add(
          new FieldError(
              "toWeek", String.valueOf(toWeek), "must be finite and after week " + fromWeek));
    }
    if (!(expectedOrders >= 0 && Double.isFinite(expectedOrders))) {
      errors.add(
          new FieldError(
              "expectedOrders", String.valueOf(expectedOrders), "must be finite and not negative"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /**
   * Returns this period plus the same period of another forecast.
   *
   * @throws ValidationException if the periods differ
   * @throws io.crmkit.core.shared.CurrencyMismatchException if the revenues are in different
   *     currencies
   */
  public ForecastPeriod plus(ForecastPeriod other) {
    requireNonNull(other, "other");
    if (other.index != index || other.fromWeek != fromWeek || other.toWeek != toWeek) {
      throw ValidationException.of(
          "other",
          "period " + other.index + " from week " + other.fromWeek + " to " + other.toWeek,
          "must be period " + index + " from week " + fromWeek + " to " + toWeek);
    }
    return new ForecastPeriod(
        index,
        fromWeek,
        toWeek,
        expectedOrders + other.expectedOrders,
        expectedRevenue.plus(other.expectedRevenue));
  }
}
