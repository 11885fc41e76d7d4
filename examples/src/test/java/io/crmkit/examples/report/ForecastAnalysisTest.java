package io.crmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the report's own arithmetic around the models: group sums, correlation, settings. */
class ForecastAnalysisTest {
  private static final AccountForecast ACTIVE =
      new AccountForecast(
          new BigDecimal("100.00"),
          0.8,
          3.0,
          new BigDecimal("20.00"),
          new BigDecimal("60.00"),
          new BigDecimal("57.00"));
  private static final AccountForecast FADING =
      new AccountForecast(
          new BigDecimal("50.00"),
          0.5,
          1.0,
          new BigDecimal("40.00"),
          new BigDecimal("40.00"),
          new BigDecimal("39.00"));

  @Test
  void group_twoMembers_sumsOrdersRevenueAndClvAndCombinesPAlive() {
    AccountForecast group = ForecastAnalysis.group(List.of(ACTIVE, FADING));

    assertThat(group).isNotNull();
    assertThat(group.pastRevenue()).isEqualByComparingTo("150.00");
    assertThat(group.probabilityAlive()).isCloseTo(1 - 0.2 * 0.5, within(1e-12));
    assertThat(group.expectedOrders()).isEqualTo(4.0);
    assertThat(group.expectedRevenue()).isEqualByComparingTo("100.00");
    assertThat(group.expectedClv()).isEqualByComparingTo("96.00");
    assertThat(group.expectedAverageValue()).isEqualByComparingTo("25.00");
  }

  @Test
  void group_oneMemberIsTheMemberAndNoMemberIsNoForecast() {
    assertThat(ForecastAnalysis.group(List.of(FADING))).isSameAs(FADING);
    assertThat(ForecastAnalysis.group(List.of())).isNull();
  }

  @Test
  void group_memberWithoutSpendModel_leavesTheValueEmpty() {
    AccountForecast unvalued = new AccountForecast(BigDecimal.TEN, 0.3, 2.0, null, null, null);

    AccountForecast group = ForecastAnalysis.group(List.of(ACTIVE, unvalued));

    assertThat(group.expectedOrders()).isEqualTo(5.0);
    assertThat(group.expectedAverageValue()).isNull();
    assertThat(group.expectedClv()).isNull();
  }

  @Test
  void of_picksTheMembersThatHaveAForecast() {
    assertThat(ForecastAnalysis.of(List.of("a", "b", "c"), Map.of("a", ACTIVE, "c", FADING)))
        .containsExactly(ACTIVE, FADING);
  }

  @Test
  void correlation_isPearsonsAndUndefinedWithoutVariation() {
    assertThat(ForecastAnalysis.correlation(List.of(1.0, 2.0, 3.0), List.of(2.0, 4.0, 6.0)))
        .isCloseTo(1.0, within(1e-12));
    assertThat(ForecastAnalysis.correlation(List.of(1.0, 2.0, 3.0), List.of(3.0, 1.0, 2.0)))
        .isCloseTo(-0.5, within(1e-12));
    assertThat(ForecastAnalysis.correlation(List.of(1.0, 2.0), List.of(5.0, 5.0))).isNull();
    assertThat(ForecastAnalysis.correlation(List.of(1.0), List.of(5.0))).isNull();
  }

  @Test
  void accountForecast_outOfRange_isRejected() {
    assertThatThrownBy(() -> new AccountForecast(BigDecimal.ONE, Double.NaN, 1, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> new AccountForecast(BigDecimal.ONE, 0.5, Double.NaN, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settings_outOfRange_areRejected() {
    assertThatThrownBy(() -> new ForecastAnalysis.Settings(null, 0, 0.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("forecastWeeks");
    assertThatThrownBy(() -> new ForecastAnalysis.Settings(null, 52, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monthlyDiscountRate");
  }
}
