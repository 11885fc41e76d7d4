package io.crmkit.rules.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class GammaGammaModelTest {
  private static final LocalDate FIT = LocalDate.of(2026, 1, 1);
  private static final Currency USD = Simulation.USD;
  private static final GammaGammaModel SIMPLE = new GammaGammaModel(1, 2, 1, USD, FIT, -1, 1);

  private static PurchaseSummary valued(int x, String mean) {
    return new PurchaseSummary(x, x, x + 1, new BigDecimal(mean), x, USD);
  }

  @Test
  void logLikelihood_smallCase_matchesTheFormulaByHand() {
    // x = 1, m = 10, p = 1, q = 2, γ = 1: Γ(3) / (Γ(1) Γ(2)) · 1² · 10⁰ · 1¹ / 11³ = 2 / 1331
    GammaGammaModel.Likelihood likelihood =
        new GammaGammaModel.Likelihood(List.of(valued(1, "10")));
    assertThat(likelihood.of(1, 2, 1)).isCloseTo(Math.log(2.0 / 1331), within(1e-14));
    // x = 2, m = 5, p = 1, q = 2, γ = 1: Γ(4) / (Γ(2) Γ(2)) · 5¹ · 2² / 11⁴ = 120 / 14641
    assertThat(new GammaGammaModel.Likelihood(List.of(valued(2, "5"))).of(1, 2, 1))
        .isCloseTo(Math.log(120.0 / 14641), within(1e-14));
  }

  @Test
  void expectedAverageValue_weighsTheCustomersMeanAgainstThePopulation() {
    // (γ + m x) p / (p x + q − 1) = (1 + 10) / 2
    assertThat(SIMPLE.expectedAverageValue(valued(1, "10"))).isEqualTo(Money.of("5.50", "USD"));
    // p γ / (q − 1) = 1 for a customer without repeats
    PurchaseSummary once = new PurchaseSummary(0, 0, 3, BigDecimal.ZERO, 0, USD);
    assertThat(SIMPLE.expectedAverageValue(once)).isEqualTo(Money.of("1.00", "USD"));
    assertThat(SIMPLE.populationAverageValue()).isEqualTo(Money.of("1.00", "USD"));
    // the more repeats, the closer to the customer's own mean
    GammaGammaModel model = new GammaGammaModel(6.25, 3.74, 15.44, USD, FIT, -1, 1);
    double few = model.expectedAverage(valued(1, "100"));
    double many = model.expectedAverage(valued(20, "100"));
    assertThat(few).isLessThan(many);
    assertThat(many).isCloseTo(100, within(5.0));
  }

  @Test
  void expectedAverageValue_otherCurrency_throws() {
    PurchaseSummary yuan =
        new PurchaseSummary(1, 1, 2, BigDecimal.TEN, 1, Currency.getInstance("CNY"));
    assertThatThrownBy(() -> SIMPLE.expectedAverageValue(yuan))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("CNY");
  }

  @Test
  void fit_simulatedSpend_recoversThePopulationMeanAndSkipsCustomersWithoutRepeats() {
    List<PurchaseSummary> customers =
        Simulation.customers(20_000, 0.243, 4.414, 0.793, 2.426, 6, 4, 15, 11);
    long start = System.nanoTime();
    GammaGammaModel model = GammaGammaModel.fit(customers, FIT).orElseThrow();
    System.out.printf(
        "Gamma-Gamma fit of %d simulated repeat customers took %d ms: p=%.3f q=%.3f gamma=%.3f%n",
        model.customers(),
        (System.nanoTime() - start) / 1_000_000,
        model.p(),
        model.q(),
        model.gamma());

    assertThat(model.customers())
        .isEqualTo((int) customers.stream().filter(PurchaseSummary::hasRepeats).count());
    // the population mean p γ / (q − 1) = 6 · 15 / 3 = 30 is well identified
    assertThat(model.p() * model.gamma() / (model.q() - 1)).isCloseTo(30, within(3.0));
    assertThat(model.p()).isCloseTo(6, within(1.5));
    assertThat(model.currency()).isEqualTo(USD);
  }

  @Test
  void fit_tooFewOrNoRepeatCustomers_isUnavailable() {
    List<PurchaseSummary> once = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      once.add(new PurchaseSummary(0, 0, 3, BigDecimal.ZERO, 0, USD));
    }
    assertThat(((FitResult.Unavailable<GammaGammaModel>) GammaGammaModel.fit(once, FIT)).reason())
        .isEqualTo(FitResult.Reason.NO_REPEAT_PURCHASES);
    once.add(valued(2, "10"));
    FitResult.Unavailable<GammaGammaModel> few =
        (FitResult.Unavailable<GammaGammaModel>) GammaGammaModel.fit(once, FIT);
    assertThat(few.reason()).isEqualTo(FitResult.Reason.TOO_FEW_CUSTOMERS);
    assertThat(few.detail()).contains("had 1");
  }

  @Test
  void fit_everyoneSpendingTheSame_isDegenerate() {
    // no spread across or within customers: the likelihood is highest at infinite shapes
    List<PurchaseSummary> same = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      same.add(valued(3, "10"));
    }
    FitResult.Unavailable<GammaGammaModel> result =
        (FitResult.Unavailable<GammaGammaModel>) GammaGammaModel.fit(same, FIT);
    assertThat(result.reason()).isEqualTo(FitResult.Reason.DEGENERATE);
  }

  @Test
  void fit_mixedCurrencies_throws() {
    List<PurchaseSummary> customers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      customers.add(valued(i % 3 + 1, String.valueOf(10 + i)));
    }
    customers.add(new PurchaseSummary(1, 1, 2, BigDecimal.TEN, 1, Currency.getInstance("EUR")));
    assertThatThrownBy(() -> GammaGammaModel.fit(customers, FIT))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("EUR");
  }

  @Test
  void populationAverageValue_qJustAboveOne_overflowsAsATypedError() {
    GammaGammaModel model = new GammaGammaModel(1e10, Math.nextUp(1.0), 1e300, USD, FIT, -1, 1);
    assertThatThrownBy(model::populationAverageValue)
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("Infinity")
        .hasMessageContaining("p=1.0E10")
        .hasMessageContaining("q=" + Math.nextUp(1.0))
        .hasMessageContaining("gamma=1.0E300");
    assertThatThrownBy(() -> model.expectedAverageValue(valued(2, "10")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void money_notANumber_isATypedError() {
    assertThatThrownBy(() -> SIMPLE.money(Double.NaN))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("NaN")
        .hasMessageContaining("q=2.0");
    assertThatThrownBy(() -> SIMPLE.money(Double.NEGATIVE_INFINITY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(SIMPLE.money(12.345)).isEqualTo(Money.of("12.34", "USD"));
  }

  @Test
  void constructor_infiniteMeanSpend_isRejected() {
    assertThatThrownBy(() -> new GammaGammaModel(1, 1, 1, USD, FIT, -1, 1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("above 1");
  }
}
