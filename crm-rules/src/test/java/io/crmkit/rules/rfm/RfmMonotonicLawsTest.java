package io.crmkit.rules.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Within one population, for quantiles, NTILE and fixed thresholds alike: a customer whose measure
 * is better than another's never scores lower on it (recency: fewer days is better). Quantiles and
 * fixed thresholds also give equal values equal scores; NTILE may split ties, as SQL does.
 */
class RfmMonotonicLawsTest {
  private static final int CODES = 31 * 10 * 51;

  /** Small ranges, so that ties are common: recency 0..30 days, 1..10 orders, 0..50 money. */
  private static List<RfmInput> population(List<Integer> codes) {
    List<RfmInput> inputs = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      int code = codes.get(i);
      inputs.add(
          new RfmInput(
              "c" + i, code % 31, 1 + (code / 31) % 10, BigDecimal.valueOf(code / 310 % 51)));
    }
    return inputs;
  }

  private static Gen<List<Integer>> codes() {
    return lists().of(integers().between(0, CODES - 1)).ofSizeBetween(1, 40);
  }

  /**
   * Thresholds spread over the generated ranges: {@code bins - 1} breaks from a start by a step.
   */
  private static RfmThresholds thresholds(int bins, int start, int step) {
    List<Long> days = new ArrayList<>();
    List<Long> orders = new ArrayList<>();
    List<BigDecimal> money = new ArrayList<>();
    for (int k = 0; k < bins - 1; k++) {
      days.add((long) start + (long) k * step);
      orders.add(1L + start / 3 + k);
      money.add(BigDecimal.valueOf(start + (long) k * step * 2));
    }
    return new RfmThresholds(bins, days, orders, money);
  }

  @Test
  void score_betterMeasure_neverScoresLowerForEveryMethod() {
    qt().forAll(
            codes(),
            integers().between(RfmScoring.MIN_BINS, RfmScoring.MAX_BINS),
            integers().between(0, 10),
            integers().between(1, 5))
        .checkAssert(
            (codes, bins, start, step) -> {
              List<RfmInput> population = population(codes);
              List<List<RfmScore>> byMethod = new ArrayList<>();
              for (RfmMethod method : RfmMethod.values()) {
                byMethod.add(RfmScoring.score(population, method, bins));
              }
              byMethod.add(thresholds(bins, start, step).score(population));
              for (int method = 0; method < byMethod.size(); method++) {
                List<RfmScore> scores = byMethod.get(method);
                boolean tiesEqual = method != RfmMethod.NTILE.ordinal();
                String name =
                    method < RfmMethod.values().length
                        ? RfmMethod.values()[method].name()
                        : "FIXED";
                check(name, scores, in -> -in.recencyDays(), RfmScore::recency, tiesEqual);
                check(name, scores, in -> in.frequency(), RfmScore::frequency, tiesEqual);
                check(
                    name, scores, in -> in.monetary().doubleValue(), RfmScore::monetary, tiesEqual);
              }
            });
  }

  private static void check(
      String method,
      List<RfmScore> scores,
      ToDoubleFunction<RfmInput> goodness,
      ToIntFunction<RfmScore> score,
      boolean tiesEqual) {
    Function<RfmScore, Double> measure = s -> goodness.applyAsDouble(s.input());
    for (RfmScore a : scores) {
      for (RfmScore b : scores) {
        double ma = measure.apply(a);
        double mb = measure.apply(b);
        if (ma > mb || (tiesEqual && ma == mb)) {
          assertThat(score.applyAsInt(a))
              .as("%s: %s is at least as good as %s", method, a.input(), b.input())
              .isGreaterThanOrEqualTo(score.applyAsInt(b));
        }
      }
    }
  }
}
