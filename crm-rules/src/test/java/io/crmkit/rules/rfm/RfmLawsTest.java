package io.crmkit.rules.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of RFM scoring for both methods: scores stay in range and are monotonic per measure. */
class RfmLawsTest {
  private static final int CODES = 31 * 10 * 51;

  /** Small ranges, so that ties are common: recency 0..30 days, 1..10 orders, 0..50 money. */
  private static RfmInput decode(int i, int code) {
    return new RfmInput(
        "c" + i, code % 31, 1 + (code / 31) % 10, BigDecimal.valueOf(code / 310 % 51));
  }

  private static Gen<List<Integer>> codes() {
    return lists().of(integers().between(0, CODES - 1)).ofSizeBetween(1, 40);
  }

  private static List<RfmInput> population(List<Integer> codes) {
    List<RfmInput> inputs = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      inputs.add(decode(i, codes.get(i)));
    }
    return inputs;
  }

  @Test
  void score_anyPopulation_scoresBetweenOneAndBins() {
    qt().forAll(codes(), integers().between(RfmScoring.MIN_BINS, RfmScoring.MAX_BINS))
        .checkAssert(
            (codes, bins) -> {
              for (RfmMethod method : RfmMethod.values()) {
                for (RfmScore s : RfmScoring.score(population(codes), method, bins)) {
                  assertThat(List.of(s.recency(), s.frequency(), s.monetary()))
                      .allSatisfy(score -> assertThat(score).isBetween(1, bins));
                }
              }
            });
  }

  @Test
  void score_moreRecentOrder_neverLowersRecency() {
    checkMonotonic(
        in -> new RfmInput(in.customer(), 0, in.frequency(), in.monetary()), RfmScore::recency);
    checkMonotonic(
        in ->
            new RfmInput(
                in.customer(), Math.max(0, in.recencyDays() - 7), in.frequency(), in.monetary()),
        RfmScore::recency);
  }

  @Test
  void score_moreOrders_neverLowersFrequency() {
    checkMonotonic(
        in -> new RfmInput(in.customer(), in.recencyDays(), in.frequency() + 1, in.monetary()),
        RfmScore::frequency);
    checkMonotonic(
        in -> new RfmInput(in.customer(), in.recencyDays(), in.frequency() + 20, in.monetary()),
        RfmScore::frequency);
  }

  @Test
  void score_moreMoney_neverLowersMonetary() {
    checkMonotonic(
        in ->
            new RfmInput(
                in.customer(), in.recencyDays(), in.frequency(), in.monetary().add(BigDecimal.ONE)),
        RfmScore::monetary);
    checkMonotonic(
        in ->
            new RfmInput(
                in.customer(),
                in.recencyDays(),
                in.frequency(),
                in.monetary().add(new BigDecimal("0.01"))),
        RfmScore::monetary);
  }

  @Test
  void score_otherMeasureImproves_leavesThisScoreAlone() {
    qt().forAll(codes(), integers().between(0, 1000))
        .checkAssert(
            (codes, pick) -> {
              List<RfmInput> before = population(codes);
              int i = pick % before.size();
              List<RfmInput> after = new ArrayList<>(before);
              RfmInput in = before.get(i);
              after.set(
                  i,
                  new RfmInput(in.customer(), in.recencyDays(), in.frequency() + 3, in.monetary()));
              for (RfmMethod method : RfmMethod.values()) {
                List<RfmScore> was = RfmScoring.score(before, method, 5);
                List<RfmScore> now = RfmScoring.score(after, method, 5);
                assertThat(now.stream().map(RfmScore::recency).toList())
                    .isEqualTo(was.stream().map(RfmScore::recency).toList());
                assertThat(now.stream().map(RfmScore::monetary).toList())
                    .isEqualTo(was.stream().map(RfmScore::monetary).toList());
              }
            });
  }

  private static void checkMonotonic(
      UnaryOperator<RfmInput> improve, java.util.function.ToIntFunction<RfmScore> measure) {
    qt().forAll(codes(), integers().between(0, 1000))
        .checkAssert(
            (codes, pick) -> {
              List<RfmInput> before = population(codes);
              int i = pick % before.size();
              List<RfmInput> after = new ArrayList<>(before);
              after.set(i, improve.apply(before.get(i)));
              for (RfmMethod method : RfmMethod.values()) {
                int was = measure.applyAsInt(RfmScoring.score(before, method, 5).get(i));
                int now = measure.applyAsInt(RfmScoring.score(after, method, 5).get(i));
                assertThat(now)
                    .as("%s score of customer %d", method, i)
                    .isGreaterThanOrEqualTo(was);
              }
            });
  }
}
