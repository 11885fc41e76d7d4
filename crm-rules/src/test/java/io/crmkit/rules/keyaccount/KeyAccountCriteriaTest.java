package io.crmkit.rules.keyaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Hand-checked key-account scores and reasons, and the criteria they reject. */
class KeyAccountCriteriaTest {
  private static final KeyAccountCriteria CRITERIA =
      KeyAccountCriteria.of(new BigDecimal("100000"), 2);

  private static Map<String, KeyAccountVerdict> judge(
      KeyAccountCriteria criteria, List<AccountRevenue> accounts) {
    return criteria.evaluate(ParetoAnalysis.of(accounts)).stream()
        .collect(Collectors.toMap(KeyAccountVerdict::account, Function.identity()));
  }

  private static AccountRevenue account(
      String key, String revenue, String largest, int years, boolean strategic) {
    return new AccountRevenue(
        key, new BigDecimal(revenue), new BigDecimal(largest), years, strategic, null);
  }

  @Test
  void evaluate_everyCriterionMet_scoresAllWeightsWithAReasonEach() {
    // top: 632 of 1000 → cumulative 63.2%
    Map<String, KeyAccountVerdict> verdicts =
        judge(
            CRITERIA,
            List.of(
                account("top", "632", "120000.00", 2, true),
                account("rest", "368", "10.00", 0, false)));

    KeyAccountVerdict top = verdicts.get("top");
    assertThat(top.keyAccount()).isTrue();
    assertThat(top.score()).isEqualTo(100);
    assertThat(top.reasons())
        .containsExactly(
            "top 80% of revenue (cumulative 63.2%)",
            "largest order 120000.00 ≥ 100000", "under contract 2 years ≥ 2", "strategic");
  }

  @Test
  void evaluate_crossingAccountIsA_reasonShowsItsCumulativeShare() {
    Map<String, KeyAccountVerdict> verdicts =
        judge(
            CRITERIA,
            List.of(
                account("a", "60", "0", 0, false),
                account("b", "30", "0", 0, false),
                account("c", "10", "0", 0, false)));

    assertThat(verdicts.get("b").reasons())
        .containsExactly("top 80% of revenue (cumulative 90.0%)");
    assertThat(verdicts.get("b").keyAccount()).isTrue();
    assertThat(verdicts.get("c").score()).isZero();
    assertThat(verdicts.get("c").reasons()).isEmpty();
    assertThat(verdicts.get("c").keyAccount()).isFalse();
  }

  @Test
  void evaluate_belowPassScore_notAKeyAccount() {
    // c is class C; contract (20) + strategic (15) = 35 < 40; a large order (25) + contract = 45
    Map<String, KeyAccountVerdict> verdicts =
        judge(
            CRITERIA,
            List.of(
                account("a", "900", "0", 0, false),
                account("c", "50", "0", 5, true),
                account("d", "50", "100000", 3, false)));

    assertThat(verdicts.get("c").score()).isEqualTo(35);
    assertThat(verdicts.get("c").keyAccount()).isFalse();
    assertThat(verdicts.get("c").reasons())
        .containsExactly("under contract 5 years ≥ 2", "strategic");
    assertThat(verdicts.get("d").score()).isEqualTo(45);
    assertThat(verdicts.get("d").keyAccount()).isTrue();
    assertThat(verdicts.get("d").reasons())
        .containsExactly("largest order 100000 ≥ 100000", "under contract 3 years ≥ 2");
  }

  @Test
  void evaluate_justBelowThresholds_criteriaNotMet() {
    Map<String, KeyAccountVerdict> verdicts =
        judge(
            CRITERIA,
            List.of(account("a", "900", "0", 0, false), account("b", "100", "99999.99", 1, false)));

    assertThat(verdicts.get("b").score()).isZero();
  }

  @Test
  void evaluate_customWeights_strategicAloneMakesAKeyAccount() {
    KeyAccountCriteria criteria =
        new KeyAccountCriteria(BigDecimal.TEN, 1, new CriterionWeights(1, 1, 1, 5), 5);
    Map<String, KeyAccountVerdict> verdicts =
        judge(
            criteria, List.of(account("a", "900", "0", 0, false), account("s", "1", "0", 0, true)));

    assertThat(verdicts.get("s").keyAccount()).isTrue();
    assertThat(verdicts.get("a").keyAccount()).isFalse();
    assertThat(verdicts.get("a").score()).isEqualTo(1);
  }

  @Test
  void evaluate_group_judgedUnderItsParentOnTheRolledUpMeasures() {
    List<AccountRevenue> accounts =
        List.of(
            new AccountRevenue("hq", BigDecimal.ONE, BigDecimal.ZERO, 0, false, null),
            new AccountRevenue("sub", BigDecimal.ONE, new BigDecimal("150000"), 0, true, "hq"));

    List<KeyAccountVerdict> verdicts = CRITERIA.evaluate(ParetoAnalysis.of(accounts));

    assertThat(verdicts).extracting(KeyAccountVerdict::account).containsExactly("hq");
    assertThat(verdicts.get(0).reasons())
        .containsExactly(
            "top 80% of revenue (cumulative 100.0%)", "largest order 150000 ≥ 100000", "strategic");
  }

  @Test
  void criteria_badValues_listEveryProblem() {
    ValidationException e =
        catchThrowableOfType(
            () -> new KeyAccountCriteria(BigDecimal.ZERO, 0, CriterionWeights.standard(), 101),
            ValidationException.class);
    ValidationException weights =
        catchThrowableOfType(() -> new CriterionWeights(-1, 0, -2, 0), ValidationException.class);
    ValidationException zero =
        catchThrowableOfType(() -> new CriterionWeights(0, 0, 0, 0), ValidationException.class);

    assertThat(e.fields()).containsExactly("largeOrderThreshold", "contractYears", "passScore");
    assertThat(weights.fields()).containsExactly("topRevenue", "contract");
    assertThat(zero.fields()).containsExactly("weights");
  }
}
