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
}
