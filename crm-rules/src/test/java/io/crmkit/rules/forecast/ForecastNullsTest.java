package io.crmkit.rules.forecast;

import com.google.common.testing.NullPointerTester;
import io.crmkit.core.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Every public method and constructor of the forecast package rejects a null it did not allow. */
class ForecastNullsTest {
  private static final LocalDate FIT = LocalDate.of(2026, 1, 1);
  private static final BgNbdModel PURCHASES = new BgNbdModel(0.5, 4, 0.8, 2.4, FIT, -1, 10);
  private static final GammaGammaModel SPEND =
      new GammaGammaModel(6, 4, 15, Simulation.USD, FIT, -1, 10);

  private final NullPointerTester tester =
      new NullPointerTester()
          .setDefault(LocalDate.class, FIT)
          .setDefault(Currency.class, Simulation.USD)
          .setDefault(Money.class, Money.of("1", "USD"))
          .setDefault(
              PurchaseSummary.class,
              new PurchaseSummary(1, 1, 2, BigDecimal.ONE, 1, Simulation.USD))
          .setDefault(
              io.crmkit.core.activity.CustomerFacts.class,
              io.crmkit.core.activity.CustomerFacts.empty(
                  io.crmkit.core.shared.TenantId.of("acme"),
                  io.crmkit.core.customer.CustomerId.of(java.util.UUID.randomUUID())))
          .setDefault(BgNbdModel.class, PURCHASES)
          .setDefault(GammaGammaModel.class, SPEND)
          .setDefault(
              io.crmkit.core.shared.TenantId.class, io.crmkit.core.shared.TenantId.of("acme"))
          .setDefault(
              io.crmkit.core.forecast.ModelKey.class, io.crmkit.core.forecast.ModelKey.of("clv"))
          .setDefault(
              io.crmkit.core.forecast.FittedModel.class,
              PURCHASES.toFitted(
                  io.crmkit.core.shared.TenantId.of("acme"),
                  io.crmkit.core.forecast.ModelKey.of("clv")))
          .setDefault(CustomerValueModel.class, new CustomerValueModel(PURCHASES, SPEND));

  @Test
  void publicApi_rejectsNulls() {
    tester.testAllPublicStaticMethods(PurchaseSummary.class);
    tester.testAllPublicStaticMethods(Purchase.class);
    tester.testAllPublicStaticMethods(BgNbdModel.class);
    tester.testAllPublicStaticMethods(GammaGammaModel.class);
    tester.testAllPublicStaticMethods(ForecastRules.class);
    tester.testAllPublicInstanceMethods(PURCHASES);
    tester.testAllPublicInstanceMethods(SPEND);
    tester.testAllPublicInstanceMethods(new CustomerValueModel(PURCHASES, SPEND));
    tester.testAllPublicConstructors(Purchase.class);
    tester.testAllPublicConstructors(PurchaseSummary.class);
    tester.testAllPublicConstructors(CustomerValueModel.class);
    tester.testAllPublicConstructors(ForecastPeriod.class);
    tester.testAllPublicConstructors(SalesForecast.class);
    tester.testAllPublicStaticMethods(CustomerValueModel.class);
    tester.testAllPublicConstructors(CustomerScorer.class);
    tester.testAllPublicConstructors(CustomerScore.class);
    tester.testAllPublicInstanceMethods(
        new CustomerScorer(new CustomerValueModel(PURCHASES, SPEND), 26, 12, 0));
  }
}
