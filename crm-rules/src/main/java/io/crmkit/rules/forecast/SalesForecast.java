package io.crmkit.rules.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Expected orders and revenue per future period, for one account ({@link
 * CustomerValueModel#forecast}) or a group of accounts ({@link CustomerValueModel#forecastGroup}).
 *
 * @param periods the periods, in order, numbered from 1
 * @since 0.1
 */
public record SalesForecast(List<ForecastPeriod> periods) {

  /**
   * Copies the periods and checks their numbering.
   *
   * @throws ValidationException if the periods are not numbered 1, 2, … in order
   */
  public SalesForecast {
    periods = List.copyOf(periods);
    for (int i = 0; i < periods.size(); i++) {
      if (periods.get(i).index() != i + 1) {
        throw ValidationException.of(
            "periods[" + i + "].index", periods.get(i).index(), "must be " + (i + 1));
      }
    }
  }

  /**
   * Returns this forecast plus another, period by period: the forecast of two accounts together.
   *
   * @throws ValidationException if the forecasts' periods differ
   * @throws io.crmkit.core.shared.CurrencyMismatchException if their revenues are in different
   *     currencies
   */
  public SalesForecast plus(SalesForecast other) {
    requireNonNull(other, "other");
    if (other.periods.size() != periods.size()) {
      throw ValidationException.of(
          "other",
          other.periods.size(),
          "must have as many periods as this forecast, " + periods.size());
    }
    List<ForecastPeriod> sum = new ArrayList<>(periods.size());
    for (int i = 0; i < periods.size(); i++) {
      sum.add(periods.get(i).plus(other.periods.get(i)));
    }
    return new SalesForecast(sum);
  }

  /** Returns the expected orders over all periods. */
  public double totalOrders() {
    return periods.stream().mapToDouble(ForecastPeriod::expectedOrders).sum();
  }

  /**
   * Returns the expected revenue over all periods.
   *
   * @throws IllegalStateException if the forecast has no period (and so no currency)
   */
  public Money totalRevenue() {
    if (periods.isEmpty()) {
      throw new IllegalStateException("an empty forecast has no revenue");
    }
    Money total = Money.zero(periods.get(0).expectedRevenue().currency());
    for (ForecastPeriod period : periods) {
      total = total.plus(period.expectedRevenue());
    }
    return total;
  }
}
