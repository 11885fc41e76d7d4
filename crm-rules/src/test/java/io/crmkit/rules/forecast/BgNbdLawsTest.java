package io.crmkit.rules.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the BG/NBD predictions over wide ranges of parameters and customers. */
class BgNbdLawsTest {
  private static final LocalDate FIT = LocalDate.of(2026, 1, 1);

  private static Gen<BgNbdModel> models() {
    Gen<Double> shape = doubles().between(-3, 3).map(Math::exp);
    return shape.zip(
        shape, shape, shape, (r, alpha, a, b) -> new BgNbdModel(r, alpha, a, b, FIT, -1, 1));
  }

  private static Gen<PurchaseSummary> customers() {
    return integers()
        .between(0, 200)
        .zip(
            doubles().between(0, 1),
            doubles().between(0, 520),
            (x, share, age) ->
                new PurchaseSummary(
                    x, x == 0 ? 0 : share * age, age, BigDecimal.ZERO, 0, Simulation.USD));
  }

  @Test
  void probabilityAlive_isAProbability() {
    qt().forAll(models(), customers())
        .checkAssert(
            (model, customer) ->
                assertThat(model.probabilityAlive(customer)).isBetween(0.0, 1.0).isNotNaN());
  }

  @Test
  void expectedPurchases_growWithTheHorizonAndNeverExceedTheAliveRate() {
    qt().forAll(models(), customers(), doubles().between(0.1, 260))
        .checkAssert(
            (model, customer, weeks) -> {
              double shorter = model.expectedPurchases(customer, weeks);
              double longer = model.expectedPurchases(customer, 2 * weeks);
              assertThat(shorter).isFinite().isGreaterThanOrEqualTo(0);
              assertThat(longer).isFinite().isGreaterThanOrEqualTo(shorter * (1 - 1e-9));
              // dropping out only removes purchases: at most P(alive) · E[λ | x, T] · t
              double bound =
                  model.probabilityAlive(customer)
                      * (model.r() + customer.frequency())
                      / (model.alpha() + customer.age())
                      * weeks;
              assertThat(shorter).isLessThanOrEqualTo(bound * (1 + 1e-9) + 1e-12);
            });
  }

  @Test
  void expectedPurchasesPopulation_isTheConditionalOfACustomerWithNoHistory() {
    qt().forAll(models(), doubles().between(0.1, 520))
        .checkAssert(
            (model, weeks) -> {
              PurchaseSummary fresh =
                  new PurchaseSummary(0, 0, 0, BigDecimal.ZERO, 0, Simulation.USD);
              double population = model.expectedPurchasesPopulation(weeks);
              assertThat(population).isFinite().isGreaterThanOrEqualTo(0);
              assertThat(model.expectedPurchases(fresh, weeks))
                  .isCloseTo(
                      population, org.assertj.core.api.Assertions.within(1e-9 * (1 + population)));
            });
  }
}
