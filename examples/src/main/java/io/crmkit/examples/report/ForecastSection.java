package io.crmkit.examples.report;

import static java.util.Objects.requireNonNull;

import io.crmkit.rules.forecast.BgNbdModel;
import io.crmkit.rules.forecast.GammaGammaModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The forecast part of the report: the BG/NBD purchase model and the Gamma-Gamma spend model fitted
 * on the orders up to the calibration end, the totals they predict over the forecast weeks, and,
 * when a hold-out exists, how the predictions compare with what the customers really bought. When
 * the data cannot support the purchase model, {@link #unavailable()} says why and nothing else is
 * filled in.
 *
 * @param calibrationEnd the last day whose orders the models are fitted on
 * @param forecastWeeks the forecast horizon in weeks after {@code calibrationEnd}
 * @param monthlyDiscountRate the discount rate per month of the CLV
 * @param unavailable why there is no forecast, or {@code null} when there is one
 * @param purchases the fitted purchase model, {@code null} when unavailable
 * @param spend the fitted spend model, {@code null} when it is unavailable (see {@code
 *     spendUnavailable})
 * @param spendUnavailable why there is no spend model, or {@code null}
 * @param accounts the forecast per customer key, for the customers with an order up to {@code
 *     calibrationEnd}
 * @param expectedOrders the expected orders of all fitted customers over the forecast weeks
 * @param expectedRevenue the expected revenue of all fitted customers, {@code null} without a spend
 *     model
 * @param expectedClv the discounted expected revenue, {@code null} without a spend model
 * @param unscored the customers the models could not score (their cells stay empty), and the
 *     hold-out comparison if it could not be made, each with the reason
 * @param holdout the comparison with the hold-out, {@code null} without a calibration end
 * @since 0.1
 */
record ForecastSection(
    LocalDate calibrationEnd,
    int forecastWeeks,
    double monthlyDiscountRate,
    @Nullable String unavailable,
    @Nullable BgNbdModel purchases,
    @Nullable GammaGammaModel spend,
    @Nullable String spendUnavailable,
    Map<String, AccountForecast> accounts,
    double expectedOrders,
    @Nullable BigDecimal expectedRevenue,
    @Nullable BigDecimal expectedClv,
    Map<String, String> unscored,
    @Nullable Holdout holdout) {

  /** Requires the parts that are always there and copies the maps. */
  public ForecastSection {
    requireNonNull(calibrationEnd, "calibrationEnd");
    accounts = Map.copyOf(accounts);
    unscored = Map.copyOf(unscored);
  }

  /** Returns a section that says why there is no forecast. */
  static ForecastSection unavailable(
      LocalDate calibrationEnd, int forecastWeeks, double monthlyDiscountRate, String reason) {
    return new ForecastSection(
        calibrationEnd,
        forecastWeeks,
        monthlyDiscountRate,
        reason,
        null,
        null,
        null,
        Map.of(),
        0,
        null,
        null,
        Map.of(),
        null);
  }

  /** Returns whether the purchase model was fitted. */
  boolean available() {
    return purchases != null;
  }

  /**
   * The predictions of the calibrated models for the hold-out period against what the fitted
   * customers bought in it.
   *
   * @param end the last day of the hold-out
   * @param weeks the length of the hold-out in weeks
   * @param predicted the expected repeat purchases (purchase days) of the fitted customers
   * @param actual the purchase days of the fitted customers in the hold-out
   * @param correlation the per-customer correlation of predicted and actual purchases, {@code null}
   *     when either side does not vary
   * @param predictedRevenue the expected hold-out revenue, {@code null} without a spend model
   * @param actualRevenue the revenue of the fitted customers in the hold-out
   * @param curve the expected against the actual cumulative repeat purchases, week by week from the
   *     first order to the end of the hold-out
   */
  record Holdout(
      LocalDate end,
      double weeks,
      double predicted,
      long actual,
      @Nullable Double correlation,
      @Nullable BigDecimal predictedRevenue,
      BigDecimal actualRevenue,
      List<CurvePoint> curve) {

    /** Requires the parts that are always there and copies the curve. */
    public Holdout {
      requireNonNull(end, "end");
      requireNonNull(actualRevenue, "actualRevenue");
      curve = List.copyOf(curve);
    }
  }

  /**
   * One week of the cumulative repeat-purchase curve.
   *
   * @param day the last day of the week
   * @param expected the expected cumulative repeat purchases up to that day
   * @param actual the actual cumulative repeat purchases up to that day
   */
  record CurvePoint(LocalDate day, double expected, long actual) {}
}
