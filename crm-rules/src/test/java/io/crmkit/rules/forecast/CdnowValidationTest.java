package io.crmkit.rules.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the published fits on the CDNOW sample and validates the forecasts on the 39 weeks
 * after calibration (1997-10-01 to 1998-06-30) against what the customers really bought.
 */
class CdnowValidationTest {
  private static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);
  private static final double HOLDOUT_WEEKS = 39;
  private static final List<PurchaseSummary> calibration = new ArrayList<>();
  private static final List<Integer> holdoutTransactions = new ArrayList<>();
  private static double holdoutDollars;

  @BeforeAll
  static void load() {
    if (!java.nio.file.Files.isRegularFile(CdnowSample.FILE)) {
      return;
    }
    for (Map.Entry<String, List<Purchase>> customer : CdnowSample.purchases().entrySet()) {
      List<Purchase> purchases = customer.getValue();
      calibration.add(PurchaseSummary.of(purchases, CdnowSample.CALIBRATION_END));
      long holdoutDays =
          purchases.stream()
              .map(Purchase::day)
              .filter(d -> d.isAfter(CdnowSample.CALIBRATION_END) && !d.isAfter(HOLDOUT_END))
              .distinct()
              .count();
      holdoutTransactions.add((int) holdoutDays);
      holdoutDollars +=
          purchases.stream()
              .filter(
                  p ->
                      p.day().isAfter(CdnowSample.CALIBRATION_END) && !p.day().isAfter(HOLDOUT_END))
              .mapToDouble(p -> p.amount().amount().doubleValue())
              .sum();
    }
  }

  @Test
  void bgNbd_cdnowSample_reproducesThePublishedParameters() {
    CdnowSample.require();
    long start = System.nanoTime();
    BgNbdModel model = BgNbdModel.fit(calibration, CdnowSample.CALIBRATION_END).orElseThrow();
    long micros = (System.nanoTime() - start) / 1000;
    System.out.printf(
        "BG/NBD on CDNOW: %d customers, r=%.4f alpha=%.4f a=%.4f b=%.4f LL=%.2f (%d µs)%n",
        model.customers(),
        model.r(),
        model.alpha(),
        model.a(),
        model.b(),
        model.logLikelihood(),
        micros);

    assertThat(model.customers()).isEqualTo(2357);
    assertThat(model.r()).isCloseTo(0.243, within(0.0005));
    assertThat(model.alpha()).isCloseTo(4.414, within(0.0005));
    assertThat(model.a()).isCloseTo(0.793, within(0.0005));
    assertThat(model.b()).isCloseTo(2.426, within(0.0005));
    assertThat(model.logLikelihood()).isCloseTo(-9582.4, within(0.05));
  }

  @Test
  void gammaGamma_cdnowSample_reproducesThePublishedParameters() {
    CdnowSample.require();
    GammaGammaModel model =
        GammaGammaModel.fit(calibration, CdnowSample.CALIBRATION_END).orElseThrow();
    System.out.printf(
        "Gamma-Gamma on CDNOW: %d customers, p=%.4f q=%.4f gamma=%.4f LL=%.2f%n",
        model.customers(), model.p(), model.q(), model.gamma(), model.logLikelihood());

    assertThat(model.customers()).isEqualTo(946);
    assertThat(model.p()).isCloseTo(6.25, within(0.005));
    assertThat(model.q()).isCloseTo(3.74, within(0.005));
    assertThat(model.gamma()).isCloseTo(15.44, within(0.01));
  }

  @Test
  void bgNbd_cdnowHoldout_forecastsTheFollowing39Weeks() {
    CdnowSample.require();
    BgNbdModel model = BgNbdModel.fit(calibration, CdnowSample.CALIBRATION_END).orElseThrow();
    double predicted = 0;
    double actual = 0;
    double[] p = new double[calibration.size()];
    double[] a = new double[calibration.size()];
    for (int i = 0; i < calibration.size(); i++) {
      p[i] = model.expectedPurchases(calibration.get(i), HOLDOUT_WEEKS);
      a[i] = holdoutTransactions.get(i);
      predicted += p[i];
      actual += a[i];
    }
    double correlation = correlation(p, a);
    double error = (predicted - actual) / actual;
    System.out.printf(
        "CDNOW 39-week hold-out: predicted %.1f, actual %.0f repeat transactions (error %+.2f%%),"
            + " per-customer correlation %.3f%n",
        predicted, actual, 100 * error, correlation);

    assertThat(Math.abs(error)).isLessThan(0.20);
    assertThat(correlation).isGreaterThan(0.5);
  }

  @Test
  void customerValue_cdnowHoldout_forecastsRevenue() {
    CdnowSample.require();
    CustomerValueModel model =
        new CustomerValueModel(
            BgNbdModel.fit(calibration, CdnowSample.CALIBRATION_END).orElseThrow(),
            GammaGammaModel.fit(calibration, CdnowSample.CALIBRATION_END).orElseThrow());
    SalesForecast total = model.forecastGroup(calibration, 1, HOLDOUT_WEEKS);
    double predicted = total.totalRevenue().amount().doubleValue();
    System.out.printf(
        "CDNOW 39-week hold-out revenue: predicted $%.0f, actual $%.0f (error %+.2f%%);"
            + " population mean spend per transaction $%s%n",
        predicted,
        holdoutDollars,
        100 * (predicted - holdoutDollars) / holdoutDollars,
        model.spend().populationAverageValue().amount());

    assertThat(predicted).isCloseTo(holdoutDollars, within(0.25 * holdoutDollars));
  }

  @Test
  void bgNbd_cdnowPopulation_tracksCumulativeRepeatTransactions() {
    CdnowSample.require();
    BgNbdModel model = BgNbdModel.fit(calibration, CdnowSample.CALIBRATION_END).orElseThrow();
    double predictedCalibration = 0;
    double predictedTotal = 0;
    double actualCalibration = 0;
    double actualHoldout = 0;
    for (int i = 0; i < calibration.size(); i++) {
      PurchaseSummary customer = calibration.get(i);
      predictedCalibration += model.expectedPurchasesPopulation(customer.age());
      predictedTotal += model.expectedPurchasesPopulation(customer.age() + HOLDOUT_WEEKS);
      actualCalibration += customer.frequency();
      actualHoldout += holdoutTransactions.get(i);
    }
    double actualTotal = actualCalibration + actualHoldout;
    System.out.printf(
        "CDNOW cumulative repeat transactions: week 39 predicted %.1f actual %.0f;"
            + " week 78 predicted %.1f actual %.0f (error %+.2f%%)%n",
        predictedCalibration,
        actualCalibration,
        predictedTotal,
        actualTotal,
        100 * (predictedTotal - actualTotal) / actualTotal);

    assertThat(actualCalibration).isEqualTo(2457);
    assertThat(predictedCalibration).isCloseTo(actualCalibration, within(0.03 * actualCalibration));
    assertThat(predictedTotal).isCloseTo(actualTotal, within(0.10 * actualTotal));
  }

  private static double correlation(double[] x, double[] y) {
    double mx = java.util.Arrays.stream(x).average().orElseThrow();
    double my = java.util.Arrays.stream(y).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
