package io.crmkit.rules.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixed thresholds: scores from host-given breaks, independent of the population. */
class RfmThresholdsTest {
  private static final RfmThresholds FIVE =
      RfmThresholds.of(
          List.of(30L, 90L, 180L, 365L),
          List.of(2L, 5L, 10L, 20L),
          List.of(
              new BigDecimal("1000"),
              new BigDecimal("5000"),
              new BigDecimal("20000"),
              new BigDecimal("100000")));

  @Test
  void score_recencyIsADayLimitAndTheOthersAreMinimums() {
    assertThat(scores(0, 1, "0")).containsExactly(5, 1, 1);
    assertThat(scores(30, 2, "1000")).containsExactly(5, 2, 2);
    assertThat(scores(31, 4, "4999.99")).containsExactly(4, 2, 2);
    assertThat(scores(90, 5, "5000")).containsExactly(4, 3, 3);
    assertThat(scores(181, 10, "20000")).containsExactly(2, 4, 4);
    assertThat(scores(365, 19, "99999")).containsExactly(2, 4, 4);
    assertThat(scores(366, 20, "100000")).containsExactly(1, 5, 5);
    assertThat(scores(5000, 500, "9999999")).containsExactly(1, 5, 5);
  }

  @Test
  void score_population_scoresEachAloneInInputOrder() {
    RfmInput a = new RfmInput("a", 10, 25, new BigDecimal("200000"));
    RfmInput b = new RfmInput("b", 400, 1, new BigDecimal("10"));

    assertThat(FIVE.score(List.of(a, b))).extracting(RfmScore::cell).containsExactly(555, 111);
    assertThat(FIVE.score(List.of(b))).containsExactly(FIVE.score(b));
  }

  @Test
  void new_wrongCountsAndNotIncreasing_listsEveryProblem() {
    assertThatThrownBy(
            () ->
                new RfmThresholds(
                    5,
                    List.of(30L, 30L, 180L, 365L),
                    List.of(2L, 5L, 10L),
                    List.of(
                        BigDecimal.TEN,
                        BigDecimal.ONE,
                        new BigDecimal("20"),
                        new BigDecimal("30"))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(Object::toString)
                    .containsExactly(
                        "recencyDays[1] must be greater than the break before it, 30 but was '30'",
                        "frequency must hold bins - 1 = 4 breaks but held 3 but was '[2, 5, 10]'",
                        "monetary[1] must be greater than the break before it, 10 but was '1'"));
  }

  @Test
  void new_binsOutOfRange_throwsValidation() {
    assertThatThrownBy(() -> RfmThresholds.of(List.of(), List.of(), List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("bins"));
    assertThatThrownBy(() -> new RfmThresholds(11, List.of(), List.of(), List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).contains("bins", "recencyDays", "frequency", "monetary"));
  }

  private static List<Integer> scores(long days, long orders, String money) {
    RfmScore s = FIVE.score(new RfmInput("c", days, orders, new BigDecimal(money)));
    return List.of(s.recency(), s.frequency(), s.monetary());
  }
}
