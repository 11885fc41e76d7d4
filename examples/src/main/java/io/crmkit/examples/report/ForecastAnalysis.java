package io.crmkit.examples.report;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.rules.forecast.BgNbdModel;
import io.crmkit.rules.forecast.CustomerValueModel;
import io.crmkit.rules.forecast.FitResult;
import io.crmkit.rules.forecast.GammaGammaModel;
import io.crmkit.rules.forecast.Purchase;
import io.crmkit.rules.forecast.PurchaseSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Fits crmkit's forecast models (BG/NBD for purchases, Gamma-Gamma for spend) on the report's
 * orders up to the calibration end and scores every customer: P(alive), expected orders, expected
 * value per order and discounted CLV over the forecast weeks. Every order counts as a purchase,
 * free ($0) orders included, as {@link PurchaseSummary#of} counts them; orders on one day are one
 * purchase. With a calibration end, the orders after it (up to the hold-out end) are the hold-out
 * the predictions are compared with.
 */
final class ForecastAnalysis {
  /** The default forecast horizon in weeks. */
  static final int DEFAULT_WEEKS = 52;

  /** The default discount rate per month of the CLV. */
  static final double DEFAULT_MONTHLY_DISCOUNT_RATE = 0.01;

  /** The most points the cumulative repeat-purchase curve has. */
  static final int CURVE_POINTS = 200;

  private static final double DAYS_PER_WEEK = 7;

  /**
   * The forecast choices of the command line.
   *
   * @param calibrationEnd the last day of the calibration period, or {@code null} to fit on every
   *     order up to the analysis day (no hold-out)
   * @param forecastWeeks the forecast horizon in weeks, 1 to {@link BgNbdModel#MAX_WEEKS}
   * @param monthlyDiscountRate the CLV's discount rate per month, 0 to below 1
   */
  record Settings(
      @Nullable LocalDate calibrationEnd, int forecastWeeks, double monthlyDiscountRate) {
    /** Requires a horizon and a rate in range. */
    Settings {
      if (forecastWeeks < 1 || forecastWeeks > BgNbdModel.MAX_WEEKS) {
        throw new IllegalArgumentException(
            "forecastWeeks must lie between 1 and "
                + (int) BgNbdModel.MAX_WEEKS
                + " but was "
                + forecastWeeks);
      }
      if (!(monthlyDiscountRate >= 0 && monthlyDiscountRate < 1)) {
        throw new IllegalArgumentException(
            "monthlyDiscountRate must lie in [0, 1) but was " + monthlyDiscountRate);
      }
    }
  }

  private final Settings settings;
  private final Currency currency;

  ForecastAnalysis(Settings settings, Currency currency) {
    this.settings = settings;
    this.currency = currency;
  }

  /**
   * Fits and scores.
   *
   * @param orders the report's orders, all in the report's currency and none after the analysis day
   * @param calibrationEnd the calibration end: the given one, or the analysis day
   * @param holdoutEnd the last day of the hold-out, or {@code null} without a calibration end
   */
  ForecastSection run(
      List<OrderLine> orders, LocalDate calibrationEnd, @Nullable LocalDate holdoutEnd) {
    Map<String, List<Purchase>> purchases = new LinkedHashMap<>();
    for (OrderLine order : orders) {
      purchases
          .computeIfAbsent(order.customer(), k -> new ArrayList<>())
          .add(new Purchase(order.date(), Money.of(order.amount(), currency)));
    }
    Map<String, PurchaseSummary> summaries = new LinkedHashMap<>();
    purchases.forEach(
        (customer, list) -> {
          if (list.stream().anyMatch(p -> !p.day().isAfter(calibrationEnd))) {
            summaries.put(customer, PurchaseSummary.of(list, calibrationEnd));
          }
        });
    FitResult<BgNbdModel> purchaseFit = BgNbdModel.fit(summaries.values(), calibrationEnd);
    if (purchaseFit instanceof FitResult.Unavailable<BgNbdModel> none) {
      return ForecastSection.unavailable(
          calibrationEnd,
          settings.forecastWeeks(),
          settings.monthlyDiscountRate(),
          "the purchase model (BG/NBD) could not be fitted on the orders up to "
              + calibrationEnd
              + ": "
              + none.explain());
    }
    BgNbdModel purchaseModel = purchaseFit.orElseThrow();
    FitResult<GammaGammaModel> spendFit = GammaGammaModel.fit(summaries.values(), calibrationEnd);
    GammaGammaModel spendModel = spendFit.model().orElse(null);
    String spendUnavailable =
        spendFit instanceof FitResult.Unavailable<GammaGammaModel> none
            ? "the spend model (Gamma-Gamma) could not be fitted: " + none.explain()
            : null;

    Map<String, AccountForecast> accounts = new LinkedHashMap<>();
    Map<String, String> unscored = new LinkedHashMap<>();
    double totalOrders = 0;
    BigDecimal totalRevenue = BigDecimal.ZERO;
    BigDecimal totalClv = BigDecimal.ZERO;
    for (Map.Entry<String, PurchaseSummary> entry : summaries.entrySet()) {
      try {
        BigDecimal past = BigDecimal.ZERO;
        for (Purchase p : purchases.get(entry.getKey())) {
          if (!p.day().isAfter(calibrationEnd)) {
            past = past.add(p.amount().amount());
          }
        }
        AccountForecast forecast = score(purchaseModel, spendModel, entry.getValue(), past);
        accounts.put(entry.getKey(), forecast);
        totalOrders += forecast.expectedOrders();
        if (forecast.expectedRevenue() != null && forecast.expectedClv() != null) {
          totalRevenue = totalRevenue.add(forecast.expectedRevenue());
          totalClv = totalClv.add(forecast.expectedClv());
        }
      } catch (ArithmeticException | IllegalArgumentException | ValidationException e) {
        unscored.put(entry.getKey(), String.valueOf(e.getMessage()));
      }
    }
    ForecastSection.Holdout holdout = null;
    if (holdoutEnd != null) {
      try {
        holdout =
            holdout(purchaseModel, spendModel, purchases, summaries, calibrationEnd, holdoutEnd);
      } catch (ArithmeticException e) {
        unscored.put("(hold-out comparison)", String.valueOf(e.getMessage()));
      }
    }
    return new ForecastSection(
        calibrationEnd,
        settings.forecastWeeks(),
        settings.monthlyDiscountRate(),
        null,
        purchaseModel,
        spendModel,
        spendUnavailable,
        accounts,
        totalOrders,
        spendModel == null ? null : totalRevenue,
        spendModel == null ? null : totalClv,
        unscored,
        holdout);
  }

  /**
   * Scores one customer over the forecast weeks; the CLV discounts each week's expected revenue by
   * {@code (1 + monthly rate)^(week / weeks per month)}.
   *
   * @throws ArithmeticException if a prediction is not a finite number
   */
  private AccountForecast score(
      BgNbdModel purchases,
      @Nullable GammaGammaModel spend,
      PurchaseSummary customer,
      BigDecimal past) {
    int weeks = settings.forecastWeeks();
    double alive = finite(purchases.probabilityAlive(customer), "P(alive)");
    double orders = finite(purchases.expectedPurchases(customer, weeks), "expected orders");
    if (spend == null) {
      return new AccountForecast(past, alive, orders, null, null, null);
    }
    double value = spend.expectedAverageValue(customer).amount().doubleValue();
    double clv = 0;
    double before = 0;
    for (int week = 1; week <= weeks; week++) {
      double upTo = purchases.expectedPurchases(customer, week);
      double discount =
          Math.pow(1 + settings.monthlyDiscountRate(), week / CustomerValueModel.WEEKS_PER_MONTH);
      clv += Math.max(0, upTo - before) * value / discount;
      before = upTo;
    }
    return new AccountForecast(
        past,
        alive,
        orders,
        money(finite(value, "expected order value")),
        money(finite(orders * value, "expected revenue")),
        money(finite(clv, "expected CLV")));
  }

  private ForecastSection.Holdout holdout(
      BgNbdModel purchases,
      @Nullable GammaGammaModel spend,
      Map<String, List<Purchase>> history,
      Map<String, PurchaseSummary> summaries,
      LocalDate calibrationEnd,
      LocalDate end) {
    double weeks = ChronoUnit.DAYS.between(calibrationEnd, end) / DAYS_PER_WEEK;
    List<Double> predicted = new ArrayList<>();
    List<Double> actual = new ArrayList<>();
    double predictedRevenue = 0;
    BigDecimal actualRevenue = BigDecimal.ZERO;
    TreeMap<LocalDate, Integer> firstDays = new TreeMap<>();
    List<LocalDate> repeatDays = new ArrayList<>();
    for (Map.Entry<String, PurchaseSummary> entry : summaries.entrySet()) {
      TreeSet<LocalDate> days = new TreeSet<>();
      for (Purchase p : history.get(entry.getKey())) {
        if (!p.day().isAfter(end)) {
          days.add(p.day());
          if (p.day().isAfter(calibrationEnd)) {
            actualRevenue = actualRevenue.add(p.amount().amount());
          }
        }
      }
      firstDays.merge(days.first(), 1, Integer::sum);
      repeatDays.addAll(days.tailSet(days.first(), false));
      PurchaseSummary customer = entry.getValue();
      double expected = purchases.expectedPurchases(customer, weeks);
      predicted.add(expected);
      actual.add((double) days.tailSet(calibrationEnd, false).size());
      if (spend != null) {
        predictedRevenue += expected * spend.expectedAverageValue(customer).amount().doubleValue();
      }
    }
    double predictedTotal = predicted.stream().mapToDouble(Double::doubleValue).sum();
    long actualTotal = Math.round(actual.stream().mapToDouble(Double::doubleValue).sum());
    return new ForecastSection.Holdout(
        end,
        weeks,
        finite(predictedTotal, "predicted hold-out purchases"),
        actualTotal,
        correlation(predicted, actual),
        spend == null ? null : money(finite(predictedRevenue, "predicted hold-out revenue")),
        actualRevenue,
        curve(purchases, firstDays, repeatDays, end));
  }

  /**
   * Returns the expected and actual cumulative repeat purchases at the end of each week from the
   * first purchase to {@code end} (every few weeks for long histories, and on {@code end}).
   */
  private static List<ForecastSection.CurvePoint> curve(
      BgNbdModel model,
      TreeMap<LocalDate, Integer> firstDays,
      List<LocalDate> repeatDays,
      LocalDate end) {
    List<LocalDate> sorted = new ArrayList<>(repeatDays);
    sorted.sort(null);
    LocalDate start = firstDays.firstKey();
    long totalWeeks = ChronoUnit.DAYS.between(start, end) / 7;
    long step = Math.max(1, (totalWeeks + CURVE_POINTS - 1) / CURVE_POINTS);
    List<LocalDate> points = new ArrayList<>();
    for (LocalDate day = start.plusWeeks(step); !day.isAfter(end); day = day.plusWeeks(step)) {
      points.add(day);
    }
    if (points.isEmpty() || points.get(points.size() - 1).isBefore(end)) {
      points.add(end);
    }
    List<ForecastSection.CurvePoint> curve = new ArrayList<>(points.size());
    int seen = 0;
    for (LocalDate day : points) {
      while (seen < sorted.size() && !sorted.get(seen).isAfter(day)) {
        seen++;
      }
      double expected = 0;
      for (Map.Entry<LocalDate, Integer> first : firstDays.headMap(day, false).entrySet()) {
        double age = ChronoUnit.DAYS.between(first.getKey(), day) / DAYS_PER_WEEK;
        expected += first.getValue() * model.expectedPurchasesPopulation(age);
      }
      curve.add(new ForecastSection.CurvePoint(day, finite(expected, "expected curve"), seen));
    }
    return curve;
  }

  /** Returns Pearson's correlation, or {@code null} when either side is constant. */
  static @Nullable Double correlation(List<Double> x, List<Double> y) {
    int n = x.size();
    if (n < 2) {
      return null;
    }
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x.get(i) - mx;
      double dy = y.get(i) - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0 || syy == 0) {
      return null;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return Double.isFinite(r) ? r : null;
  }

  private static double mean(Collection<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
  }

  private BigDecimal money(double amount) {
    return BigDecimal.valueOf(amount)
        .setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN);
  }

  private static double finite(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new ArithmeticException(what + " is not a finite number but " + value);
    }
    return value;
  }

  /**
   * Sums the forecasts of a group's members: expected orders, revenue and CLV add up; P(alive) is
   * the probability that at least one member still buys; the expected value per order is the
   * expected revenue over the expected orders. Empty when no member has a forecast.
   */
  static @Nullable AccountForecast group(Collection<AccountForecast> members) {
    if (members.isEmpty()) {
      return null;
    }
    if (members.size() == 1) {
      return members.iterator().next();
    }
    double allGone = 1;
    double orders = 0;
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal clv = BigDecimal.ZERO;
    BigDecimal past = BigDecimal.ZERO;
    boolean valued = true;
    for (AccountForecast m : members) {
      past = past.add(m.pastRevenue());
      allGone *= 1 - m.probabilityAlive();
      orders += m.expectedOrders();
      if (m.expectedRevenue() == null || m.expectedClv() == null) {
        valued = false;
      } else {
        revenue = revenue.add(m.expectedRevenue());
        clv = clv.add(m.expectedClv());
      }
    }
    BigDecimal average =
        valued && orders > 0
            ? BigDecimal.valueOf(revenue.doubleValue() / orders)
                .setScale(revenue.scale(), RoundingMode.HALF_EVEN)
            : null;
    return new AccountForecast(
        past,
        Math.min(1, Math.max(0, 1 - allGone)),
        orders,
        average,
        valued ? revenue : null,
        valued ? clv : null);
  }

  /** Returns the forecasts of the members that have one. */
  static List<AccountForecast> of(Collection<String> members, Map<String, AccountForecast> byKey) {
    List<AccountForecast> found = new ArrayList<>();
    for (String member : members) {
      AccountForecast f = byKey.get(member);
      if (f != null) {
        found.add(f);
      }
    }
    return found;
  }
}
