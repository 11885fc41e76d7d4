package io.crmkit.rules.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgNbdModelTest {
  private static final LocalDate FIT = LocalDate.of(2026, 1, 1);
  private static final BgNbdModel ONES = new BgNbdModel(1, 1, 1, 1, FIT, -1, 1);
  private static final BgNbdModel CDNOW = new BgNbdModel(0.243, 4.414, 0.793, 2.426, FIT, -1, 1);

  private static PurchaseSummary summary(int x, double tx, double age) {
    return new PurchaseSummary(x, tx, age, BigDecimal.ZERO, 0, Simulation.USD);
  }

  @Test
  void logLikelihood_smallCases_matchTheFormulaByHand() {
    // x = 0, T = 1, all parameters 1: (α / (α + T))^r = 1/2
    assertThat(ONES.logLikelihoodOf(List.of(summary(0, 0, 1))))
        .isCloseTo(Math.log(0.5), within(1e-14));
    // x = 1, tₓ = 1, T = 2: B(1,2)/B(1,1) · 1/3² + B(2,1)/B(1,1) · 1/2² = 1/18 + 1/8 = 13/72
    assertThat(ONES.logLikelihoodOf(List.of(summary(1, 1, 2))))
        .isCloseTo(Math.log(13.0 / 72), within(1e-14));
    // customers add up
    assertThat(ONES.logLikelihoodOf(List.of(summary(0, 0, 1), summary(1, 1, 2))))
        .isCloseTo(Math.log(0.5 * 13 / 72), within(1e-14));
  }

  @Test
  void probabilityAlive_smallCases_matchTheFormulaByHand() {
    // 1 / (1 + a / (b + x − 1) · ((α + T) / (α + tₓ))^(r + x)) = 1 / (1 + (3/2)²) = 4/13
    assertThat(ONES.probabilityAlive(summary(1, 1, 2))).isCloseTo(4.0 / 13, within(1e-15));
    assertThat(ONES.probabilityAlive(summary(0, 0, 5))).isEqualTo(1);
    // bought last at the end of the observation: as alive as the model allows
    assertThat(CDNOW.probabilityAlive(summary(3, 30, 30)))
        .isGreaterThan(CDNOW.probabilityAlive(summary(3, 10, 30)));
    // a long silence after frequent buying is a bad sign
    assertThat(CDNOW.probabilityAlive(summary(20, 5, 38))).isLessThan(0.01).isPositive();
  }

  @Test
  void expectedPurchasesPopulation_closedForm_matches() {
    // r = α = b = 1, a = 2: 2 · (1 − ln(1 + t) / t), by F(1, 1; 2; z) = −ln(1 − z) / z
    BgNbdModel model = new BgNbdModel(1, 1, 2, 1, FIT, -1, 1);
    for (double t : new double[] {0.01, 1, 10, 100, 5000}) {
      double expected = 2 * (1 - Math.log1p(t) / t);
      assertThat(model.expectedPurchasesPopulation(t)).isCloseTo(expected, within(1e-12));
    }
    assertThat(model.expectedPurchasesPopulation(0)).isZero();
    assertThat(model.expectedPurchasesPopulation(3, 1))
        .containsExactly(
            model.expectedPurchasesPopulation(1),
            model.expectedPurchasesPopulation(2),
            model.expectedPurchasesPopulation(3));
  }

  @Test
  void expectedPurchases_newCustomerWithNoHistory_isThePopulationCurve() {
    for (double t : new double[] {1, 39, 520}) {
      assertThat(CDNOW.expectedPurchases(summary(0, 0, 0), t))
          .isCloseTo(CDNOW.expectedPurchasesPopulation(t), within(1e-12));
    }
  }

  @Test
  void expectedPurchases_shortHorizon_isAliveTimesPosteriorRateTimesT() {
    // for small t, E[Y(t)] ≈ P(alive) · E[λ | x, T] · t = P(alive) · (r + x) / (α + T) · t
    PurchaseSummary customer = summary(4, 20, 32);
    double t = 1e-4;
    double expected = CDNOW.probabilityAlive(customer) * (0.243 + 4) / (4.414 + 32) * t;
    assertThat(CDNOW.expectedPurchases(customer, t)).isCloseTo(expected, within(expected * 1e-3));
  }

  @Test
  void expectedPurchases_growWithTheHorizonAndStayBelowTheAliveRate() {
    PurchaseSummary customer = summary(7, 35, 38);
    double previous = 0;
    for (int weeks = 4; weeks <= 520; weeks += 4) {
      double e = CDNOW.expectedPurchases(customer, weeks);
      assertThat(e).isGreaterThan(previous).isFinite();
      previous = e;
    }
    assertThat(CDNOW.expectedPurchases(customer, 39)).isLessThan((0.243 + 7) / (4.414 + 38) * 39);
  }

  @Test
  void expectedPurchases_aroundShapeOne_isContinuous() {
    PurchaseSummary customer = summary(2, 10, 30);
    double below = new BgNbdModel(0.5, 3, 1 - 1e-3, 2, FIT, -1, 1).expectedPurchases(customer, 52);
    double at = new BgNbdModel(0.5, 3, 1, 2, FIT, -1, 1).expectedPurchases(customer, 52);
    double above = new BgNbdModel(0.5, 3, 1 + 1e-3, 2, FIT, -1, 1).expectedPurchases(customer, 52);
    assertThat(at).isFinite().isBetween(Math.min(below, above), Math.max(below, above));
    assertThat(at).isCloseTo((below + above) / 2, within(1e-6));
  }

  /**
   * The limit of {@code E[Y(t)]} for a one-time buyer as {@code c = a + b − 1 → 0}: {@code c ·
   * 2F1(r, b; c; z) → r b z 2F1(r + 1, b + 1; 2; z)} and {@code 1 − a = b}, so {@code E[Y(t)] = r z
   * (1 − z)^r 2F1(r + 1, b + 1; 2; z)} with {@code z = t / (α + T + t)}.
   */
  private static double oneTimeBuyerAtAPlusBOne(
      double r, double alpha, double b, double age, double t) {
    double z = t / (alpha + age + t);
    return r * z * Math.pow(1 - z, r) * Hypergeometric.f21(r + 1, b + 1, 2, z);
  }

  @Test
  void expectedPurchases_aPlusBOne_oneTimeBuyer_isTheLimitOfItsNeighbours() {
    PurchaseSummary once = summary(0, 0, 30);
    for (double[] ab : new double[][] {{0.5, 0.5}, {0.25, 0.75}, {0.75, 0.25}}) {
      BgNbdModel at = new BgNbdModel(0.4, 4, ab[0], ab[1], FIT, -1, 1);
      assertThat(ab[0] + ab[1] + once.frequency() - 1).isZero();
      BgNbdModel below = new BgNbdModel(0.4, 4, ab[0], ab[1] - 1e-6, FIT, -1, 1);
      BgNbdModel above = new BgNbdModel(0.4, 4, ab[0], ab[1] + 1e-6, FIT, -1, 1);
      for (double t : new double[] {1, 52, 520, 5200}) {
        double value = at.expectedPurchases(once, t);
        double limit = oneTimeBuyerAtAPlusBOne(0.4, 4, ab[1], 30, t);
        assertThat(value).isPositive().isCloseTo(limit, within(limit * 1e-6));
        assertThat(below.expectedPurchases(once, t)).isCloseTo(value, within(value * 1e-5));
        assertThat(above.expectedPurchases(once, t)).isCloseTo(value, within(value * 1e-5));
      }
    }
  }

  @Test
  void expectedPurchasesPopulation_aPlusBOne_isTheLimitOfItsNeighbours() {
    BgNbdModel at = new BgNbdModel(0.4, 4, 0.5, 0.5, FIT, -1, 1);
    BgNbdModel below = new BgNbdModel(0.4, 4, 0.5, 0.5 - 1e-6, FIT, -1, 1);
    BgNbdModel above = new BgNbdModel(0.4, 4, 0.5, 0.5 + 1e-6, FIT, -1, 1);
    for (double t : new double[] {1, 52, 520, 5200}) {
      double value = at.expectedPurchasesPopulation(t);
      double limit = oneTimeBuyerAtAPlusBOne(0.4, 4, 0.5, 0, t);
      assertThat(value).isPositive().isCloseTo(limit, within(limit * 1e-6));
      assertThat(below.expectedPurchasesPopulation(t)).isCloseTo(value, within(value * 1e-5));
      assertThat(above.expectedPurchasesPopulation(t)).isCloseTo(value, within(value * 1e-5));
    }
    assertThat(at.expectedPurchasesPopulation(3, 52))
        .hasSize(3)
        .allSatisfy(e -> assertThat(e).isPositive());
  }

  @Test
  void expectedPurchases_bothPolesClose_isContinuous() {
    // a = 1 and a + b − 1 = 0 nearly coincide when b is tiny: both removable poles at once
    PurchaseSummary once = summary(0, 0, 30);
    double b = 1e-4;
    double at = new BgNbdModel(0.4, 4, 1, b, FIT, -1, 1).expectedPurchases(once, 52);
    double poleC = new BgNbdModel(0.4, 4, 1 - b, b, FIT, -1, 1).expectedPurchases(once, 52);
    double away = new BgNbdModel(0.4, 4, 1 - 1e-3, b, FIT, -1, 1).expectedPurchases(once, 52);
    assertThat(at).isFinite().isPositive().isCloseTo(away, within(away * 1e-2));
    assertThat(poleC).isFinite().isPositive().isCloseTo(away, within(away * 1e-2));
  }

  @Test
  void expectedPurchases_badHorizon_throwsValidationNamingFieldAndValue() {
    assertThatThrownBy(() -> CDNOW.expectedPurchases(summary(0, 0, 1), -1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("weeks");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo("-1.0");
            })
        .hasMessageContaining("-1.0");
    assertThatThrownBy(() -> CDNOW.expectedPurchasesPopulation(Double.NaN))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("weeks"));
    assertThatThrownBy(() -> CDNOW.expectedPurchasesPopulation(-1, 4))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("periods"));
    assertThatThrownBy(() -> CDNOW.expectedPurchasesPopulation(3, -4))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("weeksPerPeriod"));
    assertThatThrownBy(() -> CDNOW.expectedPurchasesPopulation(2, 2601))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("periods"))
        .hasMessageContaining("5200");
    assertThat(CDNOW.expectedPurchasesPopulation(2, 2600)).hasSize(2);
  }

  @Test
  void fit_simulatedCustomers_recoversTheParametersAtAMaximum() {
    List<PurchaseSummary> customers =
        Simulation.customers(25_000, 0.243, 4.414, 0.793, 2.426, 6, 4, 15, 7);
    BgNbdModel model = null;
    for (int run = 1; run <= 2; run++) {
      long start = System.nanoTime();
      model = BgNbdModel.fit(customers, FIT).orElseThrow();
      System.out.printf(
          "BG/NBD fit of 25,000 simulated customers (run %d) took %d ms: r=%.3f alpha=%.3f a=%.3f"
              + " b=%.3f%n",
          run,
          (System.nanoTime() - start) / 1_000_000,
          model.r(),
          model.alpha(),
          model.a(),
          model.b());
    }

    assertThat(model.customers()).isEqualTo(25_000);
    assertThat(model.fitDate()).isEqualTo(FIT);
    assertThat(model.r()).isCloseTo(0.243, within(0.243 * 0.15));
    assertThat(model.alpha()).isCloseTo(4.414, within(4.414 * 0.25));
    assertThat(model.a()).isCloseTo(0.793, within(0.793 * 0.25));
    assertThat(model.b()).isCloseTo(2.426, within(2.426 * 0.3));
    assertThat(model.logLikelihood()).isCloseTo(model.logLikelihoodOf(customers), within(1e-6));
    // at the maximum the gradient in every (log) direction vanishes and every step loses
    double[] p = {model.r(), model.alpha(), model.a(), model.b()};
    for (int i = 0; i < 4; i++) {
      for (double factor : new double[] {1 - 1e-3, 1 + 1e-3}) {
        double[] q = p.clone();
        q[i] *= factor;
        BgNbdModel moved = new BgNbdModel(q[0], q[1], q[2], q[3], FIT, -1, 1);
        assertThat(moved.logLikelihoodOf(customers)).isLessThan(model.logLikelihood());
      }
    }
  }

  @Test
  void fit_tooFewCustomers_isUnavailableWithTheCount() {
    FitResult<BgNbdModel> result = BgNbdModel.fit(List.of(summary(1, 1, 2)), FIT);
    assertThat(result).isInstanceOf(FitResult.Unavailable.class);
    FitResult.Unavailable<BgNbdModel> unavailable = (FitResult.Unavailable<BgNbdModel>) result;
    assertThat(unavailable.reason()).isEqualTo(FitResult.Reason.TOO_FEW_CUSTOMERS);
    assertThat(unavailable.explain()).contains("at least 10").contains("had 1");
    assertThat(result.model()).isEmpty();
    assertThatThrownBy(result::orElseThrow)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("too few customers");
  }

  @Test
  void fit_noRepeatPurchases_isUnavailable() {
    List<PurchaseSummary> once = Collections.nCopies(50, summary(0, 0, 10));
    FitResult<BgNbdModel> result = BgNbdModel.fit(once, FIT);
    assertThat(((FitResult.Unavailable<BgNbdModel>) result).reason())
        .isEqualTo(FitResult.Reason.NO_REPEAT_PURCHASES);
  }

  @Test
  void fit_everyoneBuyingAllTheTime_isDegenerateNeverNaN() {
    // every customer bought every week up to the end and no one ever dropped out: the likelihood
    // is highest where every customer has the same rate (r and α run to infinity together)
    List<PurchaseSummary> loyal = Collections.nCopies(40, summary(30, 30, 30));
    FitResult<BgNbdModel> result = BgNbdModel.fit(loyal, FIT);
    assertThat(result).isInstanceOf(FitResult.Unavailable.class);
    FitResult.Unavailable<BgNbdModel> unavailable = (FitResult.Unavailable<BgNbdModel>) result;
    assertThat(unavailable.reason()).isEqualTo(FitResult.Reason.DEGENERATE);
    assertThat(unavailable.detail()).contains("edge of the parameter space").contains("runs to");
  }

  @Test
  void constructor_badParameters_listsEveryProblem() {
    assertThatThrownBy(() -> new BgNbdModel(Double.NaN, -1, 0, 1, FIT, Double.NaN, 0))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).fields())
                    .containsExactly("r", "alpha", "a", "logLikelihood", "customers"));
  }
}
