package io.crmkit.rules.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerValueModelTest {
  private static final LocalDate FIT = LocalDate.of(1997, 9, 30);
  private static final CustomerValueModel CDNOW =
      new CustomerValueModel(
          new BgNbdModel(0.243, 4.414, 0.793, 2.426, FIT, -9582.4, 2357),
          new GammaGammaModel(6.25, 3.74, 15.44, Simulation.USD, FIT, -4055.9, 946));
  private static final PurchaseSummary LOYAL =
      new PurchaseSummary(6, 36, 38, new BigDecimal("42.10"), 6, Simulation.USD);
  private static final PurchaseSummary LAPSED =
      new PurchaseSummary(2, 3, 38, new BigDecimal("15"), 2, Simulation.USD);

  @Test
  void clv_withoutDiscount_isExpectedPurchasesTimesExpectedValue() {
    double purchases =
        CDNOW.purchases().expectedPurchases(LOYAL, 12 * CustomerValueModel.WEEKS_PER_MONTH);
    double value = CDNOW.spend().expectedAverage(LOYAL);
    Money clv = CDNOW.clv(LOYAL, 12, 0);
    assertThat(clv.currency()).isEqualTo(Simulation.USD);
    assertThat(clv.amount().doubleValue()).isCloseTo(purchases * value, within(0.006));
  }

  @Test
  void clv_discountingAndLapsingLowerTheValue() {
    Money undiscounted = CDNOW.clv(LOYAL, 12, 0);
    Money discounted = CDNOW.clv(LOYAL, 12, 0.01);
    assertThat(discounted).isLessThan(undiscounted);
    assertThat(CDNOW.clv(LAPSED, 12, 0.01)).isLessThan(discounted);
    assertThat(CDNOW.clv(LOYAL, 24, 0.01)).isGreaterThan(discounted);
    assertThat(CDNOW.clv(LOYAL, 0, 0.01)).isEqualTo(Money.of("0.00", "USD"));
  }

  @Test
  void clv_badInput_throwsValidationNamingFieldAndValue() {
    assertThatThrownBy(() -> CDNOW.clv(LOYAL, -1, 0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("months");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo("-1");
            })
        .hasMessageContaining("1195");
    assertThatThrownBy(() -> CDNOW.clv(LOYAL, 12, Double.NaN))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("monthlyDiscountRate"))
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> CDNOW.clv(LOYAL, -1, 1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("months", "monthlyDiscountRate"));
  }

  @Test
  void clv_maxMonths_isTheLongestHorizonThePurchaseModelAccepts() {
    assertThat(CustomerValueModel.MAX_MONTHS).isEqualTo(1195);
    assertThat(CustomerValueModel.MAX_MONTHS * CustomerValueModel.WEEKS_PER_MONTH)
        .isLessThanOrEqualTo(BgNbdModel.MAX_WEEKS);
    assertThat((CustomerValueModel.MAX_MONTHS + 1) * CustomerValueModel.WEEKS_PER_MONTH)
        .isGreaterThan(BgNbdModel.MAX_WEEKS);
    assertThat(CDNOW.clv(LOYAL, CustomerValueModel.MAX_MONTHS, 0.01))
        .isGreaterThan(CDNOW.clv(LOYAL, 12, 0.01));
    assertThatThrownBy(() -> CDNOW.clv(LOYAL, CustomerValueModel.MAX_MONTHS + 1, 0.01))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("between 0 and 1195 but was '1196'");
  }

  @Test
  void forecast_periodsAddUpToTheWholeHorizon() {
    SalesForecast forecast = CDNOW.forecast(LOYAL, 13, 4);
    assertThat(forecast.periods()).hasSize(13);
    assertThat(forecast.periods().get(0).fromWeek()).isZero();
    assertThat(forecast.periods().get(12).toWeek()).isEqualTo(52);
    assertThat(forecast.totalOrders())
        .isCloseTo(CDNOW.purchases().expectedPurchases(LOYAL, 52), within(1e-9));
    double value = CDNOW.spend().expectedAverage(LOYAL);
    assertThat(forecast.totalRevenue().amount().doubleValue())
        .isCloseTo(forecast.totalOrders() * value, within(0.07));
    // a customer who may have left buys less in later periods
    assertThat(forecast.periods().get(12).expectedOrders())
        .isLessThan(forecast.periods().get(0).expectedOrders());
  }

  @Test
  void forecast_aPlusBOne_oneTimeBuyer_isFinite() {
    CustomerValueModel model =
        new CustomerValueModel(new BgNbdModel(0.4, 4, 0.5, 0.5, FIT, -1, 10), CDNOW.spend());
    PurchaseSummary once = new PurchaseSummary(0, 0, 30, BigDecimal.ZERO, 0, Simulation.USD);
    SalesForecast forecast = model.forecast(once, 13, 4);
    assertThat(forecast.totalOrders())
        .isPositive()
        .isCloseTo(model.purchases().expectedPurchases(once, 52), within(1e-9));
    assertThat(model.clv(once, 12, 0.01).amount()).isPositive();
  }

  @Test
  void forecastGroup_isTheSumOfItsMembers() {
    SalesForecast group = CDNOW.forecastGroup(List.of(LOYAL, LAPSED), 6, 4);
    SalesForecast loyal = CDNOW.forecast(LOYAL, 6, 4);
    SalesForecast lapsed = CDNOW.forecast(LAPSED, 6, 4);
    assertThat(group).isEqualTo(loyal.plus(lapsed));
    assertThat(group.totalOrders())
        .isCloseTo(loyal.totalOrders() + lapsed.totalOrders(), within(1e-12));

    SalesForecast empty = CDNOW.forecastGroup(List.of(), 3, 4);
    assertThat(empty.totalOrders()).isZero();
    assertThat(empty.totalRevenue()).isEqualTo(Money.of("0", "USD"));
  }

  @Test
  void forecast_badHorizon_throwsValidationNamingFieldAndValue() {
    assertThatThrownBy(() -> CDNOW.forecast(LOYAL, 3, 0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("weeksPerPeriod");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo("0.0");
            });
    assertThatThrownBy(() -> CDNOW.forecast(LOYAL, -1, Double.NaN))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("periods", "weeksPerPeriod"));
    assertThatThrownBy(() -> CDNOW.forecast(LOYAL, 10_000, 4))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("periods");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo("10000");
            })
        .hasMessageContaining("5200");
    assertThatThrownBy(() -> CDNOW.forecastGroup(List.of(LOYAL), 10_000, 4))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> CDNOW.forecast(LOYAL, 3, 4).plus(CDNOW.forecast(LOYAL, 4, 4)))
        .isInstanceOf(ValidationException.class);
  }
}
