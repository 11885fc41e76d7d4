package io.crmkit.rules.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesForecastTest {
  private static final Money TEN = Money.of("10.00", "USD");

  private static ForecastPeriod period(int index) {
    return new ForecastPeriod(index, (index - 1) * 4.0, index * 4.0, 0.5, TEN);
  }

  @Test
  void forecastPeriod_badValues_listEveryField() {
    assertThatThrownBy(() -> new ForecastPeriod(0, -1, -2, Double.NaN, TEN))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields())
                  .containsExactly("index", "fromWeek", "toWeek", "expectedOrders");
              assertThat(e.errors())
                  .extracting(error -> error.rejectedValue())
                  .containsExactly("0", "-1.0", "-2.0", "NaN");
            });
    assertThatThrownBy(() -> new ForecastPeriod(1, 0, Double.POSITIVE_INFINITY, 1, TEN))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("toWeek"));
    assertThatThrownBy(() -> new ForecastPeriod(1, 0, 4, -0.1, TEN))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("expectedOrders"))
        .hasMessageContaining("-0.1");
  }

  @Test
  void forecastPeriod_plusAnotherPeriod_throwsValidation() {
    assertThat(period(1).plus(period(1)))
        .isEqualTo(new ForecastPeriod(1, 0, 4, 1.0, Money.of("20.00", "USD")));
    assertThatThrownBy(() -> period(1).plus(period(2)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("other"))
        .hasMessageContaining("period 2");
  }

  @Test
  void salesForecast_misnumberedPeriods_throwsValidation() {
    assertThatThrownBy(() -> new SalesForecast(List.of(period(1), period(3))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("periods[1].index");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo("3");
            });
  }

  @Test
  void salesForecast_plusForecastOfAnotherLength_throwsValidation() {
    SalesForecast one = new SalesForecast(List.of(period(1)));
    SalesForecast two = new SalesForecast(List.of(period(1), period(2)));
    assertThat(one.plus(one).totalRevenue()).isEqualTo(Money.of("20.00", "USD"));
    assertThatThrownBy(() -> one.plus(two))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("other");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo("2");
            });
  }
}
